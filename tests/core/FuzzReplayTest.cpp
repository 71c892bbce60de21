// SPDX-License-Identifier: GPL-3.0-or-later
// The fuzzers' inputs, replayed through their targets (fuzz/) in the ordinary build: every input
// a fuzzer found a bug with (tests/data/fuzz/<fuzzer>/, kept once the bug is fixed) and the
// seeds they start from. A fixed bug stays fixed; under `scripts/test --sanitize` the replay is
// checked for memory errors and undefined behaviour too.
#include "CatchQt.h"

#include "Targets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <functional>

namespace {

using Target = std::function<int(const uint8_t *, size_t)>;

// The files under each folder, sorted; the README that says what a folder holds is not an input.
QStringList inputsIn(const QStringList &folders)
{
    QStringList files;
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (QFileInfo(file).fileName() != QLatin1String("README.md"))
                files << file;
        }
    }
    files.sort();
    return files;
}

// What a fuzzer found, kept: tests/data/fuzz/<fuzzer>.
QString found(const char *fuzzer)
{
    return QStringLiteral(PEPIN_TEST_DATA "/fuzz/") + QString::fromLatin1(fuzzer);
}

QString seeds(const char *fuzzer)
{
    return QStringLiteral(PEPIN_FUZZ_SEEDS "/") + QString::fromLatin1(fuzzer);
}

void replay(const Target &target, const QStringList &files)
{
    for (const QString &path : files) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        INFO(path.toStdString());
        CHECK_NOTHROW(target(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())));
    }
}

} // namespace

// The inputs scripts/fuzz starts each fuzzer with, and what the fuzzers found.
TEST_CASE("fuzz replay: the CSV read path", "[fuzz]")
{
    const QStringList files = inputsIn({QStringLiteral(PEPIN_TEST_DATA "/csv"), seeds("csv"), found("csv")});
    REQUIRE(files.size() >= 20);
    replay(pepin::fuzz::csv, files);
}

TEST_CASE("fuzz replay: the date and number parsers", "[fuzz]")
{
    const QStringList files = inputsIn({seeds("parse"), found("parse")});
    REQUIRE(files.size() >= 10);
    replay(pepin::fuzz::parse, files);
}

TEST_CASE("fuzz replay: the database opener", "[fuzz]")
{
    QStringList files;
    const QDir data(QStringLiteral(PEPIN_TEST_DATA));
    for (const QString &name : data.entryList({QStringLiteral("*.db"), QStringLiteral("*.sqlite"), QStringLiteral("not-a-database.csv")}, QDir::Files))
        files << data.filePath(name);
    files << inputsIn({found("database")});
    REQUIRE(files.size() >= 4);
    replay(pepin::fuzz::database, files);

    // The seed made afresh from the current schema, and the same cut short.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString seed = dir.filePath(QStringLiteral("seed.db"));
    pepin::fuzz::writeDatabaseSeed(seed);
    QFile file(seed);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith(QByteArrayView("SQLite format 3", 16)));
    for (const qsizetype size : {bytes.size(), bytes.size() / 2, qsizetype(100)}) {
        INFO("the seed's first " << size << " bytes");
        CHECK_NOTHROW(pepin::fuzz::database(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(size)));
    }
}
