// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "CliRunner.h"

#include "service/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace pepin;
using namespace pepin::test;

// pepin-cli on tenancy terms: the rent a new lease gets, rent-roll, expiring and alerts.

namespace {

struct TermsDatabase : CliDatabase
{
    explicit TermsDatabase(bool demo)
        : CliDatabase(demo ? Start::Demo : Start::Empty)
    {
    }

    // The stored rent steps of a lease, read back from the file.
    QList<RentStep> steps(Id leaseId)
    {
        Result<std::unique_ptr<Store>> store = Store::open(db, pepin::Database::Mode::OpenExisting);
        REQUIRE(store.ok());
        const std::optional<Lease> lease = (*store)->lease(leaseId);
        REQUIRE(lease.has_value());
        return lease->rentSteps;
    }
};

// A site with a 24.5 m² office at 120 € per m² per year (245 € a month at 100 %), one without a
// reference rent, and two companies.
struct Annexe : TermsDatabase
{
    Annexe()
        : TermsDatabase(false)
    {
        run({"add", "site", "Annexe"});
        run({"add", "office", "--site", "Annexe", "--code", "A1", "--area", "24.5", "--workstations", "2", "--rent-m2-year", "120"});
        run({"add", "office", "--site", "Annexe", "--code", "A2", "--area", "30", "--workstations", "3", "--rent-m2-year", "120"});
        run({"add", "office", "--site", "Annexe", "--code", "Z9", "--area", "10", "--workstations", "1"});
        run({"add", "company", "--name", "Kappa"});
    }
};

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QJsonObject byKey(const QJsonArray &array, const QString &key, const QString &value)
{
    for (const QJsonValue &item : array) {
        if (item.toObject().value(key).toString() == value)
            return item.toObject();
    }
    FAIL("no " << key.toStdString() << " = " << value.toStdString());
    return {};
}

} // namespace

TEST_CASE("add lease without a rent takes the site's progression over the reference rent", "[cli][terms][rent]")
{
    Annexe annexe;
    // 245 € × 70 %, 85 %, 100 % = 171.50, 208.25, 245.00 €, one step per year of the stay.
    const CliRun added = annexe.run({"add", "lease", "--company", "Kappa", "--site", "Annexe", "--office", "A1", "--start",
                                     "2026-01-01", "--end", "2028-12-31", "--type", "derogatoire"});
    CHECK(lines(added.out).constFirst() == QStringLiteral("Rent steps: 01/01/2026 €171.50; 01/01/2027 €208.25; 01/01/2028 €245.00"));
    const QList<RentStep> steps = annexe.steps(1);
    REQUIRE(steps.size() == 3);
    CHECK(steps[2].from == QDate(2028, 1, 1));
    CHECK(steps[2].monthlyRentCents == 24500);

    // A second lease of the same company goes on from the stay's start (2026-01-01): in A2
    // (30 m², 300 € a month at 100 %) from 2027-07-01 it is in year 2 (85 %: 255 €) until
    // 2027-12-31, then year 3 (300 €).
    const CliRun renewal = annexe.run({"--lang", "fr", "add", "lease", "--company", "Kappa", "--site", "Annexe", "--office", "A2",
                                       "--start", "2027-07-01", "--end", "2028-06-30"});
    CHECK(lines(renewal.out).constFirst()
          == QStringLiteral("Paliers de loyer\u00a0: 01/07/2027 255,00\u00a0€; 01/01/2028 300,00\u00a0€"));
}

TEST_CASE("add lease with --progression, --no-rent or --monthly-rent", "[cli][terms][rent]")
{
    Annexe annexe;
    SECTION("--progression replaces the site's")
    {
        const CliRun added = annexe.run({"add", "lease", "--company", "Kappa", "--site", "Annexe", "--office", "A1", "--start",
                                         "2026-01-01", "--end", "2027-12-31", "--progression", "50,100"});
        CHECK(added.out.startsWith(QStringLiteral("Rent steps: 01/01/2026 €122.50; 01/01/2027 €245.00\n")));
    }
    SECTION("--no-rent stores no rent")
    {
        const CliRun added =
            annexe.run({"add", "lease", "--company", "Kappa", "--site", "Annexe", "--office", "A1", "--start", "2026-01-01", "--no-rent"});
        CHECK_FALSE(added.out.contains(QStringLiteral("Rent steps")));
        CHECK(annexe.steps(1).isEmpty());
    }
    SECTION("--monthly-rent is one rent from the start")
    {
        const CliRun added = annexe.run({"add", "lease", "--company", "Kappa", "--site", "Annexe", "--office", "A1", "--start",
                                         "2026-01-01", "--monthly-rent", "200"});
        CHECK_FALSE(added.out.contains(QStringLiteral("Rent steps")));
        const QList<RentStep> steps = annexe.steps(1);
        REQUIRE(steps.size() == 1);
        CHECK(steps[0].monthlyRentCents == 20000);
    }
    SECTION("an office without a reference rent gets no rent, and says so")
    {
        const CliRun added =
            annexe.run({"add", "lease", "--company", "Kappa", "--site", "Annexe", "--office", "Z9", "--start", "2026-01-01"});
        CHECK(added.out.startsWith(QStringLiteral("No rent stored: Z9 (Annexe) has no reference rent (give --monthly-rent).\n")));
        CHECK(annexe.steps(1).isEmpty());
    }
    SECTION("edit lease --progression recomputes the steps")
    {
        annexe.run({"add", "lease", "--company", "Kappa", "--site", "Annexe", "--office", "A1", "--start", "2026-01-01", "--end",
                    "2027-12-31", "--monthly-rent", "200"});
        const CliRun edited = annexe.run({"edit", "lease", "--id", "1", "--progression", "80,100"});
        CHECK(edited.out.startsWith(QStringLiteral("Rent steps: 01/01/2026 €196.00; 01/01/2027 €245.00\n")));
        CHECK(annexe.steps(1).size() == 2);
    }
}

TEST_CASE("add lease refuses rent options that clash or do not parse", "[cli][terms][rent]")
{
    Annexe annexe;
    const CliRun both = annexe.run({"add", "lease", "--company", "Kappa", "--site", "Annexe", "--office", "A1", "--start",
                                    "2026-01-01", "--monthly-rent", "200", "--no-rent"},
                                   1);
    CHECK(both.err.startsWith(QStringLiteral("pepin-cli: add lease: --monthly-rent, --no-rent each set the rent: give only one.\n")));
    annexe.run({"add", "lease", "--company", "Kappa", "--site", "Annexe", "--office", "A1", "--start", "2026-01-01", "--progression",
                "70,85", "--monthly-rent", "200"},
               1);

    const CliRun words = annexe.run(
        {"add", "lease", "--company", "Kappa", "--site", "Annexe", "--office", "A1", "--start", "2026-01-01", "--progression", "70,abc"}, 2);
    CHECK(words.err.startsWith(QStringLiteral("pepin-cli: --progression: write percentages separated by commas")));
    const CliRun zero = annexe.run(
        {"add", "lease", "--company", "Kappa", "--site", "Annexe", "--office", "A1", "--start", "2026-01-01", "--progression", "0,100"}, 2);
    CHECK(zero.err.startsWith(QStringLiteral("pepin-cli: --progression: ")));
    const CliRun noReference = annexe.run(
        {"add", "lease", "--company", "Kappa", "--site", "Annexe", "--office", "Z9", "--start", "2026-01-01", "--progression", "70,100"}, 2);
    CHECK(noReference.err.startsWith(QStringLiteral("pepin-cli: --progression: Z9 (Annexe) has no reference rent")));
    // Nothing was written.
    const QJsonDocument leases = QJsonDocument::fromJson(annexe.run({"leases", "--format", "json"}).out.toUtf8());
    CHECK(leases.isArray());
    CHECK(leases.array().isEmpty());
}

TEST_CASE("rent-roll of a month on the demo", "[cli][terms][rentroll]")
{
    TermsDatabase demo(true);
    const QJsonObject november = demo.json({"rent-roll", "--month", "2026-11", "--format", "json"});
    CHECK(november.value(QStringLiteral("from")).toString() == QStringLiteral("2026-11-01"));
    CHECK(november.value(QStringLiteral("to")).toString() == QStringLiteral("2026-11-30"));
    CHECK(november.value(QStringLiteral("site")).isNull());
    // Eleven offices let all month; the rents of the leases list add up to 2,988 €, charges 881.25 €.
    CHECK(november.value(QStringLiteral("rent")).toDouble() == 2988.0);
    CHECK(november.value(QStringLiteral("charges")).toDouble() == 881.25);
    CHECK(november.value(QStringLiteral("vacancy_cost")).toDouble() == 0.0);
    const QJsonArray months = november.value(QStringLiteral("months")).toArray();
    REQUIRE(months.size() == 1);
    const QJsonArray leases = months[0].toObject().value(QStringLiteral("leases")).toArray();
    CHECK(leases.size() == 11);
    const QJsonObject praxys = byKey(leases, QStringLiteral("company"), QStringLiteral("Praxys"));
    CHECK(praxys.value(QStringLiteral("office")).toString() == QStringLiteral("A01"));
    CHECK(praxys.value(QStringLiteral("type")).toString() == QStringLiteral("derogatoire"));
    CHECK(praxys.value(QStringLiteral("days")).toInt() == 30);
    CHECK(praxys.value(QStringLiteral("rent")).toDouble() == 245.0);
    CHECK(praxys.value(QStringLiteral("charges")).toDouble() == 61.25);

    // Without --month: this month (--today is 2026-11-29).
    CHECK(demo.json({"rent-roll", "--format", "json"}) == november);

    const QString text = demo.run({"rent-roll", "--month", "2026-11"}).out;
    CHECK(text.startsWith(QStringLiteral("Rent roll for November 2026, all sites\n")));
    CHECK(text.contains(QStringLiteral("€2,988.00")));
    const QString french = demo.run({"--lang", "fr", "rent-roll", "--month", "11/2026"}).out;
    CHECK(french.contains(QStringLiteral("novembre 2026")));
    CHECK(french.contains(QStringLiteral("2\u202f988,00\u00a0€")));
}

TEST_CASE("rent-roll over months, with the vacancy cost of the extension", "[cli][terms][rentroll]")
{
    TermsDatabase demo(true);
    // From March 2027 the extension is in service and free: C01 45 m², C02 60 m², C03 30 m² and
    // C10 80 m² at 120 € per m² per year: (45 + 60 + 30 + 80) × 10 = 2,150 € a month. Praxys left
    // A01 (24.5 m²: 245 €) at the end of 2026. March: 2,395 €.
    const QJsonObject range = demo.json({"rent-roll", "--from", "2027-01-01", "--to", "2027-03-31", "--format", "json"});
    const QJsonArray months = range.value(QStringLiteral("months")).toArray();
    REQUIRE(months.size() == 3);
    CHECK(months[0].toObject().value(QStringLiteral("vacancy_cost")).toDouble() == 245.0);
    CHECK(months[1].toObject().value(QStringLiteral("end")).toString() == QStringLiteral("2027-02-28"));
    CHECK(months[2].toObject().value(QStringLiteral("vacancy_cost")).toDouble() == 2395.0);
    CHECK(range.value(QStringLiteral("vacancy_cost")).toDouble() == 245.0 + 245.0 + 2395.0);
    const QJsonObject c10 = byKey(months[2].toObject().value(QStringLiteral("vacancies")).toArray(), QStringLiteral("office"),
                                  QStringLiteral("C10"));
    CHECK(c10.value(QStringLiteral("free_office_days")).toDouble() == 31.0);
    CHECK(c10.value(QStringLiteral("vacancy_cost")).toDouble() == 800.0);
    double rent = 0;
    for (const QJsonValue &month : months)
        rent += month.toObject().value(QStringLiteral("rent")).toDouble();
    CHECK(range.value(QStringLiteral("rent")).toDouble() == Approx(rent));

    const QStringList csv = lines(demo.run({"rent-roll", "--month", "2027-03", "--format", "csv"}).out);
    CHECK(csv.constFirst() == QStringLiteral("start,end,row,lease_id,company,site,office,type,days,free_office_days,rent,charges,vacancy_cost\r"));
    CHECK(csv.constLast() == QStringLiteral("2027-03-01,2027-03-31,total,,,,,,31,,2950.00,820.00,2395.00\r"));
    CHECK(csv.contains(QStringLiteral("2027-03-01,2027-03-31,vacancy,,,Ateliers numériques de Valenciennes,C10,,,31,,,800.00\r")));
}

TEST_CASE("rent-roll refuses bad options", "[cli][terms][rentroll]")
{
    TermsDatabase demo(true);
    CHECK(demo.run({"rent-roll", "--month", "2026-13"}, 2).err
          == QStringLiteral("pepin-cli: --month: '2026-13' is not a month: write YYYY-MM, such as 2026-11.\n"));
    demo.run({"rent-roll", "--month", "2026-11", "--from", "2026-01-01", "--to", "2026-01-31"}, 1);
    demo.run({"rent-roll", "--from", "2026-01-01"}, 1);
    demo.run({"rent-roll", "--from", "2026-02-01", "--to", "2026-01-01"}, 2);
    CHECK(demo.run({"rent-roll", "--site", "Nowhere"}, 2).err.contains(QStringLiteral("--site")));
    demo.run({"rent-roll", "--format", "xml"}, 1);
}

TEST_CASE("expiring lists the leases ending soon with their notice deadline", "[cli][terms][expiring]")
{
    TermsDatabase demo(true);
    // Within 90 days of 2026-11-29 (to 2027-02-27) only Praxys ends, on 2026-12-31; with three
    // months' notice the deadline was 2026-09-30.
    const QJsonObject soon = demo.json({"expiring", "--within", "90", "--format", "json"});
    CHECK(soon.value(QStringLiteral("date")).toString() == QStringLiteral("2026-11-29"));
    CHECK(soon.value(QStringLiteral("until")).toString() == QStringLiteral("2027-02-27"));
    CHECK(soon.value(QStringLiteral("within_days")).toInt() == 90);
    const QJsonArray leases = soon.value(QStringLiteral("leases")).toArray();
    REQUIRE(leases.size() == 1);
    const QJsonObject praxys = leases[0].toObject();
    CHECK(praxys.value(QStringLiteral("company")).toString() == QStringLiteral("Praxys"));
    CHECK(praxys.value(QStringLiteral("office")).toString() == QStringLiteral("A01"));
    CHECK(praxys.value(QStringLiteral("last_day")).toString() == QStringLiteral("2026-12-31"));
    CHECK(praxys.value(QStringLiteral("days_left")).toInt() == 32);
    CHECK(praxys.value(QStringLiteral("notice_months")).toInt() == 3);
    CHECK(praxys.value(QStringLiteral("notice_deadline")).toString() == QStringLiteral("2026-09-30"));
    CHECK(praxys.value(QStringLiteral("notice_deadline_passed")).toBool());
    CHECK(praxys.value(QStringLiteral("terminated_on")).isNull());

    // Looking from 2027-06-01 over 90 days: Soleas.Net ends on 2027-07-31 (notice by 2027-04-30,
    // passed); PNT's précaire on 2027-11-30 is further.
    const QStringList csv = lines(demo.run({"expiring", "--at", "2027-06-01", "--format", "csv"}).out);
    REQUIRE(csv.size() == 2);
    CHECK(csv[0] == QStringLiteral("lease_id,company,site,office,type,start,end,terminated_on,last_day,days_left,notice_months,"
                                   "notice_deadline,notice_deadline_passed\r"));
    CHECK(csv[1].contains(QStringLiteral(",Soleas.Net,Ateliers numériques de Valenciennes,A02,derogatoire,2024-08-01,2027-07-31,,"
                                         "2027-07-31,60,3,2027-04-30,true\r")));

    const QString text = demo.run({"expiring"}).out;
    CHECK(text.startsWith(QStringLiteral("Leases ending from 29/11/2026 to 27/02/2027, all sites\n")));
    CHECK(text.contains(QStringLiteral("30/09/2026")));
    CHECK(demo.run({"expiring", "--within", "1"}).out.contains(QStringLiteral("No lease ends in that time.")));

    CHECK(demo.run({"expiring", "--within", "soon"}, 2).err.startsWith(QStringLiteral("pepin-cli: --within: 'soon'")));
    demo.run({"expiring", "--within", "-5"}, 2);
    demo.run({"expiring", "--at", "31/02/2027"}, 2);
    demo.run({"expiring", "--site", "Nowhere"}, 2);
}

TEST_CASE("alerts on the demo, with the rule quoted", "[cli][terms][alerts]")
{
    TermsDatabase demo(true);
    const QJsonObject now = demo.json({"alerts", "--format", "json"});
    CHECK(now.value(QStringLiteral("date")).toString() == QStringLiteral("2026-11-29"));
    CHECK(now.value(QStringLiteral("within_months")).toInt() == 6);
    const QJsonArray alerts = now.value(QStringLiteral("alerts")).toArray();
    REQUIRE(alerts.size() == 3);
    const QJsonObject overstay = alerts[0].toObject();
    CHECK(overstay.value(QStringLiteral("kind")).toString() == QStringLiteral("derogatoire_overstay"));
    CHECK(overstay.value(QStringLiteral("severity")).toString() == QStringLiteral("critical"));
    CHECK(overstay.value(QStringLiteral("company")).toString() == QStringLiteral("Comau Service"));
    CHECK(overstay.value(QStringLiteral("office")).toString() == QStringLiteral("B02"));
    CHECK(overstay.value(QStringLiteral("date")).toString() == QStringLiteral("2026-03-29"));
    CHECK(overstay.value(QStringLiteral("days_ahead")).toInt() == -245);
    CHECK(overstay.value(QStringLiteral("broken")).toBool());
    CHECK(overstay.value(QStringLiteral("lasts_until")).toString() == QStringLiteral("2028-02-29"));
    CHECK(overstay.value(QStringLiteral("lease_ids")).toArray().size() == 2);
    CHECK(overstay.value(QStringLiteral("rule")).toString().startsWith(QStringLiteral("Code de commerce, art. L145-5: ")));
    CHECK(alerts[1].toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("precaire_over_36_months"));
    CHECK(alerts[1].toObject().value(QStringLiteral("company")).toString() == QStringLiteral("PNT"));
    CHECK(alerts[1].toObject().value(QStringLiteral("severity")).toString() == QStringLiteral("warning"));
    CHECK(alerts[2].toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("stay_over_maximum"));
    CHECK(alerts[2].toObject().value(QStringLiteral("severity")).toString() == QStringLiteral("info"));
    CHECK(alerts[2].toObject().value(QStringLiteral("days_ahead")).toInt() == 92);

    // Nothing ahead: only what is already broken.
    CHECK(demo.json({"alerts", "--within-months", "0", "--format", "json"}).value(QStringLiteral("alerts")).toArray().size() == 1);
    // A year on, PNT's chain is over; Comau Service is still in place, past the maximum.
    const QJsonArray later = demo.json({"alerts", "--at", "2027-12-01", "--format", "json"}).value(QStringLiteral("alerts")).toArray();
    REQUIRE(later.size() == 2);
    CHECK(later[1].toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("stay_over_maximum"));
    CHECK(later[1].toObject().value(QStringLiteral("broken")).toBool());

    const QString text = demo.run({"alerts"}).out;
    CHECK(text.startsWith(QStringLiteral("Alerts on 29/11/2026, up to 6 months ahead, all sites\n")));
    CHECK(text.contains(QStringLiteral("CRITICAL — Left in place after a short-term lease — broken since 29/03/2026\n")));
    CHECK(text.contains(QStringLiteral("  Rule: Code de commerce, art. L145-5-1: ")));
    const QStringList csv = lines(demo.run({"alerts", "--format", "csv"}).out);
    CHECK(csv.size() == 4);
    CHECK(csv[0] == QStringLiteral("kind,severity,company,site,office,date,days_ahead,broken,lasts_until,message,rule\r"));

    demo.run({"add", "site", "Annexe"});
    CHECK(demo.run({"alerts", "--site", "Annexe"}).out.contains(QStringLiteral("No alert.")));
    CHECK(demo.run({"alerts", "--within-months", "six"}, 2).err.startsWith(QStringLiteral("pepin-cli: --within-months: 'six'")));
    demo.run({"alerts", "--at", "yesterday"}, 2);
    demo.run({"alerts", "--site", "Nowhere"}, 2);
    demo.run({"alerts", "--from", "2026-01-01", "--to", "2026-12-31"}, 1);
}
