// SPDX-License-Identifier: GPL-3.0-or-later
#include "SectorMixChart.h"

#include "util/Format.h"

#include <QButtonGroup>
#include <QChart>
#include <QGraphicsLayout>
#include <QCursor>
#include <QHBoxLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolButton>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace pepin {


// ---- SectorMixChart -----------------------------------------------------------------------------

SectorMixChart::SectorMixChart(QWidget *parent)
    : ChartCard(parent)
    , m_measures(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("sectorMixChart"));
    for (const SectorMeasure measure : {SectorMeasure::Companies, SectorMeasure::Area}) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_measures->addButton(button, int(measure));
        controls()->addWidget(button);
    }
    m_measures->button(int(SectorMeasure::Companies))->setChecked(true);
    connect(m_measures, &QButtonGroup::idClicked, this, [this](int id) { setMeasure(SectorMeasure(id)); });
    chart()->legend()->detachFromChart();
    connect(chart(), &QGraphicsWidget::geometryChanged, this, &SectorMixChart::placeDonutAndLegend);
    finishSetup();
}

void SectorMixChart::setMix(SectorMix mix)
{
    m_mix = std::move(mix);
    rebuild();
}

void SectorMixChart::setMeasure(SectorMeasure measure)
{
    m_measures->button(int(measure))->setChecked(true);
    if (measure == m_measure)
        return;
    m_measure = measure;
    rebuild();
}

QAbstractButton *SectorMixChart::measureButton(SectorMeasure measure) const
{
    return m_measures->button(int(measure));
}

void SectorMixChart::retranslate()
{
    setTitle(tr("Sector mix"));
    m_measures->button(int(SectorMeasure::Companies))->setText(tr("Companies"));
    m_measures->button(int(SectorMeasure::Area))->setText(tr("Area"));
    m_measures->button(int(SectorMeasure::Companies))->setToolTip(tr("The tenants of each sector"));
    m_measures->button(int(SectorMeasure::Area))->setToolTip(tr("The area each sector occupies"));
}

QString SectorMixChart::sliceText(const SectorSlice &slice) const
{
    const Format format{QLocale()};
    const QString value = m_measure == SectorMeasure::Companies ? format.integer(qint64(std::llround(slice.value)))
                                                                 : format.area(slice.value);
    // The figure first, so that it stays in sight when a long name is cut.
    return tr("%1 · %2", "a sector in the legend: figure, name").arg(value, slice.name);
}

void SectorMixChart::rebuild()
{
    clearChart();
    QChart *c = chart();
    m_slices = sectorSlices(m_mix, m_measure);
    m_series = new QPieSeries;
    m_series->setHoleSize(0.5);
    m_series->setPieSize(0.9);
    const QColor edge = palette().color(QPalette::Base);
    const double total = m_measure == SectorMeasure::Companies ? double(m_mix.companies) : m_mix.areaM2;
    const Format format{QLocale()};
    for (const SectorSlice &data : std::as_const(m_slices)) {
        QPieSlice *slice = m_series->append(sliceText(data), data.value);
        slice->setColor(data.colour);
        slice->setBorderColor(edge);
        slice->setBorderWidth(2);
        slice->setLabelVisible(false);
        const Id sectorId = data.sectorId;
        const QString name = data.name;
        const QString tip = QStringLiteral("%1<br>%2").arg(sliceText(data).toHtmlEscaped(),
                                                          format.percent(total > 0 ? std::optional(data.value / total) : std::nullopt));
        connect(slice, &QPieSlice::hovered, this, [this, slice, tip](bool on) {
            slice->setExploded(on);
            slice->setExplodeDistanceFactor(0.06);
            if (on)
                QToolTip::showText(QCursor::pos(), tip, view());
            else
                QToolTip::hideText();
        });
        connect(slice, &QPieSlice::clicked, this, [this, sectorId, name] { emit sectorClicked(sectorId, name); });
    }
    c->addSeries(m_series);
    QLegend *legend = c->legend();
    legend->setAlignment(Qt::AlignLeft);
    // Twelve sectors and more still in one column: a smaller type when there are many.
    if (m_slices.size() > 8) {
        QFont small = legend->font();
        small.setPointSizeF(std::max(6.5, small.pointSizeF() - 1.5));
        legend->setFont(small);
    }
    legend->setMarkerShape(QLegend::MarkerShapeCircle);
    const QList<QLegendMarker *> markers = legend->markers(m_series);
    for (int i = 0; i < markers.size() && i < m_slices.size(); ++i) {
        const Id sectorId = m_slices.at(i).sectorId;
        const QString name = m_slices.at(i).name;
        connect(markers.at(i), &QLegendMarker::clicked, this, [this, sectorId, name] { emit sectorClicked(sectorId, name); });
    }
    if (m_slices.isEmpty())
        c->setTitle(tr("No tenant on that day"));
    else
        c->setTitle(QString());
    c->setTitleBrush(palette().brush(QPalette::PlaceholderText));
    placeDonutAndLegend();
}

void SectorMixChart::placeDonutAndLegend()
{
    QChart *c = chart();
    const QRectF area = c->rect().adjusted(6, 6, -6, -6);
    if (area.width() <= 0 || area.height() <= 0)
        return;
    // The donut gives up width to the legend, down to a quarter of the card, so that long sector
    // names (French ones above all) and areas are read whole rather than cut; what is still cut
    // shows whole in the entry's tool tip.
    QLegend *legend = c->legend();
    const QFontMetricsF metrics(legend->font());
    qreal widest = 0;
    for (const QPieSlice *slice : m_series ? m_series->slices() : QList<QPieSlice *>())
        widest = std::max(widest, metrics.horizontalAdvance(slice->label()));
    const qreal legendWanted = widest + metrics.height() + 40; // the marker, its gap, the margins
    const qreal roomiest = std::min(area.height(), area.width() * 0.46);
    const qreal side = std::clamp(area.width() - 10 - legendWanted, std::min(roomiest, area.width() / 4), roomiest);
    const QRectF donut(area.left(), area.top() + (area.height() - side) / 2, side, side);
    c->setPlotArea(donut);
    // The legend's entries from the top of their column, centred on the donut when few.
    const qreal rows = std::max<qsizetype>(m_slices.size(), 1);
    const qreal height = std::min(area.height() + 12, rows * (metrics.height() + 8) + 28);
    legend->setGeometry(QRectF(donut.right() + 10, std::max(area.top() + (area.height() - height) / 2, c->rect().top()),
                               area.right() - donut.right() - 10, height));
    legend->update();
}

} // namespace pepin
