// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Context.h"

#include "domain/Entities.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace pepin::cli {

// Rows to print as an aligned text table for people, or as CSV or JSON for programs. A cell
// keeps its raw value (for CSV and JSON) and how to show it to people (for text).
class Table
{
public:
    enum class Kind { Text, Integer, Decimal, Money, Date, Code, Boolean };

    struct Column
    {
        QString key;   // CSV header and JSON key: the names of DESIGN.md §5
        QString title; // translated, for text output
        Kind kind = Kind::Text;
    };

    struct Cell
    {
        QVariant value; // null: no value
        QString label;  // for codes: the translated label shown in text output
    };

    explicit Table(QList<Column> columns);

    void addRow(QList<Cell> cells);
    qsizetype rowCount() const { return m_rows.size(); }

    // Cells of each kind.
    static Cell text(const QString &value) { return Cell{value, {}}; }
    static Cell integer(qint64 value) { return Cell{value, {}}; }
    static Cell decimal(double value) { return Cell{value, {}}; }
    static Cell money(Cents cents) { return Cell{cents, {}}; }
    static Cell date(QDate day);
    template<typename E>
    static Cell code(const std::optional<E> &value)
    {
        return value ? Cell{pepin::code(*value), pepin::label(*value)} : Cell{};
    }
    static Cell flag(bool value) { return Cell{value, {}}; }
    static Cell none() { return Cell{}; }

    void print(Context &context, OutputFormat format) const;

    QString toText(const Format &format) const;

    // An aligned block for people: the titles, a rule of dashes, then the rows; columns padded to
    // their widest cell, two spaces apart, right-aligned where `rightAligned` says so (figures,
    // so that their digits line up), trailing spaces dropped.
    static QString alignedText(const QStringList &titles, const QList<QStringList> &rows, const QList<bool> &rightAligned);
    // The same with the first `leftColumns` columns (labels, dates) left-aligned, the rest right.
    static QString alignedText(const QStringList &titles, const QList<QStringList> &rows, qsizetype leftColumns);
    QString toCsv() const;
    QByteArray toJson() const;

private:
    QString display(const Cell &cell, Kind kind, const Format &format) const;
    QString machine(const Cell &cell, Kind kind) const;

    QList<Column> m_columns;
    QList<QList<Cell>> m_rows;
};

} // namespace pepin::cli
