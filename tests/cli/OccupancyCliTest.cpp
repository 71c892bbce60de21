// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "CliRunner.h"

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

} // namespace

TEST_CASE("occupancy --at prints the figures of the day in the documented JSON shape", "[cli][occupancy]")
{
    Demo demo;
    const QJsonObject printed = demo.json({"occupancy", "--at", "2026-11-29", "--format", "json"});
    // DESIGN.md §4, word for word.
    const QJsonObject documented = QJsonDocument::fromJson(R"({"date": "2026-11-29", "offices": {"occupied": 11, "total": 11, "rate": 1.0},
        "area_m2": {"occupied": 352.5, "total": 352.5, "rate": 1.0},
        "workstations": {"occupied": 40, "total": 40, "rate": 1.0}})")
                                       .object();
    REQUIRE_FALSE(documented.isEmpty());
    CHECK(printed == documented);

    // Without --at: today.
    CHECK(demo.json({"occupancy", "--format", "json"}) == documented);
}

TEST_CASE("occupancy --from --to --step month gives one period per month", "[cli][occupancy]")
{
    Demo demo;
    const QJsonObject printed = demo.json({"occupancy", "--from", "2026-01-01", "--to", "2026-12-31", "--step", "month", "--format", "json"});
    CHECK(printed.value(QStringLiteral("from")).toString() == QStringLiteral("2026-01-01"));
    CHECK(printed.value(QStringLiteral("to")).toString() == QStringLiteral("2026-12-31"));
    CHECK(printed.value(QStringLiteral("step")).toString() == QStringLiteral("month"));
    const QJsonArray periods = printed.value(QStringLiteral("periods")).toArray();
    REQUIRE(periods.size() == 12);
    CHECK(periods[0].toObject().value(QStringLiteral("start")).toString() == QStringLiteral("2026-01-01"));
    CHECK(periods[0].toObject().value(QStringLiteral("end")).toString() == QStringLiteral("2026-01-31"));
    CHECK(periods[1].toObject().value(QStringLiteral("end")).toString() == QStringLiteral("2026-02-28"));
    CHECK(periods[11].toObject().value(QStringLiteral("start")).toString() == QStringLiteral("2026-12-01"));
    for (const QJsonValue &value : periods) {
        const QJsonObject period = value.toObject();
        for (const QString &key : {QStringLiteral("offices"), QStringLiteral("area_m2"), QStringLiteral("workstations")}) {
            const QJsonObject measure = period.value(key).toObject();
            CHECK(measure.value(QStringLiteral("occupied")).isDouble());
            CHECK(measure.value(QStringLiteral("total")).isDouble());
            CHECK(measure.value(QStringLiteral("rate")).isDouble());
        }
    }
    // Every office is let in November, as on the 29th.
    const QJsonObject november = periods[10].toObject().value(QStringLiteral("area_m2")).toObject();
    CHECK(november.value(QStringLiteral("total")).toDouble() == 352.5);
    CHECK(november.value(QStringLiteral("rate")).toDouble() == 1.0);

    // Without --step: the whole period, once.
    const QJsonObject whole = demo.json({"occupancy", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "json"});
    CHECK(whole.value(QStringLiteral("step")).isNull());
    CHECK(whole.value(QStringLiteral("periods")).toArray().size() == 1);
}

TEST_CASE("occupancy of a site without offices has null rates", "[cli][occupancy]")
{
    Demo demo;
    demo.run({"add", "site", "Annexe"});
    const QJsonObject printed = demo.json({"occupancy", "--site", "Annexe", "--format", "json"});
    for (const QString &key : {QStringLiteral("offices"), QStringLiteral("area_m2"), QStringLiteral("workstations")}) {
        const QJsonObject measure = printed.value(key).toObject();
        CHECK(measure.value(QStringLiteral("rate")).isNull());
        CHECK(measure.value(QStringLiteral("total")).toDouble() == 0);
    }
    // CSV leaves the rate empty; text shows a dash.
    const QStringList csv = lines(demo.run({"occupancy", "--site", "Annexe", "--format", "csv"}).out);
    REQUIRE(csv.size() == 2);
    CHECK(csv[0] == QStringLiteral("date,offices_occupied,offices_total,offices_rate,area_m2_occupied,area_m2_total,area_m2_rate,"
                                   "workstations_occupied,workstations_total,workstations_rate\r"));
    CHECK(csv[1] == QStringLiteral("2026-11-29,0,0,,0,0,,0,0,\r"));
    CHECK(demo.run({"occupancy", "--site", "Annexe"}).out.contains(QStringLiteral("—")));
}

TEST_CASE("occupancy as CSV and text", "[cli][occupancy]")
{
    Demo demo;
    const QStringList csv = lines(demo.run({"occupancy", "--from", "2026-10-01", "--to", "2026-12-31", "--step", "quarter", "--format", "csv"}).out);
    REQUIRE(csv.size() == 2);
    CHECK(csv[0].startsWith(QStringLiteral("start,end,offices_occupied,offices_total,offices_rate,")));
    // The quarter holds today (2026-11-29): not a forecast.
    CHECK(csv[1] == QStringLiteral("2026-10-01,2026-12-31,11,11,1,352.5,352.5,1,40,40,1,false\r"));

    const QString english = demo.run({"occupancy", "--at", "2026-11-29"}).out;
    CHECK(english.contains(QStringLiteral("Occupancy on 29/11/2026, all sites")));
    CHECK(english.contains(QStringLiteral("352.5\u00a0m²")));
    CHECK(english.contains(QStringLiteral("100\u00a0%")));

    const QString french = demo.run({"--lang", "fr", "occupancy", "--at", "2026-11-29", "--site", "Ateliers numériques de Valenciennes"}).out;
    CHECK(french.contains(QStringLiteral("352,5\u00a0m²")));
    CHECK(french.contains(QStringLiteral("100\u00a0%")));
}

TEST_CASE("occupancy refuses bad options with the right exit code", "[cli][occupancy]")
{
    Demo demo;
    SECTION("a date that does not exist")
    {
        const CliRun run = demo.run({"occupancy", "--at", "2026-02-30"}, 2);
        CHECK(run.err.startsWith(QStringLiteral("pepin-cli: --at: '2026-02-30' is not a date")));
        CHECK(lines(run.err).size() == 1);
        CHECK(run.out.isEmpty());
    }
    SECTION("a period that ends before it starts")
    {
        const CliRun run = demo.run({"occupancy", "--from", "2026-12-31", "--to", "2026-01-01"}, 2);
        CHECK(run.err.startsWith(QStringLiteral("pepin-cli: --to: The period ends (01/01/2026) before it starts (31/12/2026).")));
    }
    SECTION("a site that does not exist")
    {
        const CliRun run = demo.run({"occupancy", "--site", "Nowhere"}, 2);
        CHECK(run.err == QStringLiteral("pepin-cli: --site: There is no site named 'Nowhere'.\n"));
    }
    SECTION("--at with --from")
    {
        CHECK(demo.run({"occupancy", "--at", "2026-11-29", "--from", "2026-01-01", "--to", "2026-12-31"}, 1)
                  .err.contains(QStringLiteral("--at")));
    }
    SECTION("--from without --to")
    {
        CHECK(demo.run({"occupancy", "--from", "2026-01-01"}, 1).err.contains(QStringLiteral("--from needs --to")));
    }
    SECTION("an unknown step")
    {
        CHECK(demo.run({"occupancy", "--from", "2026-01-01", "--to", "2026-12-31", "--step", "week"}, 1)
                  .err.contains(QStringLiteral("--step takes day, month, quarter or year, not 'week'")));
    }
    SECTION("--step without a period")
    {
        CHECK(demo.run({"occupancy", "--step", "month"}, 1).err.contains(QStringLiteral("--step")));
    }
    SECTION("an unknown format")
    {
        CHECK(demo.run({"occupancy", "--format", "xml"}, 1).err.contains(QStringLiteral("--format")));
    }
}
