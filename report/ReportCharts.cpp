// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCharts.h"

#include "util/Format.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace pepin {

namespace {

const QColor ink(0x26, 0x32, 0x38);
const QColor muted(0x6b, 0x77, 0x80);
const QColor grid(0xdd, 0xe3, 0xea);

QFont chartFont(qreal pixelSize, bool bold = false)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Arial")});
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(std::max(1, qRound(pixelSize)));
    font.setBold(bold);
    return font;
}

void centredText(QPainter &painter, const QRectF &rect, const QString &text)
{
    painter.setPen(muted);
    painter.setFont(chartFont(12));
    painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, text);
}

void legendEntry(QPainter &painter, QPointF &at, const QColor &colour, const QString &text, bool line)
{
    const QFontMetricsF metrics(painter.font());
    const qreal h = metrics.height();
    if (line) {
        painter.setPen(QPen(colour, 2));
        painter.drawLine(QPointF(at.x(), at.y() + h / 2), QPointF(at.x() + 16, at.y() + h / 2));
        painter.setBrush(colour);
        painter.drawEllipse(QPointF(at.x() + 8, at.y() + h / 2), 2.5, 2.5);
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRect(QRectF(at.x() + 2, at.y() + h / 2 - 5, 12, 10));
    }
    painter.setPen(ink);
    painter.drawText(QPointF(at.x() + 21, at.y() + metrics.ascent()), text);
    at.rx() += 21 + metrics.horizontalAdvance(text) + 18;
}

} // namespace

QColor ReportCharts::areaColour()
{
    return QColor(0x1f, 0x77, 0xb4);
}

QColor ReportCharts::officesColour()
{
    return QColor(0xe0, 0x7b, 0x10);
}

QColor ReportCharts::workstationsColour()
{
    return QColor(0x2c, 0xa0, 0x5a);
}

QColor ReportCharts::colour(const SectorShare &share)
{
    const QColor own(share.color);
    return own.isValid() ? own : QColor(noSectorColorName());
}

QSizeF ReportCharts::size(Chart chart, qreal width)
{
    return chart == Chart::Occupancy ? QSizeF(width, 250) : QSizeF(170, 170);
}

void ReportCharts::paintOccupancy(QPainter &painter, const QRectF &rect, const QList<OccupancyPeriod> &months,
                                  const Format &format)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const bool anyRate = std::any_of(months.cbegin(), months.cend(), [](const OccupancyPeriod &month) {
        return month.area.rate || month.offices.rate || month.workstations.rate;
    });
    if (!anyRate) {
        painter.setPen(grid);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
        centredText(painter, rect, tr("No office was in service during the period: there is no occupancy to draw."));
        painter.restore();
        return;
    }

    const QFont labelFont = chartFont(10);
    painter.setFont(labelFont);
    const QFontMetricsF metrics(labelFont);
    const qreal lineHeight = metrics.height();

    // The legend above the plot.
    QPointF legend(rect.left() + 40, rect.top());
    legendEntry(painter, legend, areaColour(), tr("Area (m²)"), false);
    legendEntry(painter, legend, officesColour(), tr("Offices"), true);
    legendEntry(painter, legend, workstationsColour(), tr("Workstations"), true);

    const qreal yLabelWidth = metrics.horizontalAdvance(format.percent(1.0)) + 8;
    const QRectF plot(rect.left() + yLabelWidth, rect.top() + lineHeight + 12, rect.width() - yLabelWidth - 4,
                      rect.height() - lineHeight - 12 - 2 * lineHeight - 8);

    // Grid and percentages every 20 %.
    for (int step = 0; step <= 5; ++step) {
        const qreal y = plot.bottom() - plot.height() * step / 5.0;
        painter.setPen(QPen(step == 0 ? muted : grid, step == 0 ? 1.0 : 0.75));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(muted);
        painter.drawText(QRectF(rect.left(), y - lineHeight / 2, yLabelWidth - 6, lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                         format.percent(step / 5.0));
    }

    const int count = int(months.size());
    const qreal slot = plot.width() / std::max(1, count);
    auto centre = [&](int i) { return plot.left() + slot * (i + 0.5); };
    auto yOf = [&](double rate) { return plot.bottom() - plot.height() * std::clamp(rate, 0.0, 1.0); };

    // Area as bars, with their value when there is room for it.
    const qreal barWidth = std::min(slot * 0.76, 52.0);
    const QFont valueFont = chartFont(count > 18 ? 6.5 : count > 9 ? 8 : 9);
    for (int i = 0; i < count; ++i) {
        const std::optional<double> rate = months[i].area.rate;
        if (!rate)
            continue;
        const QRectF bar(centre(i) - barWidth / 2, yOf(*rate), barWidth, plot.bottom() - yOf(*rate));
        painter.setPen(Qt::NoPen);
        painter.setBrush(areaColour());
        painter.drawRect(bar);
        if (count <= 24) {
            painter.setFont(valueFont);
            // At the foot of the bar, clear of the lines that run near its top.
            const QString text = format.percent(*rate);
            const qreal textHeight = QFontMetricsF(valueFont).height();
            const bool inside = bar.height() > textHeight + 6;
            painter.setPen(inside ? Qt::white : ink);
            const QRectF textRect(centre(i) - slot / 2, inside ? bar.bottom() - textHeight - 3 : bar.top() - textHeight - 2, slot,
                                  textHeight);
            painter.drawText(textRect, Qt::AlignHCenter | Qt::AlignTop, text);
        }
    }

    // Offices and workstations as lines, broken where a month has no rate.
    for (const auto &[colour, measure] : {std::pair{officesColour(), &OccupancyPeriod::offices},
                                          std::pair{workstationsColour(), &OccupancyPeriod::workstations}}) {
        QPainterPath path;
        bool drawing = false;
        QList<QPointF> points;
        for (int i = 0; i < count; ++i) {
            const std::optional<double> rate = (months[i].*measure).rate;
            if (!rate) {
                drawing = false;
                continue;
            }
            const QPointF point(centre(i), yOf(*rate));
            if (drawing)
                path.lineTo(point);
            else
                path.moveTo(point);
            drawing = true;
            points << point;
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(colour, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
        painter.setPen(QPen(Qt::white, 1));
        painter.setBrush(colour);
        for (const QPointF &point : points)
            painter.drawEllipse(point, 3, 3);
    }

    // Months below: their short name, the year under the first month and under each January;
    // with many months, one name in two or three.
    painter.setFont(labelFont);
    const QLocale &locale = format.locale();
    const qreal widest = metrics.horizontalAdvance(QStringLiteral("MMMM"));
    const int every = std::max(1, int(std::ceil(widest / slot)));
    for (int i = 0; i < count; ++i) {
        const QDate start = months[i].start;
        const bool yearMark = i == 0 || start.month() == 1;
        if (i % every != 0 && !yearMark)
            continue;
        painter.setPen(muted);
        const QRectF cell(centre(i) - slot * every / 2.0, plot.bottom() + 4, slot * every, lineHeight);
        painter.drawText(cell, Qt::AlignHCenter | Qt::AlignTop, locale.standaloneMonthName(start.month(), QLocale::ShortFormat));
        if (yearMark) {
            painter.setPen(ink);
            painter.drawText(cell.translated(0, lineHeight), Qt::AlignHCenter | Qt::AlignTop, QString::number(start.year()));
        }
    }
    painter.restore();
}

void ReportCharts::paintSectorMix(QPainter &painter, const QRectF &rect, const SectorMix &mix, const Format &format)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = std::min(rect.width(), rect.height()) - 8;
    const QRectF ring(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    if (mix.companies <= 0) {
        painter.setPen(QPen(grid, side * 0.16));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(ring.adjusted(side * 0.08, side * 0.08, -side * 0.08, -side * 0.08));
        centredText(painter, ring.adjusted(side * 0.22, side * 0.22, -side * 0.22, -side * 0.22), tr("No tenant"));
        painter.restore();
        return;
    }
    // Slices clockwise from the top, as the sectors are listed in the table beside.
    qreal angle = 90 * 16;
    for (const SectorShare &share : mix.sectors) {
        if (share.companies <= 0)
            continue;
        const qreal span = -360.0 * 16 * share.companies / mix.companies;
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(colour(share));
        painter.drawPie(ring, qRound(angle), qRound(span));
        angle += span;
    }
    const QRectF hole = ring.adjusted(side * 0.2, side * 0.2, -side * 0.2, -side * 0.2);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawEllipse(hole);
    painter.setPen(ink);
    painter.setFont(chartFont(side * 0.16, true));
    const QRectF top(hole.left(), hole.top(), hole.width(), hole.height() * 0.58);
    painter.drawText(top, Qt::AlignHCenter | Qt::AlignBottom, format.integer(mix.companies));
    painter.setPen(muted);
    painter.setFont(chartFont(side * 0.055));
    painter.drawText(QRectF(hole.left(), top.bottom(), hole.width(), hole.height() * 0.3), Qt::AlignHCenter | Qt::AlignTop,
                     mix.companies == 1 ? tr("tenant") : tr("tenants"));
    painter.restore();
}

QByteArray ReportCharts::svg(Chart chart, const QSizeF &size, const QList<OccupancyPeriod> &months, const SectorMix &mix,
                             const Format &format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setResolution(96);
    {
        QPainter painter(&generator);
        const QRectF rect(QPointF(0, 0), size);
        if (chart == Chart::Occupancy)
            paintOccupancy(painter, rect, months, format);
        else
            paintSectorMix(painter, rect, mix, format);
    }
    QByteArray text = buffer.data();
    // Inline in HTML: no XML declaration, the element alone.
    const qsizetype start = text.indexOf("<svg");
    return start >= 0 ? text.mid(start) : text;
}

} // namespace pepin
