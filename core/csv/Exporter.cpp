// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/Exporter.h"

#include "csv/CsvWriter.h"
#include "figures/Occupancy.h"
#include "figures/Portfolio.h"
#include "figures/SectorMix.h"
#include "figures/Tenants.h"
#include "service/Store.h"

#include <QHash>
#include <QSaveFile>

namespace pepin {

namespace {

struct ColumnSpec
{
    const char *name;   // the canonical header
    bool raw;
    const char *french; // the header of the Excel (France) preset, one the import reads back
};

// Text typed by people is guarded against formulas; what Pépin writes (numbers, dates, codes)
// is not, so that a spreadsheet reads it as the number or date it is.
QList<ColumnSpec> specs(Exporter::Kind kind)
{
    switch (kind) {
    case Exporter::Kind::Tenants:
        return {{"company", false, "Entreprise"},        {"siret", false, "SIRET"},
                {"sector", false, "Secteur"},            {"site", false, "Site"},
                {"offices", false, "Bureaux"},           {"area_m2", true, "Surface (m²)"},
                {"workstations", true, "Postes"},        {"type", true, "Type de convention"},
                {"start", true, "Début"},                {"end", true, "Fin"},
                {"monthly_rent", true, "Loyer mensuel"}, {"contact", false, "Contact"},
                {"email", false, "Courriel"},            {"phone", false, "Téléphone"}};
    case Exporter::Kind::Companies:
        return {{"name", false, "Nom"},
                {"siret", false, "SIRET"},
                {"naf", false, "NAF"},
                {"sector", false, "Secteur"},
                {"created_on", true, "Créée le"},
                {"stage", true, "Stade"},
                {"headcount", true, "Effectif"},
                {"headcounts", true, "Historique des effectifs"},
                {"contact", false, "Contact"},
                {"email", false, "Courriel"},
                {"phone", false, "Téléphone"},
                {"notes", false, "Notes"},
                {"exit_date", true, "Date de sortie"},
                {"exit_reason", true, "Motif de sortie"},
                {"archived", true, "Archivée"}};
    case Exporter::Kind::Offices:
        return {{"site", false, "Site"},
                {"code", false, "Bureau"},
                {"floor", false, "Étage"},
                {"area_m2", true, "Surface (m²)"},
                {"workstations", true, "Postes"},
                {"kind", true, "Nature"},
                {"rent_m2_year", true, "Loyer m² an"},
                {"available_from", true, "Disponible du"},
                {"available_until", true, "Disponible jusqu'au"},
                {"notes", false, "Notes"},
                {"archived", true, "Archivé"}};
    case Exporter::Kind::Occupancy:
        return {{"start", true, "Début"},
                {"end", true, "Fin"},
                {"offices_occupied", true, "Bureaux occupés"},
                {"offices_total", true, "Bureaux en service"},
                {"offices_rate", true, "Taux d'occupation des bureaux"},
                {"area_m2_occupied", true, "Surface occupée (m²)"},
                {"area_m2_total", true, "Surface en service (m²)"},
                {"area_m2_rate", true, "Taux d'occupation de la surface"},
                {"workstations_occupied", true, "Postes occupés"},
                {"workstations_total", true, "Postes en service"},
                {"workstations_rate", true, "Taux d'occupation des postes"},
                {"forecast", true, "Prévision"}};
    case Exporter::Kind::Sectors:
        return {{"date", true, "Date"},
                {"sector", false, "Secteur"},
                {"companies", true, "Entreprises"},
                {"companies_share", true, "Part des entreprises"},
                {"area_m2", true, "Surface occupée (m²)"},
                {"area_m2_share", true, "Part de la surface"},
                {"workstations", true, "Postes occupés"},
                {"workstations_share", true, "Part des postes"}};
    case Exporter::Kind::Leases:
        break;
    }
    return {{"company", false, "Entreprise"},
            {"site", false, "Site"},
            {"office", false, "Bureau"},
            {"start", true, "Début"},
            {"end", true, "Fin"},
            {"terminated_on", true, "Résiliation"},
            {"workstations", true, "Postes"},
            {"type", true, "Type de convention"},
            {"monthly_rent", true, "Loyer mensuel"},
            {"rent_steps", true, "Paliers de loyer"},
            {"monthly_charges", true, "Charges mensuelles"},
            {"deposit", true, "Dépôt de garantie"},
            {"notice_months", true, "Préavis (mois)"},
            {"cancelled", true, "Annulée"},
            {"notes", false, "Notes"}};
}

QString flag(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// A sector's part of the day's total, both figures of the same sectorMixOn; none of nothing.
std::optional<double> shareOf(double part, double total)
{
    if (total == 0)
        return std::nullopt;
    return part / total;
}

template<typename E>
QString codeOf(const std::optional<E> &value)
{
    return value ? code(*value) : QString();
}

} // namespace

Exporter::Exporter(Store &store, Options options)
    : m_store(store)
    , m_options(std::move(options))
{
    if (!m_options.at.isValid())
        m_options.at = QDate::currentDate();
    if (!m_options.today.isValid())
        m_options.today = QDate::currentDate();
}

QStringList Exporter::columns(Kind kind)
{
    QStringList names;
    for (const ColumnSpec &spec : specs(kind))
        names << QString::fromLatin1(spec.name);
    return names;
}

QStringList Exporter::frenchColumns(Kind kind)
{
    QStringList names;
    for (const ColumnSpec &spec : specs(kind))
        names << QString::fromUtf8(spec.french);
    return names;
}

QString Exporter::name(Kind kind)
{
    switch (kind) {
    case Kind::Tenants:
        return QStringLiteral("tenants");
    case Kind::Companies:
        return QStringLiteral("companies");
    case Kind::Offices:
        return QStringLiteral("offices");
    case Kind::Occupancy:
        return QStringLiteral("occupancy");
    case Kind::Sectors:
        return QStringLiteral("sectors");
    case Kind::Leases:
        break;
    }
    return QStringLiteral("leases");
}

std::optional<Exporter::Kind> Exporter::parseKind(const QString &text)
{
    for (Kind kind : {Kind::Tenants, Kind::Companies, Kind::Offices, Kind::Leases, Kind::Occupancy, Kind::Sectors}) {
        if (name(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString Exporter::siret(const QString &digits) const
{
    if (!m_options.format.dayFirstDates || digits.size() != 14)
        return digits;
    return QStringLiteral("%1 %2 %3 %4").arg(digits.mid(0, 3), digits.mid(3, 3), digits.mid(6, 3), digits.mid(9));
}

template<typename T>
QString Exporter::dated(const QList<T> &entries, QDate T::*day, const std::function<QString(const T &)> &value) const
{
    QStringList parts;
    for (const T &entry : entries)
        parts << m_options.format.date(entry.*day) + QLatin1Char('=') + value(entry);
    return parts.join(QLatin1Char('|'));
}

template<typename Record, typename Format>
Exporter::Rows Exporter::rowsOf(QList<Record> records, Format format)
{
    const qint64 count = records.size();
    return {count, [records = std::move(records), format = std::move(format)](qint64 index) {
                return format(records.at(index));
            }};
}

Exporter::Rows Exporter::tenants()
{
    return rowsOf(tenantsOn(m_options.at, Portfolio::load(m_store)), [this](const TenantRow &tenant) {
        const CsvFormat &f = m_options.format;
        QStringList types;
        for (LeaseType type : tenant.leaseTypes)
            types << code(type);
        return QStringList{tenant.company,
                           siret(tenant.siret),
                           tenant.sector,
                           tenant.sites.join(QStringLiteral(", ")),
                           tenant.offices.join(QStringLiteral(", ")),
                           f.number(tenant.areaM2),
                           QString::number(tenant.workstations),
                           types.join(QStringLiteral(", ")),
                           f.date(tenant.start),
                           f.date(tenant.end),
                           tenant.monthlyRentCents ? f.money(*tenant.monthlyRentCents) : QString(),
                           tenant.contact,
                           tenant.email,
                           tenant.phone};
    });
}

Exporter::Rows Exporter::companies()
{
    QHash<Id, QString> sectorNames;
    for (const Sector &sector : m_store.sectors())
        sectorNames.insert(sector.id, sector.name);
    return rowsOf(m_store.companies(), [this, sectorNames = std::move(sectorNames)](const Company &company) {
        const CsvFormat &f = m_options.format;
        const std::optional<int> headcount = company.headcountOn(m_options.at);
        const QString history = dated<HeadcountEntry>(company.headcounts, &HeadcountEntry::asOf,
                                                      [](const HeadcountEntry &e) { return QString::number(e.headcount); });
        return QStringList{company.name,
                           siret(company.siret),
                           company.naf,
                           sectorNames.value(company.sectorId),
                           f.date(company.createdOn),
                           codeOf(company.stage),
                           headcount ? QString::number(*headcount) : QString(),
                           history,
                           company.contact,
                           company.email,
                           company.phone,
                           company.notes,
                           f.date(company.exitDate),
                           codeOf(company.exitReason),
                           flag(company.archived)};
    });
}

Exporter::Rows Exporter::offices()
{
    QHash<Id, QString> siteNames;
    for (const Site &site : m_store.sites())
        siteNames.insert(site.id, site.name);
    return rowsOf(m_store.offices(), [this, siteNames = std::move(siteNames)](const Office &office) {
        const CsvFormat &f = m_options.format;
        return QStringList{siteNames.value(office.siteId),
                           office.code,
                           office.floor,
                           f.number(office.areaM2),
                           QString::number(office.workstations),
                           code(office.kind),
                           f.money(office.rentM2YearCents),
                           f.date(office.availableFrom),
                           f.date(office.availableUntil),
                           office.notes,
                           flag(office.archived)};
    });
}

Exporter::Rows Exporter::leases()
{
    QHash<Id, QString> siteNames;
    QHash<Id, Office> offices;
    for (const Site &site : m_store.sites())
        siteNames.insert(site.id, site.name);
    for (const Office &office : m_store.offices())
        offices.insert(office.id, office);
    return rowsOf(m_store.leases(), [this, companyNames = m_store.companyNamesById(), siteNames = std::move(siteNames),
                                     offices = std::move(offices), noOffice = Office()](const Lease &lease) {
        const CsvFormat &f = m_options.format;
        const auto found = offices.constFind(lease.officeId);
        const Office &office = found != offices.cend() ? *found : noOffice;
        // As the list command shows it: a private office is let with all its workstations.
        const int workstations = office.kind == OfficeKind::Private ? office.workstations : lease.workstations;
        const bool oneRent = lease.rentSteps.size() == 1 && lease.rentSteps.constFirst().from == lease.start;
        const QString steps = oneRent ? QString()
                                      : dated<RentStep>(lease.rentSteps, &RentStep::from,
                                                        [&f](const RentStep &s) { return f.money(s.monthlyRentCents); });
        return QStringList{companyNames.value(lease.companyId),
                           siteNames.value(office.siteId),
                           office.code,
                           f.date(lease.start),
                           f.date(lease.end),
                           f.date(lease.terminatedOn),
                           QString::number(workstations),
                           code(lease.type),
                           lease.rentSteps.isEmpty() ? QString() : f.money(lease.rentSteps.constFirst().monthlyRentCents),
                           steps,
                           f.money(lease.monthlyChargesCents),
                           f.money(lease.depositCents),
                           QString::number(lease.noticeMonths),
                           flag(lease.cancelled),
                           lease.notes};
    });
}

Exporter::Rows Exporter::occupancy()
{
    const QList<OccupancyPeriod> periods = Occupancy::load(m_store, m_options.filter)
                                               .series(m_options.period.start, m_options.period.end, m_options.step);
    return rowsOf(periods, [this](const OccupancyPeriod &period) {
        const CsvFormat &f = m_options.format;
        QStringList cells{f.date(period.start), f.date(period.end)};
        for (const Measure *measure : {&period.offices, &period.area, &period.workstations})
            cells << f.number(measure->occupied) << f.number(measure->total) << f.percent(measure->rate);
        cells << yesNo(period.isForecast(m_options.today));
        return cells;
    });
}

Exporter::Rows Exporter::sectors()
{
    const SectorMix mix = sectorMixOn(m_options.at, Portfolio::load(m_store), m_options.filter);
    return rowsOf(mix.sectors, [this, mix](const SectorShare &share) {
        const CsvFormat &f = m_options.format;
        // Programs read an empty cell as "no sector"; people read the label the application shows.
        const QString sector = f.frenchHeaders ? sectorLabel(share.name) : share.name;
        return QStringList{f.date(mix.date),
                           sector,
                           QString::number(share.companies),
                           f.percent(shareOf(share.companies, mix.companies)),
                           f.number(share.areaM2),
                           f.percent(shareOf(share.areaM2, mix.areaM2)),
                           QString::number(share.workstations),
                           f.percent(shareOf(share.workstations, mix.workstations))};
    });
}

QString Exporter::yesNo(bool value) const
{
    if (m_options.format.frenchHeaders)
        return value ? QStringLiteral("oui") : QStringLiteral("non");
    return flag(value);
}

Status Exporter::write(Kind kind, QIODevice &device)
{
    Rows rows;
    switch (kind) {
    case Kind::Tenants:
        rows = tenants();
        break;
    case Kind::Companies:
        rows = companies();
        break;
    case Kind::Offices:
        rows = offices();
        break;
    case Kind::Leases:
        rows = leases();
        break;
    case Kind::Occupancy:
        rows = occupancy();
        break;
    case Kind::Sectors:
        rows = sectors();
        break;
    }
    Table table;
    for (const ColumnSpec &spec : specs(kind)) {
        table.columns << (m_options.format.frenchHeaders ? QString::fromUtf8(spec.french) : QString::fromLatin1(spec.name));
        table.raw << spec.raw;
    }
    table.rowCount = rows.count;
    table.row = std::move(rows.row);
    return writeTable(device, m_options.format, table, m_options.progress, m_options.cancelled);
}

Status Exporter::writeFile(Kind kind, const QString &path)
{
    return writeSafely(path, [this, kind](QIODevice &device) { return write(kind, device); });
}

Status Exporter::writeTable(QIODevice &device, const CsvFormat &format, const Table &table, const Progress &progress,
                            const Cancelled &cancelled)
{
    CsvWriter writer(device, format.writerOptions());
    writer.writeRow(table.columns, QList<bool>(table.columns.size(), true));
    for (qint64 i = 0; i < table.rowCount && writer.ok(); ++i) {
        if (cancelled && cancelled())
            return Error(Error::Kind::InvalidInput, tr("The export was cancelled."));
        writer.writeRow(table.row(i), table.raw);
        if (writer.ok() && progress)
            progress(i + 1, table.rowCount);
    }
    if (!writer.ok())
        return Error(Error::Kind::Storage, tr("The export could not be written: %1").arg(device.errorString()));
    return done();
}

Status Exporter::writeSafely(const QString &path, const std::function<Status(QIODevice &device)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Kind::Storage, tr("%1 cannot be written: %2").arg(path, file.errorString()));
    if (Status written = write(file); !written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Error(Error::Kind::Storage, tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return done();
}

} // namespace pepin
