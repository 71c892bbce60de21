// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"

#include <QHash>
#include <QList>

#include <optional>

namespace pepin {

// A company's time in the incubator (DESIGN.md §2): from the start of its first lease to the
// last day of its last one, over all its offices. Cancelled leases do not count. `last` is null
// while an open-ended lease runs.
struct Stay
{
    Id companyId = 0;
    QDate first;
    QDate last;

    bool ongoingOn(QDate day) const { return withinDays(day, first, last); }
    // Takes in one more of the company's leases that count, from `start` to `lastDay` (null:
    // open-ended).
    void add(QDate start, QDate lastDay);
};

// The stay of every company that has at least one lease that counts.
QHash<Id, Stay> staysOf(const QList<Lease> &leases);

// The leases whose stays the figures count: not cancelled, with a start, and of the site's
// offices when a site is given.
QList<Lease> leasesCounted(const QList<Office> &offices, const QList<Lease> &leases, std::optional<Id> siteId);

// The stays of the leases that count (as leasesCounted keeps them), by company id; the leases
// are read where they are, none copied.
QList<Stay> staysCounted(const QList<Office> &offices, const QList<Lease> &leases, std::optional<Id> siteId);

// Whole calendar months and remaining days covered by the days from `first` to `last`, both
// included: 2023-03-01..2026-02-28 is 36 months and 0 days; 2026-01-15..2026-02-14 is 1 month.
struct MonthsAndDays
{
    int months = 0;
    int days = 0;
    friend bool operator==(const MonthsAndDays &, const MonthsAndDays &) = default;
};
MonthsAndDays durationOf(QDate first, QDate last);

// The last day of a span of `months` calendar months starting on `first`:
// lastDayWithin(2023-03-01, 36) is 2026-02-28. A span ending on or before it lasts at most
// `months` months.
QDate lastDayWithin(QDate first, int months);

} // namespace pepin
