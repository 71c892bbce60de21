// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "Records.h"
#include "PlainConnection.h"
#include "TestDatabase.h"

#include "demo/DemoData.h"

using namespace pepin;
using namespace pepin::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Records every `changed` signal of a database, and what another connection to the same file
// sees at that moment.
class ChangeLog
{
public:
    explicit ChangeLog(TestDatabase &db)
        : m_path(db.path())
    {
        m_connection = QObject::connect(&db->database(), &Database::changed, [this](const QList<Change> &changes) {
            announced << changes;
            // What a reader that is not inside our transaction sees: committed data only.
            PlainConnection reader(m_path);
            leasesSeenByOthers << reader.scalar(u"SELECT count(*) FROM leases"_s).toInt();
            sitesSeenByOthers << reader.scalar(u"SELECT count(*) FROM sites"_s).toInt();
        });
    }
    ~ChangeLog() { QObject::disconnect(m_connection); }
    ChangeLog(const ChangeLog &) = delete;
    ChangeLog &operator=(const ChangeLog &) = delete;

    QList<QList<Change>> announced;
    QList<int> leasesSeenByOthers;
    QList<int> sitesSeenByOthers;

private:
    QString m_path;
    QMetaObject::Connection m_connection;
};

bool same(const QList<Change> &actual, const QList<std::pair<Entity, Id>> &expected)
{
    if (actual.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < actual.size(); ++i) {
        if (actual[i].entity != expected[i].first || actual[i].id != expected[i].second)
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("a write is announced once, after it is committed, with what it changed", "[notify]")
{
    TestDatabase db;
    const Site site = addSite(db.store(), u"Ateliers"_s);
    const Office office = addOffice(db.store(), site.id, u"A01"_s);
    const Company company = addCompany(db.store(), u"Praxys"_s);
    ChangeLog log(db);

    const Lease lease = addLease(db.store(), company.id, office.id, d("2026-01-01"), d("2026-12-31"));
    REQUIRE(log.announced.size() == 1);
    CHECK(same(log.announced[0], {{Entity::Lease, lease.id}}));
    // Another connection already sees the lease: the signal came after the commit.
    CHECK(log.leasesSeenByOthers == QList<int>{1});

    Company changed = *db->company(company.id);
    changed.notes = u"moved upstairs"_s;
    REQUIRE(db->updateCompany(changed).ok());
    REQUIRE(log.announced.size() == 2);
    CHECK(same(log.announced[1], {{Entity::Company, company.id}}));

    REQUIRE(db->removeLease(lease.id).ok());
    REQUIRE(log.announced.size() == 3);
    CHECK(same(log.announced[2], {{Entity::Lease, lease.id}}));
    CHECK(log.leasesSeenByOthers == QList<int>{1, 1, 0});
}

TEST_CASE("a refused write is not announced", "[notify]")
{
    TestDatabase db;
    const Site site = addSite(db.store(), u"Ateliers"_s);
    const Office office = addOffice(db.store(), site.id, u"A01"_s);
    const Company company = addCompany(db.store(), u"Praxys"_s);
    addLease(db.store(), company.id, office.id, d("2026-01-01"), d("2026-12-31"));
    ChangeLog log(db);

    CHECK_FALSE(db->addLease(leaseOf(company.id, office.id, d("2026-06-01"))).ok());
    CHECK_FALSE(db->removeCompany(company.id).ok());
    Company stale = *db->company(company.id);
    stale.version = 99;
    CHECK_FALSE(db->updateCompany(stale).ok());
    Site duplicate;
    duplicate.name = u"ateliers"_s;
    CHECK_FALSE(db->addSite(duplicate).ok());
    CHECK(log.announced.isEmpty());
}

TEST_CASE("writes inside one transaction are announced together when it commits", "[notify][transaction]")
{
    TestDatabase db;
    ChangeLog log(db);
    Id siteId = 0;
    Id officeId = 0;
    {
        Database::Transaction tx(db->database());
        REQUIRE(tx.ok());
        siteId = addSite(db.store(), u"Ateliers"_s).id;
        officeId = addOffice(db.store(), siteId, u"A01"_s).id;
        CHECK(log.announced.isEmpty());
        REQUIRE(tx.commit().ok());
    }
    REQUIRE(log.announced.size() == 1);
    CHECK(same(log.announced[0], {{Entity::Site, siteId}, {Entity::Office, officeId}}));
    CHECK(log.sitesSeenByOthers == QList<int>{1});
}

TEST_CASE("a failing write inside a transaction undoes the whole transaction", "[notify][transaction]")
{
    TestDatabase db;
    const Site existing = addSite(db.store(), u"Existing"_s);
    ChangeLog log(db);
    {
        Database::Transaction tx(db->database());
        REQUIRE(tx.ok());
        const Site site = addSite(db.store(), u"Ateliers"_s);
        const Office office = addOffice(db.store(), site.id, u"A01"_s);
        CHECK(db->site(site.id).has_value());
        // A refused write in the middle: its own nested transaction is left without commit.
        Office invalid = office;
        invalid.id = 0;
        invalid.code = u"A02"_s;
        invalid.areaM2 = 0;
        REQUIRE_FALSE(db->addOffice(invalid).ok());
        // What follows succeeds on its own, but the whole is already condemned.
        addCompany(db.store(), u"Praxys"_s);
        const Status committed = tx.commit();
        REQUIRE_FALSE(committed.ok());
        CHECK(committed.error().kind() == Error::Kind::Storage);
        CHECK(committed.error().message().contains(u"undone"_s));
    }
    CHECK(log.announced.isEmpty());
    CHECK(db->sites().size() == 1);
    CHECK(db->offices().isEmpty());
    CHECK(db->companies().isEmpty());
    CHECK(db->site(existing.id).has_value());

    SECTION("the next transaction is not affected")
    {
        const Site next = addSite(db.store(), u"Next"_s);
        REQUIRE(log.announced.size() == 1);
        CHECK(same(log.announced[0], {{Entity::Site, next.id}}));
        db.reopen();
        CHECK(db->sites().size() == 2);
    }
}

TEST_CASE("a transaction left without commit undoes its writes", "[notify][transaction]")
{
    TestDatabase db;
    ChangeLog log(db);
    {
        Database::Transaction outer(db->database());
        REQUIRE(outer.ok());
        {
            Database::Transaction inner(db->database());
            REQUIRE(inner.ok());
            addSite(db.store(), u"Ateliers"_s);
            REQUIRE(inner.commit().ok());
        }
        // The outer one ends here without commit: an error path in the caller.
    }
    CHECK(log.announced.isEmpty());
    CHECK(db->sites().isEmpty());
    db.reopen();
    CHECK(db->sites().isEmpty());
}

TEST_CASE("a nested transaction left without commit undoes the outer one", "[notify][transaction]")
{
    TestDatabase db;
    ChangeLog log(db);
    {
        Database::Transaction outer(db->database());
        REQUIRE(outer.ok());
        addSite(db.store(), u"Ateliers"_s);
        {
            Database::Transaction inner(db->database());
            REQUIRE(inner.ok());
            addSite(db.store(), u"Extension"_s);
        }
        CHECK_FALSE(outer.commit().ok());
    }
    CHECK(log.announced.isEmpty());
    CHECK(db->sites().isEmpty());
}

TEST_CASE("the demo data is announced in one notification", "[notify][demo]")
{
    TestDatabase db;
    ChangeLog log(db);
    REQUIRE(DemoData::populate(db.store(), Clock::fixed(QDate(2026, 11, 29))).ok());
    REQUIRE(log.announced.size() == 1);
    const QList<Change> &changes = log.announced.first();
    const auto count = [&changes](Entity entity) {
        return std::count_if(changes.begin(), changes.end(), [entity](const Change &c) { return c.entity == entity; });
    };
    CHECK(count(Entity::Site) == 1);
    CHECK(count(Entity::Office) == 15);
    CHECK(count(Entity::Lease) == db->leases().size());
    CHECK(count(Entity::Application) == 2);
    CHECK(log.leasesSeenByOthers == QList<int>{int(db->leases().size())});
}

TEST_CASE("what a commit changed is told to the other desks in a message that reads back the same", "[notify]")
{
    const QList<Change> changes{{Entity::Company, 12}, {Entity::Lease, 4}, {Entity::Application, 7}};
    CHECK(Database::announcement(changes) == u"company:12 lease:4 application:7"_s);
    CHECK(Database::announced(Database::announcement(changes)) == changes);

    SECTION("too many changes for one message: the entities alone, each once")
    {
        QList<Change> many;
        for (qint64 id = 1; id <= 2000; ++id)
            many << Change{Entity::Lease, id} << Change{Entity::Company, id};
        const QString message = Database::announcement(many);
        CHECK(message.toUtf8().size() < 8000);
        CHECK(Database::announced(message) == QList<Change>{{Entity::Lease, 0}, {Entity::Company, 0}});
    }
    SECTION("what this version does not understand is left out")
    {
        CHECK(Database::announced(u"company:3 invoice:9 lease: :4 lease:-1 office:x sector:2"_s)
              == QList<Change>{{Entity::Company, 3}, {Entity::Sector, 2}});
        CHECK(Database::announced(QString()).isEmpty());
    }
}
