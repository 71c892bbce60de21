// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Context.h"

#include "figures/OccupancyFilter.h"
#include "figures/Periods.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace pepin::cli {

// The options the figure commands share, read one way for all of them: when (--at a day, or
// --from and --to a period, cut by --step) and over what (--site, --floor, --sector). Each read
// reports what is wrong on stderr and gives the exit code; 0 means it went through.
class FigureOptions
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::FigureOptions)

public:
    FigureOptions(Context &context, const QCommandLineParser &parser);

    static QCommandLineOption atOption();
    static QCommandLineOption fromOption();
    static QCommandLineOption toOption();
    static QCommandLineOption stepOption();
    static QCommandLineOption siteOption();
    static QCommandLineOption floorOption();
    static QCommandLineOption sectorOption();
    static QCommandLineOption formatOption();

    // --at, or --from and --to with an optional --step: bad combinations are bad usage (1),
    // dates that do not parse or a period that ends before it starts invalid input (2). Without
    // any of them: today.
    int readWhen();
    // --from and --to as a period, for the commands that always measure one: a date that does
    // not parse, or a period that ends before it starts, is added to `problems`.
    DateRange period(QList<Problem> &problems) const;
    // --site, --floor and --sector, those the command offers, against the database: an unknown
    // site, sector or floor is invalid input (2).
    int readScope(Store &store);

    bool isPeriod() const { return m_range.has_value(); }
    QDate day() const { return m_day; }
    DateRange range() const { return m_range.value_or(DateRange{m_day, m_day}); }
    std::optional<PeriodStep> step() const { return m_step; }
    // The period cut by --step, or whole.
    QList<DateRange> periods() const;

    const OccupancyFilter &filter() const { return m_filter; }
    // "all sites", "site X, floor 1, sector IT services": what the figures are taken over.
    QString scopePhrase() const;
    // The sector's name when --sector is given, else empty.
    QString sectorName() const { return m_sectorName; }

private:
    bool has(const QString &name) const;
    QDate date(const QString &option, QList<Problem> &problems) const;

    Context &m_context;
    const QCommandLineParser &m_parser;
    QDate m_day;
    std::optional<DateRange> m_range;
    std::optional<PeriodStep> m_step;
    OccupancyFilter m_filter;
    QString m_siteName;
    QString m_floor;
    QString m_sectorName;
};

} // namespace pepin::cli
