// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pepin;
using namespace pepin::test;

// pepin-cli suggest: the offices for a company that needs space, ranked, with the reasons.

namespace {

// For 24 m² and 3 workstations in 2027: A1 fits exactly, A2 is larger, Tiny too small, B1 on
// floor 2 fits exactly, C1 is let to Praxys until 31/03/2027.
struct Annexe : CliDatabase
{
    Annexe()
    {
        run({"add", "site", "Annexe"});
        run({"add", "office", "--site", "Annexe", "--code", "A1", "--area", "24", "--workstations", "3", "--floor", "1",
             "--rent-m2-year", "120"});
        run({"add", "office", "--site", "Annexe", "--code", "A2", "--area", "30", "--workstations", "4", "--floor", "1"});
        run({"add", "office", "--site", "Annexe", "--code", "B1", "--area", "24", "--workstations", "3", "--floor", "2"});
        run({"add", "office", "--site", "Annexe", "--code", "C1", "--area", "24", "--workstations", "3", "--floor", "1"});
        run({"add", "office", "--site", "Annexe", "--code", "Tiny", "--area", "9", "--workstations", "1", "--floor", "1"});
        run({"add", "company", "--name", "Praxys"});
        run({"add", "lease", "--company", "Praxys", "--site", "Annexe", "--office", "C1", "--start", "2026-01-01", "--end",
             "2027-03-31"});
    }
};

QStringList offices(const QJsonArray &candidates)
{
    QStringList codes;
    for (const QJsonValue &candidate : candidates)
        codes << candidate.toObject().value(QStringLiteral("office")).toString();
    return codes;
}

} // namespace

TEST_CASE("suggest ranks the free offices and lists the partly free ones apart", "[cli][suggest]")
{
    Annexe annexe;
    const QJsonObject json = annexe.json({"suggest", "--area", "24", "--workstations", "3", "--from", "2027-01-01",
                                          "--months", "12", "--format", "json"});
    CHECK(json.value(QStringLiteral("to")).toString() == QStringLiteral("2027-12-31"));
    const QJsonArray free = json.value(QStringLiteral("free")).toArray();
    CHECK(offices(free) == QStringList{QStringLiteral("A1"), QStringLiteral("B1"), QStringLiteral("A2")});
    const QJsonObject a1 = free.first().toObject();
    CHECK(a1.value(QStringLiteral("excess")).toDouble() == 0);
    // 24 m² at 120 € a year is 240 € a month; the first year at 70 %.
    CHECK(a1.value(QStringLiteral("rent_steps")).toArray().first().toObject().value(QStringLiteral("monthly_rent")).toDouble()
          == 168.0);
    CHECK(a1.value(QStringLiteral("reasons")).toArray().first().toString().contains(QStringLiteral("exactly the need")));

    const QJsonArray partly = json.value(QStringLiteral("partly_free")).toArray();
    REQUIRE(offices(partly) == QStringList{QStringLiteral("C1")});
    const QJsonObject c1 = partly.first().toObject();
    const QJsonObject conflict = c1.value(QStringLiteral("conflicts")).toArray().first().toObject();
    CHECK(conflict.value(QStringLiteral("company")).toString() == QStringLiteral("Praxys"));
    CHECK(conflict.value(QStringLiteral("last_day")).toString() == QStringLiteral("2027-03-31"));
    const QJsonObject stretch = c1.value(QStringLiteral("free_periods")).toArray().first().toObject();
    CHECK(stretch.value(QStringLiteral("from")).toString() == QStringLiteral("2027-04-01"));
    CHECK(stretch.value(QStringLiteral("to")).toString() == QStringLiteral("2027-12-31"));
}

TEST_CASE("suggest puts the preferred floor first and prints the reasons", "[cli][suggest]")
{
    Annexe annexe;
    const CliRun text = annexe.run({"--lang", "en", "suggest", "--area", "24", "--workstations", "3", "--from", "2027-01-01",
                                    "--to", "2027-12-31", "--floor", "2", "--site", "Annexe"});
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 2);
    CHECK(lines[1].startsWith(QStringLiteral("1. B1 (Annexe)")));
    CHECK(text.out.contains(QStringLiteral("On the preferred floor (2).")));
    CHECK(text.out.contains(QStringLiteral("On floor 1, not the preferred floor 2.")));
    CHECK(text.out.contains(QStringLiteral("Free for only part of the period:")));
    CHECK(text.out.contains(QStringLiteral("Praxys")));

    const CliRun csv = annexe.run({"suggest", "--area", "24", "--workstations", "3", "--from", "2027-01-01", "--months", "12",
                                   "--kind", "private", "--format", "csv"});
    const QStringList rows = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 5);
    CHECK(rows[0].startsWith(QStringLiteral("rank,availability,site,office,floor,kind,area_m2,workstations,monthly_rent")));
    CHECK(rows[1].startsWith(QStringLiteral("1,free,Annexe,A1,1,private,24,3,168.00,0,")));
    CHECK(rows[4].startsWith(QStringLiteral(",partly_free,Annexe,C1,")));
}

TEST_CASE("suggest refuses a request it cannot answer", "[cli][suggest]")
{
    Annexe annexe;
    // Neither --months nor --to, or both: bad usage.
    CHECK(annexe.run({"suggest", "--area", "24", "--workstations", "3", "--from", "2027-01-01"}, 1).err.contains(
        QStringLiteral("--months")));
    annexe.run({"suggest", "--area", "24", "--workstations", "3", "--from", "2027-01-01", "--months", "3", "--to",
                "2027-12-31"},
               1);
    annexe.run({"suggest", "--area", "24", "--workstations", "3", "--from", "2027-01-01", "--months", "3", "--kind", "big"}, 1);
    // Invalid values: invalid input.
    CHECK(annexe.run({"suggest", "--area", "lots", "--workstations", "3", "--from", "2027-01-01", "--months", "3"}, 2)
              .err.contains(QStringLiteral("lots")));
    CHECK(annexe.run({"suggest", "--area", "24", "--workstations", "3", "--from", "2027-01-01", "--to", "2026-12-31"}, 2)
              .err.contains(QStringLiteral("before it starts")));
    CHECK(annexe.run({"suggest", "--area", "24", "--workstations", "3", "--from", "2027-01-01", "--months", "3", "--site",
                      "Nowhere"},
                     2)
              .err.contains(QStringLiteral("Nowhere")));
    annexe.run({"suggest", "--area", "24", "--workstations", "3", "--from", "2027-01-01", "--months", "0"}, 2);
}
