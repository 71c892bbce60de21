// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

#include <functional>
#include <vector>

namespace pepin {

// Sorts a StoreTableModel on its raw values and keeps the rows where any column's text holds
// what was typed, ignoring case and accents ("societe" finds "Société") and, for identifiers
// written with spaces, the spaces too ("7328293" finds "732 829 320 00074"). Filters narrow
// the rows further: a column that must hold a given raw value (the site "Ateliers", the status
// "tenant" whatever the language), and a test on the source row (a lease active on a day).
//
// On 300,000 rows a keystroke or a click on a header must not format, fold or collate every cell
// again: each row's folded text is made the first time a search reads it, and a text column's
// order (the rank of each row in the language's alphabet) the first time it is sorted on. Both
// are forgotten whenever the source model changes in any way, a new language included.
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

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // A row's cells folded for matching, in one text, each followed by a character no search
    // holds; filled a cell at a time, as far as a search had to read.
    struct RowText
    {
        QString folded;
        QString compact; // the same, each cell's spaces taken out before folding, once they differ
        bool compactDiffers = false;
        int columns = 0; // the cells read so far
    };

    // Whether a cell of the row holds the search, cell by cell.
    bool cellsMatch(int sourceRow, const QModelIndex &sourceParent) const;
    // The same answer, from and into the row's folded text.
    bool rowMatches(int sourceRow) const;
    // The rank of each source row in the order of `column` when it holds text, sorted as the
    // locale collates it; null for a column of numbers or dates (or when not locale-aware).
    const std::vector<int> *textRanks(int column) const;
    void forget();
    void refilter();

    QString m_text;
    QString m_key;
    QString m_compactKey;
    QHash<int, QVariant> m_columnFilters;
    RowTest m_rowTest;
    QList<QMetaObject::Connection> m_sourceConnections;
    bool m_table = false; // the source is a table: rows without parents, which the caches are kept for
    mutable std::vector<RowText> m_rowTexts;
    mutable QHash<int, std::vector<int>> m_ranks; // by column; empty for a column that is not text
};

} // namespace pepin
