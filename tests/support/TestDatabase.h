// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/Store.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace pepin::test {

// A fresh database in its own temporary folder, removed with it. Each has its own connection
// name, so tests can run in parallel. On the server's run (TestServer.h), a fresh database on the
// server, dropped with it; the folder is still there for the files a test writes.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    Store &store() { return *m_store; }
    Store *operator->() { return m_store.get(); }
    // The database file's path, or the server database's address.
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // A path in the same temporary folder.
    QString file(const QString &name) const { return m_dir.filePath(name); }

    // Closes the database (to inspect the file or reopen it).
    void close() { m_store.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

// The ways a Database reads, for GENERATE(from_range(readPaths())) around setNativeReads(): on a
// file through SQLite's own interface and through Qt Sql; on a server, Qt Sql.
enum class ReadPath { Native, QtSql };
std::vector<ReadPath> readPaths();

// The file's bytes, to check that something left it untouched.
QByteArray fileBytes(const QString &path);

// Empty when the two are the same bytes; else their sizes and the first offset where they
// differ (printing whole binary files in a failure helps nobody).
QString byteDifference(const QByteArray &actual, const QByteArray &expected);

} // namespace pepin::test
