// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryModel.h"

#include "util/Format.h"

#include <QLocale>

namespace pepin {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int HistoryModel::rowOf(qint64 entryId) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == entryId)
            return int(row);
    }
    return -1;
}

QString HistoryModel::whenText(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return QStringLiteral("%1 %2").arg(Format().date(local.date()), local.time().toString(QStringLiteral("HH:mm")));
}

void HistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == EntryIdRole)
        return entry.id;
    if (role == Qt::ToolTipRole && index.column() == When)
        return QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat);
    if (role == Qt::ToolTipRole && index.column() == User)
        return tr("With %1", "the program a change was made with: pepin or pepin-cli").arg(entry.program);
    if (role == Qt::ToolTipRole && index.column() == Action)
        return AuditLog::actionName(entry.action);
    if (role == Qt::ToolTipRole && index.column() == Record)
        return entry.label;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When:
        return whenText(entry.at);
    case User:
        return entry.user;
    case Action:
        return AuditLog::actionName(entry.action);
    case RecordType:
        return AuditLog::entityName(entry.entity);
    case Record:
        return entry.label;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case User:
        return tr("User");
    case Action:
        return tr("Change");
    case RecordType:
        return tr("Record type");
    case Record:
        return tr("Record");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pepin
