// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace pepin {

// Sorts a StoreTableModel on its raw values and keeps the rows where any column's text holds
// what was typed, ignoring case and accents ("societe" finds "Société") and, for identifiers
// written with spaces, the spaces too ("7328293" finds "732 829 320 00074").
class SearchFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SearchFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_key;
    QString m_compactKey;
};

} // namespace pepin
