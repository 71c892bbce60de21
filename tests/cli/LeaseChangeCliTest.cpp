// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pepin;
using namespace pepin::test;

// pepin-cli lease renew|extend|move|end: the change, the alerts it would trigger, --dry-run, and
// refusals on the option at fault with nothing written.

namespace {

const QString today = QStringLiteral("2026-01-15");

// Annexe at 120 € per m² per year: B12 (24 m², 3 workstations), B14 (18 m², 2), B16 (30 m², 4).
// Praxys holds B12 on a short-term lease from 01/03/2024 to 28/02/2026 with 3 months' notice
// (lease 1).
struct Annexe : CliDatabase
{
    Annexe()
    {
        run({"add", "site", "Annexe"});
        for (const char *office : {"B12:24:3", "B14:18:2", "B16:30:4"}) {
            const QStringList parts = QString::fromLatin1(office).split(QLatin1Char(':'));
            run({QStringLiteral("add"), QStringLiteral("office"), QStringLiteral("--site"), QStringLiteral("Annexe"),
                 QStringLiteral("--code"), parts[0], QStringLiteral("--area"), parts[1], QStringLiteral("--workstations"),
                 parts[2], QStringLiteral("--rent-m2-year"), QStringLiteral("120")});
        }
        run({"add", "company", "--name", "Praxys"});
        run({"add", "company", "--name", "Amito"});
        run({"add", "lease", "--company", "Praxys", "--site", "Annexe", "--office", "B12", "--start", "2024-03-01", "--end",
             "2026-02-28", "--type", "derogatoire", "--notice-months", "3"});
    }

    CliRun at(const QStringList &arguments, int expected = 0)
    {
        const CliRun result = cli(db, QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments, today);
        INFO(result.out.toStdString() << result.err.toStdString());
        REQUIRE(result.code == expected);
        return result;
    }

    QJsonObject jsonAt(const QStringList &arguments)
    {
        return QJsonDocument::fromJson(at(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")}).out.toUtf8())
            .object();
    }

    QJsonArray leases() { return QJsonDocument::fromJson(run({"leases", "--format", "json"}).out.toUtf8()).array(); }
};

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

} // namespace

TEST_CASE("lease renew --dry-run tells the L145-5 alert it would trigger and writes nothing", "[cli][lease-changes]")
{
    Annexe annexe;
    const QJsonObject json = annexe.jsonAt(words("lease renew 1 --months 24 --dry-run"));
    CHECK(json.value(QStringLiteral("dry_run")).toBool());
    const QJsonObject added = json.value(QStringLiteral("added")).toArray().first().toObject();
    CHECK(added.value(QStringLiteral("id")).isNull());
    CHECK(added.value(QStringLiteral("start")).toString() == QStringLiteral("2026-03-01"));
    CHECK(added.value(QStringLiteral("end")).toString() == QStringLiteral("2028-02-29"));
    // Year 3 of the stay: 100 % of 240 €.
    CHECK(added.value(QStringLiteral("rent_steps")).toArray().first().toObject().value(QStringLiteral("monthly_rent")).toDouble()
          == 240.0);
    const QJsonArray alerts = json.value(QStringLiteral("alerts")).toArray();
    REQUIRE(alerts.size() == 1);
    const QJsonObject alert = alerts.first().toObject();
    CHECK(alert.value(QStringLiteral("kind")).toString() == QStringLiteral("derogatoire_over_36_months"));
    CHECK(alert.value(QStringLiteral("date")).toString() == QStringLiteral("2027-03-01"));
    CHECK(alert.value(QStringLiteral("change")).toString() == QStringLiteral("new"));
    CHECK(alert.value(QStringLiteral("rule")).toString().contains(QStringLiteral("L145-5")));
    CHECK(annexe.leases().size() == 1);

    // Written for real, as a précaire agreement, the text says what it triggers.
    const CliRun written = annexe.at(words("lease renew 1 --months 24 --type precaire"));
    CHECK(written.out.contains(QStringLiteral("New lease id 2.")));
    CHECK(written.out.contains(QStringLiteral("more than a month after the term")));
    CHECK(annexe.leases().size() == 2);
}

TEST_CASE("lease extend into the next tenant's lease is refused on --end, with nothing written", "[cli][lease-changes]")
{
    Annexe annexe;
    annexe.run({"add", "lease", "--company", "Amito", "--site", "Annexe", "--office", "B12", "--start", "2026-06-01", "--end",
                "2026-12-31"});
    const CliRun refused = annexe.at(words("lease extend 1 --end 2026-08-31"), 2);
    CHECK(refused.err.startsWith(QStringLiteral("pepin-cli: lease extend: --end: ")));
    CHECK(refused.err.contains(QStringLiteral("Amito")));
    CHECK(refused.err.contains(QStringLiteral("Extend to 31/05/2026 at the latest")));
    CHECK(annexe.leases().first().toObject().value(QStringLiteral("end")).toString() == QStringLiteral("2026-02-28"));
    annexe.at(words("lease extend 1 --end 2026-05-31"));
    CHECK(annexe.leases().first().toObject().value(QStringLiteral("end")).toString() == QStringLiteral("2026-05-31"));
}

TEST_CASE("lease move refuses a smaller office on --office, and moves into a free one", "[cli][lease-changes]")
{
    Annexe annexe;
    const CliRun refused = annexe.at(words("lease move 1 --site Annexe --office B14 --start 2026-02-01"), 2);
    CHECK(refused.err.contains(QStringLiteral("--office: ")));
    CHECK(refused.err.contains(QStringLiteral("choose a larger office")));
    CHECK(annexe.leases().size() == 1);
    const QJsonObject json = annexe.jsonAt(words("lease move 1 --site Annexe --office B16 --start 2026-02-01"));
    CHECK(json.value(QStringLiteral("updated")).toArray().first().toObject().value(QStringLiteral("terminated_on")).toString()
          == QStringLiteral("2026-01-31"));
    CHECK(json.value(QStringLiteral("added")).toArray().first().toObject().value(QStringLiteral("id")).toInt() == 2);
    CHECK(annexe.leases().size() == 2);
}

TEST_CASE("lease end gives the notice deadline and warns when it is past", "[cli][lease-changes]")
{
    Annexe annexe;
    const QJsonObject json = annexe.jsonAt(words("lease end 1 --terminated-on 2026-02-27 --dry-run"));
    const QJsonObject notice = json.value(QStringLiteral("notice")).toObject();
    CHECK(notice.value(QStringLiteral("months")).toInt() == 3);
    CHECK(notice.value(QStringLiteral("deadline")).toString() == QStringLiteral("2025-11-27"));
    CHECK(notice.value(QStringLiteral("deadline_passed")).toBool());
    CHECK(notice.value(QStringLiteral("earliest_last_day")).toString() == QStringLiteral("2026-04-15"));
    const QJsonObject warning = json.value(QStringLiteral("warnings")).toArray().first().toObject();
    CHECK(warning.value(QStringLiteral("option")).toString() == QStringLiteral("--terminated-on"));
    CHECK(annexe.leases().first().toObject().value(QStringLiteral("terminated_on")).isNull());

    const CliRun missing = annexe.at(words("lease end 1"), 2);
    CHECK(missing.err.contains(QStringLiteral("--terminated-on")));
    const CliRun unknown = annexe.at(words("lease end 9 --terminated-on 2026-02-01"), 2);
    CHECK(unknown.err.contains(QStringLiteral("no lease with id 9")));
}
