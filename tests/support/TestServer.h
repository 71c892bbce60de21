// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <QTemporaryDir>

#include <memory>

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

// The one user of the test server that must give a password (scripts/test-server), and it.
inline constexpr char passwordUser[] = "pepin_password";
inline constexpr char passwordOfPasswordUser[] = "pepin-test-password";

// A new, empty database on the server, and its address.
QString createServerDatabase();
// Drops the database at `address`, its connections closed.
void dropServerDatabase(const QString &address);

// Lets the event loop run (what the server sends arrives through it) until `done` holds or `ms`
// have passed; returns whether it holds.
template<typename Condition>
bool waitFor(Condition done, int ms = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

// A new, empty database on the server for one test, dropped with it.
class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    // Its address for another user of the server (empty: the one it was made by).
    QString addressOf(const QString &user) const;
    Result<std::unique_ptr<Store>> tryOpenAs(const QString &user, Database::Mode mode = Database::Mode::OpenExisting) const;
    // As tryOpenAs(), failing the test when it cannot be opened.
    std::unique_ptr<Store> openAs(const QString &user, Database::Mode mode = Database::Mode::OpenExisting) const;
    std::unique_ptr<Store> open(Database::Mode mode) const { return openAs(QString(), mode); }

    const QString address;
};

// Where the programs of a test meet, and a folder for the files it writes: on the server's pass, a
// new database there (dropped with it); otherwise the file `fileName` in that folder.
class SharedDatabase
{
public:
    explicit SharedDatabase(const QString &fileName);

    QString location() const { return m_server ? m_server->address : m_dir.filePath(m_fileName); }
    // A file in the test's folder.
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_fileName;
    std::unique_ptr<ServerDatabase> m_server;
};

} // namespace pepin::test
