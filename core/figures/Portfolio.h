// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"

#include <QList>

namespace pepin {

class Store;

// Everything the tenant list, the sector mix and the explanation of occupancy read, as plain
// values: the figures take this instead of the Store, so that tests and exports can hand them
// records that were never stored, and a figure reads the database once.
struct Portfolio
{
    QList<Sector> sectors;
    QList<Site> sites;
    QList<Office> offices; // the order the figures list them in (the Store's: site, then code)
    QList<Company> companies;
    QList<Lease> leases;

    static Portfolio load(Store &store);
};

} // namespace pepin
