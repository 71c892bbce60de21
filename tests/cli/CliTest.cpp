// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "CliRunner.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace pepin;
using namespace pepin::test;

namespace {

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// A database with one site, two offices (a private one and a shared one) and two companies.
struct Incubator : CliDatabase
{
    Incubator()
    {
        run({"add", "site", "Ateliers"});
        run({"add", "office", "--site", "Ateliers", "--code", "B12", "--area", "24,5", "--workstations", "3",
             "--rent-m2-year", "120"});
        run({"add", "office", "--site", "Ateliers", "--code", "OPEN", "--area", "80", "--workstations", "10", "--kind",
             "shared"});
        run({"add", "company", "--name", "Praxys", "--sector", "IT services", "--siret", "732 829 320 00074"});
        run({"add", "company", "--name", "PNT", "--sector", "Multimédia"});
    }

    qsizetype leaseCount()
    {
        const QJsonDocument json = QJsonDocument::fromJson(run({"leases", "--format", "json"}).out.toUtf8());
        return json.array().size();
    }
};

} // namespace

TEST_CASE("init creates a Pépin database and refuses to overwrite one", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.db"));
    CliRun created = cli(db, {QStringLiteral("init")});
    REQUIRE(created.code == 0);
    CHECK(created.out.contains(QStringLiteral("new.db")));
    CHECK(QFile::exists(db));
    CHECK((QFile::permissions(db) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);

    const QByteArray before = fileBytes(db);
    CliRun again = cli(db, {QStringLiteral("init"), QStringLiteral("--demo")});
    CHECK(again.code == 2);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(fileBytes(db) == before);
}

TEST_CASE("init --demo builds the Ateliers numériques and lists its companies as JSON", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(cli(db, {QStringLiteral("init"), QStringLiteral("--demo")}).code == 0);

    CliRun companies = cli(db, {QStringLiteral("companies"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(companies.code == 0);
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(companies.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    QStringList names;
    for (const QJsonValue &company : json.array())
        names << company.toObject().value(QStringLiteral("name")).toString();
    for (const char *expected : {"Praxys", "Soleas.Net", "E-Software", "PNT", "Technique et Son", "3ISN", "Comau Service", "Amito"})
        CHECK(names.contains(QString::fromUtf8(expected)));
    // Invented contacts only.
    for (const QJsonValue &company : json.array()) {
        const QString email = company.toObject().value(QStringLiteral("email")).toString();
        CHECK((email.isEmpty() || email.endsWith(QStringLiteral(".example.org"))));
        CHECK(company.toObject().value(QStringLiteral("siret")).toString().isEmpty());
    }

    CliRun check = cli(db, {QStringLiteral("check")});
    CHECK(check.code == 0);
    CHECK(check.out.contains(QStringLiteral("no problem found")));
}

TEST_CASE("a database that cannot be used gives exit code 3 and stays as it was", "[cli]")
{
    QTemporaryDir dir;
    SECTION("missing")
    {
        const QString db = dir.filePath(QStringLiteral("missing.db"));
        CliRun run = cli(db, {QStringLiteral("companies")});
        CHECK(run.code == 3);
        CHECK(run.err.contains(QStringLiteral("does not exist")));
        CHECK(run.err.contains(QStringLiteral("init")));
        CHECK_FALSE(QFile::exists(db));
    }
    SECTION("not a database")
    {
        const QString db = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(db);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("company;area\nPraxys;24,5\n");
        file.close();
        const QByteArray before = fileBytes(db);
        CliRun run = cli(db, {QStringLiteral("offices")});
        CHECK(run.code == 3);
        CHECK(run.err.contains(QStringLiteral("not an SQLite file")));
        CHECK(fileBytes(db) == before);
        CHECK(lines(run.err).size() == 1);
    }
}

TEST_CASE("records are added, listed, edited and archived from the command line", "[cli]")
{
    Incubator incubator;
    CliRun added = incubator.run({"add", "lease", "--company", "Praxys", "--site", "Ateliers", "--office", "B12", "--start",
                                  "01/01/2026", "--end", "2028-12-31", "--monthly-rent", "245", "--type", "derogatoire"});
    CHECK(added.out.contains(QStringLiteral("Praxys")));

    CliRun csv = incubator.run({"leases", "--format", "csv"});
    const QStringList rows = lines(csv.out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == QStringLiteral("id,company,site,office,start,end,terminated_on,workstations,type,monthly_rent,"
                                    "monthly_charges,deposit,notice_months,cancelled,notes\r"));
    CHECK(rows[1].startsWith(QStringLiteral("1,Praxys,Ateliers,B12,2026-01-01,2028-12-31,,3,derogatoire,245.00,")));

    incubator.run({"edit", "office", "--site", "Ateliers", "--code", "B12", "--floor", "1", "--new-code", "B12bis"});
    CliRun offices = incubator.run({"offices", "--format", "json"});
    const QJsonArray list = QJsonDocument::fromJson(offices.out.toUtf8()).array();
    REQUIRE(list.size() == 2);
    const QJsonObject first = list.at(0).toObject();
    CHECK(first.value(QStringLiteral("code")).toString() == QStringLiteral("B12bis"));
    CHECK(first.value(QStringLiteral("floor")).toString() == QStringLiteral("1"));
    CHECK(first.value(QStringLiteral("area_m2")).toDouble() == 24.5);
    CHECK(first.value(QStringLiteral("rent_m2_year")).toDouble() == 120.0);

    incubator.run({"archive", "company", "--company", "PNT"});
    CliRun companies = incubator.run({"companies", "--format", "csv"});
    CHECK(companies.out.contains(QStringLiteral(",PNT,")));
    CHECK(companies.out.contains(QStringLiteral("true\r\n")));
}

TEST_CASE("an overlapping lease is refused with its reason and nothing is written", "[cli]")
{
    Incubator incubator;
    incubator.run({"add", "lease", "--company", "Praxys", "--site", "Ateliers", "--office", "B12", "--start", "2026-01-01",
                   "--end", "2026-12-31"});
    CliRun refused = incubator.run({"add", "lease", "--company", "PNT", "--site", "Ateliers", "--office", "B12", "--start",
                                    "2026-06-01", "--end", "2027-05-31"},
                                   2);
    CHECK(refused.err.contains(QStringLiteral("already let to Praxys")));
    CHECK(refused.err.startsWith(QStringLiteral("pepin-cli: add lease: --start: ")));
    CHECK(incubator.leaseCount() == 1);

    // The day after the first lease's last day is free.
    incubator.run({"add", "lease", "--company", "PNT", "--site", "Ateliers", "--office", "B12", "--start", "2027-01-01"});
    CHECK(incubator.leaseCount() == 2);
}

TEST_CASE("a shared office never takes more workstations than it has", "[cli]")
{
    Incubator incubator;
    incubator.run({"add", "lease", "--company", "Praxys", "--site", "Ateliers", "--office", "OPEN", "--start", "2026-01-01",
                   "--workstations", "6"});
    CliRun refused = incubator.run({"add", "lease", "--company", "PNT", "--site", "Ateliers", "--office", "OPEN", "--start",
                                    "2026-03-01", "--end", "2026-06-30", "--workstations", "5"},
                                   2);
    CHECK(refused.err.contains(QStringLiteral("--workstations")));
    CHECK(refused.err.contains(QStringLiteral("6 of the 10")));
    incubator.run({"add", "lease", "--company", "PNT", "--site", "Ateliers", "--office", "OPEN", "--start", "2026-03-01",
                   "--end", "2026-06-30", "--workstations", "4"});
    CHECK(incubator.leaseCount() == 2);
}

TEST_CASE("bad values name their option, and nothing is written", "[cli]")
{
    Incubator incubator;
    SECTION("a number that does not parse")
    {
        CliRun run = incubator.run({"add", "office", "--site", "Ateliers", "--code", "X1", "--area", "vingt", "--workstations", "2"}, 2);
        CHECK(run.err == QStringLiteral("pepin-cli: --area: 'vingt' is not a number (write 24.5 or 24,5).\n"));
    }
    SECTION("zero workstations")
    {
        CliRun run = incubator.run({"add", "office", "--site", "Ateliers", "--code", "X1", "--area", "12", "--workstations", "0"}, 2);
        CHECK(run.err.contains(QStringLiteral("--workstations: An office has at least one workstation.")));
    }
    SECTION("an end before the start")
    {
        CliRun run = incubator.run({"add", "lease", "--company", "Praxys", "--site", "Ateliers", "--office", "B12", "--start",
                                    "2026-05-01", "--end", "2026-04-30"},
                                   2);
        CHECK(run.err.contains(QStringLiteral("--end: The lease ends (30/04/2026) before it starts (01/05/2026).")));
        CHECK(incubator.leaseCount() == 0);
    }
    SECTION("a date that does not exist")
    {
        CliRun run = incubator.run({"add", "lease", "--company", "Praxys", "--site", "Ateliers", "--office", "B12", "--start",
                                    "31/02/2026"},
                                   2);
        CHECK(run.err.contains(QStringLiteral("--start: '31/02/2026' is not a date")));
    }
    SECTION("an invalid SIRET")
    {
        CliRun run = incubator.run({"add", "company", "--name", "Soleas.Net", "--siret", "73282932000075"}, 2);
        CHECK(run.err.contains(QStringLiteral("--siret: The SIRET 73282932000075 is not valid")));
    }
    SECTION("missing required options are all listed")
    {
        CliRun run = incubator.run({"add", "office", "--code", "X1"}, 2);
        CHECK(run.err.contains(QStringLiteral("--site: is required.")));
        CHECK(run.err.contains(QStringLiteral("--area: is required.")));
        CHECK(run.err.contains(QStringLiteral("--workstations: is required.")));
    }
    CliRun offices = incubator.run({"offices", "--format", "csv"});
    CHECK(lines(offices.out).size() == 3);
}

TEST_CASE("a company or an office with leases is archived, not removed", "[cli]")
{
    Incubator incubator;
    incubator.run({"add", "lease", "--company", "Praxys", "--site", "Ateliers", "--office", "B12", "--start", "2026-01-01"});
    CliRun company = incubator.run({"remove", "company", "--company", "Praxys"}, 2);
    CHECK(company.err.contains(QStringLiteral("archive it instead")));
    CliRun office = incubator.run({"remove", "office", "--site", "Ateliers", "--code", "B12"}, 2);
    CHECK(office.err.contains(QStringLiteral("archive it instead")));
    incubator.run({"remove", "company", "--company", "PNT"});
    CHECK_FALSE(incubator.run({"companies"}).out.contains(QStringLiteral("PNT")));
}

TEST_CASE("bad usage gives exit code 1 and a hint", "[cli]")
{
    Incubator incubator;
    CHECK(incubator.run({"frobnicate"}, 1).err.contains(QStringLiteral("Unknown command 'frobnicate'")));
    CHECK(incubator.run({"add"}, 1).err.contains(QStringLiteral("add site, add office")));
    CHECK(incubator.run({"companies", "--format", "xml"}, 1).err.contains(QStringLiteral("--format takes text, csv or json")));
    CHECK(incubator.run({"offices", "--colour"}, 1).err.contains(QStringLiteral("colour")));
}

TEST_CASE("every command has its help", "[cli]")
{
    Incubator incubator;
    CliRun help = incubator.run({"--help"});
    for (const char *command : {"init", "check", "companies", "add lease", "edit office", "archive company"})
        CHECK(help.out.contains(QString::fromLatin1(command)));
    CliRun office = incubator.run({"add", "office", "--help"});
    CHECK(office.out.contains(QStringLiteral("--rent-m2-year EUR")));
    CHECK(office.out.contains(QStringLiteral("--until DATE")));
}

TEST_CASE("text tables are aligned and formatted for the language", "[cli]")
{
    Incubator incubator;
    CliRun english = incubator.run({"offices"});
    const QStringList rows = lines(english.out);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].startsWith(QStringLiteral("Id  Site")));
    CHECK(rows[2].contains(QStringLiteral("24.5")));
    // Columns line up: the office code starts at the same place on every row.
    const qsizetype column = rows[0].indexOf(QStringLiteral("Office"));
    CHECK(rows[2].mid(column, 3) == QStringLiteral("B12"));
    CHECK(rows[3].mid(column, 4) == QStringLiteral("OPEN"));

    CliRun french = incubator.run({"--lang", "fr", "offices"});
    CHECK(french.out.contains(QStringLiteral("24,5")));
    CHECK(french.out.contains(QStringLiteral("120,00")));
}

TEST_CASE("a pinned today decides which headcount the lists show", "[cli]")
{
    Incubator incubator;
    incubator.run({"edit", "company", "--company", "PNT", "--headcount", "4"});
    const QJsonArray companies = QJsonDocument::fromJson(incubator.run({"companies", "--format", "json"}).out.toUtf8()).array();
    bool seen = false;
    for (const QJsonValue &value : companies) {
        const QJsonObject company = value.toObject();
        if (company.value(QStringLiteral("name")).toString() == QStringLiteral("PNT")) {
            CHECK(company.value(QStringLiteral("headcount")).toInt() == 4);
            seen = true;
        }
    }
    CHECK(seen);
    CliRun before = cli(incubator.db, {QStringLiteral("companies"), QStringLiteral("--format"), QStringLiteral("json")},
                        QStringLiteral("2026-11-28"));
    CHECK(before.out.contains(QStringLiteral("\"headcount\": null")));
}

TEST_CASE("messages and figures are in French with --lang fr", "[cli]")
{
    Incubator incubator;
    incubator.run({"add", "lease", "--company", "Praxys", "--site", "Ateliers", "--office", "B12", "--start", "2026-01-01"});
    CliRun refused = incubator.run({"--lang", "fr", "add", "lease", "--company", "PNT", "--site", "Ateliers", "--office", "B12",
                                    "--start", "2026-06-01"},
                                   2);
    CHECK(refused.err.contains(QStringLiteral("est déjà loué à Praxys")));
    CHECK(refused.err.contains(QStringLiteral("01/01/2026")));
    CliRun area = incubator.run({"--lang", "fr", "add", "office", "--site", "Ateliers", "--code", "X", "--area", "vingt",
                                 "--workstations", "2"},
                                2);
    CHECK(area.err == QStringLiteral("pepin-cli: --area: «\u00a0vingt\u00a0» n’est pas un nombre (écrivez 24,5 ou 24.5).\n"));
    // A usage error among the global options is already in the language asked for.
    CliRun usage = cli(incubator.db, {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--colour")});
    CHECK(usage.code == 1);
    CHECK_FALSE(usage.err.contains(QStringLiteral("Unknown option")));
}

TEST_CASE("generate builds a synthetic network, and refuses bad sizes or an existing file", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("network.db"));
    CliRun made = cli(db, {QStringLiteral("generate"), QStringLiteral("--sites"), QStringLiteral("2"),
                           QStringLiteral("--offices"), QStringLiteral("30"), QStringLiteral("--companies"),
                           QStringLiteral("200"), QStringLiteral("--years"), QStringLiteral("8")});
    REQUIRE(made.code == 0);
    CHECK(made.out.contains(QStringLiteral("2 sites, 30 offices, 200 companies")));
    CHECK(cli(db, {QStringLiteral("check")}).code == 0);
    CliRun listed = cli(db, {QStringLiteral("companies"), QStringLiteral("--format"),
                             QStringLiteral("csv")});
    CHECK(listed.out.count(QLatin1Char('\n')) == 201); // the header and 200 companies

    const QByteArray before = fileBytes(db);
    CliRun again = cli(db, {QStringLiteral("generate")});
    CHECK(again.code == 2);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(fileBytes(db) == before);

    const QString other = dir.filePath(QStringLiteral("other.db"));
    CliRun badScale = cli(other, {QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("huge")});
    CHECK(badScale.code == 2);
    CHECK(badScale.err.contains(QStringLiteral("--scale")));
    CliRun badCount = cli(other, {QStringLiteral("generate"), QStringLiteral("--sites"), QStringLiteral("0"),
                                  QStringLiteral("--years"), QStringLiteral("ten")});
    CHECK(badCount.code == 2);
    CHECK(badCount.err.contains(QStringLiteral("--sites")));
    CHECK(badCount.err.contains(QStringLiteral("'ten'")));
    CHECK_FALSE(QFile::exists(other));
}

TEST_CASE("server init-roles refuses a database file, which has no roles", "[cli]")
{
    CliDatabase incubator;
    const CliRun refused = incubator.run({"server", "init-roles", "--manager", "anne"}, 3);
    CHECK(refused.err.contains(QStringLiteral("server init-roles: %1 is a file: roles exist on a PostgreSQL server only")
                                   .arg(QDir::toNativeSeparators(incubator.db))));
    CHECK(refused.out.isEmpty());
    CHECK(incubator.run({"--help"}).out.contains(QStringLiteral("server init-roles")));
}
