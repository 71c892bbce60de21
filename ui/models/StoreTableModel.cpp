// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreTableModel.h"

#include "service/Store.h"

#include <QLocale>

#include <algorithm>

namespace pepin {

StoreTableModel::StoreTableModel(Store &store, const Clock &clock, QList<Entity> watched, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(clock)
    , m_watched(std::move(watched))
{
    connect(&m_store.database(), &Database::changed, this, &StoreTableModel::onChanged);
}

int StoreTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

void StoreTableModel::reload()
{
    beginResetModel();
    m_format = Format(QLocale());
    m_rows = load();
    endResetModel();
    emit summaryChanged();
}

void StoreTableModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    reload();
}

void StoreTableModel::retranslate()
{
    m_format = Format(QLocale());
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (m_rows > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
    emit summaryChanged();
}

QString StoreTableModel::keyFigure(int) const
{
    return {};
}

QVariant StoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section);
    case Qt::TextAlignmentRole: // a header sits over its figures, on two lines when narrow
        return QVariant::fromValue(columnAlignment(section) | Qt::TextWordWrap);
    case Qt::ToolTipRole: {
        const QString tip = columnToolTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case ColumnKindRole:
        return int(columnKind(section));
    default:
        return {};
    }
}

StoreTableModel::ColumnKind StoreTableModel::columnKind(int) const
{
    return ColumnKind::Text;
}

Qt::Alignment StoreTableModel::columnAlignment(int column) const
{
    switch (columnKind(column)) {
    case ColumnKind::Integer:
    case ColumnKind::Decimal:
    case ColumnKind::Money:
    case ColumnKind::Percent:
        return Qt::AlignRight | Qt::AlignVCenter;
    case ColumnKind::Text:
    case ColumnKind::Date:
        break;
    }
    return Qt::AlignLeft | Qt::AlignVCenter;
}

bool StoreTableModel::isValidCell(const QModelIndex &index, int columnCount) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.row() >= 0
        && index.row() < m_rows && index.column() >= 0 && index.column() < columnCount;
}

QString StoreTableModel::capitalised(const QString &label)
{
    if (label.isEmpty())
        return label;
    return label.front().toUpper() + label.mid(1);
}

void StoreTableModel::onChanged(const QList<Change> &changes)
{
    const bool concerned = std::any_of(changes.cbegin(), changes.cend(),
                                       [this](const Change &change) { return m_watched.contains(change.entity); });
    if (concerned)
        reload();
}

} // namespace pepin
