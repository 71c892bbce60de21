// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pepin {

class Store;

// Checks a database as a whole: the file's integrity, its foreign keys, and every business rule
// on the data as stored — which matters for files edited with other tools, where the Store's
// checks did not run.
class Checker
{
    Q_DECLARE_TR_FUNCTIONS(pepin::Checker)

public:
    struct Finding
    {
        enum class Severity { Damaged, RuleBroken };
        Severity severity;
        QString where; // "lease 12", "office B12 (Ateliers numériques)"…
        QString message;
    };

    static QList<Finding> check(Store &store);
};

} // namespace pepin
