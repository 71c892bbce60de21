// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace pepin {

class Store;

// The personal data Pépin holds about the people of its companies (the contact's name, email
// and phone, and the free notes that may name them): when a company has left, which former
// tenants' data is due for erasure, and everything held about one company for an access request
// (RGPD articles 15 and 20). The erasure itself is Store::erasePersonalData.
class PersonalData
{
    Q_DECLARE_TR_FUNCTIONS(pepin::PersonalData)

public:
    // How many years a former tenant's personal data is kept when nothing else is set: five, the
    // time within which a claim from the lease can still be brought (Code civil, art. 2224).
    static constexpr int defaultKeepYears = 5;

    // The day a company left the incubator: its exit date; else, when all its leases have ended,
    // the last day of the last one; else, for an applicant never housed whose applications are all
    // declined, the last decision (or reception) date. Null while it is still a tenant, has a lease
    // to come, or an application under way.
    static QDate leftOn(const Company &company, const QList<Lease> &leases, const QList<Application> &applications,
                        QDate today);

    // Whether any personal data is held about the company, its leases or its applications.
    static bool holdsPersonalData(const Company &company, const QList<Lease> &leases, const QList<Application> &applications);

    struct Candidate
    {
        Company company;
        QDate leftOn;
    };
    // The companies that left on or before `today` minus `keepYears` years and about which personal
    // data is still held, the longest gone first.
    static QList<Candidate> dueForErasure(Store &store, QDate today, int keepYears);

    // Everything held about a company, as one JSON document: the company, its headcounts, its
    // leases and their rent steps, its applications, and the history of changes to them.
    static Result<QJsonObject> exportOf(Store &store, Id companyId);
};

} // namespace pepin
