// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "CliRunner.h"
#include "TestDatabase.h"

#include "ReportData.h"
#include "ReportDocument.h"

#include "figures/Indicators.h"
#include "figures/Occupancy.h"
#include "figures/Tenants.h"
#include "service/Store.h"
#include "util/Format.h"

#include <QColor>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace pepin;
using namespace pepin::test;

namespace {

const QChar nbsp(0x00A0);

// A site of two private offices, hand-checked over the first half of 2026 (181 days):
// A (20 m², 2 workstations) let to Alpha all along from 1 January; B (30 m², 3 workstations) let
// to Beta from 1 April (91 days) to 30 November. The previous period (4 July to 31 December 2025)
// has no lease.
//   offices:       (181 + 91) / (2 × 181)            = 272 / 362 = 75.14 %
//   area:          (20 × 181 + 30 × 91) / (50 × 181)  = 6350 / 9050 = 70.17 %
//   workstations:  (2 × 181 + 3 × 91) / (5 × 181)     = 635 / 905 = 70.17 %
//   on 30 June: everything occupied (100 %), 2 tenants; Beta's lease ends within 6 months.
struct Fixture
{
    TestDatabase db;
    Site site;
    Office a;
    Office b;
    Company alpha;
    Company beta;

    Fixture()
    {
        site = addSite(db.store(), QStringLiteral("Les Ateliers"));
        a = addOffice(db.store(), site.id, QStringLiteral("A"), 20, 2);
        b = addOffice(db.store(), site.id, QStringLiteral("B"), 30, 3);
        alpha = addCompany(db.store(), QStringLiteral("Alpha"), QStringLiteral("Multimédia"));
        beta = addCompany(db.store(), QStringLiteral("Beta"), QStringLiteral("Services informatiques"));
        addLease(db.store(), alpha.id, a.id, d("2026-01-01"));
        addLease(db.store(), beta.id, b.id, d("2026-04-01"), d("2026-11-30"));
    }

    ReportRequest request(const QString &language = QStringLiteral("en")) const
    {
        ReportRequest request;
        request.period = {d("2026-01-01"), d("2026-06-30")};
        request.language = language;
        request.produced = d("2026-07-02");
        return request;
    }
};

QString pdftotext(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// "NaN" as a word ("tenant" and "maintenance" hold the letters).
bool hasNaN(const QString &text)
{
    return text.contains(QRegularExpression(QStringLiteral("\\bnan\\b"), QRegularExpression::CaseInsensitiveOption));
}

// pdftotext writes the French spaces in figures (no-break, narrow no-break) as plain spaces.
QString spaced(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}

bool havePdftotext()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

} // namespace

TEST_CASE("The previous period has as many days and ends the day before", "[report]")
{
    CHECK(ReportData::previousOf({d("2026-01-01"), d("2026-06-30")}) == DateRange{d("2025-07-04"), d("2025-12-31")});
    CHECK(ReportData::previousOf({d("2026-03-01"), d("2026-03-31")}) == DateRange{d("2026-01-29"), d("2026-02-28")});
    CHECK(ReportData::previousOf({d("2026-03-01"), d("2026-02-01")}) == DateRange{});
}

TEST_CASE("The report's presets are calendar periods before today, or the last twelve months", "[report]")
{
    const QDate today = d("2026-11-29");
    CHECK(presetPeriod(ReportPreset::LastMonth, today) == DateRange{d("2026-10-01"), d("2026-10-31")});
    CHECK(presetPeriod(ReportPreset::LastQuarter, today) == DateRange{d("2026-07-01"), d("2026-09-30")});
    CHECK(presetPeriod(ReportPreset::LastQuarter, d("2026-02-10")) == DateRange{d("2025-10-01"), d("2025-12-31")});
    CHECK(presetPeriod(ReportPreset::LastTwelveMonths, today) == DateRange{d("2025-11-30"), d("2026-11-29")});
    CHECK(presetPeriod(ReportPreset::LastYear, today) == DateRange{d("2025-01-01"), d("2025-12-31")});
    CHECK_FALSE(presetPeriod(ReportPreset::Custom, today).start.isValid());
}

TEST_CASE("The report's figures on a hand-checked site", "[report]")
{
    Fixture f;
    const ReportData data = ReportData::compute(Portfolio::load(f.db.store()), f.request());

    REQUIRE(data.period.offices.rate);
    CHECK(*data.period.offices.rate == Approx(272.0 / 362.0));
    CHECK(*data.period.area.rate == Approx(6350.0 / 9050.0));
    CHECK(*data.period.workstations.rate == Approx(635.0 / 905.0));
    CHECK(*data.lastDay.area.rate == Approx(1.0));
    CHECK(data.previousPeriod == DateRange{d("2025-07-04"), d("2025-12-31")});
    CHECK(*data.previous.area.rate == Approx(0.0));
    CHECK(data.tenants == 2);
    CHECK(data.previousTenants == 0);
    CHECK(data.months.size() == 6);
    CHECK(*data.months[3].offices.rate == Approx(1.0)); // April: both offices all month
    CHECK(*data.months[0].offices.rate == Approx(0.5));

    REQUIRE(data.entries.size() == 2);
    CHECK(data.entries[0].company == QStringLiteral("Alpha"));
    CHECK(data.entries[1].date == d("2026-04-01"));
    CHECK(data.exits.isEmpty());
    REQUIRE(data.expiries.size() == 1);
    CHECK(data.expiries[0].company == QStringLiteral("Beta"));
    CHECK(data.expiries[0].office == QStringLiteral("Les Ateliers · B")); // over every site, the site names it
    CHECK(data.expiryEnd == d("2026-12-30"));
    CHECK(data.indicators.companiesHosted == 2);
    CHECK(data.incubator == QStringLiteral("Les Ateliers"));

    SECTION("the HTML prints them, formatted for English")
    {
        const QString html = ReportDocument::html(data);
        CHECK(html.contains(QStringLiteral("75.1") + nbsp + QStringLiteral("%")));
        CHECK(html.contains(QStringLiteral("70.2") + nbsp + QStringLiteral("%")));
        CHECK(html.contains(QStringLiteral("100") + nbsp + QStringLiteral("%")));
        CHECK(html.contains(QStringLiteral("▲ +70.2 pts")));
        CHECK(html.contains(QStringLiteral("01/01/2026 to 30/06/2026")));
        CHECK(html.contains(QStringLiteral("<svg")));
        CHECK(html.contains(QStringLiteral("Services informatiques")));
        CHECK_FALSE(hasNaN(html));
    }
    SECTION("and in French, with French numbers and dates")
    {
        const ReportData french = ReportData::compute(Portfolio::load(f.db.store()), f.request(QStringLiteral("fr")));
        const QString html = ReportDocument::html(french);
        CHECK(html.contains(QStringLiteral("75,1") + nbsp + QStringLiteral("%")));
        CHECK(html.contains(QStringLiteral("70,2") + nbsp + QStringLiteral("%")));
        CHECK(html.contains(QStringLiteral("30/06/2026")));
        CHECK(html.contains(QStringLiteral("lang=\"fr\"")));
    }
    SECTION("one site alone")
    {
        ReportRequest request = f.request();
        request.siteId = f.site.id;
        const ReportData site = ReportData::compute(Portfolio::load(f.db.store()), request);
        CHECK(site.scope == QStringLiteral("Les Ateliers"));
        CHECK(*site.period.area.rate == Approx(*data.period.area.rate));
    }
}

TEST_CASE("The demo's report has the core's figures", "[report]")
{
    Demo demo;
    Result<std::unique_ptr<Store>> opened = Store::open(demo.db, Database::Mode::OpenExisting);
    REQUIRE(opened);
    Store &store = *opened.value();
    const DateRange period{d("2025-11-30"), d("2026-11-29")};
    ReportRequest request;
    request.period = period;
    request.language = QStringLiteral("fr");
    request.produced = d("2026-11-29");
    const Portfolio portfolio = Portfolio::load(store);
    const ReportData data = ReportData::compute(portfolio, request);

    const Occupancy occupancy(portfolio.offices, portfolio.leases);
    const OccupancyPeriod over = occupancy.over(period);
    CHECK(data.period.area.rate == over.area.rate);
    CHECK(data.period.offices.rate == over.offices.rate);
    CHECK(data.period.workstations.rate == over.workstations.rate);
    CHECK(data.lastDay.area.rate == occupancy.on(period.end).area.rate);
    CHECK(data.tenants == tenantsOn(period.end, portfolio).size());
    CHECK(data.months.size() == 13);
    const Indicators indicators = computeIndicators(period, portfolio.offices, portfolio.leases, portfolio.companies);
    CHECK(data.indicators.companiesHosted == indicators.companiesHosted);
    CHECK(data.indicators.exits.total == indicators.exits.total);
    CHECK(data.exits.size() == indicators.exits.total);
    CHECK(data.entries.size() == indicators.entries);
    CHECK(data.tenants > 5);

    const Format french(QLocale(QLocale::French, QLocale::France));
    const QString html = ReportDocument::html(data);
    CHECK(html.contains(french.percent(over.area.rate)));
    CHECK(html.contains(french.percent(data.lastDay.offices.rate)));
    CHECK(html.contains(french.money(data.rentRoll.rentCents)));
    for (const TenantRow &tenant : tenantsOn(period.end, portfolio))
        CHECK(html.contains(tenant.company.toHtmlEscaped()));

    SECTION("its PDF is A4 pages of text that pdftotext reads")
    {
        const ReportDocument document(data);
        CHECK(document.pageCount() >= 6);
        CHECK(document.pageCount() <= 20);
        const QString pdf = demo.file(QStringLiteral("report.pdf"));
        QString error;
        REQUIRE(document.writePdf(pdf, &error));
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(bytes.startsWith("%PDF-"));
        if (!havePdftotext()) {
            WARN("pdftotext is not installed (poppler-utils): the PDF's text is not checked");
            return;
        }
        const QString text = spaced(pdftotext(pdf));
        CHECK(text.count(QChar(u'\f')) == document.pageCount());
        CHECK(text.contains(spaced(french.percent(over.area.rate))));
        CHECK(text.contains(spaced(french.percent(data.lastDay.workstations.rate))));
        CHECK(text.contains(QStringLiteral("30/11/2025")));
        CHECK(text.contains(QStringLiteral("29/11/2026")));
        CHECK(text.contains(spaced(french.money(data.rentRoll.rentCents))));
        CHECK(text.contains(spaced(french.money(data.rentRoll.vacancyCents))));
        CHECK(text.contains(QStringLiteral("Praxys")));
        // Praxys's bail dérogatoire ends within six months: its type in French.
        CHECK(text.contains(QStringLiteral("dérogatoire")));
        CHECK(text.contains(QStringLiteral("Page 2")));
    }
}

TEST_CASE("The report of an empty database says so, without NaN", "[report]")
{
    TestDatabase db;
    ReportRequest request;
    request.period = {d("2026-01-01"), d("2026-12-31")};
    request.language = QStringLiteral("en");
    request.produced = d("2026-12-31");
    const ReportData data = ReportData::compute(Portfolio::load(db.store()), request);
    CHECK_FALSE(data.period.area.rate);
    CHECK(data.tenants == 0);
    const QString html = ReportDocument::html(data);
    CHECK_FALSE(hasNaN(html));
    CHECK(html.contains(QStringLiteral("No company was a tenant on that day.")));
    CHECK(html.contains(QStringLiteral("No office was in service")));
    const ReportDocument document(data);
    CHECK(document.pageCount() >= 4);
    CHECK(document.plainText().contains(Format::none()));
    CHECK(document.writePdf(db.file(QStringLiteral("empty.pdf"))));
}

TEST_CASE("A site without offices has a sensible report", "[report]")
{
    Fixture f;
    const Site empty = addSite(f.db.store(), QStringLiteral("Extension"));
    ReportRequest request = f.request();
    request.siteId = empty.id;
    const ReportData data = ReportData::compute(Portfolio::load(f.db.store()), request);
    CHECK(data.scope == QStringLiteral("Extension"));
    CHECK_FALSE(data.period.offices.rate);
    CHECK(data.tenants == 0);
    CHECK(data.entries.isEmpty());
    const QString html = ReportDocument::html(data);
    CHECK_FALSE(hasNaN(html));
    CHECK(html.contains(QStringLiteral("No office was in service")));
}

TEST_CASE("A long tenant list splits across pages with its header repeated", "[report]")
{
    TestDatabase db;
    const Site site = addSite(db.store(), QStringLiteral("Grand site"));
    for (int i = 1; i <= 90; ++i) {
        const QString code = QStringLiteral("B%1").arg(i, 3, 10, QLatin1Char('0'));
        const Office office = addOffice(db.store(), site.id, code, 12, 1);
        const Company company = addCompany(db.store(), QStringLiteral("Tenant %1").arg(i, 3, 10, QLatin1Char('0')));
        addLease(db.store(), company.id, office.id, d("2025-01-01"));
    }
    ReportRequest request;
    request.period = {d("2026-01-01"), d("2026-03-31")};
    request.language = QStringLiteral("en");
    request.produced = d("2026-04-01");
    const ReportData data = ReportData::compute(Portfolio::load(db.store()), request);
    REQUIRE(data.tenantRows.size() == 90);
    const ReportDocument document(data);
    const QString pdf = db.file(QStringLiteral("long.pdf"));
    REQUIRE(document.writePdf(pdf));
    if (!havePdftotext()) {
        WARN("pdftotext is not installed (poppler-utils): the pages are not checked");
        return;
    }
    const QStringList pages = pdftotext(pdf).split(QChar(u'\f'));
    int first = -1;
    int last = -1;
    for (int i = 0; i < pages.size(); ++i) {
        if (pages[i].contains(QStringLiteral("Tenant 001")) && first < 0)
            first = i;
        if (pages[i].contains(QStringLiteral("Tenant 090")))
            last = i;
    }
    REQUIRE(first >= 0);
    REQUIRE(last > first);
    // Every page of the list starts with its header row.
    for (int i = first; i <= last; ++i) {
        INFO("page " << i + 1);
        CHECK(pages[i].contains(QStringLiteral("Until")));
        CHECK(pages[i].contains(QStringLiteral("Since")));
    }
}

TEST_CASE("The incubator's name and logo, kept in the database, are on the report's cover", "[report]")
{
    Fixture f;
    // A magenta block: a colour the report uses nowhere else.
    const QByteArray logo = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"80\">"
                            "<rect width=\"200\" height=\"80\" fill=\"#ff00ff\"/></svg>";
    REQUIRE(f.db->setIdentity({QStringLiteral("Ateliers numériques de Valenciennes"), logo}));
    const Store::Identity identity = f.db->identity();
    CHECK(identity.name == QStringLiteral("Ateliers numériques de Valenciennes"));
    CHECK(identity.logo == logo);

    ReportRequest request = f.request();
    request.incubatorName = identity.name;
    request.incubatorLogo = identity.logo;
    const ReportData data = ReportData::compute(Portfolio::load(f.db.store()), request);
    CHECK(data.incubator == QStringLiteral("Ateliers numériques de Valenciennes"));

    // In the HTML, inside the page itself.
    const QString html = ReportDocument::html(data);
    CHECK(html.contains(QStringLiteral("src=\"data:image/svg+xml;base64,") + QString::fromLatin1(logo.toBase64())));
    CHECK(html.contains(QStringLiteral("Ateliers numériques de Valenciennes")));

    // On paper: the cover shows the logo, as the page without it does not.
    auto magenta = [](const QImage &page) {
        int count = 0;
        for (int y = 0; y < page.height() / 3; ++y)
            for (int x = 0; x < page.width(); ++x)
                count += page.pixelColor(x, y) == QColor(0xff, 0x00, 0xff);
        return count;
    };
    const ReportDocument withLogo(data);
    CHECK(magenta(withLogo.pageImage(0, 48)) > 500);
    CHECK(withLogo.plainText().contains(QStringLiteral("Ateliers numériques de Valenciennes")));
    request.incubatorLogo.clear();
    CHECK(magenta(ReportDocument(ReportData::compute(Portfolio::load(f.db.store()), request)).pageImage(0, 48)) == 0);

    // Cleared, the identity is gone and the report takes the site's name again.
    const Status cleared = f.db->setIdentity({});
    INFO((cleared ? QString() : cleared.error().message()).toStdString());
    REQUIRE(cleared);
    CHECK(f.db->identity() == Store::Identity{});
    CHECK(ReportData::compute(Portfolio::load(f.db.store()), f.request()).incubator == QStringLiteral("Les Ateliers"));
}
