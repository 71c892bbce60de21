// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "CatchQt.h"
#include "TestServer.h"

#include <QFile>

namespace pepin::test {

TestDatabase::TestDatabase()
    : m_path(onServer() ? createServerDatabase() : m_dir.filePath(QStringLiteral("pepin.db")))
{
    REQUIRE(m_dir.isValid());
    Result<std::unique_ptr<Store>> opened = Store::open(m_path, Database::Mode::CreateIfMissing);
    if (!opened)
        FAIL(opened.error().message().toStdString());
    m_store = std::move(opened).value();
}

TestDatabase::~TestDatabase()
{
    m_store.reset();
    if (onServer())
        dropServerDatabase(m_path);
}

void TestDatabase::reopen()
{
    m_store.reset();
    Result<std::unique_ptr<Store>> opened = Store::open(m_path, Database::Mode::OpenExisting);
    if (!opened)
        FAIL(opened.error().message().toStdString());
    m_store = std::move(opened).value();
}

std::vector<ReadPath> readPaths()
{
    if (onServer())
        return {ReadPath::QtSql};
    return {ReadPath::Native, ReadPath::QtSql};
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString byteDifference(const QByteArray &actual, const QByteArray &expected)
{
    if (actual == expected)
        return {};
    qsizetype offset = 0;
    while (offset < actual.size() && offset < expected.size() && actual[offset] == expected[offset])
        ++offset;
    return QStringLiteral("%1 bytes where %2 were expected, differing from offset %3")
        .arg(actual.size())
        .arg(expected.size())
        .arg(offset);
}

} // namespace pepin::test
