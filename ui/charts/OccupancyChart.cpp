// SPDX-License-Identifier: GPL-3.0-or-later
#include "OccupancyChart.h"

#include "util/Format.h"

#include <QButtonGroup>
#include <QChart>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolButton>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pepin {

namespace {

constexpr OccupancyMeasure measures[] = {OccupancyMeasure::Area, OccupancyMeasure::Offices, OccupancyMeasure::Workstations};

// Colours that tell the lines apart on a light and on a dark background alike.
QColor measureColour(OccupancyMeasure measure)
{
    switch (measure) {
    case OccupancyMeasure::Area:
        return QColor(0x1f, 0x77, 0xb4);
    case OccupancyMeasure::Offices:
        return QColor(0xe0, 0x7b, 0x10);
    case OccupancyMeasure::Workstations:
        return QColor(0x2c, 0xa0, 0x5a);
    }
    return {};
}

} // namespace

// ---- OccupancyChart -----------------------------------------------------------------------------

OccupancyChart::OccupancyChart(QWidget *parent)
    : ChartCard(parent)
    , m_spans(new QButtonGroup(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    setObjectName(QStringLiteral("occupancyChart"));
    for (const ChartSpan span : {ChartSpan::Year, ChartSpan::FiveYears, ChartSpan::All, ChartSpan::Custom}) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_spans->addButton(button, int(span));
        controls()->addWidget(button);
        if (span == ChartSpan::Custom) {
            controls()->addWidget(m_from);
            controls()->addWidget(m_to);
        }
    }
    m_spans->button(int(ChartSpan::Year))->setChecked(true);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->hide();
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_span == ChartSpan::Custom)
                emit spanChanged();
        });
    }
    connect(m_spans, &QButtonGroup::idClicked, this, [this](int id) { setSpan(ChartSpan(id)); });

    view()->setTipAt([this](QPointF value) {
        const int month = m_data.monthAt(dateAt(value.x()));
        return month < 0 ? QString() : occupancyTip(m_data.months.at(month), m_data.today, Format(QLocale()));
    });
    finishSetup();
}

void OccupancyChart::setSpan(ChartSpan span)
{
    m_spans->button(int(span))->setChecked(true);
    m_from->setVisible(span == ChartSpan::Custom);
    m_to->setVisible(span == ChartSpan::Custom);
    if (span == m_span)
        return;
    if (span == ChartSpan::Custom && !m_data.months.isEmpty()) {
        // Starts from the months shown now.
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(m_data.months.first().start);
        m_to->setDate(m_data.months.last().end);
    }
    m_span = span;
    emit spanChanged();
}

DateRange OccupancyChart::customRange() const
{
    return {m_from->date(), m_to->date()};
}

void OccupancyChart::setCustomRange(const DateRange &range)
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(range.start);
    m_to->setDate(range.end);
    if (m_span == ChartSpan::Custom)
        emit spanChanged();
}

QAbstractButton *OccupancyChart::spanButton(ChartSpan span) const
{
    return m_spans->button(int(span));
}

QLineSeries *OccupancyChart::observedSeries(OccupancyMeasure measure) const
{
    return m_observed.value(int(measure));
}

QLineSeries *OccupancyChart::forecastSeries(OccupancyMeasure measure) const
{
    return m_forecast.value(int(measure));
}

void OccupancyChart::setData(OccupancyChartData data)
{
    m_data = std::move(data);
    rebuild();
}

void OccupancyChart::retranslate()
{
    setTitle(tr("Occupancy over time"));
    m_spans->button(int(ChartSpan::Year))->setText(tr("1 year"));
    m_spans->button(int(ChartSpan::FiveYears))->setText(tr("5 years"));
    m_spans->button(int(ChartSpan::All))->setText(tr("All"));
    m_spans->button(int(ChartSpan::Custom))->setText(tr("Dates…"));
    m_spans->button(int(ChartSpan::Year))->setToolTip(tr("The last 12 months and the next %1, from the leases signed").arg(forecastMonths));
    m_spans->button(int(ChartSpan::FiveYears))->setToolTip(tr("The last 5 years and the next %1 months").arg(forecastMonths));
    m_spans->button(int(ChartSpan::All))->setToolTip(tr("From the first lease to the last one signed"));
    m_spans->button(int(ChartSpan::Custom))->setToolTip(tr("Choose the first and last day"));
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    m_from->setDisplayFormat(format);
    m_to->setDisplayFormat(format);
}

void OccupancyChart::rebuild()
{
    clearChart();
    QChart *c = chart();
    m_observed.clear();
    m_forecast.clear();

    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(monthAxisFormat());
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, 100);
    yAxis->setTickCount(6);
    yAxis->setLabelFormat(QStringLiteral("%.0f\u00a0%"));
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    styleAxis(xAxis);
    styleAxis(yAxis);

    for (const OccupancyMeasure measure : measures) {
        const TimeLine line = m_data.line(measure);
        const QColor colour = seriesColour(measureColour(measure));
        QLineSeries *observed = lineSeries(line.observed, colour, false);
        observed->setName(measureName(measure));
        QLineSeries *forecast = lineSeries(line.forecast, colour, true);
        for (QLineSeries *series : {observed, forecast}) {
            c->addSeries(series);
            series->attachAxis(xAxis);
            series->attachAxis(yAxis);
        }
        hideFromLegend(c, forecast);
        m_observed << observed;
        m_forecast << forecast;
    }
    // The legend's word for the dashed part.
    auto *key = lineSeries({}, palette().color(QPalette::Text), true);
    key->setName(tr("Forecast (signed leases)"));
    c->addSeries(key);
    key->attachAxis(xAxis);
    key->attachAxis(yAxis);

    if (!m_data.months.isEmpty()) {
        xAxis->setRange(m_data.months.first().start.startOfDay(), m_data.months.last().start.startOfDay());
        const int months = int(m_data.months.size());
        xAxis->setTickCount(std::clamp(months <= 13 ? months / 2 + 1 : 7, 2, 7));
    }
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
}

} // namespace pepin
