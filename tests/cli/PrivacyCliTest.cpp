// SPDX-License-Identifier: GPL-3.0-or-later
// pepin-cli history and privacy due|erase|export, as a user types them.
#include "CatchQt.h"
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pepin;
using namespace pepin::test;

namespace {

// Two companies: Praxys left on 30/06/2020, its contact still on file; Gamma is a tenant.
void fill(CliDatabase &incubator)
{
    incubator.run({"add", "site", "Ateliers"});
    incubator.run({"add", "office", "--site", "Ateliers", "--code", "B12", "--area", "20", "--workstations", "2"});
    incubator.run({"add", "company", "--name", "Praxys", "--contact", "Claire Martin", "--email", "claire@praxys.fr",
                   "--phone", "06 12 34 56 78"});
    incubator.run({"add", "lease", "--company", "Praxys", "--site", "Ateliers", "--office", "B12", "--start", "2018-07-01",
                   "--end", "2020-06-30", "--type", "precaire", "--monthly-rent", "300"});
    incubator.run({"add", "company", "--name", "Gamma", "--email", "contact@gamma.fr"});
    incubator.run({"add", "lease", "--company", "Gamma", "--site", "Ateliers", "--office", "B12", "--start", "2021-01-01",
                   "--type", "commercial", "--monthly-rent", "450"});
}

} // namespace

TEST_CASE("pepin-cli history lists every change, filters it and writes it to CSV", "[cli][audit]")
{
    CliDatabase incubator;
    fill(incubator);
    incubator.run({"edit", "company", "--company", "Gamma", "--phone", "03 27 00 00 00"});

    const CliRun all = incubator.run({"history"});
    CHECK(all.out.contains(QStringLiteral("Praxys in B12 (Ateliers)")));
    const CliRun gamma = incubator.run({"history", "--search", "gamma", "--limit", "1"});
    const QStringList lines = gamma.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3); // titles, rule, the phone changed
    CHECK(lines[2].contains(QStringLiteral("Changed")));
    CHECK(lines[2].contains(QStringLiteral("Phone")));
    CHECK(lines[2].endsWith(QStringLiteral("03 27 00 00 00")));

    const QString csv = incubator.file(QStringLiteral("history.csv"));
    incubator.run({QStringLiteral("history"), QStringLiteral("--entity"), QStringLiteral("company"), QStringLiteral("-o"), csv});
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.startsWith(QStringLiteral("at,user,program,action,entity,record_id,label,field,before,after\r\n")));
    CHECK(text.contains(QStringLiteral(",update,company,")));
    CHECK_FALSE(text.contains(QStringLiteral(",lease,")));
    CHECK((file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == QFileDevice::Permissions());

    CHECK(incubator.run({"history", "--entity", "planet"}, 2).err.contains(QStringLiteral("'planet' is not a kind of record")));
    CHECK(incubator.run({"history", "--from", "31/02/2026"}, 2).err.contains(QStringLiteral("is not a date")));
    CHECK(incubator.run({"history", "--id", "3"}, 2).err.contains(QStringLiteral("--id needs --entity")));
}

TEST_CASE("pepin-cli privacy lists the former tenants due, erases their personal data and exports a company's", "[cli][privacy]")
{
    CliDatabase incubator;
    fill(incubator);

    const QJsonObject exported = incubator.json({"privacy", "export", "--company", "Praxys"});
    CHECK(exported.value(QStringLiteral("company")).toObject().value(QStringLiteral("email")).toString() == QStringLiteral("claire@praxys.fr"));
    CHECK(exported.value(QStringLiteral("leases")).toArray().size() == 1);

    CHECK(incubator.run({"privacy", "due"}).out.contains(QStringLiteral("Praxys")));
    CHECK(incubator.run({"privacy", "due", "--years", "7"}).out.contains(QStringLiteral("No former tenant")));
    CHECK(incubator.run({"privacy", "due", "--years", "-1"}, 2).err.contains(QStringLiteral("is not a number of years")));

    CHECK(incubator.run({"privacy", "erase", "--due", "--dry-run"}).out
          == QStringLiteral("Would erase the personal data of Praxys.\n"));
    CHECK(incubator.run({"privacy", "due", "--format", "csv"}).out.contains(QStringLiteral("Praxys,,2020-06-30")));

    const CliRun erased = incubator.run({"privacy", "erase", "--due"});
    CHECK(erased.out.startsWith(QStringLiteral("Erased the personal data of Praxys (1 record).\n")));
    const QJsonObject after = incubator.json({"privacy", "export", "--company", "Praxys"});
    CHECK(after.value(QStringLiteral("company")).toObject().value(QStringLiteral("email")).toString().isEmpty());
    CHECK_FALSE(QJsonDocument(after).toJson().contains("claire"));
    CHECK(incubator.run({"history", "--search", "Praxys"}).out.contains(QStringLiteral("Personal data erased")));
    CHECK_FALSE(incubator.run({"history"}).out.contains(QStringLiteral("claire")));
    CHECK(incubator.run({"privacy", "due"}).out.contains(QStringLiteral("No former tenant")));

    SECTION("on request, for a tenant still in place")
    {
        incubator.run({"privacy", "erase", "--company", "Gamma"});
        CHECK(incubator.json({"privacy", "export", "--company", "Gamma"})
                  .value(QStringLiteral("company")).toObject().value(QStringLiteral("email")).toString().isEmpty());
    }
    SECTION("bad usage")
    {
        CHECK(incubator.run({"privacy", "erase"}, 1).err.contains(QStringLiteral("--company NAME or --due")));
        CHECK(incubator.run({"privacy", "erase", "--company", "Nobody"}, 2).err.contains(QStringLiteral("no company named 'Nobody'")));
    }
}
