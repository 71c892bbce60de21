// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableItemDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>

namespace pepin {

int TableItemDelegate::padding(const QFontMetrics &metrics)
{
    return std::max(2, metrics.averageCharWidth() / 2);
}

void TableItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();

    // The cell's background and focus over its whole width, so that a selected row stays one
    // band of colour…
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    background.features &= ~(QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration);
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    // …then its content, inset.
    QStyleOptionViewItem content = option;
    initStyleOption(&content, index);
    content.rect.adjust(padding(option.fontMetrics), 0, -padding(option.fontMetrics), 0);
    content.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &content, painter, widget);
}

QSize TableItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(2 * padding(option.fontMetrics), 0);
}

bool TableItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (!event || event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // A tool tip of the model's own wins: it says more than the cell. Either is text people typed
    // (notes, names), shown as it is: a tool tip would take "<b>" or "<img src=…>" in it for markup.
    QString text = index.data(Qt::ToolTipRole).toString();
    if (text.isEmpty() && sizeHint(option, index).width() > option.rect.width())
        text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal), view->viewport(), option.rect);
    return true;
}

} // namespace pepin
