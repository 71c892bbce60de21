// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "models/StoreTableModel.h"

#include <QStringList>

#include <functional>

namespace pepin {

// The offices of every site, one per row, with who occupies each today. Archived offices are
// left out unless asked for.
class OfficeTableModel : public StoreTableModel
{
    Q_OBJECT

public:
    enum Column {
        Site,
        Code,
        Floor,
        Area,
        Workstations,
        Kind,
        ReferenceRent,
        AvailableFrom,
        AvailableUntil,
        TenantToday,
        ColumnCount
    };

    explicit OfficeTableModel(Store &store, const Clock &clock, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QString summary(int shownRows) const override;
    QString keyFigure(int row) const override;

    // The office shown on `row`.
    const Office &office(int row) const { return m_rows.at(row).office; }
    // The companies with a lease of that office active today, by name.
    const QStringList &tenantsToday(int row) const { return m_rows.at(row).tenants; }

    // The test of each row on `day`, by the core's occupancy of that day
    // (figures/OccupancyExplanation.h), computed once here for every row: whether the office is
    // occupied, or, with `occupied` false, in service and free.
    std::function<bool(int row)> occupiedOn(QDate day, bool occupied) const;

protected:
    int load() override;
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    ColumnKind columnKind(int column) const override;

private:
    struct Row
    {
        Office office;
        QString siteName;
        QStringList tenants;
        bool inService = true;
    };

    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QVariant value(const Row &row, int column) const;
    // What the tenant column says of an office nobody occupies today.
    QString vacancy(const Row &row) const;

    QList<Row> m_rows;
    qint64 m_occupied = 0;
    qint64 m_inService = 0;
};

} // namespace pepin
