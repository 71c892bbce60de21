// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Context.h"
#include "Table.h"
#include "FigureOptions.h"

#include "figures/Expiries.h"
#include "util/Parse.h"
#include "util/Text.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pepin::cli {

namespace {

using Kind = Table::Kind;

// `pepin-cli expiring`: the leases that end within some days, with the notice deadline beside
// each end date (figures/Expiries.h).
class ExpiringCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::ExpiringCommand)

public:
    QString name() const override { return QStringLiteral("expiring"); }
    QString summary() const override { return tr("Leases ending within some days, with their notice deadlines."); }
    QString synopsis() const override
    {
        return QStringLiteral("[--within DAYS] [--at DATE] [--site NAME] [--format text|csv|json]");
    }

    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("within"), tr("How many days ahead to look (default: %1).").arg(defaultDays),
                               QStringLiteral("DAYS")),
            QCommandLineOption(QStringLiteral("at"), tr("The day to look from (default: today)."), QStringLiteral("DATE")),
            FigureOptions::siteOption(),
            FigureOptions::formatOption(),
        };
    }

    int run(Context &context, const QCommandLineParser &parser) const override;

    static constexpr int defaultDays = 90;
};

const QString withinOption = QStringLiteral("within");

Table expiriesTable(const QList<Expiry> &expiries, const QHash<Id, QString> &companies, const QHash<Id, Office> &offices,
                    const QHash<Id, QString> &sites)
{
    Table table({{QStringLiteral("lease_id"), ExpiringCommand::tr("Id"), Kind::Integer},
                 {QStringLiteral("company"), ExpiringCommand::tr("Company"), Kind::Text},
                 {QStringLiteral("site"), ExpiringCommand::tr("Site"), Kind::Text},
                 {QStringLiteral("office"), ExpiringCommand::tr("Office"), Kind::Text},
                 {QStringLiteral("type"), ExpiringCommand::tr("Type"), Kind::Code},
                 {QStringLiteral("start"), ExpiringCommand::tr("Start"), Kind::Date},
                 {QStringLiteral("end"), ExpiringCommand::tr("End"), Kind::Date},
                 {QStringLiteral("terminated_on"), ExpiringCommand::tr("Ended early on"), Kind::Date},
                 {QStringLiteral("last_day"), ExpiringCommand::tr("Last day"), Kind::Date},
                 {QStringLiteral("days_left"), ExpiringCommand::tr("Days left"), Kind::Integer},
                 {QStringLiteral("notice_months"), ExpiringCommand::tr("Notice (months)"), Kind::Integer},
                 {QStringLiteral("notice_deadline"), ExpiringCommand::tr("Notice by"), Kind::Date},
                 {QStringLiteral("notice_deadline_passed"), ExpiringCommand::tr("Notice passed"), Kind::Boolean}});
    for (const Expiry &expiry : expiries) {
        const Office office = offices.value(expiry.officeId);
        table.addRow({Table::integer(expiry.leaseId), Table::text(companies.value(expiry.companyId)),
                      Table::text(sites.value(office.siteId)), Table::text(office.code), Table::code(std::optional(expiry.type)),
                      Table::date(expiry.start), Table::date(expiry.end), Table::date(expiry.terminatedOn),
                      Table::date(expiry.lastDay), Table::integer(expiry.daysLeft), Table::integer(expiry.noticeMonths),
                      Table::date(expiry.noticeDeadline),
                      expiry.noticeDeadline.isValid() ? Table::flag(expiry.noticeDeadlinePassed) : Table::none()});
    }
    return table;
}

int ExpiringCommand::run(Context &context, const QCommandLineParser &parser) const
{
    const std::optional<OutputFormat> format = context.outputFormat(parser);
    if (!format)
        return ExitUsage;
    FigureOptions figures(context, parser);
    if (const int code = figures.readWhen(); code != ExitOk)
        return code;
    int days = defaultDays;
    if (parser.isSet(withinOption)) {
        const QString value = parser.value(withinOption);
        const std::optional<qint64> parsed = parseInteger(value);
        if (!parsed || *parsed < 0 || *parsed > 100 * 366)
            return context.invalid({Problem{withinOption, tr("'%1' is not a number of days (0 or more).").arg(value)}});
        days = int(*parsed);
    }

    Store *store = context.store();
    if (!store)
        return context.failureCode();
    if (const int code = figures.readScope(*store); code != ExitOk)
        return code;

    QHash<Id, QString> companies;
    for (const Company &company : store->companies())
        companies.insert(company.id, company.name);
    QHash<Id, QString> sites;
    for (const Site &site : store->sites())
        sites.insert(site.id, site.name);
    const QList<Office> officeList = store->offices();
    QHash<Id, Office> offices;
    for (const Office &office : officeList)
        offices.insert(office.id, office);

    const QDate day = figures.day();
    const QDate until = day.addDays(days);
    const QList<Expiry> expiries = expiriesWithin(officeList, store->leases(), day, days, figures.filter());
    const Table table = expiriesTable(expiries, companies, offices, sites);

    switch (*format) {
    case OutputFormat::Json: {
        const QJsonObject object{{QStringLiteral("date"), isoDate(day)},
                                 {QStringLiteral("within_days"), days},
                                 {QStringLiteral("until"), isoDate(until)},
                                 {QStringLiteral("leases"), QJsonDocument::fromJson(table.toJson()).array()}};
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        break;
    }
    case OutputFormat::Csv:
        context.out() << table.toCsv();
        break;
    case OutputFormat::Text: {
        const Format people = context.format();
        context.out() << tr("Leases ending from %1 to %2, %3").arg(people.date(day), people.date(until), printable(figures.scopePhrase()))
                      << QStringLiteral("\n");
        context.out() << tr("Notice by: the last day to give notice for the end date, the notice period running whole before it.")
                      << QStringLiteral("\n\n");
        if (expiries.isEmpty())
            context.out() << tr("No lease ends in that time.") << QStringLiteral("\n");
        else
            context.out() << table.toText(people);
        break;
    }
    }
    context.out().flush();
    return ExitOk;
}

} // namespace

void addExpiringCommands(Commands &commands)
{
    commands.push_back(std::make_unique<ExpiringCommand>());
}

} // namespace pepin::cli
