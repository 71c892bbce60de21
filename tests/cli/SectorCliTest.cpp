// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

using namespace pepin;
using namespace pepin::test;

// pepin-cli sectors, tenants, and occupancy --explain, --floor, --sector and forecasts.

namespace {

QStringList args(const char *line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QSet<QString> keys(const QJsonObject &object)
{
    const QStringList list = object.keys();
    return QSet<QString>(list.cbegin(), list.cend());
}

QJsonObject sectorNamed(const QJsonArray &sectors, const QJsonValue &name)
{
    for (const QJsonValue &value : sectors) {
        if (value.toObject().value(QStringLiteral("sector")) == name)
            return value.toObject();
    }
    FAIL("no sector " << name.toString().toStdString());
    return {};
}

} // namespace

TEST_CASE("sectors --at prints the documented JSON shape and adds up to the occupancy", "[cli][sectors]")
{
    Demo demo;
    const QJsonObject printed = demo.json(args("sectors --at 2026-11-29 --format json"));
    CHECK(keys(printed) == QSet<QString>{QStringLiteral("date"), QStringLiteral("sectors")});
    CHECK(printed.value(QStringLiteral("date")).toString() == QStringLiteral("2026-11-29"));
    const QJsonArray sectors = printed.value(QStringLiteral("sectors")).toArray();
    REQUIRE(sectors.size() == 6);
    double companies = 0, area = 0, workstations = 0;
    for (const QJsonValue &value : sectors) {
        const QJsonObject sector = value.toObject();
        // DESIGN.md §4's keys, and the colour charts use.
        CHECK(keys(sector)
              == QSet<QString>{QStringLiteral("sector"), QStringLiteral("companies"), QStringLiteral("area_m2"),
                               QStringLiteral("workstations"), QStringLiteral("color")});
        CHECK(sector.value(QStringLiteral("sector")).isString());
        CHECK(sector.value(QStringLiteral("companies")).isDouble());
        companies += sector.value(QStringLiteral("companies")).toDouble();
        area += sector.value(QStringLiteral("area_m2")).toDouble();
        workstations += sector.value(QStringLiteral("workstations")).toDouble();
    }
    CHECK(companies == 11);
    CHECK(area == 352.5);
    CHECK(workstations == 40);
    // Praxys (A01, 24.5 m², 2), Soleas.Net (A02, 28 m², 3), Vallée Data (B05, 33 m², 4).
    const QJsonObject it = sectorNamed(sectors, QStringLiteral("IT services"));
    CHECK(it.value(QStringLiteral("companies")).toInt() == 3);
    CHECK(it.value(QStringLiteral("area_m2")).toDouble() == 85.5);
    CHECK(it.value(QStringLiteral("workstations")).toInt() == 9);

    // Without --at: today.
    CHECK(demo.json(args("sectors --format json")) == printed);
}

TEST_CASE("sectors: companies without a sector, a shared office, text and CSV", "[cli][sectors]")
{
    Demo demo;
    // A company without a sector takes 4 of the 12 workstations of the open space (80 m²) when
    // the extension opens on 1 March 2027: 80 × 4/12 m².
    demo.run(args("add company --name Nomad"));
    demo.run(QStringList{QStringLiteral("add"), QStringLiteral("lease"), QStringLiteral("--company"), QStringLiteral("Nomad"),
                         QStringLiteral("--site"), QStringLiteral("Ateliers numériques de Valenciennes"), QStringLiteral("--office"),
                         QStringLiteral("C10"), QStringLiteral("--start"), QStringLiteral("2027-03-01"), QStringLiteral("--workstations"),
                         QStringLiteral("4"), QStringLiteral("--type"), QStringLiteral("coworking")});

    const QJsonArray sectors = demo.json(args("sectors --at 2027-03-15 --format json")).value(QStringLiteral("sectors")).toArray();
    REQUIRE_FALSE(sectors.isEmpty());
    // Last, with a null sector and no colour.
    const QJsonObject unassigned = sectors.last().toObject();
    CHECK(unassigned.value(QStringLiteral("sector")).isNull());
    CHECK(unassigned.value(QStringLiteral("color")).isNull());
    CHECK(unassigned.value(QStringLiteral("companies")).toInt() == 1);
    CHECK(unassigned.value(QStringLiteral("area_m2")).toDouble() == Approx(80.0 * 4.0 / 12.0));
    CHECK(unassigned.value(QStringLiteral("workstations")).toInt() == 4);

    const QString text = demo.run(args("sectors --at 2027-03-15")).out;
    CHECK(text.startsWith(QStringLiteral("Sector mix on 15/03/2027, all sites\n")));
    CHECK(text.contains(QStringLiteral("No sector")));
    CHECK(text.contains(QStringLiteral("Total")));
    const QString french = demo.run(args("--lang fr sectors --at 2026-11-29")).out;
    CHECK(french.contains(QStringLiteral("352,5")));

    const QStringList csv = lines(demo.run(args("sectors --at 2026-11-29 --format csv")).out);
    REQUIRE(csv.size() == 7);
    CHECK(csv[0] == QStringLiteral("sector,companies,area_m2,workstations,color\r"));
    CHECK(csv.contains(QStringLiteral("IT services,3,85.5,9,#1f77b4\r")));
}

TEST_CASE("sectors over a period: averages per day, forecasts flagged", "[cli][sectors][forecast]")
{
    Demo demo;
    const QJsonObject printed = demo.json(args("sectors --from 2026-11-01 --to 2027-01-31 --step month --format json"));
    CHECK(printed.value(QStringLiteral("step")).toString() == QStringLiteral("month"));
    const QJsonArray periods = printed.value(QStringLiteral("periods")).toArray();
    REQUIRE(periods.size() == 3);
    // Today is 29 November: November holds it, December and January are forecasts.
    CHECK(periods[0].toObject().value(QStringLiteral("forecast")) == QJsonValue(false));
    CHECK(periods[1].toObject().value(QStringLiteral("forecast")) == QJsonValue(true));
    CHECK(periods[2].toObject().value(QStringLiteral("forecast")) == QJsonValue(true));
    double companies = 0;
    for (const QJsonValue &value : periods[0].toObject().value(QStringLiteral("sectors")).toArray())
        companies += value.toObject().value(QStringLiteral("companies")).toDouble();
    CHECK(companies == 11);
    // Praxys's lease ends on 31 December and is not renewed: one IT company fewer in January.
    const QJsonObject january = sectorNamed(periods[2].toObject().value(QStringLiteral("sectors")).toArray(), QStringLiteral("IT services"));
    CHECK(january.value(QStringLiteral("companies")).toDouble() == 2);

    const QStringList csv = lines(demo.run(args("sectors --from 2026-11-01 --to 2026-12-31 --step month --format csv")).out);
    CHECK(csv[0] == QStringLiteral("start,end,forecast,sector,companies,area_m2,workstations,color\r"));
    CHECK(csv.contains(QStringLiteral("2026-12-01,2026-12-31,true,IT services,3,85.5,9,#1f77b4\r")));
}

TEST_CASE("tenants on a day, with the columns of the tenant list", "[cli][tenants]")
{
    Demo demo;
    const QJsonObject printed = demo.json(args("tenants --at 2026-11-29 --format json"));
    CHECK(printed.value(QStringLiteral("date")).toString() == QStringLiteral("2026-11-29"));
    const QJsonArray tenants = printed.value(QStringLiteral("tenants")).toArray();
    REQUIRE(tenants.size() == 11);
    const QSet<QString> columns{QStringLiteral("company"), QStringLiteral("siret"),       QStringLiteral("sector"),
                                QStringLiteral("site"),    QStringLiteral("offices"),     QStringLiteral("area_m2"),
                                QStringLiteral("workstations"), QStringLiteral("lease_type"), QStringLiteral("start"),
                                QStringLiteral("end"),     QStringLiteral("monthly_rent"), QStringLiteral("contact"),
                                QStringLiteral("email"),   QStringLiteral("phone")};
    double area = 0;
    for (const QJsonValue &value : tenants) {
        CHECK(keys(value.toObject()) == columns);
        area += value.toObject().value(QStringLiteral("area_m2")).toDouble();
    }
    CHECK(area == 352.5);
    const QJsonObject first = tenants[0].toObject();
    CHECK(first.value(QStringLiteral("company")).toString() == QStringLiteral("3ISN"));
    CHECK(first.value(QStringLiteral("offices")).toString() == QStringLiteral("B01"));
    CHECK(first.value(QStringLiteral("area_m2")).toDouble() == 40);
    CHECK(first.value(QStringLiteral("workstations")).toInt() == 5);
    // Money as euros, a number.
    CHECK(first.value(QStringLiteral("monthly_rent")).isDouble());

    const QStringList csv = lines(demo.run(args("tenants --format csv")).out);
    REQUIRE(csv.size() == 12);
    CHECK(csv[0]
          == QStringLiteral("company,siret,sector,site,offices,area_m2,workstations,lease_type,start,end,monthly_rent,contact,email,"
                            "phone\r"));

    const QString text = demo.run(args("tenants")).out;
    CHECK(text.startsWith(QStringLiteral("Tenants on 29/11/2026, all sites\n")));
    CHECK(text.contains(QStringLiteral("Tenants: 11\n")));
}

TEST_CASE("tenants on the last day of a lease and the day after", "[cli][tenants]")
{
    Demo demo;
    auto companies = [&](const char *day) {
        QStringList names;
        for (const QJsonValue &value : demo.json({QStringLiteral("tenants"), QStringLiteral("--at"), QString::fromLatin1(day), QStringLiteral("--format"), QStringLiteral("json")})
                                           .value(QStringLiteral("tenants"))
                                           .toArray())
            names << value.toObject().value(QStringLiteral("company")).toString();
        return names;
    };
    // Praxys's lease ends on 31 December 2026.
    CHECK(companies("2026-12-31").contains(QStringLiteral("Praxys")));
    CHECK_FALSE(companies("2027-01-01").contains(QStringLiteral("Praxys")));
    CHECK(companies("2027-01-01").size() == 10);
}

TEST_CASE("occupancy --explain adds up to the figure of the day", "[cli][occupancy][explain]")
{
    Demo demo;
    for (const char *day : {"2026-11-29", "2027-03-01", "2027-06-30"}) {
        INFO(day);
        const QStringList at{QStringLiteral("occupancy"), QStringLiteral("--at"), QString::fromLatin1(day)};
        const QJsonObject explained = demo.json(at + QStringList{QStringLiteral("--explain"), QStringLiteral("--format"), QStringLiteral("json")});
        CHECK(keys(explained) == QSet<QString>{QStringLiteral("date"), QStringLiteral("offices"), QStringLiteral("totals")});
        // The totals are `occupancy --at` itself.
        const QJsonObject totals = explained.value(QStringLiteral("totals")).toObject();
        CHECK(totals == demo.json(at + QStringList{QStringLiteral("--format"), QStringLiteral("json")}));

        const QJsonArray offices = explained.value(QStringLiteral("offices")).toArray();
        CHECK(offices.size() == 15);
        double occupiedOffices = 0, officesInService = 0, occupiedArea = 0, areaInService = 0, occupiedWs = 0, wsInService = 0;
        for (const QJsonValue &value : offices) {
            const QJsonObject office = value.toObject();
            for (const char *key : {"site", "code", "in_service", "leases", "occupied_workstations", "workstations", "area_m2",
                                    "occupied_area_m2", "available_from", "available_until"})
                CHECK(office.contains(QLatin1String(key)));
            if (!office.value(QStringLiteral("in_service")).toBool())
                continue;
            officesInService += 1;
            occupiedOffices += office.value(QStringLiteral("occupied")).toBool() ? 1 : 0;
            areaInService += office.value(QStringLiteral("area_m2")).toDouble();
            occupiedArea += office.value(QStringLiteral("occupied_area_m2")).toDouble();
            wsInService += office.value(QStringLiteral("workstations")).toDouble();
            occupiedWs += office.value(QStringLiteral("occupied_workstations")).toDouble();
            for (const QJsonValue &lease : office.value(QStringLiteral("leases")).toArray()) {
                for (const char *key : {"id", "company", "start", "last_day", "workstations"})
                    CHECK(lease.toObject().contains(QLatin1String(key)));
            }
        }
        auto measure = [&](const char *key) { return totals.value(QLatin1String(key)).toObject(); };
        CHECK(occupiedOffices == measure("offices").value(QStringLiteral("occupied")).toDouble());
        CHECK(officesInService == measure("offices").value(QStringLiteral("total")).toDouble());
        CHECK(occupiedArea == measure("area_m2").value(QStringLiteral("occupied")).toDouble());
        CHECK(areaInService == measure("area_m2").value(QStringLiteral("total")).toDouble());
        CHECK(occupiedWs == measure("workstations").value(QStringLiteral("occupied")).toDouble());
        CHECK(wsInService == measure("workstations").value(QStringLiteral("total")).toDouble());
        CHECK(occupiedArea / areaInService == measure("area_m2").value(QStringLiteral("rate")).toDouble());
    }

    const QString text = demo.run(args("occupancy --explain")).out;
    CHECK(text.startsWith(QStringLiteral("Occupancy on 29/11/2026, all sites, office by office\n")));
    CHECK(text.contains(QStringLiteral("A01 (Ateliers numériques de Valenciennes, floor 0, private office): in service, available from "
                                       "01/11/2017\n")));
    CHECK(text.contains(QStringLiteral("C10 (Ateliers numériques de Valenciennes, floor 2, shared space): not in service, available from "
                                       "01/03/2027\n")));
    CHECK(text.contains(QStringLiteral("Praxys, 01/01/2024 to 31/12/2026: workstations 2, area 24.5\u00a0m²")));
    CHECK(text.contains(QStringLiteral("Totals: the offices in service, added up")));

    const QStringList csv = lines(demo.run(args("occupancy --explain --format csv")).out);
    REQUIRE(csv.size() == 16);
    CHECK(csv[0].startsWith(QStringLiteral("site,code,floor,kind,available_from,available_until,in_service,occupied,")));
}

TEST_CASE("occupancy of one floor, of one sector, and its forecasts", "[cli][occupancy]")
{
    Demo demo;
    // Floor 1: B01..B06, 40 + 35 + 26 + 38 + 33 + 30 = 202 m², all let.
    const QJsonObject floor1 = demo.json(args("occupancy --floor 1 --format json"));
    CHECK(floor1.value(QStringLiteral("offices")).toObject().value(QStringLiteral("total")).toDouble() == 6);
    CHECK(floor1.value(QStringLiteral("area_m2")).toObject().value(QStringLiteral("total")).toDouble() == 202);

    // IT services: 3 of the 11 offices, 85.5 of 352.5 m².
    const QJsonObject it = demo.json({QStringLiteral("occupancy"), QStringLiteral("--sector"), QStringLiteral("it services"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject offices = it.value(QStringLiteral("offices")).toObject();
    CHECK(offices.value(QStringLiteral("occupied")).toDouble() == 3);
    CHECK(offices.value(QStringLiteral("total")).toDouble() == 11);
    const QJsonObject area = it.value(QStringLiteral("area_m2")).toObject();
    CHECK(area.value(QStringLiteral("occupied")).toDouble() == 85.5);
    CHECK(area.value(QStringLiteral("total")).toDouble() == 352.5);
    CHECK(area.value(QStringLiteral("rate")).toDouble() == 85.5 / 352.5);
    const QString text = demo.run({QStringLiteral("occupancy"), QStringLiteral("--sector"), QStringLiteral("IT services")}).out;
    CHECK(text.contains(QStringLiteral("Occupancy on 29/11/2026, all sites, sector IT services\n")));
    CHECK(text.contains(QStringLiteral("Occupied: by companies of sector IT services only.")));

    // Forecast: periods starting after today.
    const QJsonArray periods =
        demo.json(args("occupancy --from 2026-10-01 --to 2027-03-31 --step quarter --format json")).value(QStringLiteral("periods")).toArray();
    REQUIRE(periods.size() == 2);
    CHECK(periods[0].toObject().value(QStringLiteral("forecast")) == QJsonValue(false));
    CHECK(periods[1].toObject().value(QStringLiteral("forecast")) == QJsonValue(true));
    const QString series = demo.run(args("occupancy --from 2026-10-01 --to 2027-03-31 --step quarter")).out;
    CHECK(series.contains(QStringLiteral("31/03/2027 *")));
    CHECK(series.contains(QStringLiteral("* Forecast: the period starts after today (29/11/2026)")));
}

TEST_CASE("the figure commands refuse bad options with the right exit code", "[cli][sectors][tenants]")
{
    Demo demo;
    SECTION("a floor no office is on")
    {
        const CliRun run = demo.run(args("occupancy --floor 9"), 2);
        CHECK(run.err == QStringLiteral("pepin-cli: --floor: No office is on floor '9'.\n"));
        CHECK(run.out.isEmpty());
    }
    SECTION("a floor of another site")
    {
        demo.run(args("add site Annexe"));
        CHECK(demo.run(args("occupancy --site Annexe --floor 1"), 2).err
              == QStringLiteral("pepin-cli: --floor: No office of Annexe is on floor '1'.\n"));
    }
    SECTION("an unknown sector")
    {
        CHECK(demo.run(args("occupancy --sector Bakery"), 2).err == QStringLiteral("pepin-cli: --sector: There is no sector named 'Bakery'.\n"));
    }
    SECTION("--explain over a period")
    {
        CHECK(demo.run(args("occupancy --from 2026-01-01 --to 2026-12-31 --explain"), 1).err.contains(QStringLiteral("--explain")));
    }
    SECTION("a date that does not exist")
    {
        const CliRun run = demo.run(args("sectors --at 2026-02-30"), 2);
        CHECK(run.err.startsWith(QStringLiteral("pepin-cli: --at: '2026-02-30' is not a date")));
        CHECK(lines(run.err).size() == 1);
        CHECK(demo.run(args("tenants --at tomorrow"), 2).err.startsWith(QStringLiteral("pepin-cli: --at: 'tomorrow' is not a date")));
    }
    SECTION("a period that ends before it starts")
    {
        CHECK(demo.run(args("sectors --from 2026-12-31 --to 2026-01-01"), 2).err.startsWith(QStringLiteral("pepin-cli: --to: ")));
    }
    SECTION("an unknown site")
    {
        CHECK(demo.run(args("tenants --site Nowhere"), 2).err == QStringLiteral("pepin-cli: --site: There is no site named 'Nowhere'.\n"));
        CHECK(demo.run(args("sectors --site Nowhere"), 2).err == QStringLiteral("pepin-cli: --site: There is no site named 'Nowhere'.\n"));
    }
    SECTION("options a command does not take, and formats it does not know")
    {
        CHECK(demo.run(args("tenants --from 2026-01-01"), 1).err.contains(QStringLiteral("Unknown option 'from'")));
        CHECK(demo.run(args("sectors --format xml"), 1).err.contains(QStringLiteral("--format")));
        CHECK(demo.run(args("sectors --step month"), 1).err.contains(QStringLiteral("--step")));
    }
    SECTION("a database that is not there")
    {
        const CliRun run = cli(demo.file(QStringLiteral("missing.db")), args("sectors"));
        CHECK(run.code == 3);
        CHECK(cli(demo.file(QStringLiteral("missing.db")), args("tenants")).code == 3);
    }
}
