// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace pepin {

QString defaultDatabasePath()
{
    QString fromEnvironment = qEnvironmentVariable("PEPIN_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // Not AppDataLocation: the GUI and the CLI have different application names but share
    // one database.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("pepin/pepin.db"));
}

} // namespace pepin
