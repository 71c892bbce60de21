// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/Portfolio.h"

#include "domain/IdIndex.h"

#include <optional>

namespace pepin {

// Lookups by id into a Portfolio, built once per figure. The pointers live as long as the
// Portfolio they were built from.
class PortfolioIndex
{
public:
    explicit PortfolioIndex(const Portfolio &portfolio);

    const Sector *sector(Id id) const { return m_sectors.find(id); }
    const Site *site(Id id) const { return m_sites.find(id); }
    const Office *office(Id id) const { return m_offices.find(id); }
    const Company *company(Id id) const;
    // The sector of a company, 0 for none (or an unknown company).
    Id sectorOf(Id companyId) const;

private:
    const Portfolio &m_portfolio;
    IdIndex<Sector> m_sectors;
    IdIndex<Site> m_sites;
    IdIndex<Office> m_offices;
    // At the first company asked for, the Portfolio's own index if it was made from its list,
    // else one made then: a network has hundreds of thousands of companies, and most figures ask
    // for none.
    mutable const IdIndex<Company> *m_companies = nullptr;
    mutable std::optional<IdIndex<Company>> m_ownCompanies;
};

} // namespace pepin
