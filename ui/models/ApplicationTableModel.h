// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "models/StoreTableModel.h"

namespace pepin {

// The waiting list: every application, one per row, with the room it needs and where it stands.
class ApplicationTableModel : public StoreTableModel
{
    Q_OBJECT

public:
    enum Column { Company, AreaNeeded, WorkstationsNeeded, WishedStart, Status, CommitteeDate, Priority, ReceivedOn, ColumnCount };

    explicit ApplicationTableModel(Store &store, const Clock &clock, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QString summary(int shownRows) const override;
    QString keyFigure(int row) const override;

    const Application &application(int row) const { return m_rows.at(row).application; }

    // Whether an application in that status still waits for an office.
    static bool isWaiting(ApplicationStatus status);

protected:
    int load() override;
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    ColumnKind columnKind(int column) const override;

private:
    struct Row
    {
        Application application;
        QString companyName;
    };

    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QVariant value(const Row &row, int column) const;

    QList<Row> m_rows;
    int m_waiting = 0;
};

} // namespace pepin
