// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "models/StoreTableModel.h"

namespace pepin {

// The leases of every office, one per row: who, where, on what terms, and where each stands
// today.
class LeaseTableModel : public StoreTableModel
{
    Q_OBJECT

public:
    enum Column { Company, Site, Office, Type, Start, End, TerminatedOn, Workstations, MonthlyRent, Status, ColumnCount };

    // Where a lease stands on a given day, in the order a manager reads a list by.
    enum class Standing {
        Active,    // the company may use the office that day
        Upcoming,  // signed, starts later
        Ended,     // its last day is past
        Cancelled, // never took effect; counts nowhere
    };

    explicit LeaseTableModel(Store &store, const Clock &clock, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QString summary(int shownRows) const override;
    QString keyFigure(int row) const override;

    const Lease &lease(int row) const { return *m_rows.at(row).lease; }
    Standing standing(int row) const { return m_rows.at(row).standing; }

    static Standing standingOf(const Lease &lease, QDate day);
    static QString label(Standing standing);

    // The rent step a lease is shown with on `day`: the one in force; before the lease, its
    // first; after it, its last. Nullopt when the lease has no rent step.
    static std::optional<Cents> rentShown(const Lease &lease, QDate day);

protected:
    int load() override;
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    ColumnKind columnKind(int column) const override;

private:
    // A row points into the store's lists that the model holds (m_leases…): a long list's
    // records are neither copied nor touched again to be shown.
    struct Row
    {
        const Lease *lease = nullptr;
        const QString *companyName = nullptr;
        const QString *siteName = nullptr;
        const QString *officeCode = nullptr;
        int workstations = 0; // those the lease occupies: a private office's are all of them
        Standing standing = Standing::Active;
        std::optional<Cents> rent;
    };

    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QVariant value(const Row &row, int column) const;

    QList<Lease> m_leases; // the store's lists, as shared with it when the rows were made
    QList<pepin::Company> m_companies;
    QList<pepin::Office> m_offices;
    QList<pepin::Site> m_sites;
    QList<Row> m_rows;
    int m_active = 0;
};

} // namespace pepin
