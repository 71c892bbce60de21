// SPDX-License-Identifier: GPL-3.0-or-later
#include "Context.h"

#include "util/Text.h"

#include "storage/AuditLog.h"

#include <QDir>

#include <iostream>
#include <optional>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace pepin::cli {

Context::Context(QTextStream &out, QTextStream &err, const QString &databasePath, const Clock &clock)
    : m_out(out)
    , m_err(err)
    , m_databasePath(databasePath)
    , m_clock(clock)
{
}

namespace {

// A password typed on the terminal, not shown as it is typed; nullopt when no one is at a
// terminal to type it (a script, a pipe).
std::optional<QString> askPassword(QTextStream &err, const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    err << prompt << Qt::flush;
    termios shown{};
    const bool hidden = tcgetattr(STDIN_FILENO, &shown) == 0;
    if (hidden) {
        termios quiet = shown;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    const bool read = bool(std::getline(std::cin, line));
    if (hidden)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &shown);
    err << Qt::endl;
    if (!read)
        return std::nullopt;
    return QString::fromStdString(line);
#else
    Q_UNUSED(err);
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}

} // namespace

Store *Context::store(Database::Mode mode)
{
    if (m_store)
        return m_store.get();
    Result<std::unique_ptr<Store>> opened = Store::open(m_databasePath, mode);
    // A server that wants a password it did not find in ~/.pgpass: asked for once on the
    // terminal, as psql does, and used for this connection only.
    bool unasked = false;
    if (!opened && opened.error().kind() == Error::Kind::Credentials) {
        Result<ServerAddress> address = ServerAddress::parse(m_databasePath);
        const QString user = address && !address->user.isEmpty() ? address->user : AuditLog::currentUser();
        if (address && address->password.isEmpty()) {
            if (const std::optional<QString> password =
                    askPassword(m_err, tr("Password for %1 on %2: ").arg(user, address->where()))) {
                address->password = *password;
                opened = Store::open(address->url(ServerAddress::Password::Included), mode);
            } else {
                unasked = true;
            }
        }
    }
    if (!opened) {
        m_failureCode = fail(opened.error());
        if (unasked) {
            m_err << tr("pepin-cli: put the password in ~/.pgpass, or run pepin-cli at a terminal to be asked for it.")
                  << Qt::endl;
        }
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
    case Error::Kind::Credentials:
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
