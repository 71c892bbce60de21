// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pepin {

// The days from `start` to `end`, both included.
struct DateRange
{
    QDate start;
    QDate end;

    qint64 days() const { return start.daysTo(end) + 1; }
    friend bool operator==(const DateRange &, const DateRange &) = default;
};

// Whether a period is a forecast seen from `today`: it starts after today, so its figures come
// only from leases already signed for days to come. A period that holds today is partly observed,
// so it is not one. Charts draw forecasts differently.
inline bool isForecast(QDate periodStart, QDate today)
{
    return periodStart.isValid() && today.isValid() && periodStart > today;
}

// How a series cuts a range: into calendar days, months, quarters or years.
enum class PeriodStep { Day, Month, Quarter, Year };

// Stable codes, for the command line and JSON: "day", "month", "quarter", "year".
QString code(PeriodStep step);
std::optional<PeriodStep> parsePeriodStep(const QString &text);
QStringList periodStepCodes();

// [start, end] cut at the calendar boundaries of `step`, the first and last periods clipped to
// the range: 2026-01-15..2026-03-10 by month gives 01-15..01-31, 02-01..02-28, 03-01..03-10.
// Empty when `end` is before `start` or either date is invalid.
QList<DateRange> calendarPeriods(QDate start, QDate end, PeriodStep step);

} // namespace pepin
