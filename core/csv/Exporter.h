// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/CsvFormat.h"
#include "figures/OccupancyFilter.h"
#include "figures/Periods.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>
#include <QStringList>

#include <functional>
#include <optional>

namespace pepin {

class Store;

// Writes the CSV exports of DESIGN.md §5: the tenant list at a date, and the companies, offices
// and leases with the columns the list commands print, so that importing an export into an empty
// database gives back the same records (and exporting those again, the same bytes).
//
// Beyond the list commands' columns, an export carries what a lossless import needs and no id
// (ids are the database's own; records are matched on their names):
// - companies: `headcounts`, the history, "2024-01-01=3|2025-06-01=5"; `headcount` is the one
//   of the export's date;
// - leases: `monthly_rent` is the first rent of the schedule, and `rent_steps` the whole schedule
//   "2026-01-01=171.50|2027-01-01=208.25", left empty when it is one rent from the start.
// Dates, decimals and amounts follow the format's preset; in the Excel (France) preset a SIRET is
// written in its usual groups ("732 829 320 00074") so that a spreadsheet keeps it as text
// instead of showing 7,33E+13; imports read both.
//
// Two more exports carry figures, for spreadsheets and charts rather than for an import, each
// the figures of core/figures as they are (averages and rates at full precision, never rounded):
// - occupancy: the series of Occupancy::series over a period, one row per calendar period (a
//   month by default), with the offices, the area and the workstations occupied and in service
//   (averages per day) and their rates, and whether the period is a forecast; each period is
//   given by its first and last day rather than "03/2026", because the first and last months are
//   clipped to the period, and because a spreadsheet reads DD/MM/YYYY as a date but "03/2026" as
//   text;
// - sectors: the sector mix on a day (sectorMixOn), one row per sector with its companies,
//   occupied area and workstations, and the share of each in the day's total.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(pepin::Exporter)

public:
    enum class Kind { Tenants, Companies, Offices, Leases, Occupancy, Sectors };

    // Rows written so far, out of the total; for a progress bar.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Asked before each row: true stops the export, and a file export leaves no file behind.
    using Cancelled = std::function<bool()>;

    struct Options
    {
        CsvFormat format;
        QDate at; // the tenant list's and the sector mix's date, the companies' headcount; null: the system's today
        DateRange period; // the occupancy series' days
        PeriodStep step = PeriodStep::Month; // how the occupancy series cuts them
        OccupancyFilter filter; // the offices the occupancy and the sector mix are taken over
        QDate today; // periods starting after it are forecasts; null: the system's today
        Progress progress;
        Cancelled cancelled;
    };

    // A table as every export writes it: the header row, then `rowCount` rows asked one at a
    // time from `row`, so that a long one is never held whole. `raw` as for CsvWriter::writeRow.
    struct Table
    {
        QStringList columns;
        QList<bool> raw;
        qint64 rowCount = 0;
        std::function<QStringList(qint64 index)> row;
    };

    Exporter(Store &store, Options options);

    Status write(Kind kind, QIODevice &device);
    // Through a temporary file renamed over `path` once complete: a cancelled or failed export
    // leaves `path` as it was (absent, or the previous file).
    Status writeFile(Kind kind, const QString &path);

    // Writes `table`, asking `cancelled` before each row and telling `progress` after it.
    static Status writeTable(QIODevice &device, const CsvFormat &format, const Table &table, const Progress &progress = {},
                             const Cancelled &cancelled = {});
    // Runs `write` on a temporary file renamed over `path` once it succeeded: a cancelled or
    // failed export leaves `path` as it was. What every file export goes through.
    static Status writeSafely(const QString &path, const std::function<Status(QIODevice &device)> &write);

    // The header row of an export.
    static QStringList columns(Kind kind);
    // The same columns as the Excel (France) preset heads them, for people: each is a header the
    // import reads back as its canonical column.
    static QStringList frenchColumns(Kind kind);
    // "tenants", "companies", "offices", "leases", "occupancy", "sectors".
    static QString name(Kind kind);
    static std::optional<Kind> parseKind(const QString &text);

private:
    // An export's rows, each written out when it is asked for, in the order of the kind's
    // columns: the records are held (shared with the Store's lists), never all their cells at once.
    struct Rows
    {
        qint64 count = 0;
        std::function<QStringList(qint64 index)> row;
    };
    template<typename Record, typename Format>
    static Rows rowsOf(QList<Record> records, Format format);

    Rows tenants();
    Rows companies();
    Rows offices();
    Rows leases();
    Rows occupancy();
    Rows sectors();
    QString yesNo(bool value) const; // of the figures exports: "true", or "oui" with French headers
    QString siret(const QString &digits) const;
    template<typename T>
    QString dated(const QList<T> &entries, QDate T::*day, const std::function<QString(const T &)> &value) const;

    Store &m_store;
    Options m_options;
};

} // namespace pepin
