// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QList>
#include <QMainWindow>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QPrinter;
class QStackedWidget;

namespace pepin {

class AssignmentDialog;
class RestoreDialog;
class ServerDialog;
struct ServerAddress;
struct AssignmentPrefill;
class LeaseChangeDialog;
enum class LeaseChangeKind;
class GuideWindow;
class Editing;
class ExportDialog;
class FormerTenantsDialog;
class HistoryWindow;
class ImportDialog;
class SettingsDialog;
class Store;
class StoreTableModel;
class TablePage;
class DashboardPage;
class PlanningPage;
struct Application;
struct Company;
struct Lease;
struct Office;

// The application's window over one open database: a sidebar of pages on the left, the page
// chosen on the right, a status bar with the page's figures, and the menus. Every change goes
// through an editor or an action of a page, as an undoable command of one Editing session; the
// pages refresh from the database's notifications. Another database can be opened in the same
// window: the pages are built again over it and the changes made before can no longer be
// undone. A database that cannot be used is refused with the reason, and the one open stays.
// It follows the language: every label is set again on QEvent::LanguageChange.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The store must outlive the window, or at least its switch to another database.
    MainWindow(Store &store, const Clock &clock, QWidget *parent = nullptr);
    // The window owns the store, and those it opens after.
    MainWindow(std::unique_ptr<Store> store, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Stable names of the pages, in sidebar order ("dashboard", "companies", "offices"…).
    QStringList pageIds() const;
    QString currentPageId() const;
    void showPage(const QString &id);
    // The page of that name when it lists records, else null. A page is made, its records read,
    // when it is first shown or asked for here: the window opens on one page, not all of them.
    TablePage *page(const QString &id);
    QWidget *pageWidget(const QString &id);

    QListWidget *navigation() const { return m_navigation; }
    Store &store() const { return *m_store; }
    Editing &editing() const { return *m_editing; }
    const Clock &clock() const { return m_clock; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *preferencesAction() const { return m_preferencesAction; }
    QAction *detailsAction() const { return m_detailsAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *guideAction() const { return m_guideAction; }

    // Opens the editor of a new record, or of the record on `row` of its page's model; the
    // editor is window-modal and closes itself. Returns it (tests fill it and save).
    QDialog *newRecord(const QString &pageId);
    QDialog *editRecord(const QString &pageId, int row);

    // Opens another Pépin database in this window; when it cannot be used, says why in a
    // message and keeps the one open. Returns what happened.
    Status openDatabase(const QString &path);
    // Opens File ▸ Connect to a server…, filled with `address`, saying `problem` if given (why the
    // last attempt failed); window-modal, it closes itself once the database is open. Returns it
    // (tests fill it and connect).
    ServerDialog *connectToServer(const ServerAddress &address = {}, const QString &problem = {});
    // Opens the database on a server at `address` (its password, if any, used for the connection
    // only); an empty one is made a Pépin database when `createIfEmpty`. Returns why it cannot.
    Status openServerDatabase(const ServerAddress &address, bool createIfEmpty);
    // Creates a new, empty database at `path` (which must not exist) and opens it.
    Status createDatabase(const QString &path);
    // Writes a copy of the open database to `target`, replacing a file there (of a server
    // database: a database file, checked record by record, service/Transfer.h).
    Status saveCopy(const QString &target);
    // Today's backup of the open database, beside it (storage/Backups.h), unless it was made
    // already or it is read-only; the oldest past Settings::backupsToKeep() are removed. Made
    // when a database is opened. Returns the backup made, or an empty path.
    Result<QString> backUpToday();
    // Opens File ▸ Restore from a backup…; the dialog is window-modal and closes itself once the
    // restore is done. Returns it (tests choose a backup and restore).
    RestoreDialog *restoreBackup();
    // Puts the data of `backup` in place of the open database's, the data replaced kept as a
    // backup, and opens the database again; says why when it cannot.
    Status restoreFrom(const QString &backup);
    // The bar at the top of the window that says the database is read-only, and why.
    QLabel *readOnlyBanner() const { return m_readOnlyBanner; }
    QAction *restoreAction() const { return m_restoreAction; }
    // Opens the export of the open database's lists to CSV; the dialog is window-modal and
    // closes itself. Returns it (tests fill it and export).
    ExportDialog *exportLists();
    // Opens the import of offices, companies or leases from a CSV file, as one undoable step;
    // the dialog is window-modal and closes itself. Returns it (tests fill it and import).
    ImportDialog *importFile();
    // The same, with the table of `page` (a page of this window) as shown chosen.
    ExportDialog *exportView(TablePage *page);
    // Opens Edit ▸ Preferences, over `over` when given (else over the window); the dialog is
    // window-modal and closes itself. Returns it.
    SettingsDialog *showPreferences(QWidget *over = nullptr);
    // Opens the assignment assistant, prefilled from an application when one is given; the
    // dialog is window-modal and closes itself. Returns it (tests fill it and create).
    AssignmentDialog *assignOffice(const std::optional<Application> &application = std::nullopt);
    // The same, prefilled with an office and days chosen on the planning.
    AssignmentDialog *assignOffice(const AssignmentPrefill &prefill);
    // Opens the renewal, extension, move or early end of a lease (the kind can be changed in the
    // dialog); window-modal, it closes itself. Null when there is no such lease. Returns it.
    LeaseChangeDialog *changeLease(Id leaseId, LeaseChangeKind kind);

    // File ▸ Print…: the page shown, previewed before it prints. The Reports page prints its
    // report; a table page its table as shown (export/ViewPrint.h); the other pages a picture of
    // themselves, fitted to the sheet.
    void printPage();
    // What printPage() prints, on `printer` (tests print to PDF).
    void paintPage(QPrinter &printer);
    // Help ▸ User guide, in the interface's language; a window of its own, kept open beside.
    GuideWindow *showGuide();

    // File ▸ Change history: the history of the open database, in a window of its own kept open
    // beside, which follows a switch of database. With a record (a table page's "History of …"),
    // only the changes to it.
    HistoryWindow *showHistory();
    HistoryWindow *showHistory(const QString &entity, qint64 recordId, const QString &label);
    QAction *historyAction() const { return m_historyAction; }
    // File ▸ Personal data of former tenants…: those due for erasure; window-modal, it closes
    // itself. Returns it.
    FormerTenantsDialog *showFormerTenants();
    QAction *formerTenantsAction() const { return m_formerTenantsAction; }
    // The Companies page's "Export personal data…": everything held about the company
    // (PersonalData::exportOf), as indented JSON, to `path` (replaced whole); says how it went.
    Status exportPersonalData(Id companyId, const QString &path);
    // Its "Erase personal data…": asks first (PersonalDataErasure), then erases, for good.
    Status erasePersonalData(Id companyId);

    // The databases opened last, most recent first, and the last one.
    static QStringList recentDatabases();
    static QString lastDatabase();
    static void clearRecentDatabases();

    // Opens a Pépin database for this window: refused, with the reason, when the file or its
    // folder cannot be written (every change is written at once), or when the core refuses it.
    // Its lists are read before it is returned (Store::readLists).
    static Result<std::unique_ptr<Store>> openStore(const QString &path, Database::Mode mode);

    // Puts the window back where it was when last closed (its geometry, the page shown, each
    // table's columns and sort), and notes the database open as the one to open next time.
    void restoreSession();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct PageEntry
    {
        QString id;
        const char *title;       // English source, translated on display
        const char *placeholder; // the search field's hint (table pages)
        const char *newText;     // the "New …" action's text (table pages)
        std::function<QWidget *()> make;
        QWidget *page = nullptr; // null until first needed; an empty widget holds its place
    };

    void build();
    void addPage(const QString &id, const char *title, const char *placeholder, const char *newText,
                 std::function<QWidget *()> make);
    // The page of that row, made first if it was not yet.
    QWidget *pageAt(int row);
    // The page of that name if it was made, else null: for what only concerns pages made.
    QWidget *madePage(const QString &id) const;
    // Puts `page`, the page of `row`, in the stack in place of what was there, which is deleted.
    void placePage(int row, QWidget *page);
    // The texts a table page takes from its entry, in the interface's language.
    void translatePage(const PageEntry &entry);
    // A table page's columns and panel as the last session left them.
    static void restoreTableState(TablePage &table, const QString &id);
    TablePage *createTablePage(const QString &id);
    DashboardPage *createDashboard();
    PlanningPage *createPlanning();
    void remakePages();
    void adopt(std::unique_ptr<Store> store);
    void createMenus();
    void installUndoActions();
    void updateUndoTexts();
    void saveSession();
    void rebuildRecentMenu();
    void retranslate();
    void updateReadOnly();
    void updateTitle();
    void updateStatus();
    void showAbout();
    void chooseDatabaseToOpen();
    void chooseNewDatabase();
    void chooseCopyTarget();
    void choosePersonalDataFile(Id companyId);
    void noteRecent(const QString &path);
    // Tells, in the status bar, that changes made elsewhere (a server's other users) are shown.
    void watchOthers();
    // The database as the window's title names it: its file's name, or "pepin on db.cci.fr".
    QString databaseName() const;
    // Where the file dialogs start: the database's folder, or the documents of a server's user.
    QString nearDatabase() const;

    template<typename T>
    void removeRecords(const QList<T> &records);
    template<typename T>
    void archiveRecords(const QList<T> &records, bool archive);

    Store *m_store;
    std::unique_ptr<Store> m_ownedStore;
    Clock m_clock;
    Editing *m_editing = nullptr;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_status;
    QLabel *m_readOnlyBanner = nullptr;
    QLabel *m_keyFigure;
    QList<PageEntry> m_entries;
    // Set once the last session is restored: the pages made later take its columns too.
    bool m_sessionRestored = false;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newDatabaseAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_formerTenantsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QList<QAction *> m_newRecordActions; // one per table page, in sidebar order
    QActionGroup *m_pageActions = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_detailsAction = nullptr;
};

} // namespace pepin
