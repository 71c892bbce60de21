// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "CatchQt.h"

#include "figures/Flows.h"
#include "figures/Indicators.h"
#include "figures/WaitingList.h"

using namespace pepin;
using namespace pepin::test;

// Entries, exits and stay lengths for the charts (figures/Flows.h), and the waiting list
// (figures/WaitingList.h), on a portfolio small enough to count on paper.

namespace {

Office office(Id id, Id siteId)
{
    Office result;
    result.id = id;
    result.siteId = siteId;
    result.code = QStringLiteral("O%1").arg(id);
    result.areaM2 = 20;
    result.workstations = 2;
    return result;
}

Lease lease(Id id, Id companyId, Id officeId, QDate start, QDate end = {}, QDate terminatedOn = {})
{
    Lease result = leaseOf(companyId, officeId, start, end);
    result.id = id;
    result.terminatedOn = terminatedOn;
    return result;
}

// Offices 1 and 2 in site 1, office 3 in site 2.
// - company 1: office 1 from 2020-03-01 to 2021-02-28, renewed to 2022-06-30: a stay of 852
//   days (27.99 months), in 2020, out in 2022;
// - company 2: office 2 from 2021-07-01, open-ended: in 2021, never out;
// - company 3: office 3 (site 2) over 2020, 366 days (12.02 months): in and out in 2020;
// - company 4: office 2 in 2019, cancelled: never counts;
// - company 5: office 1 from 2022-07-01 to 2025-06-30, ended early on 2024-01-15: 564 days
//   (18.53 months), in 2022, out in 2024.
struct Sample
{
    QList<Office> offices{office(1, 1), office(2, 1), office(3, 2)};
    QList<Lease> leases;

    Sample()
    {
        leases << lease(1, 1, 1, d("2020-03-01"), d("2021-02-28")) << lease(2, 1, 1, d("2021-03-01"), d("2022-06-30"))
               << lease(3, 2, 2, d("2021-07-01")) << lease(4, 3, 3, d("2020-01-01"), d("2020-12-31"));
        Lease cancelled = lease(5, 4, 2, d("2019-01-01"), d("2019-06-30"));
        cancelled.cancelled = true;
        leases << cancelled << lease(6, 5, 1, d("2022-07-01"), d("2025-06-30"), d("2024-01-15"));
    }
};

void checkBand(const StayLengthBand &band, int from, std::optional<int> to, int ended, int ongoing)
{
    CHECK(band.fromMonths == from);
    CHECK(band.toMonths == to);
    CHECK(band.ended == ended);
    CHECK(band.ongoing == ongoing);
}

} // namespace

TEST_CASE("Entries and exits per year count the stays that start and end in each year", "[figures][flows]")
{
    const Sample p;
    const QList<FlowPeriod> years = entriesAndExitsByYear(d("2019-01-01"), d("2024-12-31"), p.offices, p.leases);
    REQUIRE(years.size() == 6);
    const QList<std::pair<int, int>> expected{{0, 0}, {2, 1}, {1, 0}, {1, 1}, {0, 0}, {0, 1}};
    for (int i = 0; i < years.size(); ++i) {
        INFO("year " << 2019 + i);
        CHECK(years[i].start == QDate(2019 + i, 1, 1));
        CHECK(years[i].end == QDate(2019 + i, 12, 31));
        CHECK(years[i].entries == expected[i].first);
        CHECK(years[i].exits == expected[i].second);
        // The same words as the funders' indicators.
        const Indicators indicators = computeIndicators({years[i].start, years[i].end}, p.offices, p.leases, {});
        CHECK(years[i].entries == indicators.entries);
        CHECK(years[i].exits == indicators.exits.total);
    }
}

TEST_CASE("Entries and exits: a clipped first year, a site, a forecast and a bad range", "[figures][flows]")
{
    const Sample p;
    // From June 2020: companies 1 and 3 came in before, company 3 leaves on 2020-12-31.
    const QList<FlowPeriod> clipped = entriesAndExitsByYear(d("2020-06-01"), d("2021-12-31"), p.offices, p.leases);
    REQUIRE(clipped.size() == 2);
    CHECK(clipped[0].start == d("2020-06-01"));
    CHECK(clipped[0].entries == 0);
    CHECK(clipped[0].exits == 1);
    CHECK(clipped[1].entries == 1);

    // Site 1 only: company 3 was in site 2.
    const QList<FlowPeriod> site1 = entriesAndExitsByYear(d("2020-01-01"), d("2020-12-31"), p.offices, p.leases, Id(1));
    REQUIRE(site1.size() == 1);
    CHECK(site1[0].entries == 1);
    CHECK(site1[0].exits == 0);

    CHECK(clipped[1].isForecast(d("2020-12-31")));
    CHECK_FALSE(clipped[1].isForecast(d("2021-01-01")));

    const QList<FlowPeriod> bad = entriesAndExits({DateRange{d("2021-01-01"), d("2020-01-01")}}, p.offices, p.leases);
    REQUIRE(bad.size() == 1);
    CHECK(bad[0].entries == 0);
    CHECK(bad[0].exits == 0);
}

TEST_CASE("Stay lengths fall in yearly bands, ended stays whole and running ones so far", "[figures][flows]")
{
    const Sample p;
    const StayLengthDistribution end2022 = stayLengthDistribution(d("2022-12-31"), p.offices, p.leases);
    CHECK(end2022.date == d("2022-12-31"));
    REQUIRE(end2022.bands.size() == 5);
    // Company 5 (6.05 months so far); company 3 (12.02, ended) and company 2 (18.04 so far);
    // company 1 (27.99, ended).
    checkBand(end2022.bands[0], 0, 12, 0, 1);
    checkBand(end2022.bands[1], 12, 24, 1, 1);
    checkBand(end2022.bands[2], 24, 36, 1, 0);
    checkBand(end2022.bands[3], 36, 48, 0, 0);
    checkBand(end2022.bands[4], 48, std::nullopt, 0, 0);
    CHECK(end2022.ended == 2);
    CHECK(end2022.ongoing == 2);

    // Three years on, company 2 has stayed 1,646 days (54.08 months); company 5 left after 564.
    const StayLengthDistribution start2026 = stayLengthDistribution(d("2026-01-01"), p.offices, p.leases);
    checkBand(start2026.bands[0], 0, 12, 0, 0);
    checkBand(start2026.bands[1], 12, 24, 2, 0);
    checkBand(start2026.bands[2], 24, 36, 1, 0);
    checkBand(start2026.bands[4], 48, std::nullopt, 0, 1);

    // Before any stay, nothing; a site keeps its own stays.
    const StayLengthDistribution before = stayLengthDistribution(d("2019-12-31"), p.offices, p.leases);
    CHECK(before.ended + before.ongoing == 0);
    const StayLengthDistribution site2 = stayLengthDistribution(d("2022-12-31"), p.offices, p.leases, Id(2));
    CHECK(site2.ended == 1);
    CHECK(site2.ongoing == 0);
    CHECK(site2.bands[1].ended == 1);

    // Other bands: half-years up to two years.
    const StayLengthDistribution halves = stayLengthDistribution(d("2022-12-31"), p.offices, p.leases, std::nullopt, 6, 24);
    REQUIRE(halves.bands.size() == 5);
    checkBand(halves.bands[1], 6, 12, 0, 1); // company 5, 6.05 months
    checkBand(halves.bands[2], 12, 18, 1, 0); // company 3
    checkBand(halves.bands[3], 18, 24, 0, 1); // company 2, 18.04 months
    checkBand(halves.bands[4], 24, std::nullopt, 1, 0);
}

TEST_CASE("The waiting list counts the applications received by the day that still wait", "[figures][waiting]")
{
    auto application = [](ApplicationStatus status, QDate received) {
        Application result;
        result.status = status;
        result.receivedOn = received;
        return result;
    };
    const QList<Application> applications{
        application(ApplicationStatus::Received, d("2026-01-10")),
        application(ApplicationStatus::Committee, d("2026-02-01")),
        application(ApplicationStatus::Accepted, {}),
        application(ApplicationStatus::Housed, d("2025-12-01")),
        application(ApplicationStatus::Declined, d("2025-12-01")),
        application(ApplicationStatus::Received, d("2026-03-15")),
    };
    CHECK(waitingListLength(applications, d("2026-03-01")) == 3);
    CHECK(waitingListLength(applications, d("2026-03-15")) == 4);
    CHECK(waitingListLength(applications, d("2026-01-09")) == 1); // only the one with no date
    CHECK(waitingListLength({}, d("2026-03-01")) == 0);
    CHECK_FALSE(waitsForOffice(ApplicationStatus::Housed));
    CHECK(waitsForOffice(ApplicationStatus::Committee));
}
