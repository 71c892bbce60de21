// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/PortfolioIndex.h"

namespace pepin {

PortfolioIndex::PortfolioIndex(const Portfolio &portfolio)
    : m_portfolio(portfolio)
{
    m_sectors.reserve(portfolio.sectors.size());
    m_sites.reserve(portfolio.sites.size());
    m_offices.reserve(portfolio.offices.size());
    for (const Sector &sector : portfolio.sectors)
        m_sectors.insert(sector.id, &sector);
    for (const Site &site : portfolio.sites)
        m_sites.insert(site.id, &site);
    for (const Office &office : portfolio.offices)
        m_offices.insert(office.id, &office);
}

const Company *PortfolioIndex::company(Id id) const
{
    if (!m_companiesIndexed) {
        // Sized once: the companies of a network are counted in hundreds of thousands.
        m_companies.reserve(m_portfolio.companies.size());
        for (const Company &company : m_portfolio.companies)
            m_companies.insert(company.id, &company);
        m_companiesIndexed = true;
    }
    return m_companies.value(id);
}

Id PortfolioIndex::sectorOf(Id companyId) const
{
    const Company *found = company(companyId);
    return found ? found->sectorId : 0;
}

} // namespace pepin
