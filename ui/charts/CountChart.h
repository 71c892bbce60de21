// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartCard.h"
#include "ChartData.h"

namespace pepin {

// Counts per category as bars: entries and exits side by side per year, or the stays of each
// length band, ended and still running stacked.
class CountChart : public ChartCard
{
    Q_OBJECT

public:
    enum class Kind { Flows, StayLengths };

    explicit CountChart(Kind kind, QWidget *parent = nullptr);

    void setData(BarData data);
    const BarData &data() const { return m_data; }

protected:
    void rebuild() override;
    void retranslate() override;

private:
    QString firstName() const;
    QString secondName() const;

    Kind m_kind;
    BarData m_data;
};

} // namespace pepin
