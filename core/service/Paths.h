// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pepin {

// The database the GUI opens by default and the CLI uses without --db:
// $PEPIN_DB when set, else pepin.db in the user's data folder
// (~/.local/share/pepin/pepin.db on Linux).
QString defaultDatabasePath();

} // namespace pepin
