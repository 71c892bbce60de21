// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFontMetrics>
#include <QStyledItemDelegate>

namespace pepin {

// How the cells of Pépin's tables are drawn: the style's own look, with room on both sides of
// the text, so that a figure aligned right never touches the text starting the next column;
// and when a cell's text is cut short to fit its column, the whole text as its tool tip, so
// that narrowing a column never hides anything for good.
class TableItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The room added on each side of a cell's content, in a view drawn with `metrics`.
    static int padding(const QFontMetrics &metrics);
};

} // namespace pepin
