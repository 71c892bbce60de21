// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/PersonalData.h"

#include "service/Store.h"
#include "storage/Tables.h"
#include "util/Format.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <utility>
#include <vector>

namespace pepin {

namespace {

bool anyFilled(const QJsonObject &record, const QStringList &fields)
{
    return std::any_of(fields.cbegin(), fields.cend(),
                       [&](const QString &field) { return !record.value(field).toString().isEmpty(); });
}

} // namespace

QDate PersonalData::leftOn(const Company &company, const QList<Lease> &leases, const QList<Application> &applications,
                           QDate today)
{
    if (company.exitDate.isValid())
        return company.exitDate <= today ? company.exitDate : QDate();
    QDate last;
    bool housed = false;
    for (const Lease &lease : leases) {
        if (lease.cancelled)
            continue;
        housed = true;
        const QDate lastDay = lease.lastDay();
        if (lastDay.isNull() || lastDay >= today)
            return {}; // still a tenant, or one to come
        last = std::max(last, lastDay);
    }
    if (housed)
        return last;
    if (applications.isEmpty())
        return {};
    for (const Application &application : applications) {
        if (application.status != ApplicationStatus::Declined)
            return {}; // an application still under way
        const QDate decided = application.committeeDate.isValid() ? application.committeeDate : application.receivedOn;
        last = std::max(last, decided);
    }
    return last.isValid() && last <= today ? last : QDate();
}

bool PersonalData::holdsPersonalData(const Company &company, const QList<Lease> &leases,
                                     const QList<Application> &applications)
{
    if (anyFilled(snapshotOf(company), Store::personalFields(QStringLiteral("company"))))
        return true;
    const QStringList leaseFields = Store::personalFields(QStringLiteral("lease"));
    if (std::any_of(leases.cbegin(), leases.cend(), [&](const Lease &l) { return anyFilled(snapshotOf(l), leaseFields); }))
        return true;
    const QStringList applicationFields = Store::personalFields(QStringLiteral("application"));
    return std::any_of(applications.cbegin(), applications.cend(),
                       [&](const Application &a) { return anyFilled(snapshotOf(a), applicationFields); });
}

QList<PersonalData::Candidate> PersonalData::dueForErasure(Store &store, QDate today, int keepYears)
{
    const QDate cutoff = today.addYears(-std::max(keepYears, 0));
    QHash<Id, QList<Lease>> leases;
    for (const Lease &lease : store.leases())
        leases[lease.companyId] << lease;
    QHash<Id, QList<Application>> applications;
    for (const Application &application : store.applications())
        applications[application.companyId] << application;

    // Found first, then copied into a list of their number: most of a network's former tenants
    // can be due, and a list grown one by one holds twice their size as it grows.
    const QList<Company> companies = store.companies();
    std::vector<std::pair<const Company *, QDate>> found;
    for (const Company &company : companies) {
        const QList<Lease> own = leases.value(company.id);
        const QList<Application> applied = applications.value(company.id);
        const QDate left = leftOn(company, own, applied, today);
        if (left.isValid() && left <= cutoff && holdsPersonalData(company, own, applied))
            found.emplace_back(&company, left);
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    QList<Candidate> due;
    due.reserve(qsizetype(found.size()));
    for (const auto &[company, left] : found)
        due << Candidate{*company, left};
    return due;
}

Result<QJsonObject> PersonalData::exportOf(Store &store, Id companyId)
{
    const std::optional<Company> company = store.company(companyId);
    if (!company)
        return Error(Error::Kind::NotFound, tr("There is no company %1.").arg(companyId), QStringLiteral("company"));

    QJsonObject document;
    document.insert(QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const Store::Identity identity = store.identity();
    if (!identity.name.isEmpty())
        document.insert(QStringLiteral("held_by"), identity.name);
    QJsonObject companyRecord = snapshotOf(*company);
    companyRecord.insert(QStringLiteral("id"), company->id);
    if (const std::optional<Sector> sector = store.sector(company->sectorId))
        companyRecord.insert(QStringLiteral("sector"), sector->name);
    document.insert(QStringLiteral("company"), companyRecord);

    QJsonArray leases;
    QList<std::pair<QString, Id>> records{{QStringLiteral("company"), companyId}};
    for (const Lease &lease : store.leasesOfCompany(companyId)) {
        QJsonObject record = snapshotOf(lease);
        record.insert(QStringLiteral("id"), lease.id);
        if (const std::optional<Office> office = store.office(lease.officeId))
            record.insert(QStringLiteral("office"), store.officeName(*office));
        leases << record;
        records.append({QStringLiteral("lease"), lease.id});
    }
    document.insert(QStringLiteral("leases"), leases);

    QJsonArray applications;
    for (const Application &application : store.applications()) {
        if (application.companyId != companyId)
            continue;
        QJsonObject record = snapshotOf(application);
        record.insert(QStringLiteral("id"), application.id);
        applications << record;
        records.append({QStringLiteral("application"), application.id});
    }
    document.insert(QStringLiteral("applications"), applications);

    QList<AuditEntry> entries;
    for (const auto &[entity, id] : std::as_const(records)) {
        AuditLog::Filter filter;
        filter.entity = entity;
        filter.recordId = id;
        Result<QList<AuditEntry>> found = store.history().entries(filter);
        if (!found)
            return found.error();
        entries << *found;
    }
    std::sort(entries.begin(), entries.end(), [](const AuditEntry &a, const AuditEntry &b) { return a.id < b.id; });
    QJsonArray history;
    for (const AuditEntry &entry : std::as_const(entries)) {
        QJsonObject item{{QStringLiteral("at"), entry.at.toString(Qt::ISODateWithMs)},
                         {QStringLiteral("user"), entry.user},
                         {QStringLiteral("program"), entry.program},
                         {QStringLiteral("action"), AuditLog::actionKey(entry.action)},
                         {QStringLiteral("entity"), entry.entity},
                         {QStringLiteral("record_id"), entry.recordId}};
        if (!entry.before.isEmpty())
            item.insert(QStringLiteral("before"), entry.before);
        if (!entry.after.isEmpty())
            item.insert(QStringLiteral("after"), entry.after);
        history << item;
    }
    document.insert(QStringLiteral("history"), history);
    return document;
}

} // namespace pepin
