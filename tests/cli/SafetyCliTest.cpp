// SPDX-License-Identifier: GPL-3.0-or-later
// pepin-cli backup, backups, restore and check, as a user types them.
#include "CatchQt.h"
#include "CliRunner.h"
#include "PlainConnection.h"
#include "TestDatabase.h"

#include "storage/Backups.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pepin;
using namespace pepin::test;

namespace {

QString companiesOf(CliDatabase &incubator)
{
    return incubator.run({"companies", "--format", "csv"}).out;
}

} // namespace

TEST_CASE("pepin-cli backup writes a consistent copy to a new file, never over one", "[cli][backup]")
{
    Demo demo;
    const QString target = demo.file(QStringLiteral("saved.db"));
    const CliRun made = demo.run({QStringLiteral("backup"), QStringLiteral("-o"), target});
    CHECK(made.out == QStringLiteral("Backed up %1 to %2.\n").arg(QDir::toNativeSeparators(demo.db), QDir::toNativeSeparators(target)));
    CHECK(Database::examine(target).kind == Database::FileState::Kind::Pepin);
    CHECK(cli(target, {QStringLiteral("companies"), QStringLiteral("--format"), QStringLiteral("csv")}).out == companiesOf(demo));
    CHECK((QFile::permissions(target) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == QFileDevice::Permissions());

    const QByteArray before = fileBytes(target);
    const CliRun again = demo.run({QStringLiteral("backup"), QStringLiteral("-o"), target}, 2);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(fileBytes(target) == before);
    CHECK(demo.run({"backup"}, 1).err.contains(QStringLiteral("backup needs -o FILE")));
}

TEST_CASE("pepin-cli restore puts a backup back, keeps what it replaced, and lists it among the backups", "[cli][restore]")
{
    Demo demo;
    const QString saved = demo.file(QStringLiteral("saved.db"));
    demo.run({QStringLiteral("backup"), QStringLiteral("-o"), saved});
    const QString atBackup = companiesOf(demo);
    demo.run({"add", "company", "--name", "Added after the backup"});

    const CliRun restored = demo.run({QStringLiteral("restore"), saved});
    const QStringList lines = restored.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == QStringLiteral("Restored %1 from %2.").arg(QDir::toNativeSeparators(demo.db), QDir::toNativeSeparators(saved)));
    CHECK(lines[1].startsWith(QStringLiteral("What it replaced was kept in %1")
                                  .arg(QDir::toNativeSeparators(Backups(demo.db).folder()))));
    CHECK(companiesOf(demo) == atBackup);

    const QJsonArray listed = QJsonDocument::fromJson(demo.run({"backups", "--format", "json"}).out.toUtf8()).array();
    REQUIRE(listed.size() == 1);
    const QJsonObject kept = listed.first().toObject();
    CHECK(kept.value(QStringLiteral("kind")).toString() == QStringLiteral("before-restore"));
    CHECK(kept.value(QStringLiteral("bytes")).toInteger() > 0);
    const QString keptFile = kept.value(QStringLiteral("file")).toString();
    CHECK(cli(keptFile, {QStringLiteral("companies")}).out.contains(QStringLiteral("Added after the backup")));

    // And back again: the restore is itself undone by restoring what it kept.
    demo.run({QStringLiteral("restore"), keptFile});
    CHECK(companiesOf(demo).contains(QStringLiteral("Added after the backup")));
}

TEST_CASE("pepin-cli restore refuses what is not a Pépin backup, and changes nothing", "[cli][restore]")
{
    Demo demo;
    const QString before = companiesOf(demo);
    const CliRun text = demo.run({QStringLiteral("restore"), QStringLiteral(PEPIN_TEST_DATA "/not-a-database.csv")}, 2);
    CHECK(text.err.contains(QStringLiteral("pepin-cli: restore: Nothing was restored.")));
    CHECK(text.err.contains(QStringLiteral("is not a Pépin database")));
    const CliRun newer = demo.run({QStringLiteral("restore"), QStringLiteral(PEPIN_TEST_DATA "/pepin-newer-schema.db")}, 2);
    CHECK(newer.err.contains(QStringLiteral("newer version of Pépin")));
    CHECK(demo.run({"restore"}, 1).err.contains(QStringLiteral("restore needs one FILE")));
    CHECK(companiesOf(demo) == before);
    CHECK(Backups(demo.db).list().isEmpty());
}

TEST_CASE("pepin-cli check reports each rule another tool broke, and exits 2, or 3 when references are broken", "[cli][check]")
{
    CliDatabase incubator;
    incubator.run({"add", "site", "Ateliers"});
    incubator.run({"add", "office", "--site", "Ateliers", "--code", "B12", "--area", "20", "--workstations", "2"});
    incubator.run({"add", "company", "--name", "Praxys"});
    incubator.run({"add", "company", "--name", "Soleas.Net"});
    incubator.run({"add", "lease", "--company", "Praxys", "--site", "Ateliers", "--office", "B12", "--start", "2026-01-01",
                   "--end", "2026-12-31", "--no-rent"});
    CHECK(incubator.run({"check"}).out.contains(QStringLiteral("no problem found")));

    {
        PlainConnection file(incubator.db);
        file.exec(QStringLiteral("INSERT INTO leases (company_id, office_id, type, start_date, end_date) "
                                 "SELECT c.id, o.id, 'precaire', '2026-06-01', '2026-06-30' FROM companies c, offices o "
                                 "WHERE c.name = 'Soleas.Net' AND o.code = 'B12'"));
    }
    const CliRun overlap = incubator.run({"check"}, 2);
    CHECK(overlap.out.isEmpty());
    CHECK(overlap.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
          == QStringList{QStringLiteral("pepin-cli: check: lease 2 (Soleas.Net, B12 (Ateliers)): B12 (Ateliers) is already let "
                                        "to Praxys from 01/01/2026 to 31/12/2026: a private office has one tenant at a time.")});

    {
        PlainConnection file(incubator.db);
        file.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        file.exec(QStringLiteral("UPDATE leases SET company_id = 99 WHERE id = 1"));
    }
    const CliRun references = incubator.run({"check"}, 3);
    CHECK(references.err.contains(QStringLiteral("pepin-cli: check: leases row 1: refers to a missing row of companies")));
    // The rules are still checked: the overlap is still reported, its tenant now unknown.
    CHECK(references.err.contains(QStringLiteral("already let to missing company 99")));
}
