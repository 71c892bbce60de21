// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace pepin {

class Store;
struct Alert;

// What the detail panel shows of one record, as rich text for a QTextBrowser: the record's own
// fields, then what the figures of the core say of it on `today`.
// - A company: its leases, its stay against the site's maximum, its headcount history and the
//   alerts that concern it.
// - An office: its tenants today, its occupancy over the last twelve months and its history.
// - A lease: its terms, its notice deadline, its rent steps (the one in force marked) and its
//   alerts.
// - An application: what the company needs and where the application stands.
// Each reads what it needs from the store; nothing here computes a figure of its own.
class RecordDetails
{
    Q_DECLARE_TR_FUNCTIONS(pepin::RecordDetails)

public:
    RecordDetails(Store &store, QDate today);

    QString company(const Company &company);
    QString office(const Office &office);
    QString lease(const Lease &lease);
    QString application(const Application &application);

private:
    // The alerts of a company's leases that `concerns` keeps, as a list.
    QString alertList(Id companyId, const std::function<bool(const Alert &)> &concerns);

    Store &m_store;
    QDate m_today;
};

} // namespace pepin
