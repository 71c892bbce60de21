// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/PortfolioIndex.h"

namespace pepin {

PortfolioIndex::PortfolioIndex(const Portfolio &portfolio)
    : m_portfolio(portfolio)
    , m_sectors(portfolio.sectors)
    , m_sites(portfolio.sites)
    , m_offices(portfolio.offices)
{
}

const Company *PortfolioIndex::company(Id id) const
{
    if (!m_companies) {
        const std::shared_ptr<const IdIndex<Company>> &kept = m_portfolio.companyIndex;
        m_companies = kept && kept->isOf(m_portfolio.companies) ? kept.get() : &m_ownCompanies.emplace(m_portfolio.companies);
    }
    return m_companies->find(id);
}

Id PortfolioIndex::sectorOf(Id companyId) const
{
    const Company *found = company(companyId);
    return found ? found->sectorId : 0;
}

} // namespace pepin
