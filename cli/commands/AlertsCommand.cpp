// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Context.h"
#include "Table.h"
#include "FigureOptions.h"

#include "figures/Alerts.h"
#include "util/Parse.h"
#include "util/Text.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pepin::cli {

namespace {

using Kind = Table::Kind;

// `pepin-cli alerts`: the legal and policy alerts of figures/Alerts.h, those already broken while
// the situation lasts and those coming within some months, each with the rule it quotes.
class AlertsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::AlertsCommand)

public:
    QString name() const override { return QStringLiteral("alerts"); }
    QString summary() const override
    {
        return tr("Legal and policy alerts: short-term lease limits, stays over the maximum, précaire renewals.");
    }
    QString synopsis() const override
    {
        return QStringLiteral("[--at DATE] [--within-months N] [--site NAME] [--format text|csv|json]");
    }

    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("at"), tr("The day to look from (default: today)."), QStringLiteral("DATE")),
            QCommandLineOption(withinOption, tr("How many months ahead to warn (default: %1).").arg(defaultAlertMonths),
                               QStringLiteral("N")),
            FigureOptions::siteOption(),
            FigureOptions::formatOption(),
        };
    }

    int run(Context &context, const QCommandLineParser &parser) const override;

    static inline const QString withinOption = QStringLiteral("within-months");
};

// "broken since 29/03/2026", "today", "in 2 days".
QString when(const Format &people, const Alert &alert)
{
    if (alert.daysAhead < 0)
        return AlertsCommand::tr("broken since %1").arg(people.date(alert.date));
    if (alert.daysAhead == 0)
        return AlertsCommand::tr("broken from today, %1").arg(people.date(alert.date));
    if (alert.daysAhead == 1)
        return AlertsCommand::tr("tomorrow, %1").arg(people.date(alert.date));
    return AlertsCommand::tr("in %1 days, on %2").arg(people.integer(alert.daysAhead), people.date(alert.date));
}

int AlertsCommand::run(Context &context, const QCommandLineParser &parser) const
{
    const std::optional<OutputFormat> format = context.outputFormat(parser);
    if (!format)
        return ExitUsage;
    FigureOptions figures(context, parser);
    if (const int code = figures.readWhen(); code != ExitOk)
        return code;
    int months = defaultAlertMonths;
    if (parser.isSet(withinOption)) {
        const QString value = parser.value(withinOption);
        const std::optional<qint64> parsed = parseInteger(value);
        if (!parsed || *parsed < 0 || *parsed > 1200)
            return context.invalid({Problem{withinOption, tr("'%1' is not a number of months (0 or more).").arg(value)}});
        months = int(*parsed);
    }

    Store *store = context.store();
    if (!store)
        return context.failureCode();
    if (const int code = figures.readScope(*store); code != ExitOk)
        return code;

    AlertSources sources{store->sites(), store->offices(), store->companies(), store->leases()};
    const QDate day = figures.day();
    const QList<Alert> alerts = alertsOn(sources, day, months, figures.filter());

    QHash<Id, QString> companies;
    for (const Company &company : sources.companies)
        companies.insert(company.id, company.name);
    QHash<Id, QString> sites;
    for (const Site &site : sources.sites)
        sites.insert(site.id, site.name);
    QHash<Id, Office> offices;
    for (const Office &office : sources.offices)
        offices.insert(office.id, office);

    switch (*format) {
    case OutputFormat::Json: {
        QJsonArray array;
        for (const Alert &alert : alerts) {
            const Office office = offices.value(alert.officeId);
            QJsonArray leaseIds;
            for (Id id : alert.leaseIds)
                leaseIds.append(id);
            array.append(QJsonObject{
                {QStringLiteral("kind"), code(alert.kind)},
                {QStringLiteral("severity"), code(alert.severity)},
                {QStringLiteral("company"), companies.value(alert.companyId)},
                {QStringLiteral("site"), sites.value(office.siteId)},
                {QStringLiteral("office"), office.code},
                {QStringLiteral("date"), isoDate(alert.date)},
                {QStringLiteral("days_ahead"), alert.daysAhead},
                {QStringLiteral("broken"), alert.broken()},
                {QStringLiteral("lasts_until"), alert.lastsUntil.isValid() ? QJsonValue(isoDate(alert.lastsUntil)) : QJsonValue()},
                {QStringLiteral("lease_ids"), leaseIds},
                {QStringLiteral("message"), alert.message},
                {QStringLiteral("rule"), alert.rule},
            });
        }
        const QJsonObject object{{QStringLiteral("date"), isoDate(day)},
                                 {QStringLiteral("within_months"), months},
                                 {QStringLiteral("alerts"), array}};
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        break;
    }
    case OutputFormat::Csv: {
        Table table({{QStringLiteral("kind"), QString(), Kind::Code},
                     {QStringLiteral("severity"), QString(), Kind::Code},
                     {QStringLiteral("company"), QString(), Kind::Text},
                     {QStringLiteral("site"), QString(), Kind::Text},
                     {QStringLiteral("office"), QString(), Kind::Text},
                     {QStringLiteral("date"), QString(), Kind::Date},
                     {QStringLiteral("days_ahead"), QString(), Kind::Integer},
                     {QStringLiteral("broken"), QString(), Kind::Boolean},
                     {QStringLiteral("lasts_until"), QString(), Kind::Date},
                     {QStringLiteral("message"), QString(), Kind::Text},
                     {QStringLiteral("rule"), QString(), Kind::Text}});
        for (const Alert &alert : alerts) {
            const Office office = offices.value(alert.officeId);
            table.addRow({Table::text(code(alert.kind)), Table::text(code(alert.severity)),
                          Table::text(companies.value(alert.companyId)), Table::text(sites.value(office.siteId)),
                          Table::text(office.code), Table::date(alert.date), Table::integer(alert.daysAhead),
                          Table::flag(alert.broken()), Table::date(alert.lastsUntil), Table::text(alert.message),
                          Table::text(alert.rule)});
        }
        context.out() << table.toCsv();
        break;
    }
    case OutputFormat::Text: {
        const Format people = context.format();
        context.out() << tr("Alerts on %1, up to %2 months ahead, %3")
                             .arg(people.date(day), people.integer(months), printable(figures.scopePhrase()))
                      << QStringLiteral("\n\n");
        if (alerts.isEmpty()) {
            context.out() << tr("No alert.") << QStringLiteral("\n");
            break;
        }
        // The message names the company, the office and the dates: a line of its own each.
        for (const Alert &alert : alerts) {
            context.out() << label(alert.severity).toUpper() << QStringLiteral(" — ") << label(alert.kind) << QStringLiteral(" — ")
                          << when(people, alert) << QStringLiteral("\n");
            context.out() << QStringLiteral("  ") << printable(alert.message) << QStringLiteral("\n");
            context.out() << QStringLiteral("  ") << tr("Rule: %1").arg(printable(alert.rule)) << QStringLiteral("\n\n");
        }
        break;
    }
    }
    context.out().flush();
    return ExitOk;
}

} // namespace

void addAlertsCommands(Commands &commands)
{
    commands.push_back(std::make_unique<AlertsCommand>());
}

} // namespace pepin::cli
