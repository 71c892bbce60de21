// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <initializer_list>

namespace pepin::test {

// What one run of pepin-cli gave.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs pepin-cli in-process on `db`, as a user would type `pepin-cli --db DB --today … ARGS`.
CliRun cli(const QString &db, const QStringList &arguments, const QString &today = QStringLiteral("2026-11-29"));

// A database in its own temporary folder, driven through pepin-cli as a user would, each run
// REQUIRing its exit code and reporting its streams when it fails.
class CliDatabase
{
public:
    enum class Start { Empty, Demo };

    // Created with `init` (`init --demo` for the demo incubator, dated 2026-11-29).
    explicit CliDatabase(Start start = Start::Empty);

    QString db;
    // A path beside the database, for files a test writes or expects to be missing.
    QString file(const QString &name) const { return m_dir.filePath(name); }

    CliRun run(const QStringList &arguments, int expected = 0);
    CliRun run(std::initializer_list<const char *> words, int expected = 0);
    // The output of a run that must succeed and print one JSON object.
    QJsonObject json(const QStringList &arguments);
    QJsonObject json(std::initializer_list<const char *> words);

private:
    QTemporaryDir m_dir;
};

// The demo incubator, created as on 2026-11-29.
struct Demo : CliDatabase
{
    Demo()
        : CliDatabase(Start::Demo)
    {
    }
};

} // namespace pepin::test
