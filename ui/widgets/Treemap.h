// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>

namespace pepin {

// A squarified treemap (Bruls, Huizing and van Wijk, 2000): `bounds` cut into one rectangle per
// weight, each with an area proportional to its weight, as close to squares as the greedy
// row-by-row layout gets them. The rectangles tile `bounds` exactly and are returned in the order
// of `weights`. A weight of zero or less gets an empty rectangle at the top left corner.
//
// By default the larger weights are laid first, which gives the squarest tiles; in the given
// order, the rectangles follow each other from the top left (down a column, then the next
// column, in a wide area), so that a floor's offices read in the order of their codes.
enum class TreemapOrder { LargestFirst, AsGiven };
QList<QRectF> squarifiedTreemap(const QList<double> &weights, const QRectF &bounds,
                                TreemapOrder order = TreemapOrder::LargestFirst);

} // namespace pepin
