// SPDX-License-Identifier: GPL-3.0-or-later
#include "Treemap.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace pepin {

namespace {

// The worst aspect ratio of a row of areas laid along a side of length `side`.
double worstRatio(double sum, double smallest, double largest, double side)
{
    if (sum <= 0 || side <= 0 || smallest <= 0)
        return std::numeric_limits<double>::max();
    const double side2 = side * side;
    const double sum2 = sum * sum;
    return std::max(side2 * largest / sum2, sum2 / (side2 * smallest));
}

} // namespace

QList<QRectF> squarifiedTreemap(const QList<double> &weights, const QRectF &bounds, TreemapOrder sequence)
{
    QList<QRectF> rects(weights.size(), QRectF(bounds.topLeft(), QSizeF(0, 0)));
    QList<qsizetype> order;
    double total = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        if (weights.at(i) > 0) {
            order << i;
            total += weights.at(i);
        }
    }
    if (order.isEmpty() || bounds.width() <= 0 || bounds.height() <= 0)
        return rects;
    if (sequence == TreemapOrder::LargestFirst)
        std::stable_sort(order.begin(), order.end(), [&weights](qsizetype a, qsizetype b) { return weights.at(a) > weights.at(b); });
    const double scale = bounds.width() * bounds.height() / total;

    QRectF free = bounds;
    qsizetype next = 0;
    while (next < order.size()) {
        // A row along the shorter side of what is left, grown while its worst ratio improves.
        const bool column = free.width() >= free.height(); // the row stands at the left
        const double side = column ? free.height() : free.width();
        qsizetype end = next + 1;
        double sum = weights.at(order.at(next)) * scale;
        double largest = sum;
        double smallest = sum;
        double worst = worstRatio(sum, smallest, largest, side);
        while (end < order.size()) {
            const double area = weights.at(order.at(end)) * scale;
            const double ratio = worstRatio(sum + area, std::min(smallest, area), std::max(largest, area), side);
            if (ratio > worst)
                break;
            sum += area;
            smallest = std::min(smallest, area);
            largest = std::max(largest, area);
            worst = ratio;
            ++end;
        }
        // The last row takes what is left whole, so that rounding leaves no sliver.
        const bool last = end == order.size();
        const double thickness = last ? (column ? free.width() : free.height()) : sum / side;
        double along = column ? free.top() : free.left();
        for (qsizetype k = next; k < end; ++k) {
            const double area = weights.at(order.at(k)) * scale;
            double length = area / thickness;
            if (k + 1 == end) // the row's last rectangle reaches the far edge
                length = (column ? free.bottom() : free.right()) - along;
            rects[order.at(k)] = column ? QRectF(free.left(), along, thickness, length)
                                        : QRectF(along, free.top(), length, thickness);
            along += length;
        }
        if (column)
            free.setLeft(free.left() + thickness);
        else
            free.setTop(free.top() + thickness);
        next = end;
    }
    return rects;
}

} // namespace pepin
