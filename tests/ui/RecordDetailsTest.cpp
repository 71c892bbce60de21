// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "details/RecordDetails.h"
#include "util/Format.h"

#include <QTextDocument>

using namespace pepin;
using namespace pepin::test;

namespace {

// The demo incubator on 2026-11-29: Praxys has let A01 (24.5 m², 120 € per m² per year) since
// 01/01/2024 on a short-term lease to 31/12/2026 with three months' notice, its rent following
// the site's 70/85/100 % progression: 171.50 €, then 208.25 € from 01/01/2025, then 245.00 €
// from 01/01/2026.
struct Demo
{
    TestDatabase db;
    QDate today = d("2026-11-29");
    Company praxys;
    Office a01;
    Lease lease;

    Demo()
    {
        REQUIRE(DemoData::populate(db.store(), Clock::fixed(today)));
        praxys = *db->companyByName(QStringLiteral("Praxys"));
        a01 = *db->officeByCode(db->sites().first().id, QStringLiteral("A01"));
        lease = db->leasesOfCompany(praxys.id).first();
    }

    RecordDetails details() { return RecordDetails(db.store(), today); }
};

// What a reader sees: the rich text without its tags, a label and its value, or the cells of a
// table's row, each on a line.
QString shown(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

// Whether `text` holds `part`, whatever spaces they break on: the plain text of a document has
// plain spaces where the locale's formats put no-break ones.
bool has(const QString &text, const QString &part)
{
    const auto flat = [](QString s) { return s.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' '); };
    return flat(text).contains(flat(part));
}

} // namespace

TEST_CASE("A company's details: its stay, its leases with today's rent, its headcount", "[ui][details]")
{
    Demo demo;
    const Format format;
    REQUIRE(demo.lease.start == d("2024-01-01"));
    const QString text = shown(demo.details().company(demo.praxys));
    CHECK(has(text, QStringLiteral("Tenant since\n%1").arg(format.date(d("2024-01-01")))));
    CHECK(has(text, QStringLiteral("Until\n%1").arg(format.date(d("2026-12-31")))));
    // 01/01/2024 to 29/11/2026: 34 whole months and 29 days.
    CHECK(has(text, QStringLiteral("34 months and 29 days")));
    CHECK(has(text, QStringLiteral("48 months, to %1").arg(format.date(d("2027-12-31")))));
    // One site: its offices named by their code, beside the dates and today's rent.
    CHECK(has(text, QStringLiteral("A01\n%1\n%2\n%3").arg(format.date(d("2024-01-01")), format.date(d("2026-12-31")),
                                                           format.money(24500))));
    CHECK(has(text, demo.praxys.contact));
    CHECK(has(text, format.date(demo.praxys.headcounts.first().asOf)));
}

TEST_CASE("An office's details: who has it today, its occupancy over a year, its history", "[ui][details]")
{
    Demo demo;
    const Format format;
    const QString text = shown(demo.details().office(demo.a01));
    CHECK(has(text, QStringLiteral("Let to\nPraxys")));
    // Let every day of the last twelve months.
    CHECK(has(text, QStringLiteral("Occupied, last 12 months\n%1").arg(format.percent(1.0))));
    CHECK(has(text, format.area(24.5)));
    // The history lists the tenants before Praxys too, the latest first.
    const QList<Lease> leases = demo.db->leasesOfOffice(demo.a01.id);
    REQUIRE(leases.size() > 1);
    const QString earlier = demo.db->company(leases.first().companyId)->name;
    CHECK(text.indexOf(QStringLiteral("Praxys\n")) < text.indexOf(earlier + u'\n'));
}

TEST_CASE("A lease's details: its notice deadline and the rent step in force", "[ui][details]")
{
    Demo demo;
    const Format format;
    const QString text = shown(demo.details().lease(demo.lease));
    // Three months before the term of 31/12/2026, already passed on 29/11/2026.
    CHECK(has(text, QStringLiteral("Notice to be given by\n%1 (passed)").arg(format.date(d("2026-09-30")))));
    CHECK(has(text, QStringLiteral("%1\n%2\n").arg(format.date(d("2024-01-01")), format.money(17150))));
    CHECK(has(text, QStringLiteral("%1\n%2\n").arg(format.date(d("2025-01-01")), format.money(20825))));
    CHECK(has(text, QStringLiteral("%1\n%2\nin force").arg(format.date(d("2026-01-01")), format.money(24500))));
    CHECK(text.count(QStringLiteral("in force")) == 1);
}

TEST_CASE("Details show the records' text as text, never as markup", "[ui][details]")
{
    TestDatabase db;
    Company company;
    company.name = QStringLiteral("R&D <b>Lab</b>");
    company.notes = QStringLiteral("<script>x</script>\nsecond line");
    company = *db->addCompany(company);
    const QString html = RecordDetails(db.store(), d("2026-11-29")).company(company);
    CHECK(html.contains(QStringLiteral("R&amp;D &lt;b&gt;Lab&lt;/b&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>Lab")));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    const QString text = shown(html);
    CHECK(has(text, QStringLiteral("R&D <b>Lab</b>")));
    CHECK(has(text, QStringLiteral("Not housed: no lease yet.")));
    CHECK(has(text, QStringLiteral("second line")));
}
