// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/Portfolio.h"

#include "service/Store.h"

namespace pepin {

Portfolio Portfolio::load(Store &store)
{
    // A braced list is read in order: the index comes after the list, both from the same kept one.
    return Portfolio{store.sectors(), store.sites(), store.offices(), store.companies(), store.leases(), store.companyIndex()};
}

} // namespace pepin
