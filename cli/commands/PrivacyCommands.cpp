// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Context.h"
#include "FigureOptions.h"
#include "RecordOptions.h"
#include "Table.h"

#include "csv/CsvFormat.h"
#include "service/PersonalData.h"
#include "storage/AuditLog.h"
#include "util/Parse.h"
#include "util/Text.h"

#include <QBuffer>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace pepin::cli {

namespace {

QCommandLineOption option(const char *name, const QString &description, const char *value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), description);
}

// Writes `bytes` to a new file readable by its owner only (it holds personal data), whole or not
// at all.
Status writeOwnerOnly(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Kind::Storage, Context::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit())
        return Error(Error::Kind::Storage, Context::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return done();
}

// `pepin-cli history`: the change history, newest first, one line per field changed.
class HistoryCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::HistoryCommand)

public:
    QString name() const override { return QStringLiteral("history"); }
    QString summary() const override
    {
        return tr("The change history: every change made with Pépin, when, by whom, before and after.");
    }
    QString synopsis() const override
    {
        return QStringLiteral("[--entity KIND [--id N]] [--from DATE] [--to DATE] [--user NAME] [--search TEXT] [--limit N] "
                              "[-o FILE.csv [--preset standard|excel-fr]]");
    }

    QList<QCommandLineOption> options() const override
    {
        return {
            option("entity", tr("Only changes to records of this kind: %1.").arg(AuditLog::entityKeys().join(QLatin1String(", "))),
                   "KIND"),
            option("id", tr("With --entity, only changes to the record with this number."), "N"),
            option("from", tr("Only changes made on or after this day."), "DATE"),
            option("to", tr("Only changes made on or before this day."), "DATE"),
            option("user", tr("Only changes made by this user of the computer."), "NAME"),
            option("search", tr("Only changes to records whose name contains this text."), "TEXT"),
            option("limit", tr("At most this many changes, the newest."), "N"),
            QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, tr("Write the changes to this CSV file."),
                               QStringLiteral("FILE")),
            option("preset", tr("With -o: standard (the default) or excel-fr (';', BOM, French headers and values)."), "NAME"),
        };
    }

    int run(Context &context, const QCommandLineParser &parser) const override
    {
        AuditLog::Filter filter;
        QList<Problem> problems;
        filter.entity = parser.value(QStringLiteral("entity"));
        if (!filter.entity.isEmpty() && !AuditLog::entityKeys().contains(filter.entity)
            && filter.entity != QLatin1String("incubator") && filter.entity != QLatin1String("database"))
            problems << Problem{QStringLiteral("entity"), tr("'%1' is not a kind of record: %2.")
                                                              .arg(filter.entity, AuditLog::entityKeys().join(QLatin1String(", ")))};
        auto number = [&](const char *name) -> qint64 {
            const QString key = QString::fromLatin1(name);
            if (!parser.isSet(key))
                return 0;
            const std::optional<qint64> value = parseInteger(parser.value(key));
            if (!value || *value <= 0)
                problems << Problem{key, tr("'%1' is not a positive whole number.").arg(parser.value(key))};
            return value.value_or(0);
        };
        auto day = [&](const char *name) -> QDate {
            const QString key = QString::fromLatin1(name);
            if (!parser.isSet(key))
                return {};
            const std::optional<QDate> value = parseDate(parser.value(key));
            if (!value)
                problems << Problem{key, tr("'%1' is not a date: %2.").arg(parser.value(key), dateFormatsHint())};
            return value.value_or(QDate());
        };
        filter.recordId = number("id");
        filter.limit = int(std::min<qint64>(number("limit"), std::numeric_limits<int>::max()));
        filter.from = day("from");
        filter.to = day("to");
        filter.user = parser.value(QStringLiteral("user"));
        filter.text = parser.value(QStringLiteral("search"));
        if (filter.recordId > 0 && filter.entity.isEmpty())
            problems << Problem{QStringLiteral("id"), tr("--id needs --entity: the kind of record it numbers.")};
        const QString presetName = parser.value(QStringLiteral("preset"));
        const std::optional<CsvFormat::Preset> preset =
            presetName.isEmpty() ? CsvFormat::Preset::Standard : CsvFormat::parsePreset(presetName);
        if (!preset)
            return context.usage(tr("--preset takes standard or excel-fr, not '%1'.").arg(presetName));
        if (!problems.isEmpty())
            return context.invalid(problems);

        Store *store = context.store();
        if (!store)
            return context.failureCode();
        const Result<QList<AuditEntry>> entries = store->history().entries(filter);
        if (!entries)
            return context.fail(entries.error(), name());

        if (const QString path = parser.value(QStringLiteral("output")); !path.isEmpty()) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            if (Status written = AuditLog::writeCsv(*entries, buffer, CsvFormat::preset(*preset)); !written)
                return context.fail(written.error(), name());
            if (Status saved = writeOwnerOnly(path, bytes); !saved)
                return context.fail(saved.error(), name());
            context.out() << tr("%1: %2 changes written.").arg(QDir::toNativeSeparators(path), QString::number(entries->size())) << Qt::endl;
            return ExitOk;
        }

        const Format people = context.format();
        QList<QStringList> rows;
        for (const AuditEntry &entry : *entries) {
            const QStringList head{entry.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")), printable(entry.user),
                                   AuditLog::actionName(entry.action), AuditLog::entityName(entry.entity), printable(entry.label)};
            const QList<AuditFieldChange> changes = AuditLog::changes(entry);
            if (changes.isEmpty())
                rows << head + QStringList{QString(), QString()};
            for (const AuditFieldChange &change : changes) {
                const QString before = printable(AuditLog::valueText(change.field, change.before, people));
                const QString after = printable(AuditLog::valueText(change.field, change.after, people));
                rows << head + QStringList{AuditLog::fieldName(change.field),
                                           before.isEmpty() ? after : tr("%1 → %2").arg(before, after.isEmpty() ? tr("(empty)") : after)};
            }
        }
        if (rows.isEmpty()) {
            context.out() << tr("No change matches.") << Qt::endl;
            return ExitOk;
        }
        context.out() << Table::alignedText({tr("When"), tr("User"), tr("Action"), tr("Record type"), tr("Record"), tr("Field"),
                                             tr("Value")},
                                            rows, QList<bool>(7, false));
        context.out().flush();
        return ExitOk;
    }
};

// `pepin-cli privacy due`: the former tenants whose personal data is due for erasure.
class PrivacyDueCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::PrivacyDueCommand)

public:
    QString name() const override { return QStringLiteral("privacy due"); }
    QString summary() const override
    {
        return tr("Companies that left longer ago than the incubator keeps personal data, and whose data is still held.");
    }
    QString synopsis() const override { return QStringLiteral("[--years N] [--format text|csv|json]"); }
    QList<QCommandLineOption> options() const override
    {
        return {option("years", tr("Keep personal data this many years after a company left (default: the database's policy)."), "N"),
                FigureOptions::formatOption()};
    }

    int run(Context &context, const QCommandLineParser &parser) const override;
};

std::optional<int> keepYears(Context &context, const QCommandLineParser &parser, Store &store)
{
    if (!parser.isSet(QStringLiteral("years")))
        return store.personalDataKeepYears();
    const std::optional<qint64> years = parseInteger(parser.value(QStringLiteral("years")));
    if (!years || *years < 0 || *years > 100) {
        context.invalid({Problem{QStringLiteral("years"), PrivacyDueCommand::tr("'%1' is not a number of years from 0 to 100.")
                                                               .arg(parser.value(QStringLiteral("years")))}});
        return std::nullopt;
    }
    return int(*years);
}

int PrivacyDueCommand::run(Context &context, const QCommandLineParser &parser) const
{
    const std::optional<OutputFormat> format = context.outputFormat(parser);
    if (!format)
        return ExitUsage;
    Store *store = context.store();
    if (!store)
        return context.failureCode();
    const std::optional<int> years = keepYears(context, parser, *store);
    if (!years)
        return ExitInvalidInput;
    Table table({{QStringLiteral("company"), tr("Company"), Table::Kind::Text},
                 {QStringLiteral("siret"), tr("SIRET"), Table::Kind::Text},
                 {QStringLiteral("left_on"), tr("Left on"), Table::Kind::Date}});
    for (const PersonalData::Candidate &due : PersonalData::dueForErasure(*store, context.today(), *years))
        table.addRow({Table::text(due.company.name), Table::text(due.company.siret), Table::date(due.leftOn)});
    if (*format == OutputFormat::Text && table.rowCount() == 0) {
        context.out() << tr("No former tenant's personal data is due for erasure (kept %1 years after leaving).").arg(*years)
                      << Qt::endl;
        return ExitOk;
    }
    table.print(context, *format);
    return ExitOk;
}

// `pepin-cli privacy erase`: erases the personal data of one company, or of every company due.
class PrivacyEraseCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::PrivacyEraseCommand)

public:
    QString name() const override { return QStringLiteral("privacy erase"); }
    QString summary() const override
    {
        return tr("Erase a company's personal data (contact, email, phone, notes), keeping its figures; or of every company due.");
    }
    QString synopsis() const override { return QStringLiteral("--company NAME|SIRET | --due [--years N]  [--dry-run]"); }
    QList<QCommandLineOption> options() const override
    {
        return {option("company", tr("The company, by name or SIRET (an erasure on request)."), "NAME"),
                option("due", tr("Every company due for erasure (see privacy due).")),
                option("years", tr("With --due: keep personal data this many years after a company left."), "N"),
                option("dry-run", tr("Say what would be erased, and erase nothing."))};
    }

    int run(Context &context, const QCommandLineParser &parser) const override
    {
        const bool due = parser.isSet(QStringLiteral("due"));
        if (due == parser.isSet(QStringLiteral("company")))
            return context.usage(tr("privacy erase needs either --company NAME or --due."));
        Store *store = context.store();
        if (!store)
            return context.failureCode();
        QList<Company> companies;
        if (due) {
            const std::optional<int> years = keepYears(context, parser, *store);
            if (!years)
                return ExitInvalidInput;
            for (const PersonalData::Candidate &candidate : PersonalData::dueForErasure(*store, context.today(), *years))
                companies << candidate.company;
        } else {
            RecordOptions records(parser, *store);
            const std::optional<Company> company = records.company();
            if (!company)
                return context.invalid(records.problems());
            companies << *company;
        }
        if (companies.isEmpty()) {
            context.out() << tr("No personal data is due for erasure.") << Qt::endl;
            return ExitOk;
        }
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        for (const Company &company : std::as_const(companies)) {
            if (dryRun) {
                context.out() << tr("Would erase the personal data of %1.").arg(printable(company.name)) << Qt::endl;
                continue;
            }
            const Result<int> erased = store->erasePersonalData(company.id);
            if (!erased)
                return context.fail(erased.error(), name());
            QString told;
            if (*erased == 0)
                told = tr("%1: no personal data was held.").arg(printable(company.name));
            else if (*erased == 1)
                told = tr("Erased the personal data of %1 (1 record).").arg(printable(company.name));
            else
                told = tr("Erased the personal data of %1 (%2 records).").arg(printable(company.name), QString::number(*erased));
            context.out() << told << Qt::endl;
        }
        if (!dryRun)
            context.out() << tr("Backups made before now still hold it until they are rotated out.") << Qt::endl;
        return ExitOk;
    }
};

// `pepin-cli privacy export`: everything held about a company, for an access request.
class PrivacyExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::PrivacyExportCommand)

public:
    QString name() const override { return QStringLiteral("privacy export"); }
    QString summary() const override
    {
        return tr("Everything held about a company, its history included, as JSON: the answer to an access request.");
    }
    QString synopsis() const override { return QStringLiteral("--company NAME|SIRET [-o FILE.json]"); }
    QList<QCommandLineOption> options() const override
    {
        return {option("company", tr("The company, by name or SIRET."), "NAME"),
                QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                   tr("Write to this file (readable by its owner only) instead of the standard output."),
                                   QStringLiteral("FILE"))};
    }

    int run(Context &context, const QCommandLineParser &parser) const override
    {
        if (!parser.isSet(QStringLiteral("company")))
            return context.usage(tr("privacy export needs --company NAME."));
        Store *store = context.store();
        if (!store)
            return context.failureCode();
        RecordOptions records(parser, *store);
        const std::optional<Company> company = records.company();
        if (!company)
            return context.invalid(records.problems());
        const Result<QJsonObject> exported = PersonalData::exportOf(*store, company->id);
        if (!exported)
            return context.fail(exported.error(), name());
        const QByteArray json = QJsonDocument(*exported).toJson(QJsonDocument::Indented);
        if (const QString path = parser.value(QStringLiteral("output")); !path.isEmpty()) {
            if (Status written = writeOwnerOnly(path, json); !written)
                return context.fail(written.error(), name());
            context.out() << tr("Wrote what is held about %1 to %2.").arg(printable(company->name), QDir::toNativeSeparators(path)) << Qt::endl;
            return ExitOk;
        }
        context.out() << QString::fromUtf8(json);
        context.out().flush();
        return ExitOk;
    }
};

} // namespace

void addPrivacyCommands(Commands &commands)
{
    commands.push_back(std::make_unique<HistoryCommand>());
    commands.push_back(std::make_unique<PrivacyDueCommand>());
    commands.push_back(std::make_unique<PrivacyEraseCommand>());
    commands.push_back(std::make_unique<PrivacyExportCommand>());
}

} // namespace pepin::cli
