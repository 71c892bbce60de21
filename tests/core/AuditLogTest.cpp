// SPDX-License-Identifier: GPL-3.0-or-later
// The change history (storage/AuditLog.h): every change made through the store is recorded in
// the same transaction, by whom and with what before and after; refused changes leave no trace;
// the history cannot be edited, survives a restore, and exports to CSV.
#include "Builders.h"
#include "CatchQt.h"
#include "PlainConnection.h"
#include "TestDatabase.h"

#include "csv/CsvFormat.h"
#include "storage/AuditLog.h"
#include "storage/Backups.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>
#include <QJsonArray>

using namespace pepin;
using namespace pepin::test;

namespace {

QList<AuditEntry> history(Store &store, const QString &entity = {}, Id id = 0)
{
    AuditLog::Filter filter;
    filter.entity = entity;
    filter.recordId = id;
    Result<QList<AuditEntry>> entries = store.history().entries(filter);
    REQUIRE(entries.ok());
    return *entries;
}

QStringList changedFields(const AuditEntry &entry)
{
    QStringList fields;
    for (const AuditFieldChange &change : AuditLog::changes(entry))
        fields << change.field;
    return fields;
}

} // namespace

TEST_CASE("every change made through the store is recorded, with who made it and what it was before and after", "[audit]")
{
    TestDatabase db;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    Company praxys = addCompany(db.store(), QStringLiteral("Praxys"));

    QList<AuditEntry> entries = history(db.store(), QStringLiteral("company"), praxys.id);
    REQUIRE(entries.size() == 1);
    const AuditEntry added = entries.first();
    CHECK(added.action == AuditAction::Add);
    CHECK(added.label == QStringLiteral("Praxys"));
    CHECK(added.user == AuditLog::currentUser());
    CHECK_FALSE(added.user.isEmpty());
    CHECK_FALSE(added.program.isEmpty());
    CHECK(added.at >= before);
    CHECK(added.at <= QDateTime::currentDateTimeUtc().addSecs(1));
    CHECK(added.before.isEmpty());
    CHECK(added.after.value(QStringLiteral("name")).toString() == QStringLiteral("Praxys"));

    praxys.email = QStringLiteral("claire@praxys.fr");
    praxys.headcounts = {HeadcountEntry{d("2026-01-01"), 4}};
    Result<Company> updated = db->updateCompany(praxys);
    REQUIRE(updated.ok());
    entries = history(db.store(), QStringLiteral("company"), praxys.id);
    REQUIRE(entries.size() == 2);
    const AuditEntry &changed = entries.first(); // newest first
    CHECK(changed.action == AuditAction::Update);
    CHECK(changedFields(changed) == QStringList{QStringLiteral("email"), QStringLiteral("headcounts")});
    CHECK(changed.before.value(QStringLiteral("email")).toString().isEmpty());
    CHECK(changed.after.value(QStringLiteral("email")).toString() == QStringLiteral("claire@praxys.fr"));
    CHECK(changed.after.value(QStringLiteral("headcounts")).toArray().size() == 1);

    const Site site = addSite(db.store(), QStringLiteral("Ateliers"));
    const Office office = addOffice(db.store(), site.id, QStringLiteral("B12"));
    Lease lease = leaseOf(praxys.id, office.id, d("2026-01-01"), d("2026-12-31"));
    lease.rentSteps = {RentStep{d("2026-01-01"), 45000}};
    Result<Lease> stored = db->addLease(lease);
    REQUIRE(stored.ok());
    entries = history(db.store(), QStringLiteral("lease"), stored->id);
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().label == QStringLiteral("Praxys in B12 (Ateliers)"));
    const QJsonArray steps = entries.first().after.value(QStringLiteral("rent_steps")).toArray();
    REQUIRE(steps.size() == 1);
    CHECK(steps.first().toObject().value(QStringLiteral("monthly_rent_cents")).toInteger() == 45000);

    REQUIRE(db->removeLease(stored->id).ok());
    entries = history(db.store(), QStringLiteral("lease"), stored->id);
    REQUIRE(entries.size() == 2);
    CHECK(entries.first().action == AuditAction::Remove);
    CHECK(entries.first().after.isEmpty());
    CHECK(entries.first().before.value(QStringLiteral("start_date")).toString() == QStringLiteral("2026-01-01"));

    const Status refused = db->setIdentity(Store::Identity{QStringLiteral("Ateliers") + QChar(char16_t(0)), {}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().problems().first().field == QStringLiteral("name"));
    CHECK(history(db.store(), QStringLiteral("incubator")).isEmpty());
    REQUIRE(db->setIdentity(Store::Identity{QStringLiteral("Ateliers numériques"), QByteArray("logo")}).ok());
    entries = history(db.store(), QStringLiteral("incubator"));
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().action == AuditAction::Identity);
    CHECK(entries.first().after.value(QStringLiteral("name")).toString() == QStringLiteral("Ateliers numériques"));

    SECTION("the history is kept in the file, read back after reopening")
    {
        const int count = int(history(db.store()).size());
        db.reopen();
        CHECK(history(db.store()).size() == count);
    }
}

TEST_CASE("a refused change leaves no trace in the history", "[audit]")
{
    TestDatabase db;
    const Site site = addSite(db.store());
    const Office office = addOffice(db.store(), site.id, QStringLiteral("A01"));
    const Company a = addCompany(db.store(), QStringLiteral("Alpha"));
    const Company b = addCompany(db.store(), QStringLiteral("Beta"));
    addLease(db.store(), a.id, office.id, d("2026-01-01"), d("2026-12-31"));
    const qsizetype count = history(db.store()).size();

    // An overlapping lease, a stale edit and a bulk import refused on its second lease.
    CHECK_FALSE(db->addLease(leaseOf(b.id, office.id, d("2026-06-01"), d("2027-05-31"))).ok());
    Company stale = a;
    stale.notes = QStringLiteral("edited elsewhere");
    REQUIRE(db->updateCompany(stale).ok());
    const qsizetype afterEdit = history(db.store()).size();
    CHECK(afterEdit == count + 1);
    stale.notes = QStringLiteral("from stale data");
    CHECK(db->updateCompany(stale).error().kind() == Error::Kind::Stale);
    CHECK_FALSE(db->addLeases({leaseOf(b.id, office.id, d("2027-01-01"), d("2027-06-30")),
                               leaseOf(b.id, office.id, d("2027-03-01"), d("2027-12-31"))})
                    .ok());
    CHECK(history(db.store()).size() == afterEdit);

    SECTION("a bulk import that is accepted records one entry per lease")
    {
        REQUIRE(db->addLeases({leaseOf(b.id, office.id, d("2027-01-01"), d("2027-06-30")),
                               leaseOf(b.id, office.id, d("2027-07-01"), d("2027-12-31"))})
                    .ok());
        const QList<AuditEntry> entries = history(db.store(), QStringLiteral("lease"));
        REQUIRE(entries.size() == 3);
        CHECK(entries.first().label == QStringLiteral("Beta in A01 (Site)"));
    }
}

TEST_CASE("the history cannot be edited or emptied by another program", "[audit]")
{
    TestDatabase db;
    addCompany(db.store(), QStringLiteral("Praxys"));
    db.close();
    PlainConnection file(db.path());
    QSqlQuery query(file.connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE change_history SET os_user = 'someone else'")));
    CHECK(query.lastError().text().contains(QStringLiteral("cannot be edited")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM change_history")));
    CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM change_history")).toInt() == 1);
}

TEST_CASE("a restore keeps the history, which records it", "[audit][backup][file]")
{
    TestDatabase db;
    addCompany(db.store(), QStringLiteral("Alpha"));
    const QString backup = db.file(QStringLiteral("before-beta.db"));
    REQUIRE(db->database().backupTo(backup).ok());
    addCompany(db.store(), QStringLiteral("Beta"));

    REQUIRE(Backups::restore(db->database(), backup).ok());
    QStringList names;
    for (const Company &company : db->companies())
        names << company.name;
    CHECK(names == QStringList{QStringLiteral("Alpha")});

    const QList<AuditEntry> entries = history(db.store());
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(0).action == AuditAction::Restore);
    CHECK(entries.at(0).label == QStringLiteral("before-beta.db"));
    CHECK(entries.at(1).label == QStringLiteral("Beta")); // what was undone stays on record
    CHECK(entries.at(2).label == QStringLiteral("Alpha"));
}

TEST_CASE("the history is read by record, user, day and name", "[audit]")
{
    TestDatabase db;
    const Company alpha = addCompany(db.store(), QStringLiteral("Élan"));
    addCompany(db.store(), QStringLiteral("Beta"));
    AuditLog::Filter filter;
    filter.text = QStringLiteral("elan");
    Result<QList<AuditEntry>> found = db->history().entries(filter);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().recordId == alpha.id);

    filter = {};
    filter.from = QDate::currentDate().addDays(1);
    CHECK(db->history().entries(filter)->isEmpty());
    filter.from = QDate::currentDate().addDays(-1);
    filter.to = QDate::currentDate();
    CHECK(db->history().entries(filter)->size() == 2);
    filter = {};
    filter.user = QStringLiteral("nobody-here");
    CHECK(db->history().entries(filter)->isEmpty());
    filter = {};
    filter.limit = 1;
    CHECK(db->history().entries(filter)->first().label == QStringLiteral("Beta"));
}

TEST_CASE("the history exports to CSV, one row per field changed", "[audit][csv]")
{
    TestDatabase db;
    Company praxys = addCompany(db.store(), QStringLiteral("Praxys"));
    praxys.phone = QStringLiteral("03 27 00 00 00");
    praxys.notes = QStringLiteral("=HYPERLINK(\"x\")");
    REQUIRE(db->updateCompany(praxys).ok());
    AuditLog::Filter filter;
    filter.entity = QStringLiteral("company");
    filter.recordId = praxys.id;
    const QList<AuditEntry> entries = *db->history().entries(filter);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(AuditLog::writeCsv(entries, buffer, CsvFormat::preset(CsvFormat::Preset::Standard)).ok());
    const QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // The header, the update's 2 fields, the add's one field set: its name (flags off and empty
    // fields are not listed).
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0) == QStringLiteral("at,user,program,action,entity,record_id,label,field,before,after"));
    CHECK(lines.at(1).contains(QStringLiteral(",update,company,%1,Praxys,phone,,03 27 00 00 00").arg(praxys.id)));
    // A note that a spreadsheet would run is written so that it is shown, not run.
    CHECK(lines.at(2).endsWith(QStringLiteral(",notes,,\"'=HYPERLINK(\"\"x\"\")\"")));
    CHECK(lines.at(3).endsWith(QStringLiteral(",add,company,%1,Praxys,name,,Praxys").arg(praxys.id)));
}
