// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/Importer.h"
#include "service/Store.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace pepin::test {

// The day the CSV tests take as today: exports' headcounts and tenant lists, imports' headcounts.
QDate csvToday();

// A fixture of tests/data/csv copied into `dir` (tests never read the originals in place).
QString csvFixture(const QTemporaryDir &dir, const QString &name);

// Everything an import could change, as text: the three exports, the sectors and the sites. Equal
// snapshots before and after an import mean it wrote nothing.
QString snapshot(Store &store);

// Imports `path` with the test's today; REQUIREs no error unless `mayFail`.
ImportResult importCsv(Store &store, ImportKind kind, const QString &path, Importer::Options options = {});

// "line 3, column area_m2: message" for each message, to show in failures and to search in.
QString describe(const QList<ImportMessage> &messages);
// Whether some message is about that line (and that column, when given).
bool hasMessage(const QList<ImportMessage> &messages, qint64 line, const QString &column = {});

// The process's peak resident memory since `resetPeakMemory`, in kB; nullopt where the system
// does not say (Linux tells it in /proc/self/status, and resets it through /proc/self/clear_refs)
// and under AddressSanitizer, whose own memory would swamp the figure.
void resetPeakMemory();
std::optional<qint64> peakMemoryKb();
std::optional<qint64> currentMemoryKb();

// A small incubator with every kind of value an export must carry: accents, notes with line
// breaks, delimiters, quotes and formula-like text, two sites, private and shared offices,
// headcount histories, rent schedules, an early end, a cancelled lease, a former tenant.
void buildExportData(Store &store);

} // namespace pepin::test
