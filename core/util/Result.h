// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace pepin {

// What is wrong with one field of the input, in the user's language.
struct Problem
{
    QString field; // the canonical field or column name ("start", "area_m2"), or empty
    QString message;
};

// Why an operation did nothing. An operation that fails writes nothing.
class Error
{
public:
    enum class Kind {
        InvalidInput, // the input breaks a rule; nothing was written
        NotFound,     // a record named in the input does not exist
        Stale,        // the record changed since it was read; nothing was overwritten
        Storage,      // the database cannot be used (missing, foreign, corrupt, newer, I/O)
        Credentials,  // the server wants a password that was not given, or not the right one
    };

    Error(Kind kind, QList<Problem> problems)
        : m_kind(kind)
        , m_problems(std::move(problems))
    {
    }
    Error(Kind kind, const QString &message, const QString &field = {})
        : Error(kind, QList<Problem>{Problem{field, message}})
    {
    }

    static Error invalid(const QString &field, const QString &message)
    {
        return Error(Kind::InvalidInput, message, field);
    }

    Kind kind() const { return m_kind; }
    const QList<Problem> &problems() const { return m_problems; }

    // Every problem on its own line, each prefixed by its field when it has one.
    QString message() const
    {
        QStringList lines;
        for (const Problem &problem : m_problems)
            lines << (problem.field.isEmpty() ? problem.message
                                              : problem.field + QStringLiteral(": ") + problem.message);
        return lines.join(QLatin1Char('\n'));
    }

private:
    Kind m_kind;
    QList<Problem> m_problems;
};

// Either a value or the Error that prevented it.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// The outcome of an operation that returns nothing but may fail.
struct Done
{
};
using Status = Result<Done>;

inline Status done()
{
    return Done{};
}

} // namespace pepin
