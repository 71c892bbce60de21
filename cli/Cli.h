// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace pepin::cli {

// Runs pepin-cli with `arguments` (without the program name), writing results to `out` and
// errors to `err`, and returns the exit code. The program's main and the tests call this.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Whether `arguments` run a command that draws (report), so that the program's main makes a
// QGuiApplication (on the offscreen platform without a display) for it alone; every other
// command runs with a QCoreApplication.
bool needsGuiApplication(const QStringList &arguments);

} // namespace pepin::cli
