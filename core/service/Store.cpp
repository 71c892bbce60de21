// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/Store.h"

#include "service/PersonalData.h"
#include "service/Rules.h"
#include "storage/Tables.h"
#include "util/Format.h"
#include "util/Beside.h"
#include "util/Text.h"

#include <QHash>
#include <QJsonObject>
#include <QMetaType>

#include <algorithm>
#include <array>
#include <cmath>
#include <compare>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace pepin {

namespace {

const TableSpec &specOf(const Sector *) { return sectorTable(); }
const TableSpec &specOf(const Site *) { return siteTable(); }
const TableSpec &specOf(const Office *) { return officeTable(); }
const TableSpec &specOf(const Company *) { return companyTable(); }
const TableSpec &specOf(const Lease *) { return leaseTable(); }
const TableSpec &specOf(const Application *) { return applicationTable(); }

template<typename T>
const TableSpec &specFor()
{
    return specOf(static_cast<const T *>(nullptr));
}

// The order of each whole list: text in SQLite's BINARY order (codePointOrder), a missing date
// first, the id last so that no two records tie. A list is read as stored and sorted here, by
// the same keys that keep it in order as records change: the database's own sort of a large
// table would spill to temporary files.
//
// A text's key carries its head (codePointHead), so that most comparisons of a sort are of
// numbers, without reading the texts, which lie scattered in memory.
struct TextKey
{
    explicit TextKey(QStringView text)
        : text(text)
        , head(codePointHead(text))
    {
    }
    QStringView text;
    std::array<quint64, 4> head;
    friend bool operator==(const TextKey &a, const TextKey &b) { return a.text == b.text; }
    friend std::strong_ordering operator<=>(const TextKey &a, const TextKey &b)
    {
        if (a.head != b.head)
            return a.head <=> b.head;
        return codePointOrder(a.text, b.text);
    }
};

auto listKey(const Sector &sector) { return std::tuple(TextKey(sector.name), sector.id); }
auto listKey(const Site &site) { return std::tuple(TextKey(site.name), site.id); }
auto listKey(const Company &company) { return std::tuple(TextKey(company.name), company.id); }
auto listKey(const Office &office) { return std::tuple(office.siteId, TextKey(office.code), office.id); }
auto listKey(const Lease &lease) { return std::tuple(lease.start, lease.id); }
auto listKey(const Application &application)
{
    return std::tuple(-qint64(application.priority), application.receivedOn, application.id); // higher first
}

template<typename T>
bool before(const T &a, const T &b)
{
    return listKey(a) < listKey(b);
}

// Each record's key, taken as the record is read (readRows), with its place in the list as read.
// A key views its record's text, which stays where it is as the list grows and is sorted: only
// the records move, not the texts they hold.
template<typename T>
using ListKeys = std::vector<std::pair<decltype(listKey(std::declval<const T &>())), qsizetype>>;

// Asks memory for a record that is about to be moved, so that several come at once.
template<typename T>
void prefetch(const T *record)
{
#if defined(__GNUC__)
    constexpr std::size_t line = 64;
    for (std::size_t offset = 0; offset < sizeof(T); offset += line)
        __builtin_prefetch(reinterpret_cast<const char *>(record) + offset);
#else
    Q_UNUSED(record);
#endif
}

// Sorts the records by the keys taken as they were read, moving each record once: the sort
// itself works on the keys alone, side by side, with each record's position.
template<typename T>
void sortList(QList<T> &records, ListKeys<T> &&keys)
{
    Q_ASSERT(keys.size() == std::size_t(records.size()));
    std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<qsizetype> order(keys.size()); // where the record that belongs at i is now
    std::transform(keys.cbegin(), keys.cend(), order.begin(), [](const auto &key) { return key.second; });
    keys = {};
    // Follow each cycle of the permutation. The records of a long list lie far apart in memory
    // and come in no order: each is asked for a few moves before it is needed (`ahead`).
    constexpr int lookahead = 8;
    T *out = records.data();
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (order[i] == i)
            continue;
        qsizetype ahead = order[i];
        for (int step = 0; step < lookahead && ahead != i; ++step) {
            prefetch(out + ahead);
            ahead = order[ahead];
        }
        T held = std::move(out[i]);
        qsizetype at = i;
        while (order[at] != i) {
            const qsizetype from = order[at];
            if (ahead != i) {
                prefetch(out + ahead);
                ahead = order[ahead];
            }
            out[at] = std::move(out[from]);
            order[at] = at;
            at = from;
        }
        out[at] = std::move(held);
        order[at] = at;
    }
}

Error invalid(const QList<Problem> &problems)
{
    return Error(Error::Kind::InvalidInput, problems);
}

template<typename T>
std::optional<T> first(const QList<T> &list)
{
    return list.isEmpty() ? std::nullopt : std::optional<T>(list.first());
}

QString whereId()
{
    return QStringLiteral(" WHERE %1 = ?").arg(column::id);
}

Error noCompany(Id id)
{
    return Error(Error::Kind::NotFound, Store::tr("There is no company %1.").arg(id), QStringLiteral("company"));
}

Error noOffice(Id id)
{
    return Error(Error::Kind::NotFound, Store::tr("There is no office %1.").arg(id), QStringLiteral("office"));
}


// The WHERE clause that picks the child rows (by their `parentColumn`) of the parents that `where`
// selects in `parentTable`: none when it selects them all, the one read of a whole portfolio.
QString childrenOf(const QString &parentColumn, const QString &parentTable, const QString &where)
{
    if (where.isEmpty())
        return QString();
    return QStringLiteral(" WHERE %1 IN (SELECT %2 FROM %3%4)").arg(parentColumn, column::id, parentTable, where);
}

// " WHERE column IN (?, ?, …)" for `count` values.
QString whereIn(const QString &column, qsizetype count)
{
    return QStringLiteral(" WHERE %1 IN (%2)").arg(column, QStringList(count, QStringLiteral("?")).join(QLatin1String(", ")));
}

} // namespace

Result<std::unique_ptr<Store>> Store::open(const QString &path, Database::Mode mode, Database::PageCheck check)
{
    auto seed = [](Database &db) -> Status {
        for (const Sector &sector : defaultSectors()) {
            QVariantList values{QVariant(QMetaType::fromType<qint64>())};
            values << rowOf(sector);
            if (Result<QSqlQuery> query = db.run(sectorTable().insertSql(db.dialect()), values); !query)
                return query.error();
        }
        return done();
    };
    Result<std::unique_ptr<Database>> db = Database::open(path, mode, seed, check);
    if (!db)
        return db.error();
    return std::make_unique<Store>(std::move(db).value());
}

Store::Store(std::unique_ptr<Database> database)
    : m_db(std::move(database))
    , m_history(std::make_unique<AuditLog>(*m_db))
    , m_kept(std::make_unique<Kept>())
{
    // First of the database's receivers: every other reader of a change sees the lists after it.
    connect(m_db.get(), &Database::changed, this, &Store::keepUpToDate);
}

Store::~Store() = default;

QList<Sector> Store::defaultSectors()
{
    const char *names[] = {
        QT_TRANSLATE_NOOP("pepin::Store", "IT services"),
        QT_TRANSLATE_NOOP("pepin::Store", "Software publishing"),
        QT_TRANSLATE_NOOP("pepin::Store", "Multimedia"),
        QT_TRANSLATE_NOOP("pepin::Store", "Sound and digital imaging"),
        QT_TRANSLATE_NOOP("pepin::Store", "Document engineering"),
        QT_TRANSLATE_NOOP("pepin::Store", "Industrial engineering and maintenance"),
        QT_TRANSLATE_NOOP("pepin::Store", "Interactive animation and 3D"),
    };
    QList<Sector> sectors;
    int n = 0;
    for (const char *name : names)
        sectors << Sector{0, tr(name), sectorColour(n++), false, 1};
    return sectors;
}

QString Store::sectorColour(int n)
{
    // A palette that stays distinct for a dozen sectors and readable on light and dark
    // backgrounds; past it, hues spaced by the golden angle.
    static const char *palette[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                                    "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939"};
    constexpr int paletteSize = int(sizeof(palette) / sizeof(palette[0]));
    n = std::max(n, 0); // any n gives a colour
    if (n < paletteSize)
        return QString::fromLatin1(palette[n]);
    // HSV (h, 0.65, 0.8) to #rrggbb, computed here: the core draws nothing and has no QColor.
    const double h = double((n * 137) % 360) / 60.0;
    const double v = 0.8, c = v * 0.65, x = c * (1 - std::abs(std::fmod(h, 2.0) - 1)), m = v - c;
    const double rgb[6][3] = {{c, x, 0}, {x, c, 0}, {0, c, x}, {0, x, c}, {x, 0, c}, {c, 0, x}};
    const auto *p = rgb[int(h) % 6];
    auto hex = [m](double component) { return QStringLiteral("%1").arg(std::lround((component + m) * 255), 2, 16, QLatin1Char('0')); };
    return QLatin1Char('#') + hex(p[0]) + hex(p[1]) + hex(p[2]);
}

// ---- generic table access ------------------------------------------------------------------

namespace {

// The children of the parents selected (a company's headcounts, a lease's rent steps), each
// parent's in one list, the lists in the order of the parents' ids: read for exactly the parents
// `where` selects, the same WHERE as a subquery. The lists are made as the rows come, so that
// giving them to their parents (attachChildren) moves them without copying a child.
template<typename Child>
using ChildLists = std::vector<std::pair<Id, QList<Child>>>;

template<typename Child>
Result<ChildLists<Child>> readChildLists(Database &db, const QString &sql, const QVariantList &values,
                                         Child (*childOf)(const Rows &))
{
    Result<Rows> rows = db.select(sql, values);
    if (!rows)
        return rows.error();
    ChildLists<Child> lists;
    while (rows->next()) {
        const Id parentId = rows->integer(0);
        if (lists.empty() || lists.back().first != parentId)
            lists.emplace_back(parentId, QList<Child>());
        lists.back().second << childOf(*rows);
    }
    if (rows->failure())
        return *rows->failure();
    return lists;
}

Result<ChildLists<HeadcountEntry>> readChildLists(Database &db, const Company *, const QString &where, const QVariantList &values)
{
    const QString sql = QStringLiteral("SELECT company_id, as_of, headcount FROM headcounts%1 ORDER BY company_id, as_of")
                            .arg(childrenOf(QStringLiteral("company_id"), companyTable().table, where));
    return readChildLists(db, sql, values, +[](const Rows &row) { return HeadcountEntry{row.date(1), row.whole(2)}; });
}

Result<ChildLists<RentStep>> readChildLists(Database &db, const Lease *, const QString &where, const QVariantList &values)
{
    const QString sql = QStringLiteral("SELECT lease_id, from_date, monthly_rent_cents FROM rent_steps%1 ORDER BY lease_id, from_date")
                            .arg(childrenOf(QStringLiteral("lease_id"), leaseTable().table, where));
    return readChildLists(db, sql, values, +[](const Rows &row) { return RentStep{row.date(1), row.integer(2)}; });
}

// Gives each parent its list of children, matched by id whatever order the parents are in.
template<typename Parent, typename Child>
void attachChildren(QList<Parent> &parents, QList<Child> Parent::*children, ChildLists<Child> &&lists)
{
    std::vector<std::pair<Id, qsizetype>> byId;
    byId.reserve(parents.size());
    for (qsizetype i = 0; i < parents.size(); ++i)
        byId.emplace_back(parents.at(i).id, i);
    std::sort(byId.begin(), byId.end());
    auto parent = byId.cbegin();
    for (auto &[parentId, list] : lists) {
        while (parent != byId.cend() && parent->first < parentId)
            ++parent;
        if (parent != byId.cend() && parent->first == parentId)
            parents[parent->second].*children = std::move(list);
    }
}

void attachChildren(QList<Company> &companies, ChildLists<HeadcountEntry> &&lists)
{
    attachChildren(companies, &Company::headcounts, std::move(lists));
}

void attachChildren(QList<Lease> &leases, ChildLists<RentStep> &&lists)
{
    attachChildren(leases, &Lease::rentSteps, std::move(lists));
}

// The rows of T that `where` selects (" WHERE …", or empty for all), in the `order` given, without
// their children. With `keys`, each record's key for sortList is taken as it is read, while the
// record is fresh in the processor's cache: afterwards, a long list would be read once more.
template<typename T>
Result<QList<T>> readRows(Database &db, const QString &where, const QVariantList &values, const QString &order,
                          ListKeys<T> *keys = nullptr)
{
    QList<T> records;
    const QString orderBy = order.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + order;
    Result<Rows> rows = db.select(specFor<T>().selectSql() + where + orderBy, values);
    if (!rows)
        return rows.error();
    while (rows->next()) {
        T record;
        readRow(*rows, record);
        records << std::move(record);
        if (keys)
            keys->emplace_back(listKey(records.constLast()), records.size() - 1);
    }
    if (rows->failure())
        return *rows->failure();
    return records;
}

// The records of T that `where` selects (" WHERE …", or empty for all), in the `order` given, with
// their children; with `keys`, the keys for sortList, as readRows takes them.
template<typename T>
Result<QList<T>> readRecords(Database &db, const QString &where, const QVariantList &values, const QString &order,
                             ListKeys<T> *keys = nullptr)
{
    Result<QList<T>> records = readRows<T>(db, where, values, order, keys);
    // The records with children are those readChildLists has an overload for.
    if constexpr (requires { readChildLists(db, static_cast<const T *>(nullptr), where, values); }) {
        if (records && !records->isEmpty()) {
            auto children = readChildLists(db, static_cast<const T *>(nullptr), where, values);
            if (!children)
                return children.error();
            attachChildren(*records, std::move(children).value());
        }
    }
    return records;
}

} // namespace

template<typename T>
QList<T> Store::select(const QString &where, const QVariantList &values, const QString &order)
{
    Result<QList<T>> records = readRecords<T>(*m_db, where, values, order);
    if (!records) {
        qWarning("%s", qPrintable(records.error().message()));
        return {};
    }
    return std::move(records).value();
}

// ---- the kept lists ------------------------------------------------------------------------

struct Store::Kept
{
    // What the database was when the lists were read, or last brought up to date.
    std::optional<Database::Stamp> stamp;
    std::optional<QList<Sector>> sectors;
    std::optional<QList<Site>> sites;
    std::optional<QList<Office>> offices;
    std::optional<QList<Company>> companies;
    std::optional<QList<Lease>> leases;
    std::optional<QList<Application>> applications;
    // Made from `companies` at its first need (companyIndex()), dropped whenever that changes.
    std::shared_ptr<const IdIndex<Company>> companyIndex;

    std::optional<QList<Sector>> &of(const Sector *) { return sectors; }
    std::optional<QList<Site>> &of(const Site *) { return sites; }
    std::optional<QList<Office>> &of(const Office *) { return offices; }
    std::optional<QList<Company>> &of(const Company *) { return companies; }
    std::optional<QList<Lease>> &of(const Lease *) { return leases; }
    std::optional<QList<Application>> &of(const Application *) { return applications; }
    template<typename T>
    std::optional<QList<T>> &of()
    {
        return of(static_cast<const T *>(nullptr));
    }

    void forget() { *this = Kept(); }
};

template<typename T>
std::optional<QList<T>> *Store::keptList()
{
    if (m_db->inTransaction())
        return nullptr;
    // The stamp is read before the rows: a commit in between makes the next read start over.
    const Result<Database::Stamp> now = m_db->stamp();
    if (!now)
        return nullptr;
    if (m_kept->stamp != *now) {
        m_kept->forget();
        m_kept->stamp = *now;
    }
    return &m_kept->of<T>();
}

template<typename T>
QList<T> Store::all()
{
    std::optional<QList<T>> *kept = keptList<T>();
    if (kept && *kept)
        return **kept;
    ListKeys<T> keys;
    Result<QList<T>> records = readRecords<T>(*m_db, {}, {}, {}, &keys);
    if (!records) {
        qWarning("%s", qPrintable(records.error().message()));
        return {};
    }
    sortList(*records, std::move(keys));
    if (kept)
        *kept = *records;
    return std::move(records).value();
}

void Store::readLists()
{
    // The companies, the longest list to read, on a connection of their own and the thread beside
    // (runBeside), while this one reads the others and the companies' headcounts (on a server, or
    // through Qt Sql, every list is read here). Kept only if nothing was committed since the stamp
    // their read followed, as every list is (a commit later than that has every list read again
    // at its next use); otherwise, or when a read failed, they are read here.
    std::optional<QList<Company>> *kept = keptList<Company>();
    const std::optional<Database::Stamp> stamp = m_kept->stamp;
    Beside<Result<QList<Company>>> beside;
    if (kept && !*kept && !m_db->isOnServer() && m_db->readsNatively()) {
        beside = runBeside([path = m_db->path()]() -> Result<QList<Company>> {
            Result<std::unique_ptr<Database>> reader = Database::openReader(path);
            if (!reader)
                return reader.error();
            ListKeys<Company> keys;
            Result<QList<Company>> companies = readRows<Company>(**reader, {}, {}, {}, &keys);
            if (companies)
                sortList(*companies, std::move(keys));
            return companies;
        });
    }
    (void)sectors();
    (void)sites();
    (void)offices();
    (void)leases();
    (void)applications();
    if (beside.valid()) {
        Result<ChildLists<HeadcountEntry>> headcounts = readChildLists(*m_db, static_cast<const Company *>(nullptr), {}, {});
        Result<QList<Company>> companies = beside.get();
        if (headcounts && companies && m_kept->stamp == stamp && !m_kept->companies) {
            attachChildren(*companies, std::move(headcounts).value());
            m_kept->companies = std::move(companies).value();
        }
    }
    (void)this->companies();
}

void Store::keepUpToDate(const QList<Change> &changes)
{
    // The lists are brought up to date only from what they were kept at: anything else that
    // happened to the file since (another program's commit, a write of this store that
    // announced nothing, such as a restored backup) has them read again.
    const std::optional<Database::Stamp> before = m_db->stampAtLastBegin();
    const Result<Database::Stamp> now = m_db->stamp();
    if (!m_kept->stamp || !before || !now || *before != *m_kept->stamp || now->othersCommits != before->othersCommits) {
        m_kept->forget();
        return;
    }
    QHash<Entity, QList<Id>> ids;
    for (const Change &change : changes)
        ids[change.entity] << change.id;
    keepRecordsUpToDate<Sector>(ids.value(Entity::Sector));
    keepRecordsUpToDate<Site>(ids.value(Entity::Site));
    keepRecordsUpToDate<Office>(ids.value(Entity::Office));
    keepRecordsUpToDate<Company>(ids.value(Entity::Company));
    keepRecordsUpToDate<Lease>(ids.value(Entity::Lease));
    keepRecordsUpToDate<Application>(ids.value(Entity::Application));
    // Removing a company removes its applications with it (ON DELETE CASCADE), unannounced.
    if (m_kept->applications && ids.contains(Entity::Company)) {
        if (m_kept->companies) {
            QSet<Id> present;
            for (const Company &company : *m_kept->companies)
                present.insert(company.id);
            m_kept->applications->removeIf([&](const Application &application) { return !present.contains(application.companyId); });
        } else {
            m_kept->applications.reset();
        }
    }
    m_kept->stamp = *now;
}

template<typename T>
void Store::keepRecordsUpToDate(const QList<Id> &ids)
{
    // Past a few dozen records (an import), one read of the whole list costs less than a
    // read and a search for each.
    constexpr qsizetype mostPatched = 64;
    std::optional<QList<T>> &kept = m_kept->of<T>();
    if (!kept || ids.isEmpty())
        return;
    if constexpr (std::is_same_v<T, Company>)
        m_kept->companyIndex.reset();
    if (ids.size() > mostPatched) {
        kept.reset();
        return;
    }
    for (const Id id : ids) {
        Result<QList<T>> now = readRecords<T>(*m_db, whereId(), {id}, {});
        if (!now) {
            kept.reset();
            return;
        }
        kept->removeIf([id](const T &record) { return record.id == id; });
        if (!now->isEmpty()) {
            const T &record = now->first();
            kept->insert(std::upper_bound(kept->cbegin(), kept->cend(), record,
                                          [](const T &a, const T &b) { return before(a, b); }),
                         record);
        }
    }
}

template<typename T>
Result<T> Store::insert(T record, Entity entity)
{
    QVariantList values{record.id > 0 ? QVariant(record.id) : QVariant(QMetaType::fromType<qint64>())};
    values << rowOf(record);
    Result<QSqlQuery> query = m_db->run(specFor<T>().insertSql(m_db->dialect()), values);
    if (!query)
        return query.error();
    if (record.id <= 0) {
        record.id = query->lastInsertId().toLongLong();
    } else if (Status followed = m_db->followGivenIds(specFor<T>().table); !followed) {
        return followed.error();
    }
    record.version = 1;
    if (Status children = writeChildren(record); !children)
        return children.error();
    if (Status recorded = m_history->append(AuditAction::Add, entityKey(entity), record.id, labelOf(record), {}, snapshotJson(record));
        !recorded)
        return recorded.error();
    m_db->noteChange(entity, record.id);
    return record;
}

template<typename T>
Result<T> Store::update(T record, Entity entity, const QString &what)
{
    const std::optional<T> before = first(select<T>(whereId(), {record.id}));
    QVariantList values = rowOf(record);
    values << record.id << record.version;
    Result<QSqlQuery> query = m_db->run(specFor<T>().updateSql(), values);
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return staleError(what, entity, record.id);
    ++record.version;
    if (Status children = writeChildren(record); !children)
        return children.error();
    if (Status recorded = m_history->append(AuditAction::Update, entityKey(entity), record.id, labelOf(record),
                                            before ? snapshotJson(*before) : QByteArray(), snapshotJson(record));
        !recorded)
        return recorded.error();
    m_db->noteChange(entity, record.id);
    return record;
}

Error Store::staleError(const QString &what, Entity entity, Id id)
{
    QString message = tr("%1 was changed or removed elsewhere (another window or program) since it was read; "
                         "nothing was overwritten. Reload it and make the change again.")
                          .arg(what);
    AuditLog::Filter filter;
    filter.entity = entityKey(entity);
    filter.recordId = id;
    filter.limit = 1;
    if (const Result<QList<AuditEntry>> last = m_history->entries(filter); last && !last->isEmpty()) {
        const AuditEntry &entry = last->first();
        const QDateTime at = entry.at.toLocalTime();
        const QString when = Format().date(at.date());
        const QString time = at.time().toString(QStringLiteral("HH:mm"));
        message += QLatin1Char(' ')
            + (entry.action == AuditAction::Remove
                   ? tr("It was removed by %1 with %2, on %3 at %4.").arg(entry.user, entry.program, when, time)
                   : tr("The last change came from %1 with %2, on %3 at %4.").arg(entry.user, entry.program, when, time));
    }
    return Error(Error::Kind::Stale, message);
}

template<typename T>
Status Store::remove(Id id, Entity entity)
{
    const std::optional<T> before = first(select<T>(whereId(), {id}));
    Result<QSqlQuery> query = m_db->run(QStringLiteral("DELETE FROM %1").arg(specFor<T>().table) + whereId(), {id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return Error(Error::Kind::NotFound, tr("There is no record %1 to remove.").arg(id));
    if (before) {
        if (Status recorded = m_history->append(AuditAction::Remove, entityKey(entity), id, labelOf(*before), snapshotJson(*before), {});
            !recorded)
            return recorded;
    }
    m_db->noteChange(entity, id);
    return done();
}

Result<bool> Store::anyRow(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = m_db->run(sql, values);
    if (!query)
        return query.error();
    return query->next();
}

Store::ChildRows Store::childRows(const Company &company)
{
    ChildRows children{QStringLiteral("DELETE FROM headcounts WHERE company_id = ?"),
                       QStringLiteral("INSERT INTO headcounts (company_id, as_of, headcount) VALUES (?, ?, ?)"),
                       {}};
    for (const HeadcountEntry &entry : company.headcounts)
        children.rows << QVariantList{company.id, dateValue(entry.asOf), entry.headcount};
    return children;
}

Store::ChildRows Store::childRows(const Lease &lease)
{
    ChildRows children{QStringLiteral("DELETE FROM rent_steps WHERE lease_id = ?"),
                       QStringLiteral("INSERT INTO rent_steps (lease_id, from_date, monthly_rent_cents) VALUES (?, ?, ?)"),
                       {}};
    for (const RentStep &step : lease.rentSteps)
        children.rows << QVariantList{lease.id, dateValue(step.from), step.monthlyRentCents};
    return children;
}

template<typename T>
Status Store::writeChildren(const T &record)
{
    if constexpr (std::is_same_v<T, Company> || std::is_same_v<T, Lease>) {
        const ChildRows children = childRows(record);
        if (Result<QSqlQuery> q = m_db->run(children.deleteSql, {record.id}); !q)
            return q.error();
        for (const QVariantList &row : children.rows) {
            if (Result<QSqlQuery> q = m_db->run(children.insertSql, row); !q)
                return q.error();
        }
    }
    return done();
}

// ---- reads -----------------------------------------------------------------------------------

const QList<Sector> Store::sectors() { return all<Sector>(); }
std::optional<Sector> Store::sector(Id id) { return first(select<Sector>(whereId(), {id})); }

std::optional<Sector> Store::sectorByName(const QString &name)
{
    return first(select<Sector>(QStringLiteral(" WHERE name_key = ?"), {matchKey(name)}));
}

const QList<Site> Store::sites() { return all<Site>(); }
std::optional<Site> Store::site(Id id) { return first(select<Site>(whereId(), {id})); }

std::optional<Site> Store::siteByName(const QString &name)
{
    return first(select<Site>(QStringLiteral(" WHERE name_key = ?"), {matchKey(name)}));
}

const QList<Office> Store::offices() { return all<Office>(); }

QList<Office> Store::officesOfSite(Id siteId)
{
    return select<Office>(QStringLiteral(" WHERE site_id = ?"), {siteId}, QStringLiteral("code"));
}

std::optional<Office> Store::office(Id id) { return first(select<Office>(whereId(), {id})); }

std::optional<Office> Store::officeByCode(Id siteId, const QString &code)
{
    return first(select<Office>(QStringLiteral(" WHERE site_id = ? AND code_key = ?"), {siteId, matchKey(code)}));
}

const QList<Company> Store::companies() { return all<Company>(); }

std::shared_ptr<const IdIndex<Company>> Store::companyIndex()
{
    std::optional<QList<Company>> *kept = keptList<Company>();
    if (!kept || !*kept)
        return nullptr;
    if (!m_kept->companyIndex)
        m_kept->companyIndex = std::make_shared<const IdIndex<Company>>(std::as_const(**kept));
    return m_kept->companyIndex;
}

std::optional<Company> Store::company(Id id) { return first(select<Company>(whereId(), {id})); }

std::optional<Company> Store::companyBySiret(const QString &siret)
{
    return first(select<Company>(QStringLiteral(" WHERE siret = ?"), {siret}));
}

std::optional<Company> Store::companyByName(const QString &name)
{
    return first(select<Company>(QStringLiteral(" WHERE name_key = ?"), {matchKey(name)}));
}

QHash<Id, QString> Store::companyNamesById()
{
    QHash<Id, QString> names;
    for (const CompanyIdentity &company : companyIdentities())
        names.insert(company.id, company.name);
    return names;
}

QList<Store::CompanyIdentity> Store::companyIdentities()
{
    QList<CompanyIdentity> companies;
    Result<Rows> rows = m_db->select(QStringLiteral("SELECT %1, name, siret FROM %2").arg(column::id, companyTable().table));
    if (!rows) {
        qWarning("%s", qPrintable(rows.error().message()));
        return companies;
    }
    while (rows->next())
        companies << CompanyIdentity{rows->integer(0), rows->text(1), rows->text(2)};
    return companies;
}

namespace {
const QString identityNameKey = QStringLiteral("incubator_name");
const QString identityLogoKey = QStringLiteral("incubator_logo"); // base64
const QString keepYearsKey = QStringLiteral("personal_data_keep_years");
} // namespace

int Store::personalDataKeepYears()
{
    Result<QSqlQuery> query = m_db->run(QStringLiteral("SELECT value FROM pepin_meta WHERE key = ?"), {keepYearsKey});
    bool ok = false;
    const int years = query && query->next() ? query->value(0).toInt(&ok) : 0;
    return ok && years >= 0 ? years : PersonalData::defaultKeepYears;
}

Status Store::setPersonalDataKeepYears(int years)
{
    if (years < 0 || years > 100)
        return Error::invalid(QStringLiteral("keep_years"), tr("Keep personal data between 0 and 100 years after a company left."));
    Database::Transaction tx(*m_db);
    const int before = personalDataKeepYears();
    if (Result<QSqlQuery> query = m_db->run(QStringLiteral("INSERT INTO pepin_meta (key, value) VALUES (?, ?) "
                                                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                            {keepYearsKey, QString::number(years)});
        !query)
        return query.error();
    if (Status recorded = m_history->append(AuditAction::Setting, QStringLiteral("incubator"), 0, tr("Personal data kept (years)"),
                                            {{QStringLiteral("keep_years"), before}}, {{QStringLiteral("keep_years"), years}});
        !recorded)
        return recorded;
    return tx.commit();
}

Store::Identity Store::identity()
{
    Identity identity;
    Result<QSqlQuery> query = m_db->run(QStringLiteral("SELECT key, value FROM pepin_meta WHERE key IN (?, ?)"),
                                        {identityNameKey, identityLogoKey});
    if (!query) {
        qWarning("%s", qPrintable(query.error().message()));
        return identity;
    }
    while (query->next()) {
        if (query->value(0).toString() == identityNameKey)
            identity.name = query->value(1).toString();
        else
            identity.logo = QByteArray::fromBase64(query->value(1).toString().toLatin1());
    }
    return identity;
}

Status Store::setIdentity(const Identity &identity)
{
    if (QList<Problem> problems = Rules::checkIncubatorName(identity.name); !problems.isEmpty())
        return invalid(problems);
    Database::Transaction tx(*m_db);
    const Identity before = this->identity();
    // The logo's bytes are not worth a history of their own: its size says that it changed.
    auto snapshot = [](const Identity &id) {
        return QJsonObject{{QStringLiteral("name"), id.name},
                           {QStringLiteral("logo"), id.logo.isEmpty() ? QString() : tr("%1 bytes").arg(id.logo.size())}};
    };
    if (Status recorded = m_history->append(AuditAction::Identity, QStringLiteral("incubator"), 0, identity.name.trimmed(),
                                            snapshot(before), snapshot(Identity{identity.name.trimmed(), identity.logo}));
        !recorded)
        return recorded;
    const std::pair<QString, QString> values[] = {
        {identityNameKey, identity.name.trimmed()},
        {identityLogoKey, QString::fromLatin1(identity.logo.toBase64())},
    };
    for (const auto &[key, value] : values) {
        Result<QSqlQuery> query = value.isEmpty()
            ? m_db->run(QStringLiteral("DELETE FROM pepin_meta WHERE key = ?"), {key})
            : m_db->run(QStringLiteral("INSERT INTO pepin_meta (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                        {key, value});
        if (!query)
            return query.error();
    }
    return tx.commit();
}

const QList<Lease> Store::leases() { return all<Lease>(); }

QList<Lease> Store::leasesOfOffice(Id officeId)
{
    return select<Lease>(QStringLiteral(" WHERE office_id = ?"), {officeId}, QStringLiteral("start_date"));
}

QList<Lease> Store::leasesOfCompany(Id companyId)
{
    return select<Lease>(QStringLiteral(" WHERE company_id = ?"), {companyId}, QStringLiteral("start_date"));
}

std::optional<Lease> Store::lease(Id id) { return first(select<Lease>(whereId(), {id})); }

const QList<Application> Store::applications() { return all<Application>(); }

std::optional<Application> Store::application(Id id) { return first(select<Application>(whereId(), {id})); }

QString Store::officeName(const Office &office)
{
    const std::optional<Site> owner = site(office.siteId);
    return pepin::officeName(office, owner ? &*owner : nullptr);
}

// ---- validation, per entity ------------------------------------------------------------------

Status Store::validate(const Sector &sector, bool)
{
    if (QList<Problem> problems = Rules::checkSector(sector); !problems.isEmpty())
        return invalid(problems);
    if (std::optional<Sector> same = sectorByName(sector.name); same && same->id != sector.id)
        return Error::invalid(QStringLiteral("name"), tr("There is already a sector named %1.").arg(same->name));
    return done();
}

Status Store::validate(const Site &site, bool)
{
    if (QList<Problem> problems = Rules::checkSite(site); !problems.isEmpty())
        return invalid(problems);
    if (std::optional<Site> same = siteByName(site.name); same && same->id != site.id)
        return Error::invalid(QStringLiteral("name"), tr("There is already a site named %1.").arg(same->name));
    return done();
}

Status Store::validate(Office &office, bool isNew)
{
    if (QList<Problem> problems = Rules::checkOffice(office); !problems.isEmpty())
        return invalid(problems);
    if (!site(office.siteId))
        return Error(Error::Kind::NotFound, tr("There is no site %1.").arg(office.siteId), QStringLiteral("site"));
    if (std::optional<Office> same = officeByCode(office.siteId, office.code); same && same->id != office.id)
        return Error::invalid(QStringLiteral("code"),
                              tr("This site already has an office %1: office codes are unique within a site.").arg(same->code));
    if (isNew)
        return done();

    // A change to an office (its availability, workstations or kind) must leave every one of
    // its leases valid.
    const QString name = officeName(office);
    const QList<Lease> leases = leasesOfOffice(office.id);
    QList<Problem> problems;
    for (const Lease &lease : leases) {
        if (lease.cancelled)
            continue;
        problems << Rules::checkLease(lease, office, name);
        problems << Rules::checkLeaseAgainstOthers(lease, office, name, leases, companyNames());
    }
    if (problems.isEmpty())
        return done();
    problems.prepend(Problem{QString(), tr("The change would make leases of %1 invalid:").arg(name)});
    return invalid(problems);
}

Status Store::validate(Company &company, bool)
{
    const auto identity = [](const std::optional<Company> &company) -> std::optional<CompanyIdentity> {
        if (!company)
            return std::nullopt;
        return CompanyIdentity{company->id, company->name, company->siret};
    };
    const CompanyLookup stored{[this](Id id) { return sector(id).has_value(); },
                               [this, identity](const QString &siret) { return identity(companyBySiret(siret)); },
                               [this, identity](const QString &name) { return identity(companyByName(name)); }};
    return validate(company, stored);
}

Status Store::validate(Company &company, const CompanyLookup &others)
{
    // The history is kept in date order, whatever order it was given in.
    std::stable_sort(company.headcounts.begin(), company.headcounts.end(),
                     [](const HeadcountEntry &a, const HeadcountEntry &b) { return a.asOf < b.asOf; });
    if (QList<Problem> problems = Rules::checkCompany(company); !problems.isEmpty())
        return invalid(problems);
    if (company.sectorId > 0 && !others.sectorExists(company.sectorId))
        return Error(Error::Kind::NotFound, tr("There is no sector %1.").arg(company.sectorId), QStringLiteral("sector"));
    if (!company.siret.isEmpty()) {
        if (std::optional<CompanyIdentity> same = others.bySiret(company.siret); same && same->id != company.id)
            return Error::invalid(QStringLiteral("siret"),
                                  tr("The SIRET %1 is already the one of %2.").arg(company.siret, same->name));
    }
    if (std::optional<CompanyIdentity> same = others.byName(company.name); same && same->id != company.id)
        return Error::invalid(QStringLiteral("name"),
                              tr("There is already a company named %1: give this one a distinct name.").arg(same->name));
    return done();
}

Status Store::validate(Lease &lease, bool)
{
    if (!company(lease.companyId))
        return noCompany(lease.companyId);
    const std::optional<Office> office = this->office(lease.officeId);
    if (!office)
        return noOffice(lease.officeId);
    return validate(lease, *office, officeName(*office), leasesOfOffice(office->id), companyNames());
}

Status Store::validate(Lease &lease, const Office &office, const QString &officeName, const QList<Lease> &others,
                       const Rules::CompanyName &companyNames)
{
    // The rent steps are kept in date order, whatever order they were given in.
    std::stable_sort(lease.rentSteps.begin(), lease.rentSteps.end(),
                     [](const RentStep &a, const RentStep &b) { return a.from < b.from; });
    QList<Problem> problems = Rules::checkLease(lease, office, officeName);
    if (problems.isEmpty())
        problems << Rules::checkLeaseAgainstOthers(lease, office, officeName, others, companyNames);
    if (!problems.isEmpty())
        return invalid(problems);
    // A private office is let whole: its workstations are those of the office.
    if (office.kind == OfficeKind::Private)
        lease.workstations = 0;
    return done();
}

Status Store::validate(Application &application, bool)
{
    if (QList<Problem> problems = Rules::checkApplication(application); !problems.isEmpty())
        return invalid(problems);
    if (!company(application.companyId))
        return Error(Error::Kind::NotFound, tr("There is no company %1.").arg(application.companyId), QStringLiteral("company"));
    return done();
}

Rules::CompanyName Store::companyNames()
{
    return [this](Id id) { return company(id).value_or(Company{}).name; };
}

QString Store::labelOf(const Lease &lease)
{
    const std::optional<Office> office = this->office(lease.officeId);
    return tr("%1 in %2").arg(company(lease.companyId).value_or(Company{}).name, office ? officeName(*office) : QString());
}

QString Store::labelOf(const Application &application)
{
    return company(application.companyId).value_or(Company{}).name;
}

QString Store::describe(const Sector &sector) { return tr("The sector %1").arg(sector.name); }
QString Store::describe(const Site &site) { return tr("The site %1").arg(site.name); }
QString Store::describe(const Office &office) { return tr("The office %1").arg(officeName(office)); }
QString Store::describe(const Company &company) { return tr("The company %1").arg(company.name); }
QString Store::describe(const Lease &) { return tr("The lease"); }
QString Store::describe(const Application &) { return tr("The application"); }

// ---- writes ----------------------------------------------------------------------------------

template<typename T>
Result<T> Store::save(T record, Entity entity, bool isNew)
{
    Database::Transaction tx(*m_db);
    if (!tx.ok())
        return tx.error();
    if (Status valid = validate(record, isNew); !valid)
        return valid.error();
    Result<T> stored = isNew ? insert(record, entity) : update(record, entity, describe(record));
    if (!stored)
        return stored;
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

template<typename T>
Status Store::erase(Id id, Entity entity, const QString &usedSql, const QString &whyKept)
{
    Database::Transaction tx(*m_db);
    if (!tx.ok())
        return tx.error();
    if (!usedSql.isEmpty()) {
        Result<bool> used = anyRow(usedSql, {id});
        if (!used)
            return used.error();
        if (*used)
            return Error::invalid(QString(), whyKept);
    }
    if (Status removed = remove<T>(id, entity); !removed)
        return removed;
    return tx.commit();
}

Result<Sector> Store::addSector(Sector sector) { return save(std::move(sector), Entity::Sector, true); }
Result<Sector> Store::updateSector(Sector sector) { return save(std::move(sector), Entity::Sector, false); }

Status Store::removeSector(Id id)
{
    return erase<Sector>(id, Entity::Sector, QStringLiteral("SELECT 1 FROM companies WHERE sector_id = ?"),
                         tr("Companies belong to this sector: move them to another sector first, or archive it."));
}

Result<Sector> Store::ensureSector(const QString &name, bool *created)
{
    if (created)
        *created = false;
    if (std::optional<Sector> existing = sectorByName(name))
        return *existing;
    Result<Sector> added = addSector(Sector{0, name.trimmed(), sectorColour(int(sectors().size())), false, 1});
    if (added && created)
        *created = true;
    return added;
}

Result<Site> Store::addSite(Site site) { return save(std::move(site), Entity::Site, true); }
Result<Site> Store::updateSite(Site site) { return save(std::move(site), Entity::Site, false); }

Status Store::removeSite(Id id)
{
    return erase<Site>(id, Entity::Site, QStringLiteral("SELECT 1 FROM offices WHERE site_id = ?"),
                       tr("This site has offices: remove them first, or archive the site to keep its history."));
}

Result<Office> Store::addOffice(Office office) { return save(std::move(office), Entity::Office, true); }
Result<Office> Store::updateOffice(Office office) { return save(std::move(office), Entity::Office, false); }

Status Store::removeOffice(Id id)
{
    return erase<Office>(id, Entity::Office, QStringLiteral("SELECT 1 FROM leases WHERE office_id = ?"),
                         tr("This office has leases, which would be lost with it: archive it instead."));
}

Result<Company> Store::addCompany(Company company) { return save(std::move(company), Entity::Company, true); }
Result<Company> Store::updateCompany(Company company) { return save(std::move(company), Entity::Company, false); }

Status Store::removeCompany(Id id)
{
    return erase<Company>(id, Entity::Company, QStringLiteral("SELECT 1 FROM leases WHERE company_id = ?"),
                          tr("This company has leases, which would be lost with it: archive it instead."));
}

Result<Lease> Store::addLease(Lease lease) { return save(std::move(lease), Entity::Lease, true); }
Result<Lease> Store::updateLease(Lease lease) { return save(std::move(lease), Entity::Lease, false); }

Result<QList<Lease>> Store::addLeases(QList<Lease> leases, qsizetype *refused)
{
    Database::Transaction tx(*m_db);
    if (!tx.ok())
        return tx.error();

    // What the checks of validate(Lease &) read, fetched once: the sites and offices, the names
    // of the companies, and the stored leases of the offices concerned, which the leases added
    // join as they are written.
    QHash<Id, Site> sites;
    for (const Site &site : this->sites())
        sites.insert(site.id, site);
    QHash<Id, Office> offices;
    QHash<Id, QString> officeNames;
    for (const Office &office : this->offices()) {
        offices.insert(office.id, office);
        const auto site = sites.constFind(office.siteId);
        officeNames.insert(office.id, pepin::officeName(office, site != sites.cend() ? &*site : nullptr));
    }
    const QHash<Id, QString> companyNames = companyNamesById();
    const Rules::CompanyName nameOfCompany = [&companyNames](Id id) { return companyNames.value(id); };
    QHash<Id, QList<Lease>> leasesByOffice;
    {
        QList<Id> concerned;
        for (const Lease &lease : std::as_const(leases)) {
            if (offices.contains(lease.officeId) && !leasesByOffice.contains(lease.officeId)) {
                leasesByOffice.insert(lease.officeId, {});
                concerned << lease.officeId;
            }
        }
        constexpr qsizetype chunk = 500; // bound values per statement, well under SQLite's limit
        for (qsizetype from = 0; from < concerned.size(); from += chunk) {
            QVariantList ids;
            for (qsizetype i = from; i < std::min(from + chunk, concerned.size()); ++i)
                ids << concerned.at(i);
            for (Lease &stored : select<Lease>(whereIn(column::officeId, ids.size()), ids))
                leasesByOffice[stored.officeId] << std::move(stored);
        }
    }

    const auto check = [&](Lease &lease) -> Status {
        if (!companyNames.contains(lease.companyId))
            return noCompany(lease.companyId);
        const auto office = offices.constFind(lease.officeId);
        if (office == offices.cend())
            return noOffice(lease.officeId);
        return validate(lease, *office, officeNames.value(office->id), leasesByOffice[lease.officeId], nameOfCompany);
    };
    const auto label = [&](const Lease &lease) {
        return tr("%1 in %2").arg(companyNames.value(lease.companyId), officeNames.value(lease.officeId));
    };
    const auto added = [&](const Lease &lease) { leasesByOffice[lease.officeId] << lease; };
    if (Status written = insertAll<Lease>(leases, Entity::Lease, refused, check, label, added); !written)
        return written.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return leases;
}

template<typename T>
Status Store::insertAll(QList<T> &records, Entity entity, qsizetype *refused, const std::function<Status(T &)> &check,
                        const std::function<QString(const T &)> &label, const std::function<void(const T &)> &added)
{
    Result<Statement> insertRecord = m_db->prepare(specFor<T>().insertSql(m_db->dialect()));
    if (!insertRecord)
        return insertRecord.error();
    Result<Statement> insertChild = m_db->prepare(childRows(T{}).insertSql);
    if (!insertChild)
        return insertChild.error();

    bool givenIds = false;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (refused)
            *refused = i;
        T &record = records[i];
        if (Status valid = check(record); !valid)
            return valid;

        QVariantList values{record.id > 0 ? QVariant(record.id) : QVariant(QMetaType::fromType<qint64>())};
        values << rowOf(record);
        if (Status inserted = insertRecord->execute(values); !inserted)
            return inserted;
        if (record.id > 0)
            givenIds = true;
        else
            record.id = insertRecord->lastInsertId();
        record.version = 1;
        for (const QVariantList &row : childRows(record).rows) {
            if (Status inserted = insertChild->execute(row); !inserted)
                return inserted;
        }
        if (Status recorded = m_history->append(AuditAction::Add, entityKey(entity), record.id, label(record), {}, snapshotJson(record));
            !recorded)
            return recorded;
        m_db->noteChange(entity, record.id);
        added(record);
    }
    if (refused)
        *refused = -1;
    if (givenIds)
        return m_db->followGivenIds(specFor<T>().table);
    return done();
}

Result<QList<Company>> Store::addCompanies(QList<Company> companies, qsizetype *refused)
{
    Database::Transaction tx(*m_db);
    if (!tx.ok())
        return tx.error();

    // What the checks of validate(Company &) read, fetched once: the sectors, and the names and
    // SIRETs of the stored companies, which the companies added join as they are written.
    QSet<Id> sectorIds;
    for (const Sector &sector : sectors())
        sectorIds.insert(sector.id);
    QHash<QString, CompanyIdentity> bySiret;
    QHash<QString, CompanyIdentity> byName; // by matchKey(name), as the database tells names apart
    const auto know = [&](const CompanyIdentity &company) {
        if (!company.siret.isEmpty())
            bySiret.insert(company.siret, company);
        byName.insert(matchKey(company.name), company);
    };
    for (const CompanyIdentity &company : companyIdentities())
        know(company);
    const auto found = [](const QHash<QString, CompanyIdentity> &known, const QString &key) -> std::optional<CompanyIdentity> {
        const auto at = known.constFind(key);
        return at != known.cend() ? std::optional(*at) : std::nullopt;
    };
    const CompanyLookup lookup{[&](Id id) { return sectorIds.contains(id); },
                               [&](const QString &siret) { return found(bySiret, siret); },
                               [&](const QString &name) { return found(byName, matchKey(name)); }};

    const auto check = [&](Company &company) { return validate(company, lookup); };
    const auto label = [this](const Company &company) { return labelOf(company); };
    const auto added = [&](const Company &company) { know(CompanyIdentity{company.id, company.name, company.siret}); };
    if (Status written = insertAll<Company>(companies, Entity::Company, refused, check, label, added); !written)
        return written.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return companies;
}

Status Store::removeLease(Id id) { return erase<Lease>(id, Entity::Lease, {}, {}); }

Result<Application> Store::addApplication(Application application)
{
    return save(std::move(application), Entity::Application, true);
}

Result<Application> Store::updateApplication(Application application)
{
    return save(std::move(application), Entity::Application, false);
}

Status Store::removeApplication(Id id) { return erase<Application>(id, Entity::Application, {}, {}); }

// ---- personal data ---------------------------------------------------------------------------

QStringList Store::personalFields(const QString &entity)
{
    if (entity == QLatin1String("company"))
        return {QStringLiteral("contact"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("notes")};
    if (entity == QLatin1String("lease"))
        return {QStringLiteral("notes")};
    if (entity == QLatin1String("application"))
        return {QStringLiteral("decision"), QStringLiteral("notes")};
    return {};
}

Result<int> Store::erasePersonalData(Id companyId)
{
    Database::Transaction tx(*m_db);
    if (!tx.ok())
        return tx.error();
    const std::optional<Company> company = this->company(companyId);
    if (!company)
        return noCompany(companyId);
    const QString erased = QStringLiteral(""); // what an erased field holds: nothing, as if never filled in (not NULL)

    struct Part
    {
        Entity entity;
        QString table;
        QList<Id> ids;
    };
    QList<Part> parts{{Entity::Company, companyTable().table, {companyId}},
                      {Entity::Lease, leaseTable().table, {}},
                      {Entity::Application, applicationTable().table, {}}};
    for (const Lease &lease : leasesOfCompany(companyId))
        parts[1].ids << lease.id;
    {
        Result<QSqlQuery> query = m_db->run(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(applicationTable().table, column::companyId),
                                            {companyId});
        if (!query)
            return query.error();
        while (query->next())
            parts[2].ids << query->value(0).toLongLong();
    }
    // Its leases and applications removed since are gone from their tables, not from the history,
    // whose entries about them still hold their notes. The engine finds them: the history can be
    // long, and reading it whole for each company erased would not do.
    const QString historyCompany = QStringLiteral("SELECT DISTINCT record_id FROM %1 WHERE entity = ? AND (%2 = ? OR %3 = ?)")
                                       .arg(AuditLog::table, m_db->dialect().jsonInteger(QStringLiteral("before_json"), column::companyId),
                                            m_db->dialect().jsonInteger(QStringLiteral("after_json"), column::companyId));
    for (Part &part : parts) {
        if (part.entity == Entity::Company)
            continue;
        Result<QSqlQuery> query = m_db->run(historyCompany, {entityKey(part.entity), companyId, companyId});
        if (!query)
            return query.error();
        while (query->next()) {
            if (const Id id = query->value(0).toLongLong(); !part.ids.contains(id))
                part.ids << id;
        }
    }

    int blanked = 0;
    QJsonArray erasedFields;
    for (const Part &part : std::as_const(parts)) {
        const QString key = entityKey(part.entity);
        const QStringList fields = personalFields(key);
        QStringList set, anyFilled;
        for (const QString &field : fields) {
            set << QStringLiteral("%1 = ?").arg(field);
            anyFilled << QStringLiteral("%1 <> ''").arg(field);
        }
        const QString sql = QStringLiteral("UPDATE %1 SET %2, %3 = %3 + 1 WHERE %4 = ? AND (%5)")
                                .arg(part.table, set.join(QLatin1String(", ")), column::rowVersion, column::id,
                                     anyFilled.join(QLatin1String(" OR ")));
        for (const Id id : part.ids) {
            QVariantList values(fields.size(), erased);
            values << id;
            Result<QSqlQuery> query = m_db->run(sql, values);
            if (!query)
                return query.error();
            if (query->numRowsAffected() > 0) {
                ++blanked;
                m_db->noteChange(part.entity, id);
            }
            if (Status history = m_history->eraseFields(key, id, fields, erased); !history)
                return history.error();
        }
        for (const QString &field : fields)
            erasedFields << QStringLiteral("%1.%2").arg(key, field);
    }
    if (Status recorded = m_history->append(AuditAction::Erase, entityKey(Entity::Company), companyId, company->name, {},
                                            {{QStringLiteral("erased"), erasedFields}});
        !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return blanked;
}

} // namespace pepin
