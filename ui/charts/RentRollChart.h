// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartCard.h"
#include "ChartData.h"

class QLineSeries;

namespace pepin {

// The rent roll month by month, excluding VAT: the past year and the next, the months to come
// (the leases signed) dashed; hovering a month shows its rent, charges and vacancy cost.
class RentRollChart : public ChartCard
{
    Q_OBJECT

public:
    explicit RentRollChart(QWidget *parent = nullptr);

    void setData(RentRollChartData data);
    const RentRollChartData &data() const { return m_data; }
    QLineSeries *observedSeries() const { return m_observed; }
    QLineSeries *forecastSeries() const { return m_forecast; }

protected:
    void rebuild() override;
    void retranslate() override;

private:
    RentRollChartData m_data;
    QLineSeries *m_observed = nullptr;
    QLineSeries *m_forecast = nullptr;
};

} // namespace pepin
