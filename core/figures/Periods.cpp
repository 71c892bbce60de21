// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/Periods.h"

namespace pepin {

namespace {

// The first day of the calendar period after the one that holds `day`.
QDate nextPeriodStart(QDate day, PeriodStep step)
{
    switch (step) {
    case PeriodStep::Day:
        return day.addDays(1);
    case PeriodStep::Month:
        return QDate(day.year(), day.month(), 1).addMonths(1);
    case PeriodStep::Quarter:
        return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1).addMonths(3);
    case PeriodStep::Year:
        return QDate(day.year() + 1, 1, 1);
    }
    return day.addDays(1);
}

} // namespace

QString code(PeriodStep step)
{
    switch (step) {
    case PeriodStep::Day:
        return QStringLiteral("day");
    case PeriodStep::Month:
        return QStringLiteral("month");
    case PeriodStep::Quarter:
        return QStringLiteral("quarter");
    case PeriodStep::Year:
        return QStringLiteral("year");
    }
    return QString();
}

std::optional<PeriodStep> parsePeriodStep(const QString &text)
{
    const QString wanted = text.trimmed().toLower();
    for (PeriodStep step : {PeriodStep::Day, PeriodStep::Month, PeriodStep::Quarter, PeriodStep::Year}) {
        if (code(step) == wanted)
            return step;
    }
    return std::nullopt;
}

QStringList periodStepCodes()
{
    return {code(PeriodStep::Day), code(PeriodStep::Month), code(PeriodStep::Quarter), code(PeriodStep::Year)};
}

QList<DateRange> calendarPeriods(QDate start, QDate end, PeriodStep step)
{
    QList<DateRange> periods;
    if (!start.isValid() || !end.isValid() || end < start)
        return periods;
    for (QDate first = start; first.isValid() && first <= end;) {
        const QDate next = nextPeriodStart(first, step);
        const QDate last = next.isValid() ? std::min(next.addDays(-1), end) : end;
        periods << DateRange{first, last};
        if (last == end)
            break;
        first = next;
    }
    return periods;
}

} // namespace pepin
