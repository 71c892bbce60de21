// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pepin::test {

// The core and storage tests run twice: on SQLite files, and on a PostgreSQL server, where CTest
// runs them with --backend postgresql. The server is the one at PEPIN_TEST_SERVER (the address
// of a database to connect to first; scripts/test starts a throw-away one); each TestDatabase
// is a new database of its own there, dropped with it. Tests about files themselves are tagged
// [file] and run on SQLite only.

// Whether this run is the server's (set once, by the test program's main).
bool onServer();
void setOnServer(bool on);

// What a test program returns when it was skipped (CTest's SKIP_RETURN_CODE).
constexpr int skippedExitCode = 77;

// Why the server's run cannot go on (PEPIN_TEST_SERVER unset, the server out of reach), in a
// sentence; empty when it can, or when this run is not the server's.
QString serverUnavailable();

// A new, empty database on the server, and its address.
QString createServerDatabase();
// Drops the database at `address`, its connections closed.
void dropServerDatabase(const QString &address);

} // namespace pepin::test
