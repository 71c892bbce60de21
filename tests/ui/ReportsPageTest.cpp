// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "TestDatabase.h"
#include "ReportDocument.h"
#include "pages/ReportsPage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPrintPreviewWidget>
#include <QPushButton>

using namespace pepin;
using namespace pepin::test;

// The Reports page: its presets choose the period, its choices reach the report it previews, it
// follows edits, and it exports what it shows.

namespace {

struct Fixture
{
    TestDatabase db;
    // Initialised here rather than assigned: GCC -O2 warns wrongly about a default Site copied.
    Site site = addSite(db.store(), QStringLiteral("Ateliers"));
    Site other = addSite(db.store(), QStringLiteral("Extension"));

    Fixture()
    {
        const Office office = addOffice(db.store(), site.id, QStringLiteral("A01"), 20, 2);
        const Company alpha = addCompany(db.store(), QStringLiteral("Alpha"), QStringLiteral("Multimédia"));
        addLease(db.store(), alpha.id, office.id, d("2025-01-01"));
    }
};

} // namespace

TEST_CASE("The Reports page previews the report of the period, site and language chosen", "[ui][report]")
{
    Fixture f;
    ReportsPage page(f.db.store(), Clock::fixed(d("2026-11-29")));

    // The last 12 months by default.
    CHECK(page.preset() == ReportPreset::LastTwelveMonths);
    CHECK(page.period() == DateRange{d("2025-11-30"), d("2026-11-29")});
    REQUIRE(page.document());
    CHECK(page.document()->pageCount() >= 4);
    CHECK(page.document()->data().tenants == 1);
    CHECK(*page.document()->data().period.area.rate == Approx(1.0));

    page.setPreset(ReportPreset::LastQuarter);
    CHECK(page.period() == DateRange{d("2026-07-01"), d("2026-09-30")});
    CHECK(page.document()->data().request.period == page.period());

    REQUIRE(page.setSite(f.other.id));
    CHECK(page.document()->data().request.siteId == f.other.id);
    CHECK_FALSE(page.document()->data().period.area.rate);
    REQUIRE(page.setSite(std::nullopt));

    page.setLanguage(QStringLiteral("fr"));
    CHECK(page.document()->data().request.language == QStringLiteral("fr"));

    // A period that ends before it starts has no report to export.
    page.setPeriod({d("2026-06-30"), d("2026-01-01")});
    CHECK(page.preset() == ReportPreset::Custom);
    CHECK_FALSE(page.document());
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("reportExportPdf"))->isEnabled());

    page.setPeriod({d("2026-01-01"), d("2026-06-30")});
    REQUIRE(page.document());

    // An edit reaches the preview at once.
    const Office office = addOffice(f.db.store(), f.site.id, QStringLiteral("A02"), 30, 3);
    addLease(f.db.store(), addCompany(f.db.store(), QStringLiteral("Beta")).id, office.id, d("2026-01-01"));
    CHECK(page.document()->data().tenants == 2);

    const QString pdf = f.db.file(QStringLiteral("report.pdf"));
    REQUIRE(page.exportTo(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    const QString html = f.db.file(QStringLiteral("report.html"));
    REQUIRE(page.exportTo(html));
    CHECK(QFile::exists(html));
}

TEST_CASE("The Reports page lays out and previews its report once shown, not while hidden", "[ui][report]")
{
    Fixture f;
    ReportsPage page(f.db.store(), Clock::fixed(d("2026-11-29")));
    // Built with the window, hidden behind another page: nothing laid out or painted yet.
    CHECK(page.preview()->pageCount() == 0);

    page.resize(1000, 800);
    page.show();
    QCoreApplication::processEvents();
    REQUIRE(page.document());
    const int pages = page.document()->pageCount();
    CHECK(pages >= 4);
    CHECK(page.preview()->pageCount() == pages);

    // A change while shown reaches the preview at once; while hidden, when shown again.
    page.setPreset(ReportPreset::LastQuarter);
    CHECK(page.preview()->pageCount() == page.document()->pageCount());
    page.hide();
    page.setPeriod({d("2026-06-30"), d("2026-01-01")});
    CHECK_FALSE(page.document());
    page.setPeriod({d("2026-01-01"), d("2026-06-30")});
    page.show();
    QCoreApplication::processEvents();
    const int shown = page.preview()->pageCount();
    CHECK(shown == page.document()->pageCount());

    // Hidden and shown again with nothing changed: the preview keeps its pages, and the report
    // it shows is there for an export, laid out again the same.
    page.hide();
    page.show();
    QCoreApplication::processEvents();
    CHECK(page.preview()->pageCount() == shown);
    REQUIRE(page.document());
    CHECK(page.document()->pageCount() == shown);
    CHECK(page.document()->data().request.period == DateRange{d("2026-01-01"), d("2026-06-30")});
    const QString pdf = f.db.file(QStringLiteral("again.pdf"));
    page.hide();
    REQUIRE(page.exportTo(pdf));
    CHECK(QFileInfo(pdf).size() > 0);
}
