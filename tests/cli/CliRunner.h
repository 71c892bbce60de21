// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

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

} // namespace pepin::test
