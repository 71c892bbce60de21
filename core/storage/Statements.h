// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QDate>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace pepin {

// The statements of the store's bulk reads and writes: a network's portfolio is some 100,000
// rows and a million values, and an import writes tens of thousands of rows.
//
// On SQLite they are stepped through SQLite's own interface, on the connection Qt Sql opened (so
// in its transactions): each value is read as what it is (an integer, a date written as text)
// instead of going through a QVariant, and bound without Qt Sql's bookkeeping of placeholders,
// which is most of what a statement through Qt Sql costs beyond SQLite's own work. On any other
// engine, or where the SQLite driver was not built on the SQLite this program links, the same
// statements go through a QSqlQuery. Both give the same values (tested).
//
// Neither may outlive its Database.

// The rows of one SELECT, read forward one at a time (Database::select). Columns are numbered
// from 0 in the order of the SELECT.
class Rows
{
public:
    class Source;

    explicit Rows(std::unique_ptr<Source> source);
    Rows(Rows &&other) noexcept;
    Rows &operator=(Rows &&other) noexcept;
    ~Rows();

    // Moves to the next row; false after the last one, or when the engine failed (failure()).
    bool next();
    // Why next() stopped before the end, as Database reports a failed statement.
    const std::optional<Error> &failure() const { return m_failure; }

    bool isNull(int column) const;
    qint64 integer(int column) const; // 0 for NULL
    int whole(int column) const { return int(integer(column)); }
    bool flag(int column) const { return integer(column) != 0; }
    double real(int column) const;   // 0 for NULL
    QString text(int column) const;  // a null QString for NULL
    QDate date(int column) const;    // 'YYYY-MM-DD' as Pépin writes dates; invalid for NULL

private:
    std::unique_ptr<Source> m_source;
    std::optional<Error> m_failure;
};

// What Rows reads from: one engine's way of stepping a statement.
class Rows::Source
{
public:
    virtual ~Source() = default;
    // False at the end; an error when the engine failed.
    virtual Result<bool> next() = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual QDate date(int column) const = 0;
};

// A statement prepared once and run many times with new values (Database::prepare): the same
// SQL for every row of a bulk write costs its parsing once.
class Statement
{
public:
    class Source;

    explicit Statement(std::unique_ptr<Source> source);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();

    // Binds `values` to the placeholders in order and runs the statement.
    Status execute(const QVariantList &values);
    // The id of the row the last execute() inserted.
    qint64 lastInsertId() const;

private:
    std::unique_ptr<Source> m_source;
};

class Statement::Source
{
public:
    virtual ~Source() = default;
    virtual Status execute(const QVariantList &values) = 0;
    virtual qint64 lastInsertId() const = 0;
};

// 'YYYY-MM-DD' read digit by digit (a network's reads hold some 200,000 dates); anything else
// through the general ISO parser. Invalid for an empty text.
QDate isoDateFrom(const char16_t *text, qsizetype size);
QDate isoDateFrom(const char *text, qsizetype size);

} // namespace pepin
