// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "CatchQt.h"
#include "TestDatabase.h"

#include "demo/DemoData.h"
#include "figures/Alerts.h"

using namespace pepin;
using namespace pepin::test;

// The legal and policy alerts of figures/Alerts.h: each rule firing and not firing at its
// boundary, how far ahead alerts are shown and how severe they are, and what they say on the demo.

namespace {

// One site (maximum stay 48 months), two offices, one company, and the leases a test gives.
struct Incubator
{
    AlertSources sources;

    Incubator()
    {
        Site site;
        site.id = 1;
        site.name = QStringLiteral("Ateliers");
        sources.sites << site;
        for (Id id : {1, 2}) {
            Office office;
            office.id = id;
            office.siteId = 1;
            office.code = QStringLiteral("B0%1").arg(id);
            office.areaM2 = 30;
            office.workstations = 3;
            sources.offices << office;
        }
        Company company;
        company.id = 1;
        company.name = QStringLiteral("Comau");
        sources.companies << company;
    }

    void add(LeaseType type, QDate start, QDate end, Id officeId = 1)
    {
        Lease lease = leaseOf(1, officeId, start, end);
        lease.id = sources.leases.size() + 1;
        lease.type = type;
        sources.leases << lease;
    }

    QList<Alert> situations(AlertKind kind) const
    {
        QList<Alert> found;
        for (const Alert &alert : alertSituations(sources)) {
            if (alert.kind == kind)
                found << alert;
        }
        return found;
    }
};

} // namespace

TEST_CASE("short-term leases of the same premises may total 36 months, not a day more", "[figures][alerts]")
{
    Incubator incubator;
    // 12 months, then 24: 2023-03-01..2026-02-28 is exactly 36 months (lastDayWithin).
    incubator.add(LeaseType::Derogatoire, d("2023-03-01"), d("2024-02-29"));
    SECTION("exactly 36 months is allowed")
    {
        incubator.add(LeaseType::Derogatoire, d("2024-03-01"), d("2026-02-28"));
        CHECK(incubator.situations(AlertKind::DerogatoireOver36Months).isEmpty());
    }
    SECTION("36 months and 1 day is not")
    {
        incubator.add(LeaseType::Derogatoire, d("2024-03-01"), d("2026-03-01"));
        const QList<Alert> alerts = incubator.situations(AlertKind::DerogatoireOver36Months);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].date == d("2026-03-01")); // the first day past 36 months
        CHECK(alerts[0].lastsUntil == d("2026-03-01"));
        CHECK(alerts[0].companyId == 1);
        CHECK(alerts[0].officeId == 1);
        CHECK(alerts[0].leaseIds == QList<Id>{1, 2});
        CHECK(alerts[0].message.contains(QStringLiteral("Comau")));
        CHECK(alerts[0].message.contains(QStringLiteral("B01 (Ateliers)")));
        CHECK(alerts[0].rule.startsWith(QStringLiteral("Code de commerce, art. L145-5:")));
    }
    SECTION("an open-ended short-term lease passes 36 months too")
    {
        incubator.add(LeaseType::Derogatoire, d("2024-03-01"), QDate());
        const QList<Alert> alerts = incubator.situations(AlertKind::DerogatoireOver36Months);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].date == d("2026-03-01"));
        CHECK(alerts[0].lastsUntil.isNull());
    }
    SECTION("other premises, other chain")
    {
        incubator.add(LeaseType::Derogatoire, d("2024-03-01"), d("2026-03-01"), 2);
        CHECK(incubator.situations(AlertKind::DerogatoireOver36Months).isEmpty());
    }
    SECTION("a cancelled lease is not part of the chain")
    {
        incubator.add(LeaseType::Derogatoire, d("2024-03-01"), d("2026-03-01"));
        incubator.sources.leases.last().cancelled = true;
        CHECK(incubator.situations(AlertKind::DerogatoireOver36Months).isEmpty());
    }
}

TEST_CASE("a tenant left in place more than a month after a short-term lease", "[figures][alerts]")
{
    Incubator incubator;
    // The term is 28 February 2026; one month after is 28 March; the day after, 29 March.
    incubator.add(LeaseType::Derogatoire, d("2023-03-01"), d("2026-02-28"));
    SECTION("a précaire agreement that runs on fires on term + 1 month + 1 day")
    {
        incubator.add(LeaseType::Precaire, d("2026-03-01"), d("2028-02-29"));
        const QList<Alert> alerts = incubator.situations(AlertKind::DerogatoireOverstay);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].date == d("2026-03-29"));
        CHECK(alerts[0].lastsUntil == d("2028-02-29"));
        CHECK(alerts[0].leaseIds == QList<Id>{1, 2});
        CHECK(alerts[0].rule.contains(QStringLiteral("more than one month after the term")));
    }
    SECTION("staying exactly one month is not more than a month")
    {
        incubator.add(LeaseType::Precaire, d("2026-03-01"), d("2026-03-28"));
        CHECK(incubator.situations(AlertKind::DerogatoireOverstay).isEmpty());
    }
    SECTION("one day more is")
    {
        incubator.add(LeaseType::Precaire, d("2026-03-01"), d("2026-03-29"));
        CHECK(incubator.situations(AlertKind::DerogatoireOverstay).size() == 1);
    }
    SECTION("a commercial lease that follows is what the law asks for")
    {
        incubator.add(LeaseType::Commercial, d("2026-03-01"), d("2035-02-28"));
        CHECK(incubator.situations(AlertKind::DerogatoireOverstay).isEmpty());
    }
    SECTION("another short-term lease that follows is the chain's business, not this rule's")
    {
        incubator.add(LeaseType::Derogatoire, d("2026-03-01"), d("2026-12-31"));
        CHECK(incubator.situations(AlertKind::DerogatoireOverstay).isEmpty());
        CHECK(incubator.situations(AlertKind::DerogatoireOver36Months).size() == 1);
    }
    SECTION("moving to another office is not staying in place")
    {
        incubator.add(LeaseType::Precaire, d("2026-03-01"), d("2028-02-29"), 2);
        CHECK(incubator.situations(AlertKind::DerogatoireOverstay).isEmpty());
    }
}

TEST_CASE("a stay passing the site's maximum", "[figures][alerts]")
{
    Incubator incubator;
    incubator.add(LeaseType::Derogatoire, d("2023-03-01"), d("2026-02-28"));
    SECTION("48 months exactly is allowed")
    {
        incubator.add(LeaseType::Precaire, d("2026-03-01"), d("2027-02-28"));
        CHECK(incubator.situations(AlertKind::StayOverMaximum).isEmpty());
    }
    SECTION("48 months and a day is not, dated the first day past the maximum")
    {
        incubator.add(LeaseType::Precaire, d("2026-03-01"), d("2027-03-01"));
        const QList<Alert> alerts = incubator.situations(AlertKind::StayOverMaximum);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].date == d("2027-03-01"));
        CHECK(alerts[0].officeId == 1);
        CHECK(alerts[0].leaseIds == QList<Id>{2}); // only the lease that runs past
        CHECK(alerts[0].rule.contains(QStringLiteral("48 months")));
    }
    SECTION("the site's own maximum applies, and counts the whole stay over every office")
    {
        incubator.sources.sites[0].maxStayMonths = 24;
        // 2023-03-01 + 24 months: the last day allowed is 2025-02-28.
        incubator.add(LeaseType::Precaire, d("2026-03-01"), d("2026-06-30"), 2);
        const QList<Alert> alerts = incubator.situations(AlertKind::StayOverMaximum);
        REQUIRE(alerts.size() == 2);
        CHECK(alerts[0].officeId == 1);
        CHECK(alerts[0].date == d("2025-03-01"));
        CHECK(alerts[1].officeId == 2);
        CHECK(alerts[1].date == d("2026-03-01")); // past the maximum from its first day
        CHECK(alerts[1].rule.contains(QStringLiteral("24 months")));
    }
    SECTION("an open-ended stay passes any maximum")
    {
        incubator.add(LeaseType::Commercial, d("2026-03-01"), QDate());
        const QList<Alert> alerts = incubator.situations(AlertKind::StayOverMaximum);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].date == d("2027-03-01"));
        CHECK(alerts[0].lastsUntil.isNull());
    }
}

TEST_CASE("précaire agreements stacking up", "[figures][alerts]")
{
    Incubator incubator;
    incubator.add(LeaseType::Precaire, d("2024-01-01"), d("2024-12-31"));
    incubator.add(LeaseType::Precaire, d("2025-01-01"), d("2025-12-31"));
    SECTION("two in a row are allowed")
    {
        CHECK(incubator.situations(AlertKind::PrecaireRenewals).isEmpty());
        CHECK(incubator.situations(AlertKind::PrecaireOver36Months).isEmpty());
    }
    SECTION("a third in a row is not, from its start")
    {
        incubator.add(LeaseType::Precaire, d("2026-01-01"), d("2026-12-31"));
        const QList<Alert> alerts = incubator.situations(AlertKind::PrecaireRenewals);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].date == d("2026-01-01"));
        CHECK(alerts[0].leaseIds == QList<Id>{1, 2, 3});
        // 2024-01-01..2026-12-31 is exactly 36 months: not past them.
        CHECK(incubator.situations(AlertKind::PrecaireOver36Months).isEmpty());
    }
    SECTION("a day's gap starts a new chain")
    {
        incubator.add(LeaseType::Precaire, d("2026-01-02"), d("2026-12-31"));
        CHECK(incubator.situations(AlertKind::PrecaireRenewals).isEmpty());
    }
    SECTION("a chain past 36 months, even of two agreements")
    {
        // 2024-01-01 + 36 months: the last day allowed is 2026-12-31.
        incubator.sources.leases[1].end = d("2027-01-01");
        const QList<Alert> alerts = incubator.situations(AlertKind::PrecaireOver36Months);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].date == d("2027-01-01"));
    }
}

TEST_CASE("alerts are shown 6 months ahead, more severe as they come nearer", "[figures][alerts]")
{
    const QDate day = d("2026-11-29");
    // One month ahead is 29/12/2026, three months 28/02/2027 (February is short), six 29/05/2027.
    CHECK(alertSeverity(AlertKind::StayOverMaximum, d("2026-11-28"), day) == AlertSeverity::Critical); // broken
    CHECK(alertSeverity(AlertKind::StayOverMaximum, d("2026-11-29"), day) == AlertSeverity::Critical);
    CHECK(alertSeverity(AlertKind::StayOverMaximum, d("2026-12-29"), day) == AlertSeverity::Critical);
    CHECK(alertSeverity(AlertKind::StayOverMaximum, d("2026-12-30"), day) == AlertSeverity::Warning);
    CHECK(alertSeverity(AlertKind::StayOverMaximum, d("2027-02-28"), day) == AlertSeverity::Warning);
    CHECK(alertSeverity(AlertKind::StayOverMaximum, d("2027-03-01"), day) == AlertSeverity::Info);
    // A précaire chain is a risk, never more than a warning.
    CHECK(alertSeverity(AlertKind::PrecaireOver36Months, d("2026-11-01"), day) == AlertSeverity::Warning);
    CHECK(alertSeverity(AlertKind::PrecaireRenewals, d("2027-03-01"), day) == AlertSeverity::Info);

    // A stay from 2022-12-01 reaches 48 months on 2026-11-30 and passes them on 2026-12-01.
    Incubator incubator;
    incubator.add(LeaseType::Commercial, d("2022-12-01"), d("2027-12-31"));
    auto shownOn = [&](const char *when, int months = defaultAlertMonths) { return alertsOn(incubator.sources, d(when), months); };

    CHECK(shownOn("2026-05-31").isEmpty()); // 6 months before is 01/06/2026
    REQUIRE(shownOn("2026-06-01").size() == 1);
    CHECK(shownOn("2026-06-01")[0].severity == AlertSeverity::Info);
    CHECK(shownOn("2026-06-01")[0].daysAhead == 183);
    CHECK(shownOn("2026-08-31")[0].severity == AlertSeverity::Info);
    CHECK(shownOn("2026-09-01")[0].severity == AlertSeverity::Warning); // 3 months before
    CHECK(shownOn("2026-10-31")[0].severity == AlertSeverity::Warning);
    CHECK(shownOn("2026-11-01")[0].severity == AlertSeverity::Critical); // 1 month before
    CHECK_FALSE(shownOn("2026-11-30")[0].broken());
    CHECK(shownOn("2026-12-01")[0].broken());
    CHECK(shownOn("2026-12-01")[0].daysAhead == 0);
    CHECK(shownOn("2027-12-31")[0].daysAhead == -395);
    CHECK(shownOn("2027-12-31")[0].severity == AlertSeverity::Critical);
    // Once the situation is over, the alert is history.
    CHECK(shownOn("2028-01-01").isEmpty());
    // --within-months 12 looks further ahead.
    CHECK(shownOn("2025-12-01", 12).size() == 1);
    CHECK(shownOn("2025-11-30", 12).isEmpty());

    // Only the offices of the filter.
    OccupancyFilter otherSite;
    otherSite.siteId = 2;
    CHECK(alertsOn(incubator.sources, d("2026-12-01"), defaultAlertMonths, otherSite).isEmpty());
}

TEST_CASE("the demo's alerts on 29 November 2026", "[figures][alerts][demo]")
{
    TestDatabase db;
    if (const Status populated = DemoData::populate(db.store(), Clock::fixed(d("2026-11-29"))); !populated)
        FAIL(populated.error().message().toStdString());
    Store &store = db.store();
    const AlertSources sources{store.sites(), store.offices(), store.companies(), store.leases()};
    const QList<Alert> alerts = alertsOn(sources, d("2026-11-29"));
    auto company = [&](const Alert &alert) { return store.company(alert.companyId)->name; };
    auto office = [&](const Alert &alert) { return store.office(alert.officeId)->code; };

    REQUIRE(alerts.size() == 3);
    // Comau Service: a short-term lease from 2023-03-01 to 2026-02-28 (exactly 36 months, allowed),
    // then a précaire agreement from 2026-03-01: in place more than a month after the term since
    // 2026-03-29.
    CHECK(alerts[0].kind == AlertKind::DerogatoireOverstay);
    CHECK(company(alerts[0]) == QStringLiteral("Comau Service"));
    CHECK(office(alerts[0]) == QStringLiteral("B02"));
    CHECK(alerts[0].date == d("2026-03-29"));
    CHECK(alerts[0].broken());
    CHECK(alerts[0].severity == AlertSeverity::Critical);
    // PNT: two précaire agreements from 2023-12-01 to 2027-11-30, past 36 months on 2026-12-01.
    CHECK(alerts[1].kind == AlertKind::PrecaireOver36Months);
    CHECK(company(alerts[1]) == QStringLiteral("PNT"));
    CHECK(alerts[1].date == d("2026-12-01"));
    CHECK(alerts[1].daysAhead == 2);
    CHECK(alerts[1].severity == AlertSeverity::Warning);
    // Comau Service's stay passes 48 months on 2027-03-01 (planned to 2028-02-29).
    CHECK(alerts[2].kind == AlertKind::StayOverMaximum);
    CHECK(company(alerts[2]) == QStringLiteral("Comau Service"));
    CHECK(alerts[2].date == d("2027-03-01"));
    CHECK(alerts[2].severity == AlertSeverity::Info);
    // Praxys: a short-term lease of exactly 36 months ending 2026-12-31, nothing after it: no alert.
    for (const Alert &alert : alerts)
        CHECK(company(alert) != QStringLiteral("Praxys"));
}
