// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AuditLog.h"

#include <QAbstractTableModel>
#include <QList>

namespace pepin {

// The entries of the change history (AuditLog) as a read-only table, newest first: when, who,
// what was done, to which kind of record, and the record as it was named. The rows are the
// entries given to setEntries(); the window that shows them reads them from the Store.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, User, Action, RecordType, Record, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole };

    explicit HistoryModel(QObject *parent = nullptr);

    void setEntries(QList<AuditEntry> entries);
    const QList<AuditEntry> &entries() const { return m_entries; }
    const AuditEntry &entry(int row) const { return m_entries.at(row); }
    // The row of the entry, or -1.
    int rowOf(qint64 entryId) const;

    // "29/11/2026 14:03", in local time, dates as the locale writes them with four-digit years.
    static QString whenText(const QDateTime &at);

    // Headers and actions are named in the language chosen last: call after a switch.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace pepin
