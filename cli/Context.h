// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include "service/Store.h"
#include "util/Clock.h"
#include "util/Format.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

namespace pepin::cli {

enum class OutputFormat { Text, Csv, Json };

// What every command runs with: the streams, the database, the clock, the language, and the
// one way errors are reported (one line each on stderr, and the exit code that goes with them).
class Context
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::Context)

public:
    Context(QTextStream &out, QTextStream &err, const QString &databasePath, const Clock &clock);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const Clock &clock() const { return m_clock; }
    QDate today() const { return m_clock.today(); }
    QString databasePath() const { return m_databasePath; }
    Format format() const { return Format(); }

    // The database, opened on first use. nullptr when it cannot be used; the reason is then
    // already on stderr and `failureCode()` is the exit code.
    Store *store(Database::Mode mode = Database::Mode::OpenExisting);
    int failureCode() const { return m_failureCode; }
    void closeStore() { m_store.reset(); }

    // Reports an error from the core: each problem on its own line, its field named as the
    // option or column it came from; returns the matching exit code.
    int fail(const Error &error, const QString &where = {});
    // Reports bad usage of the command line; returns ExitUsage.
    int usage(const QString &message);
    // Reports invalid input found by the command itself; returns ExitInvalidInput.
    int invalid(const QList<Problem> &problems);

    // --format text|csv|json, or nullopt after reporting a bad value.
    std::optional<OutputFormat> outputFormat(const QCommandLineParser &parser);

    // How a field of the core is named on the command line: "terminated_on" → "--terminated-on".
    static QString optionName(const QString &field);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_databasePath;
    Clock m_clock;
    std::unique_ptr<Store> m_store;
    int m_failureCode = ExitOk;
};

} // namespace pepin::cli
