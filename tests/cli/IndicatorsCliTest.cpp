// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "CliRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace pepin;
using namespace pepin::test;

namespace {

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList words(const char *text)
{
    QStringList list = QString::fromLatin1(text).split(QLatin1Char(' '));
    list.sort();
    return list;
}

double months(double days)
{
    return days * 12.0 / 365.25;
}

} // namespace

TEST_CASE("indicators --format json has the documented keys and the demo's figures", "[cli][indicators]")
{
    Demo demo;
    const QJsonObject printed = demo.json({"indicators", "--from", "2026-01-01", "--to", "2026-11-29", "--format", "json"});

    CHECK(sortedKeys(printed) == words("companies_hosted entries exits from jobs stay_months survival to"));
    CHECK(printed.value(QStringLiteral("from")).toString() == QStringLiteral("2026-01-01"));
    CHECK(printed.value(QStringLiteral("to")).toString() == QStringLiteral("2026-11-29"));
    // The figures are those of tests/core/IndicatorsTest.cpp, where they are worked out by hand.
    CHECK(printed.value(QStringLiteral("companies_hosted")).toInt(-1) == 12);
    CHECK(printed.value(QStringLiteral("entries")).toInt(-1) == 3);

    const QJsonObject exits = printed.value(QStringLiteral("exits")).toObject();
    CHECK(sortedKeys(exits) == words("closed graduated_local moved_away other total unknown"));
    CHECK(exits == QJsonObject{{QStringLiteral("total"), 1}, {QStringLiteral("graduated_local"), 0},
                               {QStringLiteral("moved_away"), 0}, {QStringLiteral("closed"), 0},
                               {QStringLiteral("other"), 1}, {QStringLiteral("unknown"), 0}});

    const QJsonObject stays = printed.value(QStringLiteral("stay_months")).toObject();
    CHECK(sortedKeys(stays) == words("ended ongoing"));
    const QJsonObject ended = stays.value(QStringLiteral("ended")).toObject();
    CHECK(sortedKeys(ended) == words("average count median"));
    CHECK(ended.value(QStringLiteral("count")).toInt(-1) == 1);
    // Volta Ingénierie, 821 days: printed at full precision, not rounded to a tenth.
    CHECK(ended.value(QStringLiteral("average")).toDouble() == Approx(months(821)).epsilon(1e-12));
    CHECK(ended.value(QStringLiteral("median")).toDouble() == Approx(months(821)).epsilon(1e-12));
    const QJsonObject ongoing = stays.value(QStringLiteral("ongoing")).toObject();
    CHECK(ongoing.value(QStringLiteral("count")).toInt(-1) == 11);
    CHECK(ongoing.value(QStringLiteral("average")).toDouble() == Approx(months(7141.0 / 11.0)).epsilon(1e-12));
    CHECK(ongoing.value(QStringLiteral("median")).toDouble() == Approx(months(639)).epsilon(1e-12));

    const QJsonObject jobs = printed.value(QStringLiteral("jobs")).toObject();
    CHECK(sortedKeys(jobs) == words("end start"));
    CHECK(jobs.value(QStringLiteral("start")).toObject()
          == QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-01-01")}, {QStringLiteral("jobs"), 36},
                         {QStringLiteral("tenants"), 9}, {QStringLiteral("unknown"), 0}});
    CHECK(jobs.value(QStringLiteral("end")).toObject()
          == QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-11-29")}, {QStringLiteral("jobs"), 53},
                         {QStringLiteral("tenants"), 11}, {QStringLiteral("unknown"), 0}});

    const QJsonObject survival = printed.value(QStringLiteral("survival")).toObject();
    CHECK(sortedKeys(survival) == words("five_years three_years"));
    CHECK(survival.value(QStringLiteral("three_years")).toObject()
          == QJsonObject{{QStringLiteral("known"), 5}, {QStringLiteral("active"), 5}, {QStringLiteral("share"), 1.0}});
    CHECK(survival.value(QStringLiteral("five_years")).toObject()
          == QJsonObject{{QStringLiteral("known"), 3}, {QStringLiteral("active"), 3}, {QStringLiteral("share"), 1.0}});
}

TEST_CASE("indicators of an empty period print null averages, medians and shares", "[cli][indicators]")
{
    Demo demo;
    demo.run({"add", "site", "Annexe"});
    for (const QJsonObject &printed :
         {demo.json({"indicators", "--from", "2026-01-01", "--to", "2026-11-29", "--site", "Annexe", "--format", "json"}),
          demo.json({"indicators", "--from", "2000-01-01", "--to", "2000-12-31", "--format", "json"})}) {
        CHECK(printed.value(QStringLiteral("companies_hosted")).toInt(-1) == 0);
        CHECK(printed.value(QStringLiteral("entries")).toInt(-1) == 0);
        CHECK(printed.value(QStringLiteral("exits")).toObject().value(QStringLiteral("total")).toInt(-1) == 0);
        for (const char *group : {"ended", "ongoing"}) {
            const QJsonObject lengths =
                printed.value(QStringLiteral("stay_months")).toObject().value(QString::fromLatin1(group)).toObject();
            CHECK(lengths.value(QStringLiteral("count")).toInt(-1) == 0);
            CHECK(lengths.value(QStringLiteral("average")).isNull());
            CHECK(lengths.value(QStringLiteral("median")).isNull());
        }
        for (const char *years : {"three_years", "five_years"}) {
            const QJsonObject survival =
                printed.value(QStringLiteral("survival")).toObject().value(QString::fromLatin1(years)).toObject();
            CHECK(survival.value(QStringLiteral("known")).toInt(-1) == 0);
            CHECK(survival.value(QStringLiteral("share")).isNull());
        }
        CHECK(printed.value(QStringLiteral("jobs")).toObject().value(QStringLiteral("end")).toObject().value(QStringLiteral("tenants")).toInt(-1)
              == 0);
    }
}

TEST_CASE("indicators as text end with how they are computed, as CSV they are one row", "[cli][indicators]")
{
    Demo demo;
    const QString text = demo.run({"indicators", "--from", "2026-01-01", "--to", "2026-11-29"}).out;
    CHECK(text.startsWith(QStringLiteral("Indicators from 01/01/2026 to 29/11/2026, all sites\n")));
    const QStringList shown = lines(text);
    auto row = [&](const QString &start) {
        for (const QString &line : shown) {
            if (line.startsWith(start))
                return line.simplified();
        }
        return QString();
    };
    CHECK(row(QStringLiteral("Hosted during the period")) == QStringLiteral("Hosted during the period 12"));
    CHECK(row(QStringLiteral("Exits")) == QStringLiteral("Exits (stay ended) 1"));
    CHECK(row(QStringLiteral("  other")) == QStringLiteral("other 1"));
    // Months to a tenth: 821 days are 26.97 months, shown 27; 7141 / 11 days are 21.33, shown 21.3.
    CHECK(row(QStringLiteral("Ended in the period")) == QStringLiteral("Ended in the period 1 27 27"));
    CHECK(row(QStringLiteral("Still running")) == QStringLiteral("Still running, measured to 29/11/2026 11 21.3 21"));
    CHECK(row(QStringLiteral("Start of the period")) == QStringLiteral("Start of the period 01/01/2026 36 9 0"));
    // simplified() turns the no-break space before % into a plain one.
    CHECK(row(QStringLiteral("3 years")) == QStringLiteral("3 years or more after exit 5 5 100 %"));

    const qsizetype how = shown.indexOf(QStringLiteral("How these are computed:"));
    REQUIRE(how > 0);
    REQUIRE(shown.size() - how - 1 >= 5);
    for (qsizetype i = how + 1; i < shown.size(); ++i)
        CHECK(shown[i].startsWith(QStringLiteral("- ")));
    CHECK(text.contains(QStringLiteral("× 12 / 365.25")));

    // An empty group shows a dash, never 0 or nan.
    demo.run({"add", "site", "Annexe"});
    const QString empty = demo.run({"indicators", "--from", "2026-01-01", "--to", "2026-11-29", "--site", "Annexe"}).out;
    CHECK(empty.contains(QStringLiteral("site Annexe")));
    CHECK(empty.contains(QStringLiteral("—")));
    CHECK_FALSE(empty.contains(QRegularExpression(QStringLiteral("\\bnan\\b"), QRegularExpression::CaseInsensitiveOption)));
    CHECK(empty.contains(QStringLiteral("Only the leases of this site's offices count")));

    // French formats: a decimal comma.
    CHECK(demo.run({"--lang", "fr", "indicators", "--from", "2026-01-01", "--to", "2026-11-29"}).out.contains(QStringLiteral("21,3")));

    const QStringList csv = lines(demo.run({"indicators", "--from", "2026-01-01", "--to", "2026-11-29", "--format", "csv"}).out);
    REQUIRE(csv.size() == 2);
    CHECK(csv[0]
          == QStringLiteral("from,to,companies_hosted,entries,exits_total,exits_graduated_local,exits_moved_away,exits_closed,"
                            "exits_other,exits_unknown,stay_months_ended_count,stay_months_ended_average,stay_months_ended_median,"
                            "stay_months_ongoing_count,stay_months_ongoing_average,stay_months_ongoing_median,jobs_start_date,"
                            "jobs_start_jobs,jobs_start_tenants,jobs_start_unknown,jobs_end_date,jobs_end_jobs,jobs_end_tenants,"
                            "jobs_end_unknown,survival_three_years_known,survival_three_years_active,survival_three_years_share,"
                            "survival_five_years_known,survival_five_years_active,survival_five_years_share\r"));
    const QStringList cells = csv[1].chopped(1).split(QLatin1Char(','));
    REQUIRE(cells.size() == 30);
    CHECK(cells.mid(0, 10) == QStringList{QStringLiteral("2026-01-01"), QStringLiteral("2026-11-29"), QStringLiteral("12"),
                                          QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0"),
                                          QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("0")});
    CHECK(cells[11].toDouble() == Approx(months(821)).epsilon(1e-12));
    CHECK(cells.mid(16) == QStringList{QStringLiteral("2026-01-01"), QStringLiteral("36"), QStringLiteral("9"), QStringLiteral("0"),
                                       QStringLiteral("2026-11-29"), QStringLiteral("53"), QStringLiteral("11"), QStringLiteral("0"),
                                       QStringLiteral("5"), QStringLiteral("5"), QStringLiteral("1"), QStringLiteral("3"),
                                       QStringLiteral("3"), QStringLiteral("1")});
}

TEST_CASE("indicators refuses bad options with the right exit code", "[cli][indicators]")
{
    Demo demo;
    SECTION("a period that ends before it starts")
    {
        const CliRun run = demo.run({"indicators", "--from", "2026-12-31", "--to", "2026-01-01"}, 2);
        CHECK(run.err == QStringLiteral("pepin-cli: --to: The period ends (01/01/2026) before it starts (31/12/2026).\n"));
        CHECK(run.out.isEmpty());
    }
    SECTION("--from without --to")
    {
        const CliRun run = demo.run({"indicators", "--from", "2026-01-01"}, 1);
        CHECK(run.err.startsWith(QStringLiteral("pepin-cli: --from needs --to: the period has two ends.\n")));
        CHECK(run.out.isEmpty());
    }
    SECTION("--to without --from")
    {
        CHECK(demo.run({"indicators", "--to", "2026-01-01"}, 1).err.contains(QStringLiteral("--to needs --from")));
    }
    SECTION("no period at all")
    {
        CHECK(demo.run({"indicators"}, 1).err.contains(QStringLiteral("--from DATE and --to DATE")));
    }
    SECTION("a date that does not exist")
    {
        const CliRun run = demo.run({"indicators", "--from", "2026-02-30", "--to", "2026-11-29"}, 2);
        CHECK(run.err.startsWith(QStringLiteral("pepin-cli: --from: '2026-02-30' is not a date")));
        CHECK(lines(run.err).size() == 1);
        CHECK(run.out.isEmpty());
    }
    SECTION("two bad dates: one line each")
    {
        const CliRun run = demo.run({"indicators", "--from", "soon", "--to", "later"}, 2);
        const QStringList errors = lines(run.err);
        REQUIRE(errors.size() == 2);
        CHECK(errors[0].startsWith(QStringLiteral("pepin-cli: --from: 'soon'")));
        CHECK(errors[1].startsWith(QStringLiteral("pepin-cli: --to: 'later'")));
    }
    SECTION("a site that does not exist")
    {
        const CliRun run = demo.run({"indicators", "--from", "2026-01-01", "--to", "2026-11-29", "--site", "Nowhere"}, 2);
        CHECK(run.err == QStringLiteral("pepin-cli: --site: There is no site named 'Nowhere'.\n"));
    }
    SECTION("an unknown format")
    {
        CHECK(demo.run({"indicators", "--from", "2026-01-01", "--to", "2026-11-29", "--format", "xml"}, 1)
                  .err.contains(QStringLiteral("--format")));
    }
    SECTION("a database that does not exist")
    {
        const CliRun run = cli(demo.file(QStringLiteral("missing.db")),
                               {QStringLiteral("indicators"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                QStringLiteral("--to"), QStringLiteral("2026-11-29")});
        CHECK(run.code == 3);
        CHECK(run.out.isEmpty());
    }
}
