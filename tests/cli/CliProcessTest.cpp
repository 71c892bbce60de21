// SPDX-License-Identifier: GPL-3.0-or-later
// The real program, run as a separate process: exit codes and streams as a shell sees them.
#include "CatchQt.h"
#include "TestDatabase.h"

#include <QProcess>
#include <QTemporaryDir>

namespace {

struct ProcessRun
{
    int code;
    QString out;
    QString err;
};

ProcessRun runCli(const QStringList &arguments)
{
    QProcess process;
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
