// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "TestDatabase.h"

#include "demo/DemoData.h"
#include "service/Rules.h"

#include <QSet>

using namespace pepin;
using namespace pepin::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList mainOfficeCodes{u"A01"_s, u"A02"_s, u"A03"_s, u"A04"_s, u"A05"_s, u"B01"_s,
                                  u"B02"_s, u"B03"_s, u"B04"_s, u"B05"_s, u"B06"_s};
const QStringList extensionCodes{u"C01"_s, u"C02"_s, u"C03"_s, u"C10"_s};
const QStringList tenantNames{u"3ISN"_s, u"Comau Service"_s, u"E-Software"_s, u"Escaut Interactive"_s,
                              u"PNT"_s, u"Praxys"_s, u"Rhonelle Logiciels"_s, u"Soleas.Net"_s,
                              u"Studio Sambre"_s, u"Technique et Son"_s, u"Vallée Data"_s};

struct Demo
{
    TestDatabase db;
    QDate today;

    explicit Demo(QDate day)
        : today(day)
    {
        const Status populated = DemoData::populate(db.store(), Clock::fixed(day));
        if (!populated)
            FAIL(populated.error().message().toStdString());
    }

    Store &store() { return db.store(); }

    QList<Lease> activeLeases(QDate day)
    {
        QList<Lease> active;
        for (const Lease &lease : store().leases()) {
            if (lease.activeOn(day))
                active << lease;
        }
        return active;
    }

    QStringList tenantsOn(QDate day)
    {
        QStringList names;
        for (const Lease &lease : activeLeases(day))
            names << store().company(lease.companyId)->name;
        names.removeDuplicates();
        names.sort();
        return names;
    }

    QStringList officesLetOn(QDate day)
    {
        QStringList codes;
        for (const Lease &lease : activeLeases(day))
            codes << store().office(lease.officeId)->code;
        codes.removeDuplicates();
        codes.sort();
        return codes;
    }

    // Every stored lease checked again, on its own and against the others of its office.
    QList<Problem> ruleProblems()
    {
        QList<Problem> problems;
        for (const Lease &lease : store().leases()) {
            const Office office = *store().office(lease.officeId);
            const QString name = store().officeName(office);
            problems << Rules::checkLease(lease, office, name);
            problems << Rules::checkLeaseAgainstOthers(lease, office, name, store().leasesOfOffice(office.id),
                                                       [this](Id id) { return store().company(id)->name; });
        }
        for (const Company &company : store().companies())
            problems << Rules::checkCompany(company);
        for (const Office &office : store().offices())
            problems << Rules::checkOffice(office);
        return problems;
    }
};

QString describe(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines << problem.field + u": "_s + problem.message;
    return lines.join(u'\n');
}

} // namespace

TEST_CASE("the demo fills every main office with today's eleven tenants", "[demo]")
{
    Demo demo(QDate(2026, 11, 29));
    CHECK(demo.tenantsOn(demo.today) == tenantNames);
    CHECK(demo.officesLetOn(demo.today) == mainOfficeCodes);

    double area = 0;
    int workstations = 0;
    int inService = 0;
    for (const Office &office : demo.store().offices()) {
        if (!office.inService(demo.today))
            continue;
        ++inService;
        area += office.areaM2;
        workstations += office.workstations;
        CHECK(office.kind == OfficeKind::Private);
    }
    CHECK(inService == 11);
    CHECK(area == 352.5);
    CHECK(workstations == 40);

    // Every lease of today has a rent in force and is a short-term or précaire agreement.
    for (const Lease &lease : demo.activeLeases(demo.today)) {
        CHECK(lease.monthlyRentOn(demo.today).has_value());
        CHECK((lease.type == LeaseType::Derogatoire || lease.type == LeaseType::Precaire));
    }
    CHECK(demo.activeLeases(demo.today).size() == 11);
}

TEST_CASE("the demo's extension is not in service today but opens later", "[demo]")
{
    Demo demo(QDate(2026, 11, 29));
    QStringList codes;
    for (const Office &office : demo.store().offices()) {
        if (!extensionCodes.contains(office.code))
            continue;
        codes << office.code;
        INFO(office.code.toStdString());
        CHECK_FALSE(office.inService(demo.today));
        REQUIRE(office.availableFrom.isValid());
        CHECK(office.availableFrom > demo.today);
        CHECK(office.availableFrom <= demo.today.addYears(1));
        CHECK(office.inService(office.availableFrom));
        CHECK(office.availableUntil.isNull());
        CHECK(demo.store().leasesOfOffice(office.id).isEmpty());
    }
    codes.sort();
    CHECK(codes == extensionCodes);
    CHECK(demo.store().officeByCode(demo.store().sites().first().id, u"C10"_s)->kind == OfficeKind::Shared);
    CHECK(demo.store().officeByCode(demo.store().sites().first().id, u"C10"_s)->workstations == 12);
}

TEST_CASE("the demo has Amito on the waiting list, accepted", "[demo]")
{
    Demo demo(QDate(2026, 11, 29));
    const std::optional<Company> amito = demo.store().companyByName(u"Amito"_s);
    REQUIRE(amito.has_value());
    CHECK(demo.store().sector(amito->sectorId)->name == u"Interactive animation and 3D"_s);
    CHECK(demo.store().leasesOfCompany(amito->id).isEmpty());

    const QList<Application> applications = demo.store().applications();
    REQUIRE(applications.size() == 2);
    const Application &first = applications.first(); // the highest priority comes first
    CHECK(first.companyId == amito->id);
    CHECK(first.status == ApplicationStatus::Accepted);
    CHECK(first.neededWorkstations == 6);
    CHECK(first.wishedStart > demo.today);
    CHECK(first.committeeDate < demo.today);
    CHECK(applications.last().status == ApplicationStatus::Received);
}

TEST_CASE("the demo's former tenants left on the last day of their last lease, for a reason", "[demo]")
{
    Demo demo(QDate(2026, 11, 29));
    int formers = 0;
    for (const Company &company : demo.store().companies()) {
        if (!company.exitDate.isValid())
            continue;
        ++formers;
        INFO(company.name.toStdString());
        CHECK(company.exitReason.has_value());
        CHECK(company.exitDate < demo.today);
        CHECK_FALSE(tenantNames.contains(company.name));
        const QList<Lease> leases = demo.store().leasesOfCompany(company.id);
        REQUIRE_FALSE(leases.isEmpty());
        CHECK(leases.last().lastDay() == company.exitDate);
        for (const Lease &lease : leases)
            CHECK_FALSE(lease.activeOn(demo.today));
    }
    CHECK(formers == 11);

    // Some left early, and their lease says so.
    int endedEarly = 0;
    for (const Lease &lease : demo.store().leases()) {
        if (lease.terminatedOn.isValid()) {
            ++endedEarly;
            CHECK(lease.terminatedOn < lease.end);
        }
    }
    CHECK(endedEarly >= 1);
}

TEST_CASE("the demo keeps every rule whatever the day it is made on", "[demo]")
{
    const QDate today = GENERATE(QDate(2026, 11, 29), QDate(2024, 2, 29), QDate(2030, 1, 31), QDate(2025, 12, 31),
                                 QDate(2027, 3, 31), QDate(2028, 8, 31), QDate(2026, 1, 1));
    INFO("today: " << today.toString(Qt::ISODate).toStdString());
    Demo demo(today);
    const QList<Problem> problems = demo.ruleProblems();
    INFO(describe(problems).toStdString());
    CHECK(problems.isEmpty());
    CHECK(demo.tenantsOn(today) == tenantNames);
    CHECK(demo.officesLetOn(today) == mainOfficeCodes);
    for (const Office &office : demo.store().offices()) {
        if (extensionCodes.contains(office.code))
            CHECK_FALSE(office.inService(today));
    }
    // Years of history before today, from the month the site opened nine years ago.
    QDate first = today;
    for (const Lease &lease : demo.store().leases())
        first = std::min(first, lease.start);
    const QDate opened = QDate(today.year(), today.month(), 1).addYears(-9);
    CHECK(first == opened);
    for (const Office &office : demo.store().offices()) {
        if (mainOfficeCodes.contains(office.code))
            CHECK(office.availableFrom == opened);
    }
    // The history has tenants and vacancies to show.
    const qsizetype letThreeYearsAgo = demo.officesLetOn(today.addYears(-3)).size();
    CHECK(letThreeYearsAgo > 0);
    CHECK(letThreeYearsAgo < 11);
}

TEST_CASE("the demo is made in one transaction: when its last step fails, nothing of it is left", "[demo]")
{
    TestDatabase db;
    // A company of that name already exists: adding Amito, near the end, is refused.
    Company amito;
    amito.name = u"AMITO"_s;
    REQUIRE(db->addCompany(amito).ok());
    const Status populated = DemoData::populate(db.store(), Clock::fixed(QDate(2026, 11, 29)));
    REQUIRE_FALSE(populated.ok());
    CHECK(db->sites().isEmpty());
    CHECK(db->offices().isEmpty());
    CHECK(db->leases().isEmpty());
    CHECK(db->applications().isEmpty());
    REQUIRE(db->companies().size() == 1);
    CHECK(db->companies().first().name == u"AMITO"_s);
    CHECK(db->sectors().size() == 7);
}

TEST_CASE("the demo made twice for the same day is the same", "[demo]")
{
    Demo first(QDate(2026, 11, 29));
    Demo second(QDate(2026, 11, 29));
    const QList<Company> a = first.store().companies();
    const QList<Company> b = second.store().companies();
    REQUIRE(a.size() == b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        INFO(a[i].name.toStdString());
        CHECK(a[i].name == b[i].name);
        CHECK(a[i].phone == b[i].phone);
        CHECK(a[i].email == b[i].email);
        CHECK(a[i].createdOn == b[i].createdOn);
        CHECK(a[i].exitDate == b[i].exitDate);
    }
    const QList<Lease> x = first.store().leases();
    const QList<Lease> y = second.store().leases();
    REQUIRE(x.size() == y.size());
    for (qsizetype i = 0; i < x.size(); ++i) {
        CHECK(x[i].start == y[i].start);
        CHECK(x[i].lastDay() == y[i].lastDay());
        CHECK(x[i].depositCents == y[i].depositCents);
    }
}
