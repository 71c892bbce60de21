// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Context.h"
#include "Table.h"
#include "FigureOptions.h"

#include "figures/Portfolio.h"
#include "figures/SectorMix.h"
#include "figures/Tenants.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pepin::cli {

namespace {

using Kind = Table::Kind;

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// `pepin-cli tenants`: the companies with at least one active lease on a day (DESIGN.md §3), with
// the columns of the tenant list of DESIGN.md §5.
class TenantsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::TenantsCommand)

public:
    QString name() const override { return QStringLiteral("tenants"); }
    QString summary() const override { return tr("The tenants on a day, with their offices, area, workstations and rent."); }
    QString synopsis() const override { return QStringLiteral("[--at DATE] [--site NAME] [--format text|csv|json]"); }

    QList<QCommandLineOption> options() const override
    {
        return {FigureOptions::atOption(), FigureOptions::siteOption(), FigureOptions::formatOption()};
    }

    int run(Context &context, const QCommandLineParser &parser) const override
    {
        const std::optional<OutputFormat> format = context.outputFormat(parser);
        if (!format)
            return ExitUsage;
        FigureOptions figures(context, parser);
        if (const int code = figures.readWhen(); code != ExitOk)
            return code;
        Store *store = context.store();
        if (!store)
            return context.failureCode();
        if (const int code = figures.readScope(*store); code != ExitOk)
            return code;

        const QList<TenantRow> tenants = tenantsOn(figures.day(), Portfolio::load(*store), figures.filter());
        const Table table = tenantTable(tenants);
        switch (*format) {
        case OutputFormat::Json: {
            const QJsonObject object{{QStringLiteral("date"), isoDate(figures.day())},
                                     {QStringLiteral("tenants"), QJsonDocument::fromJson(table.toJson()).array()}};
            context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
            break;
        }
        case OutputFormat::Csv:
            context.out() << table.toCsv();
            break;
        case OutputFormat::Text: {
            const Format people = context.format();
            context.out() << tr("Tenants on %1, %2").arg(people.date(figures.day()), figures.scopePhrase()) << QStringLiteral("\n\n")
                          << table.toText(people) << QStringLiteral("\n")
                          << tr("Tenants: %1").arg(people.integer(tenants.size())) << QStringLiteral("\n");
            break;
        }
        }
        context.out().flush();
        return ExitOk;
    }

private:
    static Table tenantTable(const QList<TenantRow> &tenants)
    {
        Table table({{QStringLiteral("company"), tr("Company"), Kind::Text},
                     {QStringLiteral("siret"), tr("SIRET"), Kind::Text},
                     {QStringLiteral("sector"), tr("Sector"), Kind::Text},
                     {QStringLiteral("site"), tr("Site"), Kind::Text},
                     {QStringLiteral("offices"), tr("Offices"), Kind::Text},
                     {QStringLiteral("area_m2"), tr("Area (m²)"), Kind::Decimal},
                     {QStringLiteral("workstations"), tr("Workstations"), Kind::Integer},
                     {QStringLiteral("lease_type"), tr("Lease type"), Kind::Code},
                     {QStringLiteral("start"), tr("Start"), Kind::Date},
                     {QStringLiteral("end"), tr("End"), Kind::Date},
                     {QStringLiteral("monthly_rent"), tr("Monthly rent"), Kind::Money},
                     {QStringLiteral("contact"), tr("Contact"), Kind::Text},
                     {QStringLiteral("email"), tr("E-mail"), Kind::Text},
                     {QStringLiteral("phone"), tr("Phone"), Kind::Text}});
        for (const TenantRow &tenant : tenants) {
            // Several leases of different types: their codes (and labels) together in one cell.
            QStringList codes, labels;
            for (LeaseType type : tenant.leaseTypes) {
                codes << code(type);
                labels << label(type);
            }
            table.addRow({Table::text(tenant.company), Table::text(tenant.siret),
                          tenant.sector.isEmpty() ? Table::none() : Table::text(tenant.sector),
                          Table::text(tenant.sites.join(QStringLiteral(", "))),
                          Table::text(tenant.offices.join(QStringLiteral(", "))), Table::decimal(tenant.areaM2),
                          Table::integer(tenant.workstations),
                          Table::Cell{codes.join(QStringLiteral(", ")), labels.join(QStringLiteral(", "))},
                          Table::date(tenant.start), Table::date(tenant.end),
                          tenant.monthlyRentCents ? Table::money(*tenant.monthlyRentCents) : Table::none(),
                          Table::text(tenant.contact), Table::text(tenant.email), Table::text(tenant.phone)});
        }
        return table;
    }
};

// `pepin-cli sectors`: the sector mix of DESIGN.md §3 on a day, or its averages per day over a
// period, whole or cut into calendar periods.
class SectorsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::SectorsCommand)

public:
    QString name() const override { return QStringLiteral("sectors"); }
    QString summary() const override
    {
        return tr("Sector mix of the tenants: companies, occupied area and workstations per sector.");
    }
    QString synopsis() const override
    {
        return QStringLiteral("[--at DATE | --from DATE --to DATE [--step day|month|quarter|year]] [--site NAME] "
                              "[--format text|csv|json]");
    }

    QList<QCommandLineOption> options() const override
    {
        return {FigureOptions::atOption(),   FigureOptions::fromOption(), FigureOptions::toOption(),
                FigureOptions::stepOption(), FigureOptions::siteOption(), FigureOptions::formatOption()};
    }

    int run(Context &context, const QCommandLineParser &parser) const override
    {
        const std::optional<OutputFormat> format = context.outputFormat(parser);
        if (!format)
            return ExitUsage;
        FigureOptions figures(context, parser);
        if (const int code = figures.readWhen(); code != ExitOk)
            return code;
        Store *store = context.store();
        if (!store)
            return context.failureCode();
        if (const int code = figures.readScope(*store); code != ExitOk)
            return code;

        const Portfolio portfolio = Portfolio::load(*store);
        if (figures.isPeriod())
            printSeries(context, *format, figures, sectorMixOver(figures.periods(), portfolio, figures.filter()));
        else
            printDay(context, *format, figures, sectorMixOn(figures.day(), portfolio, figures.filter()));
        return ExitOk;
    }

private:
    template<typename Row>
    static QJsonObject json(const Row &row)
    {
        // DESIGN.md §4: "sector", "companies", "area_m2", "workstations"; the colour for charts.
        return QJsonObject{{QStringLiteral("sector"), nullIfEmpty(row.name)},
                           {QStringLiteral("companies"), row.companies},
                           {QStringLiteral("area_m2"), row.areaM2},
                           {QStringLiteral("workstations"), row.workstations},
                           {QStringLiteral("color"), nullIfEmpty(row.color)}};
    }

    static void printDay(Context &context, OutputFormat format, const FigureOptions &figures, const SectorMix &mix)
    {
        switch (format) {
        case OutputFormat::Json: {
            QJsonArray sectors;
            for (const SectorShare &share : mix.sectors)
                sectors.append(json(share));
            const QJsonObject object{{QStringLiteral("date"), isoDate(mix.date)}, {QStringLiteral("sectors"), sectors}};
            context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
            break;
        }
        case OutputFormat::Csv:
        case OutputFormat::Text: {
            const bool text = format == OutputFormat::Text;
            // People read the sector's name (the colour is for charts), and a total.
            QList<Table::Column> columns{{QStringLiteral("sector"), tr("Sector"), Kind::Text},
                                         {QStringLiteral("companies"), tr("Companies"), Kind::Integer},
                                         {QStringLiteral("area_m2"), tr("Area (m²)"), Kind::Decimal},
                                         {QStringLiteral("workstations"), tr("Workstations"), Kind::Integer}};
            if (!text)
                columns << Table::Column{QStringLiteral("color"), QString(), Kind::Text};
            Table table(columns);
            for (const SectorShare &share : mix.sectors) {
                table.addRow({text ? Table::text(sectorLabel(share.name)) : Table::text(share.name), Table::integer(share.companies),
                              Table::decimal(share.areaM2), Table::integer(share.workstations), Table::text(share.color)});
            }
            if (!text) {
                context.out() << table.toCsv();
                break;
            }
            table.addRow({Table::text(tr("Total")), Table::integer(mix.companies), Table::decimal(mix.areaM2),
                          Table::integer(mix.workstations)});
            const Format people = context.format();
            context.out() << tr("Sector mix on %1, %2").arg(people.date(mix.date), figures.scopePhrase()) << QStringLiteral("\n\n")
                          << table.toText(people);
            break;
        }
        }
        context.out().flush();
    }

    static void printSeries(Context &context, OutputFormat format, const FigureOptions &figures,
                            const QList<SectorMixPeriod> &periods)
    {
        const QDate today = context.today();
        const DateRange range = figures.range();
        switch (format) {
        case OutputFormat::Json: {
            QJsonArray array;
            for (const SectorMixPeriod &period : periods) {
                QJsonArray sectors;
                for (const SectorAverage &average : period.sectors)
                    sectors.append(json(average));
                array.append(QJsonObject{{QStringLiteral("start"), isoDate(period.start)},
                                         {QStringLiteral("end"), isoDate(period.end)},
                                         {QStringLiteral("forecast"), period.isForecast(today)},
                                         {QStringLiteral("sectors"), sectors}});
            }
            const std::optional<PeriodStep> step = figures.step();
            const QJsonObject object{{QStringLiteral("from"), isoDate(range.start)},
                                     {QStringLiteral("to"), isoDate(range.end)},
                                     {QStringLiteral("step"), step ? QJsonValue(code(*step)) : QJsonValue(QJsonValue::Null)},
                                     {QStringLiteral("periods"), array}};
            context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
            break;
        }
        case OutputFormat::Csv:
        case OutputFormat::Text: {
            const bool text = format == OutputFormat::Text;
            // One row per period and sector: the shape a spreadsheet's pivot table reads.
            QList<Table::Column> columns{{QStringLiteral("start"), tr("Start"), Kind::Date},
                                         {QStringLiteral("end"), tr("End"), Kind::Date},
                                         {QStringLiteral("forecast"), tr("Forecast"), Kind::Boolean},
                                         {QStringLiteral("sector"), tr("Sector"), Kind::Text},
                                         {QStringLiteral("companies"), tr("Companies"), Kind::Decimal},
                                         {QStringLiteral("area_m2"), tr("Area (m²)"), Kind::Decimal},
                                         {QStringLiteral("workstations"), tr("Workstations"), Kind::Decimal}};
            if (!text)
                columns << Table::Column{QStringLiteral("color"), QString(), Kind::Text};
            Table table(columns);
            for (const SectorMixPeriod &period : periods) {
                for (const SectorAverage &average : period.sectors) {
                    table.addRow({Table::date(period.start), Table::date(period.end), Table::flag(period.isForecast(today)),
                                  text ? Table::text(sectorLabel(average.name)) : Table::text(average.name),
                                  Table::decimal(average.companies), Table::decimal(average.areaM2),
                                  Table::decimal(average.workstations), Table::text(average.color)});
                }
            }
            if (!text) {
                context.out() << table.toCsv();
                break;
            }
            const Format people = context.format();
            context.out() << tr("Sector mix from %1 to %2, %3")
                                 .arg(people.date(range.start), people.date(range.end), figures.scopePhrase())
                          << QStringLiteral("\n")
                          << tr("Averages per day over each period: a company present half of the period counts as half a company.")
                          << QStringLiteral("\n\n") << table.toText(people);
            break;
        }
        }
        context.out().flush();
    }
};

} // namespace

void addTenantCommands(Commands &commands)
{
    commands.push_back(std::make_unique<TenantsCommand>());
    commands.push_back(std::make_unique<SectorsCommand>());
}

} // namespace pepin::cli
