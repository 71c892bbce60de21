// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "figures/Periods.h"

#include <QList>

#include <optional>

namespace pepin {

class Store;

// The indicators funders ask for over a period [A, B], computed here and nowhere else.
// DESIGN.md §3 does not define them; these are the definitions, and the command line prints a
// summary of them under its figures.
//
// - A company's *stay* is that of figures/Stays.h: from the start of its first lease to the last
//   day of its last one; cancelled leases never count.
// - **Companies hosted**: companies with at least one active lease (Lease::activeOn) on at least
//   one day of [A, B].
// - **Entries**: companies whose stay starts within [A, B].
// - **Exits**: companies whose stay ends within [A, B] (its last day is in [A, B]; a stay with an
//   open-ended lease has not ended), by the exit reason recorded on the company, "unknown" when
//   none is. The exit date recorded on the company is not used: the leases say when it left.
// - **Length of stay**, in months of 365.25 / 12 = 30.4375 days: days from the first to the last
//   day of the stay, both included, × 12 / 365.25. Two groups, never mixed: the stays that ended
//   within [A, B] (the exits), and the stays still running after B (they started on or before B
//   and end after B, or are open-ended), measured from their first day to B. Average and median
//   of each; the median of an even count is the mean of the two middle lengths. None when the
//   group is empty.
// - **Jobs hosted on a day D**: over the tenants on D (companies with at least one active lease
//   on D), the sum of each one's last headcount known on or before D (Company::headcountOn).
//   Tenants with no headcount known by then add nothing and are counted apart, so that a reader
//   sees how complete the sum is. Taken on A and on B.
// - **Survival after 3 (5) years**: among the former tenants whose stay ended at least 3 (5)
//   years before B (last day + 3 years <= B), *known* are those with an exit reason recorded,
//   *still active* those known whose reason is not `closed`; the share is active / known, none
//   when none is known. Limitation: Pépin keeps one exit reason per company, not a history, so a
//   company that closed after it left counts as closed only once someone has set its exit reason
//   to `closed`; the share reads "as recorded on B", not "as observed exactly 3 years after exit".
//
// With a site, only the leases of that site's offices count, for every figure above: a stay is
// then the company's time in that site.

// How many of the stays that ended in the period left for each reason.
struct ExitCounts
{
    int total = 0;
    int graduatedLocal = 0;
    int movedAway = 0;
    int closed = 0;
    int other = 0;
    int unknown = 0; // no exit reason recorded
};

// Lengths of a group of stays, in months (see above); no average or median when count is 0.
struct StayLengths
{
    int count = 0;
    std::optional<double> averageMonths;
    std::optional<double> medianMonths;
};

// Jobs hosted on one day.
struct JobsHosted
{
    QDate date;
    qint64 jobs = 0;   // the sum of the known headcounts of the tenants
    int tenants = 0;   // tenants on that day
    int unknown = 0;   // of which with no headcount known on that day
};

// Former tenants some years after their exit.
struct Survival
{
    int years = 0;
    int known = 0;  // exit reason recorded
    int active = 0; // exit reason recorded and not `closed`
    std::optional<double> share; // active / known; none when known is 0
};

struct Indicators
{
    QDate from;
    QDate to;
    int companiesHosted = 0;
    int entries = 0;
    ExitCounts exits;
    StayLengths endedStays;   // stays that ended within the period
    StayLengths ongoingStays; // stays running after the period's last day, measured to it
    JobsHosted jobsAtStart;
    JobsHosted jobsAtEnd;
    Survival threeYears;
    Survival fiveYears;
};

// The indicators over `period` from plain values. `siteId` keeps the leases of that site's
// offices (found in `offices`); without it every lease counts. A period with an invalid date
// or that ends before it starts gives zero counts and no averages, medians or shares.
Indicators computeIndicators(const DateRange &period, const QList<Office> &offices, const QList<Lease> &leases,
                             const QList<Company> &companies, std::optional<Id> siteId = std::nullopt);

// The same, reading the offices, leases and companies from the store once.
Indicators loadIndicators(Store &store, const DateRange &period, std::optional<Id> siteId = std::nullopt);

// The length in months of the days from `first` to `last`, both included: days × 12 / 365.25.
// 2026-01-01..2026-12-31 (365 days) is 11.9918 months; 0 when `last` is before `first`.
double stayMonths(QDate first, QDate last);

// The median of `values` (their order does not matter): the middle one, or the mean of the two
// middle ones for an even count; none when empty.
std::optional<double> median(QList<double> values);

} // namespace pepin
