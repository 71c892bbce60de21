// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "domain/IdIndex.h"
#include "service/Rules.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace pepin {

// The one path for every change: each write checks the domain's rules against what is stored,
// inside a write transaction, and writes nothing when a rule is broken. Reads return plain
// values. Every committed change is announced by Database::changed.
class Store : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<Store>> open(const QString &path, Database::Mode mode,
                                               Database::PageCheck check = Database::PageCheck::First);
    explicit Store(std::unique_ptr<Database> database);
    ~Store() override;

    Database &database() { return *m_db; }
    // Every change made through this store, as recorded (AuditLog).
    AuditLog &history() { return *m_history; }

    // The sectors a new database starts with (DESIGN.md §1), named in the current language.
    static QList<Sector> defaultSectors();
    // A colour for the n-th sector, distinct from its neighbours.
    static QString sectorColour(int n);

    // The whole lists (sectors, sites, offices, companies, leases, applications) are kept in
    // memory once read, shared by every reader (Qt's implicit sharing), and brought up to date
    // record by record from the changes this store commits; they are read again whole when
    // another program changed the file or after a change this store did not announce (a
    // restored backup). Inside a write transaction they are read from the file, which then
    // holds what is not committed yet. They are returned const: a loop over a list shared with
    // the kept one, as a non-const value, would copy it whole first (Qt's containers copy
    // themselves before a non-const begin()), half a second for a network's 300,000 companies.
    //
    // readLists() reads every list at once, as the application's start does, on two processors
    // where the database is a file (the companies on a connection of their own). The check of the
    // pages (Database::PageCheck::Beside) is not started here: the window starts it once its
    // dashboard's figures, which take both processors too, are computed (MainWindow::openStore).
    void readLists();
    const QList<Sector> sectors();
    std::optional<Sector> sector(Id id);
    std::optional<Sector> sectorByName(const QString &name);
    const QList<Site> sites();
    std::optional<Site> site(Id id);
    std::optional<Site> siteByName(const QString &name);
    const QList<Office> offices();
    QList<Office> officesOfSite(Id siteId);
    std::optional<Office> office(Id id);
    std::optional<Office> officeByCode(Id siteId, const QString &code);
    const QList<Company> companies();
    // The kept companies by id, made once for the kept list and dropped when it changes; null
    // when the lists are not kept (inside a write transaction). Made from the list companies()
    // returned last, unless something was committed in between (IdIndex::isOf tells).
    std::shared_ptr<const IdIndex<Company>> companyIndex();
    std::optional<Company> company(Id id);
    std::optional<Company> companyBySiret(const QString &siret);
    std::optional<Company> companyByName(const QString &name);
    // Every company's name by its id, without the rest of the companies: what lists of leases
    // name them by.
    QHash<Id, QString> companyNamesById();
    // What tells the companies apart, without the rest of them: what an import's rows name their
    // company by.
    struct CompanyIdentity
    {
        Id id = 0;
        QString name;
        QString siret; // empty when not known
    };
    QList<CompanyIdentity> companyIdentities();

    // The incubator's own name and logo (the bytes of a PNG, JPEG or SVG file), which the
    // occupancy report puts on its cover and running header; empty when not set. They belong to
    // the incubator, so they live in the database, for everyone who opens it and for the
    // command line alike.
    struct Identity
    {
        QString name;
        QByteArray logo;
        bool operator==(const Identity &) const = default;
    };
    Identity identity();
    Status setIdentity(const Identity &identity);
    // How many whole years a former tenant's personal data is kept after it left before it is due
    // for erasure (PersonalData::dueForErasure); the incubator's policy, kept in the database.
    int personalDataKeepYears();
    Status setPersonalDataKeepYears(int years);
    const QList<Lease> leases();
    QList<Lease> leasesOfOffice(Id officeId);
    QList<Lease> leasesOfCompany(Id companyId);
    std::optional<Lease> lease(Id id);
    const QList<Application> applications();
    std::optional<Application> application(Id id);

    // The office's name (pepin::officeName), its site read from the database.
    QString officeName(const Office &office);

    // Each add returns the stored record with its id; a record given with an id keeps it (undo
    // puts a removed record back as it was). Each update needs the version that was read and
    // refuses if the record changed since. Remove refuses when history would be lost.
    Result<Sector> addSector(Sector sector);
    Result<Sector> updateSector(Sector sector);
    Status removeSector(Id id);
    // The sector of that name, created with a new colour when there is none (`created` says so).
    Result<Sector> ensureSector(const QString &name, bool *created = nullptr);

    Result<Site> addSite(Site site);
    Result<Site> updateSite(Site site);
    Status removeSite(Id id);

    Result<Office> addOffice(Office office);
    Result<Office> updateOffice(Office office);
    Status removeOffice(Id id);

    Result<Company> addCompany(Company company);
    // Adds many companies in one transaction, as addLeases adds leases: each checked by the same
    // rules as addCompany, against what is stored and the companies added before it.
    Result<QList<Company>> addCompanies(QList<Company> companies, qsizetype *refused = nullptr);
    Result<Company> updateCompany(Company company);
    Status removeCompany(Id id);

    Result<Lease> addLease(Lease lease);
    // Adds many leases in one transaction, each checked by the same rules as addLease, against
    // what is stored and the leases added before it, with what the checks read fetched once.
    // The first lease refused stops it and nothing is written; `refused`, if given, is then set
    // to its index in `leases`.
    Result<QList<Lease>> addLeases(QList<Lease> leases, qsizetype *refused = nullptr);
    Result<Lease> updateLease(Lease lease);
    Status removeLease(Id id);

    Result<Application> addApplication(Application application);
    Result<Application> updateApplication(Application application);
    Status removeApplication(Id id);

    // Erases the personal data held about a company — its contact, email, phone and notes, the
    // notes of its leases, the notes and decisions of its applications — here and in the change
    // history, in one transaction; what the figures count (its name, SIRET, sector, headcounts,
    // leases and dates) is kept. The history records that it was done, not what was erased.
    // Returns how many records were blanked.
    Result<int> erasePersonalData(Id companyId);
    // The fields erasePersonalData blanks, by entity key ("company", "lease", "application").
    static QStringList personalFields(const QString &entity);

private:
    // The records `where` selects (" WHERE …", or empty for all), in the `order` given ("name").
    template<typename T>
    QList<T> select(const QString &where = {}, const QVariantList &values = {}, const QString &order = {});
    // The kept list of T, after the stamp of the kept lists was compared with the database's
    // (and the lists forgotten if it moved); null inside a write transaction, or when the stamp
    // could not be read: the lists are not kept then.
    template<typename T>
    std::optional<QList<T>> *keptList();
    // Every record of T, in its list's order: the kept list, read first if need be.
    template<typename T>
    QList<T> all();
    // Brings the kept lists up to date after a commit of this store (Database::changed).
    void keepUpToDate(const QList<Change> &changes);
    // The kept list of T brought up to date for the records of those ids.
    template<typename T>
    void keepRecordsUpToDate(const QList<Id> &ids);
    template<typename T>
    Result<T> insert(T record, Entity entity);
    template<typename T>
    Result<T> update(T record, Entity entity, const QString &what);
    // Why an update of `what` from stale data was refused, with whose change came first (the
    // history's last entry about the record).
    Error staleError(const QString &what, Entity entity, Id id);
    template<typename T>
    Status remove(Id id, Entity entity);

    // A record's own rows in another table: a company's headcounts, a lease's rent steps.
    struct ChildRows
    {
        QString deleteSql; // of all of them, by the record's id
        QString insertSql; // of one
        QList<QVariantList> rows;
    };
    static ChildRows childRows(const Company &company);
    static ChildRows childRows(const Lease &lease);
    template<typename T>
    Status writeChildren(const T &record);
    // Inserts `records` in the open transaction, as insert() one, each through `check` first
    // (what it compares with read once by the caller), then handed to `added` with its id; the
    // statements prepared once. `refused`, if given, is set to the index of the record refused,
    // or -1.
    template<typename T>
    Status insertAll(QList<T> &records, Entity entity, qsizetype *refused, const std::function<Status(T &)> &check,
                     const std::function<QString(const T &)> &label, const std::function<void(const T &)> &added);

    template<typename T>
    Result<T> save(T record, Entity entity, bool isNew);
    template<typename T>
    Status erase(Id id, Entity entity, const QString &usedSql, const QString &whyKept);

    // The rules of each entity, with what only the stored data can tell (unique names, the
    // other leases of an office). May normalise the record (a private lease's workstations).
    Status validate(const Sector &sector, bool isNew);
    Status validate(const Site &site, bool isNew);
    Status validate(Office &office, bool isNew);
    Status validate(Company &company, bool isNew);
    // The checks of validate(Company &) on what `others` tells of the stored companies and
    // sectors.
    struct CompanyLookup
    {
        std::function<bool(Id)> sectorExists;
        std::function<std::optional<CompanyIdentity>(const QString &siret)> bySiret;
        std::function<std::optional<CompanyIdentity>(const QString &name)> byName; // any case and accents
    };
    static Status validate(Company &company, const CompanyLookup &others);
    Status validate(Lease &lease, bool isNew);
    // The checks of validate(Lease &) on values already read: the lease's office and its name,
    // the office's other leases, and how to name their companies.
    static Status validate(Lease &lease, const Office &office, const QString &officeName, const QList<Lease> &others,
                           const Rules::CompanyName &companyNames);
    Status validate(Application &application, bool isNew);
    Rules::CompanyName companyNames();

    // How an edit conflict names the record ("The company Praxys").
    QString describe(const Sector &sector);
    QString describe(const Site &site);
    QString describe(const Office &office);
    QString describe(const Company &company);
    QString describe(const Lease &lease);
    QString describe(const Application &application);
    Result<bool> anyRow(const QString &sql, const QVariantList &values);

    // How the history names a record: "Praxys", "B12 (Ateliers numériques)", "Praxys in B12".
    QString labelOf(const Sector &sector) { return sector.name; }
    QString labelOf(const Site &site) { return site.name; }
    QString labelOf(const Office &office) { return officeName(office); }
    QString labelOf(const Company &company) { return company.name; }
    QString labelOf(const Lease &lease);
    QString labelOf(const Application &application);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_history;
    struct Kept;
    std::unique_ptr<Kept> m_kept;
};

} // namespace pepin
