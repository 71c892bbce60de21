// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/OccupancyFigures.h"
#include "figures/SectorMix.h"

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace pepin {

class Format;

// The report's two charts, drawn with QPainter for paper: vector on a PDF or a printer, SVG for
// the HTML report. They draw the core's figures as given and compute nothing. Sizes are in the
// report's layout units (pixels at 96 dpi).
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(pepin::ReportCharts)

public:
    enum class Chart { Occupancy, SectorMix };

    static QSizeF size(Chart chart, qreal width);

    // Occupancy month by month: the area rate as bars with their value, the offices and
    // workstations rates as lines; a month with nothing in service has no bar and no point.
    static void paintOccupancy(QPainter &painter, const QRectF &rect, const QList<OccupancyPeriod> &months,
                               const Format &format);
    // The tenants per sector on a day as a ring in the sectors' colours, their number inside.
    static void paintSectorMix(QPainter &painter, const QRectF &rect, const SectorMix &mix, const Format &format);

    // The colour a sector is drawn in: its own, or the grey of the companies without a sector.
    static QColor colour(const SectorShare &share);
    // The colours of the three measures, the same as the dashboard's.
    static QColor areaColour();
    static QColor officesColour();
    static QColor workstationsColour();

    // A chart as an SVG element of `size`, to embed in HTML.
    static QByteArray svg(Chart chart, const QSizeF &size, const QList<OccupancyPeriod> &months, const SectorMix &mix,
                          const Format &format);
};

} // namespace pepin
