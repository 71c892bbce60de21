// SPDX-License-Identifier: GPL-3.0-or-later
// The one place Catch2's own code is compiled, with the main the test programs share.
#define CATCH_CONFIG_RUNNER
#include "CatchQt.h"

#include "TestSession.h"
#include "TestServer.h"

#include <cstdio>
#include <string>

namespace pepin::test {

int runTests(int argc, char *argv[])
{
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
    setOnServer(backend == "postgresql");
    // The server's run, with no server: skipped, and said (CTest reports code 77 as skipped).
    if (const QString why = serverUnavailable(); !why.isEmpty()) {
        std::fprintf(stderr, "PostgreSQL tests skipped: %s\n", qPrintable(why));
        return skippedExitCode;
    }
    return session.run();
}

} // namespace pepin::test
