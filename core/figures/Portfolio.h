// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "domain/IdIndex.h"

#include <QList>

#include <memory>

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
    // The companies by id, as the store keeps them beside its list (Store::companyIndex), used
    // when made from `companies` itself: a network holds hundreds of thousands of companies, too
    // many to index again for each figure. Null, or made from another list, each figure makes
    // its own (PortfolioIndex).
    std::shared_ptr<const IdIndex<Company>> companyIndex;

    static Portfolio load(Store &store);
};

} // namespace pepin
