// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTestData.h"

#include "Builders.h"
#include "CatchQt.h"

#include "csv/Exporter.h"

#include <QBuffer>
#include <QFile>

namespace pepin::test {

namespace {

template<typename T>
T stored(Result<T> result)
{
    if (!result)
        FAIL(result.error().message().toStdString());
    return std::move(result).value();
}

QString exported(Store &store, Exporter::Kind kind)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    Exporter::Options options;
    options.at = csvToday();
    REQUIRE(Exporter(store, options).write(kind, buffer).ok());
    return QString::fromUtf8(bytes);
}

} // namespace

QDate csvToday()
{
    return QDate(2026, 11, 29);
}

QString csvFixture(const QTemporaryDir &dir, const QString &name)
{
    const QString source = QStringLiteral(PEPIN_TEST_DATA "/csv/") + name;
    const QString target = dir.filePath(name);
    QFile::remove(target);
    REQUIRE(QFile::copy(source, target));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

QString snapshot(Store &store)
{
    QString text = exported(store, Exporter::Kind::Offices) + exported(store, Exporter::Kind::Companies)
        + exported(store, Exporter::Kind::Leases);
    for (const Sector &sector : store.sectors())
        text += QStringLiteral("sector %1 %2\n").arg(sector.name, sector.color);
    for (const Site &site : store.sites())
        text += QStringLiteral("site %1\n").arg(site.name);
    return text;
}

ImportResult importCsv(Store &store, ImportKind kind, const QString &path, Importer::Options options)
{
    if (!options.today.isValid())
        options.today = csvToday();
    return Importer(store, options).importFile(kind, path);
}

QString describe(const QList<ImportMessage> &messages)
{
    QStringList lines;
    for (const ImportMessage &m : messages)
        lines << QStringLiteral("line %1, column %2: %3").arg(m.line).arg(m.column, m.message);
    return lines.join(QLatin1Char('\n'));
}

bool hasMessage(const QList<ImportMessage> &messages, qint64 line, const QString &column)
{
    return std::any_of(messages.cbegin(), messages.cend(), [&](const ImportMessage &m) {
        return m.line == line && (column.isEmpty() || m.column == column);
    });
}

namespace {

std::optional<qint64> statusKb(const char *key)
{
#ifdef __SANITIZE_ADDRESS__
    // AddressSanitizer holds freed blocks in quarantine and maps shadow memory beside every
    // allocation: the process's size would measure the sanitizer, not the code under test.
    Q_UNUSED(key);
    return std::nullopt;
#else
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return std::nullopt;
#endif
}

} // namespace

void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

std::optional<qint64> peakMemoryKb()
{
    return statusKb("VmHWM");
}

std::optional<qint64> currentMemoryKb()
{
    return statusKb("VmRSS");
}

void buildExportData(Store &store)
{
    const Site ateliers = addSite(store, QStringLiteral("Ateliers numériques"));
    const Site extension = addSite(store, QStringLiteral("Extension Nord"));

    Office a01;
    a01.siteId = ateliers.id;
    a01.code = QStringLiteral("A01");
    a01.floor = QStringLiteral("0");
    a01.areaM2 = 24.5;
    a01.workstations = 2;
    a01.rentM2YearCents = 12000;
    a01.availableFrom = d("2017-01-01");
    a01.notes = QStringLiteral("Vue sur le parc");
    a01 = stored(store.addOffice(a01));

    Office a02 = a01;
    a02.id = 0;
    a02.code = QStringLiteral("A02");
    a02.areaM2 = 28;
    a02.workstations = 3;
    a02.rentM2YearCents = 12050;
    a02.availableFrom = QDate();
    a02.notes = QStringLiteral("Fenêtre; côté \"rue\", lumineux");
    a02 = stored(store.addOffice(a02));

    Office b01 = a01;
    b01.id = 0;
    b01.code = QStringLiteral("B01");
    b01.floor = QStringLiteral("1");
    b01.areaM2 = 40;
    b01.workstations = 5;
    b01.rentM2YearCents = 0;
    b01.notes = QStringLiteral("=HYPERLINK(\"http://example.org\";\"clic\")");
    b01.archived = false;
    b01 = stored(store.addOffice(b01));

    Office c10;
    c10.siteId = extension.id;
    c10.code = QStringLiteral("C10");
    c10.floor = QStringLiteral("2");
    c10.areaM2 = 1234.5;
    c10.workstations = 12;
    c10.kind = OfficeKind::Shared;
    c10.rentM2YearCents = 9650;
    c10.availableFrom = d("2025-04-01");
    c10.availableUntil = d("2035-12-31");
    c10.notes = QStringLiteral("Plateau ouvert\nsecond line");
    c10 = stored(store.addOffice(c10));

    Company etudes;
    etudes.name = QStringLiteral("Société d'Études Numériques");
    etudes.siret = QStringLiteral("73282932000074");
    etudes.naf = QStringLiteral("6201Z");
    etudes.sectorId = stored(store.ensureSector(QStringLiteral("IT services"))).id;
    etudes.createdOn = d("2019-03-15");
    etudes.stage = CompanyStage::Young;
    etudes.headcounts = {{d("2020-01-01"), 2}, {d("2025-06-01"), 4}};
    etudes.contact = QStringLiteral("Hélène Dupré");
    etudes.email = QStringLiteral("helene@etudes.example.org");
    etudes.phone = QStringLiteral("+33 3 27 00 00 01");
    etudes.notes = QStringLiteral("Créée à Valenciennes");
    etudes = stored(store.addCompany(etudes));

    Company oeuvres;
    oeuvres.name = QStringLiteral("Œuvres Sonores");
    oeuvres.sectorId = stored(store.ensureSector(QStringLiteral("Son et image"))).id;
    oeuvres.createdOn = d("2021-09-01");
    oeuvres.stage = CompanyStage::Project;
    oeuvres.contact = QStringLiteral("François Müller");
    oeuvres.notes = QStringLiteral("-5 % de remise\n@équipe: budget 1 500 €");
    oeuvres = stored(store.addCompany(oeuvres));

    Company pixel;
    pixel.name = QStringLiteral("Café Pixel");
    pixel.sectorId = stored(store.ensureSector(QStringLiteral("Multimedia"))).id;
    pixel.contact = QStringLiteral("Zoé Lefèvre");
    pixel.email = QStringLiteral("zoe@cafepixel.example.org");
    pixel.phone = QStringLiteral("03 27 00 00 03");
    pixel.notes = QStringLiteral("'=already guarded");
    pixel = stored(store.addCompany(pixel));

    Company former;
    former.name = QStringLiteral("Ancienne SARL");
    former.exitDate = d("2024-06-30");
    former.exitReason = ExitReason::MovedAway;
    former.archived = true;
    former = stored(store.addCompany(former));

    Lease first = leaseOf(etudes.id, a01.id, d("2025-01-01"), d("2027-12-31"));
    first.type = LeaseType::Derogatoire;
    first.rentSteps = {{d("2025-01-01"), 17150}, {d("2026-01-01"), 20825}};
    first.monthlyChargesCents = 5000;
    first.depositCents = 49000;
    first.noticeMonths = 3;
    stored(store.addLease(first));

    Lease second = leaseOf(pixel.id, a02.id, d("2025-02-01"), d("2028-01-31"));
    second.terminatedOn = d("2027-06-30");
    second.rentSteps = {{d("2025-02-01"), 20000}};
    second.notes = QStringLiteral("Bail signé le 15/01, \"urgent\"");
    stored(store.addLease(second));

    Lease shared = leaseOf(oeuvres.id, c10.id, d("2025-04-01"), d("2027-03-31"), 4);
    shared.type = LeaseType::Coworking;
    shared.rentSteps = {{d("2025-04-01"), 48000}};
    shared.noticeMonths = 1;
    stored(store.addLease(shared));

    Lease more = leaseOf(pixel.id, c10.id, d("2026-07-01"), d("2028-06-30"), 6);
    more.type = LeaseType::Coworking;
    stored(store.addLease(more));

    Lease old = leaseOf(former.id, b01.id, d("2020-01-01"), d("2024-06-30"));
    old.rentSteps = {{d("2020-03-01"), 15000}};
    stored(store.addLease(old));

    Lease cancelled = leaseOf(former.id, b01.id, d("2024-09-01"), d("2025-08-31"));
    cancelled.cancelled = true;
    cancelled.notes = QStringLiteral("Annulée avant l'entrée");
    stored(store.addLease(cancelled));
}

} // namespace pepin::test
