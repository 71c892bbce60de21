// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchFilterModel.h"

#include "models/StoreTableModel.h"
#include "util/Text.h"


#include <algorithm>

namespace pepin {

namespace {

// Between two cells of a row's text: a control character that folding keeps as it is, so a
// search without it can only match inside one cell. A search holding it is matched cell by cell.
constexpr QChar cellSeparator(0x1F);

} // namespace

SearchFilterModel::SearchFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(StoreTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void SearchFilterModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_key = foldForMatching(text);
    m_compactKey = foldForMatching(withoutSpaces(text));
    refilter();
}

void SearchFilterModel::setColumnFilter(int column, const QVariant &value)
{
    if (value == m_columnFilters.value(column))
        return;
    if (!value.isValid())
        m_columnFilters.remove(column);
    else
        m_columnFilters.insert(column, value);
    refilter();
}

void SearchFilterModel::setRowTest(RowTest test)
{
    m_rowTest = std::move(test);
    refilter();
}

void SearchFilterModel::refilter()
{
    // The rows are filtered and sorted again from the start: the base class's way of filtering
    // again removes and inserts each run of rows that changed, one after the other, which costs
    // the whole table for each run (seconds on 300,000 rows).
    invalidate();
}

void SearchFilterModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    forget();
    m_table = qobject_cast<QAbstractTableModel *>(model) != nullptr;
    // Connected before the base class connects its own handlers, so that the rows it filters
    // and sorts again after a change are read afresh.
    if (model) {
        const auto forgetOn = [this, model](auto signal) {
            m_sourceConnections << connect(model, signal, this, &SearchFilterModel::forget);
        };
        forgetOn(&QAbstractItemModel::modelReset);
        forgetOn(&QAbstractItemModel::layoutChanged);
        forgetOn(&QAbstractItemModel::dataChanged);
        forgetOn(&QAbstractItemModel::rowsInserted);
        forgetOn(&QAbstractItemModel::rowsRemoved);
        forgetOn(&QAbstractItemModel::rowsMoved);
        forgetOn(&QAbstractItemModel::columnsInserted);
        forgetOn(&QAbstractItemModel::columnsRemoved);
        forgetOn(&QAbstractItemModel::columnsMoved);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void SearchFilterModel::forget()
{
    m_rowTexts.clear();
    m_ranks.clear();
}

bool SearchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    for (auto it = m_columnFilters.cbegin(); it != m_columnFilters.cend(); ++it) {
        if (model->index(sourceRow, it.key(), sourceParent).data(StoreTableModel::SortRole) != it.value())
            return false;
    }
    if (m_rowTest && !m_rowTest(sourceRow))
        return false;
    if (m_key.isEmpty())
        return true;
    if (!m_table || m_key.contains(cellSeparator) || m_compactKey.contains(cellSeparator))
        return cellsMatch(sourceRow, sourceParent);
    return rowMatches(sourceRow);
}

bool SearchFilterModel::cellsMatch(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QString text = model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        if (foldForMatching(text).contains(m_key) || foldForMatching(withoutSpaces(text)).contains(m_compactKey))
            return true;
    }
    return false;
}

bool SearchFilterModel::rowMatches(int sourceRow) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_rowTexts.size() != std::size_t(model->rowCount()))
        m_rowTexts.assign(std::size_t(model->rowCount()), RowText());
    RowText &text = m_rowTexts[std::size_t(sourceRow)];
    // The cells folded for an earlier search first,
    if (!text.folded.isEmpty()
        && (text.folded.contains(m_key) || (text.compactDiffers ? text.compact : text.folded).contains(m_compactKey)))
        return true;
    // then the others, one at a time, until one holds the text: most rows match on their first.
    const int columns = model->columnCount();
    while (text.columns < columns) {
        const QString cell = model->index(sourceRow, text.columns++).data(Qt::DisplayRole).toString();
        if (cell.isEmpty())
            continue;
        const QString folded = foldForMatching(cell);
        const QString stripped = withoutSpaces(cell);
        const QString compact = stripped.size() == cell.size() ? folded : foldForMatching(stripped);
        if (!text.compactDiffers && compact != folded) {
            text.compact = text.folded; // the two differ from this cell on
            text.compactDiffers = true;
        }
        text.folded += folded + cellSeparator;
        if (text.compactDiffers)
            text.compact += compact + cellSeparator;
        if (folded.contains(m_key) || compact.contains(m_compactKey))
            return true;
    }
    return false;
}

bool SearchFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_table && left.column() == right.column()) {
        if (const std::vector<int> *ranks = textRanks(left.column()))
            return (*ranks)[std::size_t(left.row())] < (*ranks)[std::size_t(right.row())];
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

const std::vector<int> *SearchFilterModel::textRanks(int column) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!isSortLocaleAware() || !model)
        return nullptr;
    auto found = m_ranks.constFind(column);
    if (found == m_ranks.cend()) {
        // Each text's collation key is made once; a column with anything but text is sorted by
        // the base class, which compares numbers and dates as such.
        const int rows = model->rowCount();
        QStringList texts;
        std::vector<int> noValue; // rows with no value at all sort after every text, as in the base class
        texts.reserve(rows);
        bool text = true;
        for (int row = 0; row < rows && text; ++row) {
            const QVariant value = model->index(row, column).data(sortRole());
            text = !value.isValid() || value.userType() == QMetaType::QString;
            texts << value.toString();
            if (!value.isValid())
                noValue.push_back(row);
        }
        std::vector<int> ranks;
        if (text) {
            for (const std::size_t rank : alphabetRanks(texts, sortCaseSensitivity()))
                ranks.push_back(int(rank));
            for (const int row : noValue)
                ranks[std::size_t(row)] = rows;
        }
        found = m_ranks.insert(column, std::move(ranks));
    }
    return found->empty() ? nullptr : &*found;
}

} // namespace pepin
