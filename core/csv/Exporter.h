// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/CsvFormat.h"
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
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(pepin::Exporter)

public:
    enum class Kind { Tenants, Companies, Offices, Leases };

    // Rows written so far, out of the total; for a progress bar.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Asked before each row: true stops the export, and a file export leaves no file behind.
    using Cancelled = std::function<bool()>;

    struct Options
    {
        CsvFormat format;
        QDate at; // the tenant list's date and the companies' headcount; null: the system's today
        Progress progress;
        Cancelled cancelled;
    };

    Exporter(Store &store, Options options);

    Status write(Kind kind, QIODevice &device);
    // Through a temporary file renamed over `path` once complete: a cancelled or failed export
    // leaves `path` as it was (absent, or the previous file).
    Status writeFile(Kind kind, const QString &path);

    // The header row of an export.
    static QStringList columns(Kind kind);
    // The same columns as the Excel (France) preset heads them, for people: each is a header the
    // import reads back as its canonical column.
    static QStringList frenchColumns(Kind kind);
    // "tenants", "companies", "offices", "leases".
    static QString name(Kind kind);
    static std::optional<Kind> parseKind(const QString &name);

private:
    struct Rows
    {
        QStringList columns;
        QList<bool> raw; // per column: written by Pépin (numbers, dates, codes), never guarded
        QList<QStringList> cells;
    };

    Rows tenants();
    Rows companies();
    Rows offices();
    Rows leases();
    QString siret(const QString &digits) const;
    template<typename T>
    QString dated(const QList<T> &entries, QDate T::*day, const std::function<QString(const T &)> &value) const;

    Store &m_store;
    Options m_options;
};

} // namespace pepin
