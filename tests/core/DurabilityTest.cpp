// SPDX-License-Identifier: GPL-3.0-or-later
// A program killed at any moment — here, SIGKILLed at random points, fifty times, while it imports
// a file in one transaction or commits a stream of edits — leaves a database that is sound, with
// each import whole or absent and every edit it reported committed present. On the server's pass
// the database is a server's: the server undoes what a killed program left half done.
#include "CatchQt.h"
#include "HelperProcess.h"
#include "PlainConnection.h"
#include "TestServer.h"

#include "service/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace pepin;
using namespace pepin::test;

namespace {

constexpr int importRows = 800;

// A companies file whose names all start with `prefix`.
QString writeImport(const SharedDatabase &shared, const QString &prefix)
{
    const QString path = shared.file(prefix + QStringLiteral(".csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray text = "name,sector,contact,notes\n";
    for (int i = 1; i <= importRows; ++i)
        text += QStringLiteral("%1 %2,Multimedia,Contact %2,Imported in one transaction\n").arg(prefix).arg(i).toUtf8();
    file.write(text);
    return path;
}

struct Sound
{
    QString integrity;
    qint64 foreignKeyErrors = 0;
};

// Opened as Pépin opens it (which also replays the log the killed program left), then checked.
Sound check(const QString &path)
{
    Result<std::unique_ptr<Store>> opened = Store::open(path, Database::Mode::OpenExisting);
    if (!opened)
        FAIL(opened.error().message().toStdString());
    Database &db = (*opened)->database();
    Sound sound;
    Result<QSqlQuery> integrity = db.run(db.dialect().integrityCheck());
    REQUIRE(integrity.ok());
    QStringList lines;
    while (integrity->next())
        lines << integrity->value(0).toString();
    sound.integrity = lines.join(QLatin1Char('\n'));
    Result<QSqlQuery> keys = db.run(db.dialect().foreignKeyCheck());
    REQUIRE(keys.ok());
    while (keys->next())
        ++sound.foreignKeyErrors;
    return sound;
}

qint64 count(const QString &path, const QString &sql, const QVariantList &values = {})
{
    PlainConnection file(path);
    return file.scalar(sql, values).toLongLong();
}

int lastReported(const QStringList &lines, const QString &word)
{
    int last = 0;
    for (const QString &line : lines) {
        if (line.startsWith(word))
            last = std::max(last, line.mid(word.size()).toInt());
    }
    return last;
}

} // namespace

TEST_CASE("a program killed at any moment leaves a sound database, imports whole or absent, commits kept", "[safety][crash]")
{
    const SharedDatabase shared(QStringLiteral("crash.db"));
    const QString db = shared.location();
    {
        Result<std::unique_ptr<Store>> created = Store::open(db, Database::Mode::CreateIfMissing);
        REQUIRE(created.ok());
        Company counter;
        counter.name = QStringLiteral("Counter");
        counter.notes = QStringLiteral("0");
        REQUIRE((*created)->addCompany(counter).ok());
    }

    // How long a whole import takes here, so that the kills fall anywhere in one.
    qint64 importSpanMs = 0;
    {
        const QString file = writeImport(shared, QStringLiteral("Whole"));
        QElapsedTimer timer;
        timer.start();
        HelperProcess whole(storageHelper(), {QStringLiteral("import"), db, file});
        CHECK(whole.nextLine() == QStringLiteral("imported %1").arg(importRows));
        REQUIRE(whole.finish() == 0);
        importSpanMs = std::max<qint64>(timer.elapsed(), 50);
    }

    // A fixed seed: a failure can be run again as it happened.
    QRandomGenerator random(20261129);
    int importsKept = 1, importsAbsent = 0, editsCommitted = 0;
    for (int round = 1; round <= 50; ++round) {
        const bool importing = round % 2 == 0;
        const QString prefix = QStringLiteral("Round%1").arg(round);
        const QStringList arguments = importing ? QStringList{QStringLiteral("import"), db, writeImport(shared, prefix)}
                                                : QStringList{QStringLiteral("edits"), db};
        const int delayMs = int(random.bounded(importing ? importSpanMs : 300));
        INFO("round " << round << (importing ? ", importing" : ", editing") << ", killed after " << delayMs << " ms");

        HelperProcess child(storageHelper(), arguments);
        child.stillRunningAfter(delayMs);
        child.kill();
        const QStringList lines = child.lines();
        for (const QString &line : lines)
            REQUIRE_FALSE(line.startsWith(QLatin1String("error")));

        const Sound sound = check(db);
        CHECK(sound.integrity == QStringLiteral("ok"));
        CHECK(sound.foreignKeyErrors == 0);

        // Every edit adds one company and counts it in the same transaction: the two agree, and
        // every edit reported committed, in this round or before, is there.
        const qint64 counted = count(db, QStringLiteral("SELECT notes FROM companies WHERE name = 'Counter'"));
        const qint64 edits = count(db, QStringLiteral("SELECT count(*) FROM companies WHERE name LIKE 'Edit %'"));
        CHECK(edits == counted);
        const int reported = lastReported(lines, QStringLiteral("committed "));
        CHECK(counted >= std::max(reported, editsCommitted));
        editsCommitted = std::max(editsCommitted, reported);
        if (reported > 0)
            CHECK(count(db, QStringLiteral("SELECT count(*) FROM companies WHERE name = ?"), {QStringLiteral("Edit %1").arg(reported)}) == 1);

        if (importing) {
            const qint64 imported = count(db, QStringLiteral("SELECT count(*) FROM companies WHERE name LIKE ?"), {prefix + QStringLiteral(" %")});
            CHECK((imported == 0 || imported == importRows));
            if (lastReported(lines, QStringLiteral("imported ")) == importRows)
                CHECK(imported == importRows);
            (imported == 0 ? importsAbsent : importsKept)++;
        }
    }
    INFO("imports kept: " << importsKept << ", absent: " << importsAbsent << ", edits committed: " << editsCommitted);
    CHECK(importsKept + importsAbsent == 26);
}
