// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

using namespace pepin;
using namespace pepin::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the program headless (it must never wait on a dialog here), with a database of its own
// so that the user's is never touched.
Run runPepin(const QStringList &arguments, const QString &defaultDatabase)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("PEPIN_DB"), defaultDatabase);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PEPIN_GUI_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("pepin refuses a file that is not a Pépin database, without a dialog when headless", "[ui][program]")
{
    TestDatabase db;
    const QString bogus = db.file(QStringLiteral("notes.db"));
    {
        QFile file(bogus);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("This is a shopping list, not a database.\n");
    }
    const QByteArray before = fileBytes(bogus);
    const Run run = runPepin({QStringLiteral("--db"), bogus, QStringLiteral("--lang"), QStringLiteral("en"),
                              QStringLiteral("--screenshots"), db.file(QStringLiteral("shots"))},
                             db.file(QStringLiteral("default.db")));
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("not a Pépin database")));
    CHECK(fileBytes(bogus) == before);
    CHECK_FALSE(QDir(db.file(QStringLiteral("shots"))).exists(QStringLiteral("companies-en.png")));
}

TEST_CASE("pepin refuses a database file that does not exist", "[ui][program]")
{
    TestDatabase db;
    const QString missing = db.file(QStringLiteral("missing.db"));
    const Run run = runPepin({QStringLiteral("--db"), missing, QStringLiteral("--lang"), QStringLiteral("en"),
                              QStringLiteral("--screenshots"), db.file(QStringLiteral("shots"))},
                             db.file(QStringLiteral("default.db")));
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("pepin creates the default database with the demo data on first run", "[ui][program]")
{
    TestDatabase db;
    const QString fresh = db.file(QStringLiteral("first-run/pepin.db"));
    const QString shots = db.file(QStringLiteral("shots"));
    const Run run = runPepin({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--today"),
                              QStringLiteral("2026-03-01"), QStringLiteral("--screenshots"), shots},
                             fresh);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(QFile::exists(fresh));
    CHECK(QFile::exists(QDir(shots).filePath(QStringLiteral("companies-fr.png"))));
    CHECK(QFile::exists(QDir(shots).filePath(QStringLiteral("offices-fr.png"))));

    db.close();
    Result<std::unique_ptr<Store>> opened = Store::open(fresh, Database::Mode::OpenExisting);
    REQUIRE(opened);
    CHECK((*opened)->offices().size() == 15);
}

TEST_CASE("pepin rejects a bad --lang or --today", "[ui][program]")
{
    TestDatabase db;
    CHECK(runPepin({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--screenshots"), db.dir()},
                   db.path())
              .exitCode
          == 1);
    CHECK(runPepin({QStringLiteral("--today"), QStringLiteral("yesterday"), QStringLiteral("--screenshots"), db.dir()},
                   db.path())
              .exitCode
          == 1);
}
