// SPDX-License-Identifier: GPL-3.0-or-later
#include "Context.h"

#include "util/Text.h"

#include <QDir>

namespace pepin::cli {

Context::Context(QTextStream &out, QTextStream &err, const QString &databasePath, const Clock &clock)
    : m_out(out)
    , m_err(err)
    , m_databasePath(databasePath)
    , m_clock(clock)
{
}

Store *Context::store(Database::Mode mode)
{
    if (m_store)
        return m_store.get();
    Result<std::unique_ptr<Store>> opened = Store::open(m_databasePath, mode);
    if (!opened) {
        m_failureCode = fail(opened.error());
        if (!ServerAddress::isServerLocation(m_databasePath) && !QFileInfo::exists(m_databasePath))
            m_err << tr("pepin-cli: create it with: pepin-cli --db %1 init").arg(QDir::toNativeSeparators(m_databasePath)) << Qt::endl;
        return nullptr;
    }
    m_store = std::move(opened).value();
    return m_store.get();
}

QString Context::optionName(const QString &field)
{
    static const QHash<QString, QString> renamed{
        {QStringLiteral("area_m2"), QStringLiteral("--area")},
        {QStringLiteral("rent_m2_year"), QStringLiteral("--rent-m2-year")},
        {QStringLiteral("available_from"), QStringLiteral("--from")},
        {QStringLiteral("available_until"), QStringLiteral("--until")},
        {QStringLiteral("needed_area_m2"), QStringLiteral("--area")},
        {QStringLiteral("needed_workstations"), QStringLiteral("--workstations")},
    };
    if (field.isEmpty())
        return field;
    if (const auto it = renamed.constFind(field); it != renamed.cend())
        return *it;
    QString name = field;
    return QStringLiteral("--") + name.replace(QLatin1Char('_'), QLatin1Char('-'));
}

int Context::fail(const Error &error, const QString &where)
{
    const QString prefix = where.isEmpty() ? QStringLiteral("pepin-cli: ") : QStringLiteral("pepin-cli: %1: ").arg(where);
    for (const Problem &problem : error.problems()) {
        m_err << prefix;
        if (!problem.field.isEmpty())
            m_err << optionName(problem.field) << QStringLiteral(": ");
        // One line per problem, whatever the names it quotes hold.
        m_err << printable(problem.message) << Qt::endl;
    }
    switch (error.kind()) {
    case Error::Kind::Storage:
        return ExitDatabase;
    case Error::Kind::InvalidInput:
    case Error::Kind::NotFound:
    case Error::Kind::Stale:
        break;
    }
    return ExitInvalidInput;
}

int Context::usage(const QString &message)
{
    m_err << QStringLiteral("pepin-cli: ") << printable(message) << Qt::endl;
    m_err << tr("Try 'pepin-cli --help'.") << Qt::endl;
    return ExitUsage;
}

int Context::invalid(const QList<Problem> &problems)
{
    return fail(Error(Error::Kind::InvalidInput, problems));
}

std::optional<OutputFormat> Context::outputFormat(const QCommandLineParser &parser)
{
    const QString value = parser.value(QStringLiteral("format"));
    if (value.isEmpty() || value == QLatin1String("text"))
        return OutputFormat::Text;
    if (value == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (value == QLatin1String("json"))
        return OutputFormat::Json;
    usage(tr("--format takes text, csv or json, not '%1'.").arg(value));
    return std::nullopt;
}

} // namespace pepin::cli
