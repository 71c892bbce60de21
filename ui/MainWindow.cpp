// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "models/CompanyTableModel.h"
#include "models/OfficeTableModel.h"
#include "pages/TablePage.h"
#include "service/Store.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

#include <algorithm>

namespace pepin {

MainWindow::MainWindow(Store &store, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_status(new QLabel(this))
{
    const QString path = store.database().path();
    setWindowFilePath(path);
    setWindowTitle(QStringLiteral("%1 — %2").arg(QFileInfo(path).fileName(), QGuiApplication::applicationDisplayName()));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The sidebar reads as part of the window's frame, not as one more list of records: the
    // window's background, roomy entries, a line between it and the page.
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { padding: 8px 6px; outline: 0; }"
        "QListWidget#navigation::item { padding: 6px 10px; border: none; border-radius: 3px; }"
        "QListWidget#navigation::item:hover:!selected { background: palette(midlight); }"
        "QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    auto *divider = new QFrame(this);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);

    addPage(QStringLiteral("companies"), QT_TR_NOOP("Companies"), QT_TR_NOOP("Search companies: name, sector, contact…"),
            // Today's tenants first, then those arriving, the applicants and the former tenants.
            new TablePage(new CompanyTableModel(store, clock), CompanyTableModel::Presence, m_pages));
    addPage(QStringLiteral("offices"), QT_TR_NOOP("Offices"), QT_TR_NOOP("Search offices: code, kind, tenant…"),
            new TablePage(new OfficeTableModel(store, clock), OfficeTableModel::Site, m_pages));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(divider);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_status, 1);
    createMenus();

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_pages->setCurrentIndex(row);
        updateStatus();
    });
    m_navigation->setCurrentRow(0);

    retranslate();
    resize(1280, 800);
}

void MainWindow::addPage(const QString &id, const char *title, const char *placeholder, TablePage *page)
{
    page->setObjectName(id);
    m_entries << PageEntry{id, title, placeholder, page};
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(m_navigation);
    item->setData(Qt::UserRole, id);
    connect(page, &TablePage::statusTextChanged, this, [this, page] {
        if (m_pages->currentWidget() == page)
            updateStatus();
    });
}

void MainWindow::createMenus()
{
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_quitAction);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    // Ctrl+F goes to the search field of the page shown.
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (auto *page = qobject_cast<TablePage *>(m_pages->currentWidget())) {
            page->searchField()->setFocus(Qt::ShortcutFocusReason);
            page->searchField()->selectAll();
        }
    });
    addAction(find);
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const PageEntry &entry : m_entries)
        ids << entry.id;
    return ids;
}

QString MainWindow::currentPageId() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).id : QString();
}

void MainWindow::showPage(const QString &id)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id) {
            m_navigation->setCurrentRow(row);
            return;
        }
    }
}

TablePage *MainWindow::page(const QString &id) const
{
    for (const PageEntry &entry : m_entries) {
        if (entry.id == id)
            return entry.page;
    }
    return nullptr;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    for (int row = 0; row < m_entries.size(); ++row) {
        const PageEntry &entry = m_entries.at(row);
        m_navigation->item(row)->setText(tr(entry.title));
        entry.page->setSearchPlaceholder(tr(entry.placeholder));
    }
    // Wide enough for the longest page name in the current language, and no wider.
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    m_navigation->setFixedWidth(widest + 56);

    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Pépin"));
    updateStatus();
}

void MainWindow::updateStatus()
{
    const int row = m_navigation->currentRow();
    m_status->setText(row >= 0 && row < m_entries.size() ? m_entries.at(row).page->statusText() : QString());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Pépin"),
                       tr("<p><b>Pépin</b> %1</p><p>Manages a business incubator: its companies, its offices, "
                          "who occupies which office when, and on what terms.</p><p>Database: %2</p>")
                           .arg(QCoreApplication::applicationVersion(), m_store.database().path().toHtmlEscaped()));
}

} // namespace pepin
