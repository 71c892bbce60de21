// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "models/StoreTableModel.h"

#include <QColor>

#include <functional>

namespace pepin {

// The companies of the incubator, current, incoming, former and applicants alike, one per row,
// with where each stands today. Archived companies are left out unless asked for.
class CompanyTableModel : public StoreTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Sector, Siret, CreatedOn, Stage, Contact, Email, Phone, Presence, ColumnCount };

    // Where a company stands on a given day, in the order a manager reads a list by.
    enum class Standing {
        Tenant,    // at least one lease active that day
        Incoming,  // a lease signed that starts later
        Applicant, // never housed yet
        Former,    // has left: exit date reached, or every lease over
    };

    explicit CompanyTableModel(Store &store, const Clock &clock, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QString summary(int shownRows) const override;
    QString keyFigure(int row) const override;

    // The company shown on `row`.
    const Company &company(int row) const { return *m_rows.at(row).company; }
    Standing standing(int row) const { return m_rows.at(row).standing; }

    // What a company's leases tell of where it stands on a day, gathered lease by lease.
    struct LeaseFacts
    {
        bool housedOnDay = false;
        bool signedAhead = false; // a lease starts after the day
        bool housedBefore = false; // a lease ended before it
        void add(const Lease &lease, QDate day);
    };

    // Where `company` stands on `day`, given its leases.
    static Standing standingOf(const Company &company, const QList<Lease> &leases, QDate day);
    static Standing standingOf(const Company &company, const LeaseFacts &facts, QDate day);
    static QString label(Standing standing);

    // The test of each row on `day`: whether the company is a tenant that day, by the core's
    // figure (figures/Tenants.h), computed once here for every row.
    std::function<bool(int row)> tenantOn(QDate day) const;

protected:
    int load() override;
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    ColumnKind columnKind(int column) const override;

private:
    struct Row
    {
        const Company *company = nullptr; // in m_companies
        QString sectorName;
        QColor sectorColour;
        Standing standing = Standing::Applicant;
    };

    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;

    QList<Company> m_companies; // the store's list, shared
    QList<Row> m_rows;
    int m_tenants = 0;
};

} // namespace pepin
