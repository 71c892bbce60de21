// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficeTableModel.h"

#include "figures/Occupancy.h"
#include "figures/OccupancyExplanation.h"
#include "figures/Portfolio.h"
#include "service/Store.h"

#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPalette>
#include <QSet>

namespace pepin {

OfficeTableModel::OfficeTableModel(Store &store, const Clock &clock, QObject *parent)
    : StoreTableModel(store, clock, {Entity::Site, Entity::Office, Entity::Company, Entity::Lease}, parent)
{
    reload();
}

int OfficeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::function<bool(int row)> OfficeTableModel::occupiedOn(QDate day, bool occupied) const
{
    QSet<Id> kept;
    for (const OfficeExplanation &office : explainOccupancy(day, Portfolio::load(store())).offices) {
        // An office out of service is neither: it cannot be let that day.
        if (office.inService && office.occupied == occupied)
            kept.insert(office.officeId);
    }
    return [this, kept](int row) { return row >= 0 && row < m_rows.size() && kept.contains(m_rows.at(row).office.id); };
}

int OfficeTableModel::load()
{
    QHash<Id, QString> siteNames;
    for (const pepin::Site &site : store().sites())
        siteNames.insert(site.id, site.name);
    QHash<Id, QString> companyNames;
    for (const Company &company : store().companies())
        companyNames.insert(company.id, company.name);
    const QDate day = today();
    QHash<Id, QStringList> tenants;
    for (const Lease &lease : store().leases()) {
        if (lease.activeOn(day))
            tenants[lease.officeId] << companyNames.value(lease.companyId);
    }

    // The status bar's count is the occupancy figure itself, from the one place it is computed.
    const OccupancySnapshot occupancy = Occupancy::load(store()).on(day);
    m_occupied = qRound64(occupancy.offices.occupied);
    m_inService = qRound64(occupancy.offices.total);

    m_rows.clear();
    for (const Office &office : store().offices()) {
        if (office.archived && !showArchived())
            continue;
        Row row;
        row.office = office;
        row.siteName = siteNames.value(office.siteId);
        row.tenants = tenants.value(office.id);
        row.tenants.sort(Qt::CaseInsensitive);
        row.inService = office.inService(day);
        m_rows << row;
    }
    return int(m_rows.size());
}

QVariant OfficeTableModel::data(const QModelIndex &index, int role) const
{
    if (!isValidCell(index, ColumnCount))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool vacant = index.column() == TenantToday && row.tenants.isEmpty();
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
        // A vacancy is a statement about the office, not a company's name: shown subdued; so
        // is an archived office, kept for its history only.
        if (vacant || row.office.archived)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (vacant) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Code && !row.office.notes.isEmpty())
            return row.office.notes;
        return {};
    default:
        return {};
    }
}

StoreTableModel::ColumnKind OfficeTableModel::columnKind(int column) const
{
    switch (column) {
    case Area:
        return ColumnKind::Decimal;
    case Workstations:
        return ColumnKind::Integer;
    case ReferenceRent:
        return ColumnKind::Money;
    case AvailableFrom:
    case AvailableUntil:
        return ColumnKind::Date;
    default:
        return ColumnKind::Text;
    }
}

QVariant OfficeTableModel::value(const Row &row, int column) const
{
    const Office &office = row.office;
    switch (column) {
    case Area:
        return office.areaM2;
    case Workstations:
        return office.workstations;
    case ReferenceRent:
        // As shown: no reference rent rather than a rent of zero.
        return office.rentM2YearCents > 0 ? QVariant(office.rentM2YearCents) : QVariant();
    case AvailableFrom:
        return dateValue(office.availableFrom);
    case AvailableUntil:
        return dateValue(office.availableUntil);
    default:
        return {};
    }
}

QString OfficeTableModel::vacancy(const Row &row) const
{
    const Office &office = row.office;
    if (row.inService)
        return tr("Vacant");
    if (office.availableFrom.isValid() && today() < office.availableFrom)
        return tr("Opens on %1").arg(format().date(office.availableFrom));
    return tr("Closed since %1").arg(format().date(office.availableUntil.addDays(1)));
}

QVariant OfficeTableModel::display(const Row &row, int column) const
{
    const Office &office = row.office;
    switch (column) {
    case Site:
        return row.siteName;
    case Code:
        return office.code;
    case Floor:
        return office.floor;
    case Area:
        return format().area(office.areaM2);
    case Workstations:
        return format().integer(office.workstations);
    case Kind:
        return capitalised(label(office.kind));
    case ReferenceRent:
        return office.rentM2YearCents > 0 ? format().money(office.rentM2YearCents) : QString();
    case AvailableFrom:
        return format().date(office.availableFrom);
    case AvailableUntil:
        return format().date(office.availableUntil);
    case TenantToday:
        if (office.archived && row.tenants.isEmpty())
            return tr("Archived");
        return row.tenants.isEmpty() ? vacancy(row) : row.tenants.join(QStringLiteral(", "));
    }
    return {};
}

QVariant OfficeTableModel::sortValue(const Row &row, int column) const
{
    const Office &office = row.office;
    switch (column) {
    case Site:
        return row.siteName;
    case Code:
        return office.code;
    case Floor:
        return office.floor;
    case Area:
        return office.areaM2;
    case Workstations:
        return office.workstations;
    case Kind:
        return int(office.kind);
    case ReferenceRent:
        return office.rentM2YearCents;
    case AvailableFrom:
        return office.availableFrom;
    case AvailableUntil:
        return office.availableUntil;
    case TenantToday:
        // Vacant offices together, ahead of the occupied ones.
        return row.tenants.join(QStringLiteral(", "));
    }
    return {};
}

QString OfficeTableModel::columnTitle(int column) const
{
    switch (column) {
    case Site:
        return tr("Site");
    case Code:
        return tr("Office");
    case Floor:
        return tr("Floor");
    case Area:
        return tr("Area");
    case Workstations:
        return tr("Workstations");
    case Kind:
        return tr("Kind");
    case ReferenceRent:
        return tr("Reference rent (€/m²/year)");
    case AvailableFrom:
        return tr("Available from");
    case AvailableUntil:
        return tr("Available until");
    case TenantToday:
        return tr("Tenant today");
    }
    return {};
}

QString OfficeTableModel::columnToolTip(int column) const
{
    switch (column) {
    case ReferenceRent:
        return tr("Reference rent, in euros per m² per year, excluding VAT");
    case AvailableFrom:
        return tr("First day the office can be let");
    case AvailableUntil:
        return tr("Last day the office can be let");
    case TenantToday:
        return tr("Companies with a lease of the office active today");
    default:
        return QString();
    }
}

QString OfficeTableModel::summary(int shownRows) const
{
    if (shownRows != rowCount())
        return tr("Offices shown: %1 of %2").arg(format().integer(shownRows), format().integer(rowCount()));
    return tr("Offices: %1 · occupied today: %2 of %3 in service")
        .arg(format().integer(rowCount()), format().integer(m_occupied), format().integer(m_inService));
}

QString OfficeTableModel::keyFigure(int row) const
{
    const Row &shown = m_rows.at(row);
    const Office &office = shown.office;
    const QString size = office.workstations == 1
        ? tr("%1: %2, 1 workstation").arg(office.code, format().area(office.areaM2))
        : tr("%1: %2, %3 workstations").arg(office.code, format().area(office.areaM2), format().integer(office.workstations));
    const QString who = shown.tenants.isEmpty() ? vacancy(shown) : QLocale().createSeparatedList(shown.tenants);
    return tr("%1 — %2").arg(size, who);
}

} // namespace pepin
