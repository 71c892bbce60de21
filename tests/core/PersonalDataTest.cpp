// SPDX-License-Identifier: GPL-3.0-or-later
// Personal data (service/PersonalData.h, Store::erasePersonalData): when a company has left,
// which former tenants are due for erasure, the erasure itself — the people's data gone, here and
// in the history, the figures kept — and the export that answers an access request.
#include "Builders.h"
#include "CatchQt.h"
#include "PlainConnection.h"
#include "TestDatabase.h"

#include "figures/Occupancy.h"
#include "service/PersonalData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace pepin;
using namespace pepin::test;

namespace {

const QDate today(2026, 11, 29);

Application application(Id companyId, ApplicationStatus status, QDate received, QDate committee = {})
{
    Application record;
    record.companyId = companyId;
    record.status = status;
    record.receivedOn = received;
    record.committeeDate = committee;
    record.neededWorkstations = 2;
    return record;
}

} // namespace

TEST_CASE("a company has left on its exit date, else when its last lease ended", "[privacy]")
{
    Company company;
    company.name = QStringLiteral("Praxys");
    const QList<Lease> ended{leaseOf(1, 1, d("2019-01-01"), d("2020-12-31")), leaseOf(1, 2, d("2021-01-01"), d("2021-06-30"))};

    CHECK(PersonalData::leftOn(company, ended, {}, today) == d("2021-06-30"));
    QList<Lease> endedEarly = ended;
    endedEarly[1].terminatedOn = d("2021-03-31");
    CHECK(PersonalData::leftOn(company, endedEarly, {}, today) == d("2021-03-31"));

    SECTION("a recorded exit date wins, once it has passed")
    {
        company.exitDate = d("2021-09-30");
        CHECK(PersonalData::leftOn(company, ended, {}, today) == d("2021-09-30"));
        company.exitDate = d("2027-01-31");
        CHECK(PersonalData::leftOn(company, ended, {}, today).isNull());
    }
    SECTION("a tenant still in place, one with a lease to come or an open-ended lease has not left")
    {
        CHECK(PersonalData::leftOn(company, {leaseOf(1, 1, d("2025-01-01"), d("2026-11-29"))}, {}, today).isNull());
        CHECK(PersonalData::leftOn(company, ended + QList<Lease>{leaseOf(1, 1, d("2027-01-01"), d("2027-12-31"))}, {}, today).isNull());
        CHECK(PersonalData::leftOn(company, {leaseOf(1, 1, d("2020-01-01"))}, {}, today).isNull());
    }
    SECTION("a cancelled lease does not count")
    {
        QList<Lease> leases = ended;
        leases << leaseOf(1, 1, d("2026-01-01"), d("2027-12-31"));
        leases.last().cancelled = true;
        CHECK(PersonalData::leftOn(company, leases, {}, today) == d("2021-06-30"));
    }
    SECTION("an applicant never housed has left when every application was declined")
    {
        CHECK(PersonalData::leftOn(company, {}, {application(1, ApplicationStatus::Declined, d("2020-02-01"), d("2020-03-15"))},
                                   today)
              == d("2020-03-15"));
        CHECK(PersonalData::leftOn(company, {},
                                   {application(1, ApplicationStatus::Declined, d("2020-02-01")),
                                    application(1, ApplicationStatus::Committee, d("2026-10-01"))},
                                   today)
                  .isNull());
        CHECK(PersonalData::leftOn(company, {}, {}, today).isNull());
    }
}

TEST_CASE("erasing a former tenant's personal data keeps its figures and clears the history", "[privacy][audit]")
{
    TestDatabase db;
    const Site site = addSite(db.store(), QStringLiteral("Ateliers"));
    const Office office = addOffice(db.store(), site.id, QStringLiteral("B12"));
    Company gone = addCompany(db.store(), QStringLiteral("Praxys"), QStringLiteral("Multimedia"));
    gone.siret = QStringLiteral("73282932000074");
    gone.contact = QStringLiteral("Claire Martin");
    gone.email = QStringLiteral("claire.martin@praxys.fr");
    gone.phone = QStringLiteral("06 12 34 56 78");
    gone.notes = QStringLiteral("Claire prefers calls after 5 pm");
    gone.headcounts = {HeadcountEntry{d("2019-01-01"), 3}};
    gone = *db->updateCompany(gone);
    Lease lease = leaseOf(gone.id, office.id, d("2019-01-01"), d("2020-12-31"));
    lease.notes = QStringLiteral("Guarantor: Jean Martin");
    lease.rentSteps = {RentStep{d("2019-01-01"), 30000}};
    lease = *db->addLease(lease);
    // A lease entered by mistake and removed: gone from its table, its notes still in the history.
    Lease mistaken = leaseOf(gone.id, office.id, d("2021-01-01"), d("2021-01-31"));
    mistaken.notes = QStringLiteral("Claire's spare key");
    mistaken = *db->addLease(mistaken);
    REQUIRE(db->removeLease(mistaken.id).ok());
    Application applied = application(gone.id, ApplicationStatus::Housed, d("2018-10-01"), d("2018-11-15"));
    applied.decision = QStringLiteral("Accepted: Claire's second venture");
    applied.notes = QStringLiteral("Met Claire at the CCI fair");
    applied = *db->addApplication(applied);

    Company stays = addCompany(db.store(), QStringLiteral("Gamma"));
    stays.email = QStringLiteral("contact@gamma.fr");
    stays = *db->updateCompany(stays);
    addLease(db.store(), stays.id, office.id, d("2021-01-01"));

    const QList<PersonalData::Candidate> due = PersonalData::dueForErasure(db.store(), today, 5);
    REQUIRE(due.size() == 1);
    CHECK(due.first().company.id == gone.id);
    CHECK(due.first().leftOn == d("2020-12-31"));
    CHECK(PersonalData::dueForErasure(db.store(), today, 6).isEmpty()); // left less than 6 years ago

    auto occupiedDays = [&] {
        const OccupancyPeriod period = Occupancy::load(db.store()).over(d("2019-01-01"), d("2026-11-30"));
        return std::pair{period.offices.occupied, period.offices.total};
    };
    const auto occupancyBefore = occupiedDays();

    Result<int> erased = db->erasePersonalData(gone.id);
    INFO((erased.ok() ? QString() : erased.error().message()).toStdString());
    REQUIRE(erased.ok());
    CHECK(*erased == 3); // the company, its lease, its application

    const Company after = *db->company(gone.id);
    CHECK(after.contact.isEmpty());
    CHECK(after.email.isEmpty());
    CHECK(after.phone.isEmpty());
    CHECK(after.notes.isEmpty());
    CHECK(after.version == gone.version + 1); // an edit made from the old record is refused
    CHECK(after.name == QStringLiteral("Praxys"));
    CHECK(after.siret == gone.siret);
    CHECK(after.sectorId == gone.sectorId);
    CHECK(after.headcounts.size() == 1);
    const Lease leaseAfter = *db->lease(lease.id);
    CHECK(leaseAfter.notes.isEmpty());
    CHECK(leaseAfter.start == lease.start);
    CHECK(leaseAfter.end == lease.end);
    CHECK(leaseAfter.rentSteps.size() == 1);
    const Application applicationAfter = *db->application(applied.id);
    CHECK(applicationAfter.decision.isEmpty());
    CHECK(applicationAfter.notes.isEmpty());
    CHECK(applicationAfter.status == ApplicationStatus::Housed);
    CHECK(occupiedDays() == occupancyBefore);
    CHECK(db->company(stays.id)->email == QStringLiteral("contact@gamma.fr"));

    // Nothing of it is left in the file, history included; the erasure itself is on record.
    db.close();
    {
        PlainConnection file(db.path());
        for (const QString &trace : {QStringLiteral("Claire"), QStringLiteral("06 12 34"), QStringLiteral("Jean Martin"),
                                     QStringLiteral("spare key")}) {
            CAPTURE(trace);
            CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM change_history WHERE before_json LIKE ? OR after_json LIKE ?"),
                              {QStringLiteral("%") + trace + QStringLiteral("%"), QStringLiteral("%") + trace + QStringLiteral("%")})
                      .toInt()
                  == 0);
        }
        CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM change_history WHERE after_json LIKE '%gamma.fr%'")).toInt() == 1);
        CHECK(file.scalar(QStringLiteral("SELECT label FROM change_history WHERE action = 'erase'")).toString() == QStringLiteral("Praxys"));
        CHECK(file.integrityVerdict() == QStringLiteral("ok"));
    }
    db.reopen();
    CHECK(PersonalData::dueForErasure(db.store(), today, 5).isEmpty()); // nothing left to erase

    SECTION("the history stays append-only after an erasure")
    {
        db.close();
        PlainConnection file(db.path());
        QSqlQuery query(file.connection());
        CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM change_history")));
    }
}

TEST_CASE("an access request gets everything held about the company, as JSON", "[privacy]")
{
    TestDatabase db;
    REQUIRE(db->setIdentity(Store::Identity{QStringLiteral("Ateliers numériques de Valenciennes"), {}}).ok());
    const Site site = addSite(db.store(), QStringLiteral("Ateliers"));
    const Office office = addOffice(db.store(), site.id, QStringLiteral("B12"));
    Company company = addCompany(db.store(), QStringLiteral("Praxys"), QStringLiteral("Multimedia"));
    company.email = QStringLiteral("claire@praxys.fr");
    company = *db->updateCompany(company);
    Lease lease = leaseOf(company.id, office.id, d("2026-01-01"), d("2026-12-31"));
    lease.rentSteps = {RentStep{d("2026-01-01"), 45000}};
    lease = *db->addLease(lease);
    REQUIRE(db->addApplication(application(company.id, ApplicationStatus::Housed, d("2025-10-01"))).ok());
    addCompany(db.store(), QStringLiteral("Other"));

    Result<QJsonObject> exported = PersonalData::exportOf(db.store(), company.id);
    REQUIRE(exported.ok());
    const QJsonObject &json = *exported;
    CHECK(json.value(QStringLiteral("held_by")).toString() == QStringLiteral("Ateliers numériques de Valenciennes"));
    CHECK(json.value(QStringLiteral("company")).toObject().value(QStringLiteral("email")).toString() == QStringLiteral("claire@praxys.fr"));
    CHECK(json.value(QStringLiteral("company")).toObject().value(QStringLiteral("sector")).toString() == QStringLiteral("Multimedia"));
    const QJsonArray leases = json.value(QStringLiteral("leases")).toArray();
    REQUIRE(leases.size() == 1);
    CHECK(leases.first().toObject().value(QStringLiteral("office")).toString() == QStringLiteral("B12 (Ateliers)"));
    CHECK(leases.first().toObject().value(QStringLiteral("rent_steps")).toArray().size() == 1);
    CHECK(json.value(QStringLiteral("applications")).toArray().size() == 1);
    // Its history: added, its email changed, its lease and application added; not the other company's.
    const QJsonArray history = json.value(QStringLiteral("history")).toArray();
    REQUIRE(history.size() == 4);
    CHECK(history.at(0).toObject().value(QStringLiteral("action")).toString() == QStringLiteral("add"));
    CHECK(history.at(1).toObject().value(QStringLiteral("after")).toObject().value(QStringLiteral("email")).toString()
          == QStringLiteral("claire@praxys.fr"));
    CHECK_FALSE(QJsonDocument(json).toJson().contains("Other"));

    CHECK(PersonalData::exportOf(db.store(), 999).error().kind() == Error::Kind::NotFound);
}
