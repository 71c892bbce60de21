// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile text through the Store (issue 10): every text field of every record keeps exactly what
// it was given, through an add, an update, and the database file closed and opened again; values
// are bound, never spliced into SQL, so that no text can change a statement; NUL is refused with
// a message on its field; the SIRET, the e-mail and the sector colour stay checked.
#include "CatchQt.h"

#include "Builders.h"
#include "HostileText.h"
#include "Records.h"
#include "PlainConnection.h"
#include "TestDatabase.h"

#include "service/Store.h"

#include <QRegularExpression>

using namespace pepin;
using namespace pepin::test;

namespace {

// One record of each kind, every text field holding the same text.
struct Records
{
    Sector sector;
    Site site;
    Office office;
    Company company;
    Lease lease;
    Application application;
};

const QString validEmail = QStringLiteral("contact@example.org");

Records addRecords(Store &store, const QString &text)
{
    Records r;
    r.sector.name = text;
    r.sector.color = QStringLiteral("#1f77b4");
    Result<Sector> sector = store.addSector(r.sector);
    REQUIRE(sector);
    r.sector = *sector;

    r.site.name = text;
    r.site.address = text;
    r.site.notes = text;
    Result<Site> site = store.addSite(r.site);
    REQUIRE(site);
    r.site = *site;

    r.office.siteId = r.site.id;
    r.office.code = text;
    r.office.floor = text;
    r.office.notes = text;
    r.office.areaM2 = 20;
    r.office.workstations = 2;
    Result<Office> office = store.addOffice(r.office);
    REQUIRE(office);
    r.office = *office;

    r.company.name = text;
    r.company.siret = QStringLiteral("73282932000074");
    r.company.naf = text;
    r.company.sectorId = r.sector.id;
    r.company.contact = text;
    r.company.email = validEmail;
    r.company.phone = text;
    r.company.notes = text;
    Result<Company> company = store.addCompany(r.company);
    REQUIRE(company);
    r.company = *company;

    r.lease.companyId = r.company.id;
    r.lease.officeId = r.office.id;
    r.lease.start = d("2026-01-01");
    r.lease.notes = text;
    Result<Lease> lease = store.addLease(r.lease);
    REQUIRE(lease);
    r.lease = *lease;

    r.application.companyId = r.company.id;
    r.application.decision = text;
    r.application.notes = text;
    r.application.receivedOn = d("2025-12-01");
    Result<Application> application = store.addApplication(r.application);
    REQUIRE(application);
    r.application = *application;
    return r;
}

// Each text field compared on its own, its difference named.
void checkTexts(Store &store, const Records &r, const QString &text)
{
    const std::optional<Sector> sector = store.sector(r.sector.id);
    const std::optional<Site> site = store.site(r.site.id);
    const std::optional<Office> office = store.office(r.office.id);
    const std::optional<Company> company = store.company(r.company.id);
    const std::optional<Lease> lease = store.lease(r.lease.id);
    const std::optional<Application> application = store.application(r.application.id);
    REQUIRE(sector);
    REQUIRE(site);
    REQUIRE(office);
    REQUIRE(company);
    REQUIRE(lease);
    REQUIRE(application);
    const std::pair<const char *, QString> fields[] = {
        {"sector name", sector->name},           {"site name", site->name},
        {"site address", site->address},        {"site notes", site->notes},
        {"office code", office->code},          {"office floor", office->floor},
        {"office notes", office->notes},        {"company name", company->name},
        {"company naf", company->naf},          {"company contact", company->contact},
        {"company phone", company->phone},      {"company notes", company->notes},
        {"lease notes", lease->notes},          {"application decision", application->decision},
        {"application notes", application->notes},
    };
    for (const auto &[field, value] : fields) {
        INFO(field);
        CHECK(textDifference(value, text) == QString());
    }
    // The fields around them are untouched too.
    CHECK(company->siret == QStringLiteral("73282932000074"));
    CHECK(company->email == validEmail);
    CHECK(company->sectorId == r.sector.id);
    CHECK(office->siteId == r.site.id);
    CHECK(lease->companyId == r.company.id);
    CHECK(lease->officeId == r.office.id);
    CHECK(application->companyId == r.company.id);
}

Records updateRecords(Store &store, Records r, const QString &text)
{
    r.sector.name = text;
    r.sector = store.updateSector(r.sector).value();
    r.site.name = r.site.address = r.site.notes = text;
    r.site = store.updateSite(r.site).value();
    r.office.code = r.office.floor = r.office.notes = text;
    r.office = store.updateOffice(r.office).value();
    r.company.name = r.company.naf = r.company.contact = r.company.phone = r.company.notes = text;
    r.company = store.updateCompany(r.company).value();
    r.lease.notes = text;
    r.lease = store.updateLease(r.lease).value();
    r.application.decision = r.application.notes = text;
    r.application = store.updateApplication(r.application).value();
    return r;
}

const QStringList schemaTables{QStringLiteral("applications"), QStringLiteral("companies"), QStringLiteral("headcounts"),
                               QStringLiteral("leases"),       QStringLiteral("offices"),   QStringLiteral("rent_steps"),
                               QStringLiteral("sectors"),      QStringLiteral("sites")};

} // namespace

TEST_CASE("Hostile text round-trips unchanged through every text field of every record", "[hostile][store]")
{
    for (const HostileText &hostile : hostileTexts()) {
        INFO(describe(hostile));
        TestDatabase db;
        const int sectorsBefore = int(db->sectors().size());
        const Records added = addRecords(db.store(), hostile.text);
        checkTexts(db.store(), added, hostile.text);

        // Read from the file by a new connection, through SQLite's own interface, then through Qt Sql.
        db.reopen();
        checkTexts(db.store(), added, hostile.text);
        db->database().setNativeReads(false);
        checkTexts(db.store(), added, hostile.text);
        db->database().setNativeReads(true);
        // Found by the names people type.
        CHECK(db->sectorByName(hostile.text).value_or(Sector{}).id == added.sector.id);
        CHECK(db->siteByName(hostile.text).value_or(Site{}).id == added.site.id);
        CHECK(db->officeByCode(added.site.id, hostile.text).value_or(Office{}).id == added.office.id);
        CHECK(db->companyByName(hostile.text).value_or(Company{}).id == added.company.id);
        CHECK(db->sectors().size() == sectorsBefore + 1);

        // Changed to another hostile text, then to the first again.
        const QString other = QStringLiteral("2) ") + hostile.text;
        const Records updated = updateRecords(db.store(), added, other);
        db.reopen();
        checkTexts(db.store(), updated, other);
        const Records back = updateRecords(db.store(), updated, hostile.text);
        db.reopen();
        checkTexts(db.store(), back, hostile.text);

        // What any other client reads: the same text, stored as UTF-8 text, and no statement
        // was changed by it (the tables are all there, the database is sound).
        db.close();
        PlainConnection file(db.path());
        CHECK(textDifference(file.scalar(QStringLiteral("SELECT name FROM companies WHERE id = ?"), {added.company.id}).toString(),
                             hostile.text)
              == QString());
        if (!file.isOnServer()) { // a server's text columns hold nothing else
            CHECK(file.scalar(QStringLiteral("SELECT typeof(notes) FROM leases WHERE id = ?"), {added.lease.id}).toString()
                  == QStringLiteral("text"));
        }
        const QString bytes = file.isOnServer() ? QStringLiteral("octet_length(notes)") : QStringLiteral("length(CAST(notes AS BLOB))");
        CHECK(file.scalar(QStringLiteral("SELECT %1 FROM offices WHERE id = ?").arg(bytes), {added.office.id}).toLongLong()
              == hostile.text.toUtf8().size());
        CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM companies")).toInt() == 1);
        CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM leases")).toInt() == 1);
        CHECK(file.integrityVerdict() == QStringLiteral("ok"));
        const QStringList tables = file.tables();
        for (const QString &table : schemaTables) {
            INFO(table.toStdString());
            CHECK(tables.contains(table));
        }
        db.reopen();
    }
}

TEST_CASE("Accents composed and decomposed are kept as they were typed, and still match each other", "[hostile][store]")
{
    TestDatabase db;
    const QString composed = QStringLiteral(u"Cr\u00E8me br\u00FBl\u00E9e");
    const QString decomposed = QStringLiteral(u"Cre\u0300me bru\u0302le\u0301e");
    REQUIRE(composed != decomposed);
    REQUIRE(composed.normalized(QString::NormalizationForm_D) == decomposed);
    const Company stored = addCompany(db.store(), decomposed);
    db.reopen();
    // Not normalised: the very units typed come back.
    CHECK(textDifference(db->company(stored.id)->name, decomposed) == QString());
    // Yet the same name for people: found either way, and a second company of that name refused.
    CHECK(db->companyByName(composed).value_or(Company{}).id == stored.id);
    Company twin;
    twin.name = composed;
    CHECK(fieldsOf(failure(db->addCompany(twin))) == QStringList{QStringLiteral("name")});
}

TEST_CASE("The incubator's name keeps hostile text", "[hostile][store]")
{
    for (const HostileText &hostile : hostileTexts()) {
        INFO(describe(hostile));
        TestDatabase db;
        REQUIRE(db->setIdentity({hostile.text, QByteArray("\x89PNG\r\n\x1a\n\0'); DROP", 18)}));
        db.reopen();
        CHECK(textDifference(db->identity().name, hostile.text) == QString());
        CHECK(db->identity().logo == QByteArray("\x89PNG\r\n\x1a\n\0'); DROP", 18));
    }
}

TEST_CASE("E-mail addresses that are valid yet hostile are kept", "[hostile][store]")
{
    const QStringList addresses{
        QStringLiteral("o'reilly+%s@example.org"),  QStringLiteral("');DROP-TABLE@example.org"),
        QStringLiteral("=cmd|'calc'!A0@evil.example"), QStringLiteral("\"quoted\";,@example.org"),
        QStringLiteral(u"ümlaut@exämple.de"),        QStringLiteral(u"user@مثال.إختبار"),
        QStringLiteral(u"😀👩‍💻@emoji.example"),
    };
    TestDatabase db;
    for (const QString &address : addresses) {
        INFO(address.toStdString());
        Company company;
        company.name = QStringLiteral("Company ") + address;
        company.email = address;
        Result<Company> stored = db->addCompany(company);
        REQUIRE(stored);
        db.reopen();
        CHECK(textDifference(db->company(stored->id)->email, address) == QString());
    }
}

TEST_CASE("A SIRET, an e-mail address and a sector colour stay checked against hostile text", "[hostile][store]")
{
    TestDatabase db;
    for (const HostileText &hostile : hostileTexts()) {
        INFO(describe(hostile));
        Company company;
        company.name = QStringLiteral("Checked");
        company.siret = hostile.text;
        CHECK(fieldsOf(failure(db->addCompany(company))) == QStringList{QStringLiteral("siret")});

        Sector sector;
        sector.name = QStringLiteral("Checked");
        sector.color = hostile.text;
        CHECK(fieldsOf(failure(db->addSector(sector))) == QStringList{QStringLiteral("color")});

        // Every one of them has white space, or no '@' with text on both sides and a dot after.
        company.siret.clear();
        company.email = hostile.text;
        CHECK(fieldsOf(failure(db->addCompany(company))) == QStringList{QStringLiteral("email")});
    }
    CHECK(db->companies().isEmpty());
}

TEST_CASE("NUL is refused in every text field, with a message on the field, and nothing is written", "[hostile][store]")
{
    TestDatabase db;
    const Records stored = addRecords(db.store(), QStringLiteral("Plain"));
    const qsizetype sectors = db->sectors().size();
    const QString nul = nulText();
    const QRegularExpression says(QStringLiteral("NUL character \\(U\\+0000\\)"));
    auto refusedOn = [&](const auto &result, const char *field) {
        const Error error = failure(result);
        CHECK(error.kind() == Error::Kind::InvalidInput);
        REQUIRE(error.problems().size() == 1);
        CHECK(error.problems().first().field == QString::fromLatin1(field));
        CHECK(says.match(error.problems().first().message).hasMatch());
    };

    SECTION("in a new record")
    {
        Sector sector;
        sector.name = nul;
        sector.color = QStringLiteral("#1f77b4");
        refusedOn(db->addSector(sector), "name");

        Site site;
        site.name = nul;
        refusedOn(db->addSite(site), "name");
        site.name = QStringLiteral("Other site");
        site.address = nul;
        refusedOn(db->addSite(site), "address");
        site.address.clear();
        site.notes = nul;
        refusedOn(db->addSite(site), "notes");

        Office office;
        office.siteId = stored.site.id;
        office.areaM2 = 10;
        office.workstations = 1;
        office.code = nul;
        refusedOn(db->addOffice(office), "code");
        office.code = QStringLiteral("N1");
        office.floor = nul;
        refusedOn(db->addOffice(office), "floor");
        office.floor.clear();
        office.notes = nul;
        refusedOn(db->addOffice(office), "notes");

        for (QString Company::*member : {&Company::name, &Company::naf, &Company::contact, &Company::email, &Company::phone, &Company::notes}) {
            Company company;
            company.name = QStringLiteral("Nul Inc");
            // An address that is valid but for its NUL, so that the NUL is the one problem.
            company.*member = member == &Company::email ? nul + QStringLiteral("@example.org") : nul;
            const char *field = member == &Company::name      ? "name"
                : member == &Company::naf                     ? "naf"
                : member == &Company::contact                 ? "contact"
                : member == &Company::email                   ? "email"
                : member == &Company::phone                   ? "phone"
                                                              : "notes";
            INFO(field);
            refusedOn(db->addCompany(company), field);
        }

        Lease lease;
        lease.companyId = stored.company.id;
        lease.officeId = addOffice(db.store(), stored.site.id, QStringLiteral("Free")).id;
        lease.start = d("2030-01-01");
        lease.notes = nul;
        refusedOn(db->addLease(lease), "notes");

        Application application;
        application.companyId = stored.company.id;
        application.decision = nul;
        refusedOn(db->addApplication(application), "decision");
        application.decision.clear();
        application.notes = nul;
        refusedOn(db->addApplication(application), "notes");

        CHECK(db->sectors().size() == sectors);
        CHECK(db->sites().size() == 1);
        CHECK(db->offices().size() == 2);
        CHECK(db->companies().size() == 1);
        CHECK(db->leases().size() == 1);
        CHECK(db->applications().size() == 1);
    }

    SECTION("in a stored record, which stays as it was")
    {
        Company company = stored.company;
        company.notes = QStringLiteral("kept ") + nul;
        refusedOn(db->updateCompany(company), "notes");
        Lease lease = stored.lease;
        lease.notes = nul;
        refusedOn(db->updateLease(lease), "notes");
        db.reopen();
        checkTexts(db.store(), stored, QStringLiteral("Plain"));
    }
}

TEST_CASE("Messages that name a record keep its name whole, even one holding %1", "[hostile][store]")
{
    // QString::arg() replaces the lowest-numbered marker left: a name holding "%1", given before
    // another argument, would have that argument put inside it.
    TestDatabase db;
    const QString code = QStringLiteral("%1 %2 open space");
    const Site site = addSite(db.store(), QStringLiteral("%1 site"));
    const Office office = addOffice(db.store(), site.id, code, 40, 4, OfficeKind::Shared);
    const Company company = addCompany(db.store(), QStringLiteral("%1 Alpha"));
    const QString officeName = db->officeName(office);
    REQUIRE(officeName == QStringLiteral("%1 %2 open space (%1 site)"));

    Lease tooBig = leaseOf(company.id, office.id, d("2026-01-01"), {}, 6);
    const Error alone = failure(db->addLease(tooBig));
    REQUIRE(alone.problems().size() == 1);
    CHECK(alone.problems().first().message.startsWith(officeName + QStringLiteral(" has 4 workstation")));
    CHECK(alone.problems().first().message.endsWith(QStringLiteral("the lease asks for 6.")));

    addLease(db.store(), company.id, office.id, d("2026-01-01"), {}, 3);
    const Error crowded = failure(db->addLease(leaseOf(company.id, office.id, d("2026-02-01"), {}, 2)));
    REQUIRE(crowded.problems().size() == 1);
    CHECK(crowded.problems().first().message
          == QStringLiteral("On 01/02/2026, 3 of the 4 workstations of %1 are already let: 2 more do not fit.").arg(officeName));
}
