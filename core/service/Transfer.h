// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/OccupancyFigures.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <utility>

namespace pepin {

class Store;

// Copies a Pépin database into a new one, from a file to a server database or back
// (pepin-cli migrate --to): every row of every table, ids, row versions and change history
// included. The copy is one transaction on the target: it is there whole, or the target is as it
// was (a new file is removed). Then the target is checked: the same rows in every table, every
// record the same field by field, the same occupancy on a day.
class Transfer
{
    Q_DECLARE_TR_FUNCTIONS(pepin::Transfer)

public:
    struct Report
    {
        QList<std::pair<QString, qint64>> rows; // each table and its rows, the same in both
        OccupancySnapshot occupancy;            // on the day asked for, the same in both
    };

    // `target` is a file that does not exist yet, or a server database that holds no table.
    static Result<Report> run(Store &source, const QString &target, QDate day);

    // The tables copied, parents before children.
    static const QStringList tables;
};

} // namespace pepin
