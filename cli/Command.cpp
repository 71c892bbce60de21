// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

namespace pepin::cli {

Commands allCommands()
{
    Commands commands;
    addInitCommands(commands);
    addGenerateCommands(commands);
    addListCommands(commands);
    addRecordCommands(commands);
    addFigureCommands(commands);
    addTenantCommands(commands);
    addIndicatorCommands(commands);
    addRentRollCommands(commands);
    addExpiringCommands(commands);
    addAlertsCommands(commands);
    addSuggestCommands(commands);
    addLeaseChangeCommands(commands);
    addCsvCommands(commands);
    addReportCommands(commands);
    addCheckCommands(commands);
    addBackupCommands(commands);
    addPrivacyCommands(commands);
    addServerCommands(commands);
    return commands;
}

} // namespace pepin::cli
