// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewExport.h"

#include "models/StoreTableModel.h"

#include <QHeaderView>
#include <QTableView>

namespace pepin {

namespace {

using ColumnKind = StoreTableModel::ColumnKind;

ColumnKind kindOf(const QAbstractItemModel &model, int column)
{
    // A model that does not say is all text: its cells are written as shown.
    return ColumnKind(model.headerData(column, Qt::Horizontal, StoreTableModel::ColumnKindRole).toInt());
}

} // namespace

ViewExport::ViewExport(const QTableView &view, Options options)
    : m_view(view)
    , m_options(std::move(options))
    , m_columns(shownColumns(view))
{
}

QList<int> ViewExport::shownColumns(const QTableView &view)
{
    QList<int> columns;
    const QHeaderView *header = view.horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns << column;
    }
    return columns;
}

QStringList ViewExport::columns() const
{
    QStringList titles;
    for (const int column : m_columns)
        titles << m_view.model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    return titles;
}

qint64 ViewExport::rowCount() const
{
    return m_view.model()->rowCount();
}

QStringList ViewExport::row(int row) const
{
    const QAbstractItemModel &model = *m_view.model();
    const CsvFormat &f = m_options.format;
    QStringList cells;
    for (const int column : m_columns) {
        const QModelIndex index = model.index(row, column);
        const ColumnKind kind = kindOf(model, column);
        if (kind == ColumnKind::Text) {
            cells << index.data(Qt::DisplayRole).toString();
            continue;
        }
        const QVariant value = index.data(StoreTableModel::ValueRole);
        if (!value.isValid()) {
            cells << QString();
            continue;
        }
        switch (kind) {
        case ColumnKind::Integer:
            cells << QString::number(value.toLongLong());
            break;
        case ColumnKind::Decimal:
            cells << f.number(value.toDouble());
            break;
        case ColumnKind::Money:
            cells << f.money(value.toLongLong());
            break;
        case ColumnKind::Date:
            cells << f.date(value.toDate());
            break;
        case ColumnKind::Percent:
            cells << f.percent(value.toDouble());
            break;
        case ColumnKind::Text:
            break;
        }
    }
    return cells;
}

Status ViewExport::write(QIODevice &device) const
{
    Exporter::Table table;
    table.columns = columns();
    // Text as people typed it is guarded against formulas; the figures Pépin writes are not.
    for (const int column : m_columns)
        table.raw << (kindOf(*m_view.model(), column) != ColumnKind::Text);
    table.rowCount = rowCount();
    table.row = [this](qint64 index) { return row(int(index)); };
    return Exporter::writeTable(device, m_options.format, table, m_options.progress, m_options.cancelled);
}

Status ViewExport::writeFile(const QString &path) const
{
    return Exporter::writeSafely(path, [this](QIODevice &device) { return write(device); });
}

} // namespace pepin
