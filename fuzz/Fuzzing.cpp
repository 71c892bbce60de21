// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fuzzing.h"

#include "Targets.h"

#include "csv/Importer.h"
#include "service/Store.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTemporaryDir>

namespace pepin::fuzz {

void initialise(int &argc, char **argv)
{
    // Never deleted: it must outlive every static of the targets (their databases).
    static QCoreApplication *application = new QCoreApplication(argc, argv);
    Q_UNUSED(application);
    QLocale::setDefault(QLocale::c());
}

void expect(bool holds, const char *what)
{
    if (!holds)
        throw Broken(what);
}

QByteArray view(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

QDate today()
{
    return QDate(2026, 6, 15);
}

QString workFolder()
{
    static const QTemporaryDir folder(QDir::temp().filePath(QStringLiteral("pepin-fuzz-XXXXXX")));
    expect(folder.isValid(), "no temporary folder to work in");
    return folder.path();
}

QString freshFolder(const QString &name)
{
    QDir folder(QDir(workFolder()).filePath(name));
    expect(folder.removeRecursively() && folder.mkpath(QStringLiteral(".")), "cannot empty a working folder");
    return folder.path();
}

void importSample(Store &store)
{
    // The names of tests/data/csv, so that inputs grown from those files find these records.
    const std::pair<ImportKind, const char *> files[] = {
        {ImportKind::Offices,
         "site,code,floor,area_m2,workstations,kind,rent_m2_year,available_from,available_until\n"
         "Ateliers numériques,A01,0,24.5,2,private,120,2017-01-01,\n"
         "Ateliers numériques,A02,0,28,3,private,120,,\n"
         "Ateliers numériques,C10,2,1234.5,12,shared,96.5,2025-04-01,2035-12-31\n"},
        {ImportKind::Companies,
         "name,siret,naf,sector,created_on,stage,headcounts,contact\n"
         "Café Pixel,73282932000074,6201Z,Services informatiques,2019-03-15,young,2024-01-01=3|2025-06-01=5,Hélène\n"
         "Œuvres Sonores,,5920Z,Son et image,2021-09-01,project,,\n"},
        {ImportKind::Leases,
         "company,site,office,start,end,workstations,type,rent_steps,monthly_charges,deposit,notice_months\n"
         "73282932000074,Ateliers numériques,A01,2025-01-01,2027-12-31,,derogatoire,2025-01-01=171.50|2026-01-01=208.25,50,490,3\n"
         "Œuvres Sonores,Ateliers numériques,C10,2025-04-01,2027-03-31,4,precaire,2025-04-01=200,,,1\n"},
    };
    for (const auto &[kind, text] : files) {
        QByteArray bytes(text);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        Importer::Options options;
        options.today = today();
        const ImportResult result = Importer(store, options).import(kind, buffer);
        if (!result.written || !result.errors.isEmpty()) {
            const ImportMessage first = result.errors.value(0);
            throw Broken(QStringLiteral("the sample incubator cannot be imported: line %1, %2: %3")
                             .arg(first.line)
                             .arg(first.column, first.message)
                             .toStdString());
        }
    }
}

} // namespace pepin::fuzz
