// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountChart.h"

#include "util/Format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QFontMetrics>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace pepin {

namespace {

// The step of an axis of whole numbers up to top: 1, 2, 2.5 or 5 times a power of ten, a whole
// number, the smallest that needs no more than five steps (six labels fit a small chart's height).
qint64 roundStep(qint64 top)
{
    for (qint64 power = 1;; power *= 10) {
        for (const qint64 tenths : {10, 20, 25, 50}) {
            if (tenths * power % 10 != 0)
                continue;
            const qint64 step = tenths * power / 10;
            if ((top + step - 1) / step <= 5)
                return step;
        }
    }
}

// An axis of whole numbers from 0, in round steps (one per unit up to 5), the top one at or
// above the largest value.
void countAxis(QValueAxis *axis, int largest)
{
    const qint64 top = std::max(largest, 1);
    const qint64 step = roundStep(top);
    const qint64 steps = (top + step - 1) / step;
    axis->setRange(0, double(steps * step));
    axis->setTickCount(int(steps) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

// The categories along the bottom: each one named while they fit; past a dozen (the years of a
// long history), every few named, the last always, so that the names stay whole and level.
QAbstractAxis *categoryAxis(const QStringList &categories)
{
    constexpr int named = 12;
    if (categories.size() <= named) {
        auto *axis = new QBarCategoryAxis;
        axis->append(categories);
        if (categories.size() > 7)
            axis->setLabelsAngle(-90);
        return axis;
    }
    const qsizetype every = categories.size() <= 30 ? 5 : 10;
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(-0.5, double(categories.size()) - 0.5); // bar i stands at i
    for (qsizetype i = (categories.size() - 1) % every; i < categories.size(); i += every)
        axis->append(categories.at(i), double(i)); // in order, the last one among them
    axis->setGridLineVisible(false);
    return axis;
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

    QAbstractAxis *xAxis = categoryAxis(m_data.categories);
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
    if (auto *named = qobject_cast<QCategoryAxis *>(xAxis)) {
        // The last year is named over its bar, at the plot's right edge: room for its name's
        // second half.
        const int half = QFontMetrics(named->labelsFont()).horizontalAdvance(named->categoriesLabels().constLast()) / 2;
        const QMargins margins = c->margins();
        c->setMargins(margins + QMargins(0, 0, half, 0));
    }
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
