// SPDX-License-Identifier: GPL-3.0-or-later
// The whole lists a store keeps in memory once read (Store::sectors() … applications()): after
// every change, whoever made it, they are what a fresh read of the file gives, in its order.
#include "CatchQt.h"

#include "Builders.h"
#include "BusyBeside.h"
#include "Records.h"
#include "TestDatabase.h"

#include "demo/DemoData.h"
#include "figures/Portfolio.h"
#include "figures/Tenants.h"
#include "util/Text.h"

using namespace pepin;
using namespace pepin::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate today(2026, 11, 29);

template<typename T>
void checkSameList(const QList<T> &kept, const QList<T> &read, const char *what)
{
    INFO(what);
    REQUIRE(kept.size() == read.size());
    for (qsizetype i = 0; i < kept.size(); ++i) {
        INFO("record " << i);
        checkSame(kept.at(i), read.at(i));
    }
}

// Every list `store` keeps against those of a store that opens the file afresh.
void checkKeptListsAreTheFiles(Store &store, const QString &path)
{
    Result<std::unique_ptr<Store>> opened = Store::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.ok());
    Store &fresh = **opened;
    checkSameList(store.sectors(), fresh.sectors(), "sectors");
    checkSameList(store.sites(), fresh.sites(), "sites");
    checkSameList(store.offices(), fresh.offices(), "offices");
    checkSameList(store.companies(), fresh.companies(), "companies");
    checkSameList(store.leases(), fresh.leases(), "leases");
    checkSameList(store.applications(), fresh.applications(), "applications");

    // The companies by id, kept beside their list, find each of them as it is now (a server's
    // lists are not kept: nothing tells this store what other desks commit).
    const QList<Company> companies = store.companies();
    const std::shared_ptr<const IdIndex<Company>> index = store.companyIndex();
    if (store.database().isOnServer()) {
        CHECK_FALSE(index);
        return;
    }
    REQUIRE(index);
    CHECK(index->isOf(companies));
    for (const Company &company : companies) {
        const Company *found = index->find(company.id);
        REQUIRE(found);
        CHECK(found == &company);
    }
}

// Reads every list, so that the store keeps them.
void readAll(Store &store)
{
    (void)store.sectors();
    (void)store.sites();
    (void)store.offices();
    (void)store.companies();
    (void)store.leases();
    (void)store.applications();
}

QStringList companyNames(Store &store)
{
    QStringList names;
    for (const Company &company : store.companies())
        names << company.name;
    return names;
}

// The ids `sql` selects, in its order.
QList<Id> idsOf(Store &store, const QString &sql)
{
    Result<Rows> rows = store.database().select(sql);
    REQUIRE(rows.ok());
    QList<Id> ids;
    while (rows->next())
        ids << rows->integer(0);
    return ids;
}

template<typename T>
QList<Id> idsOf(const QList<T> &records)
{
    QList<Id> ids;
    for (const T &record : records)
        ids << record.id;
    return ids;
}

// A dated value (a headcount, a monthly rent), as kept or as stored.
using Dated = std::pair<QDate, qint64>;

// The dated values `sql` reads for the record `id`.
QList<Dated> storedOf(Store &store, const QString &sql, Id id)
{
    Result<Rows> rows = store.database().select(sql, {id});
    REQUIRE(rows.ok());
    QList<Dated> values;
    while (rows->next())
        values << Dated{rows->date(0), rows->integer(1)};
    return values;
}

} // namespace

TEST_CASE("Text is ordered as SQLite orders it, by code point", "[kept][text]")
{
    // UTF-16 alone would put the emoji (a surrogate pair, U+1F600) before U+E000.
    CHECK(codePointLess(u"\uE000 Studio"_s, u"\U0001F600 Studio"_s));
    CHECK_FALSE(codePointLess(u"\U0001F600 Studio"_s, u"\uE000 Studio"_s));
    CHECK(codePointLess(u"Zèbre"_s, u"zèbre"_s));
    CHECK(codePointLess(u"Zebre"_s, u"Zèbre"_s));
    CHECK(codePointLess(u"Praxys"_s, u"Praxys SAS"_s));
    CHECK(codePointLess(QString(), u"A"_s));
    CHECK_FALSE(codePointLess(u"Praxys"_s, u"Praxys"_s));
    CHECK_FALSE(codePointLess(u"b"_s, u"a"_s));

    // The three-way order the sorts use says the same, and ties only equal texts.
    CHECK(codePointOrder(u"\uE000 Studio"_s, u"\U0001F600 Studio"_s) == std::strong_ordering::less);
    CHECK(codePointOrder(u"\U0001F600 Studio"_s, u"\uE000 Studio"_s) == std::strong_ordering::greater);
    CHECK(codePointOrder(u"Praxys SAS"_s, u"Praxys"_s) == std::strong_ordering::greater);
    CHECK(codePointOrder(u"Praxys"_s, u"Praxys SAS"_s) == std::strong_ordering::less);
    CHECK(codePointOrder(u"Praxys"_s, u"Praxys"_s) == std::strong_ordering::equal);
    CHECK(codePointOrder(QString(), QString()) == std::strong_ordering::equal);
    CHECK(codePointOrder(u"Zèbre"_s, u"zèbre"_s) == std::strong_ordering::less);

    // The heads the sorts compare first (the first sixteen units) never contradict the whole
    // order: texts that differ within them, or where one ends, compare as their heads do.
    const QStringList texts{QString(),
                            u"A"_s,
                            u"A\u0000"_s,
                            u"A\u0000\u0000"_s,
                            u"Praxys"_s,
                            u"Praxys SAS"_s,
                            u"Société coopérative A"_s, // the same sixteen units as the next, the difference past them
                            u"Société coopérative B"_s,
                            u"Société coopérativ"_s,
                            u"0123456789abcde\uE000"_s, // U+E000 or a surrogate pair at the sixteenth unit
                            u"0123456789abcde\U0001F600"_s,
                            u"0123456789abcdef\U0001F600"_s,
                            u"\uFFFF"_s,
                            u"\U0001F600"_s,
                            u"Zèbre"_s,
                            u"zèbre"_s};
    const auto unit = [](const QString &text, qsizetype i) { return i < text.size() ? int(text.at(i).unicode()) : 0; };
    for (const QString &a : texts) {
        for (const QString &b : texts) {
            INFO(a.toStdString() << " / " << b.toStdString());
            const std::array<quint64, 4> headA = codePointHead(a), headB = codePointHead(b);
            if (headA != headB) {
                CHECK((headA <=> headB) == codePointOrder(a, b));
                continue;
            }
            // Equal heads: the same first sixteen units, a text's end counting as U+0000.
            for (qsizetype i = 0; i < 16; ++i)
                CHECK(unit(a, i) == unit(b, i));
        }
    }
    CHECK(codePointHead(u"Société coopérative A"_s) == codePointHead(u"Société coopérative B"_s));
    CHECK(codePointHead(u"A"_s) == codePointHead(u"A\u0000"_s)); // told apart by the whole comparison
}

TEST_CASE("A whole list comes in the order SQLite sorts the file in, each record with its own children", "[kept][file]")
{
    TestDatabase db;
    REQUIRE(DemoData::populate(db.store(), Clock::fixed(today)).ok());
    // Names whose order is not their ids' order, some with headcounts and some without, so that
    // each record's children must find it wherever it lands in the list.
    int n = 0;
    for (const QString &name : {u"zeste"_s, u"\U0001F600 Studio"_s, u"Zèbre"_s, u"\uE000 Studio"_s, u"Zebra"_s, u"Émile"_s,
                                u"Praxys Lab"_s, u"0 premier"_s, u"Société coopérative B"_s, u"Société coopérative A"_s,
                                u"Société coopérativ"_s, u"0123456789abcde\U0001F600"_s, u"0123456789abcde\uE000"_s}) {
        Company company = addCompany(db.store(), name);
        if (++n % 3 != 0) {
            company.headcounts = {HeadcountEntry{today.addYears(-1), n}, HeadcountEntry{today, 100 + n}};
            REQUIRE(db->updateCompany(company).ok());
        }
    }

    CHECK(idsOf(db->sectors()) == idsOf(db.store(), u"SELECT id FROM sectors ORDER BY name, id"_s));
    CHECK(idsOf(db->sites()) == idsOf(db.store(), u"SELECT id FROM sites ORDER BY name, id"_s));
    CHECK(idsOf(db->offices()) == idsOf(db.store(), u"SELECT id FROM offices ORDER BY site_id, code, id"_s));
    CHECK(idsOf(db->companies()) == idsOf(db.store(), u"SELECT id FROM companies ORDER BY name, id"_s));
    CHECK(idsOf(db->leases()) == idsOf(db.store(), u"SELECT id FROM leases ORDER BY start_date, id"_s));
    CHECK(idsOf(db->applications())
          == idsOf(db.store(), u"SELECT id FROM applications ORDER BY priority DESC, received_on, id"_s));

    for (const Company &company : db->companies()) {
        INFO(company.name.toStdString());
        QList<Dated> kept;
        for (const HeadcountEntry &entry : company.headcounts)
            kept << Dated{entry.asOf, entry.headcount};
        CHECK(kept == storedOf(db.store(), u"SELECT as_of, headcount FROM headcounts WHERE company_id = ? ORDER BY as_of"_s, company.id));
    }
    qsizetype steps = 0;
    for (const Lease &lease : db->leases()) {
        INFO("lease " << lease.id);
        QList<Dated> kept;
        for (const RentStep &step : lease.rentSteps)
            kept << Dated{step.from, step.monthlyRentCents};
        CHECK(kept == storedOf(db.store(), u"SELECT from_date, monthly_rent_cents FROM rent_steps WHERE lease_id = ? ORDER BY from_date"_s,
                               lease.id));
        steps += kept.size();
    }
    CHECK(steps > db->leases().size()); // the demo has progressive rents
    CHECK(db->companyByName(u"Zebra"_s)->headcounts.size() == 2);
}

TEST_CASE("The lists read at once, the companies on a connection of their own, are those read one by one", "[kept][file]")
{
    TestDatabase db;
    REQUIRE(DemoData::populate(db.store(), Clock::fixed(today)).ok());
    int n = 0;
    const QStringList named{u"zeste"_s, u"Zèbre"_s, u"\U0001F600 Studio"_s, u"Émile"_s, u"0 premier"_s};
    for (const QString &name : named) {
        Company company = addCompany(db.store(), name);
        company.headcounts = {HeadcountEntry{today.addYears(-1), ++n}, HeadcountEntry{today, 100 + n}};
        REQUIRE(db->updateCompany(company).ok());
    }

    // As the application opens a file: its lists read first, then its pages checked.
    Result<std::unique_ptr<Store>> opened = Store::open(db.path(), Database::Mode::OpenExisting, Database::PageCheck::Beside);
    REQUIRE(opened.ok());
    Store &store = **opened;
    store.readLists();
    checkKeptListsAreTheFiles(store, db.path());
    // Each company has its own headcounts, in order, whatever the order of the names.
    for (int i = 0; i < named.size(); ++i) {
        INFO(named.at(i).toStdString());
        const std::optional<Company> company = store.companyByName(named.at(i));
        REQUIRE(company);
        REQUIRE(company->headcounts.size() == 2);
        CHECK(company->headcounts.at(0).asOf == today.addYears(-1));
        CHECK(company->headcounts.at(0).headcount == i + 1);
        CHECK(company->headcounts.at(1).asOf == today);
        CHECK(company->headcounts.at(1).headcount == 101 + i);
    }

    // Kept as any list read one by one: changes made here and elsewhere are followed.
    addCompany(store, u"Après la lecture"_s);
    addCompany(db.store(), u"Venue d'ailleurs"_s);
    CHECK(companyNames(store).contains(u"Après la lecture"_s));
    CHECK(companyNames(store).contains(u"Venue d'ailleurs"_s));
    checkKeptListsAreTheFiles(store, db.path());
}

TEST_CASE("With the thread beside busy, the lists read at once are read here all the same", "[kept][file]")
{
    TestDatabase db;
    REQUIRE(DemoData::populate(db.store(), Clock::fixed(today)));
    Company company = addCompany(db.store(), u"Zèbre"_s);
    company.headcounts = {HeadcountEntry{today.addYears(-1), 4}, HeadcountEntry{today, 6}};
    REQUIRE(db->updateCompany(company).ok());

    BusyBeside busy;
    Result<std::unique_ptr<Store>> opened = Store::open(db.path(), Database::Mode::OpenExisting, Database::PageCheck::Beside);
    REQUIRE(opened.ok());
    (*opened)->readLists();
    busy.release();
    checkKeptListsAreTheFiles(**opened, db.path());
    const std::optional<Company> read = (*opened)->companyByName(u"Zèbre"_s);
    REQUIRE(read);
    REQUIRE(read->headcounts.size() == 2);
    CHECK(read->headcounts.at(1).headcount == 6);
}

// A loop over one of the store's lists, written as the application writes it, against the list
// kept: the records it reads are the kept ones, at their place. A QList shared with the kept
// one and looped over as a non-const value is copied whole first (300,000 companies on the
// stress network, half a second).
template<typename T>
void checkLoopReadsKept(Store &store, const QList<T> (Store::*list)(), const char *what)
{
    INFO(what);
    const QList<T> kept = (store.*list)();
    REQUIRE_FALSE(kept.isEmpty());
    qsizetype i = 0;
    for (const T &record : (store.*list)()) {
        REQUIRE(i < kept.size());
        CHECK(&record == &kept.at(i));
        ++i;
    }
    CHECK(i == kept.size());
}

// On a file: on a server the store keeps no list (no stamp there says whether the database
// changed since a list was read), and reads each afresh.
TEST_CASE("A loop over a list of the store reads its kept records, without copying the list", "[kept][file]")
{
    TestDatabase db;
    REQUIRE(DemoData::populate(db.store(), Clock::fixed(today)).ok());
    Store &store = db.store();
    checkLoopReadsKept(store, &Store::sectors, "sectors");
    checkLoopReadsKept(store, &Store::sites, "sites");
    checkLoopReadsKept(store, &Store::offices, "offices");
    checkLoopReadsKept(store, &Store::companies, "companies");
    checkLoopReadsKept(store, &Store::leases, "leases");
    checkLoopReadsKept(store, &Store::applications, "applications");
}

TEST_CASE("The kept lists follow every change this store makes, in the file's order", "[kept]")
{
    TestDatabase db;
    REQUIRE(DemoData::populate(db.store(), Clock::fixed(today)).ok());
    readAll(db.store());

    SECTION("records added land where the file lists them, names the way SQLite orders them")
    {
        for (const QString &name : {u"\U0001F600 Studio"_s, u"\uE000 Studio"_s, u"zeste"_s, u"Zèbre"_s, u"Zebra"_s, u"Émile"_s})
            addCompany(db.store(), name);
        const Site site = addSite(db.store(), u"Arenberg Creative Mine"_s);
        const Office office = addOffice(db.store(), site.id, u"A01"_s);
        addOffice(db.store(), site.id, u"A00"_s);
        const Company tenant = addCompany(db.store(), u"Nouvelle pousse"_s);
        addLease(db.store(), tenant.id, office.id, d("2020-01-01"), d("2020-12-31"));
        REQUIRE(db->ensureSector(u"Économie circulaire"_s).ok());
        Application application;
        application.companyId = tenant.id;
        application.receivedOn = today;
        application.priority = 2;
        REQUIRE(db->addApplication(application).ok());
        checkKeptListsAreTheFiles(db.store(), db.path());
    }

    SECTION("a record renamed moves, an edited one stays, a removed one goes")
    {
        Company praxys = *db->companyByName(u"Praxys"_s);
        praxys.name = u"0 Praxys"_s;
        REQUIRE(db->updateCompany(praxys).ok());
        CHECK(companyNames(db.store()).first() == u"0 Praxys"_s);

        Lease lease = db->leases().first();
        lease.start = lease.start.addMonths(1);
        lease.rentSteps.first().from = lease.start;
        lease.notes = u"Moved a year on"_s;
        const Result<Lease> moved = db->updateLease(lease);
        INFO((moved ? QString() : moved.error().message()).toStdString());
        REQUIRE(moved.ok());
        Office office = db->offices().last();
        office.code = u"0"_s;
        REQUIRE(db->updateOffice(office).ok());
        Application application = db->applications().last();
        application.priority = 9;
        REQUIRE(db->updateApplication(application).ok());
        REQUIRE(db->removeLease(db->leases().last().id).ok());
        Sector sector = db->sectors().first();
        sector.name = u"ZZ dernier"_s;
        REQUIRE(db->updateSector(sector).ok());
        checkKeptListsAreTheFiles(db.store(), db.path());
    }

    SECTION("a company's headcounts and a lease's rent steps change with their record")
    {
        Company company = db->companies().first();
        company.headcounts << HeadcountEntry{today.addDays(-2), 42};
        const Result<Company> updated = db->updateCompany(company);
        INFO((updated ? QString() : updated.error().message()).toStdString());
        REQUIRE(updated.ok());
        Lease lease = db->leases().first();
        lease.rentSteps << RentStep{lease.start.addMonths(6), 123456};
        REQUIRE(db->updateLease(lease).ok());
        checkKeptListsAreTheFiles(db.store(), db.path());
        const QList<HeadcountEntry> headcounts = db->companies().first().headcounts;
        CHECK(std::any_of(headcounts.cbegin(), headcounts.cend(), [](const HeadcountEntry &entry) { return entry.headcount == 42; }));
    }

    SECTION("a company removed takes its applications with it")
    {
        const Application application = db->applications().first();
        const Company applicant = *db->company(application.companyId);
        REQUIRE(db->leasesOfCompany(applicant.id).isEmpty());
        REQUIRE(db->removeCompany(applicant.id).ok());
        for (const Application &left : db->applications())
            CHECK(left.companyId != applicant.id);
        checkKeptListsAreTheFiles(db.store(), db.path());
    }

    SECTION("many changes at once (an import) are read again whole")
    {
        const Site site = addSite(db.store(), u"Serre numérique"_s);
        QList<Lease> leases;
        for (int n = 0; n < 100; ++n) {
            const Office office = addOffice(db.store(), site.id, u"S%1"_s.arg(n, 3, 10, QLatin1Char('0')));
            const Company company = addCompany(db.store(), u"Lot %1"_s.arg(n));
            leases << leaseOf(company.id, office.id, d("2024-01-01").addDays(n), d("2025-12-31"));
        }
        REQUIRE(db->addLeases(leases).ok());
        checkKeptListsAreTheFiles(db.store(), db.path());
    }
}

TEST_CASE("The companies by id are made once for the kept list, and again when it changes", "[kept][file]")
{
    TestDatabase db;
    REQUIRE(DemoData::populate(db.store(), Clock::fixed(today)).ok());
    Store &store = db.store();
    const Portfolio first = Portfolio::load(store);
    REQUIRE(first.companyIndex);
    CHECK(first.companyIndex->isOf(first.companies));
    CHECK(Portfolio::load(store).companyIndex == first.companyIndex);

    // A tenant moved to another sector: the next portfolio's figures see it, the earlier one's
    // index still finds the records it was made from.
    const QList<TenantRow> tenants = tenantFiguresOn(today, first);
    REQUIRE_FALSE(tenants.isEmpty());
    Company tenant = *store.company(tenants.first().companyId);
    const Id otherSector = store.sectors().last().id;
    REQUIRE(tenant.sectorId != otherSector);
    const Id sectorBefore = tenant.sectorId;
    tenant.sectorId = otherSector;
    REQUIRE(store.updateCompany(tenant).ok());
    const Portfolio second = Portfolio::load(store);
    REQUIRE(second.companyIndex);
    CHECK(second.companyIndex != first.companyIndex);
    CHECK(tenantFiguresOn(today, second).first().sectorId == otherSector);
    CHECK(tenantFiguresOn(today, first).first().sectorId == sectorBefore);

    // A portfolio whose companies were changed after its load makes its own index.
    Portfolio changed = Portfolio::load(store);
    for (Company &company : changed.companies) {
        if (company.id == tenant.id)
            company.sectorId = sectorBefore;
    }
    CHECK_FALSE(changed.companyIndex->isOf(changed.companies));
    CHECK(tenantFiguresOn(today, changed).first().sectorId == sectorBefore);

    // Inside a write transaction nothing is kept.
    Database::Transaction transaction(store.database());
    REQUIRE(transaction.ok());
    CHECK_FALSE(store.companyIndex());
}

TEST_CASE("The kept lists see what another program commits", "[kept]")
{
    TestDatabase db;
    REQUIRE(DemoData::populate(db.store(), Clock::fixed(today)).ok());
    readAll(db.store());

    Result<std::unique_ptr<Store>> opened = Store::open(db.path(), Database::Mode::OpenExisting);
    REQUIRE(opened.ok());
    Store &other = **opened;
    addCompany(other, u"Venue d'ailleurs"_s);
    CHECK(companyNames(db.store()).contains(u"Venue d'ailleurs"_s));

    // A change here after one there: the lists are not patched from a state they never had.
    addCompany(other, u"Deuxième venue"_s);
    addCompany(db.store(), u"Faite ici"_s);
    CHECK(companyNames(db.store()).contains(u"Deuxième venue"_s));
    checkKeptListsAreTheFiles(db.store(), db.path());
}

TEST_CASE("Inside a write transaction the lists are read from the file, and a rollback leaves them as committed", "[kept]")
{
    TestDatabase db;
    REQUIRE(DemoData::populate(db.store(), Clock::fixed(today)).ok());
    const qsizetype before = db->companies().size();
    {
        Database::Transaction transaction(db->database());
        REQUIRE(transaction.ok());
        addCompany(db.store(), u"Pas encore"_s);
        CHECK(companyNames(db.store()).contains(u"Pas encore"_s));
        // Left without commit: rolled back.
    }
    CHECK(db->companies().size() == before);
    CHECK_FALSE(companyNames(db.store()).contains(u"Pas encore"_s));
    checkKeptListsAreTheFiles(db.store(), db.path());
}

TEST_CASE("A restored backup, which announces no record, has the lists read again", "[kept][restore][file]")
{
    TestDatabase db;
    REQUIRE(DemoData::populate(db.store(), Clock::fixed(today)).ok());
    const QString backup = db.file(u"monday.db"_s);
    REQUIRE(db->database().backupTo(backup).ok());
    addCompany(db.store(), u"Ajoutée depuis"_s);
    readAll(db.store());

    REQUIRE(db->database().replaceContentWith(backup, u"monday.db"_s).ok());
    // A change announced right after: the lists must not be patched from before the restore.
    addCompany(db.store(), u"Après la restauration"_s);
    const QStringList names = companyNames(db.store());
    CHECK_FALSE(names.contains(u"Ajoutée depuis"_s));
    CHECK(names.contains(u"Après la restauration"_s));
    checkKeptListsAreTheFiles(db.store(), db.path());
}
