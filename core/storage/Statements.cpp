// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Statements.h"

#include "storage/StatementSources.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#include <dlfcn.h>

namespace pepin {

Rows::Rows(std::unique_ptr<Source> source)
    : m_source(std::move(source))
{
}

Rows::Rows(Rows &&other) noexcept = default;
Rows &Rows::operator=(Rows &&other) noexcept = default;
Rows::~Rows() = default;

bool Rows::next()
{
    if (!m_source || m_failure)
        return false;
    Result<bool> stepped = m_source->next();
    if (!stepped) {
        m_failure = stepped.error();
        return false;
    }
    return *stepped;
}

bool Rows::isNull(int column) const { return m_source->isNull(column); }
qint64 Rows::integer(int column) const { return m_source->integer(column); }
double Rows::real(int column) const { return m_source->real(column); }
QString Rows::text(int column) const { return m_source->text(column); }
QDate Rows::date(int column) const { return m_source->date(column); }

Statement::Statement(std::unique_ptr<Source> source)
    : m_source(std::move(source))
{
}

Statement::Statement(Statement &&other) noexcept = default;
Statement &Statement::operator=(Statement &&other) noexcept = default;
Statement::~Statement() = default;

Status Statement::execute(const QVariantList &values) { return m_source->execute(values); }
qint64 Statement::lastInsertId() const { return m_source->lastInsertId(); }

namespace {

template<typename Char>
QDate isoDate(const Char *text, qsizetype size)
{
    const auto isDigit = [text](qsizetype i) { return text[i] >= Char('0') && text[i] <= Char('9'); };
    const auto digit = [text](qsizetype i) { return int(text[i] - Char('0')); };
    if (size == 10 && text[4] == Char('-') && text[7] == Char('-') && isDigit(0) && isDigit(1) && isDigit(2)
        && isDigit(3) && isDigit(5) && isDigit(6) && isDigit(8) && isDigit(9)) {
        return QDate(digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3), digit(5) * 10 + digit(6),
                     digit(8) * 10 + digit(9));
    }
    return QDate();
}

} // namespace

QDate isoDateFrom(const char16_t *text, qsizetype size)
{
    if (size == 0)
        return QDate();
    const QDate day = isoDate(text, size);
    return day.isValid() ? day : QDate::fromString(QStringView(text, size).toString(), Qt::ISODate);
}

QDate isoDateFrom(const char *text, qsizetype size)
{
    if (size == 0)
        return QDate();
    const QDate day = isoDate(text, size);
    return day.isValid() ? day : QDate::fromString(QString::fromUtf8(text, size), Qt::ISODate);
}

// ---- through Qt Sql --------------------------------------------------------------------------

namespace {

class QueryRows final : public Rows::Source
{
public:
    QueryRows(QSqlQuery query, SqlErrorOf errorOf)
        : m_query(std::move(query))
        , m_errorOf(std::move(errorOf))
    {
    }

    Result<bool> next() override
    {
        if (m_query.next())
            return true;
        const QSqlError error = m_query.lastError();
        if (error.type() != QSqlError::NoError)
            return m_errorOf(error.nativeErrorCode(), error.text());
        return false;
    }
    bool isNull(int column) const override { return m_query.isNull(column); }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    double real(int column) const override { return m_query.value(column).toDouble(); }
    QString text(int column) const override { return m_query.value(column).toString(); }
    QDate date(int column) const override
    {
        const QVariant value = m_query.value(column);
        if (value.isNull())
            return QDate();
        const QString day = value.toString();
        return isoDateFrom(reinterpret_cast<const char16_t *>(day.utf16()), day.size());
    }

private:
    QSqlQuery m_query;
    SqlErrorOf m_errorOf;
};

class QueryStatement final : public Statement::Source
{
public:
    QueryStatement(QSqlQuery query, SqlErrorOf errorOf)
        : m_query(std::move(query))
        , m_errorOf(std::move(errorOf))
    {
    }

    Status execute(const QVariantList &values) override
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query.bindValue(int(i), values.at(i));
        if (m_query.exec())
            return done();
        const QSqlError error = m_query.lastError();
        return m_errorOf(error.nativeErrorCode(), error.text());
    }
    qint64 lastInsertId() const override { return m_query.lastInsertId().toLongLong(); }

private:
    QSqlQuery m_query;
    SqlErrorOf m_errorOf;
};

// ---- through SQLite's own interface ----------------------------------------------------------

Error sqliteError(sqlite3 *connection, const SqlErrorOf &errorOf)
{
    return errorOf(QString::number(sqlite3_extended_errcode(connection)), QString::fromUtf8(sqlite3_errmsg(connection)));
}

// A statement prepared on its connection, finalised with its owner; the Error of its last failure.
class Prepared
{
public:
    Prepared(sqlite3 *connection, sqlite3_stmt *statement, SqlErrorOf errorOf)
        : connection(connection)
        , statement(statement)
        , m_errorOf(std::move(errorOf))
    {
    }
    ~Prepared() { sqlite3_finalize(statement); }
    Prepared(const Prepared &) = delete;
    Prepared &operator=(const Prepared &) = delete;

    Error error() const { return sqliteError(connection, m_errorOf); }

    sqlite3 *const connection;
    sqlite3_stmt *const statement;

private:
    SqlErrorOf m_errorOf;
};

class SqliteRows final : public Rows::Source
{
public:
    SqliteRows(sqlite3 *connection, sqlite3_stmt *statement, SqlErrorOf errorOf)
        : m_prepared(connection, statement, std::move(errorOf))
        , m_statement(statement)
    {
    }

    Result<bool> next() override
    {
        switch (sqlite3_step(m_statement)) {
        case SQLITE_ROW: return true;
        case SQLITE_DONE: return false;
        default: return m_prepared.error();
        }
    }
    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const override { return sqlite3_column_double(m_statement, column); }
    QString text(int column) const override
    {
        if (isNull(column))
            return QString();
        // The text first, then its size: asking for the size first could convert it twice.
        const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        const int size = sqlite3_column_bytes(m_statement, column);
        return utf8 ? QString::fromUtf8(utf8, size) : QString(QLatin1String(""));
    }
    QDate date(int column) const override
    {
        if (isNull(column))
            return QDate();
        const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return utf8 ? isoDateFrom(utf8, sqlite3_column_bytes(m_statement, column)) : QDate();
    }

private:
    Prepared m_prepared;
    sqlite3_stmt *m_statement;
};

int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        return sqlite3_bind_text64(statement, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                                   SQLITE_UTF8);
    }
    }
}

// Whether the SQLite driver in `driver`'s plugin calls the SQLite library this program calls: the
// plugin's file is found from the driver's class (its virtual table is in it), and its
// `sqlite3_step` compared with ours. A driver with its own copy of SQLite built in would not
// give it, and a pointer from one copy must never be handed to another.
bool driverSharesOurSqlite(const QSqlDriver *driver)
{
    Dl_info info{};
    if (dladdr(*reinterpret_cast<void *const *>(driver), &info) == 0 || !info.dli_fname)
        return false;
    void *plugin = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (!plugin)
        return false;
    void *theirs = dlsym(plugin, "sqlite3_step");
    dlclose(plugin);
    return theirs && theirs == reinterpret_cast<void *>(&sqlite3_step);
}

bool bindAll(sqlite3_stmt *statement, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (bind(statement, int(i + 1), values.at(i)) != SQLITE_OK)
            return false;
    }
    return true;
}

Result<sqlite3_stmt *> prepared(sqlite3 *connection, const QString &sql, const SqlErrorOf &errorOf)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK) {
        Error error = sqliteError(connection, errorOf);
        sqlite3_finalize(statement);
        return error;
    }
    return statement;
}

class SqliteStatement final : public Statement::Source
{
public:
    SqliteStatement(sqlite3 *connection, sqlite3_stmt *statement, SqlErrorOf errorOf)
        : m_prepared(connection, statement, std::move(errorOf))
    {
    }

    Status execute(const QVariantList &values) override
    {
        sqlite3_stmt *statement = m_prepared.statement;
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        if (!bindAll(statement, values))
            return m_prepared.error();
        int code = sqlite3_step(statement);
        while (code == SQLITE_ROW) // a statement with rows (RETURNING): run to its end
            code = sqlite3_step(statement);
        if (code != SQLITE_DONE) {
            Error error = m_prepared.error();
            sqlite3_reset(statement);
            return error;
        }
        m_lastInsertId = sqlite3_last_insert_rowid(m_prepared.connection);
        // Reset now: a statement left stepped would hold its read of the file open.
        sqlite3_reset(statement);
        return done();
    }
    qint64 lastInsertId() const override { return m_lastInsertId; }

private:
    Prepared m_prepared;
    qint64 m_lastInsertId = 0;
};

} // namespace

std::unique_ptr<Rows::Source> queryRows(QSqlQuery query, SqlErrorOf errorOf)
{
    return std::make_unique<QueryRows>(std::move(query), std::move(errorOf));
}

std::unique_ptr<Statement::Source> queryStatement(QSqlQuery query, SqlErrorOf errorOf)
{
    return std::make_unique<QueryStatement>(std::move(query), std::move(errorOf));
}

sqlite3 *sharedSqliteConnection(const QString &connectionName)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    const QSqlDriver *driver = db.driver();
    if (!driver || db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    static const bool shared = driverSharesOurSqlite(driver);
    return shared ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}

Result<std::unique_ptr<Rows::Source>> sqliteRows(sqlite3 *connection, const QString &sql, const QVariantList &values,
                                                 SqlErrorOf errorOf)
{
    Result<sqlite3_stmt *> statement = prepared(connection, sql, errorOf);
    if (!statement)
        return statement.error();
    if (!bindAll(*statement, values)) {
        Error error = sqliteError(connection, errorOf);
        sqlite3_finalize(*statement);
        return error;
    }
    return std::unique_ptr<Rows::Source>(std::make_unique<SqliteRows>(connection, *statement, std::move(errorOf)));
}

Result<std::unique_ptr<Statement::Source>> sqliteStatement(sqlite3 *connection, const QString &sql, SqlErrorOf errorOf)
{
    Result<sqlite3_stmt *> statement = prepared(connection, sql, errorOf);
    if (!statement)
        return statement.error();
    return std::unique_ptr<Statement::Source>(std::make_unique<SqliteStatement>(connection, *statement, std::move(errorOf)));
}

} // namespace pepin
