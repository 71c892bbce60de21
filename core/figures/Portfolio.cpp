// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/Portfolio.h"

#include "service/Store.h"

namespace pepin {

Portfolio Portfolio::load(Store &store)
{
    return Portfolio{store.sectors(), store.sites(), store.offices(), store.companies(), store.leases()};
}

} // namespace pepin
