// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "service/Store.h"

#include <QDate>

namespace pepin::test {

// "2026-03-01" → QDate, for readable test data.
QDate d(const char *iso);

// Builders of valid records with the fewest fields a test must state; each adds to the store
// and REQUIREs success, returning the stored record.
Site addSite(Store &store, const QString &name = QStringLiteral("Site"));
Office addOffice(Store &store, Id siteId, const QString &code, double area = 20, int workstations = 2,
                 OfficeKind kind = OfficeKind::Private, QDate from = {}, QDate until = {});
Company addCompany(Store &store, const QString &name, const QString &sector = {});
Lease addLease(Store &store, Id companyId, Id officeId, QDate start, QDate end = {}, int workstations = 0);

// A lease record, not stored, for rule tests.
Lease leaseOf(Id companyId, Id officeId, QDate start, QDate end = {}, int workstations = 0);

} // namespace pepin::test
