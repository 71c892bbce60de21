// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartData.h"

#include "figures/Occupancy.h"
#include "util/Format.h"

#include <QDateTime>

#include <algorithm>

namespace pepin {

namespace {

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

QDate lastOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), day.daysInMonth());
}

// "March 2026", capitalised in every language ("mars 2026" → "Mars 2026").
QString monthName(QDate day, const QLocale &locale)
{
    const QString name = locale.standaloneMonthName(day.month(), QLocale::LongFormat);
    const QString text = QStringLiteral("%1 %2").arg(name).arg(day.year());
    return text.isEmpty() ? text : text.front().toUpper() + text.mid(1);
}

template<typename Period, typename Value>
TimeLine timeLine(const QList<Period> &periods, QDate today, Value value)
{
    TimeLine line;
    for (const Period &period : periods) {
        const std::optional<double> y = value(period);
        if (!y)
            continue;
        const QPointF point(ChartData::x(period.start), *y);
        if (isForecast(period.start, today)) {
            if (line.forecast.isEmpty() && !line.observed.isEmpty())
                line.forecast << line.observed.last();
            line.forecast << point;
        } else {
            line.observed << point;
        }
    }
    return line;
}

template<typename Period>
int monthHolding(const QList<Period> &periods, QDate day)
{
    for (int i = 0; i < periods.size(); ++i) {
        if (periods[i].start <= day && day <= periods[i].end)
            return i;
    }
    return -1;
}

QString measureLine(const QString &name, const Measure &measure, const QString &of, const Format &format)
{
    return ChartData::tr("%1: %2 (%3)", "a measure in a tip: name, rate, occupied / total")
        .arg(name, format.percent(measure.rate), of);
}

} // namespace

qreal ChartData::x(QDate day)
{
    return qreal(day.startOfDay().toMSecsSinceEpoch());
}

DateRange ChartData::span(ChartSpan span, QDate day, const DateRange &data, const DateRange &custom)
{
    const QDate forecastEnd = lastOfMonth(day.addMonths(forecastMonths));
    switch (span) {
    case ChartSpan::FiveYears:
        return {firstOfMonth(day.addMonths(-59)), forecastEnd};
    case ChartSpan::All: {
        if (!data.start.isValid())
            return ChartData::span(ChartSpan::Year, day, data);
        const QDate end = data.end.isValid() ? std::max(forecastEnd, lastOfMonth(data.end)) : forecastEnd;
        return {firstOfMonth(std::min(data.start, day)), end};
    }
    case ChartSpan::Custom:
        if (custom.start.isValid() && custom.end.isValid() && custom.start <= custom.end)
            return custom;
        return ChartData::span(ChartSpan::Year, day, data);
    case ChartSpan::Year:
        break;
    }
    return {firstOfMonth(day.addMonths(-11)), forecastEnd};
}

// ---- occupancy ---------------------------------------------------------------------------------

OccupancyChartData occupancyChartData(const Occupancy &occupancy, const DateRange &range, QDate today)
{
    return {occupancy.series(range.start, range.end, PeriodStep::Month), today};
}

TimeLine OccupancyChartData::line(OccupancyMeasure measure) const
{
    return timeLine(months, today, [measure](const OccupancyPeriod &period) -> std::optional<double> {
        const Measure &m = measure == OccupancyMeasure::Area ? period.area
            : measure == OccupancyMeasure::Offices         ? period.offices
                                                            : period.workstations;
        return m.rate ? std::optional<double>(*m.rate * 100.0) : std::nullopt;
    });
}

int OccupancyChartData::monthAt(QDate day) const
{
    return monthHolding(months, day);
}

QString measureName(OccupancyMeasure measure)
{
    switch (measure) {
    case OccupancyMeasure::Area:
        return ChartData::tr("Area");
    case OccupancyMeasure::Offices:
        return ChartData::tr("Offices");
    case OccupancyMeasure::Workstations:
        return ChartData::tr("Workstations");
    }
    return {};
}

QString occupancyTip(const OccupancyPeriod &month, QDate today, const Format &format)
{
    QStringList lines;
    QString title = monthName(month.start, format.locale());
    if (month.isForecast(today))
        title = ChartData::tr("%1 (forecast from signed leases)").arg(title);
    lines << QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    lines << measureLine(measureName(OccupancyMeasure::Area), month.area,
                         ChartData::tr("%1 of %2").arg(format.area(month.area.occupied), format.area(month.area.total)),
                         format)
                 .toHtmlEscaped();
    lines << measureLine(measureName(OccupancyMeasure::Offices), month.offices,
                         ChartData::tr("%1 of %2 offices")
                             .arg(format.number(month.offices.occupied, 1), format.number(month.offices.total, 1)),
                         format)
                 .toHtmlEscaped();
    lines << measureLine(measureName(OccupancyMeasure::Workstations), month.workstations,
                         ChartData::tr("%1 of %2 workstations")
                             .arg(format.number(month.workstations.occupied, 1), format.number(month.workstations.total, 1)),
                         format)
                 .toHtmlEscaped();
    if (month.start.daysTo(month.end) + 1 > 1)
        lines << ChartData::tr("Average per day over the month.").toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

// ---- sector mix ----------------------------------------------------------------------------------

QColor noSectorColour()
{
    return QColor(noSectorColorName());
}

QList<SectorSlice> sectorSlices(const SectorMix &mix, SectorMeasure measure)
{
    QList<SectorSlice> slices;
    for (const SectorShare &share : mix.sectors) {
        const double value = measure == SectorMeasure::Companies ? double(share.companies) : share.areaM2;
        if (value <= 0)
            continue;
        const QColor colour(share.color);
        slices << SectorSlice{share.sectorId, sectorLabel(share.name), colour.isValid() ? colour : noSectorColour(), value};
    }
    return slices;
}

// ---- entries and exits, stay lengths ---------------------------------------------------------------

BarData flowBars(const QList<FlowPeriod> &years)
{
    BarData bars;
    for (const FlowPeriod &year : years) {
        bars.categories << QString::number(year.start.year());
        bars.first << year.entries;
        bars.second << year.exits;
    }
    return bars;
}

BarData stayBars(const StayLengthDistribution &distribution)
{
    BarData bars;
    const bool years = std::all_of(distribution.bands.cbegin(), distribution.bands.cend(), [](const StayLengthBand &band) {
        return band.fromMonths % 12 == 0 && (!band.toMonths || *band.toMonths % 12 == 0);
    });
    for (const StayLengthBand &band : distribution.bands) {
        const int from = years ? band.fromMonths / 12 : band.fromMonths;
        const QString name = band.toMonths
            ? ChartData::tr("%1–%2", "a band of stay lengths").arg(from).arg(years ? *band.toMonths / 12 : *band.toMonths)
            : ChartData::tr("%1+", "the last band of stay lengths: that long or more").arg(from);
        bars.categories << name;
        bars.first << band.ended;
        bars.second << band.ongoing;
    }
    bars.axisTitle = years ? ChartData::tr("Years of stay") : ChartData::tr("Months of stay");
    return bars;
}

// ---- rent roll -------------------------------------------------------------------------------------

TimeLine RentRollChartData::line() const
{
    return timeLine(months, today,
                    [](const RentRollPeriod &period) -> std::optional<double> { return double(period.rentCents) / 100.0; });
}

int RentRollChartData::monthAt(QDate day) const
{
    return monthHolding(months, day);
}

QString rentRollTip(const RentRollPeriod &month, QDate today, const Format &format)
{
    QString title = monthName(month.start, format.locale());
    if (isForecast(month.start, today))
        title = ChartData::tr("%1 (forecast from signed leases)").arg(title);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    lines << ChartData::tr("Rent: %1 excl. VAT").arg(format.money(month.rentCents)).toHtmlEscaped();
    lines << ChartData::tr("Charges: %1").arg(format.money(month.chargesCents)).toHtmlEscaped();
    lines << ChartData::tr("Free space at reference rent: %1").arg(format.money(month.vacancyCents)).toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

} // namespace pepin
