// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Context.h"
#include "Table.h"

#include <QHash>

#include <functional>

namespace pepin::cli {

namespace {

using Kind = Table::Kind;

class ListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::ListCommand)

public:
    using Build = std::function<Table(Store &, QDate today)>;

    ListCommand(QString name, QString summary, Build build)
        : m_name(std::move(name))
        , m_summary(std::move(summary))
        , m_build(std::move(build))
    {
    }

    QString name() const override { return m_name; }
    QString summary() const override { return m_summary; }
    QString synopsis() const override { return QStringLiteral("[--format text|csv|json]"); }

    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("format"), tr("Output as text (default), csv or json."), QStringLiteral("FORMAT"))};
    }

    int run(Context &context, const QCommandLineParser &parser) const override
    {
        const std::optional<OutputFormat> format = context.outputFormat(parser);
        if (!format)
            return ExitUsage;
        Store *store = context.store();
        if (!store)
            return context.failureCode();
        m_build(*store, context.today()).print(context, *format);
        return ExitOk;
    }

private:
    QString m_name;
    QString m_summary;
    Build m_build;
};

Table sitesTable(Store &store, QDate)
{
    Table table({{QStringLiteral("id"), ListCommand::tr("Id"), Kind::Integer},
                 {QStringLiteral("name"), ListCommand::tr("Site"), Kind::Text},
                 {QStringLiteral("address"), ListCommand::tr("Address"), Kind::Text},
                 {QStringLiteral("max_stay_months"), ListCommand::tr("Max stay (months)"), Kind::Integer},
                 {QStringLiteral("rent_progression"), ListCommand::tr("Rent progression (%)"), Kind::Text},
                 {QStringLiteral("offices"), ListCommand::tr("Offices"), Kind::Integer},
                 {QStringLiteral("notes"), ListCommand::tr("Notes"), Kind::Text},
                 {QStringLiteral("archived"), ListCommand::tr("Archived"), Kind::Boolean}});
    QHash<Id, int> officeCounts;
    for (const Office &office : store.offices())
        ++officeCounts[office.siteId];
    for (const Site &site : store.sites()) {
        QStringList progression;
        for (int percent : site.rentProgression)
            progression << QString::number(percent);
        table.addRow({Table::integer(site.id), Table::text(site.name), Table::text(site.address),
                      Table::integer(site.maxStayMonths), Table::text(progression.join(QLatin1Char(','))),
                      Table::integer(officeCounts.value(site.id)), Table::text(site.notes), Table::flag(site.archived)});
    }
    return table;
}

Table officesTable(Store &store, QDate)
{
    Table table({{QStringLiteral("id"), ListCommand::tr("Id"), Kind::Integer},
                 {QStringLiteral("site"), ListCommand::tr("Site"), Kind::Text},
                 {QStringLiteral("code"), ListCommand::tr("Office"), Kind::Text},
                 {QStringLiteral("floor"), ListCommand::tr("Floor"), Kind::Text},
                 {QStringLiteral("area_m2"), ListCommand::tr("Area (m²)"), Kind::Decimal},
                 {QStringLiteral("workstations"), ListCommand::tr("Workstations"), Kind::Integer},
                 {QStringLiteral("kind"), ListCommand::tr("Kind"), Kind::Code},
                 {QStringLiteral("rent_m2_year"), ListCommand::tr("Rent (€/m²/year)"), Kind::Money},
                 {QStringLiteral("available_from"), ListCommand::tr("Available from"), Kind::Date},
                 {QStringLiteral("available_until"), ListCommand::tr("Available until"), Kind::Date},
                 {QStringLiteral("notes"), ListCommand::tr("Notes"), Kind::Text},
                 {QStringLiteral("archived"), ListCommand::tr("Archived"), Kind::Boolean}});
    QHash<Id, QString> siteNames;
    for (const Site &site : store.sites())
        siteNames.insert(site.id, site.name);
    for (const Office &office : store.offices()) {
        table.addRow({Table::integer(office.id), Table::text(siteNames.value(office.siteId)), Table::text(office.code),
                      Table::text(office.floor), Table::decimal(office.areaM2), Table::integer(office.workstations),
                      Table::code(std::optional(office.kind)), Table::money(office.rentM2YearCents),
                      Table::date(office.availableFrom), Table::date(office.availableUntil), Table::text(office.notes),
                      Table::flag(office.archived)});
    }
    return table;
}

Table companiesTable(Store &store, QDate today)
{
    Table table({{QStringLiteral("id"), ListCommand::tr("Id"), Kind::Integer},
                 {QStringLiteral("name"), ListCommand::tr("Company"), Kind::Text},
                 {QStringLiteral("siret"), ListCommand::tr("SIRET"), Kind::Text},
                 {QStringLiteral("naf"), ListCommand::tr("NAF"), Kind::Text},
                 {QStringLiteral("sector"), ListCommand::tr("Sector"), Kind::Text},
                 {QStringLiteral("created_on"), ListCommand::tr("Created on"), Kind::Date},
                 {QStringLiteral("stage"), ListCommand::tr("Stage"), Kind::Code},
                 {QStringLiteral("headcount"), ListCommand::tr("Headcount"), Kind::Integer},
                 {QStringLiteral("contact"), ListCommand::tr("Contact"), Kind::Text},
                 {QStringLiteral("email"), ListCommand::tr("E-mail"), Kind::Text},
                 {QStringLiteral("phone"), ListCommand::tr("Phone"), Kind::Text},
                 {QStringLiteral("notes"), ListCommand::tr("Notes"), Kind::Text},
                 {QStringLiteral("exit_date"), ListCommand::tr("Exit date"), Kind::Date},
                 {QStringLiteral("exit_reason"), ListCommand::tr("Exit reason"), Kind::Code},
                 {QStringLiteral("archived"), ListCommand::tr("Archived"), Kind::Boolean}});
    QHash<Id, QString> sectorNames;
    for (const Sector &sector : store.sectors())
        sectorNames.insert(sector.id, sector.name);
    for (const Company &company : store.companies()) {
        const std::optional<int> headcount = company.headcountOn(today);
        table.addRow({Table::integer(company.id), Table::text(company.name), Table::text(company.siret),
                      Table::text(company.naf), Table::text(sectorNames.value(company.sectorId)),
                      Table::date(company.createdOn), Table::code(company.stage),
                      headcount ? Table::integer(*headcount) : Table::none(), Table::text(company.contact),
                      Table::text(company.email), Table::text(company.phone), Table::text(company.notes),
                      Table::date(company.exitDate), Table::code(company.exitReason), Table::flag(company.archived)});
    }
    return table;
}

Table leasesTable(Store &store, QDate today)
{
    Table table({{QStringLiteral("id"), ListCommand::tr("Id"), Kind::Integer},
                 {QStringLiteral("company"), ListCommand::tr("Company"), Kind::Text},
                 {QStringLiteral("site"), ListCommand::tr("Site"), Kind::Text},
                 {QStringLiteral("office"), ListCommand::tr("Office"), Kind::Text},
                 {QStringLiteral("start"), ListCommand::tr("Start"), Kind::Date},
                 {QStringLiteral("end"), ListCommand::tr("End"), Kind::Date},
                 {QStringLiteral("terminated_on"), ListCommand::tr("Ended early on"), Kind::Date},
                 {QStringLiteral("workstations"), ListCommand::tr("Workstations"), Kind::Integer},
                 {QStringLiteral("type"), ListCommand::tr("Type"), Kind::Code},
                 {QStringLiteral("monthly_rent"), ListCommand::tr("Monthly rent"), Kind::Money},
                 {QStringLiteral("monthly_charges"), ListCommand::tr("Monthly charges"), Kind::Money},
                 {QStringLiteral("deposit"), ListCommand::tr("Deposit"), Kind::Money},
                 {QStringLiteral("notice_months"), ListCommand::tr("Notice (months)"), Kind::Integer},
                 {QStringLiteral("cancelled"), ListCommand::tr("Cancelled"), Kind::Boolean},
                 {QStringLiteral("notes"), ListCommand::tr("Notes"), Kind::Text}});
    QHash<Id, QString> companyNames, siteNames;
    QHash<Id, Office> offices;
    for (const Company &company : store.companies())
        companyNames.insert(company.id, company.name);
    for (const Site &site : store.sites())
        siteNames.insert(site.id, site.name);
    for (const Office &office : store.offices())
        offices.insert(office.id, office);
    for (const Lease &lease : store.leases()) {
        const Office office = offices.value(lease.officeId);
        // The rent in force today; before the start, the first rent; after the end, the last.
        QDate when = std::max(today, lease.start);
        if (lease.lastDay().isValid())
            when = std::min(when, lease.lastDay());
        Lease uncancelled = lease;
        uncancelled.cancelled = false;
        const std::optional<Cents> rent = uncancelled.monthlyRentOn(when);
        const int workstations = office.kind == OfficeKind::Private ? office.workstations : lease.workstations;
        table.addRow({Table::integer(lease.id), Table::text(companyNames.value(lease.companyId)),
                      Table::text(siteNames.value(office.siteId)), Table::text(office.code), Table::date(lease.start),
                      Table::date(lease.end), Table::date(lease.terminatedOn), Table::integer(workstations),
                      Table::code(std::optional(lease.type)), rent ? Table::money(*rent) : Table::none(),
                      Table::money(lease.monthlyChargesCents), Table::money(lease.depositCents),
                      Table::integer(lease.noticeMonths), Table::flag(lease.cancelled), Table::text(lease.notes)});
    }
    return table;
}

Table applicationsTable(Store &store, QDate)
{
    Table table({{QStringLiteral("id"), ListCommand::tr("Id"), Kind::Integer},
                 {QStringLiteral("company"), ListCommand::tr("Company"), Kind::Text},
                 {QStringLiteral("needed_area_m2"), ListCommand::tr("Area needed (m²)"), Kind::Decimal},
                 {QStringLiteral("needed_workstations"), ListCommand::tr("Workstations needed"), Kind::Integer},
                 {QStringLiteral("wished_start"), ListCommand::tr("Wished start"), Kind::Date},
                 {QStringLiteral("status"), ListCommand::tr("Status"), Kind::Code},
                 {QStringLiteral("committee_date"), ListCommand::tr("Committee"), Kind::Date},
                 {QStringLiteral("decision"), ListCommand::tr("Decision"), Kind::Text},
                 {QStringLiteral("priority"), ListCommand::tr("Priority"), Kind::Integer},
                 {QStringLiteral("received_on"), ListCommand::tr("Received on"), Kind::Date},
                 {QStringLiteral("notes"), ListCommand::tr("Notes"), Kind::Text}});
    QHash<Id, QString> companyNames;
    for (const Company &company : store.companies())
        companyNames.insert(company.id, company.name);
    for (const Application &application : store.applications()) {
        table.addRow({Table::integer(application.id), Table::text(companyNames.value(application.companyId)),
                      Table::decimal(application.neededAreaM2), Table::integer(application.neededWorkstations),
                      Table::date(application.wishedStart), Table::code(std::optional(application.status)),
                      Table::date(application.committeeDate), Table::text(application.decision),
                      Table::integer(application.priority), Table::date(application.receivedOn),
                      Table::text(application.notes)});
    }
    return table;
}

} // namespace

void addListCommands(Commands &commands)
{
    commands.push_back(std::make_unique<ListCommand>(QStringLiteral("sites"), ListCommand::tr("List the sites."), &sitesTable));
    commands.push_back(std::make_unique<ListCommand>(QStringLiteral("offices"), ListCommand::tr("List the offices."), &officesTable));
    commands.push_back(
        std::make_unique<ListCommand>(QStringLiteral("companies"), ListCommand::tr("List the companies."), &companiesTable));
    commands.push_back(std::make_unique<ListCommand>(QStringLiteral("leases"), ListCommand::tr("List the leases."), &leasesTable));
    commands.push_back(std::make_unique<ListCommand>(QStringLiteral("applications"),
                                                     ListCommand::tr("List the waiting list's applications."), &applicationsTable));
}

} // namespace pepin::cli
