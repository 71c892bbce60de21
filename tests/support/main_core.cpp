// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include "CatchQt.h"
#include "TestServer.h"

#include "service/Translation.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pepin-tests"));
    // Messages and formats in English unless a test switches; tests that check French
    // switch explicitly and switch back.
    pepin::applyLanguage(app, QStringLiteral("en"));
    // English text follows the system's formats; tests expect the same dates ("31/12/2026")
    // whether they run from ctest (LC_ALL=C.UTF-8) or from a shell set to en_US.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Catch::Session session;
    std::string backend = "sqlite";
    session.cli(session.cli()
                | Catch::clara::Opt(backend, "sqlite|postgresql")["--backend"]("the database engine the tests store into"));
    if (const int code = session.applyCommandLine(argc, argv); code != 0)
        return code;
    if (backend != "sqlite" && backend != "postgresql") {
        std::fprintf(stderr, "--backend is sqlite or postgresql\n");
        return 1;
    }
    pepin::test::setOnServer(backend == "postgresql");
    // The server's run, with no server: skipped, and said (CTest reports code 77 as skipped).
    if (const QString why = pepin::test::serverUnavailable(); !why.isEmpty()) {
        std::fprintf(stderr, "PostgreSQL tests skipped: %s\n", qPrintable(why));
        return pepin::test::skippedExitCode;
    }
    return session.run();
}
