// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AuditLog.h"

#include "csv/CsvFormat.h"
#include "csv/CsvWriter.h"
#include "domain/Kinds.h"
#include "storage/Database.h"
#include "util/Format.h"
#include "util/Text.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <array>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace pepin {

namespace {

constexpr auto timestampFormat = "yyyy-MM-ddTHH:mm:ss.zzzZ";

struct ActionSpec
{
    AuditAction action;
    const char *key;
    const char *name;
};

constexpr std::array actions{
    ActionSpec{AuditAction::Add, "add", QT_TRANSLATE_NOOP("pepin::AuditLog", "Added")},
    ActionSpec{AuditAction::Update, "update", QT_TRANSLATE_NOOP("pepin::AuditLog", "Changed")},
    ActionSpec{AuditAction::Remove, "remove", QT_TRANSLATE_NOOP("pepin::AuditLog", "Removed")},
    ActionSpec{AuditAction::Identity, "identity", QT_TRANSLATE_NOOP("pepin::AuditLog", "Incubator's name or logo changed")},
    ActionSpec{AuditAction::Setting, "setting", QT_TRANSLATE_NOOP("pepin::AuditLog", "Setting changed")},
    ActionSpec{AuditAction::Restore, "restore", QT_TRANSLATE_NOOP("pepin::AuditLog", "Restored from a backup")},
    ActionSpec{AuditAction::Erase, "erase", QT_TRANSLATE_NOOP("pepin::AuditLog", "Personal data erased")},
};

struct NameSpec
{
    const char *key;
    const char *name;
};

constexpr std::array entities{
    NameSpec{"sector", QT_TRANSLATE_NOOP("pepin::AuditLog", "Sector")},
    NameSpec{"site", QT_TRANSLATE_NOOP("pepin::AuditLog", "Site")},
    NameSpec{"office", QT_TRANSLATE_NOOP("pepin::AuditLog", "Office")},
    NameSpec{"company", QT_TRANSLATE_NOOP("pepin::AuditLog", "Company")},
    NameSpec{"lease", QT_TRANSLATE_NOOP("pepin::AuditLog", "Lease")},
    NameSpec{"application", QT_TRANSLATE_NOOP("pepin::AuditLog", "Application")},
    NameSpec{"incubator", QT_TRANSLATE_NOOP("pepin::AuditLog", "Incubator")},
    NameSpec{"database", QT_TRANSLATE_NOOP("pepin::AuditLog", "Database")},
};

// Every column a history entry can hold, in the order changes are listed.
constexpr std::array fields{
    NameSpec{"name", QT_TRANSLATE_NOOP("pepin::AuditLog", "Name")},
    NameSpec{"code", QT_TRANSLATE_NOOP("pepin::AuditLog", "Code")},
    NameSpec{"company_id", QT_TRANSLATE_NOOP("pepin::AuditLog", "Company (no.)")},
    NameSpec{"office_id", QT_TRANSLATE_NOOP("pepin::AuditLog", "Office (no.)")},
    NameSpec{"site_id", QT_TRANSLATE_NOOP("pepin::AuditLog", "Site (no.)")},
    NameSpec{"sector_id", QT_TRANSLATE_NOOP("pepin::AuditLog", "Sector (no.)")},
    NameSpec{"type", QT_TRANSLATE_NOOP("pepin::AuditLog", "Type")},
    NameSpec{"kind", QT_TRANSLATE_NOOP("pepin::AuditLog", "Kind")},
    NameSpec{"status", QT_TRANSLATE_NOOP("pepin::AuditLog", "Status")},
    NameSpec{"start_date", QT_TRANSLATE_NOOP("pepin::AuditLog", "Start")},
    NameSpec{"end_date", QT_TRANSLATE_NOOP("pepin::AuditLog", "End")},
    NameSpec{"terminated_on", QT_TRANSLATE_NOOP("pepin::AuditLog", "Ended early on")},
    NameSpec{"rent_steps", QT_TRANSLATE_NOOP("pepin::AuditLog", "Rent steps")},
    NameSpec{"monthly_charges_cents", QT_TRANSLATE_NOOP("pepin::AuditLog", "Monthly charges")},
    NameSpec{"deposit_cents", QT_TRANSLATE_NOOP("pepin::AuditLog", "Deposit")},
    NameSpec{"notice_months", QT_TRANSLATE_NOOP("pepin::AuditLog", "Notice (months)")},
    NameSpec{"cancelled", QT_TRANSLATE_NOOP("pepin::AuditLog", "Cancelled")},
    NameSpec{"siret", QT_TRANSLATE_NOOP("pepin::AuditLog", "SIRET")},
    NameSpec{"naf", QT_TRANSLATE_NOOP("pepin::AuditLog", "NAF code")},
    NameSpec{"created_on", QT_TRANSLATE_NOOP("pepin::AuditLog", "Created on")},
    NameSpec{"stage", QT_TRANSLATE_NOOP("pepin::AuditLog", "Stage")},
    NameSpec{"contact", QT_TRANSLATE_NOOP("pepin::AuditLog", "Contact")},
    NameSpec{"email", QT_TRANSLATE_NOOP("pepin::AuditLog", "Email")},
    NameSpec{"phone", QT_TRANSLATE_NOOP("pepin::AuditLog", "Phone")},
    NameSpec{"headcounts", QT_TRANSLATE_NOOP("pepin::AuditLog", "Headcounts")},
    NameSpec{"exit_date", QT_TRANSLATE_NOOP("pepin::AuditLog", "Exit date")},
    NameSpec{"exit_reason", QT_TRANSLATE_NOOP("pepin::AuditLog", "Exit reason")},
    NameSpec{"floor", QT_TRANSLATE_NOOP("pepin::AuditLog", "Floor")},
    NameSpec{"area_m2", QT_TRANSLATE_NOOP("pepin::AuditLog", "Area (m²)")},
    NameSpec{"workstations", QT_TRANSLATE_NOOP("pepin::AuditLog", "Workstations")},
    NameSpec{"rent_m2_year_cents", QT_TRANSLATE_NOOP("pepin::AuditLog", "Reference rent (per m² per year)")},
    NameSpec{"available_from", QT_TRANSLATE_NOOP("pepin::AuditLog", "Available from")},
    NameSpec{"available_until", QT_TRANSLATE_NOOP("pepin::AuditLog", "Available until")},
    NameSpec{"address", QT_TRANSLATE_NOOP("pepin::AuditLog", "Address")},
    NameSpec{"max_stay_months", QT_TRANSLATE_NOOP("pepin::AuditLog", "Longest stay (months)")},
    NameSpec{"rent_progression", QT_TRANSLATE_NOOP("pepin::AuditLog", "Rent progression (%)")},
    NameSpec{"color", QT_TRANSLATE_NOOP("pepin::AuditLog", "Colour")},
    NameSpec{"needed_area_m2", QT_TRANSLATE_NOOP("pepin::AuditLog", "Area needed (m²)")},
    NameSpec{"needed_workstations", QT_TRANSLATE_NOOP("pepin::AuditLog", "Workstations needed")},
    NameSpec{"wished_start", QT_TRANSLATE_NOOP("pepin::AuditLog", "Wished start")},
    NameSpec{"committee_date", QT_TRANSLATE_NOOP("pepin::AuditLog", "Committee date")},
    NameSpec{"decision", QT_TRANSLATE_NOOP("pepin::AuditLog", "Decision")},
    NameSpec{"priority", QT_TRANSLATE_NOOP("pepin::AuditLog", "Priority")},
    NameSpec{"received_on", QT_TRANSLATE_NOOP("pepin::AuditLog", "Received on")},
    NameSpec{"notes", QT_TRANSLATE_NOOP("pepin::AuditLog", "Notes")},
    NameSpec{"archived", QT_TRANSLATE_NOOP("pepin::AuditLog", "Archived")},
    NameSpec{"logo", QT_TRANSLATE_NOOP("pepin::AuditLog", "Logo")},
    NameSpec{"backup", QT_TRANSLATE_NOOP("pepin::AuditLog", "Backup")},
    NameSpec{"keep_years", QT_TRANSLATE_NOOP("pepin::AuditLog", "Personal data kept (years)")},
    NameSpec{"erased", QT_TRANSLATE_NOOP("pepin::AuditLog", "Fields erased")},
};

template<std::size_t N>
const char *nameOf(const std::array<NameSpec, N> &table, const QString &key)
{
    for (const NameSpec &spec : table) {
        if (key == QLatin1String(spec.key))
            return spec.name;
    }
    return nullptr;
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(jsonBytes(object));
}

QJsonObject jsonObject(const QVariant &text)
{
    return text.isNull() ? QJsonObject() : QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

// The UTC instant a local day starts at, as the history writes its times.
QString startOfDay(QDate day)
{
    return day.startOfDay().toUTC().toString(QLatin1String(timestampFormat));
}

} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db)
{
}

QString AuditLog::currentUser()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        if (QString name = qEnvironmentVariable(variable); !name.isEmpty())
            return name;
    }
    return tr("unknown");
}

Status AuditLog::append(AuditAction action, const QString &entity, qint64 recordId, const QString &label,
                        const QJsonObject &before, const QJsonObject &after)
{
    return append(action, entity, recordId, label, jsonBytes(before), jsonBytes(after));
}

Status AuditLog::append(AuditAction action, const QString &entity, qint64 recordId, const QString &label,
                        const QByteArray &before, const QByteArray &after)
{
    if (!m_insert) {
        // Prepared once: an import appends one entry per record it adds.
        Result<Statement> insert = m_db.prepare(
            QStringLiteral("INSERT INTO %1 (at, os_user, program, action, entity, record_id, label, before_json, after_json) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(table));
        if (!insert)
            return insert.error();
        m_insert = std::move(insert).value();
    }
    static const QString user = currentUser();
    QString program = QCoreApplication::applicationName();
    if (program.isEmpty())
        program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    const QVariant none(QMetaType::fromType<QString>());
    return m_insert->execute({QDateTime::currentDateTimeUtc().toString(QLatin1String(timestampFormat)), user, program,
                              actionKey(action), entity,
                              recordId > 0 ? QVariant(recordId) : QVariant(QMetaType::fromType<qint64>()),
                              label.isNull() ? QStringLiteral("") : label, // an empty text, not NULL
                              before.isEmpty() ? none : QVariant(QString::fromUtf8(before)),
                              after.isEmpty() ? none : QVariant(QString::fromUtf8(after))});
}

Result<QList<AuditEntry>> AuditLog::entries(const Filter &filter)
{
    QStringList where;
    QVariantList values;
    if (!filter.entity.isEmpty()) {
        where << QStringLiteral("entity = ?");
        values << filter.entity;
        if (filter.recordId > 0) {
            where << QStringLiteral("record_id = ?");
            values << filter.recordId;
        }
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << startOfDay(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at < ?");
        values << startOfDay(filter.to.addDays(1));
    }
    if (!filter.user.isEmpty()) {
        where << QStringLiteral("os_user = ?");
        values << filter.user;
    }
    QString sql = QStringLiteral("SELECT id, at, os_user, program, action, entity, record_id, label, before_json, after_json FROM %1")
                      .arg(table);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    Result<QSqlQuery> query = m_db.run(sql, values);
    if (!query)
        return query.error();
    const QString text = foldForMatching(filter.text);
    QList<AuditEntry> found;
    while (query->next()) {
        AuditEntry entry;
        entry.label = query->value(7).toString();
        if (!text.isEmpty() && !foldForMatching(entry.label).contains(text))
            continue;
        entry.id = query->value(0).toLongLong();
        entry.at = QDateTime::fromString(query->value(1).toString(), QLatin1String(timestampFormat));
        entry.at.setTimeZone(QTimeZone::utc());
        entry.user = query->value(2).toString();
        entry.program = query->value(3).toString();
        entry.action = actionFromKey(query->value(4).toString()).value_or(AuditAction::Update);
        entry.entity = query->value(5).toString();
        entry.recordId = query->value(6).toLongLong();
        entry.before = jsonObject(query->value(8));
        entry.after = jsonObject(query->value(9));
        found << entry;
        if (filter.limit > 0 && found.size() >= filter.limit)
            break;
    }
    return found;
}

Status AuditLog::eraseFields(const QString &entity, qint64 recordId, const QStringList &fields, const QString &replacement)
{
    Result<QSqlQuery> query = m_db.run(
        QStringLiteral("SELECT id, before_json, after_json FROM %1 WHERE entity = ? AND record_id = ?").arg(table),
        {entity, recordId});
    if (!query)
        return query.error();
    struct Rewrite
    {
        qint64 id;
        QJsonObject before, after;
    };
    QList<Rewrite> rewrites;
    auto blank = [&](QJsonObject &object) {
        bool changed = false;
        for (const QString &field : fields) {
            if (object.contains(field) && !object.value(field).toString().isEmpty()) {
                object.insert(field, replacement);
                changed = true;
            }
        }
        return changed;
    };
    while (query->next()) {
        Rewrite rewrite{query->value(0).toLongLong(), jsonObject(query->value(1)), jsonObject(query->value(2))};
        const bool before = blank(rewrite.before);
        const bool after = blank(rewrite.after);
        if (before || after)
            rewrites << rewrite;
    }
    if (rewrites.isEmpty())
        return done();
    const SqlDialect &dialect = m_db.dialect();
    for (const QString &statement : dialect.liftAppendOnlyGuards(table)) {
        if (Result<QSqlQuery> lifted = m_db.run(statement); !lifted)
            return lifted.error();
    }
    for (const Rewrite &rewrite : std::as_const(rewrites)) {
        const QVariant none(QMetaType::fromType<QString>());
        const QString before = jsonText(rewrite.before), after = jsonText(rewrite.after);
        if (Result<QSqlQuery> updated = m_db.run(QStringLiteral("UPDATE %1 SET before_json = ?, after_json = ? WHERE id = ?").arg(table),
                                                 {before.isEmpty() ? none : QVariant(before),
                                                  after.isEmpty() ? none : QVariant(after), rewrite.id});
            !updated)
            return updated.error();
    }
    return m_db.guardHistory();
}

QList<AuditFieldChange> AuditLog::changes(const AuditEntry &entry)
{
    QList<AuditFieldChange> changes;
    QStringList keys = entry.before.keys();
    for (const QString &key : entry.after.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    // Known fields in their order, then any other in alphabetical order.
    auto rank = [](const QString &key) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (key == QLatin1String(fields[i].key))
                return int(i);
        }
        return int(fields.size());
    };
    std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const int ra = rank(a), rb = rank(b);
        return ra != rb ? ra < rb : a < b;
    });
    // Nothing, as a field left blank or a flag left off.
    auto empty = [](const QString &key, const QJsonValue &value) {
        const bool flag = key == QLatin1String("archived") || key == QLatin1String("cancelled");
        return value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())
            || (value.isArray() && value.toArray().isEmpty()) || (flag && value.toInt() == 0);
    };
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue before = entry.before.value(key), after = entry.after.value(key);
        if (before == after || (empty(key, before) && empty(key, after)))
            continue;
        changes << AuditFieldChange{key, before, after};
    }
    return changes;
}

QString AuditLog::actionKey(AuditAction action)
{
    for (const ActionSpec &spec : actions) {
        if (spec.action == action)
            return QString::fromLatin1(spec.key);
    }
    return {};
}

std::optional<AuditAction> AuditLog::actionFromKey(const QString &key)
{
    for (const ActionSpec &spec : actions) {
        if (key == QLatin1String(spec.key))
            return spec.action;
    }
    return std::nullopt;
}

QString AuditLog::actionName(AuditAction action)
{
    for (const ActionSpec &spec : actions) {
        if (spec.action == action)
            return tr(spec.name);
    }
    return {};
}

QStringList AuditLog::entityKeys()
{
    QStringList keys;
    for (const NameSpec &spec : entities) {
        const QString key = QString::fromLatin1(spec.key);
        if (key != QLatin1String("incubator") && key != QLatin1String("database"))
            keys << key;
    }
    return keys;
}

QString AuditLog::entityName(const QString &entity)
{
    const char *name = nameOf(entities, entity);
    return name ? tr(name) : entity;
}

QString AuditLog::fieldName(const QString &field)
{
    const char *name = nameOf(fields, field);
    return name ? tr(name) : field;
}

QString AuditLog::valueText(const QString &field, const QJsonValue &value, const Format &format)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isArray()) {
        // The fields an erasure blanked, ["company.contact", "company.email", "lease.notes"]:
        // "Company: Contact, Email; Lease: Notes".
        if (field == QLatin1String("erased")) {
            QStringList groups, names;
            QString entity;
            auto close = [&] {
                if (!names.isEmpty())
                    groups << tr("%1: %2").arg(entityName(entity), names.join(QLatin1String(", ")));
                names.clear();
            };
            for (const QJsonValue item : value.toArray()) {
                const QString key = item.toString();
                const qsizetype dot = key.indexOf(QLatin1Char('.'));
                if (const QString group = dot < 0 ? QString() : key.left(dot); group != entity) {
                    close();
                    entity = group;
                }
                names << fieldName(key.mid(dot + 1));
            }
            close();
            return groups.join(QLatin1String("; "));
        }
        // Rent steps and headcounts: [{"from": "2026-01-01", "monthly_rent_cents": 45000}, …]
        QStringList parts;
        const QJsonArray items = value.toArray();
        for (const QJsonValue item : items) {
            const QJsonObject object = item.toObject();
            QStringList cells;
            for (auto it = object.begin(); it != object.end(); ++it)
                cells << valueText(it.key(), it.value(), format);
            // "01/12/2025: €210.00" (from, rent), "01/03/2026: 4" (as of, headcount)
            parts << (cells.size() == 2 ? tr("%1: %2").arg(cells.at(0), cells.at(1)) : cells.join(QLatin1String(", ")));
        }
        return parts.join(QLatin1String(", "));
    }
    if (value.isDouble()) {
        if (field.endsWith(QLatin1String("_cents")))
            return format.money(Cents(value.toDouble()));
        if (field == QLatin1String("archived") || field == QLatin1String("cancelled"))
            return value.toInt() ? tr("yes") : tr("no");
        return format.number(value.toDouble());
    }
    QString text = value.toString();
    // Codes, shown by their label.
    auto labelOf = [&text](auto parse) -> QString {
        const auto parsed = parse(text);
        return parsed ? label(*parsed) : text;
    };
    if (field == QLatin1String("kind"))
        return labelOf(parseOfficeKind);
    if (field == QLatin1String("type"))
        return labelOf(parseLeaseType);
    if (field == QLatin1String("stage"))
        return labelOf(parseCompanyStage);
    if (field == QLatin1String("exit_reason"))
        return labelOf(parseExitReason);
    if (field == QLatin1String("status"))
        return labelOf(parseApplicationStatus);
    if (const QDate day = QDate::fromString(text, Qt::ISODate); day.isValid() && text.size() == 10)
        return format.date(day);
    return text;
}

Status AuditLog::writeCsv(const QList<AuditEntry> &entries, QIODevice &device, const CsvFormat &format)
{
    const bool people = format.frenchHeaders;
    CsvWriter writer(device, format.writerOptions());
    writer.writeRow(people ? QStringList{tr("When"), tr("User"), tr("Program"), tr("Action"), tr("Record type"), tr("Record no."),
                                         tr("Record"), tr("Field"), tr("Before"), tr("After")}
                           : QStringList{QStringLiteral("at"), QStringLiteral("user"), QStringLiteral("program"),
                                         QStringLiteral("action"), QStringLiteral("entity"), QStringLiteral("record_id"),
                                         QStringLiteral("label"), QStringLiteral("field"), QStringLiteral("before"),
                                         QStringLiteral("after")});
    const Format shown(QLocale(QLocale::French, QLocale::France));
    const QList<bool> raw{true, false, false, false, false, true, false, false, false, false};
    auto value = [&](const QString &field, const QJsonValue &v) {
        if (people)
            return valueText(field, v, shown);
        if (v.isArray())
            return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        return v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.toString();
    };
    for (const AuditEntry &entry : entries) {
        const QStringList head{
            people ? entry.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"))
                   : entry.at.toString(QLatin1String(timestampFormat)),
            entry.user,
            entry.program,
            people ? actionName(entry.action) : actionKey(entry.action),
            people ? entityName(entry.entity) : entry.entity,
            entry.recordId > 0 ? QString::number(entry.recordId) : QString(),
            entry.label,
        };
        const QList<AuditFieldChange> changes = AuditLog::changes(entry);
        if (changes.isEmpty())
            writer.writeRow(head + QStringList{QString(), QString(), QString()}, raw);
        for (const AuditFieldChange &change : changes) {
            writer.writeRow(head + QStringList{people ? fieldName(change.field) : change.field, value(change.field, change.before),
                                               value(change.field, change.after)},
                            raw);
        }
        if (!writer.ok())
            break;
    }
    if (!writer.ok())
        return Error(Error::Kind::Storage, tr("The change history could not be written: %1").arg(device.errorString()));
    return done();
}

} // namespace pepin
