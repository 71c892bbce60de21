// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchFilterModel.h"

#include "models/StoreTableModel.h"
#include "util/Text.h"

namespace pepin {

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
    invalidateFilter();
}

void SearchFilterModel::setColumnFilter(int column, const QVariant &value)
{
    if (value == m_columnFilters.value(column))
        return;
    if (!value.isValid())
        m_columnFilters.remove(column);
    else
        m_columnFilters.insert(column, value);
    invalidateFilter();
}

void SearchFilterModel::setRowTest(RowTest test)
{
    m_rowTest = std::move(test);
    invalidateFilter();
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
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QString text = model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        if (foldForMatching(text).contains(m_key) || foldForMatching(withoutSpaces(text)).contains(m_compactKey))
            return true;
    }
    return false;
}

} // namespace pepin
