// SPDX-License-Identifier: GPL-3.0-or-later
// pepin-cli migrate --to: a file copied to a server database and back (service/Transfer.h). Run on
// the server's pass only ([server]).
#include "CatchQt.h"

#include "PlainConnection.h"
#include "TestServer.h"

#include "demo/DemoData.h"
#include "service/Store.h"
#include "service/Transfer.h"
#include "util/Clock.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace pepin;
using namespace pepin::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate today(2026, 11, 29);

std::unique_ptr<Store> openStore(const QString &location, Database::Mode mode)
{
    Result<std::unique_ptr<Store>> store = Store::open(location, mode);
    if (!store)
        FAIL(store.error().message().toStdString());
    return std::move(store).value();
}

// Every row of `table`, each written out whole, in the order of its first columns.
QStringList rowsOf(const QString &file, const QString &table)
{
    PlainConnection connection(file);
    QSqlQuery query(connection.connection());
    REQUIRE(query.exec(u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(table)));
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int c = 0; c < query.record().count(); ++c)
            values << (query.isNull(c) ? u"NULL"_s : query.value(c).toString());
        rows << values.join(u'|');
    }
    return rows;
}

} // namespace

TEST_CASE("a database copied to a server and back is the same, row for row, history included", "[server][transfer]")
{
    QTemporaryDir dir;
    const QString original = dir.filePath(u"ateliers.db"_s);
    {
        const std::unique_ptr<Store> store = openStore(original, Database::Mode::CreateIfMissing);
        REQUIRE(DemoData::populate(*store, Clock::fixed(today)));
    }
    const QString server = createServerDatabase();
    const QString back = dir.filePath(u"back.db"_s);
    {
        const std::unique_ptr<Store> source = openStore(original, Database::Mode::OpenExisting);
        const Result<Transfer::Report> there = Transfer::run(*source, server, today);
        REQUIRE(there);
        CHECK(there->rows.size() == Transfer::tables.size());
        CHECK(there->occupancy.date == today);
        CHECK(there->occupancy.offices.total > 0);
    }
    {
        const std::unique_ptr<Store> onServer = openStore(server, Database::Mode::OpenExisting);
        CHECK(onServer->companies().size() == 24);
        const Result<Transfer::Report> home = Transfer::run(*onServer, back, today);
        REQUIRE(home);
        // The server's copy goes on: its next records follow those copied.
        Company added;
        added.name = u"Nouvelle entreprise"_s;
        const Result<Company> stored = onServer->addCompany(added);
        REQUIRE(stored);
        CHECK(stored->id > onServer->companies().first().id);
    }
    for (const QString &table : Transfer::tables) {
        INFO(table.toStdString());
        const QStringList before = rowsOf(original, table);
        CHECK_FALSE(before.isEmpty());
        CHECK(rowsOf(back, table) == before);
    }
    dropServerDatabase(server);
}

TEST_CASE("a copy never overwrites: not a file that exists, not a server database that holds Pépin's", "[server][transfer]")
{
    QTemporaryDir dir;
    const QString original = dir.filePath(u"ateliers.db"_s);
    const std::unique_ptr<Store> source = openStore(original, Database::Mode::CreateIfMissing);

    const Result<Transfer::Report> ontoItself = Transfer::run(*source, original, today);
    REQUIRE_FALSE(ontoItself);
    CHECK(ontoItself.error().message().contains(u"already exists; it was left as it is"_s));

    const QString server = createServerDatabase();
    (void)openStore(server, Database::Mode::CreateIfMissing);
    const Result<Transfer::Report> ontoPepin = Transfer::run(*source, server, today);
    REQUIRE_FALSE(ontoPepin);
    CHECK(ontoPepin.error().message().contains(u"already holds a Pépin database; it was left as it is"_s));
    CHECK(PlainConnection(server).scalar(u"SELECT count(*) FROM sectors"_s).toInt() == 7);

    // An older Pépin database is refused as it is, not updated first.
    PlainConnection(server).exec(u"UPDATE pepin_meta SET value = '4' WHERE key = 'schema_version'"_s);
    const Result<Transfer::Report> ontoOlder = Transfer::run(*source, server, today);
    REQUIRE_FALSE(ontoOlder);
    CHECK(ontoOlder.error().message().contains(u"already holds a Pépin database; it was left as it is"_s));
    CHECK(PlainConnection(server).scalar(u"SELECT value FROM pepin_meta WHERE key = 'schema_version'"_s).toString() == u"4"_s);
    dropServerDatabase(server);
}
