// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"

#include "CatchQt.h"

namespace pepin::test {

namespace {

template<typename T>
T stored(Result<T> result)
{
    if (!result)
        FAIL(result.error().message().toStdString());
    return std::move(result).value();
}

} // namespace

QDate d(const char *iso)
{
    const QDate date = QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
    REQUIRE(date.isValid());
    return date;
}

Site addSite(Store &store, const QString &name)
{
    Site site;
    site.name = name;
    return stored(store.addSite(site));
}

Office addOffice(Store &store, Id siteId, const QString &code, double area, int workstations, OfficeKind kind, QDate from,
                 QDate until)
{
    Office office;
    office.siteId = siteId;
    office.code = code;
    office.areaM2 = area;
    office.workstations = workstations;
    office.kind = kind;
    office.availableFrom = from;
    office.availableUntil = until;
    return stored(store.addOffice(office));
}

Company addCompany(Store &store, const QString &name, const QString &sector)
{
    Company company;
    company.name = name;
    if (!sector.isEmpty())
        company.sectorId = stored(store.ensureSector(sector)).id;
    return stored(store.addCompany(company));
}

Lease leaseOf(Id companyId, Id officeId, QDate start, QDate end, int workstations)
{
    Lease lease;
    lease.companyId = companyId;
    lease.officeId = officeId;
    lease.start = start;
    lease.end = end;
    lease.workstations = workstations;
    return lease;
}

Lease addLease(Store &store, Id companyId, Id officeId, QDate start, QDate end, int workstations)
{
    return stored(store.addLease(leaseOf(companyId, officeId, start, end, workstations)));
}

} // namespace pepin::test
