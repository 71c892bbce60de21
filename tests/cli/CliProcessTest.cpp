// SPDX-License-Identifier: GPL-3.0-or-later
// The real program, run as a separate process: exit codes and streams as a shell sees them.
#include "CatchQt.h"
#include "TestDatabase.h"
#include "TestServer.h"

#include "storage/ServerAddress.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace pepin;
using namespace pepin::test;

namespace {

struct ProcessRun
{
    int code;
    QString out;
    QString err;
};

// Its input is a pipe, not a terminal: nothing can be asked.
ProcessRun runCli(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PEPIN_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("pepin-cli runs as a program with the documented exit codes", "[cli][process]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("p.db"));

    const ProcessRun version = runCli({QStringLiteral("--version")});
    CHECK(version.code == 0);
    CHECK(version.out == QStringLiteral("pepin-cli %1\n").arg(QStringLiteral(PEPIN_VERSION)));

    const ProcessRun missing = runCli({QStringLiteral("--db"), db, QStringLiteral("companies")});
    CHECK(missing.code == 3);
    CHECK(missing.out.isEmpty());
    CHECK(missing.err.contains(QStringLiteral("does not exist")));

    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("init"),
                  QStringLiteral("--demo")})
              .code
          == 0);
    const ProcessRun companies = runCli({QStringLiteral("--db"), db, QStringLiteral("companies"), QStringLiteral("--format"),
                                         QStringLiteral("json")});
    CHECK(companies.code == 0);
    CHECK(companies.out.contains(QStringLiteral("\"name\": \"Technique et Son\"")));

    const ProcessRun usage = runCli({QStringLiteral("--db"), db, QStringLiteral("--today"), QStringLiteral("someday"),
                                     QStringLiteral("companies")});
    CHECK(usage.code == 1);
    CHECK(usage.err.contains(QStringLiteral("--today")));
}

TEST_CASE("pepin-cli on a server that wants a password: taken from PGPASSWORD, or said how to give it", "[cli][process][server]")
{
    const QString created = createServerDatabase();
    ServerAddress address = *ServerAddress::parse(created);
    REQUIRE(runCli({QStringLiteral("--db"), created, QStringLiteral("init"), QStringLiteral("--demo")}).code == 0);
    address.user = QString::fromLatin1(passwordUser);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGPASSWORD"));

    const ProcessRun unasked = runCli({QStringLiteral("--db"), address.url(), QStringLiteral("companies")}, environment);
    CHECK(unasked.code == 3);
    CHECK(unasked.out.isEmpty());
    CHECK(unasked.err.contains(QStringLiteral("wants a password, and none was found in ~/.pgpass")));
    CHECK(unasked.err.contains(QStringLiteral("run pepin-cli at a terminal to be asked for it")));

    environment.insert(QStringLiteral("PGPASSWORD"), QString::fromLatin1(passwordOfPasswordUser));
    const ProcessRun given = runCli({QStringLiteral("--db"), address.url(), QStringLiteral("companies")}, environment);
    CHECK(given.code == 0);
    CHECK(given.out.contains(QStringLiteral("Technique et Son")));

    const ProcessRun roles = runCli({QStringLiteral("--db"), created, QStringLiteral("server"), QStringLiteral("init-roles")});
    CHECK(roles.code == 0);
    CHECK(roles.out.contains(QStringLiteral("pepin_managers")));
    CHECK(roles.out.contains(QStringLiteral("pepin_staff")));
    dropServerDatabase(created);
}
