// SPDX-License-Identifier: GPL-3.0-or-later
#include "RentRollChart.h"

#include "util/Format.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace pepin {

// ---- RentRollChart ------------------------------------------------------------------------------

RentRollChart::RentRollChart(QWidget *parent)
    : ChartCard(parent)
{
    setObjectName(QStringLiteral("rentRollChart"));
    view()->setTipAt([this](QPointF value) {
        const int month = m_data.monthAt(dateAt(value.x()));
        return month < 0 ? QString() : rentRollTip(m_data.months.at(month), m_data.today, Format(QLocale()));
    });
    finishSetup();
}

void RentRollChart::setData(RentRollChartData data)
{
    m_data = std::move(data);
    rebuild();
}

void RentRollChart::retranslate()
{
    setTitle(tr("Rent roll per month"));
}

void RentRollChart::rebuild()
{
    clearChart();
    QChart *c = chart();
    const TimeLine line = m_data.line();
    const QColor colour = seriesColour(QColor(0x6a, 0x4c, 0x9c));
    m_observed = lineSeries(line.observed, colour, false);
    m_observed->setName(tr("Rent excl. VAT"));
    m_observed->setPointsVisible(true);
    m_forecast = lineSeries(line.forecast, colour, true);
    m_forecast->setName(tr("Forecast (signed leases)"));
    m_forecast->setPointsVisible(true);

    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(monthAxisFormat());
    auto *yAxis = new QValueAxis;
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    styleAxis(xAxis);
    styleAxis(yAxis);
    for (QLineSeries *series : {m_observed, m_forecast}) {
        c->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    double top = 0;
    for (const QList<QPointF> *points : {&line.observed, &line.forecast}) {
        for (const QPointF &point : *points)
            top = std::max(top, point.y());
    }
    yAxis->setRange(0, top > 0 ? top * 1.1 : 1000);
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("%.0f\u00a0€"));
    if (!m_data.months.isEmpty()) {
        xAxis->setRange(m_data.months.first().start.startOfDay(), m_data.months.last().start.startOfDay());
        xAxis->setTickCount(5);
    }
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
}

} // namespace pepin
