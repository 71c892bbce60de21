// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

namespace pepin::cli {

class Context;

// Exit codes of pepin-cli (DESIGN.md §4).
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,
    ExitInvalidInput = 2, // nothing was written
    ExitDatabase = 3,     // the database cannot be used
};

// One command of pepin-cli ("init", "add office"…): its options, its help, what it does.
class Command
{
public:
    virtual ~Command() = default;

    // The words that name it on the command line: "check", "add office".
    virtual QString name() const = 0;
    // One translated line for the command list.
    virtual QString summary() const = 0;
    // What follows the name in the usage line, e.g. "NAME [--address TEXT]".
    virtual QString synopsis() const { return QString(); }
    virtual QList<QCommandLineOption> options() const = 0;
    virtual int run(Context &context, const QCommandLineParser &parser) const = 0;
};

using Commands = std::vector<std::unique_ptr<Command>>;

// Every command, in the order of the help text; each file of commands/ contributes its own.
Commands allCommands();
void addInitCommands(Commands &commands);
void addGenerateCommands(Commands &commands);
void addCheckCommands(Commands &commands);
void addBackupCommands(Commands &commands);
void addListCommands(Commands &commands);
void addRecordCommands(Commands &commands);
void addFigureCommands(Commands &commands);
void addTenantCommands(Commands &commands);
void addIndicatorCommands(Commands &commands);
void addRentRollCommands(Commands &commands);
void addExpiringCommands(Commands &commands);
void addAlertsCommands(Commands &commands);
void addCsvCommands(Commands &commands);
void addReportCommands(Commands &commands);
void addSuggestCommands(Commands &commands);
void addLeaseChangeCommands(Commands &commands);
void addPrivacyCommands(Commands &commands);
void addServerCommands(Commands &commands);

} // namespace pepin::cli
