// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountChart.h"

#include "util/Format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pepin {

namespace {

// An axis of whole numbers from 0: one tick per unit while few, else about five round steps.
void countAxis(QValueAxis *axis, int largest)
{
    const int top = std::max(largest, 1);
    if (top <= 6) {
        axis->setRange(0, top);
        axis->setTickCount(top + 1);
    } else {
        const int step = int(std::ceil(double(top) / 5.0));
        axis->setRange(0, step * 5);
        axis->setTickCount(6);
    }
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

} // namespace

// ---- CountChart ---------------------------------------------------------------------------------

CountChart::CountChart(Kind kind, QWidget *parent)
    : ChartCard(parent)
    , m_kind(kind)
{
    setObjectName(kind == Kind::Flows ? QStringLiteral("flowsChart") : QStringLiteral("stayLengthsChart"));
    finishSetup();
}

void CountChart::setData(BarData data)
{
    m_data = std::move(data);
    rebuild();
}

QString CountChart::firstName() const
{
    return m_kind == Kind::Flows ? tr("Entries") : tr("Stays ended");
}

QString CountChart::secondName() const
{
    return m_kind == Kind::Flows ? tr("Exits") : tr("Tenants now");
}

void CountChart::retranslate()
{
    setTitle(m_kind == Kind::Flows ? tr("Entries and exits per year") : tr("Length of stay"));
}

void CountChart::rebuild()
{
    clearChart();
    QChart *c = chart();
    auto *first = new QBarSet(firstName());
    auto *second = new QBarSet(secondName());
    const bool flows = m_kind == Kind::Flows;
    const QColor firstColour = seriesColour(flows ? QColor(0x2c, 0xa0, 0x5a) : QColor(0x8c, 0x8c, 0xa0));
    const QColor secondColour = seriesColour(flows ? QColor(0xd6, 0x5f, 0x3c) : QColor(0x1f, 0x77, 0xb4));
    first->setColor(firstColour);
    first->setBorderColor(firstColour);
    second->setColor(secondColour);
    second->setBorderColor(secondColour);
    for (const int value : std::as_const(m_data.first))
        *first << value;
    for (const int value : std::as_const(m_data.second))
        *second << value;

    QAbstractBarSeries *series = flows ? static_cast<QAbstractBarSeries *>(new QBarSeries)
                                       : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    series->append(first);
    series->append(second);
    series->setBarWidth(flows ? 0.75 : 0.6);
    c->addSeries(series);

    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(m_data.categories);
    // Many years: the labels turn to stay readable.
    if (m_data.categories.size() > 7)
        xAxis->setLabelsAngle(-90);
    if (!m_data.axisTitle.isEmpty())
        xAxis->setTitleText(m_data.axisTitle);
    auto *yAxis = new QValueAxis;
    int largest = 0;
    for (int i = 0; i < m_data.categories.size(); ++i) {
        const int a = m_data.first.value(i);
        const int b = m_data.second.value(i);
        largest = std::max(largest, flows ? std::max(a, b) : a + b);
    }
    countAxis(yAxis, largest);
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    styleAxis(xAxis);
    styleAxis(yAxis);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    c->legend()->setAlignment(Qt::AlignBottom);

    connect(series, &QAbstractBarSeries::hovered, this, [this](bool on, int index, QBarSet *set) {
        if (!on || index < 0 || index >= m_data.categories.size()) {
            QToolTip::hideText();
            return;
        }
        const Format format{QLocale()};
        const QString tip = tr("%1 — %2: %3", "a bar: category, series, count")
                                .arg(m_data.categories.at(index), set->label(), format.integer(qint64(set->at(index))));
        QToolTip::showText(QCursor::pos(), tip, view());
    });
}

} // namespace pepin
