// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "Records.h"
#include "PlainConnection.h"
#include "TestDatabase.h"

#include <QDir>

using namespace pepin;
using namespace pepin::test;
using namespace Qt::Literals::StringLiterals;

namespace {

Sector fullSector()
{
    Sector sector;
    sector.name = u"Robotique & IA"_s;
    sector.color = u"#12ab9F"_s;
    sector.archived = true;
    return sector;
}

Site fullSite()
{
    Site site;
    site.name = u"Ateliers numériques de Valenciennes"_s;
    site.address = u"2 rue des Ateliers\n59300 Valenciennes"_s;
    site.maxStayMonths = 36;
    site.rentProgression = {60, 80, 100, 110};
    site.notes = u"Run with the CCI since 2000; « extension » planned."_s;
    site.archived = false;
    return site;
}

Office fullOffice(Id siteId)
{
    Office office;
    office.siteId = siteId;
    office.code = u"C10"_s;
    office.floor = u"2e étage"_s;
    office.areaM2 = 80.35;
    office.workstations = 12;
    office.kind = OfficeKind::Shared;
    office.rentM2YearCents = 12050;
    office.availableFrom = QDate(2027, 3, 1);
    office.availableUntil = QDate(2035, 12, 31);
    office.notes = u"Open space of the extension"_s;
    office.archived = false;
    return office;
}

Company fullCompany(Id sectorId)
{
    Company company;
    company.name = u"Technique et Son"_s;
    company.siret = u"73282932000074"_s;
    company.naf = u"5920Z"_s;
    company.sectorId = sectorId;
    company.createdOn = QDate(2019, 4, 15);
    company.stage = CompanyStage::Established;
    company.contact = u"Sophie Lambert"_s;
    company.email = u"sophie@techniqueetson.example.org"_s;
    company.phone = u"+33 3 27 00 12 34"_s;
    company.notes = u"Studio; \"quotes\", commas, and ; semicolons"_s;
    company.exitDate = QDate(2026, 10, 31);
    company.exitReason = ExitReason::GraduatedLocal;
    company.headcounts = {{QDate(2019, 4, 15), 2}, {QDate(2022, 1, 1), 5}, {QDate(2026, 10, 31), 0}};
    company.archived = true;
    return company;
}

Lease fullLease(Id companyId, Id officeId)
{
    Lease lease;
    lease.companyId = companyId;
    lease.officeId = officeId;
    lease.type = LeaseType::Coworking;
    lease.start = QDate(2027, 3, 1);
    lease.end = QDate(2030, 2, 28);
    lease.terminatedOn = QDate(2029, 6, 30);
    lease.workstations = 5;
    lease.rentSteps = {{QDate(2027, 3, 1), 56245}, {QDate(2028, 3, 1), 68298}, {QDate(2029, 3, 1), 80350}};
    lease.monthlyChargesCents = 20088;
    lease.depositCents = 112490;
    lease.noticeMonths = 3;
    lease.cancelled = false;
    lease.notes = u"Signed at the committee of March"_s;
    return lease;
}

Application fullApplication(Id companyId)
{
    Application application;
    application.companyId = companyId;
    application.neededAreaM2 = 55.5;
    application.neededWorkstations = 6;
    application.wishedStart = QDate(2027, 3, 1);
    application.status = ApplicationStatus::Committee;
    application.committeeDate = QDate(2026, 12, 10);
    application.decision = u"To be heard in December"_s;
    application.priority = 7;
    application.notes = u"European 3D production and R&D"_s;
    application.receivedOn = QDate(2026, 9, 28);
    return application;
}

template<typename T>
T stored(Result<T> result)
{
    if (!result)
        FAIL(result.error().message().toStdString());
    return std::move(result).value();
}

} // namespace

TEST_CASE("every field of every record survives closing and reopening the database", "[storage]")
{
    TestDatabase db;
    Sector sector = fullSector();
    sector = stored(db->addSector(sector));
    Site site = stored(db->addSite(fullSite()));
    Office office = stored(db->addOffice(fullOffice(site.id)));
    Company company = stored(db->addCompany(fullCompany(sector.id)));
    Lease lease = stored(db->addLease(fullLease(company.id, office.id)));
    Application application = stored(db->addApplication(fullApplication(company.id)));

    db.reopen();
    // Read through SQLite's own interface (what this system's Qt driver allows), then through
    // Qt Sql (what other engines use): the same records.
    const bool native = GENERATE(from_range(readPaths())) == ReadPath::Native;
    db->database().setNativeReads(native);
    REQUIRE(db->database().readsNatively() == native);

    Sector expectedSector = fullSector();
    expectedSector.id = sector.id;
    checkSame(*db->sector(sector.id), expectedSector);
    Site expectedSite = fullSite();
    expectedSite.id = site.id;
    checkSame(*db->site(site.id), expectedSite);
    Office expectedOffice = fullOffice(site.id);
    expectedOffice.id = office.id;
    checkSame(*db->office(office.id), expectedOffice);
    Company expectedCompany = fullCompany(sector.id);
    expectedCompany.id = company.id;
    checkSame(*db->company(company.id), expectedCompany);
    Lease expectedLease = fullLease(company.id, office.id);
    expectedLease.id = lease.id;
    checkSame(*db->lease(lease.id), expectedLease);
    Application expectedApplication = fullApplication(company.id);
    expectedApplication.id = application.id;
    checkSame(*db->application(application.id), expectedApplication);

    // The lists and lookups return the same records.
    checkSame(db->companies().first(), expectedCompany);
    checkSame(db->leasesOfCompany(company.id).first(), expectedLease);
    checkSame(db->leasesOfOffice(office.id).first(), expectedLease);
    checkSame(*db->companyBySiret(u"73282932000074"_s), expectedCompany);
    checkSame(*db->companyByName(u"technique et son"_s), expectedCompany);
    checkSame(*db->officeByCode(site.id, u"c10"_s), expectedOffice);
    checkSame(*db->siteByName(u"ATELIERS NUMERIQUES DE VALENCIENNES"_s), expectedSite);
    checkSame(*db->sectorByName(u"robotique & ia"_s), expectedSector);
    checkSame(db->applications().first(), expectedApplication);
}

TEST_CASE("the values written in the file are the documented ones", "[storage][file]")
{
    TestDatabase db;
    const Site site = stored(db->addSite(fullSite()));
    const Office office = stored(db->addOffice(fullOffice(site.id)));
    const Company company = stored(db->addCompany(fullCompany(0)));
    const Lease lease = stored(db->addLease(fullLease(company.id, office.id)));
    db.close();

    PlainConnection file(db.path());
    // Dates as ISO text, money in integer cents, codes for the vocabularies, NULL for no value.
    CHECK(file.scalar(u"SELECT start_date FROM leases WHERE id = ?"_s, {lease.id}).toString() == u"2027-03-01"_s);
    CHECK(file.scalar(u"SELECT typeof(deposit_cents) FROM leases WHERE id = ?"_s, {lease.id}).toString() == u"integer"_s);
    CHECK(file.scalar(u"SELECT deposit_cents FROM leases WHERE id = ?"_s, {lease.id}).toLongLong() == 112490);
    CHECK(file.scalar(u"SELECT type FROM leases WHERE id = ?"_s, {lease.id}).toString() == u"coworking"_s);
    CHECK(file.scalar(u"SELECT kind FROM offices WHERE id = ?"_s, {office.id}).toString() == u"shared"_s);
    CHECK(file.scalar(u"SELECT rent_progression FROM sites WHERE id = ?"_s, {site.id}).toString() == u"60,80,100,110"_s);
    CHECK(file.scalar(u"SELECT exit_reason FROM companies WHERE id = ?"_s, {company.id}).toString() == u"graduated_local"_s);
    CHECK(file.scalar(u"SELECT sector_id IS NULL FROM companies WHERE id = ?"_s, {company.id}).toInt() == 1);
    CHECK(file.scalar(u"SELECT typeof(monthly_rent_cents) FROM rent_steps WHERE lease_id = ? AND from_date = '2028-03-01'"_s,
                      {lease.id})
              .toString()
          == u"integer"_s);
    CHECK(file.scalar(u"SELECT count(*) FROM headcounts WHERE company_id = ?"_s, {company.id}).toInt() == 3);
}

TEST_CASE("records with only their required fields read back with empty optional fields", "[storage]")
{
    TestDatabase db;
    const Site site = addSite(db.store(), u"Site"_s);
    const Office office = addOffice(db.store(), site.id, u"A01"_s);
    const Company company = addCompany(db.store(), u"Praxys"_s);
    const Lease lease = addLease(db.store(), company.id, office.id, QDate(2026, 1, 1));
    db.reopen();
    const bool native = GENERATE(from_range(readPaths())) == ReadPath::Native; // NULLs read the same through both paths
    db->database().setNativeReads(native);
    REQUIRE(db->database().readsNatively() == native);

    const Company readCompany = *db->company(company.id);
    CHECK(readCompany.siret.isEmpty());
    CHECK(readCompany.sectorId == 0);
    CHECK(readCompany.createdOn.isNull());
    CHECK_FALSE(readCompany.stage.has_value());
    CHECK(readCompany.exitDate.isNull());
    CHECK_FALSE(readCompany.exitReason.has_value());
    CHECK(readCompany.headcounts.isEmpty());

    const Lease readLease = *db->lease(lease.id);
    CHECK(readLease.end.isNull());
    CHECK(readLease.terminatedOn.isNull());
    CHECK(readLease.rentSteps.isEmpty());
    CHECK(readLease.type == LeaseType::Precaire);

    const Office readOffice = *db->office(office.id);
    CHECK(readOffice.availableFrom.isNull());
    CHECK(readOffice.availableUntil.isNull());
    CHECK(readOffice.kind == OfficeKind::Private);

    const Site readSite = *db->site(site.id);
    CHECK(readSite.maxStayMonths == 48);
    CHECK(readSite.rentProgression == QList<int>{70, 85, 100});
}

TEST_CASE("every field of every record survives an update and a reopening", "[storage]")
{
    TestDatabase db;
    const Sector otherSector = *db->sectorByName(u"Multimedia"_s);
    Sector sector = stored(db->addSector(fullSector()));
    Site site = stored(db->addSite(fullSite()));
    Office office = stored(db->addOffice(fullOffice(site.id)));
    Company company = stored(db->addCompany(fullCompany(sector.id)));
    Lease lease = stored(db->addLease(fullLease(company.id, office.id)));
    Application application = stored(db->addApplication(fullApplication(company.id)));

    sector.name = u"Robotics"_s;
    sector.color = u"#000000"_s;
    sector.archived = false;
    sector = stored(db->updateSector(sector));

    site.name = u"Extension"_s;
    site.address = QString();
    site.maxStayMonths = 60;
    site.rentProgression = {100};
    site.notes = QString();
    site.archived = true;
    site = stored(db->updateSite(site));

    office.code = u"C11"_s;
    office.floor = QString();
    office.areaM2 = 120.0;
    office.workstations = 16;
    office.rentM2YearCents = 0;
    office.availableFrom = QDate(2027, 1, 1);
    office.availableUntil = QDate();
    office.notes = u"renumbered"_s;
    office.archived = true;
    office = stored(db->updateOffice(office));

    company.name = u"Technique & Son"_s;
    company.siret = QString();
    company.naf = u"5911A"_s;
    company.sectorId = otherSector.id;
    company.createdOn = QDate(2019, 4, 16);
    company.stage = std::nullopt;
    company.contact = u"Karim Haddad"_s;
    company.email = QString();
    company.phone = QString();
    company.notes = QString();
    company.exitDate = QDate();
    company.exitReason = std::nullopt;
    company.headcounts = {{QDate(2020, 1, 1), 9}};
    company.archived = false;
    company = stored(db->updateCompany(company));

    lease.type = LeaseType::Derogatoire;
    lease.start = QDate(2027, 4, 1);
    lease.end = QDate();
    lease.terminatedOn = QDate();
    lease.workstations = 16;
    lease.rentSteps = {{QDate(2027, 4, 1), 100}};
    lease.monthlyChargesCents = 0;
    lease.depositCents = 0;
    lease.noticeMonths = 0;
    lease.cancelled = true;
    lease.notes = QString();
    lease = stored(db->updateLease(lease));

    application.neededAreaM2 = 0;
    application.neededWorkstations = 0;
    application.wishedStart = QDate();
    application.status = ApplicationStatus::Housed;
    application.committeeDate = QDate();
    application.decision = u"Housed in C11"_s;
    application.priority = -1;
    application.notes = QString();
    application.receivedOn = QDate();
    application = stored(db->updateApplication(application));

    CHECK(sector.version == 2);
    CHECK(lease.version == 2);

    db.reopen();
    checkSame(*db->sector(sector.id), sector);
    checkSame(*db->site(site.id), site);
    checkSame(*db->office(office.id), office);
    checkSame(*db->company(company.id), company);
    checkSame(*db->lease(lease.id), lease);
    checkSame(*db->application(application.id), application);
}

TEST_CASE("a record given with an id keeps it", "[storage][undo]")
{
    TestDatabase db;
    Site site = fullSite();
    site.id = 42;
    const Site stored42 = stored(db->addSite(site));
    CHECK(stored42.id == 42);
    CHECK(db->site(42)->name == site.name);

    // The next record without an id gets a new one.
    const Site next = addSite(db.store(), u"Next"_s);
    CHECK(next.id == 43);
}

TEST_CASE("a removed record put back with its id is the same record", "[storage][undo]")
{
    TestDatabase db;
    const Sector sector = *db->sectorByName(u"IT services"_s);
    const Site site = stored(db->addSite(fullSite()));
    const Office office = stored(db->addOffice(fullOffice(site.id)));
    const Company company = stored(db->addCompany(fullCompany(sector.id)));
    const Company other = addCompany(db.store(), u"Praxys"_s);
    const Lease lease = stored(db->addLease(fullLease(company.id, office.id)));
    const Lease later = addLease(db.store(), other.id, office.id, QDate(2027, 6, 1), QDate(2027, 6, 30), 2);
    const Application application = stored(db->addApplication(fullApplication(company.id)));

    SECTION("a lease")
    {
        REQUIRE(db->removeLease(lease.id).ok());
        REQUIRE_FALSE(db->lease(lease.id).has_value());
        const Lease back = stored(db->addLease(lease));
        CHECK(back.id == lease.id);
        db.reopen();
        checkSame(*db->lease(lease.id), lease);
        CHECK(db->leases().size() == 2);
    }
    SECTION("a company, with its headcounts")
    {
        REQUIRE(db->removeLease(lease.id).ok());
        REQUIRE(db->removeApplication(application.id).ok());
        REQUIRE(db->removeCompany(company.id).ok());
        const Company back = stored(db->addCompany(company));
        CHECK(back.id == company.id);
        const Lease leaseBack = stored(db->addLease(lease));
        CHECK(leaseBack.id == lease.id);
        const Application applicationBack = stored(db->addApplication(application));
        CHECK(applicationBack.id == application.id);
        db.reopen();
        checkSame(*db->company(company.id), company);
        checkSame(*db->lease(lease.id), lease);
        checkSame(*db->application(application.id), application);
    }
    SECTION("an office")
    {
        REQUIRE(db->removeLease(lease.id).ok());
        REQUIRE(db->removeLease(later.id).ok());
        REQUIRE(db->removeOffice(office.id).ok());
        CHECK(stored(db->addOffice(office)).id == office.id);
        db.reopen();
        checkSame(*db->office(office.id), office);
    }
    SECTION("a lease put back is checked like any other")
    {
        REQUIRE(db->removeLease(lease.id).ok());
        // Meanwhile its workstations were let to someone else.
        addLease(db.store(), other.id, office.id, QDate(2027, 3, 1), QDate(2027, 12, 31), 10);
        const Error error = failure(db->addLease(lease));
        CHECK(error.kind() == Error::Kind::InvalidInput);
        CHECK_FALSE(db->lease(lease.id).has_value());
    }
}

TEST_CASE("a record whose id is taken is not written over", "[storage][undo]")
{
    TestDatabase db;
    const Site site = addSite(db.store(), u"Ateliers"_s);
    Site intruder;
    intruder.id = site.id;
    intruder.name = u"Intruder"_s;
    const Error error = failure(db->addSite(intruder));
    CHECK(error.kind() == Error::Kind::Storage);
    CHECK(db->site(site.id)->name == u"Ateliers"_s);
    CHECK(db->sites().size() == 1);
}

TEST_CASE("Bulk reads say why they failed, and read dates as the file holds them", "[storage][rows][file]")
{
    TestDatabase db;
    const bool native = GENERATE(from_range(readPaths())) == ReadPath::Native;
    db->database().setNativeReads(native);
    REQUIRE(db->database().readsNatively() == native);

    SECTION("a statement prepared once runs many times, each with its values, and says why one failed")
    {
        REQUIRE(db->database().run(u"CREATE TEMP TABLE bulk (key TEXT PRIMARY KEY, value TEXT)"_s));
        Result<Statement> insert = db->database().prepare(u"INSERT INTO bulk (key, value) VALUES (?, ?)"_s);
        REQUIRE(insert);
        REQUIRE(insert->execute({u"bulk one"_s, u"1"_s}));
        const qint64 first = insert->lastInsertId();
        REQUIRE(insert->execute({u"bulk two"_s, QVariant(QMetaType::fromType<QString>())}));
        CHECK(insert->lastInsertId() == first + 1);
        const Status duplicate = insert->execute({u"bulk one"_s, u"again"_s});
        REQUIRE_FALSE(duplicate);
        CHECK(duplicate.error().kind() == Error::Kind::Storage);
        CHECK(duplicate.error().message().contains(u"UNIQUE"_s, Qt::CaseInsensitive));
        REQUIRE(insert->execute({u"bulk three"_s, u"3"_s})); // still usable after a failure

        Result<Rows> rows = db->database().select(u"SELECT key, value FROM bulk ORDER BY rowid"_s);
        REQUIRE(rows);
        QStringList read;
        while (rows->next())
            read << rows->text(0) + u'=' + (rows->isNull(1) ? u"NULL"_s : rows->text(1));
        CHECK(read == QStringList{u"bulk one=1"_s, u"bulk two=NULL"_s, u"bulk three=3"_s});
    }

    SECTION("a statement the engine refuses is a storage error naming the file")
    {
        Result<Rows> rows = db->database().select(u"SELECT absent FROM nowhere"_s);
        REQUIRE_FALSE(rows);
        CHECK(rows.error().kind() == Error::Kind::Storage);
        CHECK(rows.error().message().contains(QDir::toNativeSeparators(db.path())));
        INFO(rows.error().message().toStdString());
        CHECK(rows.error().message().contains(u"nowhere"_s));
    }
    SECTION("values are bound, in order, whatever their type")
    {
        Result<Rows> rows = db->database().select(u"SELECT ?, ?, ?, ?, ?, typeof(?)"_s,
                                                  {qint64(1) << 40, 2.5, u"l'été ☀"_s, QVariant(QMetaType::fromType<QString>()),
                                                   true, QVariant(QMetaType::fromType<qint64>())});
        REQUIRE(rows);
        REQUIRE(rows->next());
        CHECK(rows->integer(0) == qint64(1) << 40);
        CHECK(rows->real(1) == 2.5);
        CHECK(rows->text(2) == u"l'été ☀"_s);
        CHECK(rows->isNull(3));
        CHECK(rows->text(3).isNull());
        CHECK(rows->integer(3) == 0);
        CHECK(rows->flag(4));
        CHECK(rows->text(5) == u"null"_s);
        CHECK_FALSE(rows->next());
        CHECK_FALSE(rows->failure());
    }
    SECTION("dates: ISO days, a day that does not exist, other spellings, NULL and empty text")
    {
        Result<Rows> rows = db->database().select(
            u"SELECT '2024-02-29', '2023-02-29', '2024-2-5', NULL, '', '20240229', '2024-02-29T10:00:00'"_s);
        REQUIRE(rows);
        REQUIRE(rows->next());
        CHECK(rows->date(0) == QDate(2024, 2, 29));
        CHECK_FALSE(rows->date(1).isValid());
        CHECK_FALSE(rows->date(2).isValid()); // as QDate::fromString(…, Qt::ISODate) reads it
        CHECK(rows->date(3).isNull());
        CHECK(rows->date(4).isNull());
        CHECK_FALSE(rows->date(5).isValid());
        CHECK(rows->date(6) == QDate(2024, 2, 29));
    }
    SECTION("a failure while stepping stops the rows with the engine's reason")
    {
        // abs() of the smallest integer overflows: SQLite stops the statement at that row.
        Result<Rows> rows = db->database().select(u"SELECT abs(x) FROM (SELECT 1 AS x UNION ALL SELECT -9223372036854775807 - 1)"_s);
        REQUIRE(rows);
        qsizetype read = 0;
        while (rows->next())
            ++read;
        CHECK(read == 1);
        REQUIRE(rows->failure());
        CHECK(rows->failure()->kind() == Error::Kind::Storage);
        CHECK(rows->failure()->message().contains(u"overflow"_s, Qt::CaseInsensitive));
    }
}
