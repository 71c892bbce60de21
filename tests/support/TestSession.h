// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pepin::test {

// Runs the test cases the command line asks for, with Catch2's options and one of Pépin's:
// --backend sqlite|postgresql, the engine the tests store into (TestServer.h). The server's run
// with no server to reach is skipped, and says why. Called by the test programs' mains once
// their application object exists.
int runTests(int argc, char *argv[]);

} // namespace pepin::test
