// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/Portfolio.h"

#include "service/Store.h"

namespace pepin {

Portfolio Portfolio::load(Store &store)
{
    // The index after the list: both then come from the same kept list.
    Portfolio portfolio{store.sectors(), store.sites(), store.offices(), store.companies(), store.leases(), {}};
    portfolio.companyIndex = store.companyIndex();
    return portfolio;
}

} // namespace pepin
