// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "util/Text.h"

#include <optional>

namespace pepin {

// Which offices the occupancy figures are taken over (every site or one, every floor or one),
// and whose leases count as occupying them (every tenant's, or those of one sector's).
//
// The office filters shrink both sides of a rate: an office of another floor is neither
// occupied nor in service. The sector filter is not defined by DESIGN.md §3, and is defined
// here: the occupied part counts only the leases of companies of that sector, while the total
// stays every office in service. The rates then read "share of the space occupied by companies
// of sector S", and the rates of all sectors (with "no sector") add up to the overall rate.
struct OccupancyFilter
{
    // The members after the first have initializers so that `OccupancyFilter{siteId}` stays
    // warning-free.
    std::optional<Id> siteId; // nullopt: every site
    // nullopt: every floor; matched as people type it (case, accents and spaces ignored).
    std::optional<QString> floor = std::nullopt;
    std::optional<Id> sectorId = std::nullopt; // nullopt: every tenant; 0: the companies without a sector

    bool includes(const Office &office) const
    {
        return (!siteId || office.siteId == *siteId) && (!floor || foldForMatching(office.floor) == foldForMatching(*floor));
    }

    // Whether the leases of a company of sector `companySectorId` (0: none) count as occupying.
    bool countsSector(Id companySectorId) const { return !sectorId || *sectorId == companySectorId; }
};

} // namespace pepin
