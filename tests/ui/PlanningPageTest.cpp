// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "EditingSupport.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "dialogs/AssignmentDialog.h"
#include "dialogs/LeaseEditor.h"
#include "figures/Portfolio.h"
#include "pages/PlanningPage.h"
#include "util/Format.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace pepin;
using namespace pepin::test;

// The planning: offices by site and floor, leases as bars, alerts on them, zoom, and a
// double-click that opens the lease.

namespace {

// On 01/03/2026: Ateliers has A1 and A2 on floor 1 and B1 on floor 2 (listed in that order
// whatever the codes), Extension has E1 (archived) and E2. Praxys (IT services, #1f77b4) holds
// A1 on a dérogatoire lease from 01/06/2023 to 31/12/2026, which passes 36 months on 01/06/2026:
// an alert within the six months shown. Amito's lease of A2 was cancelled.
struct Incubator : GuiFixture
{
    Office a1, a2, b1, e1, e2;
    Company praxys, amito;
    Lease praxysLease;

    Incubator()
        : GuiFixture(d("2026-03-01"))
    {
        const Site ateliers = addSite(db.store(), QStringLiteral("Ateliers"));
        const Site extension = addSite(db.store(), QStringLiteral("Extension"));
        b1 = withFloor(addOffice(db.store(), ateliers.id, QStringLiteral("B1")), QStringLiteral("2"));
        a1 = withFloor(addOffice(db.store(), ateliers.id, QStringLiteral("A1")), QStringLiteral("1"));
        a2 = withFloor(addOffice(db.store(), ateliers.id, QStringLiteral("A2")), QStringLiteral("1"));
        e1 = addOffice(db.store(), extension.id, QStringLiteral("E1"));
        e1.archived = true;
        e1 = db->updateOffice(e1).value();
        e2 = addOffice(db.store(), extension.id, QStringLiteral("E2"));
        praxys = addCompany(db.store(), QStringLiteral("Praxys"), QStringLiteral("IT services"));
        amito = addCompany(db.store(), QStringLiteral("Amito"));
        Lease lease = leaseOf(praxys.id, a1.id, d("2023-06-01"), d("2026-12-31"));
        lease.type = LeaseType::Derogatoire;
        praxysLease = db->addLease(lease).value();
        Lease cancelled = leaseOf(amito.id, a2.id, d("2026-01-01"), d("2026-12-31"));
        cancelled.cancelled = true;
        REQUIRE(db->addLease(cancelled).ok());
    }

    Office withFloor(Office office, const QString &floor)
    {
        office.floor = floor;
        return db->updateOffice(office).value();
    }
};

QStringList labels(const QList<TimelineRow> &rows)
{
    QStringList result;
    for (const TimelineRow &row : rows)
        result << row.label;
    return result;
}

} // namespace

TEST_CASE("The planning lists the offices by site and floor, with their leases and alerts", "[ui][planning]")
{
    Incubator incubator;
    const Lease amitoLease = addLease(incubator.db.store(), incubator.amito.id, incubator.e2.id, d("2026-02-01"), d("2027-01-31"));
    const QList<TimelineRow> rows = PlanningPage::rowsFor(Portfolio::load(incubator.db.store()), incubator.clock.today());
    const QString area = QStringLiteral(" · ") + Format().area(20);
    CHECK(labels(rows)
          == QStringList{QStringLiteral("Ateliers"), QStringLiteral("Floor 1"), QStringLiteral("A1") + area,
                         QStringLiteral("A2") + area, QStringLiteral("Floor 2"), QStringLiteral("B1") + area,
                         QStringLiteral("Extension"), QStringLiteral("No floor given"), QStringLiteral("E2") + area});
    const TimelineRow &a1 = rows.at(2);
    CHECK(a1.kind == TimelineRow::Kind::Office);
    REQUIRE(a1.bars.size() == 1);
    CHECK(a1.bars.first().company == QStringLiteral("Praxys"));
    CHECK(a1.bars.first().sector == QStringLiteral("IT services"));
    CHECK(a1.bars.first().colour == QColor(incubator.db->sectorByName(QStringLiteral("IT services"))->color));
    REQUIRE(a1.bars.first().alerts.size() == 1);
    CHECK(a1.bars.first().alerts.first().contains(QStringLiteral("36 months")));
    // The cancelled lease is not drawn.
    CHECK(rows.at(3).bars.isEmpty());
    // A company without a sector: its bar is grey and names none.
    const TimelineRow &e2 = rows.at(8);
    REQUIRE(e2.bars.size() == 1);
    CHECK(e2.bars.first().lease.id == amitoLease.id);
    CHECK(e2.bars.first().company == QStringLiteral("Amito"));
    CHECK(e2.bars.first().sector.isEmpty());
    CHECK(e2.bars.first().colour == QColor(0x9e, 0x9e, 0x9e));
}

TEST_CASE("The timeline shows the right leases for a day, and a double-click opens the lease", "[ui][planning]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    window.resize(1280, 800);
    window.show();
    window.showPage(QStringLiteral("planning"));
    auto *page = qobject_cast<PlanningPage *>(window.pageWidget(QStringLiteral("planning")));
    REQUIRE(page);
    TimelineView *timeline = page->timeline();
    CHECK(timeline->leasesOn(incubator.a1.id, d("2026-03-01")) == QList<Id>{incubator.praxysLease.id});
    CHECK(timeline->leasesOn(incubator.a1.id, d("2027-01-01")).isEmpty());
    CHECK(timeline->leasesOn(incubator.a2.id, d("2026-03-01")).isEmpty());

    // A lease added elsewhere is drawn at once.
    const Lease b1Lease = addLease(incubator.db.store(), incubator.amito.id, incubator.b1.id, d("2026-04-01"), d("2027-03-31"));
    CHECK(timeline->leasesOn(incubator.b1.id, d("2026-05-01")) == QList<Id>{b1Lease.id});

    timeline->scrollToDay(d("2026-01-01"));
    const QPoint onBar = timeline->pointOf(incubator.a1.id, d("2026-03-01"));
    REQUIRE(timeline->barAt(onBar));
    CHECK(timeline->barAt(onBar)->lease.id == incubator.praxysLease.id);
    CHECK_FALSE(timeline->barAt(timeline->pointOf(incubator.a1.id, d("2027-02-01"))));

    QTest::mouseDClick(timeline->viewport(), Qt::LeftButton, {}, onBar);
    auto *editor = window.findChild<LeaseEditor *>();
    REQUIRE(editor);
    CHECK(editor->windowTitle().contains(QStringLiteral("Praxys")));
    editor->reject();

    // The assistant is at hand from here too.
    page->assignButton()->click();
    auto *assistant = window.findChild<AssignmentDialog *>();
    REQUIRE(assistant);
    assistant->reject();
}

TEST_CASE("The timeline zooms from years to weeks, and no further", "[ui][planning]")
{
    Incubator incubator;
    PlanningPage page(incubator.db.store(), incubator.clock);
    TimelineView *timeline = page.timeline();
    const int start = timeline->zoomLevel();
    const double perDay = timeline->pixelsPerDay();
    page.zoomInButton()->click();
    CHECK(timeline->zoomLevel() == start + 1);
    CHECK(timeline->pixelsPerDay() > perDay);
    for (int i = 0; i < 10; ++i)
        page.zoomInButton()->click();
    CHECK(timeline->zoomLevel() == timeline->zoomLevels() - 1);
    CHECK_FALSE(page.zoomInButton()->isEnabled());
    for (int i = 0; i < 10; ++i)
        timeline->zoomOut();
    CHECK(timeline->zoomLevel() == 0);
    CHECK_FALSE(page.zoomOutButton()->isEnabled());
    CHECK(page.zoomInButton()->isEnabled());
}
