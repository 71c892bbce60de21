// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile text through pepin-cli (issue 10): what the add and edit commands are given comes back
// unchanged from the list commands in JSON and CSV; the text tables and the error lines, meant
// for a terminal, show every character of it but cannot be broken into lines nor send the
// terminal an escape sequence; the exit codes are those of DESIGN.md §4.
#include "CatchQt.h"

#include "CliRunner.h"
#include "HostileText.h"

#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace pepin;
using namespace pepin::test;

namespace {

// The rows a list command prints with --format json.
QJsonArray listed(CliDatabase &db, const char *command)
{
    const CliRun run = db.run({QString::fromLatin1(command), QStringLiteral("--format"), QStringLiteral("json")});
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isArray());
    return document.array();
}

// The row of the list whose `key` holds `value`.
QJsonObject rowWith(const QJsonArray &rows, const char *key, const QString &value)
{
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(QString::fromLatin1(key)).toString() == value)
            return row.toObject();
    }
    FAIL("no row has that " << key);
    return {};
}

QString field(const QJsonObject &row, const char *key)
{
    return row.value(QString::fromLatin1(key)).toString();
}

// Whether a terminal would take some character of the text as a command: every C0 control but
// the line feed, DEL, and the C1 controls (U+0085, the next-line control, included).
bool hasControl(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || (u >= 0x7F && u <= 0x9F))
            return true;
    }
    return false;
}

bool isTwin(const HostileText &hostile)
{
    return QLatin1String(hostile.label) == QLatin1String("decomposed accents (NFD)");
}

} // namespace

TEST_CASE("Hostile text given to the add and edit commands is listed back unchanged", "[hostile][cli]")
{
    for (const HostileText &hostile : hostileTexts()) {
        INFO(describe(hostile));
        const QString &t = hostile.text;
        CliDatabase db;
        // "--" ends the options: a site's name may begin with '-'.
        db.run({QStringLiteral("add"), QStringLiteral("site"), QStringLiteral("--address"), t, QStringLiteral("--notes"), t,
                QStringLiteral("--"), t});
        db.run({QStringLiteral("add"), QStringLiteral("office"), QStringLiteral("--site"), t, QStringLiteral("--code"), t,
                QStringLiteral("--floor"), t, QStringLiteral("--notes"), t, QStringLiteral("--area"), QStringLiteral("20"),
                QStringLiteral("--workstations"), QStringLiteral("2")});
        db.run({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"), t, QStringLiteral("--sector"), t,
                QStringLiteral("--naf"), t, QStringLiteral("--contact"), t, QStringLiteral("--phone"), t, QStringLiteral("--notes"), t,
                QStringLiteral("--email"), QStringLiteral("=cmd|'calc'!A0@evil.example")});
        db.run({QStringLiteral("add"), QStringLiteral("lease"), QStringLiteral("--company"), t, QStringLiteral("--site"), t,
                QStringLiteral("--office"), t, QStringLiteral("--start"), QStringLiteral("2026-01-01"), QStringLiteral("--monthly-rent"),
                QStringLiteral("450"), QStringLiteral("--notes"), t});
        db.run({QStringLiteral("add"), QStringLiteral("application"), QStringLiteral("--company"), t, QStringLiteral("--decision"), t,
                QStringLiteral("--notes"), t});

        const QJsonObject site = rowWith(listed(db, "sites"), "name", t);
        CHECK(textDifference(field(site, "address"), t) == QString());
        CHECK(textDifference(field(site, "notes"), t) == QString());
        const QJsonObject office = rowWith(listed(db, "offices"), "code", t);
        CHECK(textDifference(field(office, "site"), t) == QString());
        CHECK(textDifference(field(office, "floor"), t) == QString());
        CHECK(textDifference(field(office, "notes"), t) == QString());
        const QJsonObject company = rowWith(listed(db, "companies"), "name", t);
        CHECK(textDifference(field(company, "sector"), t) == QString());
        CHECK(textDifference(field(company, "naf"), t.toUpper()) == QString()); // a code, written in capitals
        CHECK(textDifference(field(company, "contact"), t) == QString());
        CHECK(textDifference(field(company, "phone"), t) == QString());
        CHECK(textDifference(field(company, "notes"), t) == QString());
        CHECK(field(company, "email") == QStringLiteral("=cmd|'calc'!A0@evil.example"));
        const QJsonObject lease = rowWith(listed(db, "leases"), "company", t);
        CHECK(textDifference(field(lease, "site"), t) == QString());
        CHECK(textDifference(field(lease, "office"), t) == QString());
        CHECK(textDifference(field(lease, "notes"), t) == QString());
        const QJsonObject application = rowWith(listed(db, "applications"), "company", t);
        CHECK(textDifference(field(application, "decision"), t) == QString());
        CHECK(textDifference(field(application, "notes"), t) == QString());

        // Found by its name to be changed.
        const QString other = QStringLiteral("2) ") + t;
        db.run({QStringLiteral("edit"), QStringLiteral("company"), QStringLiteral("--company"), t, QStringLiteral("--notes"), other,
                QStringLiteral("--name"), other});
        const QJsonObject edited = rowWith(listed(db, "companies"), "name", other);
        CHECK(textDifference(field(edited, "notes"), other) == QString());

        // The list in CSV: the text guarded against formulas, and read back whole.
        const CliRun csv = db.run({QStringLiteral("companies"), QStringLiteral("--format"), QStringLiteral("csv")});
        QByteArray bytes = csv.out.toUtf8();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer, CsvReader::Options{});
        CsvReader::Record header, row;
        REQUIRE(reader.next(header));
        REQUIRE(reader.next(row));
        CHECK(textDifference(CsvWriter::unguard(row.fields.value(header.fields.indexOf(QStringLiteral("notes")))), other) == QString());
        CHECK(row.fields.value(header.fields.indexOf(QStringLiteral("email"))) == QStringLiteral("'=cmd|'calc'!A0@evil.example"));

        // The text table, for a terminal: one line per record, no control character.
        for (const char *list : {"sites", "offices", "companies", "leases", "applications"}) {
            INFO(list);
            const CliRun text = db.run({QString::fromLatin1(list)});
            CHECK(text.out.count(QLatin1Char('\n')) == 3); // the titles, the rule, the record
            CHECK_FALSE(hasControl(text.out));
        }
    }
}

TEST_CASE("Hostile text is refused where a rule says so, with exit code 2, one line per problem and nothing written", "[hostile][cli]")
{
    CliDatabase db;
    const QString breaks = QStringLiteral("line one\r\nline two\x1b[2J\x1b]0;pwned\x07");
    const CliRun added = db.run({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"), breaks});
    CHECK(added.out.count(QLatin1Char('\n')) == 1);
    CHECK_FALSE(hasControl(added.out));
    for (const HostileText &hostile : hostileTexts()) {
        INFO(describe(hostile));
        const CliRun siret = db.run({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"),
                                     QStringLiteral("Other"), QStringLiteral("--siret"), hostile.text},
                                    2);
        CHECK(siret.err.startsWith(QStringLiteral("pepin-cli: add company: --siret: ")));
        CHECK(siret.err.count(QLatin1Char('\n')) == 1);
        CHECK_FALSE(hasControl(siret.err));
    }
    // The same name again: the error names it, on one line, and sends no escape sequence.
    const CliRun twice = db.run({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"), breaks}, 2);
    CHECK(twice.err.startsWith(QStringLiteral("pepin-cli: add company: --name: ")));
    CHECK(twice.err.count(QLatin1Char('\n')) == 1);
    CHECK_FALSE(hasControl(twice.err));
    CHECK(twice.err.contains(QStringLiteral("line one")));
    CHECK(twice.err.contains(QStringLiteral("pwned")));

    // NUL cannot come from a shell, but a program may pass it: the Store refuses it.
    const CliRun nul = db.run({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"), QStringLiteral("Nul"),
                               QStringLiteral("--notes"), nulText()},
                              2);
    CHECK(nul.err.contains(QStringLiteral("--notes: ")));
    CHECK(nul.err.contains(QStringLiteral("U+0000")));

    const QJsonArray companies = listed(db, "companies");
    REQUIRE(companies.size() == 1);
    CHECK(textDifference(field(companies.first().toObject(), "name"), breaks) == QString());
}

TEST_CASE("The message after an add names the record whole, even one holding %1", "[hostile][cli]")
{
    CliDatabase db;
    const CliRun added = db.run({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"), QStringLiteral("%1 %2 Alpha")});
    CHECK(added.out.trimmed() == QStringLiteral("Added company %1 %2 Alpha (id 1)."));
}

TEST_CASE("Hostile text passes through the command line of the real program", "[hostile][cli][process]")
{
    CliDatabase db;
    for (const HostileText &hostile : hostileTexts()) {
        INFO(describe(hostile));
        // The process's arguments come from the system in its encoding (UTF-8 here).
        QProcess process;
        process.start(QStringLiteral(PEPIN_CLI_PATH), {QStringLiteral("--db"), db.db, QStringLiteral("--lang"), QStringLiteral("en"),
                                                       QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"),
                                                       hostile.text, QStringLiteral("--notes"), hostile.text});
        REQUIRE(process.waitForFinished(60000));
        INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        // The composed and the decomposed accents are one name for people: the second is refused.
        CHECK(process.exitCode() == (isTwin(hostile) ? 2 : 0));
    }
    const QJsonArray companies = listed(db, "companies");
    for (const HostileText &hostile : hostileTexts()) {
        INFO(describe(hostile));
        if (isTwin(hostile))
            continue;
        CHECK(textDifference(field(rowWith(companies, "name", hostile.text), "notes"), hostile.text) == QString());
    }
}

TEST_CASE("The alerts, leases ending and office suggestions name hostile records without sending escapes", "[hostile][cli]")
{
    CliDatabase db;
    const QString site = QStringLiteral("Site\x1b[2J\x1b]0;pwned\x07");
    const QString company = QStringLiteral("Société\r\nline two\x1b[31m");
    db.run({QStringLiteral("add"), QStringLiteral("site"), site});
    db.run({QStringLiteral("add"), QStringLiteral("office"), QStringLiteral("--site"), site, QStringLiteral("--code"),
            QStringLiteral("A1\x1b[0m"), QStringLiteral("--area"), QStringLiteral("20"), QStringLiteral("--workstations"),
            QStringLiteral("2")});
    db.run({QStringLiteral("add"), QStringLiteral("office"), QStringLiteral("--site"), site, QStringLiteral("--code"),
            QStringLiteral("A2"), QStringLiteral("--area"), QStringLiteral("20"), QStringLiteral("--workstations"), QStringLiteral("2")});
    db.run({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"), company});
    // Ends within the month (a lease ending soon), after a stay longer than the site allows (alerts).
    db.run({QStringLiteral("add"), QStringLiteral("lease"), QStringLiteral("--company"), company, QStringLiteral("--site"), site,
            QStringLiteral("--office"), QStringLiteral("A1\x1b[0m"), QStringLiteral("--start"), QStringLiteral("2022-01-01"),
            QStringLiteral("--end"), QStringLiteral("2026-12-15")});

    const CliRun alerts = db.run({"--lang", "en", "alerts"});
    const CliRun expiring = db.run({"--lang", "en", "expiring"});
    const CliRun suggest = db.run({"--lang", "en", "suggest", "--area", "15", "--workstations", "1", "--from", "2027-01-01", "--months", "6"});
    for (const CliRun *run : {&alerts, &expiring, &suggest}) {
        INFO(run->out.toStdString());
        CHECK_FALSE(hasControl(run->out));
        CHECK_FALSE(hasControl(run->err));
        CHECK(run->out.contains(QStringLiteral("pwned"))); // every character shown, none obeyed
    }
    CHECK(alerts.out.contains(QStringLiteral("line two")));
    CHECK(expiring.out.contains(QStringLiteral("line two")));
}
