// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;

namespace pepin {

class SearchFilterModel;
class StoreTableModel;

// A page of the main window that lists records: a search field above a sortable table. The
// page owns its model and the filtering proxy between them.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    // Takes ownership of `model`.
    explicit TablePage(StoreTableModel *model, QWidget *parent = nullptr);

    StoreTableModel *model() const { return m_model; }
    SearchFilterModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }

    void setSearchPlaceholder(const QString &text);

    // What the status bar says while the page is shown.
    QString statusText() const;

    // Sizes the columns to what they hold, within the page's width where possible.
    void fitColumns();

signals:
    void statusTextChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    StoreTableModel *m_model;
    SearchFilterModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
    bool m_columnsFitted = false;
};

} // namespace pepin
