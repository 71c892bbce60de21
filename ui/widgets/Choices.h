// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Kinds.h"

#include <QColor>
#include <QComboBox>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <optional>

namespace pepin::choices {

// Helpers for the combo boxes of the editors: the domain's closed vocabularies shown with their
// translated labels, each item holding the value itself.

// "Young company": labels are written in lower case to fit inside sentences.
inline QString capitalised(const QString &label)
{
    return label.isEmpty() ? label : label.front().toUpper() + label.mid(1);
}

// The values of E in order, each with its label; with an item for "none" first when
// `noneText` is given.
template<typename E>
void fill(QComboBox *combo, const QList<E> &values, const QString &noneText = {})
{
    combo->clear();
    if (!noneText.isNull())
        combo->addItem(noneText, -1);
    for (const E value : values)
        combo->addItem(capitalised(label(value)), int(value));
}

template<typename E>
std::optional<E> chosen(const QComboBox *combo)
{
    const int value = combo->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<E>(E(value));
}

template<typename E>
void select(QComboBox *combo, std::optional<E> value)
{
    const int index = combo->findData(value ? int(*value) : -1);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

// A small square of a sector's colour, for the sector's items.
inline QIcon swatch(const QColor &colour, int size = 12)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour);
    painter.drawRect(0, 0, size - 1, size - 1);
    return QIcon(pixmap);
}

} // namespace pepin::choices
