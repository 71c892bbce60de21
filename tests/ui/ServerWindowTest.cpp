// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a database shared on a PostgreSQL server: connecting to it, what a server
// database does without (backups of files), and several desks editing it at once, the window
// and two pepin-cli processes. Run on the server only ([server]).
#include "CatchQt.h"

#include "Builders.h"
#include "EditingSupport.h"
#include "MainWindow.h"
#include "TestServer.h"
#include "commands/Editing.h"
#include "commands/UpdateCommand.h"
#include "dialogs/ServerDialog.h"
#include "models/CompanyTableModel.h"
#include "pages/TablePage.h"
#include "service/Store.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>

using namespace pepin;
using namespace pepin::test;
using namespace Qt::Literals::StringLiterals;

namespace {

void fill(ServerDialog &dialog, const ServerAddress &address, const QString &password)
{
    dialog.hostField()->setText(address.host);
    dialog.portField()->setValue(address.port > 0 ? address.port : ServerAddress::defaultPort);
    dialog.databaseField()->setText(address.database);
    dialog.userField()->setText(address.user);
    dialog.passwordField()->setText(password);
}

// Every value the settings hold, as text.
QString everySetting()
{
    QSettings settings;
    QStringList values;
    for (const QString &key : settings.allKeys())
        values << key + u"="_s + settings.value(key).toStringList().join(u' ') + settings.value(key).toString();
    return values.join(u'\n');
}

} // namespace

TEST_CASE("File ▸ Connect to a server opens a shared database, says why it cannot, and never keeps the password",
          "[ui][server]")
{
    GuiFixture fixture(d("2026-11-30"));
    QTemporaryDir folder;
    Result<std::unique_ptr<Store>> file = Store::open(folder.filePath(u"pepin.db"_s), Database::Mode::CreateIfMissing);
    REQUIRE(file);
    ServerDatabase server; // dropped after the window closes its connection
    MainWindow window(std::move(file).value(), fixture.clock);
    ServerAddress address = *ServerAddress::parse(server.address);

    ServerDialog *dialog = window.connectToServer();
    REQUIRE(dialog->isVisible());
    CHECK_FALSE(dialog->connectButton()->isEnabled()); // no database named yet

    // A database that does not exist: said in the dialog, which stays open; the file stays open.
    ServerAddress missing = address;
    missing.database = u"no_such_pepin_database"_s;
    fill(*dialog, missing, u"s3cret-pw"_s);
    dialog->connectButton()->click();
    CHECK(dialog->isVisible());
    CHECK(dialog->problemLabel()->isVisibleTo(dialog));
    CHECK(dialog->problemLabel()->text().contains(u"no_such_pepin_database"_s));
    CHECK_FALSE(window.store().database().isOnServer());

    // An empty database becomes Pépin's only when asked.
    fill(*dialog, address, u"s3cret-pw"_s);
    dialog->connectButton()->click();
    CHECK(dialog->isVisible());
    INFO(dialog->problemLabel()->text().toStdString());
    CHECK(dialog->problemLabel()->text().contains(u"holds no Pépin database"_s));
    dialog->createField()->setChecked(true);
    dialog->connectButton()->click();
    CHECK(waitFor([&] { return window.findChild<ServerDialog *>() == nullptr; }, 2000)); // closed and deleted

    const Database &db = window.store().database();
    REQUIRE(db.isOnServer());
    CHECK(db.path() == address.url());
    CHECK(window.windowTitle() == u"%1 on %2 — Pépin"_s.arg(address.database, address.where()));
    CHECK(MainWindow::recentDatabases().first() == address.url());
    CHECK_FALSE(everySetting().contains(u"s3cret-pw"_s));
    CHECK_FALSE(window.restoreAction()->isEnabled()); // the server keeps its own backups

    SECTION("a copy saved from the server is a database file with the same records")
    {
        addCompany(window.store(), u"Praxys"_s);
        const QString copy = folder.filePath(u"copie.db"_s);
        REQUIRE(window.saveCopy(copy));
        Result<std::unique_ptr<Store>> saved = Store::open(copy, Database::Mode::ReadOnly);
        REQUIRE(saved);
        CHECK((*saved)->companyByName(u"Praxys"_s).has_value());
    }
    SECTION("opened again from the recent list, it is the same database")
    {
        REQUIRE(window.openDatabase(folder.filePath(u"pepin.db"_s)));
        REQUIRE(window.openDatabase(MainWindow::recentDatabases().at(1)));
        CHECK(window.store().database().path() == address.url());
    }
}

TEST_CASE("two pepin-cli processes and the window edit one server database at once, and no update is lost",
          "[ui][server]")
{
    GuiFixture fixture(d("2026-11-30"));
    Store &store = fixture.db.store();
    REQUIRE(store.database().isOnServer());
    const Company praxys = addCompany(store, u"Praxys"_s);
    MainWindow window(store, fixture.clock);
    window.showPage(u"companies"_s);
    // What the window read before the others began: an edit made from it later must be refused.
    const Company readEarly = *store.company(praxys.id);

    // Each desk changes its own field of the same company, ten times, as fast as it can.
    constexpr int rounds = 10;
    const auto desk = [&](const QString &option, const QString &mark) {
        auto *process = new QProcess(&window);
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(u"sh"_s, {u"-c"_s, u"for i in $(seq 1 %1); do \"$0\" --db \"$1\" edit company --company Praxys --%2 \"%3 $i\"; "
                                          u"echo \"exit=$?\"; done"_s.arg(rounds).arg(option, mark),
                                 QStringLiteral(PEPIN_CLI_PATH), fixture.db.path()});
        return process;
    };
    QProcess *first = desk(u"phone"_s, u"A"_s);
    QProcess *second = desk(u"contact"_s, u"B"_s);

    int windowEdits = 0;
    for (int i = 1; i <= rounds; ++i) {
        const Company before = *store.company(praxys.id);
        Company after = before;
        after.notes = u"W %1"_s.arg(i);
        // Refused only when a process changed the company between the read and the write.
        if (window.editing().push(std::make_unique<UpdateCommand<Company>>(window.editing(), before, after)))
            ++windowEdits;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    // Either may be done already: the window's event loop has been running.
    const auto finish = [](QProcess *process) { return process->state() == QProcess::NotRunning || process->waitForFinished(60000); };
    const bool finished = finish(first) && finish(second);
    const QString said = QString::fromUtf8(first->readAll() + second->readAll());
    INFO(said.toStdString());
    REQUIRE(finished);
    const int cliEdits = int(said.count(u"exit=0"_s));
    // A process refused (the window's write came between its read and its write) says so.
    CHECK(said.count(u"exit="_s) == 2 * rounds);
    CHECK(said.count(u"exit=0"_s) + said.count(u"exit=2"_s) == 2 * rounds);

    // The edit made from what was read before everyone else's is refused, and names who came first.
    Company stale = readEarly;
    stale.notes = u"from the early read"_s;
    const Status refused = window.editing().push(std::make_unique<UpdateCommand<Company>>(window.editing(), readEarly, stale));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind() == Error::Kind::Stale);
    CHECK(refused.error().message().contains(u"The last change came from"_s));

    // Every edit reported done is in the record's history, each made from the one before it:
    // none was written over another it had not seen.
    AuditLog::Filter aboutPraxys;
    aboutPraxys.entity = u"company"_s;
    aboutPraxys.recordId = praxys.id;
    Result<QList<AuditEntry>> history = store.history().entries(aboutPraxys);
    REQUIRE(history);
    QList<AuditEntry> entries = *history;
    std::reverse(entries.begin(), entries.end()); // oldest first
    REQUIRE(entries.size() == 1 + cliEdits + windowEdits);
    for (qsizetype i = 1; i < entries.size(); ++i) {
        INFO("entry " << i);
        CHECK(entries[i].before == entries[i - 1].after);
    }
    const Company last = *store.company(praxys.id);
    CHECK(last.version == praxys.version + cliEdits + windowEdits);
    CHECK(last.phone.startsWith(u"A "_s));
    CHECK(last.contact.startsWith(u"B "_s));
    CHECK(last.notes.startsWith(u"W "_s));
    CHECK(cliEdits >= rounds); // most of the processes' edits go through

    // The window's page shows the last change, made elsewhere, without being asked to reload.
    const TablePage *companies = window.page(u"companies"_s);
    const QAbstractItemModel *model = companies->view()->model();
    REQUIRE(waitFor([&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (model->index(row, column).data().toString() == last.phone)
                    return true;
            }
        }
        return false;
    }));
}

TEST_CASE("a server that wants a password: the dialog says so, and opens the database with the one typed", "[ui][server]")
{
    GuiFixture fixture(d("2026-11-30"));
    ServerDatabase server;
    REQUIRE(Store::open(server.address, Database::Mode::CreateIfMissing));
    const QByteArray kept = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    QTemporaryDir folder;
    Result<std::unique_ptr<Store>> file = Store::open(folder.filePath(u"pepin.db"_s), Database::Mode::CreateIfMissing);
    REQUIRE(file);
    MainWindow window(std::move(file).value(), fixture.clock);
    ServerAddress address = *ServerAddress::parse(server.address);
    address.user = QString::fromLatin1(passwordUser);

    // Reopened from the recent list, as after a restart: no password is kept, so it is asked for.
    CHECK_FALSE(window.openDatabase(address.url()));
    auto *dialog = window.findChild<ServerDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->problemLabel()->text().contains(u"wants a password"_s));
    CHECK(dialog->databaseField()->text() == address.database);
    CHECK(dialog->userField()->text() == address.user);

    dialog->passwordField()->setText(u"wrong"_s);
    dialog->connectButton()->click();
    CHECK(dialog->problemLabel()->text().contains(u"refused the password"_s));

    dialog->passwordField()->setText(QString::fromLatin1(passwordOfPasswordUser));
    dialog->connectButton()->click();
    REQUIRE(window.store().database().isOnServer());
    CHECK(window.store().database().path() == address.url());
    CHECK_FALSE(everySetting().contains(QString::fromLatin1(passwordOfPasswordUser)));
    if (!kept.isNull())
        qputenv("PGPASSWORD", kept);
}
