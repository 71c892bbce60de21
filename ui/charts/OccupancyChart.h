// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartCard.h"
#include "ChartData.h"

#include <QList>

class QAbstractButton;
class QButtonGroup;
class QDateEdit;
class QLineSeries;
class QValueAxis;

namespace pepin {

// Occupancy over time: the rate by area, by office and by workstation month by month, the
// months to come (from the leases signed) dashed; hovering a month shows its figures. Its
// switches choose the months shown: the past year, five years, everything, or two dates.
class OccupancyChart : public ChartCard
{
    Q_OBJECT

public:
    explicit OccupancyChart(QWidget *parent = nullptr);

    void setData(OccupancyChartData data);
    const OccupancyChartData &data() const { return m_data; }

    ChartSpan span() const { return m_span; }
    void setSpan(ChartSpan span);
    // The dates of the custom span.
    DateRange customRange() const;
    void setCustomRange(const DateRange &range);
    QAbstractButton *spanButton(ChartSpan span) const;

    // The series drawn for one measure: the observed part and the forecast.
    QLineSeries *observedSeries(OccupancyMeasure measure) const;
    QLineSeries *forecastSeries(OccupancyMeasure measure) const;

signals:
    // The months to show changed: the owner gives the data of the new span.
    void spanChanged();

protected:
    void rebuild() override;
    void retranslate() override;

private:
    OccupancyChartData m_data;
    ChartSpan m_span = ChartSpan::Year;
    QButtonGroup *m_spans;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QList<QLineSeries *> m_observed;
    QList<QLineSeries *> m_forecast;
};

} // namespace pepin
