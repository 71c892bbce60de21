// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pepin {

class Store;

// The Ateliers numériques de Valenciennes, dated relative to today: eleven young digital
// companies fill every office, earlier tenants give the charts years of history, Amito waits
// for the planned extension, whose offices open a few months from now. Contacts are invented.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(pepin::DemoData)

public:
    // Fills an empty database, in one transaction.
    static Status populate(Store &store, const Clock &clock);
};

} // namespace pepin
