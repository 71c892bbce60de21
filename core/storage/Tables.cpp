// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Tables.h"

#include "util/Format.h"
#include "util/JsonWriter.h"
#include "util/Text.h"

#include <QJsonArray>
#include <QMetaType>

namespace pepin {

namespace {

// Reads the columns of a row in order, after id and row_version.
class RowReader
{
public:
    explicit RowReader(const Rows &rows)
        : m_rows(rows)
    {
    }
    Id id() const { return m_rows.integer(0); }
    int version() const { return m_rows.whole(1); }
    QString text() { return m_rows.text(m_column++); }
    QDate date() { return m_rows.date(m_column++); }
    qint64 integer() { return m_rows.integer(m_column++); }
    int whole() { return m_rows.whole(m_column++); }
    double real() { return m_rows.real(m_column++); }
    bool flag() { return m_rows.flag(m_column++); }

private:
    const Rows &m_rows;
    int m_column = 2;
};

// Text columns are NOT NULL: a null QString is written as ''.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant idOrNull(Id id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString progressionText(const QList<int> &steps)
{
    QStringList parts;
    for (int percent : steps)
        parts << QString::number(percent);
    return parts.join(QLatin1Char(','));
}

QList<int> progressionFrom(const QString &text)
{
    QList<int> steps;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        steps << part.trimmed().toInt();
    return steps;
}

template<typename E>
QVariant optionalCode(const std::optional<E> &value)
{
    return value ? QVariant(code(*value)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

QString TableSpec::selectSql() const
{
    return QStringLiteral("SELECT %1, %2, %3 FROM %4")
        .arg(column::id, column::rowVersion, columns.join(QLatin1String(", ")), table);
}

QString TableSpec::insertSql(const SqlDialect &dialect) const
{
    QStringList marks(columns.size() + 1, QStringLiteral("?"));
    marks.first() = dialect.newId(table);
    return QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (%4)")
        .arg(table, column::id, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
}

QString TableSpec::updateSql() const
{
    QStringList assignments;
    for (const QString &name : columns)
        assignments << name + QStringLiteral(" = ?");
    return QStringLiteral("UPDATE %1 SET %2, %3 = %3 + 1 WHERE %4 = ? AND %3 = ?")
        .arg(table, assignments.join(QLatin1String(", ")), column::rowVersion, column::id);
}

const TableSpec &sectorTable()
{
    static const TableSpec spec{QStringLiteral("sectors"),
                                {QStringLiteral("name"), QStringLiteral("color"), QStringLiteral("archived"), QStringLiteral("name_key")}};
    return spec;
}

const TableSpec &siteTable()
{
    static const TableSpec spec{QStringLiteral("sites"),
                                {QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("max_stay_months"),
                                 QStringLiteral("rent_progression"), QStringLiteral("notes"), QStringLiteral("archived"),
                                 QStringLiteral("name_key")}};
    return spec;
}

const TableSpec &officeTable()
{
    static const TableSpec spec{QStringLiteral("offices"),
                                {column::siteId, QStringLiteral("code"), QStringLiteral("floor"), QStringLiteral("area_m2"),
                                 QStringLiteral("workstations"), QStringLiteral("kind"), QStringLiteral("rent_m2_year_cents"),
                                 QStringLiteral("available_from"), QStringLiteral("available_until"), QStringLiteral("notes"),
                                 QStringLiteral("archived"), QStringLiteral("code_key")}};
    return spec;
}

const TableSpec &companyTable()
{
    static const TableSpec spec{QStringLiteral("companies"),
                                {QStringLiteral("name"), QStringLiteral("siret"), QStringLiteral("naf"), column::sectorId,
                                 QStringLiteral("created_on"), QStringLiteral("stage"), QStringLiteral("contact"),
                                 QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("notes"),
                                 QStringLiteral("exit_date"), QStringLiteral("exit_reason"), QStringLiteral("archived"),
                                 QStringLiteral("name_key")}};
    return spec;
}

const TableSpec &leaseTable()
{
    static const TableSpec spec{QStringLiteral("leases"),
                                {column::companyId, column::officeId, QStringLiteral("type"), QStringLiteral("start_date"),
                                 QStringLiteral("end_date"), QStringLiteral("terminated_on"), QStringLiteral("workstations"),
                                 QStringLiteral("monthly_charges_cents"), QStringLiteral("deposit_cents"),
                                 QStringLiteral("notice_months"), QStringLiteral("cancelled"), QStringLiteral("notes")}};
    return spec;
}

const TableSpec &applicationTable()
{
    static const TableSpec spec{QStringLiteral("applications"),
                                {column::companyId, QStringLiteral("needed_area_m2"), QStringLiteral("needed_workstations"),
                                 QStringLiteral("wished_start"), QStringLiteral("status"), QStringLiteral("committee_date"),
                                 QStringLiteral("decision"), QStringLiteral("priority"), QStringLiteral("notes"),
                                 QStringLiteral("received_on")}};
    return spec;
}

QVariantList rowOf(const Sector &s)
{
    return {text(s.name), text(s.color), int(s.archived), matchKey(s.name)};
}

QVariantList rowOf(const Site &s)
{
    return {text(s.name), text(s.address), s.maxStayMonths, progressionText(s.rentProgression), text(s.notes), int(s.archived),
            matchKey(s.name)};
}

QVariantList rowOf(const Office &o)
{
    return {o.siteId, text(o.code), text(o.floor), o.areaM2, o.workstations, code(o.kind), o.rentM2YearCents,
            dateValue(o.availableFrom), dateValue(o.availableUntil), text(o.notes), int(o.archived), matchKey(o.code)};
}

QVariantList rowOf(const Company &c)
{
    return {text(c.name), textOrNull(c.siret), text(c.naf), idOrNull(c.sectorId), dateValue(c.createdOn),
            optionalCode(c.stage), text(c.contact), text(c.email), text(c.phone), text(c.notes), dateValue(c.exitDate),
            optionalCode(c.exitReason), int(c.archived), matchKey(c.name)};
}

QVariantList rowOf(const Lease &l)
{
    return {l.companyId, l.officeId, code(l.type), dateValue(l.start), dateValue(l.end), dateValue(l.terminatedOn),
            l.workstations, l.monthlyChargesCents, l.depositCents, l.noticeMonths, int(l.cancelled), text(l.notes)};
}

QVariantList rowOf(const Application &a)
{
    return {a.companyId, a.neededAreaM2, a.neededWorkstations, dateValue(a.wishedStart), code(a.status),
            dateValue(a.committeeDate), text(a.decision), a.priority, text(a.notes), dateValue(a.receivedOn)};
}

void readRow(const Rows &rows, Sector &s)
{
    RowReader r(rows);
    s.id = r.id();
    s.version = r.version();
    s.name = r.text();
    s.color = r.text();
    s.archived = r.flag();
}

void readRow(const Rows &rows, Site &s)
{
    RowReader r(rows);
    s.id = r.id();
    s.version = r.version();
    s.name = r.text();
    s.address = r.text();
    s.maxStayMonths = r.whole();
    s.rentProgression = progressionFrom(r.text());
    s.notes = r.text();
    s.archived = r.flag();
}

void readRow(const Rows &rows, Office &o)
{
    RowReader r(rows);
    o.id = r.id();
    o.version = r.version();
    o.siteId = r.integer();
    o.code = r.text();
    o.floor = r.text();
    o.areaM2 = r.real();
    o.workstations = r.whole();
    o.kind = parseOfficeKind(r.text()).value_or(OfficeKind::Private);
    o.rentM2YearCents = r.integer();
    o.availableFrom = r.date();
    o.availableUntil = r.date();
    o.notes = r.text();
    o.archived = r.flag();
}

void readRow(const Rows &rows, Company &c)
{
    RowReader r(rows);
    c.id = r.id();
    c.version = r.version();
    c.name = r.text();
    c.siret = r.text();
    c.naf = r.text();
    c.sectorId = r.integer();
    c.createdOn = r.date();
    c.stage = parseCompanyStage(r.text());
    c.contact = r.text();
    c.email = r.text();
    c.phone = r.text();
    c.notes = r.text();
    c.exitDate = r.date();
    c.exitReason = parseExitReason(r.text());
    c.archived = r.flag();
}

void readRow(const Rows &rows, Lease &l)
{
    RowReader r(rows);
    l.id = r.id();
    l.version = r.version();
    l.companyId = r.integer();
    l.officeId = r.integer();
    l.type = parseLeaseType(r.text()).value_or(LeaseType::Precaire);
    l.start = r.date();
    l.end = r.date();
    l.terminatedOn = r.date();
    l.workstations = r.whole();
    l.monthlyChargesCents = r.integer();
    l.depositCents = r.integer();
    l.noticeMonths = r.whole();
    l.cancelled = r.flag();
    l.notes = r.text();
}

void readRow(const Rows &rows, Application &a)
{
    RowReader r(rows);
    a.id = r.id();
    a.version = r.version();
    a.companyId = r.integer();
    a.neededAreaM2 = r.real();
    a.neededWorkstations = r.whole();
    a.wishedStart = r.date();
    a.status = parseApplicationStatus(r.text()).value_or(ApplicationStatus::Received);
    a.committeeDate = r.date();
    a.decision = r.text();
    a.priority = r.whole();
    a.notes = r.text();
    a.receivedOn = r.date();
}

QVariant dateValue(QDate day)
{
    return day.isValid() ? QVariant(isoDate(day)) : QVariant(QMetaType::fromType<QString>());
}

QString matchKey(const QString &text)
{
    return foldForMatching(text);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

namespace {

// The key a record's children are kept under in its snapshot; none for records without.
QString childrenKey(const Company &) { return QStringLiteral("headcounts"); }
QString childrenKey(const Lease &) { return QStringLiteral("rent_steps"); }
template<typename T>
QString childrenKey(const T &)
{
    return QString();
}

// Dated children (headcounts, rent steps) as an array of {dateKey: ISO date, valueKey: number}.
template<typename Child, typename Value>
void writeDated(JsonWriter &json, const QList<Child> &children, QDate Child::*date, Value Child::*value, QStringView dateKey,
                QStringView valueKey)
{
    json.beginArray();
    for (const Child &child : children) {
        json.beginObject();
        json.key(dateKey);
        json.string(isoDate(child.*date));
        json.key(valueKey);
        json.integer(child.*value);
        json.endObject();
    }
    json.endArray();
}

void writeChildren(JsonWriter &json, const Company &company)
{
    writeDated(json, company.headcounts, &HeadcountEntry::asOf, &HeadcountEntry::headcount, u"as_of", u"headcount");
}

void writeChildren(JsonWriter &json, const Lease &lease)
{
    writeDated(json, lease.rentSteps, &RentStep::from, &RentStep::monthlyRentCents, u"from", u"monthly_rent_cents");
}

template<typename T>
void writeChildren(JsonWriter &, const T &)
{
}

// A record as the change history keeps it: its columns (the match keys, derived, left out) and
// its children, under keys in QJsonObject's order.
template<typename T>
QByteArray snapshot(const T &record, const TableSpec &spec)
{
    // Each key with the index of its value in the row, -1 for the children; sorted once.
    static const QList<std::pair<QString, qsizetype>> keys = [&spec] {
        QList<std::pair<QString, qsizetype>> sorted;
        for (qsizetype i = 0; i < spec.columns.size(); ++i) {
            if (!spec.columns.at(i).endsWith(QLatin1String("_key")))
                sorted.append({spec.columns.at(i), i});
        }
        if (const QString children = childrenKey(T()); !children.isEmpty())
            sorted.append({children, -1});
        std::sort(sorted.begin(), sorted.end());
        return sorted;
    }();
    const QVariantList row = rowOf(record);
    JsonWriter json;
    json.beginObject();
    for (const auto &[name, index] : keys) {
        if (index >= row.size())
            continue;
        json.key(name);
        if (index < 0)
            writeChildren(json, record);
        else
            json.value(row.at(index));
    }
    json.endObject();
    return json.text();
}

} // namespace

QByteArray snapshotJson(const Sector &sector) { return snapshot(sector, sectorTable()); }
QByteArray snapshotJson(const Site &site) { return snapshot(site, siteTable()); }
QByteArray snapshotJson(const Office &office) { return snapshot(office, officeTable()); }
QByteArray snapshotJson(const Company &company) { return snapshot(company, companyTable()); }
QByteArray snapshotJson(const Lease &lease) { return snapshot(lease, leaseTable()); }
QByteArray snapshotJson(const Application &application) { return snapshot(application, applicationTable()); }

} // namespace pepin
