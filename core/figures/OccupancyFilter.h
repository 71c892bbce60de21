// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"

#include <optional>

namespace pepin {

// Which offices the occupancy figures are taken over: every site, or one. A floor would be one
// more optional member checked in `includes`. A filter on the tenants (their sector) would keep
// every office in the totals and only drop leases, so it belongs where Occupancy gathers leases.
struct OccupancyFilter
{
    std::optional<Id> siteId; // nullopt: every site

    bool includes(const Office &office) const { return !siteId || office.siteId == *siteId; }
};

} // namespace pepin
