// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "CliRunner.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

using namespace pepin::test;

namespace {

QByteArray head(const QString &path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(size) : QByteArray();
}

} // namespace

TEST_CASE("pepin-cli report writes a PDF or an HTML page", "[report][cli]")
{
    Demo demo;
    const QString pdf = demo.file(QStringLiteral("report.pdf"));
    const CliRun run = demo.run({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2025-11-30"),
                                 QStringLiteral("--to"), QStringLiteral("2026-11-29"), QStringLiteral("-o"), pdf,
                                 QStringLiteral("--lang"), QStringLiteral("fr")});
    CHECK(run.out.contains(pdf));
    CHECK(head(pdf, 5) == "%PDF-");

    const QString html = demo.file(QStringLiteral("report.html"));
    demo.run({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("01/01/2026"), QStringLiteral("--to"),
              QStringLiteral("31/03/2026"), QStringLiteral("--output"), html, QStringLiteral("--lang"), QStringLiteral("en")});
    const QString page = QString::fromUtf8(head(html, 10'000'000));
    CHECK(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(page.contains(QStringLiteral("<svg")));
    CHECK(page.contains(QStringLiteral("01/01/2026 to 31/03/2026")));
}

TEST_CASE("pepin-cli report refuses a bad period, site or file name", "[report][cli]")
{
    Demo demo;
    const QString pdf = demo.file(QStringLiteral("report.pdf"));
    auto report = [&](const QStringList &options, int expected) {
        return demo.run(QStringList{QStringLiteral("report")} + options, expected);
    };
    const QStringList period{QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-06-30")};

    CHECK(report({QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("-o"), pdf}, 1).err.contains(QStringLiteral("--to")));
    CHECK(report(period, 1).err.contains(QStringLiteral("-o")));
    CHECK(report({QStringLiteral("--from"), QStringLiteral("2026-13-01"), QStringLiteral("--to"), QStringLiteral("2026-06-30"),
                  QStringLiteral("-o"), pdf},
                 2)
              .err.contains(QStringLiteral("--from: '2026-13-01' is not a date")));
    CHECK(report({QStringLiteral("--from"), QStringLiteral("2026-06-30"), QStringLiteral("--to"), QStringLiteral("2026-01-01"),
                  QStringLiteral("-o"), pdf},
                 2)
              .err.contains(QStringLiteral("--to: The period ends")));
    CHECK(report(period + QStringList{QStringLiteral("-o"), pdf, QStringLiteral("--site"), QStringLiteral("Nowhere")}, 2)
              .err.contains(QStringLiteral("--site: There is no site named 'Nowhere'")));
    CHECK(report(period + QStringList{QStringLiteral("-o"), demo.file(QStringLiteral("report.docx"))}, 2)
              .err.contains(QStringLiteral("--output")));
    CHECK(report(period + QStringList{QStringLiteral("-o"), pdf, QStringLiteral("--lang"), QStringLiteral("de")}, 1)
              .err.contains(QStringLiteral("--lang")));
    CHECK(report(period + QStringList{QStringLiteral("-o"), demo.file(QStringLiteral("missing/folder/report.pdf"))}, 2)
              .err.contains(QStringLiteral("--output")));
    CHECK_FALSE(QFile::exists(pdf));

    const CliRun missing = cli(demo.file(QStringLiteral("none.db")), QStringList{QStringLiteral("report")} + period
                                                                      + QStringList{QStringLiteral("-o"), pdf});
    CHECK(missing.code == 3);
}

TEST_CASE("pepin-cli report runs without a display", "[report][cli]")
{
    Demo demo;
    const QString pdf = demo.file(QStringLiteral("headless.pdf"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PEPIN_CLI_PATH),
                  {QStringLiteral("--db"), demo.db, QStringLiteral("--today"), QStringLiteral("2026-11-29"), QStringLiteral("report"),
                   QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31"),
                   QStringLiteral("-o"), pdf});
    REQUIRE(process.waitForFinished(120000));
    INFO(process.readAllStandardError().toStdString());
    CHECK(process.exitCode() == 0);
    CHECK(head(pdf, 5) == "%PDF-");
}
