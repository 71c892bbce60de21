// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/Store.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace pepin::test {

// A fresh database in its own temporary folder, removed with it. Each has its own connection
// name, so tests can run in parallel.
class TestDatabase
{
public:
    TestDatabase();

    Store &store() { return *m_store; }
    Store *operator->() { return m_store.get(); }
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

// The file's bytes, to check that something left it untouched.
QByteArray fileBytes(const QString &path);

// Empty when the two are the same bytes; else their sizes and the first offset where they
// differ (printing whole binary files in a failure helps nobody).
QString byteDifference(const QByteArray &actual, const QByteArray &expected);

} // namespace pepin::test
