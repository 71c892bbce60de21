// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationTableModel.h"

#include "figures/WaitingList.h"
#include "service/Store.h"

#include <QGuiApplication>
#include <QHash>
#include <QPalette>

namespace pepin {

ApplicationTableModel::ApplicationTableModel(Store &store, const Clock &clock, QObject *parent)
    : StoreTableModel(store, clock, {Entity::Company, Entity::Application}, parent)
{
    reload();
}

int ApplicationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ApplicationTableModel::isWaiting(ApplicationStatus status)
{
    return waitsForOffice(status);
}

int ApplicationTableModel::load()
{
    QHash<Id, QString> companyNames;
    for (const pepin::Company &company : store().companies())
        companyNames.insert(company.id, company.name);
    m_rows.clear();
    m_waiting = 0;
    // The store's order, highest priority first, then first received: the waiting list's own.
    for (const Application &application : store().applications()) {
        m_rows << Row{application, companyNames.value(application.companyId)};
        if (isWaiting(application.status))
            ++m_waiting;
    }
    return int(m_rows.size());
}

QVariant ApplicationTableModel::data(const QModelIndex &index, int role) const
{
    if (!isValidCell(index, ColumnCount))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case ValueRole:
        return value(row, index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(columnAlignment(index.column()));
    case Qt::ForegroundRole:
        // Housed and declined applications no longer wait: subdued.
        if (!isWaiting(row.application.status))
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Status && !row.application.decision.isEmpty())
            return row.application.decision;
        if (index.column() == Company && !row.application.notes.isEmpty())
            return row.application.notes;
        return {};
    default:
        return {};
    }
}

StoreTableModel::ColumnKind ApplicationTableModel::columnKind(int column) const
{
    switch (column) {
    case AreaNeeded:
        return ColumnKind::Decimal;
    case WorkstationsNeeded:
    case Priority:
        return ColumnKind::Integer;
    case WishedStart:
    case CommitteeDate:
    case ReceivedOn:
        return ColumnKind::Date;
    default:
        return ColumnKind::Text;
    }
}

QVariant ApplicationTableModel::value(const Row &row, int column) const
{
    const Application &application = row.application;
    switch (column) {
    case AreaNeeded: // as shown: nothing rather than zero when no need was given
        return application.neededAreaM2 > 0 ? QVariant(application.neededAreaM2) : QVariant();
    case WorkstationsNeeded:
        return application.neededWorkstations > 0 ? QVariant(application.neededWorkstations) : QVariant();
    case Priority:
        return application.priority;
    case WishedStart:
        return dateValue(application.wishedStart);
    case CommitteeDate:
        return dateValue(application.committeeDate);
    case ReceivedOn:
        return dateValue(application.receivedOn);
    default:
        return {};
    }
}

QVariant ApplicationTableModel::display(const Row &row, int column) const
{
    const Application &application = row.application;
    switch (column) {
    case Company:
        return row.companyName;
    case AreaNeeded:
        return application.neededAreaM2 > 0 ? format().area(application.neededAreaM2) : QString();
    case WorkstationsNeeded:
        return application.neededWorkstations > 0 ? format().integer(application.neededWorkstations) : QString();
    case WishedStart:
        return format().date(application.wishedStart);
    case Status:
        return capitalised(label(application.status));
    case CommitteeDate:
        return format().date(application.committeeDate);
    case Priority:
        return format().integer(application.priority);
    case ReceivedOn:
        return format().date(application.receivedOn);
    }
    return {};
}

QVariant ApplicationTableModel::sortValue(const Row &row, int column) const
{
    const Application &application = row.application;
    switch (column) {
    case Company:
        return row.companyName;
    case AreaNeeded:
        return application.neededAreaM2;
    case WorkstationsNeeded:
        return application.neededWorkstations;
    case WishedStart:
        return application.wishedStart;
    case Status:
        return int(application.status);
    case CommitteeDate:
        return application.committeeDate;
    case Priority:
        return application.priority;
    case ReceivedOn:
        return application.receivedOn;
    }
    return {};
}

QString ApplicationTableModel::columnTitle(int column) const
{
    switch (column) {
    case Company:
        return tr("Company");
    case AreaNeeded:
        return tr("Area needed");
    case WorkstationsNeeded:
        return tr("Workstations needed");
    case WishedStart:
        return tr("Wished start");
    case Status:
        return tr("Status");
    case CommitteeDate:
        return tr("Committee");
    case Priority:
        return tr("Priority");
    case ReceivedOn:
        return tr("Received on");
    }
    return {};
}

QString ApplicationTableModel::columnToolTip(int column) const
{
    switch (column) {
    case CommitteeDate:
        return tr("Date of the selection committee that examines the application");
    case Priority:
        return tr("Higher first on the waiting list");
    default:
        return QString();
    }
}

QString ApplicationTableModel::summary(int shownRows) const
{
    if (shownRows != rowCount())
        return tr("Applications shown: %1 of %2").arg(format().integer(shownRows), format().integer(rowCount()));
    return tr("Applications: %1 · waiting: %2").arg(format().integer(rowCount()), format().integer(m_waiting));
}

QString ApplicationTableModel::keyFigure(int row) const
{
    const Row &shown = m_rows.at(row);
    const Application &application = shown.application;
    const QString area = format().area(application.neededAreaM2);
    const QString need = application.neededWorkstations <= 0
        ? tr("%1 needs %2").arg(shown.companyName, area)
        : application.neededWorkstations == 1
        ? tr("%1 needs %2 and 1 workstation").arg(shown.companyName, area)
        : tr("%1 needs %2 and %3 workstations").arg(shown.companyName, area, format().integer(application.neededWorkstations));
    return application.wishedStart.isValid() ? tr("%1 from %2").arg(need, format().date(application.wishedStart)) : need;
}

} // namespace pepin
