// SPDX-License-Identifier: GPL-3.0-or-later
// A file a user opens as a database: a Pépin database, an older or newer one, another program's
// SQLite file, a damaged one, or anything else picked by mistake.
#include "Fuzzing.h"
#include "Targets.h"

#include "figures/Alerts.h"
#include "figures/Expiries.h"
#include "figures/Flows.h"
#include "figures/Occupancy.h"
#include "figures/Portfolio.h"
#include "figures/RentRoll.h"
#include "figures/SectorMix.h"
#include "figures/Tenants.h"
#include "figures/WaitingList.h"
#include "service/Checker.h"
#include "service/Store.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace pepin::fuzz {

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    expect(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size(), "cannot write the input to a file");
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What `pepin-cli check` and the dashboard compute once a database is open: whatever the file
// holds (another tool may have written anything that SQLite's checks let through), they report
// it, they do not crash.
void useDatabase(Store &store)
{
    Checker::check(store);
    const Portfolio portfolio = Portfolio::load(store);
    const QDate day = today();
    const Occupancy occupancy(portfolio.offices, portfolio.leases, portfolio.companies, {});
    occupancy.on(day);
    occupancy.series(day.addYears(-1), day, PeriodStep::Month);
    tenantsOn(day, portfolio);
    sectorMixOn(day, portfolio);
    expiriesWithin(portfolio.offices, portfolio.leases, day, 183);
    alertsOn(AlertSources{portfolio.sites, portfolio.offices, portfolio.companies, portfolio.leases}, day);
    rentRollByMonth(portfolio.offices, portfolio.leases, QDate(day.year(), 1, 1), QDate(day.year(), 12, 31));
    entriesAndExitsByYear(day.addYears(-5), day, portfolio.offices, portfolio.leases);
    stayLengthDistribution(day, portfolio.offices, portfolio.leases);
    waitingListLength(store.applications(), day);
}

} // namespace

int database(const uint8_t *data, size_t size)
{
    const QByteArray bytes = view(data, size);
    const QDir folder(freshFolder(QStringLiteral("database")));
    const QString readOnlyPath = folder.filePath(QStringLiteral("read-only.db"));
    const QString openedPath = folder.filePath(QStringLiteral("opened.db"));
    writeFile(readOnlyPath, bytes);
    writeFile(openedPath, bytes);

    using Kind = Database::FileState::Kind;
    const Database::FileState state = Database::examine(readOnlyPath);
    expect(fileBytes(readOnlyPath) == bytes, "examining a file changed it");
    const bool current = state.kind == Kind::Pepin && state.version == Database::schemaVersion;
    const bool openable = state.kind == Kind::Pepin && state.version <= Database::schemaVersion;

    // Read-only: a Pépin database of this version opens, anything else is refused with a reason;
    // either way the file is not written to.
    {
        Result<std::unique_ptr<Store>> store = Store::open(readOnlyPath, Database::Mode::ReadOnly);
        if (store) {
            expect(current, "a file that is not a Pépin database of this version was opened read-only");
            expect((*store)->database().isReadOnly(), "a database opened read-only can be written to");
            useDatabase(**store);
        } else {
            expect(!store.error().message().isEmpty(), "a file was refused without a reason");
        }
    }
    expect(fileBytes(readOnlyPath) == bytes, "a file opened read-only was written to");

    // As the programs open a database: an older Pépin database is updated, a file that is not a
    // Pépin database of this version or an older one is refused and left exactly as it was.
    {
        Result<std::unique_ptr<Store>> store = Store::open(openedPath, Database::Mode::OpenExisting);
        if (store) {
            expect(openable, "a file that is not a Pépin database this version can read was opened");
            useDatabase(**store);
        } else {
            expect(!store.error().message().isEmpty(), "a file was refused without a reason");
        }
    }
    if (!openable)
        expect(fileBytes(openedPath) == bytes, "a file that was refused was changed");
    return 0;
}

void writeDatabaseSeed(const QString &path)
{
    const QString made = QDir(freshFolder(QStringLiteral("seed"))).filePath(QStringLiteral("seed.db"));
    {
        Result<std::unique_ptr<Store>> store = Store::open(made, Database::Mode::CreateIfMissing);
        expect(bool(store), "cannot create a database");
        importSample(**store);
    }
    // Small pages make a small file, which the fuzzer changes more to the point; the journal mode
    // is put back to the write-ahead log that Pépin's files have.
    const QString connection = QStringLiteral("pepin-fuzz-seed");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(made);
        expect(db.open(), "cannot open the new database");
        QSqlQuery query(db);
        for (const char *statement : {"PRAGMA journal_mode = DELETE", "PRAGMA page_size = 512", "VACUUM", "PRAGMA journal_mode = WAL"})
            expect(query.exec(QString::fromLatin1(statement)), "cannot make the new database smaller");
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    QFile::remove(path);
    expect(QFile::copy(made, path), "cannot write the seed");
}

} // namespace pepin::fuzz
