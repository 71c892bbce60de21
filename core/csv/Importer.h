// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/CsvColumns.h"
#include "csv/CsvReader.h"
#include "csv/ImportResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>

#include <functional>
#include <optional>

namespace pepin {

class Store;

// Imports offices, companies or leases from a CSV file (DESIGN.md §5).
//
// Every row is read and checked before anything is written: the values, the domain's rules,
// the records it names (in the database, or on earlier rows of the file), and rows that repeat
// one another. Then the rows are written through the Store in one transaction. A row that
// matches a stored record (offices on site and code, companies on SIRET else name, leases on
// company, office and start) updates it, or leaves it as it is when nothing differs; other rows
// create records. By default one invalid row means nothing is written; every error is listed
// with its line and column. What was written is listed in ImportResult::changes, each record as
// it was before and after, so that the whole import can be taken back and made again.
//
// What the columns hold, beyond the values of DESIGN.md §5:
// - Offices: a site that does not exist is created, with the default settings, and reported.
// - Companies: a sector that does not exist is created and reported. `headcount` is the
//   headcount as of `Options::today`; `headcounts` is the whole history, written
//   "2024-01-01=3|2025-06-01=5" (what the companies export writes), and wins when both are given
//   (the headcount must then be one of the history's, as an export writes it).
// - Leases: `company` is a SIRET or a name; the company, the site and the office must exist.
//   `rent_steps` is the whole rent schedule, "2026-01-01=171.50|2027-01-01=208.25"; with it,
//   `monthly_rent` may be left as it is exported (it must be one of the steps). Without it,
//   `monthly_rent` is one rent from the start, unless it is already one of the lease's steps.
// - An empty cell is "no value" (no end date, no notes); a column the file does not have leaves
//   that field of a matched record as it is. `id` columns are ignored; other unknown columns are
//   ignored with a warning. Text cells that an export guarded with a leading ' are read back
//   without it.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(pepin::Importer)

public:
    struct Options
    {
        CsvReader::Options csv;
        bool dryRun = false;      // check and count, write nothing
        bool skipInvalid = false; // write the valid rows, list the others
        QDate today;              // the date of a `headcount`; null: the system's today
        // Rows of data a file may have. A pépinière's lists are far shorter, and a regional
        // network's (some 250,000 leases at ten times the network scale of docs/PERFORMANCE.md)
        // fit; a bigger file is a wrong file, refused at the row past the limit, long before it
        // is read whole.
        qint64 maxRows = 500000;
        // Asked before each row; true stops the import, and nothing is written.
        std::function<bool()> cancelled;
        // What each column of the file holds, by position: a canonical name of CsvColumns::of()
        // the kind, or an empty string to ignore the column; columns past the list's end are
        // ignored. Without it, the header row says (CsvColumns::mapping()). The header row is
        // read either way, and messages name the columns as it writes them.
        std::optional<QStringList> columns;
    };

    Importer(Store &store, Options options);

    ImportResult importFile(ImportKind kind, const QString &path);
    ImportResult import(ImportKind kind, QIODevice &device);

private:
    Store &m_store;
    Options m_options;
};

} // namespace pepin
