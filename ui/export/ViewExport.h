// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/CsvFormat.h"
#include "csv/Exporter.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QIODevice;
class QTableView;

namespace pepin {

// Writes a table as the user sees it to CSV: the rows of the view's model (the page's filtering
// and sorting proxy) in their order, and the columns not hidden in the order of the header, as
// the user moved them, headed by their titles.
//
// Text cells are written as shown. Dates, numbers, amounts and rates (StoreTableModel's
// ColumnKind and ValueRole) are written from their raw values in the format's preset, as a
// spreadsheet reads them: "1234,5" and "01/03/2026" in Excel (France), "1234.5" and "2026-03-01"
// in Standard, never the screen's "1 234,5 m²". Rows, progress, cancelling and the temporary file
// that a cancelled export leaves nothing of are the core exports' own (Exporter::writeTable,
// Exporter::writeSafely).
class ViewExport
{
    Q_DECLARE_TR_FUNCTIONS(pepin::ViewExport)

public:
    struct Options
    {
        CsvFormat format;
        Exporter::Progress progress;
        Exporter::Cancelled cancelled;
    };

    // The view must outlive this object.
    ViewExport(const QTableView &view, Options options);

    // The model's columns that `view` shows, in their order on screen.
    static QList<int> shownColumns(const QTableView &view);

    // The header row: the titles of the columns shown, in their order on screen.
    QStringList columns() const;
    qint64 rowCount() const;
    // The cells of the view's row `row`, as written.
    QStringList row(int row) const;

    Status write(QIODevice &device) const;
    Status writeFile(const QString &path) const;

private:
    const QTableView &m_view;
    Options m_options;
    QList<int> m_columns; // the model's columns shown, in their order on screen
};

} // namespace pepin
