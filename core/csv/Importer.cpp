// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/Importer.h"

#include "csv/CsvWriter.h"
#include "service/Rules.h"
#include "service/Store.h"
#include "util/Format.h"
#include "util/Parse.h"
#include "util/Siret.h"
#include "util/Text.h"

#include <QFile>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <type_traits>
#include <utility>

namespace pepin {

namespace {

enum class Change { Create, Update, Unchanged };

struct OfficePlan
{
    qint64 line = 0;
    Change change = Change::Create;
    Office office;
    QString newSite; // the site to create first, when the office's site does not exist yet
};

struct CompanyPlan
{
    qint64 line = 0;
    Change change = Change::Create;
    Company company;
    QString newSector; // the sector to create first, when it does not exist yet
};

struct LeasePlan
{
    qint64 line = 0;
    Change change = Change::Create;
    Lease lease;
};

bool sameOffice(const Office &a, const Office &b)
{
    return a.siteId == b.siteId && a.code == b.code && a.floor == b.floor && a.areaM2 == b.areaM2
        && a.workstations == b.workstations && a.kind == b.kind && a.rentM2YearCents == b.rentM2YearCents
        && a.availableFrom == b.availableFrom && a.availableUntil == b.availableUntil && a.notes == b.notes
        && a.archived == b.archived;
}

bool sameHeadcounts(const QList<HeadcountEntry> &a, const QList<HeadcountEntry> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const HeadcountEntry &x, const HeadcountEntry &y) {
        return x.asOf == y.asOf && x.headcount == y.headcount;
    });
}

bool sameCompany(const Company &a, const Company &b)
{
    return a.name == b.name && a.siret == b.siret && a.naf == b.naf && a.sectorId == b.sectorId && a.createdOn == b.createdOn
        && a.stage == b.stage && a.contact == b.contact && a.email == b.email && a.phone == b.phone && a.notes == b.notes
        && a.exitDate == b.exitDate && a.exitReason == b.exitReason && sameHeadcounts(a.headcounts, b.headcounts)
        && a.archived == b.archived;
}

bool sameSteps(const QList<RentStep> &a, const QList<RentStep> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const RentStep &x, const RentStep &y) {
        return x.from == y.from && x.monthlyRentCents == y.monthlyRentCents;
    });
}

bool sameLease(const Lease &a, const Lease &b)
{
    return a.companyId == b.companyId && a.officeId == b.officeId && a.type == b.type && a.start == b.start && a.end == b.end
        && a.terminatedOn == b.terminatedOn && a.workstations == b.workstations && sameSteps(a.rentSteps, b.rentSteps)
        && a.monthlyChargesCents == b.monthlyChargesCents && a.depositCents == b.depositCents
        && a.noticeMonths == b.noticeMonths && a.cancelled == b.cancelled && a.notes == b.notes;
}

std::optional<bool> parseFlag(const QString &text)
{
    const QString key = foldForMatching(text);
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("oui"), QStringLiteral("vrai"),
                                 QStringLiteral("1"), QStringLiteral("x")};
    static const QStringList no{QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("non"), QStringLiteral("faux"),
                                QStringLiteral("0")};
    if (key.isEmpty() || no.contains(key))
        return false;
    if (yes.contains(key))
        return true;
    return std::nullopt;
}

QString officeKey(const QString &site, const QString &code)
{
    return foldForMatching(site) + QLatin1Char('\x1f') + foldForMatching(code);
}

// One import, from the header to the commit.
class ImportRun
{
public:
    ImportRun(Store &store, const Importer::Options &options, ImportKind kind)
        : m_store(store)
        , m_options(options)
        , m_kind(kind)
        , m_today(options.today.isValid() ? options.today : QDate::currentDate())
    {
    }

    ImportResult run(QIODevice &device);

private:
    bool readHeader(CsvReader &reader);
    void refuse(qint64 line, const QString &column, const QString &message);

    // The cells of the row being read.
    bool has(const QString &name) const { return m_columns.contains(name); }
    QString raw(const QString &name) const;
    QString text(const QString &name) const { return raw(name).trimmed(); }
    QString where(const QString &name) const;
    void error(const QString &name, const QString &message);
    void problems(const QList<Problem> &list, const QHash<QString, QString> &renamed = {});
    std::optional<QDate> date(const QString &name);
    std::optional<double> decimal(const QString &name);
    std::optional<Cents> money(const QString &name);
    std::optional<int> integer(const QString &name);
    std::optional<bool> flag(const QString &name);
    template<typename E>
    std::optional<E> choice(const QString &name, std::optional<E> (*parse)(const QString &), const QStringList &codes, E empty);
    // "DATE=VALUE|DATE=VALUE", each value read by `value`; nullopt after reporting an error.
    template<typename V>
    std::optional<QList<std::pair<QDate, V>>> dated(const QString &name, std::optional<V> (*value)(const QString &),
                                                   const QString &example);

    // The stored sites, offices and each office's leases: what offices and leases are checked
    // against.
    void loadSitesAndOffices();
    void loadOffices();
    void planOffice();
    Status writeOffices();
    void loadCompanies();
    void planCompany();
    Status writeCompanies();
    void loadLeases();
    void planLease();
    Status writeLeases();

    QString officeName(const Office &office);
    template<typename Plan>
    void count(const Plan &plan);
    // Adds a record just written to the changes, as the database holds it now.
    template<typename T>
    Status note(QList<T> &created, Id id);
    template<typename T>
    Status note(QList<ImportedRecord<T>> &written, std::optional<T> before, Id id);
    // New records of the file go in runs, each run through the Store's bulk path (the same
    // rules, what they read fetched once); anything else written (an update, a sector created)
    // ends the run first, so that every row is written in the file's order, against the state
    // the rows before it leave, as it was checked.
    template<typename T>
    struct Run
    {
        Result<QList<T>> (Store::*add)(QList<T>, qsizetype *);
        QList<T> records;
        QList<qint64> lines;
    };
    template<typename T>
    Status write(Run<T> &run, QList<ImportedRecord<T>> &written);

    Store &m_store;
    const Importer::Options &m_options;
    ImportKind m_kind;
    QDate m_today;
    ImportResult m_result;

    QHash<QString, qsizetype> m_columns; // canonical name → index in the row
    QStringList m_headers;               // as the file writes them
    qint64 m_headerLine = 0;
    const QStringList *m_row = nullptr;
    qint64 m_line = 0;
    bool m_rowFailed = false;
    QStringList m_failedColumns; // of the row: a rule broken by a value that did not parse is not news
    int m_invalidRows = 0;

    // What the database holds, and what the rows planned so far will make of it: each row is
    // checked against the state the rows before it leave, as the Store will see it when writing.
    QHash<QString, Site> m_sites;          // by folded name
    QHash<QString, QString> m_newSites;    // folded name → name, sites that the import creates
    QHash<QString, Office> m_offices;      // by officeKey(site, code)
    QHash<Id, QList<Lease>> m_leasesByOffice;
    QHash<Id, Company> m_companies;        // by id (negative: created by the row of that line)
    QHash<Id, QString> m_companyNames;     // by id: how the offices' and leases' messages name them
    QHash<QString, Id> m_companyIds;       // folded name → id
    QHash<QString, Id> m_companySirets;
    QHash<QString, Sector> m_sectors;      // by folded name
    QHash<QString, QString> m_newSectors;
    QHash<Id, Site> m_sitesById;           // stored: what officeName() names the offices by
    QHash<Id, QString> m_officeNames;
    QHash<QString, qint64> m_seen;         // the match key of each row → its line

    QList<OfficePlan> m_officePlans;
    QList<CompanyPlan> m_companyPlans;
    QList<LeasePlan> m_leasePlans;
};

void ImportRun::refuse(qint64 line, const QString &column, const QString &message)
{
    m_result.errors << ImportMessage{line, column, message};
    m_result.fileRefused = true;
    m_result.created = m_result.updated = m_result.unchanged = 0;
}

QString ImportRun::raw(const QString &name) const
{
    const qsizetype index = m_columns.value(name, -1);
    if (index < 0 || !m_row || index >= m_row->size())
        return QString();
    return CsvWriter::unguard(m_row->at(index));
}

QString ImportRun::where(const QString &name) const
{
    const qsizetype index = m_columns.value(name, -1);
    const QString header = index >= 0 ? m_headers.at(index).trimmed() : QString();
    return header.isEmpty() ? name : header;
}

void ImportRun::error(const QString &name, const QString &message)
{
    m_result.errors << ImportMessage{m_line, name.isEmpty() ? QString() : where(name), message};
    m_rowFailed = true;
    if (!name.isEmpty())
        m_failedColumns << name;
}

void ImportRun::problems(const QList<Problem> &list, const QHash<QString, QString> &renamed)
{
    for (const Problem &problem : list) {
        const QString column = renamed.value(problem.field, problem.field);
        if (column.isEmpty() || !m_failedColumns.contains(column))
            error(column, problem.message);
    }
}

std::optional<QDate> ImportRun::date(const QString &name)
{
    const QString value = text(name);
    if (value.isEmpty())
        return QDate();
    const std::optional<QDate> parsed = parseDate(value);
    if (!parsed)
        error(name, Importer::tr("'%1' is not a date: %2.").arg(value, dateFormatsHint()));
    return parsed;
}

std::optional<double> ImportRun::decimal(const QString &name)
{
    const QString value = text(name);
    const std::optional<double> parsed = parseDecimal(value);
    if (!parsed)
        error(name, value.isEmpty() ? Importer::tr("A number is needed.")
                                    : Importer::tr("'%1' is not a number (write 24.5, 24,5 or 1 234,5).").arg(value));
    return parsed;
}

std::optional<Cents> ImportRun::money(const QString &name)
{
    const QString value = text(name);
    if (value.isEmpty())
        return Cents(0);
    const std::optional<Cents> parsed = parseCents(value);
    if (!parsed)
        error(name, Importer::tr("'%1' is not an amount in euros (write 1234.56 or 1 234,56).").arg(value));
    return parsed;
}

std::optional<int> ImportRun::integer(const QString &name)
{
    const QString value = text(name);
    const std::optional<qint64> parsed = parseInteger(value);
    if (!parsed || *parsed < INT_MIN || *parsed > INT_MAX) {
        error(name, value.isEmpty() ? Importer::tr("A whole number is needed.") : Importer::tr("'%1' is not a whole number.").arg(value));
        return std::nullopt;
    }
    return int(*parsed);
}

std::optional<bool> ImportRun::flag(const QString &name)
{
    const QString value = text(name);
    const std::optional<bool> parsed = parseFlag(value);
    if (!parsed)
        error(name, Importer::tr("'%1' is neither yes nor no (write true or false, oui or non).").arg(value));
    return parsed;
}

template<typename E>
std::optional<E> ImportRun::choice(const QString &name, std::optional<E> (*parse)(const QString &), const QStringList &codes, E empty)
{
    const QString value = text(name);
    if (value.isEmpty())
        return empty;
    const std::optional<E> parsed = parse(value);
    if (!parsed)
        error(name, Importer::tr("'%1' is not one of: %2.").arg(value, codes.join(QStringLiteral(", "))));
    return parsed;
}

template<typename V>
std::optional<QList<std::pair<QDate, V>>> ImportRun::dated(const QString &name, std::optional<V> (*value)(const QString &),
                                                            const QString &example)
{
    QList<std::pair<QDate, V>> entries;
    for (const QString &part : text(name).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        const std::optional<QDate> day = equals > 0 ? parseDate(part.left(equals)) : std::nullopt;
        const std::optional<V> parsed = equals > 0 ? value(part.mid(equals + 1).trimmed()) : std::nullopt;
        if (!day || !parsed) {
            error(name, Importer::tr("'%1' is not understood: write DATE=VALUE, several separated by |, such as %2.")
                            .arg(part.trimmed(), example));
            return std::nullopt;
        }
        entries << std::pair<QDate, V>{*day, *parsed};
    }
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return entries;
}

bool ImportRun::readHeader(CsvReader &reader)
{
    CsvReader::Record header;
    // Blank lines before the header are skipped, as spreadsheets leave them.
    bool found = false;
    while (reader.next(header)) {
        if (!CsvReader::isBlank(header.fields)) {
            found = true;
            break;
        }
    }
    if (!found) {
        if (const auto &failure = reader.failure())
            refuse(failure->line, QString(), failure->message);
        else
            refuse(1, QString(), Importer::tr("The file is empty: it needs a header row naming the columns, then one row per record."));
        return false;
    }
    m_headerLine = header.line;
    m_headers = header.fields;
    const QStringList names = m_options.columns.value_or(CsvColumns::mapping(m_kind, m_headers));
    QHash<QString, QString> headerOf; // canonical → header text, to report a column given twice
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        const QString title = m_headers[i].trimmed();
        const QString name = names.value(i);
        if (name.isEmpty()) {
            // A column the user chose to ignore is not news; one the header does not name is.
            if (!m_options.columns && !title.isEmpty() && !CsvColumns::isIgnored(title))
                m_result.warnings << ImportMessage{m_headerLine, title, Importer::tr("This column is not known: it is ignored.")};
            continue;
        }
        if (CsvColumns::canonical(m_kind, name) != name) {
            refuse(m_headerLine, title, Importer::tr("%1 is not a column of the %2 import.").arg(name, CsvColumns::name(m_kind)));
            continue;
        }
        if (headerOf.contains(name)) {
            refuse(m_headerLine, title,
                   Importer::tr("The columns '%1' and '%2' both give %3: keep one of them.").arg(headerOf.value(name), title, name));
            continue;
        }
        headerOf.insert(name, title);
        m_columns.insert(name, i);
    }
    for (const CsvColumns::Column &column : CsvColumns::of(m_kind)) {
        if (column.required && !m_columns.contains(column.name)) {
            QString message = Importer::tr("This column is required and the file does not have it.");
            if (!column.aliases.isEmpty())
                message += QLatin1Char(' ') + Importer::tr("Its header may also be written: %1.").arg(column.aliases.join(QStringLiteral(", ")));
            refuse(m_headerLine, column.name, message);
        }
    }
    return !m_result.fileRefused;
}

ImportResult ImportRun::run(QIODevice &device)
{
    CsvReader reader(device, m_options.csv);
    if (!readHeader(reader))
        return m_result;

    switch (m_kind) {
    case ImportKind::Offices:
        loadOffices();
        break;
    case ImportKind::Companies:
        loadCompanies();
        break;
    case ImportKind::Leases:
        loadLeases();
        break;
    }

    qint64 rows = 0;
    CsvReader::Record record;
    while (reader.next(record)) {
        if (m_options.cancelled && m_options.cancelled()) {
            refuse(0, QString(), Importer::tr("The import was cancelled: nothing was written."));
            return m_result;
        }
        if (CsvReader::isBlank(record.fields))
            continue;
        if (++rows > m_options.maxRows) {
            refuse(record.line, QString(),
                   Importer::tr("The file has more than %1 rows: import at most %1 rows at once (split the file).")
                       .arg(QLocale().toString(m_options.maxRows)));
            return m_result;
        }
        m_line = record.line;
        m_row = &record.fields;
        m_rowFailed = false;
        m_failedColumns.clear();
        const qsizetype expected = m_headers.size();
        const qsizetype given = record.fields.size();
        const bool extraEmpty = given > expected
            && std::all_of(record.fields.cbegin() + expected, record.fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); });
        if (given != expected && !extraEmpty) {
            error(QString(), Importer::tr("This row has %1 fields where the header has %2 columns: a delimiter is missing or in excess, "
                                    "or a quote is not closed.")
                                 .arg(given)
                                 .arg(expected));
        } else {
            switch (m_kind) {
            case ImportKind::Offices:
                planOffice();
                break;
            case ImportKind::Companies:
                planCompany();
                break;
            case ImportKind::Leases:
                planLease();
                break;
            }
        }
        if (m_rowFailed)
            ++m_invalidRows;
    }
    m_row = nullptr;
    if (const auto &failure = reader.failure()) {
        refuse(failure->line, QString(), failure->message);
        return m_result;
    }
    if (rows == 0) {
        refuse(m_headerLine, QString(), Importer::tr("The file has a header but no rows to import."));
        return m_result;
    }

    m_result.skipped = m_invalidRows;
    m_result.valid = m_result.created + m_result.updated + m_result.unchanged;
    const bool refused = m_invalidRows > 0 && !m_options.skipInvalid;
    if (refused) {
        m_result.created = m_result.updated = m_result.unchanged = 0;
        return m_result;
    }
    if (m_options.dryRun)
        return m_result;

    Database::Transaction tx(m_store.database());
    if (!tx.ok()) {
        refuse(0, QString(), tx.error().message());
        return m_result;
    }
    const qsizetype errorsBefore = m_result.errors.size();
    Status written = done();
    switch (m_kind) {
    case ImportKind::Offices:
        written = writeOffices();
        break;
    case ImportKind::Companies:
        written = writeCompanies();
        break;
    case ImportKind::Leases:
        written = writeLeases();
        break;
    }
    if (written)
        written = tx.commit();
    if (!written) {
        // The transaction rolls back: nothing of the file is kept.
        if (m_result.errors.size() == errorsBefore)
            m_result.errors << ImportMessage{0, QString(), written.error().message()};
        m_result.created = m_result.updated = m_result.unchanged = 0;
        m_result.changes = ImportChanges();
        return m_result;
    }
    m_result.written = m_result.created + m_result.updated > 0;
    return m_result;
}

template<typename Plan>
void ImportRun::count(const Plan &plan)
{
    switch (plan.change) {
    case Change::Create:
        ++m_result.created;
        break;
    case Change::Update:
        ++m_result.updated;
        break;
    case Change::Unchanged:
        ++m_result.unchanged;
        break;
    }
}

// A record as the database holds it.
template<typename T>
std::optional<T> readBack(Store &store, Id id)
{
    if constexpr (std::is_same_v<T, Sector>)
        return store.sector(id);
    else if constexpr (std::is_same_v<T, Site>)
        return store.site(id);
    else if constexpr (std::is_same_v<T, Office>)
        return store.office(id);
    else if constexpr (std::is_same_v<T, Company>)
        return store.company(id);
    else
        return store.lease(id);
}

template<typename T>
Status ImportRun::note(QList<T> &created, Id id)
{
    std::optional<T> stored = readBack<T>(m_store, id);
    if (!stored)
        return Error(Error::Kind::Storage, Importer::tr("A record just written cannot be read back."));
    created << std::move(*stored);
    return done();
}

template<typename T>
Status ImportRun::note(QList<ImportedRecord<T>> &written, std::optional<T> before, Id id)
{
    std::optional<T> stored = readBack<T>(m_store, id);
    if (!stored)
        return Error(Error::Kind::Storage, Importer::tr("A record just written cannot be read back."));
    written << ImportedRecord<T>{std::move(before), std::move(*stored)};
    return done();
}

QString ImportRun::officeName(const Office &office)
{
    auto it = m_officeNames.constFind(office.id);
    if (it == m_officeNames.cend()) {
        const auto site = m_sitesById.constFind(office.siteId);
        it = m_officeNames.insert(office.id, pepin::officeName(office, site != m_sitesById.cend() ? &*site : nullptr));
    }
    return *it;
}

// ---- offices ---------------------------------------------------------------------------------

void ImportRun::loadSitesAndOffices()
{
    for (const Site &site : m_store.sites()) {
        m_sites.insert(foldForMatching(site.name), site);
        m_sitesById.insert(site.id, site);
    }
    for (const Office &office : m_store.offices())
        m_offices.insert(officeKey(m_sitesById.value(office.siteId).name, office.code), office);
    for (const Lease &lease : m_store.leases())
        m_leasesByOffice[lease.officeId] << lease;
}

void ImportRun::loadOffices()
{
    loadSitesAndOffices();
    m_companyNames = m_store.companyNamesById();
}

void ImportRun::planOffice()
{
    const QString siteName = text(QStringLiteral("site"));
    const QString code = text(QStringLiteral("code"));
    if (siteName.isEmpty())
        error(QStringLiteral("site"), Importer::tr("The site is needed."));
    if (code.isEmpty())
        error(QStringLiteral("code"), Importer::tr("The office's code is needed."));
    if (siteName.isEmpty() || code.isEmpty())
        return;

    const QString key = officeKey(siteName, code);
    if (const auto seen = m_seen.constFind(key); seen != m_seen.cend()) {
        error(QStringLiteral("code"), Importer::tr("The office %1 of %2 is already on line %3.").arg(code, siteName, QString::number(*seen)));
        return;
    }
    m_seen.insert(key, m_line);

    OfficePlan plan;
    plan.line = m_line;
    const auto existing = m_offices.constFind(key);
    Office &office = plan.office;
    if (existing != m_offices.cend()) {
        office = *existing;
    } else {
        const QString siteKey = foldForMatching(siteName);
        if (const auto site = m_sites.constFind(siteKey); site != m_sites.cend())
            office.siteId = site->id;
        else
            plan.newSite = m_newSites.value(siteKey, siteName);
    }
    office.code = code;
    if (has(QStringLiteral("floor")))
        office.floor = text(QStringLiteral("floor"));
    if (auto area = decimal(QStringLiteral("area_m2")))
        office.areaM2 = *area;
    if (auto count = integer(QStringLiteral("workstations")))
        office.workstations = *count;
    if (has(QStringLiteral("kind"))) {
        if (auto kind = choice(QStringLiteral("kind"), &parseOfficeKind, officeKindCodes(), OfficeKind::Private))
            office.kind = *kind;
    }
    if (has(QStringLiteral("rent_m2_year"))) {
        if (auto rent = money(QStringLiteral("rent_m2_year")))
            office.rentM2YearCents = *rent;
    }
    if (has(QStringLiteral("available_from"))) {
        if (auto from = date(QStringLiteral("available_from")))
            office.availableFrom = *from;
    }
    if (has(QStringLiteral("available_until"))) {
        if (auto until = date(QStringLiteral("available_until")))
            office.availableUntil = *until;
    }
    if (has(QStringLiteral("notes")))
        office.notes = raw(QStringLiteral("notes"));
    if (has(QStringLiteral("archived"))) {
        if (auto archived = flag(QStringLiteral("archived")))
            office.archived = *archived;
    }

    // The site of a new office is created when writing; until then any id passes the rule.
    Office checked = office;
    if (checked.siteId == 0)
        checked.siteId = 1;
    problems(Rules::checkOffice(checked));
    if (existing != m_offices.cend() && !m_rowFailed) {
        // A change to an office must leave every one of its leases valid, as the Store demands.
        const QString name = officeName(office);
        const QList<Lease> leases = m_leasesByOffice.value(office.id);
        auto companyName = [this](Id id) { return m_companyNames.value(id); };
        for (const Lease &lease : leases) {
            if (lease.cancelled)
                continue;
            QList<Problem> broken = Rules::checkLease(lease, office, name);
            broken << Rules::checkLeaseAgainstOthers(lease, office, name, leases, companyName);
            for (const Problem &problem : broken)
                error(QString(), Importer::tr("A lease of %1 (%2, from %3) would no longer be valid: %4")
                                     .arg(name, companyName(lease.companyId), Format().date(lease.start), problem.message));
        }
    }
    if (m_rowFailed)
        return;

    if (!plan.newSite.isEmpty() && !m_newSites.contains(foldForMatching(siteName))) {
        m_newSites.insert(foldForMatching(siteName), siteName);
        m_result.warnings << ImportMessage{m_line, where(QStringLiteral("site")),
                                           Importer::tr("There is no site named '%1': the import creates it, with the default settings.").arg(siteName)};
    }
    plan.change = existing == m_offices.cend() ? Change::Create : (sameOffice(office, *existing) ? Change::Unchanged : Change::Update);
    count(plan);
    m_officePlans << plan;
}

Status ImportRun::writeOffices()
{
    QHash<QString, Id> createdSites;
    for (OfficePlan &plan : m_officePlans) {
        if (plan.change == Change::Unchanged)
            continue;
        if (!plan.newSite.isEmpty()) {
            const QString key = foldForMatching(plan.newSite);
            if (!createdSites.contains(key)) {
                Site site;
                site.name = plan.newSite;
                Result<Site> added = m_store.addSite(site);
                if (!added) {
                    m_line = plan.line;
                    problems(added.error().problems(), {{QStringLiteral("name"), QStringLiteral("site")}});
                    return added.error();
                }
                createdSites.insert(key, added->id);
                if (Status noted = note(m_result.changes.createdSites, added->id); !noted)
                    return noted;
            }
            plan.office.siteId = createdSites.value(key);
        }
        std::optional<Office> before = plan.change == Change::Create ? std::nullopt : m_store.office(plan.office.id);
        Result<Office> stored = plan.change == Change::Create ? m_store.addOffice(plan.office) : m_store.updateOffice(plan.office);
        if (!stored) {
            m_line = plan.line;
            problems(stored.error().problems());
            return stored.error();
        }
        if (Status noted = note(m_result.changes.offices, std::move(before), stored->id); !noted)
            return noted;
    }
    return done();
}

// ---- companies -------------------------------------------------------------------------------

void ImportRun::loadCompanies()
{
    for (const Sector &sector : m_store.sectors())
        m_sectors.insert(foldForMatching(sector.name), sector);
    for (const Company &company : m_store.companies()) {
        m_companies.insert(company.id, company);
        m_companyIds.insert(foldForMatching(company.name), company.id);
        if (!company.siret.isEmpty())
            m_companySirets.insert(company.siret, company.id);
    }
}

void ImportRun::planCompany()
{
    const QString name = text(QStringLiteral("name"));
    if (name.isEmpty()) {
        error(QStringLiteral("name"), Importer::tr("The company's name is needed."));
        return;
    }
    const QString siret = has(QStringLiteral("siret")) ? normalizeSiret(text(QStringLiteral("siret"))) : QString();

    const QString nameKey = foldForMatching(name);
    const QString nameSeen = QStringLiteral("name:") + nameKey;
    const QString siretSeen = QStringLiteral("siret:") + siret;
    if (const auto seen = m_seen.constFind(nameSeen); seen != m_seen.cend()) {
        error(QStringLiteral("name"), Importer::tr("The company %1 is already on line %2.").arg(name, QString::number(*seen)));
        return;
    }
    if (const auto seen = m_seen.constFind(siretSeen); !siret.isEmpty() && seen != m_seen.cend()) {
        error(QStringLiteral("siret"), Importer::tr("The SIRET %1 is already on line %2.").arg(siret, QString::number(*seen)));
        return;
    }
    m_seen.insert(nameSeen, m_line);
    if (!siret.isEmpty())
        m_seen.insert(siretSeen, m_line);

    // DESIGN.md §5: on SIRET, else on name.
    Id target = 0;
    if (!siret.isEmpty())
        target = m_companySirets.value(siret);
    if (target == 0)
        target = m_companyIds.value(nameKey);

    CompanyPlan plan;
    plan.line = m_line;
    Company &company = plan.company;
    if (target != 0)
        company = m_companies.value(target);
    company.name = name;
    if (has(QStringLiteral("siret")))
        company.siret = siret;
    if (has(QStringLiteral("naf")))
        company.naf = text(QStringLiteral("naf")).toUpper();
    if (has(QStringLiteral("sector"))) {
        const QString sectorName = text(QStringLiteral("sector"));
        const QString key = foldForMatching(sectorName);
        if (sectorName.isEmpty()) {
            company.sectorId = 0;
        } else if (const auto sector = m_sectors.constFind(key); sector != m_sectors.cend()) {
            company.sectorId = sector->id;
        } else {
            company.sectorId = 0;
            plan.newSector = m_newSectors.value(key, sectorName);
        }
    }
    if (has(QStringLiteral("created_on"))) {
        if (auto created = date(QStringLiteral("created_on")))
            company.createdOn = *created;
    }
    if (has(QStringLiteral("stage"))) {
        if (text(QStringLiteral("stage")).isEmpty())
            company.stage.reset();
        else if (auto stage = choice(QStringLiteral("stage"), &parseCompanyStage, companyStageCodes(), CompanyStage::Project))
            company.stage = *stage;
    }

    // The history when the file gives it; else the headcount as of today.
    const bool history = has(QStringLiteral("headcounts")) && !text(QStringLiteral("headcounts")).isEmpty();
    if (history) {
        auto readCount = [](const QString &value) -> std::optional<int> {
            const std::optional<qint64> n = parseInteger(value);
            return n && *n >= 0 && *n <= INT_MAX ? std::optional<int>(int(*n)) : std::nullopt;
        };
        using ReadCount = std::optional<int> (*)(const QString &);
        if (auto entries = dated(QStringLiteral("headcounts"), static_cast<ReadCount>(readCount), QStringLiteral("2024-01-01=3|2025-06-01=5"))) {
            company.headcounts.clear();
            for (const auto &[day, people] : *entries)
                company.headcounts << HeadcountEntry{day, people};
        }
    } else if (has(QStringLiteral("headcounts"))) {
        company.headcounts.clear();
    }
    if (has(QStringLiteral("headcount")) && !text(QStringLiteral("headcount")).isEmpty()) {
        if (auto people = integer(QStringLiteral("headcount"))) {
            const std::optional<int> known = company.headcountOn(m_today);
            // An export writes the headcount of its date, one of the history's: any other figure
            // is an edit that the history would silently undo.
            const bool inHistory = std::any_of(company.headcounts.cbegin(), company.headcounts.cend(),
                                               [&people](const HeadcountEntry &entry) { return entry.headcount == *people; });
            if (history && !m_rowFailed && !inHistory) {
                error(QStringLiteral("headcount"),
                      Importer::tr("The headcount %1 is not in the history of the headcounts column: change the history, or empty "
                             "it to record %1 as of %2.")
                          .arg(*people)
                          .arg(Format().date(m_today)));
            } else if (!history && known != *people) {
                // One figure per date: today's replaces any earlier one of today.
                company.headcounts.removeIf([this](const HeadcountEntry &entry) { return entry.asOf == m_today; });
                company.headcounts << HeadcountEntry{m_today, *people};
                std::sort(company.headcounts.begin(), company.headcounts.end(),
                          [](const HeadcountEntry &a, const HeadcountEntry &b) { return a.asOf < b.asOf; });
            }
        }
    }

    const std::pair<const char *, QString Company::*> texts[] = {
        {"contact", &Company::contact}, {"email", &Company::email}, {"phone", &Company::phone}};
    for (const auto &[column, member] : texts) {
        if (has(QString::fromLatin1(column)))
            company.*member = text(QString::fromLatin1(column));
    }
    if (has(QStringLiteral("notes")))
        company.notes = raw(QStringLiteral("notes"));
    if (has(QStringLiteral("exit_date"))) {
        if (auto exit = date(QStringLiteral("exit_date")))
            company.exitDate = *exit;
    }
    if (has(QStringLiteral("exit_reason"))) {
        if (text(QStringLiteral("exit_reason")).isEmpty())
            company.exitReason.reset();
        else if (auto reason = choice(QStringLiteral("exit_reason"), &parseExitReason, exitReasonCodes(), ExitReason::Other))
            company.exitReason = *reason;
    }
    if (has(QStringLiteral("archived"))) {
        if (auto archived = flag(QStringLiteral("archived")))
            company.archived = *archived;
    }

    problems(Rules::checkCompany(company), {{QStringLiteral("headcount"), history ? QStringLiteral("headcounts") : QStringLiteral("headcount")}});
    const Id self = target != 0 ? target : -m_line;
    if (const Id other = m_companyIds.value(foldForMatching(company.name)); other != 0 && other != self)
        error(QStringLiteral("name"), Importer::tr("There is already a company named %1.").arg(m_companies.value(other).name));
    if (!company.siret.isEmpty()) {
        if (const Id other = m_companySirets.value(company.siret); other != 0 && other != self)
            error(QStringLiteral("siret"), Importer::tr("The SIRET %1 is already the one of %2.").arg(company.siret, m_companies.value(other).name));
    }
    if (m_rowFailed)
        return;

    if (!plan.newSector.isEmpty() && !m_newSectors.contains(foldForMatching(plan.newSector))) {
        m_newSectors.insert(foldForMatching(plan.newSector), plan.newSector);
        m_result.warnings << ImportMessage{m_line, where(QStringLiteral("sector")),
                                           Importer::tr("There is no sector named '%1': the import creates it.").arg(plan.newSector)};
    }
    if (target == 0)
        plan.change = Change::Create;
    else
        plan.change = sameCompany(company, m_companies.value(target)) && plan.newSector.isEmpty() ? Change::Unchanged : Change::Update;

    // The state the next rows are checked against.
    if (target != 0) {
        const Company &before = m_companies[target];
        m_companyIds.remove(foldForMatching(before.name));
        if (!before.siret.isEmpty())
            m_companySirets.remove(before.siret);
    }
    Company after = company;
    after.id = self;
    m_companies.insert(self, after);
    m_companyIds.insert(foldForMatching(company.name), self);
    if (!company.siret.isEmpty())
        m_companySirets.insert(company.siret, self);
    count(plan);
    m_companyPlans << plan;
}

Status ImportRun::writeCompanies()
{
    Run<Company> run{&Store::addCompanies, {}, {}};
    for (CompanyPlan &plan : m_companyPlans) {
        if (plan.change == Change::Unchanged)
            continue;
        if (plan.change == Change::Create && plan.newSector.isEmpty()) {
            run.records << plan.company;
            run.lines << plan.line;
            continue;
        }
        if (Status written = write(run, m_result.changes.companies); !written)
            return written;
        m_line = plan.line;
        if (!plan.newSector.isEmpty()) {
            bool created = false;
            Result<Sector> sector = m_store.ensureSector(plan.newSector, &created);
            if (!sector) {
                problems(sector.error().problems(), {{QStringLiteral("name"), QStringLiteral("sector")}});
                return sector.error();
            }
            plan.company.sectorId = sector->id;
            if (created) {
                if (Status noted = note(m_result.changes.createdSectors, sector->id); !noted)
                    return noted;
            }
            if (plan.change == Change::Create) {
                run.records << plan.company;
                run.lines << plan.line;
                continue;
            }
        }
        std::optional<Company> before = m_store.company(plan.company.id);
        Result<Company> stored = m_store.updateCompany(plan.company);
        if (!stored) {
            problems(stored.error().problems());
            return stored.error();
        }
        if (Status noted = note(m_result.changes.companies, std::move(before), stored->id); !noted)
            return noted;
    }
    return write(run, m_result.changes.companies);
}

// ---- leases ----------------------------------------------------------------------------------

void ImportRun::loadLeases()
{
    loadSitesAndOffices();
    for (const Store::CompanyIdentity &company : m_store.companyIdentities()) {
        m_companyIds.insert(foldForMatching(company.name), company.id);
        if (!company.siret.isEmpty())
            m_companySirets.insert(company.siret, company.id);
        m_companyNames.insert(company.id, company.name);
    }
}

void ImportRun::planLease()
{
    const QString companyText = text(QStringLiteral("company"));
    const QString siteName = text(QStringLiteral("site"));
    const QString code = text(QStringLiteral("office"));

    Id companyId = 0;
    if (companyText.isEmpty()) {
        error(QStringLiteral("company"), Importer::tr("The company (its name or SIRET) is needed."));
    } else {
        companyId = m_companySirets.value(normalizeSiret(companyText));
        if (companyId == 0)
            companyId = m_companyIds.value(foldForMatching(companyText));
        if (companyId == 0)
            error(QStringLiteral("company"),
                  Importer::tr("There is no company named '%1' or with that SIRET: import the companies first.").arg(companyText));
    }
    std::optional<Office> office;
    if (siteName.isEmpty()) {
        error(QStringLiteral("site"), Importer::tr("The site is needed."));
    } else if (!m_sites.contains(foldForMatching(siteName))) {
        error(QStringLiteral("site"), Importer::tr("There is no site named '%1'.").arg(siteName));
    } else if (code.isEmpty()) {
        error(QStringLiteral("office"), Importer::tr("The office's code is needed."));
    } else if (const auto found = m_offices.constFind(officeKey(siteName, code)); found != m_offices.cend()) {
        office = *found;
    } else {
        error(QStringLiteral("office"), Importer::tr("%1 has no office '%2'.").arg(m_sites.value(foldForMatching(siteName)).name, code));
    }
    const std::optional<QDate> parsedStart = date(QStringLiteral("start"));
    if (parsedStart && parsedStart->isNull())
        error(QStringLiteral("start"), Importer::tr("The start date is needed."));
    // Null when missing or not a date: the row has an error then, and no lease is planned.
    const QDate start = parsedStart.value_or(QDate());

    LeasePlan plan;
    plan.line = m_line;
    Lease &lease = plan.lease;
    std::optional<Lease> existing;
    if (companyId != 0 && office && start.isValid()) {
        const QString key = QStringLiteral("%1/%2/%3").arg(companyId).arg(office->id).arg(isoDate(start));
        if (const auto seen = m_seen.constFind(key); seen != m_seen.cend()) {
            error(QStringLiteral("start"), Importer::tr("The lease of %1 in %2 from %3 is already on line %4.")
                                               .arg(m_companyNames.value(companyId), officeName(*office), Format().date(start))
                                               .arg(*seen));
            return;
        }
        m_seen.insert(key, m_line);
        for (const Lease &other : m_leasesByOffice.value(office->id)) {
            if (other.companyId == companyId && other.start == start && other.id > 0) {
                existing = other;
                break;
            }
        }
        if (existing) {
            lease = *existing;
        } else {
            lease.companyId = companyId;
            lease.officeId = office->id;
            lease.start = start;
            lease.id = -m_line; // tells it apart from the others in the rules until it is stored
        }
    }

    if (has(QStringLiteral("end"))) {
        if (auto end = date(QStringLiteral("end")))
            lease.end = *end;
    }
    if (has(QStringLiteral("terminated_on"))) {
        if (auto terminated = date(QStringLiteral("terminated_on")))
            lease.terminatedOn = *terminated;
    }
    // A private office's lease may leave its workstations empty, or give all of the office's
    // (as exports write them); the rules refuse any other number.
    if (has(QStringLiteral("workstations")) && office
        && (office->kind == OfficeKind::Shared || !text(QStringLiteral("workstations")).isEmpty())) {
        if (auto count = integer(QStringLiteral("workstations")))
            lease.workstations = *count;
    }
    if (has(QStringLiteral("type"))) {
        if (auto type = choice(QStringLiteral("type"), &parseLeaseType, leaseTypeCodes(), LeaseType::Precaire))
            lease.type = *type;
    }

    // The rent schedule: rent_steps when given; else monthly_rent as one rent from the start.
    const bool steps = has(QStringLiteral("rent_steps")) && !text(QStringLiteral("rent_steps")).isEmpty();
    std::optional<Cents> rent;
    if (has(QStringLiteral("monthly_rent")) && !text(QStringLiteral("monthly_rent")).isEmpty())
        rent = money(QStringLiteral("monthly_rent"));
    if (steps) {
        using ReadCents = std::optional<Cents> (*)(const QString &);
        if (auto entries = dated(QStringLiteral("rent_steps"), static_cast<ReadCents>(&parseCents),
                                 QStringLiteral("2026-01-01=171.50|2027-01-01=208.25"))) {
            lease.rentSteps.clear();
            for (const auto &[day, cents] : *entries)
                lease.rentSteps << RentStep{day, cents};
            if (rent && std::none_of(lease.rentSteps.cbegin(), lease.rentSteps.cend(),
                                     [&rent](const RentStep &step) { return step.monthlyRentCents == *rent; }))
                error(QStringLiteral("monthly_rent"), Importer::tr("The monthly rent %1 is none of the rent steps: change the steps, or "
                                                             "empty them to let this one rent apply from the start.")
                                                          .arg(Format().money(*rent)));
        }
    } else if (rent) {
        const bool known = std::any_of(lease.rentSteps.cbegin(), lease.rentSteps.cend(),
                                       [&rent](const RentStep &step) { return step.monthlyRentCents == *rent; });
        if (!known)
            lease.rentSteps = {RentStep{lease.start, *rent}};
    } else if (has(QStringLiteral("rent_steps"))) {
        lease.rentSteps.clear(); // rent_steps empty, and monthly_rent absent or empty: no rent
    }

    if (has(QStringLiteral("monthly_charges"))) {
        if (auto charges = money(QStringLiteral("monthly_charges")))
            lease.monthlyChargesCents = *charges;
    }
    if (has(QStringLiteral("deposit"))) {
        if (auto deposit = money(QStringLiteral("deposit")))
            lease.depositCents = *deposit;
    }
    if (has(QStringLiteral("notice_months"))) {
        if (text(QStringLiteral("notice_months")).isEmpty())
            lease.noticeMonths = 0;
        else if (auto months = integer(QStringLiteral("notice_months")))
            lease.noticeMonths = *months;
    }
    if (has(QStringLiteral("cancelled"))) {
        if (auto cancelled = flag(QStringLiteral("cancelled")))
            lease.cancelled = *cancelled;
    }
    if (has(QStringLiteral("notes")))
        lease.notes = raw(QStringLiteral("notes"));
    if (companyId == 0 || !office || !start.isValid())
        return;

    const QString name = officeName(*office);
    const QHash<QString, QString> renamed{{QStringLiteral("monthly_rent"), steps ? QStringLiteral("rent_steps") : QStringLiteral("monthly_rent")}};
    QList<Problem> broken = Rules::checkLease(lease, *office, name);
    // The other leases are compared with this one only once its dates are all known.
    if (broken.isEmpty() && !m_rowFailed) {
        auto companyName = [this](Id id) { return m_companyNames.value(id); };
        broken = Rules::checkLeaseAgainstOthers(lease, *office, name, m_leasesByOffice.value(office->id), companyName);
    }
    problems(broken, renamed);
    if (m_rowFailed)
        return;

    if (office->kind == OfficeKind::Private)
        lease.workstations = 0; // as the Store keeps it: a private office is let whole
    plan.change = !existing ? Change::Create : (sameLease(lease, *existing) ? Change::Unchanged : Change::Update);

    QList<Lease> &others = m_leasesByOffice[office->id];
    if (existing) {
        for (Lease &other : others) {
            if (other.id == lease.id)
                other = lease;
        }
    } else {
        others << lease;
    }
    count(plan);
    m_leasePlans << plan;
}

Status ImportRun::writeLeases()
{
    Run<Lease> run{&Store::addLeases, {}, {}};
    for (const LeasePlan &plan : std::as_const(m_leasePlans)) {
        if (plan.change == Change::Unchanged)
            continue;
        Lease lease = plan.lease;
        if (plan.change == Change::Create) {
            lease.id = 0;
            run.records << lease;
            run.lines << plan.line;
            continue;
        }
        if (Status written = write(run, m_result.changes.leases); !written)
            return written;
        m_line = plan.line;
        std::optional<Lease> before = m_store.lease(lease.id);
        Result<Lease> stored = m_store.updateLease(lease);
        if (!stored) {
            problems(stored.error().problems());
            return stored.error();
        }
        if (Status noted = note(m_result.changes.leases, std::move(before), stored->id); !noted)
            return noted;
    }
    return write(run, m_result.changes.leases);
}

template<typename T>
Status ImportRun::write(Run<T> &run, QList<ImportedRecord<T>> &written)
{
    if (run.records.isEmpty())
        return done();
    qsizetype refused = -1;
    Result<QList<T>> stored = (m_store.*run.add)(std::exchange(run.records, {}), &refused);
    const QList<qint64> lines = std::exchange(run.lines, {});
    if (!stored) {
        m_line = lines.value(refused, 0);
        problems(stored.error().problems());
        return stored.error();
    }
    for (T &record : *stored)
        written << ImportedRecord<T>{std::nullopt, std::move(record)};
    return done();
}

} // namespace

Importer::Importer(Store &store, Options options)
    : m_store(store)
    , m_options(std::move(options))
{
}

ImportResult Importer::importFile(ImportKind kind, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.fileRefused = true;
        result.errors << ImportMessage{0, QString(), tr("The file cannot be opened: %1.").arg(file.errorString())};
        return result;
    }
    return import(kind, file);
}

ImportResult Importer::import(ImportKind kind, QIODevice &device)
{
    ImportRun run(m_store, m_options, kind);
    return run.run(device);
}

} // namespace pepin
