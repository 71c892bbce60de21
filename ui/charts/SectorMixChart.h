// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartCard.h"
#include "ChartData.h"

class QAbstractButton;
class QButtonGroup;
class QPieSeries;

namespace pepin {

// The sector mix of a day as a donut, by number of companies or by occupied area, each sector
// in its own colour; the legend beside it names each with its figure. Clicking a slice or its
// legend entry asks for the companies of that sector.
class SectorMixChart : public ChartCard
{
    Q_OBJECT

public:
    explicit SectorMixChart(QWidget *parent = nullptr);

    void setMix(SectorMix mix);
    const SectorMix &mix() const { return m_mix; }

    SectorMeasure measure() const { return m_measure; }
    void setMeasure(SectorMeasure measure);
    QAbstractButton *measureButton(SectorMeasure measure) const;

    // The slices drawn now, as built from the mix.
    const QList<SectorSlice> &slices() const { return m_slices; }
    QPieSeries *series() const { return m_series; }

signals:
    // `sectorId` 0: the companies without a sector.
    void sectorClicked(pepin::Id sectorId, const QString &name);

protected:
    void rebuild() override;
    void retranslate() override;

private:
    QString sliceText(const SectorSlice &slice) const;
    // The donut on the left, the legend given the rest of the width, so that long sector names
    // stay readable; done again whenever the chart is resized.
    void placeDonutAndLegend();

    SectorMix m_mix;
    SectorMeasure m_measure = SectorMeasure::Companies;
    QButtonGroup *m_measures;
    QList<SectorSlice> m_slices;
    QPieSeries *m_series = nullptr;
};

} // namespace pepin
