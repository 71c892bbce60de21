// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/CsvColumns.h"

#include "util/Text.h"

#include <QHash>

namespace pepin {

namespace {

CsvColumns::Column column(const char *name, const char *title, bool required, std::initializer_list<const char *> aliases)
{
    CsvColumns::Column c{QString::fromLatin1(name), required, {}, title};
    for (const char *alias : aliases)
        c.aliases << QString::fromUtf8(alias);
    return c;
}

QList<CsvColumns::Column> officeColumns()
{
    return {
        column("site", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Site"), true,
               {"bâtiment", "site_name", "building", "immeuble"}),
        column("code", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Office code"), true,
               {"bureau", "local", "code_bureau", "office", "office_code"}),
        column("floor", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Floor"), false, {"étage", "niveau"}),
        column("area_m2", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Area (m²)"), true,
               {"surface_m2", "surface", "superficie", "area", "m2"}),
        column("workstations", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Workstations"), true,
               {"postes", "postes_de_travail", "nombre_de_postes", "nb_postes", "desks"}),
        column("kind", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Kind (private or shared)"), false,
               {"type", "nature", "type_de_bureau"}),
        column("rent_m2_year", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Reference rent (€/m²/year)"), false,
               {"loyer_m2_an", "loyer_m2", "loyer_de_référence", "loyer_référence", "reference_rent"}),
        column("available_from", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Available from"), false,
               {"disponible_du", "disponible_à_partir_du", "disponible_depuis", "from"}),
        column("available_until", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Available until"), false,
               {"disponible_jusqu_au", "disponible_jusqu_à", "until"}),
        column("notes", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Notes"), false,
               {"remarques", "commentaire", "commentaires", "observations"}),
        column("archived", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Archived"), false, {"archivé", "archive"}),
    };
}

QList<CsvColumns::Column> companyColumns()
{
    return {
        column("name", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Name"), true,
               {"nom", "raison_sociale", "entreprise", "société", "dénomination", "company"}),
        column("siret", QT_TRANSLATE_NOOP("pepin::CsvColumns", "SIRET"), false,
               {"n_siret", "numéro_siret", "no_siret"}),
        column("naf", QT_TRANSLATE_NOOP("pepin::CsvColumns", "NAF code"), false,
               {"ape", "code_naf", "code_ape", "naf_ape"}),
        column("sector", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Sector"), false,
               {"secteur", "secteur_d_activité", "activité"}),
        column("created_on", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Created on"), false,
               {"date_création", "date_de_création", "créée_le", "création", "created"}),
        column("stage", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Stage"), false, {"stade", "maturité"}),
        column("headcount", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Headcount"), false,
               {"effectif", "effectifs", "salariés", "employees"}),
        column("headcounts", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Headcount history"), false,
               {"historique_effectifs", "historique_des_effectifs", "headcount_history"}),
        column("contact", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Contact"), false,
               {"interlocuteur", "dirigeant", "contact_name"}),
        column("email", QT_TRANSLATE_NOOP("pepin::CsvColumns", "E-mail"), false,
               {"courriel", "e_mail", "mail", "adresse_électronique"}),
        column("phone", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Phone"), false,
               {"téléphone", "tél", "tel", "telephone"}),
        column("notes", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Notes"), false,
               {"remarques", "commentaire", "commentaires", "observations"}),
        column("exit_date", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Exit date"), false,
               {"date_sortie", "date_de_sortie", "sortie", "sortie_le"}),
        column("exit_reason", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Exit reason"), false,
               {"motif_sortie", "motif_de_sortie", "raison_de_sortie"}),
        column("archived", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Archived"), false,
               {"archivé", "archivée", "archive"}),
    };
}

QList<CsvColumns::Column> leaseColumns()
{
    return {
        column("company", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Company (name or SIRET)"), true,
               {"entreprise", "société", "locataire", "occupant", "tenant"}),
        column("site", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Site"), true, {"bâtiment", "building", "immeuble"}),
        column("office", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Office code"), true,
               {"bureau", "local", "code", "code_bureau"}),
        column("start", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Start"), true,
               {"début", "date_début", "date_de_début", "date_d_entrée", "entrée"}),
        column("end", QT_TRANSLATE_NOOP("pepin::CsvColumns", "End"), false,
               {"fin", "date_fin", "date_de_fin", "échéance", "terme"}),
        column("terminated_on", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Terminated on"), false,
               {"résiliation", "résilié_le", "résiliée_le", "fin_anticipée", "date_de_résiliation", "ended_early_on"}),
        column("workstations", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Workstations"), false,
               {"postes", "postes_de_travail", "nombre_de_postes", "nb_postes"}),
        column("type", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Lease type"), false,
               {"type_de_bail", "type_de_convention", "nature", "lease_type"}),
        column("monthly_rent", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Monthly rent"), false,
               {"loyer_mensuel", "loyer_mensuel_ht", "loyer", "loyer_ht", "rent"}),
        column("rent_steps", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Rent steps"), false,
               {"paliers", "paliers_de_loyer", "paliers_loyer"}),
        column("monthly_charges", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Monthly charges"), false,
               {"charges_mensuelles", "charges"}),
        column("deposit", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Deposit"), false,
               {"dépôt_de_garantie", "caution", "dépôt", "garantie"}),
        column("notice_months", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Notice (months)"), false,
               {"préavis_mois", "préavis", "préavis_en_mois", "notice"}),
        column("cancelled", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Cancelled"), false,
               {"annulé", "annulée", "annulation"}),
        column("notes", QT_TRANSLATE_NOOP("pepin::CsvColumns", "Notes"), false,
               {"remarques", "commentaire", "commentaires", "observations"}),
    };
}

// Key → canonical name, per kind.
const QHash<QString, QString> &keys(ImportKind kind)
{
    auto build = [](const QList<CsvColumns::Column> &columns) {
        QHash<QString, QString> map;
        for (const CsvColumns::Column &c : columns) {
            map.insert(CsvColumns::headerKey(c.name), c.name);
            for (const QString &alias : c.aliases)
                map.insert(CsvColumns::headerKey(alias), c.name);
        }
        return map;
    };
    static const QHash<QString, QString> offices = build(officeColumns());
    static const QHash<QString, QString> companies = build(companyColumns());
    static const QHash<QString, QString> leases = build(leaseColumns());
    switch (kind) {
    case ImportKind::Offices:
        return offices;
    case ImportKind::Companies:
        return companies;
    case ImportKind::Leases:
        break;
    }
    return leases;
}

} // namespace

const QList<CsvColumns::Column> &CsvColumns::of(ImportKind kind)
{
    static const QList<Column> offices = officeColumns();
    static const QList<Column> companies = companyColumns();
    static const QList<Column> leases = leaseColumns();
    switch (kind) {
    case ImportKind::Offices:
        return offices;
    case ImportKind::Companies:
        return companies;
    case ImportKind::Leases:
        break;
    }
    return leases;
}

QString CsvColumns::headerKey(const QString &header)
{
    // Whatever is not a letter or a digit separates words: "Surface (m²)" → "surface_m2".
    const QString folded = foldForMatching(header);
    QString key;
    key.reserve(folded.size());
    bool pendingSeparator = false;
    for (const QChar c : folded) {
        if (!c.isLetterOrNumber()) {
            pendingSeparator = !key.isEmpty();
            continue;
        }
        if (pendingSeparator) {
            key += QLatin1Char('_');
            pendingSeparator = false;
        }
        key += c;
    }
    return key;
}

std::optional<QString> CsvColumns::canonical(ImportKind kind, const QString &header)
{
    const QHash<QString, QString> &map = keys(kind);
    const auto it = map.constFind(headerKey(header));
    if (it == map.cend())
        return std::nullopt;
    return *it;
}

bool CsvColumns::isIgnored(const QString &header)
{
    const QString key = headerKey(header);
    return key == QLatin1String("id") || key == QLatin1String("identifiant");
}

QStringList CsvColumns::mapping(ImportKind kind, const QStringList &header)
{
    QStringList names;
    names.reserve(header.size());
    for (const QString &title : header) {
        const QString trimmed = title.trimmed();
        names << (trimmed.isEmpty() || isIgnored(trimmed) ? QString() : canonical(kind, trimmed).value_or(QString()));
    }
    return names;
}

QString CsvColumns::title(ImportKind kind, const QString &name)
{
    for (const Column &column : of(kind)) {
        if (column.name == name && column.title)
            return tr(column.title);
    }
    return name;
}

QString CsvColumns::name(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Offices:
        return QStringLiteral("offices");
    case ImportKind::Companies:
        return QStringLiteral("companies");
    case ImportKind::Leases:
        break;
    }
    return QStringLiteral("leases");
}

std::optional<ImportKind> CsvColumns::parseKind(const QString &name)
{
    for (ImportKind kind : {ImportKind::Offices, ImportKind::Companies, ImportKind::Leases}) {
        if (CsvColumns::name(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace pepin
