// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "figures/OccupancyFilter.h"
#include "figures/Periods.h"

#include <QList>

namespace pepin {

// The rent roll (DESIGN.md §3): what the leases bring in over a period, and what the free space
// would bring at its reference rent.
//
// Conventions, so that every figure can be checked on paper:
// - A month's rent is spread evenly over the days of its calendar month: a lease in force on
//   `n` days of a month of `m` days owes monthly rent × n / m for it, each day at the rent step
//   in force that day (a step change mid-month splits the month). Charges likewise.
// - Sums are kept exact in cent-days and rounded to the cent, half away from zero, only once per
//   lease and calendar month (per office and month for the vacancy cost). A period's figures are
//   the sums of these rounded amounts, so a year is exactly the sum of its months.
// - The vacancy cost of an office in service is its reference rent (area × € per m² per year / 12
//   a month, at 100 %) times its free share on each day: 1 for a private office without an active
//   lease, 1 − occupied workstations / workstations for a shared one, prorated by day like rent.

// One lease over the period.
struct RentRollLine
{
    Id leaseId = 0;
    Id companyId = 0;
    Id officeId = 0;
    LeaseType type = LeaseType::Precaire;
    qint64 days = 0; // days the lease is active in the period
    Cents rentCents = 0;
    Cents chargesCents = 0;
};

// The reference rent of one office's free space over the period.
struct VacancyLine
{
    Id officeId = 0;
    double freeOfficeDays = 0; // Σ free share × day: 30 for an office free all of a 30-day month
    Cents costCents = 0;
};

struct RentRollPeriod
{
    QDate start;
    QDate end;
    QList<RentRollLine> leases;     // each lease active at least one day, by office then start
    QList<VacancyLine> vacancies;   // each office with some free space, in the offices' order
    Cents rentCents = 0;            // Σ leases
    Cents chargesCents = 0;         // Σ leases
    Cents vacancyCents = 0;         // Σ vacancies
};

// Whether a rent roll lists its leases and free offices, or gives its totals alone (the same
// sums, of the same rounded amounts, for a figure that shows no line).
enum class RentRollLines { Listed, TotalsOnly };

// The rent roll of the offices that `filter` keeps, over [start, end] whole (each lease and
// office once, its calendar months added up).
RentRollPeriod rentRollOver(const QList<Office> &offices, const QList<Lease> &leases, QDate start, QDate end,
                            const OccupancyFilter &filter = {}, RentRollLines lines = RentRollLines::Listed);

// rentRollOver for each calendar month of [start, end], the first and last clipped to the range.
QList<RentRollPeriod> rentRollByMonth(const QList<Office> &offices, const QList<Lease> &leases, QDate start, QDate end,
                                      const OccupancyFilter &filter = {}, RentRollLines lines = RentRollLines::Listed);

// A monthly amount for `days` days of a month of `daysInMonth` days: amount × days / daysInMonth
// in cents, rounded half away from zero. `centDays` is the amount × days already summed.
Cents proratedCents(qint64 centDays, int daysInMonth);

} // namespace pepin
