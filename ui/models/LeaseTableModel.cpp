// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeaseTableModel.h"

#include "domain/IdIndex.h"
#include "figures/Expiries.h"
#include "service/Store.h"
#include "util/Text.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <numeric>
#include <vector>

namespace pepin {

LeaseTableModel::LeaseTableModel(Store &store, const Clock &clock, QObject *parent)
    : StoreTableModel(store, clock, {Entity::Site, Entity::Office, Entity::Company, Entity::Lease}, parent)
{
    reload();
}

int LeaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

LeaseTableModel::Standing LeaseTableModel::standingOf(const Lease &lease, QDate day)
{
    if (lease.cancelled)
        return Standing::Cancelled;
    if (lease.activeOn(day))
        return Standing::Active;
    return day < lease.start ? Standing::Upcoming : Standing::Ended;
}

QString LeaseTableModel::label(Standing standing)
{
    switch (standing) {
    case Standing::Active:
        return tr("Active");
    case Standing::Upcoming:
        return tr("Upcoming");
    case Standing::Ended:
        return tr("Ended");
    case Standing::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

std::optional<Cents> LeaseTableModel::rentShown(const Lease &lease, QDate day)
{
    if (lease.rentSteps.isEmpty())
        return std::nullopt;
    QDate on = std::max(day, lease.start);
    if (lease.lastDay().isValid() && on > lease.lastDay())
        on = lease.lastDay();
    return lease.monthlyRentOn(on);
}

namespace {

// The order of the rows: by company in the language's alphabet, then by start, what a sort on
// another column keeps among equals. `companyOf` gives each lease of the store's list (which is
// by start) as a place in `companies`, or `companies.size()` for a company not found, which
// ranks as an empty name. Each company is ranked once (names equal to the collator share a
// rank), and the leases are dealt to their ranks in the list's order.
std::vector<qsizetype> orderByCompany(const std::vector<qsizetype> &companyOf, const QList<Company> &companies)
{
    constexpr std::size_t unranked = std::size_t(-1);
    std::vector<std::size_t> rankOf(std::size_t(companies.size()) + 1, unranked);
    std::vector<qsizetype> named; // the companies with a lease, as places in `companies`
    for (const qsizetype at : companyOf) {
        if (rankOf[std::size_t(at)] == unranked) {
            rankOf[std::size_t(at)] = 0;
            named.push_back(at);
        }
    }
    QStringList names;
    names.reserve(qsizetype(named.size()));
    for (const qsizetype at : named)
        names << (at < companies.size() ? companies.at(at).name : QString());
    const std::vector<std::size_t> ranks = alphabetRanks(names, Qt::CaseInsensitive);
    for (std::size_t i = 0; i < named.size(); ++i)
        rankOf[std::size_t(named[i])] = ranks[i];

    std::vector<qsizetype> next(named.size() + 1, 0); // where each rank's next lease goes
    for (const qsizetype at : companyOf)
        ++next[rankOf[std::size_t(at)] + 1];
    std::partial_sum(next.begin(), next.end(), next.begin());
    std::vector<qsizetype> order(companyOf.size());
    for (std::size_t i = 0; i < companyOf.size(); ++i)
        order[std::size_t(next[rankOf[std::size_t(companyOf[i])]]++)] = qsizetype(i);
    return order;
}

} // namespace

int LeaseTableModel::load()
{
    // The lists are held as the store shares them, and the rows point into them.
    m_leases = store().leases();
    m_companies = store().companies();
    m_offices = store().offices();
    m_sites = store().sites();
    const IdIndex<pepin::Company> companies(m_companies);
    const IdIndex<pepin::Office> offices(m_offices);
    const IdIndex<pepin::Site> sites(m_sites);
    static const QString none; // the name of a record not found

    std::vector<qsizetype> companyOf(std::size_t(m_leases.size())); // a place in m_companies
    for (qsizetype i = 0; i < m_leases.size(); ++i) {
        const pepin::Company *company = companies.find(m_leases.at(i).companyId);
        companyOf[std::size_t(i)] = company ? company - m_companies.constData() : m_companies.size();
    }
    const QDate day = today();
    m_rows.clear();
    m_rows.reserve(m_leases.size());
    m_active = 0;
    for (const qsizetype i : orderByCompany(companyOf, m_companies)) {
        const Lease &lease = m_leases.at(i);
        const qsizetype company = companyOf[std::size_t(i)];
        const pepin::Office *office = offices.find(lease.officeId);
        const pepin::Site *site = office ? sites.find(office->siteId) : nullptr;
        Row &row = m_rows.emplace_back();
        row.lease = &lease;
        row.companyName = company < m_companies.size() ? &m_companies.at(company).name : &none;
        row.siteName = site ? &site->name : &none;
        row.officeCode = office ? &office->code : &none;
        row.workstations = office && office->kind == OfficeKind::Private ? office->workstations : lease.workstations;
        row.standing = standingOf(lease, day);
        row.rent = rentShown(lease, day);
        if (row.standing == Standing::Active)
            ++m_active;
    }
    return int(m_rows.size());
}

QVariant LeaseTableModel::data(const QModelIndex &index, int role) const
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
        // What no longer counts reads subdued.
        if (row.standing == Standing::Ended || row.standing == Standing::Cancelled)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Company && !row.lease->notes.isEmpty())
            return row.lease->notes;
        if (index.column() == Type)
            return capitalised(pepin::label(row.lease->type));
        return {};
    default:
        return {};
    }
}

StoreTableModel::ColumnKind LeaseTableModel::columnKind(int column) const
{
    switch (column) {
    case Start:
    case End:
    case TerminatedOn:
        return ColumnKind::Date;
    case Workstations:
        return ColumnKind::Integer;
    case MonthlyRent:
        return ColumnKind::Money;
    default:
        return ColumnKind::Text;
    }
}

QVariant LeaseTableModel::value(const Row &row, int column) const
{
    const Lease &lease = *row.lease;
    switch (column) {
    case Start:
        return dateValue(lease.start);
    case End:
        return dateValue(lease.end); // none for an open-ended lease
    case TerminatedOn:
        return dateValue(lease.terminatedOn);
    case Workstations:
        return row.workstations;
    case MonthlyRent:
        return row.rent ? QVariant(*row.rent) : QVariant();
    default:
        return {};
    }
}

QVariant LeaseTableModel::display(const Row &row, int column) const
{
    const Lease &lease = *row.lease;
    switch (column) {
    case Company:
        return *row.companyName;
    case Site:
        return *row.siteName;
    case Office:
        return *row.officeCode;
    case Type:
        return capitalised(pepin::label(lease.type));
    case Start:
        return format().date(lease.start);
    case End:
        return lease.end.isValid() ? format().date(lease.end) : tr("Open-ended");
    case TerminatedOn:
        return format().date(lease.terminatedOn);
    case Workstations:
        return format().integer(row.workstations);
    case MonthlyRent:
        return row.rent ? format().money(*row.rent) : QString();
    case Status:
        return label(row.standing);
    }
    return {};
}

QVariant LeaseTableModel::sortValue(const Row &row, int column) const
{
    const Lease &lease = *row.lease;
    switch (column) {
    case Company:
        return *row.companyName;
    case Site:
        return *row.siteName;
    case Office:
        return *row.officeCode;
    case Type:
        return int(lease.type);
    case Start:
        return lease.start;
    case End:
        // An open-ended lease ends after every dated one.
        return lease.end.isValid() ? lease.end : QDate(9999, 12, 31);
    case TerminatedOn:
        return lease.terminatedOn;
    case Workstations:
        return row.workstations;
    case MonthlyRent:
        return row.rent ? *row.rent : Cents(-1);
    case Status:
        return int(row.standing);
    }
    return {};
}

QString LeaseTableModel::columnTitle(int column) const
{
    switch (column) {
    case Company:
        return tr("Company");
    case Site:
        return tr("Site");
    case Office:
        return tr("Office");
    case Type:
        return tr("Type");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case TerminatedOn:
        return tr("Ended early on");
    case Workstations:
        return tr("Workstations");
    case MonthlyRent:
        return tr("Monthly rent");
    case Status:
        return tr("Status");
    }
    return {};
}

QString LeaseTableModel::columnToolTip(int column) const
{
    switch (column) {
    case TerminatedOn:
        return tr("The day the lease was ended before its term, if it was");
    case Workstations:
        return tr("Workstations the lease occupies: all those of a private office");
    case MonthlyRent:
        return tr("Monthly rent excluding VAT in force today; for a lease not started yet, at its start; "
                  "for one that is over, at its end");
    case Status:
        return tr("Where the lease stands today: active, upcoming, ended or cancelled");
    default:
        return QString();
    }
}

QString LeaseTableModel::summary(int shownRows) const
{
    if (shownRows != rowCount())
        return tr("Leases shown: %1 of %2").arg(format().integer(shownRows), format().integer(rowCount()));
    return tr("Leases: %1 · active today: %2").arg(format().integer(rowCount()), format().integer(m_active));
}

QString LeaseTableModel::keyFigure(int row) const
{
    const Row &shown = m_rows.at(row);
    const Lease &lease = *shown.lease;
    const QString who = tr("%1 in %2").arg(*shown.companyName, *shown.officeCode);
    switch (shown.standing) {
    case Standing::Cancelled:
        return tr("%1: cancelled").arg(who);
    case Standing::Ended:
        return tr("%1: ended on %2").arg(who, format().date(lease.lastDay()));
    case Standing::Upcoming:
        return tr("%1: starts on %2").arg(who, format().date(lease.start));
    case Standing::Active:
        break;
    }
    const QString rent = shown.rent ? tr("%1 per month").arg(format().money(*shown.rent)) : tr("no rent in force");
    if (lease.lastDay().isNull())
        return tr("%1: %2, open-ended").arg(who, rent);
    if (lease.terminatedOn.isValid() || lease.noticeMonths <= 0)
        return tr("%1: %2, until %3").arg(who, rent, format().date(lease.lastDay()));
    return tr("%1: %2, until %3, notice by %4")
        .arg(who, rent, format().date(lease.lastDay()), format().date(noticeDeadline(lease.end, lease.noticeMonths)));
}

} // namespace pepin
