// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Settings.h"
#include "commands/CommandGroup.h"
#include "commands/CommandText.h"
#include "commands/Editing.h"
#include "commands/PersonalDataErasure.h"
#include "commands/RemoveCommand.h"
#include "commands/UpdateCommand.h"
#include "details/RecordDetails.h"
#include "dialogs/ApplicationEditor.h"
#include "dialogs/AssignmentDialog.h"
#include "dialogs/CompanyEditor.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/FormerTenantsDialog.h"
#include "dialogs/GuideWindow.h"
#include "dialogs/HistoryWindow.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/LeaseChangeDialog.h"
#include "dialogs/LeaseEditor.h"
#include "dialogs/MessageBox.h"
#include "dialogs/OfficeEditor.h"
#include "dialogs/PrivacyGroup.h"
#include "dialogs/RestoreDialog.h"
#include "dialogs/ServerDialog.h"
#include "dialogs/SettingsDialog.h"
#include "export/ViewPrint.h"
#include "models/ApplicationTableModel.h"
#include "models/CompanyTableModel.h"
#include "models/LeaseTableModel.h"
#include "models/OfficeTableModel.h"
#include "pages/ComingSoonPage.h"
#include "pages/DashboardPage.h"
#include "pages/PlanningPage.h"
#include "pages/ReportsPage.h"
#include "ReportDocument.h"
#include "pages/TablePage.h"
#include "service/PersonalData.h"
#include "service/Store.h"
#include "service/Transfer.h"
#include "storage/Backups.h"
#include "storage/ServerAddress.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSplitter>
#include <QTextBrowser>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace pepin {

namespace {

const QString recentKey = QStringLiteral("recentDatabases");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString detailsKey = QStringLiteral("view/details");
constexpr int recentCount = 8;

const QStringList tablePageIds{QStringLiteral("companies"), QStringLiteral("offices"), QStringLiteral("leases"),
                               QStringLiteral("applications")};

// A record of a table page, as its history is asked for: its kind in the history, its id, and
// how the menu names it.
struct HistoryTarget
{
    QString entity;
    Id id = 0;
    QString name;
};

// Two ways of writing the same database written the same: a file's canonical path, a server
// database's address as Pépin writes it.
QString samePath(const QString &path)
{
    if (ServerAddress::isServerLocation(path)) {
        const Result<ServerAddress> address = ServerAddress::parse(path);
        return address ? address->url() : path;
    }
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

} // namespace

MainWindow::MainWindow(Store &store, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_store(&store)
    , m_clock(clock)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_keyFigure(new QLabel(this))
{
    build();
}

MainWindow::MainWindow(std::unique_ptr<Store> store, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store.get())
    , m_ownedStore(std::move(store))
    , m_clock(clock)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_keyFigure(new QLabel(this))
{
    build();
}

// The pages and the commands refer to the store: they go first. The pages are hidden before
// they go: a stack that loses the page it shows shows the next one, so that each page deleted
// would have the next laid out in turn, the Reports page its whole report.
MainWindow::~MainWindow()
{
    delete m_editing;
    m_editing = nullptr;
    m_pages->hide();
    for (PageEntry &entry : m_entries) {
        delete entry.page;
        entry.page = nullptr;
    }
}

void MainWindow::build()
{
    m_editing = new Editing(*m_store, this);
    watchOthers();
    m_editing->setMessageSink([this](const QString &message) {
        MessageBox::warning(this, QGuiApplication::applicationDisplayName(), message);
    });

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_keyFigure->setObjectName(QStringLiteral("keyFigure"));
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

    // The order of the sidebar: what a manager looks at first, the records, then the
    // views over time and the reports.
    const auto tablePage = [this](const QString &id) { return [this, id]() -> QWidget * { return createTablePage(id); }; };
    addPage(QStringLiteral("dashboard"), QT_TR_NOOP("Dashboard"), nullptr, nullptr, [this] { return createDashboard(); });
    addPage(QStringLiteral("companies"), QT_TR_NOOP("Companies"), QT_TR_NOOP("Search companies: name, sector, contact…"),
            QT_TR_NOOP("New company…"), tablePage(QStringLiteral("companies")));
    addPage(QStringLiteral("offices"), QT_TR_NOOP("Offices"), QT_TR_NOOP("Search offices: code, kind, tenant…"),
            QT_TR_NOOP("New office…"), tablePage(QStringLiteral("offices")));
    addPage(QStringLiteral("leases"), QT_TR_NOOP("Leases"), QT_TR_NOOP("Search leases: company, office, type…"),
            QT_TR_NOOP("New lease…"), tablePage(QStringLiteral("leases")));
    addPage(QStringLiteral("applications"), QT_TR_NOOP("Waiting list"),
            QT_TR_NOOP("Search applications: company, status…"), QT_TR_NOOP("New application…"),
            tablePage(QStringLiteral("applications")));
    addPage(QStringLiteral("planning"), QT_TR_NOOP("Planning"), nullptr, nullptr, [this] { return createPlanning(); });
    addPage(QStringLiteral("reports"), QT_TR_NOOP("Reports"), nullptr, nullptr,
            [this] { return new ReportsPage(*m_store, m_clock, m_pages); });

    auto *central = new QWidget(this);
    // A bar across the top says when the database cannot be changed, and why.
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_readOnlyBanner = new QLabel(central);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setTextFormat(Qt::PlainText);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("QLabel#readOnlyBanner { background: #fff3cd; color: #5c4400; "
                                                   "border-bottom: 1px solid #e6c75c; padding: 8px 12px; }"));
    m_readOnlyBanner->hide();
    column->addWidget(m_readOnlyBanner);
    auto *layout = new QHBoxLayout;
    column->addLayout(layout, 1);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(divider);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_keyFigure);
    createMenus();

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_entries.size()) {
            pageAt(row);
            m_pages->setCurrentIndex(row);
        }
        if (m_pageActions && row >= 0 && row < m_pageActions->actions().size())
            m_pageActions->actions().at(row)->setChecked(true);
        updateStatus();
    });
    // The day's figures first.
    showPage(QStringLiteral("dashboard"));

    retranslate();
    resize(1280, 800);
}

void MainWindow::addPage(const QString &id, const char *title, const char *placeholder, const char *newText,
                         std::function<QWidget *()> make)
{
    m_entries << PageEntry{id, title, placeholder, newText, std::move(make)};
    m_pages->addWidget(new QWidget(m_pages));
    auto *item = new QListWidgetItem(m_navigation);
    item->setData(Qt::UserRole, id);
}

QWidget *MainWindow::pageAt(int row)
{
    PageEntry &entry = m_entries[row];
    if (!entry.page) {
        placePage(row, entry.make());
        translatePage(entry);
        if (auto *table = qobject_cast<TablePage *>(entry.page); table && m_sessionRestored)
            restoreTableState(*table, entry.id);
    }
    return entry.page;
}

QWidget *MainWindow::madePage(const QString &id) const
{
    for (const PageEntry &entry : m_entries) {
        if (entry.id == id)
            return entry.page;
    }
    return nullptr;
}

void MainWindow::placePage(int row, QWidget *page)
{
    page->setObjectName(m_entries.at(row).id);
    m_entries[row].page = page;
    QWidget *old = m_pages->widget(row);
    m_pages->insertWidget(row, page);
    // The new page is shown before the old one leaves the stack: a stack that loses the page it
    // shows shows the next one, an old page that would be laid out for nothing (the Reports
    // page, its whole report).
    if (m_pages->currentWidget() == old)
        m_pages->setCurrentIndex(row);
    m_pages->removeWidget(old);
    delete old;
}

void MainWindow::translatePage(const PageEntry &entry)
{
    if (auto *table = qobject_cast<TablePage *>(entry.page)) {
        table->setSearchPlaceholder(tr(entry.placeholder));
        table->setNewText(tr(entry.newText));
    }
}

void MainWindow::restoreTableState(TablePage &table, const QString &id)
{
    const Settings settings;
    table.restoreHeaderState(settings.tableHeaderState(id));
    table.splitter()->restoreState(settings.tableSplitterState(id));
}

TablePage *MainWindow::createTablePage(const QString &id)
{
    Store &store = *m_store;
    TablePage *page = nullptr;
    TablePage::Actions actions;
    actions.create = [this, id] { newRecord(id); };
    actions.edit = [this, id](int row) { editRecord(id, row); };
    std::function<HistoryTarget(int row)> historyOf;
    CompanyTableModel *companies = nullptr;
    if (id == QLatin1String("companies")) {
        auto *model = new CompanyTableModel(store, m_clock);
        companies = model;
        historyOf = [model](int row) {
            const Company &company = model->company(row);
            return HistoryTarget{QStringLiteral("company"), company.id, company.name};
        };
        // Today's tenants first, then those arriving, the applicants and the former tenants.
        page = new TablePage(model, CompanyTableModel::Presence, m_pages);
        page->addChoiceFilter(CompanyTableModel::Sector, QT_TR_NOOP("All sectors"));
        page->addChoiceFilter(CompanyTableModel::Presence, QT_TR_NOOP("All statuses"));
        page->setDayFilter(QT_TR_NOOP("Tenant on"), TablePage::DayFilter([model](QDate day) { return model->tenantOn(day); }),
                           m_clock.today());
        page->setDetails([this, model](int row) { return RecordDetails(*m_store, m_clock.today()).company(model->company(row)); });
        actions.isArchived = [model](int row) { return model->company(row).archived; };
        actions.setArchived = [this, model](const QList<int> &rows, bool archive) {
            QList<Company> records;
            for (const int row : rows)
                records << model->company(row);
            archiveRecords(records, archive);
        };
        actions.remove = [this, model](const QList<int> &rows) {
            QList<Company> records;
            for (const int row : rows)
                records << model->company(row);
            removeRecords(records);
        };
    } else if (id == QLatin1String("offices")) {
        auto *model = new OfficeTableModel(store, m_clock);
        historyOf = [this, model](int row) {
            const Office &office = model->office(row);
            return HistoryTarget{QStringLiteral("office"), office.id, m_store->officeName(office)};
        };
        page = new TablePage(model, OfficeTableModel::Site, m_pages);
        page->addChoiceFilter(OfficeTableModel::Site, QT_TR_NOOP("All sites"));
        page->addChoiceFilter(OfficeTableModel::Kind, QT_TR_NOOP("All kinds"));
        page->setDayFilters(QT_TR_NOOP("Occupied or free"),
                            {{QT_TR_NOOP("Occupied on"), [model](QDate day) { return model->occupiedOn(day, true); }},
                             {QT_TR_NOOP("Free on"), [model](QDate day) { return model->occupiedOn(day, false); }}},
                            m_clock.today());
        page->setDetails([this, model](int row) { return RecordDetails(*m_store, m_clock.today()).office(model->office(row)); });
        actions.isArchived = [model](int row) { return model->office(row).archived; };
        actions.setArchived = [this, model](const QList<int> &rows, bool archive) {
            QList<Office> records;
            for (const int row : rows)
                records << model->office(row);
            archiveRecords(records, archive);
        };
        actions.remove = [this, model](const QList<int> &rows) {
            QList<Office> records;
            for (const int row : rows)
                records << model->office(row);
            removeRecords(records);
        };
    } else if (id == QLatin1String("leases")) {
        auto *model = new LeaseTableModel(store, m_clock);
        historyOf = [this, model](int row) {
            const Lease &lease = model->lease(row);
            return HistoryTarget{QStringLiteral("lease"), lease.id, CommandText::leaseName(*m_store, lease)};
        };
        // The leases running today first, then those to come, then the past.
        page = new TablePage(model, LeaseTableModel::Status, m_pages);
        page->addChoiceFilter(LeaseTableModel::Site, QT_TR_NOOP("All sites"));
        page->addChoiceFilter(LeaseTableModel::Status, QT_TR_NOOP("All statuses"));
        page->setDayFilter(QT_TR_NOOP("Active on"),
                           [model](int row, QDate day) { return model->lease(row).activeOn(day); }, m_clock.today());
        page->setDetails([this, model](int row) { return RecordDetails(*m_store, m_clock.today()).lease(model->lease(row)); });
        // Renew, extend, move, end early: each checks the rules and the alerts before saving.
        const auto changeAction = [this, model](const char *text, LeaseChangeKind kind, bool needsEnd) {
            return TablePage::Actions::RowAction{
                [text](int) { return tr(text); }, code(kind),
                [model, needsEnd](int row) {
                    const Lease &lease = model->lease(row);
                    return !lease.cancelled && (!needsEnd || lease.lastDay().isValid());
                },
                [this, model, kind](int row) { changeLease(model->lease(row).id, kind); }};
        };
        actions.rowActions << changeAction(QT_TR_NOOP("Renew…"), LeaseChangeKind::Renew, true)
                           << changeAction(QT_TR_NOOP("Extend…"), LeaseChangeKind::Extend, true)
                           << changeAction(QT_TR_NOOP("Move to another office…"), LeaseChangeKind::Move, false)
                           << changeAction(QT_TR_NOOP("End early…"), LeaseChangeKind::EndEarly, false);
        actions.remove = [this, model](const QList<int> &rows) {
            QList<Lease> records;
            for (const int row : rows)
                records << model->lease(row);
            removeRecords(records);
        };
    } else {
        auto *model = new ApplicationTableModel(store, m_clock);
        historyOf = [this, model](int row) {
            const Application &application = model->application(row);
            return HistoryTarget{QStringLiteral("application"), application.id,
                                 tr("the application of %1").arg(m_store->company(application.companyId).value_or(Company{}).name)};
        };
        // The waiting list's own order, as the model holds it: highest priority first, then
        // first received. No column is sorted until one is clicked.
        page = new TablePage(model, -1, m_pages);
        page->addChoiceFilter(ApplicationTableModel::Status, QT_TR_NOOP("All statuses"));
        page->setDetails([this, model](int row) {
            return RecordDetails(*m_store, m_clock.today()).application(model->application(row));
        });
        // An accepted application goes on to the assistant, which houses it with its lease.
        actions.rowActions << TablePage::Actions::RowAction{
            [](int) { return tr("Assign an office…"); }, QStringLiteral("assign"),
            [model](int row) { return model->application(row).status == ApplicationStatus::Accepted; },
            [this, model](int row) { assignOffice(m_store->application(model->application(row).id)); }};
        actions.remove = [this, model](const QList<int> &rows) {
            QList<Application> records;
            for (const int row : rows)
                records << model->application(row);
            removeRecords(records);
        };
    }
    if (page->details())
        page->details()->setVisible(QSettings().value(detailsKey, true).toBool());
    actions.exportView = [this, page] { exportView(page); };
    // A read-only database: its records are looked at and exported, never changed.
    if (m_store->database().isReadOnly()) {
        TablePage::Actions lookOnly;
        lookOnly.exportView = std::move(actions.exportView);
        actions = std::move(lookOnly);
    }
    // A record's history, and what is held about a company, are read, never changed.
    using RowAction = TablePage::Actions::RowAction;
    actions.rowActions << RowAction{[historyOf](int row) { return tr("History of %1").arg(historyOf(row).name); },
                                    QStringLiteral("history"), {}, [this, historyOf](int row) {
                                        const HistoryTarget target = historyOf(row);
                                        showHistory(target.entity, target.id, target.name);
                                    }};
    if (companies) {
        actions.rowActions << RowAction{[](int) { return tr("Export personal data…"); }, QStringLiteral("exportPersonalData"), {},
                                        [this, companies](int row) { choosePersonalDataFile(companies->company(row).id); }};
        // Offered while there is something to erase.
        if (!m_store->database().isReadOnly()) {
            actions.rowActions << RowAction{
                [](int) { return tr("Erase personal data…"); }, QStringLiteral("erasePersonalData"),
                [this, companies](int row) {
                    const Company &company = companies->company(row);
                    QList<Application> applications;
                    for (const Application &application : m_store->applications()) {
                        if (application.companyId == company.id)
                            applications << application;
                    }
                    return PersonalData::holdsPersonalData(company, m_store->leasesOfCompany(company.id), applications);
                },
                [this, companies](int row) { (void)erasePersonalData(companies->company(row).id); }};
        }
    }
    page->setActions(std::move(actions));
    connect(page, &TablePage::statusTextChanged, this, [this, page] {
        if (m_pages->currentWidget() == page)
            updateStatus();
    });
    return page;
}

DashboardPage *MainWindow::createDashboard()
{
    auto *dashboard = new DashboardPage(*m_store, m_clock, m_pages);
    // Alerts as far ahead as the preferences say (figured again only when that is not the default).
    if (const int months = Settings().alertMonths(); months != dashboard->horizonMonths())
        dashboard->setHorizonMonths(months);
    // A tile opens the page behind it, filtered on what it counts.
    connect(dashboard, &DashboardPage::pageRequested, this, [this](const PageRequest &request) {
        showPage(request.pageId);
        if (TablePage *table = page(request.pageId))
            request.applyTo(*table);
    });
    return dashboard;
}

PlanningPage *MainWindow::createPlanning()
{
    auto *planning = new PlanningPage(*m_store, m_clock, m_pages);
    // A double-click on a lease opens it in its editor.
    connect(planning, &PlanningPage::leaseActivated, this, [this](Id leaseId) {
        if (std::optional<Lease> lease = m_store->lease(leaseId)) {
            auto *editor = new LeaseEditor(*m_editing, m_clock, lease, this);
            editor->setAttribute(Qt::WA_DeleteOnClose);
            editor->open();
        }
    });
    // On the floor map, a double-click on an office nobody occupies opens the office.
    connect(planning, &PlanningPage::officeActivated, this, [this](Id officeId) {
        if (std::optional<Office> office = m_store->office(officeId)) {
            auto *editor = new OfficeEditor(*m_editing, m_clock, office, this);
            editor->setAttribute(Qt::WA_DeleteOnClose);
            editor->open();
        }
    });
    connect(planning, &PlanningPage::assignRequested, this, [this](const AssignmentPrefill &prefill) { assignOffice(prefill); });
    // A bar's end dropped on another day: the change is made as one undoable edit, or refused
    // with the reason, and the bar goes back where it was.
    connect(planning, &PlanningPage::leaseEndDragged, this, [this](Id leaseId, QDate last) {
        if (const Status changed = PlanningPage::changeLastDay(*m_editing, leaseId, last); changed) {
            statusBar()->showMessage(tr("The lease now ends on %1. Edit ▸ Undo puts it back.").arg(Format().date(last)), 10000);
        } else {
            statusBar()->showMessage(tr("The end date was not changed: %1").arg(CommandText::sentences(changed.error())), 20000);
        }
    });
    return planning;
}

void MainWindow::remakePages()
{
    // The pages made so far are made again over the new store; the others wait for their first
    // need, as before.
    for (int row = 0; row < m_entries.size(); ++row) {
        const PageEntry &entry = m_entries.at(row);
        if (!entry.page)
            continue;
        QWidget *made = entry.make();
        // The columns stay as the user arranged them, over the other database too.
        if (const auto *before = qobject_cast<TablePage *>(entry.page)) {
            auto *after = qobject_cast<TablePage *>(made);
            if (before->columnsArranged())
                after->restoreHeaderState(before->headerState());
            after->splitter()->restoreState(before->splitter()->saveState());
        }
        placePage(row, made);
    }
    retranslate();
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

TablePage *MainWindow::page(const QString &id)
{
    return qobject_cast<TablePage *>(pageWidget(id));
}

QWidget *MainWindow::pageWidget(const QString &id)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return pageAt(row);
    }
    return nullptr;
}

// ---- editing ---------------------------------------------------------------------------------

QDialog *MainWindow::newRecord(const QString &pageId)
{
    RecordEditor *editor = nullptr;
    if (pageId == QLatin1String("companies"))
        editor = new CompanyEditor(*m_editing, m_clock, std::nullopt, this);
    else if (pageId == QLatin1String("offices"))
        editor = new OfficeEditor(*m_editing, m_clock, std::nullopt, this);
    else if (pageId == QLatin1String("leases"))
        editor = new LeaseEditor(*m_editing, m_clock, std::nullopt, this);
    else if (pageId == QLatin1String("applications"))
        editor = new ApplicationEditor(*m_editing, m_clock, std::nullopt, this);
    if (!editor)
        return nullptr;
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    return editor;
}

QDialog *MainWindow::editRecord(const QString &pageId, int row)
{
    TablePage *table = page(pageId);
    if (!table || row < 0 || row >= table->model()->rowCount())
        return nullptr;
    // The editor starts from the record as stored now, with its version: an edit made
    // elsewhere meanwhile is then detected on save, not overwritten.
    RecordEditor *editor = nullptr;
    if (auto *companies = qobject_cast<CompanyTableModel *>(table->model())) {
        if (std::optional<Company> company = m_store->company(companies->company(row).id))
            editor = new CompanyEditor(*m_editing, m_clock, company, this);
    } else if (auto *offices = qobject_cast<OfficeTableModel *>(table->model())) {
        if (std::optional<Office> office = m_store->office(offices->office(row).id))
            editor = new OfficeEditor(*m_editing, m_clock, office, this);
    } else if (auto *leases = qobject_cast<LeaseTableModel *>(table->model())) {
        if (std::optional<Lease> lease = m_store->lease(leases->lease(row).id))
            editor = new LeaseEditor(*m_editing, m_clock, lease, this);
    } else if (auto *applications = qobject_cast<ApplicationTableModel *>(table->model())) {
        if (std::optional<Application> application = m_store->application(applications->application(row).id))
            editor = new ApplicationEditor(*m_editing, m_clock, application, this);
    }
    if (!editor)
        return nullptr;
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    return editor;
}

namespace {

// How questions name a record.
class RecordNames
{
    Q_DECLARE_TR_FUNCTIONS(pepin::MainWindow)

public:
    static QString of(Store &, const Company &company) { return company.name; }
    static QString of(Store &store, const Office &office) { return store.officeName(office); }
    static QString of(Store &store, const Lease &lease) { return CommandText::leaseName(store, lease); }
    static QString of(Store &store, const Application &application)
    {
        return tr("the application of %1").arg(store.company(application.companyId).value_or(Company{}).name);
    }
};

} // namespace

template<typename T>
void MainWindow::removeRecords(const QList<T> &records)
{
    if (records.isEmpty())
        return;
    const QString title = tr("Remove");
    // Tried first in a transaction that is rolled back: a removal the core refuses (history
    // would be lost) is said at once, and no question is asked for nothing.
    {
        Database::Transaction trial(m_store->database());
        if (!trial.ok()) {
            MessageBox::warning(this, title, tr("Nothing was removed."), CommandText::sentences(trial.error()));
            return;
        }
        for (const T &record : records) {
            if (Status removed = RecordAccess<T>::remove(*m_store, record.id); !removed) {
                MessageBox::warning(this, title, tr("“%1” cannot be removed.").arg(RecordNames::of(*m_store, record)),
                                    CommandText::sentences(removed.error()));
                return;
            }
        }
    }
    const QString question = records.size() == 1
        ? tr("Remove “%1”?").arg(RecordNames::of(*m_store, records.first()))
        : tr("Remove these %1 records?").arg(records.size());
    if (!MessageBox::confirm(this, title, question, tr("Remove"), tr("You can undo it with Edit ▸ Undo.")))
        return;

    Status removed = done();
    if (records.size() == 1) {
        removed = m_editing->push(std::make_unique<RemoveCommand<T>>(*m_editing, records.first()));
    } else {
        const auto text = CommandText::describeSeveral(CommandText::Action::Remove, int(records.size()));
        removed = m_editing->pushGroup(text, [&](CommandGroup &group) {
            for (const T &record : records) {
                if (Status step = group.run(std::make_unique<RemoveCommand<T>>(*m_editing, record)); !step)
                    return step;
            }
            return done();
        });
    }
    if (!removed)
        MessageBox::warning(this, title, tr("Nothing was removed."), CommandText::sentences(removed.error()));
}

template<typename T>
void MainWindow::archiveRecords(const QList<T> &records, bool archive)
{
    // Archiving hides a record from the lists and keeps its history; it is undone like any
    // edit, so nothing is asked.
    QList<std::pair<T, T>> changes;
    for (const T &record : records) {
        std::optional<T> current = RecordAccess<T>::read(*m_store, record.id);
        if (!current || current->archived == archive)
            continue;
        T after = *current;
        after.archived = archive;
        changes << std::pair<T, T>{*current, after};
    }
    if (changes.isEmpty())
        return;
    const auto action = archive ? CommandText::Action::Archive : CommandText::Action::Restore;
    Status made = done();
    if (changes.size() == 1) {
        made = m_editing->push(
            std::make_unique<UpdateCommand<T>>(*m_editing, changes.first().first, changes.first().second, action));
    } else {
        made = m_editing->pushGroup(CommandText::describeSeveral(action, int(changes.size())), [&](CommandGroup &group) {
            for (const auto &[before, after] : changes) {
                if (Status step = group.run(std::make_unique<UpdateCommand<T>>(*m_editing, before, after, action)); !step)
                    return step;
            }
            return done();
        });
    }
    if (!made)
        MessageBox::warning(this, archive ? tr("Archive") : tr("Restore"), tr("Nothing was changed."),
                            CommandText::sentences(made.error()));
}

// ---- databases -------------------------------------------------------------------------------

Result<std::unique_ptr<Store>> MainWindow::openStore(const QString &path, Database::Mode mode)
{
    // A file or folder that cannot be written opens read-only (Database::readOnlyReason), shown
    // by the bar at the top of the window. Its records are read at once, on both processors
    // (Store::readLists), and the dashboard computes its figures from them, on both processors
    // too. Its pages are checked after both, from the event loop, while the window is drawn; a
    // file found damaged turns read-only (watchOthers). A write before then (the day's backup)
    // waits for the check, which it starts itself.
    Result<std::unique_ptr<Store>> opened = Store::open(path, mode, Database::PageCheck::Beside);
    if (opened) {
        (*opened)->readLists();
        QMetaObject::invokeMethod(&(*opened)->database(), &Database::startPageCheck, Qt::QueuedConnection);
    }
    return opened;
}

Status MainWindow::openDatabase(const QString &path)
{
    if (samePath(path) == samePath(m_store->database().path()))
        return done();
    Result<std::unique_ptr<Store>> opened = openStore(path, Database::Mode::OpenExisting);
    if (!opened) {
        // A server database reopened from the recent list may want a password, or the server
        // may be out of reach for now: the connection's dialog says why and lets it be tried again.
        if (const Result<ServerAddress> address = ServerAddress::parse(path); ServerAddress::isServerLocation(path) && address) {
            connectToServer(*address, CommandText::sentences(opened.error()));
            return opened.error();
        }
        MessageBox::warning(this, tr("Open a database"), tr("This database cannot be opened; %1 stays open.").arg(databaseName()),
                            CommandText::sentences(opened.error()));
        return opened.error();
    }
    adopt(std::move(opened).value());
    return done();
}

ServerDialog *MainWindow::connectToServer(const ServerAddress &address, const QString &problem)
{
    auto *dialog = new ServerDialog(address, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ServerDialog::connectRequested, this, [this, dialog](const ServerAddress &chosen, bool createIfEmpty) {
        if (const Status opened = openServerDatabase(chosen, createIfEmpty); opened)
            dialog->accept();
        else
            dialog->setProblem(CommandText::sentences(opened.error()));
    });
    if (!problem.isEmpty())
        dialog->setProblem(problem);
    dialog->open();
    return dialog;
}

Status MainWindow::openServerDatabase(const ServerAddress &address, bool createIfEmpty)
{
    if (samePath(address.url()) == samePath(m_store->database().path()))
        return done();
    // The password typed reaches the connection and nothing else: the store keeps the address
    // without it.
    Result<std::unique_ptr<Store>> opened =
        openStore(address.url(ServerAddress::Password::Included),
                  createIfEmpty ? Database::Mode::CreateIfMissing : Database::Mode::OpenExisting);
    if (!opened)
        return opened.error();
    adopt(std::move(opened).value());
    return done();
}

Status MainWindow::createDatabase(const QString &path)
{
    if (QFileInfo::exists(path)) {
        const Error refused(Error::Kind::Storage,
                            tr("%1 already exists: choose another name, or open it.").arg(QDir::toNativeSeparators(path)));
        MessageBox::warning(this, tr("New database"), tr("No database was created."), CommandText::sentences(refused));
        return refused;
    }
    Result<std::unique_ptr<Store>> created = openStore(path, Database::Mode::CreateIfMissing);
    if (!created) {
        MessageBox::warning(this, tr("New database"), tr("No database was created."), CommandText::sentences(created.error()));
        return created.error();
    }
    adopt(std::move(created).value());
    return done();
}

void MainWindow::adopt(std::unique_ptr<Store> store)
{
    // The previous store closes last: its pages and its commands go first.
    std::unique_ptr<Store> previous = std::move(m_ownedStore);
    m_ownedStore = std::move(store);
    m_store = m_ownedStore.get();
    m_editing->switchTo(*m_store);
    remakePages();
    if (auto *history = findChild<HistoryWindow *>(QStringLiteral("history"), Qt::FindDirectChildrenOnly))
        history->setStore(*m_store);
    previous.reset();
    watchOthers();
    noteRecent(m_store->database().path());
    updateReadOnly();
    updateTitle();
    updateStatus();
    (void)backUpToday();
}

void MainWindow::watchOthers()
{
    // Said once the change under way, if any, has been refused: not in the middle of it.
    connect(
        &m_store->database(), &Database::foundDamaged, this,
        [this, db = &m_store->database()](const QString &damage) {
            if (db != &m_store->database())
                return; // another database was opened since
            updateReadOnly();
            updateTitle();
            MessageBox::warning(this, tr("Damaged database"),
                                tr("%1 may be damaged: nothing will be written to it.").arg(databaseName()),
                                tr("The check of its pages found this: %1. What it shows may be incomplete: you can "
                                   "still look at it and export what can be read. To go on working, close Pépin and "
                                   "restore one of its backups (pepin-cli restore).")
                                    .arg(damage));
        },
        Qt::QueuedConnection);
    // The pages follow by themselves (Database::changed); the status bar says where it came from.
    connect(&m_store->database(), &Database::changedElsewhere, this, [this] {
        statusBar()->showMessage(tr("Changes made at another desk are shown."), 8000);
    });
}

Result<QString> MainWindow::backUpToday()
{
    if (m_store->database().isReadOnly())
        return QString();
    const Result<QString> made =
        Backups(m_store->database().path()).makeDaily(m_store->database(), m_clock.today(), Settings().backupsToKeep());
    // Said, not asked: the work can go on without it.
    if (!made)
        statusBar()->showMessage(tr("Today's backup could not be made: %1").arg(CommandText::sentences(made.error())));
    return made;
}

RestoreDialog *MainWindow::restoreBackup()
{
    auto *dialog = new RestoreDialog(m_store->database().path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreDialog::restoreRequested, this, [this, dialog](const QString &backup) {
        if (restoreFrom(backup))
            dialog->accept();
    });
    dialog->open();
    return dialog;
}

Status MainWindow::restoreFrom(const QString &backup)
{
    const QString title = tr("Restore from a backup");
    const QString path = m_store->database().path();
    const Result<Backups::Restored> restored = Backups::restore(m_store->database(), backup);
    if (!restored) {
        MessageBox::warning(this, title, tr("The database was left as it was."), CommandText::sentences(restored.error()));
        return restored.error();
    }
    // Opened again, as after File ▸ Open: every page reads the restored data, and the changes
    // made before can no longer be undone.
    Result<std::unique_ptr<Store>> reopened = openStore(path, Database::Mode::OpenExisting);
    if (!reopened) {
        MessageBox::warning(this, title, tr("The backup was restored, but the database could not be opened again."),
                            CommandText::sentences(reopened.error()));
        return reopened.error();
    }
    adopt(std::move(reopened).value());
    statusBar()->showMessage(tr("Restored from %1. The data it replaced was kept in %2.")
                                 .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(restored->keptAs)),
                             20000);
    return done();
}

void MainWindow::updateReadOnly()
{
    const Database &db = m_store->database();
    const bool readOnly = db.isReadOnly();
    m_readOnlyBanner->setVisible(readOnly);
    if (!db.damage().isEmpty()) {
        m_readOnlyBanner->setText(tr("This database may be damaged (%1): nothing will be written to it, and what it "
                                     "shows may be incomplete. To go on working, restore one of its backups.")
                                      .arg(db.damage()));
    } else if (readOnly && db.isOnServer()) {
        m_readOnlyBanner->setText(tr("This database is read-only: %1. You can look at everything, export it and make "
                                     "reports; nothing can be changed.")
                                      .arg(db.readOnlyReason()));
    } else if (readOnly) {
        m_readOnlyBanner->setText(tr("This database is read-only: %1. You can look at everything and export it; "
                                     "nothing can be changed. To work on it, open a copy saved where you can write "
                                     "(File ▸ Save a copy…).")
                                      .arg(db.readOnlyReason()));
    }
    for (QAction *action : std::as_const(m_newRecordActions))
        action->setEnabled(!readOnly);
    m_importAction->setEnabled(!readOnly);
    // A server keeps its own backups (Database::serverKeepsBackups).
    m_restoreAction->setEnabled(!readOnly && !db.isOnServer());
}

Status MainWindow::saveCopy(const QString &target)
{
    const QString title = tr("Save a copy");
    Status saved = done();
    if (samePath(target) == samePath(m_store->database().path())) {
        saved = Error(Error::Kind::Storage, tr("This is the database open now: choose another file for the copy."));
    } else if (QFileInfo::exists(target) && !QFile::remove(target)) {
        saved = Error(Error::Kind::Storage,
                      tr("%1 cannot be replaced: it may be read-only or in use.").arg(QDir::toNativeSeparators(target)));
    } else if (m_store->database().isOnServer()) {
        // A copy of a server database is a file of its own, checked record by record.
        const Result<Transfer::Report> copied = Transfer::run(*m_store, target, m_clock.today());
        saved = copied ? done() : Status(copied.error());
    } else {
        saved = m_store->database().backupTo(target);
    }
    if (!saved) {
        MessageBox::warning(this, title, tr("No copy was saved."), CommandText::sentences(saved.error()));
        return saved;
    }
    statusBar()->showMessage(tr("A copy of the database was saved to %1.").arg(QDir::toNativeSeparators(target)), 8000);
    return done();
}

ExportDialog *MainWindow::exportLists()
{
    auto *dialog = new ExportDialog(*m_store, m_clock, this);
    // The table of the page shown is one more thing to export, as it is shown.
    const int row = m_navigation->currentRow();
    if (row >= 0 && row < m_entries.size()) {
        if (auto *table = qobject_cast<TablePage *>(m_entries.at(row).page)) {
            const QString title = tr(m_entries.at(row).title);
            dialog->setView(table->view(), title, title.toLower().replace(QLatin1Char(' '), QLatin1Char('-')));
        }
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ExportDialog *MainWindow::exportView(TablePage *page)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).page == page)
            m_navigation->setCurrentRow(row);
    }
    ExportDialog *dialog = exportLists();
    dialog->chooseView();
    return dialog;
}

AssignmentDialog *MainWindow::assignOffice(const std::optional<Application> &application)
{
    auto *dialog = new AssignmentDialog(*m_editing, m_clock, this);
    if (application)
        dialog->setApplication(*application);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

AssignmentDialog *MainWindow::assignOffice(const AssignmentPrefill &prefill)
{
    auto *dialog = new AssignmentDialog(*m_editing, m_clock, this);
    dialog->prefill(prefill);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

LeaseChangeDialog *MainWindow::changeLease(Id leaseId, LeaseChangeKind kind)
{
    // From the lease as stored now, with its version: a change made meanwhile is then refused.
    const std::optional<Lease> lease = m_store->lease(leaseId);
    if (!lease)
        return nullptr;
    auto *dialog = new LeaseChangeDialog(*m_editing, m_clock, *lease, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

SettingsDialog *MainWindow::showPreferences(QWidget *over)
{
    auto *dialog = new SettingsDialog(*m_editing, over ? over : this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, [this] {
        // A page not made yet takes them when it is made.
        if (auto *dashboard = qobject_cast<DashboardPage *>(madePage(QStringLiteral("dashboard"))))
            dashboard->setHorizonMonths(Settings().alertMonths());
        // The floor map's "ending soon" looks as far ahead as the alerts.
        if (auto *planning = qobject_cast<PlanningPage *>(madePage(QStringLiteral("planning"))))
            planning->reload();
    });
    dialog->open();
    return dialog;
}

ImportDialog *MainWindow::importFile()
{
    auto *dialog = new ImportDialog(*m_editing, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QStringList MainWindow::recentDatabases()
{
    return QSettings().value(recentKey).toStringList();
}

QString MainWindow::lastDatabase()
{
    const QStringList recent = recentDatabases();
    return recent.isEmpty() ? QString() : recent.first();
}

void MainWindow::clearRecentDatabases()
{
    QSettings().remove(recentKey);
}

void MainWindow::noteRecent(const QString &path)
{
    QStringList recent = recentDatabases();
    const QString absolute = ServerAddress::isServerLocation(path) ? path : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > recentCount)
        recent.removeLast();
    QSettings().setValue(recentKey, recent);
}

QString MainWindow::databaseName() const
{
    const Database &db = m_store->database();
    if (const std::optional<ServerAddress> &server = db.server())
        return tr("%1 on %2", "a database on a server: its name, the server").arg(server->database, server->where());
    return QFileInfo(db.path()).fileName();
}

QString MainWindow::nearDatabase() const
{
    const Database &db = m_store->database();
    if (db.isOnServer())
        return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(db.path()).absolutePath();
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a database"), nearDatabase(),
                                                      tr("Pépin databases (*.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        (void)openDatabase(path);
}

void MainWindow::chooseNewDatabase()
{
    // The file dialog must not offer to replace a file: a new database never overwrites one.
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), nearDatabase(),
                                                      tr("Pépin databases (*.db)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    (void)createDatabase(QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".db") : path);
}

void MainWindow::chooseCopyTarget()
{
    const Database &db = m_store->database();
    const QFileInfo current(db.isOnServer() ? db.server()->database + QStringLiteral(".db") : db.path());
    const QString suggested = QDir(nearDatabase()).filePath(
        tr("%1 copy.%2", "the suggested name of a copy: name, extension").arg(current.completeBaseName(), current.suffix()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the database"), suggested,
                                                      tr("Pépin databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        (void)saveCopy(path);
}

// ---- menus -----------------------------------------------------------------------------------

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newDatabaseAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseNewDatabase);
    m_newDatabaseAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseDatabaseToOpen);
    m_openAction->setShortcut(QKeySequence::Open);
    m_connectAction = m_fileMenu->addAction(QString(), this, [this] { connectToServer(); });
    m_connectAction->setObjectName(QStringLiteral("connectToServer"));
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_saveCopyAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseCopyTarget);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    m_exportAction = m_fileMenu->addAction(QString(), this, [this] { exportLists(); });
    m_exportAction->setObjectName(QStringLiteral("export"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_importAction = m_fileMenu->addAction(QString(), this, [this] { importFile(); });
    m_importAction->setObjectName(QStringLiteral("import"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_restoreAction = m_fileMenu->addAction(QString(), this, [this] { restoreBackup(); });
    m_restoreAction->setObjectName(QStringLiteral("restoreBackup"));
    m_fileMenu->addSeparator();
    m_historyAction = m_fileMenu->addAction(QString(), this, [this] { showHistory(); });
    m_historyAction->setObjectName(QStringLiteral("history"));
    m_formerTenantsAction = m_fileMenu->addAction(QString(), this, [this] { showFormerTenants(); });
    m_formerTenantsAction->setObjectName(QStringLiteral("formerTenants"));
    m_fileMenu->addSeparator();
    m_printAction = m_fileMenu->addAction(QString(), this, &MainWindow::printPage);
    m_printAction->setObjectName(QStringLiteral("print"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addSeparator();
    for (const PageEntry &entry : std::as_const(m_entries)) {
        if (!entry.newText)
            continue;
        QAction *action = m_editMenu->addAction(QString(), this, [this, id = entry.id] {
            showPage(id);
            newRecord(id);
        });
        action->setObjectName(QStringLiteral("new-") + entry.id);
        m_newRecordActions << action;
    }
    m_editMenu->addSeparator();
    // Ctrl+F goes to the search field of the page shown.
    m_findAction = m_editMenu->addAction(QString(), this, [this] {
        if (auto *table = qobject_cast<TablePage *>(m_pages->currentWidget())) {
            table->searchField()->setFocus(Qt::ShortcutFocusReason);
            table->searchField()->selectAll();
        }
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_editMenu->addSeparator();
    m_preferencesAction = m_editMenu->addAction(QString(), this, [this] { showPreferences(); });
    m_preferencesAction->setObjectName(QStringLiteral("preferences"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    installUndoActions();

    m_viewMenu = menuBar()->addMenu(QString());
    m_pageActions = new QActionGroup(this);
    for (int row = 0; row < m_entries.size(); ++row) {
        QAction *action = m_viewMenu->addAction(QString(), this, [this, row] { m_navigation->setCurrentRow(row); });
        action->setCheckable(true);
        // Ctrl+1… in the sidebar's order.
        if (row < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        m_pageActions->addAction(action);
    }
    m_viewMenu->addSeparator();
    // The panel of the current row's details, beside every table; kept between sessions.
    m_detailsAction = m_viewMenu->addAction(QString(), this, [this](bool shown) {
        QSettings().setValue(detailsKey, shown);
        for (const PageEntry &entry : std::as_const(m_entries)) {
            if (auto *table = qobject_cast<TablePage *>(entry.page); table && table->details())
                table->details()->setVisible(shown);
        }
    });
    m_detailsAction->setObjectName(QStringLiteral("details"));
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(QSettings().value(detailsKey, true).toBool());

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString(), this, [this] { showGuide(); });
    m_guideAction->setObjectName(QStringLiteral("guide"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::installUndoActions()
{
    // Actions of the window's own rather than the stack's, which only put a fixed prefix before
    // the change's name ("Annuler Ajouter…"): here each language words the whole sentence
    // ("&Undo Add company Praxys", "&Annuler l’ajout de l’entreprise Praxys").
    QUndoStack *stack = m_editing->undoStack();
    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setObjectName(QStringLiteral("undo"));
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setObjectName(QStringLiteral("redo"));
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    for (auto signal : {&QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged})
        connect(stack, signal, this, &MainWindow::updateUndoTexts);
    for (auto signal : {&QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged})
        connect(stack, signal, this, &MainWindow::updateUndoTexts);
    QAction *first = m_editMenu->actions().value(0);
    m_editMenu->insertAction(first, m_undoAction);
    m_editMenu->insertAction(first, m_redoAction);
    updateUndoTexts();
}

void MainWindow::updateUndoTexts()
{
    // A name's own '&' ("Archives & Co") is shown, not taken for a shortcut.
    auto shown = [](QString name) { return name.replace(QLatin1Char('&'), QStringLiteral("&&")); };
    const QUndoStack *stack = m_editing->undoStack();
    m_undoAction->setEnabled(stack->canUndo());
    m_undoAction->setText(stack->canUndo()
                              ? tr("&Undo %1", "%1: the change, as CommandText names it (French: a noun with its article)")
                                    .arg(shown(stack->undoText()))
                              : tr("&Undo"));
    m_redoAction->setEnabled(stack->canRedo());
    m_redoAction->setText(stack->canRedo()
                              ? tr("&Redo %1", "%1: the change, as CommandText names it (French: a noun with its article)")
                                    .arg(shown(stack->redoText()))
                              : tr("&Redo"));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentDatabases();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { (void)openDatabase(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No database opened yet"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear the list"), this, [] { clearRecentDatabases(); })->setEnabled(!recent.isEmpty());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSession()
{
    {
        QSettings settings;
        settings.setValue(geometryKey, saveGeometry());
        settings.setValue(stateKey, saveState());
    }
    Settings settings;
    settings.setLastPage(currentPageId());
    // A page not made this session keeps what the last one saved.
    for (const QString &id : tablePageIds) {
        const auto *table = qobject_cast<const TablePage *>(madePage(id));
        if (!table)
            continue;
        if (table->columnsArranged())
            settings.setTableHeaderState(id, table->headerState());
        settings.setTableSplitterState(id, table->splitter()->saveState());
    }
}

void MainWindow::restoreSession()
{
    {
        const QSettings settings;
        restoreGeometry(settings.value(geometryKey).toByteArray());
        restoreState(settings.value(stateKey).toByteArray());
    }
    m_sessionRestored = true;
    for (const QString &id : tablePageIds) {
        if (auto *table = qobject_cast<TablePage *>(madePage(id)))
            restoreTableState(*table, id);
    }
    if (const QString last = Settings().lastPage(); pageIds().contains(last))
        showPage(last);
    noteRecent(m_store->database().path());
}

void MainWindow::retranslate()
{
    int tableIndex = 0;
    for (int row = 0; row < m_entries.size(); ++row) {
        const PageEntry &entry = m_entries.at(row);
        m_navigation->item(row)->setText(tr(entry.title));
        if (m_pageActions && row < m_pageActions->actions().size())
            m_pageActions->actions().at(row)->setText(tr(entry.title));
        translatePage(entry);
        if (entry.newText && tableIndex < m_newRecordActions.size())
            m_newRecordActions.at(tableIndex++)->setText(tr(entry.newText));
    }
    // Wide enough for the longest page name in the current language, and no wider.
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    m_navigation->setFixedWidth(widest + 56);

    m_fileMenu->setTitle(tr("&File"));
    m_newDatabaseAction->setText(tr("&New database…"));
    m_openAction->setText(tr("&Open…"));
    m_connectAction->setText(tr("&Connect to a server…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_saveCopyAction->setText(tr("&Save a copy…"));
    m_restoreAction->setText(tr("&Restore from a backup…"));
    m_historyAction->setText(tr("Change &history"));
    m_formerTenantsAction->setText(tr("Personal &data of former tenants…"));
    updateReadOnly();
    m_importAction->setText(tr("&Import…"));
    m_exportAction->setText(tr("&Export…"));
    m_printAction->setText(tr("&Print…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_findAction->setText(tr("&Find"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_editing->retranslate();
    updateUndoTexts();
    m_viewMenu->setTitle(tr("&View"));
    m_detailsAction->setText(tr("Show &details"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("User &guide"));
    m_aboutAction->setText(tr("&About Pépin"));
    updateTitle();
    updateStatus();
}

void MainWindow::updateTitle()
{
    const Database &db = m_store->database();
    setWindowFilePath(db.isOnServer() ? QString() : db.path());
    const QString name = db.isReadOnly() ? tr("%1 (read-only)", "the window's title: the database's file name").arg(databaseName())
                                         : databaseName();
    setWindowTitle(QStringLiteral("%1 — %2").arg(name, QGuiApplication::applicationDisplayName()));
}

void MainWindow::updateStatus()
{
    const int row = m_navigation->currentRow();
    const auto *table = row >= 0 && row < m_entries.size() ? qobject_cast<TablePage *>(m_entries.at(row).page) : nullptr;
    m_status->setText(table ? table->statusText() : QString());
    m_keyFigure->setText(table ? table->keyFigure() : QString());
}

void MainWindow::printPage()
{
    if (auto *reports = qobject_cast<ReportsPage *>(m_pages->currentWidget())) {
        reports->print();
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    // Tables are wide, the dashboard and the planning too.
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print %1").arg(m_navigation->currentItem() ? m_navigation->currentItem()->text() : QString()));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) { paintPage(*target); });
    preview.exec();
}

void MainWindow::paintPage(QPrinter &printer)
{
    QWidget *shown = m_pages->currentWidget();
    if (auto *reports = qobject_cast<ReportsPage *>(shown)) {
        if (reports->document()) {
            ReportsPage::preparePrinter(printer);
            reports->document()->print(printer);
        }
        return;
    }
    const QString title = m_navigation->currentItem() ? m_navigation->currentItem()->text() : windowTitle();
    if (auto *table = qobject_cast<TablePage *>(shown)) {
        const QString from = tr("%1 — printed on %2 — %3")
                                 .arg(databaseName(), Format().date(m_clock.today()), table->statusText());
        ViewPrint(*table->view(), title, from).print(printer);
        return;
    }
    // A picture of the page as it is on screen, as large as the sheet allows.
    const QPixmap picture = shown->grab();
    QPainter painter(&printer);
    const QRect page = painter.viewport();
    QSize size = picture.size();
    size.scale(page.size(), Qt::KeepAspectRatio);
    painter.setViewport(page.x(), page.y(), size.width(), size.height());
    painter.setWindow(picture.rect());
    painter.drawPixmap(0, 0, picture);
}

GuideWindow *MainWindow::showGuide()
{
    auto *guide = findChild<GuideWindow *>(QStringLiteral("guide"), Qt::FindDirectChildrenOnly);
    if (!guide)
        guide = new GuideWindow(this);
    guide->show();
    guide->raise();
    guide->activateWindow();
    return guide;
}

HistoryWindow *MainWindow::showHistory()
{
    auto *history = findChild<HistoryWindow *>(QStringLiteral("history"), Qt::FindDirectChildrenOnly);
    if (!history)
        history = new HistoryWindow(*m_store, this);
    else if (history->showsOneRecord())
        history->showAllRecords();
    history->show();
    history->raise();
    history->activateWindow();
    return history;
}

HistoryWindow *MainWindow::showHistory(const QString &entity, qint64 recordId, const QString &label)
{
    HistoryWindow *history = showHistory();
    history->showRecord(entity, recordId, label);
    return history;
}

FormerTenantsDialog *MainWindow::showFormerTenants()
{
    auto *dialog = new FormerTenantsDialog(*m_editing, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormerTenantsDialog::policyChangeRequested, this, [this, dialog] {
        SettingsDialog *preferences = showPreferences(dialog);
        preferences->privacyGroup()->keepYearsSpin()->setFocus();
        connect(preferences, &SettingsDialog::applied, dialog, &FormerTenantsDialog::reload);
    });
    dialog->open();
    return dialog;
}

void MainWindow::choosePersonalDataFile(Id companyId)
{
    const std::optional<Company> company = m_store->company(companyId);
    if (!company)
        return;
    // The company's name as a file name: without the characters no file system takes.
    QString name = tr("%1 - personal data", "the file of what is held about a company: its name").arg(company->name);
    static const QRegularExpression forbidden(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(forbidden, QStringLiteral("-"));
    const QString suggested = QDir(nearDatabase()).filePath(name.trimmed() + QStringLiteral(".json"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export personal data"), suggested, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    (void)exportPersonalData(companyId, path);
}

Status MainWindow::exportPersonalData(Id companyId, const QString &path)
{
    const QString title = tr("Export personal data");
    auto refuse = [&](const Error &error) {
        MessageBox::warning(this, title, tr("Nothing was exported."), CommandText::sentences(error));
        return Status(error);
    };
    const Result<QJsonObject> held = PersonalData::exportOf(*m_store, companyId);
    if (!held)
        return refuse(held.error());
    QSaveFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(*held).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return refuse(Error(Error::Kind::Storage, tr("%1 cannot be written: %2").arg(shown, file.errorString())));
    const QString name = m_store->company(companyId).value_or(Company{}).name;
    MessageBox::information(this, title, tr("What Pépin holds about %1 was saved to %2.").arg(name, shown),
                            tr("Its record, its leases, its applications and the history of their changes, as JSON."));
    return done();
}

Status MainWindow::erasePersonalData(Id companyId)
{
    const QString title = tr("Erase personal data");
    const std::optional<Company> company = m_store->company(companyId);
    if (!company)
        return Error(Error::Kind::NotFound, tr("This company no longer exists."));
    if (!PersonalDataErasure::confirm(this, *m_store, {*company}, m_clock.today()))
        return done();
    const Result<int> erased = PersonalDataErasure::erase(*m_editing, {companyId});
    if (!erased) {
        MessageBox::warning(this, title, tr("Nothing was erased."), CommandText::sentences(erased.error()));
        return erased.error();
    }
    statusBar()->showMessage(tr("The personal data of %1 was erased.").arg(company->name), 20000);
    return done();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Pépin"),
                       tr("<p><b>Pépin</b> %1</p><p>Manages a business incubator: its companies, its offices, "
                          "who occupies which office when, and on what terms.</p><p>Database: %2</p>")
                               .arg(QCoreApplication::applicationVersion(), m_store->database().path().toHtmlEscaped())
                           + tr("<p>Free software under the <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General "
                                "Public License</a>, version 3 or any later version (GPL-3.0-or-later). It comes with no "
                                "warranty.</p>"));
}

} // namespace pepin
