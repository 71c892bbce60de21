// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyTableModel.h"

#include "domain/IdIndex.h"
#include "figures/Portfolio.h"
#include "figures/Tenants.h"

#include "service/Store.h"
#include "util/Text.h"

#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPalette>
#include <QSet>

#include <algorithm>
#include <vector>

namespace pepin {

namespace {

// "73282932000074" → "732 829 320 00074": SIREN then NIC, as printed on French documents.
QString groupedSiret(const QString &siret)
{
    if (siret.size() != 14)
        return siret;
    return QStringLiteral("%1 %2 %3 %4").arg(siret.left(3), siret.mid(3, 3), siret.mid(6, 3), siret.mid(9));
}

} // namespace

CompanyTableModel::CompanyTableModel(Store &store, const Clock &clock, QObject *parent)
    : StoreTableModel(store, clock, {Entity::Company, Entity::Sector, Entity::Lease}, parent)
{
    reload();
}

int CompanyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CompanyTableModel::LeaseFacts::add(const Lease &lease, QDate day)
{
    if (lease.cancelled)
        return;
    if (lease.activeOn(day))
        housedOnDay = true;
    else if (lease.start > day)
        signedAhead = true;
    else
        housedBefore = true;
}

CompanyTableModel::Standing CompanyTableModel::standingOf(const Company &company, const LeaseFacts &facts, QDate day)
{
    if (facts.housedOnDay)
        return Standing::Tenant;
    if (company.exitDate.isValid() && company.exitDate <= day)
        return Standing::Former;
    if (facts.signedAhead)
        return Standing::Incoming;
    return facts.housedBefore ? Standing::Former : Standing::Applicant;
}

CompanyTableModel::Standing CompanyTableModel::standingOf(const Company &company, const QList<Lease> &leases, QDate day)
{
    LeaseFacts facts;
    for (const Lease &lease : leases)
        facts.add(lease, day);
    return standingOf(company, facts, day);
}

QString CompanyTableModel::label(Standing standing)
{
    switch (standing) {
    case Standing::Tenant:
        return tr("Tenant");
    case Standing::Incoming:
        return tr("Arriving");
    case Standing::Applicant:
        return tr("Applicant");
    case Standing::Former:
        return tr("Left");
    }
    return {};
}

std::function<bool(int row)> CompanyTableModel::tenantOn(QDate day) const
{
    QSet<Id> tenants;
    for (const TenantRow &tenant : tenantFiguresOn(day, Portfolio::load(store())))
        tenants.insert(tenant.companyId);
    return [this, tenants](int row) { return row >= 0 && row < m_rows.size() && tenants.contains(m_rows.at(row).company->id); };
}

int CompanyTableModel::load()
{
    m_rows.clear(); // inside the model's reset: nothing reads the old rows any more
    QList<Row> rows;
    {
        // Everything read once, and let go before sorting: the sectors and the leases the
        // companies' standing and the count of tenants come from. The companies are kept, as the
        // store's list shares them: the rows point into it rather than copy each company.
        const Portfolio portfolio = Portfolio::load(store());
        m_companies = portfolio.companies;
        QHash<Id, const pepin::Sector *> sectors;
        QHash<Id, QColor> colours;
        for (const pepin::Sector &sector : portfolio.sectors) {
            sectors.insert(sector.id, &sector);
            colours.insert(sector.id, QColor::fromString(sector.color));
        }
        const QDate day = today();
        // What each company's leases say of it, in one pass over them all, kept at the company's
        // place in the list.
        const IdIndex<Company> companies(m_companies);
        std::vector<LeaseFacts> factsOf(std::size_t(m_companies.size()));
        for (const Lease &lease : portfolio.leases) {
            if (const Company *company = companies.find(lease.companyId))
                factsOf[std::size_t(company - m_companies.constData())].add(lease, day);
        }

        // The status bar's count is the core's figure of tenants on the day.
        m_tenants = int(tenantFiguresOn(day, portfolio).size());

        rows.reserve(portfolio.companies.size());
        for (qsizetype i = 0; i < m_companies.size(); ++i) {
            const Company &company = m_companies.at(i);
            if (company.archived && !showArchived())
                continue;
            Row row;
            row.company = &company;
            if (const pepin::Sector *sector = sectors.value(company.sectorId)) {
                row.sectorName = sector->name;
                row.sectorColour = colours.value(sector->id);
            }
            row.standing = standingOf(company, factsOf[std::size_t(i)], day);
            rows << row;
        }
    }
    // In the order of the language's alphabet, which is also what a sort on another column
    // keeps among equals ("Écrin" next to "Ecrin", not after "Zeta").
    QStringList names;
    names.reserve(rows.size());
    for (const Row &row : std::as_const(rows))
        names << row.company->name;
    // A rank is the place of the first of its equals: the others follow it, in the order read.
    const std::vector<std::size_t> ranks = alphabetRanks(names, Qt::CaseInsensitive);
    std::vector<qsizetype> order(ranks.size());
    std::vector<std::size_t> placed(ranks.size(), 0); // rows placed so far at each rank
    for (std::size_t i = 0; i < ranks.size(); ++i)
        order[ranks[i] + placed[ranks[i]]++] = qsizetype(i);
    m_rows.reserve(rows.size());
    for (const qsizetype i : order)
        m_rows << std::move(rows[i]);
    return int(m_rows.size());
}

QVariant CompanyTableModel::data(const QModelIndex &index, int role) const
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
        return index.column() == CreatedOn ? dateValue(row.company->createdOn) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == Sector && row.sectorColour.isValid())
            return row.sectorColour;
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(columnAlignment(index.column()));
    case Qt::ForegroundRole:
        // An archived company is kept for its history only: subdued.
        if (row.company->archived)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    default:
        return {};
    }
}

StoreTableModel::ColumnKind CompanyTableModel::columnKind(int column) const
{
    return column == CreatedOn ? ColumnKind::Date : ColumnKind::Text;
}

QVariant CompanyTableModel::display(const Row &row, int column) const
{
    const Company &company = *row.company;
    switch (column) {
    case Name:
        return company.name;
    case Sector:
        return row.sectorName;
    case Siret:
        return groupedSiret(company.siret);
    case CreatedOn:
        return format().date(company.createdOn);
    case Stage:
        return company.stage ? capitalised(pepin::label(*company.stage)) : QString();
    case Contact:
        return company.contact;
    case Email:
        return company.email;
    case Phone:
        return company.phone;
    case Presence:
        return company.archived ? tr("%1, archived").arg(label(row.standing)) : label(row.standing);
    }
    return {};
}

QVariant CompanyTableModel::sortValue(const Row &row, int column) const
{
    const Company &company = *row.company;
    switch (column) {
    case Name:
        return company.name;
    case Sector:
        return row.sectorName;
    case Siret:
        return company.siret;
    case CreatedOn:
        return company.createdOn;
    case Stage:
        return company.stage ? int(*company.stage) : -1;
    case Contact:
        return company.contact;
    case Email:
        return company.email;
    case Phone:
        return company.phone;
    case Presence:
        return int(row.standing);
    }
    return {};
}

QVariant CompanyTableModel::toolTip(const Row &row, int column) const
{
    const Company &company = *row.company;
    if (column == Presence && row.standing == Standing::Former && company.exitDate.isValid()) {
        const QString when = format().date(company.exitDate);
        if (company.exitReason)
            return tr("Left on %1: %2").arg(when, pepin::label(*company.exitReason));
        return tr("Left on %1").arg(when);
    }
    if (column == Name && !company.notes.isEmpty())
        return company.notes;
    return {};
}

QString CompanyTableModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Company");
    case Sector:
        return tr("Sector");
    case Siret:
        return tr("SIRET");
    case CreatedOn:
        return tr("Created on");
    case Stage:
        return tr("Stage");
    case Contact:
        return tr("Contact");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case Presence:
        return tr("Status");
    }
    return {};
}

QString CompanyTableModel::columnToolTip(int column) const
{
    switch (column) {
    case CreatedOn:
        return tr("Date the company was registered");
    case Stage:
        return tr("Development stage of the company");
    case Presence:
        return tr("Where the company stands today: tenant, arriving (lease signed), applicant or left");
    default:
        return QString();
    }
}

QString CompanyTableModel::summary(int shownRows) const
{
    if (shownRows != rowCount())
        return tr("Companies shown: %1 of %2").arg(format().integer(shownRows), format().integer(rowCount()));
    return tr("Companies: %1 · tenants today: %2").arg(format().integer(rowCount()), format().integer(m_tenants));
}

QString CompanyTableModel::keyFigure(int row) const
{
    const Company &shown = *m_rows.at(row).company;
    QList<Lease> leases = store().leasesOfCompany(shown.id);
    leases.removeIf([](const Lease &lease) { return lease.cancelled; });
    std::sort(leases.begin(), leases.end(), [](const Lease &a, const Lease &b) { return a.start < b.start; });
    const QDate day = today();
    auto officeCode = [this](Id officeId) {
        const std::optional<Office> office = store().office(officeId);
        return office ? office->code : QString();
    };
    switch (standingOf(shown, leases, day)) {
    case Standing::Tenant: {
        QStringList offices;
        Cents rent = 0;
        for (const Lease &lease : std::as_const(leases)) {
            if (!lease.activeOn(day))
                continue;
            offices << officeCode(lease.officeId);
            rent += lease.monthlyRentOn(day).value_or(0);
        }
        return tr("%1: tenant of %2, %3 per month")
            .arg(shown.name, QLocale().createSeparatedList(offices), format().money(rent));
    }
    case Standing::Incoming: {
        const auto next = std::find_if(leases.cbegin(), leases.cend(), [day](const Lease &lease) { return lease.start > day; });
        return tr("%1: arrives on %2 in %3").arg(shown.name, format().date(next->start), officeCode(next->officeId));
    }
    case Standing::Former: {
        // The exit recorded, else the last day of its last lease.
        QDate left = shown.exitDate;
        for (const Lease &lease : std::as_const(leases)) {
            if (shown.exitDate.isNull() && lease.lastDay().isValid() && (left.isNull() || lease.lastDay() > left))
                left = lease.lastDay();
        }
        return left.isValid() ? tr("%1: left on %2").arg(shown.name, format().date(left)) : tr("%1: left").arg(shown.name);
    }
    case Standing::Applicant:
        break;
    }
    return tr("%1: never housed yet").arg(shown.name);
}

} // namespace pepin
