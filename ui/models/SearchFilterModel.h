// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

#include <functional>

namespace pepin {

// Sorts a StoreTableModel on its raw values and keeps the rows where any column's text holds
// what was typed, ignoring case and accents ("societe" finds "Société") and, for identifiers
// written with spaces, the spaces too ("7328293" finds "732 829 320 00074"). Filters narrow
// the rows further: a column that must hold a given raw value (the site "Ateliers", the status
// "tenant" whatever the language), and a test on the source row (a lease active on a day).
class SearchFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using RowTest = std::function<bool(int sourceRow)>;

    explicit SearchFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

    // Keeps the rows whose `column` holds `value` as its sort role's raw value; a null value
    // lifts the filter.
    void setColumnFilter(int column, const QVariant &value);
    QVariant columnFilter(int column) const { return m_columnFilters.value(column); }
    // Keeps the rows that pass `test`; an empty test lifts the filter.
    void setRowTest(RowTest test);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_key;
    QString m_compactKey;
    QHash<int, QVariant> m_columnFilters;
    RowTest m_rowTest;
};

} // namespace pepin
