// SPDX-License-Identifier: GPL-3.0-or-later
// lease renew|extend|move|end: the changes of a running lease, proposed by the core
// (service/LeaseChanges.h) with the alerts they would trigger, then written through the Store in
// one transaction, or not at all with --dry-run.
#include "Command.h"
#include "Context.h"
#include "RecordOptions.h"

#include "figures/Portfolio.h"
#include "service/LeaseChanges.h"
#include "service/Store.h"
#include "util/Format.h"

#include <QTextStream>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pepin::cli {

namespace {

const QString monthsOption = QStringLiteral("months");
const QString typeOption = QStringLiteral("type");
const QString endOption = QStringLiteral("end");
const QString siteOption = QStringLiteral("site");
const QString officeOption = QStringLiteral("office");
const QString startOption = QStringLiteral("start");
const QString areaOption = QStringLiteral("area");
const QString workstationsOption = QStringLiteral("workstations");
const QString terminatedOnOption = QStringLiteral("terminated-on");
const QString keepRentOption = QStringLiteral("keep-rent");
const QString dryRunOption = QStringLiteral("dry-run");

class LeaseChangeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::LeaseChangeCommand)

public:
    explicit LeaseChangeCommand(LeaseChangeKind kind)
        : m_kind(kind)
    {
    }

    QString name() const override { return QStringLiteral("lease ") + code(m_kind); }

    QString summary() const override
    {
        switch (m_kind) {
        case LeaseChangeKind::Renew:
            return tr("Renew a lease from the day after its last day, its rent continuing the schedule; says which alerts "
                      "it would trigger.");
        case LeaseChangeKind::Extend:
            return tr("Move a lease's end later; says which alerts it would trigger.");
        case LeaseChangeKind::Move:
            return tr("Move a lease's company to another office from a day on, on the same terms.");
        case LeaseChangeKind::EndEarly:
            return tr("End a lease before its term, with the notice deadline that goes with the day.");
        }
        return QString();
    }

    QString synopsis() const override
    {
        const QString common = QStringLiteral("[--dry-run] [--format text|json]");
        switch (m_kind) {
        case LeaseChangeKind::Renew:
            return QStringLiteral("ID [--months N] [--type precaire|derogatoire|commercial|coworking] [--keep-rent] ") + common;
        case LeaseChangeKind::Extend:
            return QStringLiteral("ID --end DATE [--keep-rent] ") + common;
        case LeaseChangeKind::Move:
            return QStringLiteral("ID --site NAME --office CODE --start DATE [--area M2] [--workstations N] [--keep-rent] ")
                + common;
        case LeaseChangeKind::EndEarly:
            return QStringLiteral("ID --terminated-on DATE ") + common;
        }
        return common;
    }

    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> options;
        const QCommandLineOption keepRent(keepRentOption,
                                          tr("Keep the rent in force instead of continuing the site's progressive schedule."));
        switch (m_kind) {
        case LeaseChangeKind::Renew:
            options << QCommandLineOption(monthsOption, tr("For how many months (default: the lease's own length, within "
                                                           "the site's maximum stay)."),
                                          QStringLiteral("N"))
                    << QCommandLineOption(typeOption, tr("The new lease's type (default: the lease's own)."),
                                          QStringLiteral("TYPE"))
                    << keepRent;
            break;
        case LeaseChangeKind::Extend:
            options << QCommandLineOption(endOption, tr("The new end, later than the lease's last day."), QStringLiteral("DATE"))
                    << keepRent;
            break;
        case LeaseChangeKind::Move:
            options << QCommandLineOption(siteOption, tr("The site of the office moved to."), QStringLiteral("NAME"))
                    << QCommandLineOption(officeOption, tr("The office moved to."), QStringLiteral("CODE"))
                    << QCommandLineOption(startOption, tr("The first day in the new office; the lease ends the day before."),
                                          QStringLiteral("DATE"))
                    << QCommandLineOption(areaOption, tr("The area needed (default: what the company has now)."),
                                          QStringLiteral("M2"))
                    << QCommandLineOption(workstationsOption,
                                          tr("The workstations needed (default: what the company has now)."),
                                          QStringLiteral("N"))
                    << keepRent;
            break;
        case LeaseChangeKind::EndEarly:
            options << QCommandLineOption(terminatedOnOption, tr("The lease's new last day."), QStringLiteral("DATE"));
            break;
        }
        return options << QCommandLineOption(dryRunOption, tr("Say what would be written and triggered, without writing."))
                       << QCommandLineOption(QStringLiteral("format"), tr("Output as text (default) or json."),
                                             QStringLiteral("FORMAT"));
    }

    int run(Context &context, const QCommandLineParser &parser) const override;

private:
    // The request from the command line; problems go to `options`.
    LeaseChangeRequest request(RecordOptions &options, const QCommandLineParser &parser, Id leaseId) const;
    static Status write(Store &store, const LeaseChange &change, QList<Lease> &added);

    LeaseChangeKind m_kind;
};

LeaseChangeRequest LeaseChangeCommand::request(RecordOptions &options, const QCommandLineParser &parser, Id leaseId) const
{
    LeaseChangeRequest asked;
    asked.kind = m_kind;
    asked.leaseId = leaseId;
    // An early end lets no more days: it has no rent to choose.
    const bool keepsRent = m_kind != LeaseChangeKind::EndEarly && parser.isSet(keepRentOption);
    asked.rent = keepsRent ? RentFollows::CurrentRent : RentFollows::Schedule;
    switch (m_kind) {
    case LeaseChangeKind::Renew:
        if (options.isSet(monthsOption)) {
            const std::optional<int> months = options.integer(monthsOption);
            if (months && (*months < 1 || *months > 1200))
                options.problem(monthsOption, tr("The number of months is from 1 to 1200, not %1.").arg(*months));
            else if (months)
                asked.months = *months;
        }
        if (options.isSet(typeOption)) {
            if (const std::optional<LeaseType> type = parseLeaseType(options.text(typeOption)))
                asked.type = type;
            else
                options.problem(typeOption, tr("'%1' is not a lease type; use one of: %2.")
                                                .arg(options.text(typeOption), leaseTypeCodes().join(QStringLiteral(", "))));
        }
        break;
    case LeaseChangeKind::Extend:
        options.require({endOption});
        if (options.isSet(endOption))
            asked.end = options.date(endOption).value_or(QDate());
        break;
    case LeaseChangeKind::Move:
        options.require({siteOption, officeOption, startOption});
        if (options.isSet(siteOption) && options.isSet(officeOption)) {
            if (const std::optional<Office> office = options.office())
                asked.officeId = office->id;
        }
        if (options.isSet(startOption))
            asked.moveOn = options.date(startOption).value_or(QDate());
        if (options.isSet(areaOption))
            asked.neededAreaM2 = options.decimal(areaOption);
        if (options.isSet(workstationsOption))
            asked.neededWorkstations = options.integer(workstationsOption);
        break;
    case LeaseChangeKind::EndEarly:
        options.require({terminatedOnOption});
        if (options.isSet(terminatedOnOption))
            asked.lastDay = options.date(terminatedOnOption).value_or(QDate());
        break;
    }
    return asked;
}

// Every record of the change, in one transaction: all are written, or none.
Status LeaseChangeCommand::write(Store &store, const LeaseChange &change, QList<Lease> &added)
{
    Database::Transaction transaction(store.database());
    if (!transaction.ok())
        return transaction.error();
    for (const Lease &lease : change.updated) {
        if (Result<Lease> updated = store.updateLease(lease); !updated)
            return updated.error();
    }
    for (const Lease &lease : change.added) {
        Result<Lease> stored = store.addLease(lease);
        if (!stored)
            return stored.error();
        added << *stored;
    }
    return transaction.commit();
}

QJsonObject leaseJson(const Lease &lease)
{
    QJsonArray steps;
    for (const RentStep &step : lease.rentSteps) {
        steps << QJsonObject{{QStringLiteral("from"), isoDate(step.from)},
                             {QStringLiteral("monthly_rent"), double(step.monthlyRentCents) / 100.0}};
    }
    const auto date = [](QDate day) { return day.isValid() ? QJsonValue(isoDate(day)) : QJsonValue(); };
    return QJsonObject{{QStringLiteral("id"), lease.id ? QJsonValue(lease.id) : QJsonValue()},
                       {QStringLiteral("company_id"), lease.companyId},
                       {QStringLiteral("office_id"), lease.officeId},
                       {QStringLiteral("type"), code(lease.type)},
                       {QStringLiteral("start"), date(lease.start)},
                       {QStringLiteral("end"), date(lease.end)},
                       {QStringLiteral("terminated_on"), date(lease.terminatedOn)},
                       {QStringLiteral("workstations"), lease.workstations},
                       {QStringLiteral("rent_steps"), steps}};
}

QString changeCode(TriggeredAlert::Change change)
{
    switch (change) {
    case TriggeredAlert::Change::New:
        return QStringLiteral("new");
    case TriggeredAlert::Change::Moved:
        return QStringLiteral("moved");
    case TriggeredAlert::Change::Longer:
        return QStringLiteral("longer");
    }
    return QString();
}

int LeaseChangeCommand::run(Context &context, const QCommandLineParser &parser) const
{
    const std::optional<OutputFormat> format = context.outputFormat(parser);
    if (!format)
        return ExitUsage;
    if (*format == OutputFormat::Csv)
        return context.usage(tr("%1 prints text or json, not csv.").arg(name()));
    const QStringList positionals = parser.positionalArguments();
    if (positionals.size() != 1)
        return context.usage(tr("%1: give the lease's id (see 'pepin-cli leases'), and only that, before the options.").arg(name()));
    bool isNumber = false;
    const Id leaseId = positionals.first().toLongLong(&isNumber);
    if (!isNumber || leaseId <= 0)
        return context.usage(tr("%1: '%2' is not a lease id.").arg(name(), positionals.first()));

    Store *store = context.store();
    if (!store)
        return context.failureCode();
    if (!store->lease(leaseId))
        return context.fail(Error(Error::Kind::NotFound, tr("There is no lease with id %1.").arg(leaseId)), name());
    RecordOptions options(parser, *store);
    const LeaseChangeRequest asked = request(options, parser, leaseId);
    if (!options.ok())
        return context.invalid(options.problems());

    const LeaseChange change = proposeLeaseChange(Portfolio::load(*store), asked, context.today());
    if (!change.accepted()) {
        QList<Problem> problems = change.problems;
        if (problems.isEmpty())
            problems << Problem{QString(), tr("There is nothing to change.")};
        return context.fail(Error(Error::Kind::InvalidInput, problems), name());
    }
    const bool dryRun = parser.isSet(dryRunOption);
    QList<Lease> added;
    if (!dryRun) {
        if (Status written = write(*store, change, added); !written)
            return context.fail(written.error(), name());
    }

    if (*format == OutputFormat::Json) {
        QJsonArray updated;
        for (const Lease &lease : change.updated)
            updated << leaseJson(lease);
        QJsonArray adding;
        for (const Lease &lease : dryRun ? change.added : added)
            adding << leaseJson(lease);
        QJsonArray alerts;
        for (const TriggeredAlert &triggered : change.alerts) {
            alerts << QJsonObject{{QStringLiteral("kind"), code(triggered.alert.kind)},
                                  {QStringLiteral("severity"), code(triggered.alert.severity)},
                                  {QStringLiteral("change"), changeCode(triggered.change)},
                                  {QStringLiteral("date"), isoDate(triggered.alert.date)},
                                  {QStringLiteral("date_before"), triggered.dateBefore.isValid()
                                                                      ? QJsonValue(isoDate(triggered.dateBefore))
                                                                      : QJsonValue()},
                                  {QStringLiteral("days_ahead"), triggered.alert.daysAhead},
                                  {QStringLiteral("message"), triggered.text},
                                  {QStringLiteral("rule"), triggered.alert.rule}};
        }
        QJsonArray resolved;
        for (const Alert &alert : change.resolved) {
            resolved << QJsonObject{{QStringLiteral("kind"), code(alert.kind)},
                                    {QStringLiteral("date"), isoDate(alert.date)},
                                    {QStringLiteral("message"), alert.message}};
        }
        QJsonArray warnings;
        for (const Problem &warning : change.warnings) {
            warnings << QJsonObject{{QStringLiteral("option"), Context::optionName(warning.field)},
                                    {QStringLiteral("message"), warning.message}};
        }
        QJsonObject object{{QStringLiteral("change"), code(m_kind)},
                           {QStringLiteral("lease_id"), leaseId},
                           {QStringLiteral("dry_run"), dryRun},
                           {QStringLiteral("updated"), updated},
                           {QStringLiteral("added"), adding},
                           {QStringLiteral("summary"), QJsonArray::fromStringList(change.summary)},
                           {QStringLiteral("alerts"), alerts},
                           {QStringLiteral("resolved_alerts"), resolved},
                           {QStringLiteral("warnings"), warnings}};
        if (m_kind == LeaseChangeKind::EndEarly) {
            const NoticeCheck &notice = change.notice;
            const auto date = [](QDate day) { return day.isValid() ? QJsonValue(isoDate(day)) : QJsonValue(); };
            object.insert(QStringLiteral("notice"),
                          QJsonObject{{QStringLiteral("months"), notice.months},
                                      {QStringLiteral("deadline"), date(notice.deadline)},
                                      {QStringLiteral("deadline_passed"), notice.passed},
                                      {QStringLiteral("earliest_last_day"), date(notice.earliestLastDay)}});
        }
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        context.out().flush();
        return ExitOk;
    }

    QTextStream &out = context.out();
    out << (dryRun ? tr("Would write:") : tr("Written:")) << Qt::endl;
    for (const QString &sentence : change.summary)
        out << QStringLiteral("  - ") << sentence << Qt::endl;
    for (const Lease &lease : std::as_const(added))
        out << QStringLiteral("  ") << tr("New lease id %1.").arg(lease.id) << Qt::endl;
    if (!change.warnings.isEmpty()) {
        out << tr("To know:") << Qt::endl;
        for (const Problem &warning : change.warnings)
            out << QStringLiteral("  - ") << warning.message << Qt::endl;
    }
    if (change.alerts.isEmpty()) {
        out << tr("Alerts triggered: none.") << Qt::endl;
    } else {
        out << (dryRun ? tr("Alerts it would trigger:") : tr("Alerts triggered:")) << Qt::endl;
        for (const TriggeredAlert &triggered : change.alerts) {
            out << QStringLiteral("  - [%1] ").arg(label(triggered.alert.severity)) << triggered.text << Qt::endl;
            out << QStringLiteral("    ") << triggered.alert.rule << Qt::endl;
        }
    }
    if (!change.resolved.isEmpty()) {
        out << tr("Alerts it puts an end to:") << Qt::endl;
        for (const Alert &alert : change.resolved)
            out << QStringLiteral("  - ") << alert.message << Qt::endl;
    }
    if (dryRun)
        out << tr("Dry run: nothing was written.") << Qt::endl;
    return ExitOk;
}

} // namespace

void addLeaseChangeCommands(Commands &commands)
{
    for (const LeaseChangeKind kind :
         {LeaseChangeKind::Renew, LeaseChangeKind::Extend, LeaseChangeKind::Move, LeaseChangeKind::EndEarly})
        commands.push_back(std::make_unique<LeaseChangeCommand>(kind));
}

} // namespace pepin::cli
