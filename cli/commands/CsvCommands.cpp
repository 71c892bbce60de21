// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Context.h"
#include "FigureOptions.h"

#include "csv/CsvFormat.h"
#include "csv/Exporter.h"
#include "csv/Importer.h"
#include "util/Parse.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pepin::cli {

namespace {

QCommandLineOption option(const char *name, const QString &description, const char *value = nullptr)
{
    return QCommandLineOption(QString::fromLatin1(name), description, value ? QString::fromLatin1(value) : QString());
}

class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::ImportCommand)

public:
    explicit ImportCommand(ImportKind kind)
        : m_kind(kind)
    {
    }

    QString name() const override { return QStringLiteral("import ") + CsvColumns::name(m_kind); }

    QString summary() const override
    {
        switch (m_kind) {
        case ImportKind::Offices:
            return tr("Import offices from a CSV file.");
        case ImportKind::Companies:
            return tr("Import companies from a CSV file.");
        case ImportKind::Leases:
            break;
        }
        return tr("Import leases from a CSV file.");
    }

    QString synopsis() const override
    {
        return QStringLiteral("FILE [--dry-run] [--skip-invalid] [--delimiter C] [--encoding auto|utf-8|windows-1252] "
                              "[--format text|json]");
    }

    QList<QCommandLineOption> options() const override
    {
        return {
            option("dry-run", tr("Check the file and say what would change, without writing anything.")),
            option("skip-invalid", tr("Write the valid rows and list the others (default: nothing is written while a row is invalid).")),
            option("delimiter", tr("The delimiter: ',', ';' or tab (default: detected)."), "C"),
            option("encoding", tr("auto (default), utf-8 or windows-1252."), "ENCODING"),
            option("format", tr("Output as text (default) or json."), "FORMAT"),
        };
    }

    int run(Context &context, const QCommandLineParser &parser) const override
    {
        const QStringList files = parser.positionalArguments();
        if (files.size() != 1)
            return context.usage(tr("%1 needs one FILE to read.").arg(name()));
        const QString path = files.constFirst();
        const QString format = parser.value(QStringLiteral("format"));
        const bool json = format == QLatin1String("json");
        if (!format.isEmpty() && !json && format != QLatin1String("text"))
            return context.usage(tr("--format takes text or json, not '%1'.").arg(format));

        Importer::Options options;
        if (parser.isSet(QStringLiteral("delimiter"))) {
            const std::optional<QChar> delimiter = CsvFormat::parseDelimiter(parser.value(QStringLiteral("delimiter")));
            if (!delimiter)
                return context.usage(tr("--delimiter takes one character such as , or ; or the word tab, not '%1'.")
                                         .arg(parser.value(QStringLiteral("delimiter"))));
            options.csv.delimiter = *delimiter;
        }
        if (parser.isSet(QStringLiteral("encoding"))) {
            const std::optional<CsvDecoder::Encoding> encoding = CsvDecoder::parseEncoding(parser.value(QStringLiteral("encoding")));
            if (!encoding)
                return context.usage(tr("--encoding takes auto, utf-8 or windows-1252, not '%1'.").arg(parser.value(QStringLiteral("encoding"))));
            options.csv.encoding = *encoding;
        }
        options.dryRun = parser.isSet(QStringLiteral("dry-run"));
        options.skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
        options.today = context.today();

        Store *store = context.store();
        if (!store)
            return context.failureCode();
        const ImportResult result = Importer(*store, options).importFile(m_kind, path);

        if (json)
            printJson(context, result);
        else
            printText(context, path, result, options);
        if (failed(result, options) && json)
            context.err() << QStringLiteral("pepin-cli: ") << nothingWritten(result, options) << Qt::endl;
        return failed(result, options) ? ExitInvalidInput : ExitOk;
    }

private:
    // Errors kept the file from being written: all of it, or (skipping invalid rows) every row.
    static bool failed(const ImportResult &result, const Importer::Options &options)
    {
        return !result.errors.isEmpty() && (result.fileRefused || !options.skipInvalid || result.valid == 0);
    }

    // "offices.csv, line 4, column area_m2": where a message is about.
    static QString place(const QString &path, const ImportMessage &message)
    {
        QString where = QDir::toNativeSeparators(path);
        if (message.line > 0)
            where = tr("%1, line %2").arg(where, QString::number(message.line));
        if (!message.column.isEmpty())
            where = tr("%1, column %2").arg(where, message.column);
        return where;
    }

    static QString nothingWritten(const ImportResult &result, const Importer::Options &options)
    {
        if (result.fileRefused || result.valid == 0 || options.skipInvalid)
            return tr("Nothing was written.");
        return tr("Nothing was written: %n row(s) with errors (valid rows: %1). Correct them, or import with --skip-invalid "
                  "to write the valid rows only.",
                  nullptr, result.skipped)
            .arg(result.valid);
    }

    static void printText(Context &context, const QString &path, const ImportResult &result, const Importer::Options &options)
    {
        for (const ImportMessage &warning : result.warnings)
            context.err() << QStringLiteral("pepin-cli: ") << tr("warning: %1: %2").arg(place(path, warning), warning.message) << Qt::endl;
        for (const ImportMessage &error : result.errors)
            context.err() << QStringLiteral("pepin-cli: ") << place(path, error) << QStringLiteral(": ") << error.message << Qt::endl;
        if (failed(result, options)) {
            context.err() << QStringLiteral("pepin-cli: ") << nothingWritten(result, options) << Qt::endl;
            return;
        }
        const QString counts = tr("%n created", nullptr, result.created) + QStringLiteral(", ") + tr("%n updated", nullptr, result.updated)
            + QStringLiteral(", ") + tr("%n unchanged", nullptr, result.unchanged);
        if (options.dryRun)
            context.out() << tr("%1: dry run, nothing written; the import would give: %2.").arg(QDir::toNativeSeparators(path), counts);
        else
            context.out() << tr("%1: %2.").arg(QDir::toNativeSeparators(path), counts);
        if (result.skipped > 0)
            context.out() << QLatin1Char(' ') << tr("%n invalid row(s) skipped.", nullptr, result.skipped);
        context.out() << Qt::endl;
    }

    static void printJson(Context &context, const ImportResult &result)
    {
        auto list = [](const QList<ImportMessage> &messages) {
            QJsonArray array;
            for (const ImportMessage &m : messages) {
                QJsonObject object;
                object.insert(QStringLiteral("line"), m.line);
                object.insert(QStringLiteral("column"), m.column);
                object.insert(QStringLiteral("message"), m.message);
                array.append(object);
            }
            return array;
        };
        QJsonObject object;
        object.insert(QStringLiteral("created"), result.created);
        object.insert(QStringLiteral("updated"), result.updated);
        object.insert(QStringLiteral("unchanged"), result.unchanged);
        object.insert(QStringLiteral("errors"), list(result.errors));
        object.insert(QStringLiteral("warnings"), list(result.warnings));
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        context.out().flush();
    }

    ImportKind m_kind;
};

class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::ExportCommand)

public:
    explicit ExportCommand(Exporter::Kind kind)
        : m_kind(kind)
    {
    }

    QString name() const override { return QStringLiteral("export ") + Exporter::name(m_kind); }

    QString summary() const override
    {
        switch (m_kind) {
        case Exporter::Kind::Tenants:
            return tr("Export the tenant list at a date as CSV.");
        case Exporter::Kind::Companies:
            return tr("Export the companies as CSV.");
        case Exporter::Kind::Offices:
            return tr("Export the offices as CSV.");
        case Exporter::Kind::Occupancy:
            return tr("Export the occupancy series over a period (by month by default) as CSV.");
        case Exporter::Kind::Sectors:
            return tr("Export the sector mix on a date as CSV.");
        case Exporter::Kind::Leases:
            break;
        }
        return tr("Export the leases as CSV.");
    }

    QString synopsis() const override
    {
        const QString output = QStringLiteral("[-o FILE] [--preset standard|excel-fr] [--delimiter C] [--bom]");
        switch (m_kind) {
        case Exporter::Kind::Occupancy:
            return QStringLiteral("--from DATE --to DATE [--step day|month|quarter|year] [--site NAME] ") + output;
        case Exporter::Kind::Sectors:
            return QStringLiteral("[--at DATE] [--site NAME] ") + output;
        default:
            return QStringLiteral("[--at DATE] ") + output;
        }
    }

    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> when;
        switch (m_kind) {
        case Exporter::Kind::Occupancy:
            when = {FigureOptions::fromOption(), FigureOptions::toOption(),
                    option("step", tr("Cut the period into calendar periods: day, month (default), quarter or year."), "STEP"),
                    FigureOptions::siteOption()};
            break;
        case Exporter::Kind::Sectors:
            when = {option("at", tr("The day of the sector mix (default: today)."), "DATE"), FigureOptions::siteOption()};
            break;
        default:
            when = {option("at", tr("The date of the tenant list and of the headcounts (default: today)."), "DATE")};
            break;
        }
        return when + QList<QCommandLineOption>{
            QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, tr("Write to this file (default: standard output)."),
                               QStringLiteral("FILE")),
            option("preset", tr("standard (',', ISO dates, '.' decimals, rates as fractions; the default) or excel-fr (';', BOM, "
                                "DD/MM/YYYY, ',' decimals, rates as percentages)."),
                   "PRESET"),
            option("delimiter", tr("The delimiter, instead of the preset's: ',', ';' or tab."), "C"),
            option("bom", tr("Begin the file with a byte order mark (what Excel needs to read UTF-8).")),
        };
    }

    int run(Context &context, const QCommandLineParser &parser) const override
    {
        if (!parser.positionalArguments().isEmpty())
            return context.usage(tr("%1 takes no argument; write to a file with -o FILE.").arg(name()));
        Exporter::Options options;
        const QString presetName = parser.value(QStringLiteral("preset"));
        const std::optional<CsvFormat::Preset> preset = presetName.isEmpty() ? CsvFormat::Preset::Standard : CsvFormat::parsePreset(presetName);
        if (!preset)
            return context.usage(tr("--preset takes standard or excel-fr, not '%1'.").arg(presetName));
        options.format = CsvFormat::preset(*preset);
        if (parser.isSet(QStringLiteral("delimiter"))) {
            const std::optional<QChar> delimiter = CsvFormat::parseDelimiter(parser.value(QStringLiteral("delimiter")));
            if (!delimiter)
                return context.usage(tr("--delimiter takes one character such as , or ; or the word tab, not '%1'.")
                                         .arg(parser.value(QStringLiteral("delimiter"))));
            options.format.delimiter = *delimiter;
        }
        if (parser.isSet(QStringLiteral("bom")))
            options.format.bom = true;
        options.at = context.today();
        options.today = context.today();
        // The figures read their day or period, and their site, as the figure commands do.
        const bool figures = m_kind == Exporter::Kind::Occupancy || m_kind == Exporter::Kind::Sectors;
        FigureOptions when(context, parser);
        if (figures) {
            if (const int code = when.readWhen(); code != ExitOk)
                return code;
            if (m_kind == Exporter::Kind::Occupancy && !when.isPeriod())
                return context.usage(tr("%1 needs --from and --to: the period of the series.").arg(name()));
            options.at = when.day();
            options.period = when.range();
            options.step = when.step().value_or(PeriodStep::Month);
        } else if (parser.isSet(QStringLiteral("at"))) {
            const QString value = parser.value(QStringLiteral("at"));
            const std::optional<QDate> at = parseDate(value);
            if (!at)
                return context.invalid({Problem{QStringLiteral("at"), tr("'%1' is not a date: %2.").arg(value, dateFormatsHint())}});
            options.at = *at;
        }
        qint64 rows = 0;
        options.progress = [&rows](qint64 done, qint64) { rows = done; };

        Store *store = context.store();
        if (!store)
            return context.failureCode();
        if (figures) {
            if (const int code = when.readScope(*store); code != ExitOk)
                return code;
            options.filter = when.filter();
        }
        Exporter exporter(*store, options);
        const QString path = parser.value(QStringLiteral("output"));
        if (!path.isEmpty()) {
            if (Status written = exporter.writeFile(m_kind, path); !written)
                return context.fail(written.error());
            context.out() << tr("%1: %n row(s) written.", nullptr, int(rows)).arg(QDir::toNativeSeparators(path)) << Qt::endl;
            return ExitOk;
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (Status written = exporter.write(m_kind, buffer); !written)
            return context.fail(written.error());
        // QString::fromUtf8 drops a byte order mark; the preset asked for one, so it is put back.
        if (bytes.startsWith("\xEF\xBB\xBF"))
            context.out() << QChar(QChar::ByteOrderMark);
        context.out() << QString::fromUtf8(bytes);
        context.out().flush();
        return ExitOk;
    }

private:
    Exporter::Kind m_kind;
};

} // namespace

void addCsvCommands(Commands &commands)
{
    for (ImportKind kind : {ImportKind::Offices, ImportKind::Companies, ImportKind::Leases})
        commands.push_back(std::make_unique<ImportCommand>(kind));
    for (Exporter::Kind kind : {Exporter::Kind::Tenants, Exporter::Kind::Companies, Exporter::Kind::Offices, Exporter::Kind::Leases,
                                Exporter::Kind::Occupancy, Exporter::Kind::Sectors})
        commands.push_back(std::make_unique<ExportCommand>(kind));
}

} // namespace pepin::cli
