// SPDX-License-Identifier: GPL-3.0-or-later
// pepin-storage-helper: a second program on a Pépin database, for the safety tests to kill at
// any moment or to race against. It says what it did on stdout, one line each, flushed at once:
// a line is printed only after what it reports was committed.
//
//   edits DB              adds "Edit 1", "Edit 2"… one transaction each, until killed; each
//                         transaction also sets the notes of "Counter" to that number, and
//                         the numbers go on from it
//   import DB FILE        imports the companies of the CSV FILE, in one transaction
//   hold DB               starts a write, says "holding", waits for a line on stdin, commits
//   stale DB NAME PHONE   reads company NAME, says "read", waits for a line on stdin, then sets
//                         its phone from what it read: "saved", or "refused: <why>"
//   open DB               opens DB as the application does and says what it can do with it
//
// With --as-nobody first (run as root), it drops to the "nobody" account, for whom file
// permissions hold, before anything else.

#include "csv/Importer.h"
#include "service/Store.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

using namespace pepin;

void say(const QString &line)
{
    std::fputs(qUtf8Printable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void waitForLine()
{
    std::string line;
    std::getline(std::cin, line);
}

std::unique_ptr<Store> openStore(const QString &path)
{
    Result<std::unique_ptr<Store>> opened = Store::open(path, Database::Mode::OpenExisting);
    if (!opened) {
        say(QStringLiteral("error: ") + opened.error().message());
        return nullptr;
    }
    return std::move(opened).value();
}

int edits(Store &store)
{
    std::optional<Company> counter = store.companyByName(QStringLiteral("Counter"));
    if (!counter) {
        say(QStringLiteral("error: no Counter"));
        return 1;
    }
    // Numbered on from the last edit committed, by this run or one killed before it.
    for (int n = counter->notes.toInt() + 1;; ++n) {
        Database::Transaction tx(store.database());
        Company edit;
        edit.name = QStringLiteral("Edit %1").arg(n);
        edit.notes = QString(200, QLatin1Char('x'));
        Result<Company> added = store.addCompany(edit);
        counter->notes = QString::number(n);
        Result<Company> counted = added ? store.updateCompany(*counter) : Result<Company>(added.error());
        Status committed = counted ? tx.commit() : Status(counted.error());
        if (!committed) {
            say(QStringLiteral("error: ") + committed.error().message());
            return 1;
        }
        counter = *counted;
        say(QStringLiteral("committed %1").arg(n));
    }
}

int import(Store &store, const QString &file)
{
    Importer::Options options;
    options.today = QDate(2026, 11, 29);
    const ImportResult result = Importer(store, options).importFile(ImportKind::Companies, file);
    if (!result.errors.isEmpty()) {
        say(QStringLiteral("error: ") + result.errors.first().message);
        return 1;
    }
    say(QStringLiteral("imported %1").arg(result.created));
    return 0;
}

int hold(Store &store)
{
    Database::Transaction tx(store.database());
    Company held;
    held.name = QStringLiteral("Held");
    if (!tx.ok() || !store.addCompany(held)) {
        say(QStringLiteral("error: cannot write"));
        return 1;
    }
    say(QStringLiteral("holding"));
    waitForLine();
    if (Status committed = tx.commit(); !committed) {
        say(QStringLiteral("error: ") + committed.error().message());
        return 1;
    }
    say(QStringLiteral("committed"));
    return 0;
}

int stale(Store &store, const QString &name, const QString &phone)
{
    std::optional<Company> company = store.companyByName(name);
    if (!company) {
        say(QStringLiteral("error: no ") + name);
        return 1;
    }
    say(QStringLiteral("read"));
    waitForLine();
    company->phone = phone;
    const Result<Company> updated = store.updateCompany(*company);
    say(updated ? QStringLiteral("saved") : QStringLiteral("refused: ") + updated.error().message());
    return updated ? 0 : 2;
}

int describe(Store &store)
{
    const Database &db = store.database();
    say(db.isReadOnly() ? QStringLiteral("read-only: ") + db.readOnlyReason() : QStringLiteral("writable"));
    say(QStringLiteral("companies: %1").arg(store.companies().size()));
    Company added;
    added.name = QStringLiteral("Written read-only");
    const Result<Company> written = store.addCompany(added);
    say(written ? QStringLiteral("write: done") : QStringLiteral("write: ") + written.error().message());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (!args.isEmpty() && args.first() == QLatin1String("--as-nobody")) {
        args.removeFirst();
#ifdef Q_OS_UNIX
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) {
            say(QStringLiteral("error: cannot become nobody"));
            return 1;
        }
#endif
    }
    if (args.size() < 2) {
        say(QStringLiteral("error: usage: edits|import|hold|stale|open DB …"));
        return 1;
    }
    const QString mode = args.at(0);
    std::unique_ptr<Store> store = openStore(args.at(1));
    if (!store)
        return 1;
    if (mode == QLatin1String("edits"))
        return edits(*store);
    if (mode == QLatin1String("import") && args.size() == 3)
        return import(*store, args.at(2));
    if (mode == QLatin1String("hold"))
        return hold(*store);
    if (mode == QLatin1String("stale") && args.size() == 4)
        return stale(*store, args.at(2), args.at(3));
    if (mode == QLatin1String("open"))
        return describe(*store);
    say(QStringLiteral("error: unknown mode ") + mode);
    return 1;
}
