// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Clock.h"

#include <QList>
#include <QMainWindow>
#include <QStringList>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace pepin {

class Store;
class TablePage;

// The application's window over one open database: a sidebar of pages on the left, the page
// chosen on the right, a status bar with the page's figures. It follows the language: every
// label is set again on QEvent::LanguageChange.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The store must outlive the window.
    MainWindow(Store &store, const Clock &clock, QWidget *parent = nullptr);

    // Stable names of the pages, in sidebar order ("companies", "offices").
    QStringList pageIds() const;
    QString currentPageId() const;
    void showPage(const QString &id);
    TablePage *page(const QString &id) const;

    QListWidget *navigation() const { return m_navigation; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct PageEntry
    {
        QString id;
        const char *title;       // English source, translated on display
        const char *placeholder; // the search field's hint
        TablePage *page;
    };

    void addPage(const QString &id, const char *title, const char *placeholder, TablePage *page);
    void createMenus();
    void retranslate();
    void updateStatus();
    void showAbout();

    Store &m_store;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_status;
    QList<PageEntry> m_entries;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace pepin
