// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "EditingSupport.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "commands/Editing.h"
#include "dialogs/AssignmentDialog.h"
#include "pages/PlanningPage.h"
#include "util/Format.h"
#include "widgets/DateField.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QLabel>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QUndoStack>

using namespace pepin;
using namespace pepin::test;

// The planning's timeline, handled with the mouse: the lease under the pointer, its end dragged
// to another day (checked by the rules, one undoable edit, or refused and put back), and free
// days selected to open the assignment assistant on them.

namespace {

// On 01/03/2026, in Ateliers: Praxys has A1 from 01/01/2026 to 30/06/2026 (500 € a month), then
// Amito has it from 01/09/2026 to 31/08/2027; A2 is free; Soleas had B1 to 31/12/2026 but ends
// it early on 31/03/2026.
struct Incubator : GuiFixture
{
    Site site;
    Office a1, a2, b1;
    Company praxys, amito, soleas;
    Lease praxysLease, amitoLease, soleasLease;

    Incubator()
        : GuiFixture(d("2026-03-01"))
    {
        site = addSite(db.store(), QStringLiteral("Ateliers"));
        a1 = addOffice(db.store(), site.id, QStringLiteral("A1"));
        a2 = addOffice(db.store(), site.id, QStringLiteral("A2"), 30, 3);
        b1 = addOffice(db.store(), site.id, QStringLiteral("B1"));
        praxys = addCompany(db.store(), QStringLiteral("Praxys"), QStringLiteral("IT services"));
        amito = addCompany(db.store(), QStringLiteral("Amito"));
        soleas = addCompany(db.store(), QStringLiteral("Soleas.Net"));
        Lease lease = leaseOf(praxys.id, a1.id, d("2026-01-01"), d("2026-06-30"));
        lease.type = LeaseType::Precaire;
        lease.rentSteps << RentStep{d("2026-01-01"), 50000};
        praxysLease = db->addLease(lease).value();
        amitoLease = addLease(db.store(), amito.id, a1.id, d("2026-09-01"), d("2027-08-31"));
        Lease ended = leaseOf(soleas.id, b1.id, d("2025-01-01"), d("2026-12-31"));
        ended.terminatedOn = d("2026-03-31");
        soleasLease = db->addLease(ended).value();
    }
};

// The planning page of a window, shown, with the timeline from 01/01/2026 at a pixel a day.
struct Shown
{
    MainWindow window;
    PlanningPage *page = nullptr;
    TimelineView *timeline = nullptr;

    explicit Shown(Incubator &incubator)
        : window(incubator.db.store(), incubator.clock)
    {
        window.resize(1400, 800);
        window.show();
        window.showPage(QStringLiteral("planning"));
        page = qobject_cast<PlanningPage *>(window.pageWidget(QStringLiteral("planning")));
        REQUIRE(page);
        timeline = page->timeline();
        timeline->setZoomLevel(2);
        REQUIRE(timeline->pixelsPerDay() == 1.0);
        timeline->scrollToDay(d("2026-01-01"));
    }
};

void send(QWidget *widget, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, QPointF(pos), QPointF(widget->mapToGlobal(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

// Presses at `from`, moves through the way to `to`, and releases there.
void drag(QWidget *widget, QPoint from, QPoint to)
{
    send(widget, QEvent::MouseButtonPress, from, Qt::LeftButton);
    send(widget, QEvent::MouseMove, (from + to) / 2, Qt::LeftButton);
    send(widget, QEvent::MouseMove, to, Qt::LeftButton);
    send(widget, QEvent::MouseButtonRelease, to, Qt::NoButton);
}

} // namespace

TEST_CASE("Hovering a lease on the timeline tells its company, office, dates, type, rent and alerts", "[ui][planning]")
{
    Incubator incubator;
    Shown shown(incubator);
    const Format format;
    const QString text = shown.timeline->toolTipAt(shown.timeline->pointOf(incubator.a1.id, d("2026-03-01")));
    CHECK(text.contains(QStringLiteral("Praxys")));
    CHECK(text.contains(QStringLiteral("A1 (Ateliers)")));
    CHECK(text.contains(label(LeaseType::Precaire)));
    CHECK(text.contains(format.date(d("2026-01-01"))));
    CHECK(text.contains(format.date(d("2026-06-30"))));
    CHECK(text.contains(format.money(50000).toHtmlEscaped()));
    CHECK(text.contains(QStringLiteral("IT services")));

    // A free day says so, and how to assign it.
    const QString free = shown.timeline->toolTipAt(shown.timeline->pointOf(incubator.a2.id, d("2026-03-01")));
    CHECK(free.contains(QStringLiteral("A2 is free on %1").arg(format.date(d("2026-03-01")))));
}

TEST_CASE("The timeline shows each office's leases on a day, up to an early end", "[ui][planning]")
{
    Incubator incubator;
    const QList<TimelineRow> rows = PlanningPage::rowsFor(Portfolio::load(incubator.db.store()), incubator.clock.today());
    TimelineView timeline;
    timeline.setRows(rows, d("2025-01-01"), d("2027-12-31"), incubator.clock.today());
    CHECK(timeline.leasesOn(incubator.a1.id, d("2026-06-30")) == QList<Id>{incubator.praxysLease.id});
    CHECK(timeline.leasesOn(incubator.a1.id, d("2026-07-01")).isEmpty());
    CHECK(timeline.leasesOn(incubator.a1.id, d("2026-09-01")) == QList<Id>{incubator.amitoLease.id});
    CHECK(timeline.leasesOn(incubator.b1.id, d("2026-03-31")) == QList<Id>{incubator.soleasLease.id});
    CHECK(timeline.leasesOn(incubator.b1.id, d("2026-04-01")).isEmpty()); // ended early
    CHECK(timeline.leasesOn(incubator.a2.id, d("2026-03-01")).isEmpty());
}

TEST_CASE("Dragging a bar's end into the next tenant's lease is refused, and nothing is written", "[ui][planning]")
{
    Incubator incubator;
    Shown shown(incubator);
    TimelineView *timeline = shown.timeline;
    QWidget *viewport = timeline->viewport();
    const QPoint end = timeline->endOf(incubator.praxysLease.id);
    REQUIRE_FALSE(end.isNull());
    CHECK(end == timeline->endOfDay(incubator.a1.id, d("2026-06-30")));
    QSignalSpy dragged(timeline, &TimelineView::leaseEndDragged);

    // While dragging, the new end is previewed with what the rules say.
    const QPoint into = timeline->endOfDay(incubator.a1.id, d("2026-09-15"));
    send(viewport, QEvent::MouseButtonPress, end, Qt::LeftButton);
    CHECK(timeline->draggedLease() == incubator.praxysLease.id);
    send(viewport, QEvent::MouseMove, into, Qt::LeftButton);
    CHECK(timeline->draggedLastDay() == d("2026-09-15"));
    REQUIRE(timeline->dragProblems().size() == 1);
    CHECK(timeline->dragProblems().first().contains(QStringLiteral("Amito")));
    send(viewport, QEvent::MouseButtonRelease, into, Qt::NoButton);

    // Asked for, checked against the database, refused: the bar is back, the window says why.
    REQUIRE(dragged.size() == 1);
    CHECK(dragged.first().at(1).toDate() == d("2026-09-15"));
    CHECK(incubator.db->lease(incubator.praxysLease.id)->end == d("2026-06-30"));
    CHECK(shown.window.editing().undoStack()->count() == 0);
    CHECK(timeline->draggedLease() == 0);
    CHECK(timeline->endOf(incubator.praxysLease.id) == end);
    CHECK(shown.window.statusBar()->currentMessage().contains(QStringLiteral("Amito")));
    CHECK(shown.window.statusBar()->currentMessage().contains(QStringLiteral("not changed")));
}

TEST_CASE("Dragging a bar's end to a free day changes the lease's end, in one step that undo takes back", "[ui][planning]")
{
    Incubator incubator;
    Shown shown(incubator);
    TimelineView *timeline = shown.timeline;
    QUndoStack *stack = shown.window.editing().undoStack();

    drag(timeline->viewport(), timeline->endOf(incubator.praxysLease.id), timeline->endOfDay(incubator.a1.id, d("2026-08-31")));
    CHECK(incubator.db->lease(incubator.praxysLease.id)->end == d("2026-08-31"));
    REQUIRE(stack->count() == 1);
    // Drawn at once where it now ends.
    CHECK(timeline->endOf(incubator.praxysLease.id) == timeline->endOfDay(incubator.a1.id, d("2026-08-31")));
    CHECK(timeline->leasesOn(incubator.a1.id, d("2026-08-31")) == QList<Id>{incubator.praxysLease.id});

    stack->undo();
    CHECK(incubator.db->lease(incubator.praxysLease.id)->end == d("2026-06-30"));
    CHECK(timeline->leasesOn(incubator.a1.id, d("2026-08-31")).isEmpty());
    stack->redo();
    CHECK(incubator.db->lease(incubator.praxysLease.id)->end == d("2026-08-31"));

    // Shorter works too; an early end moves within the term.
    drag(timeline->viewport(), timeline->endOf(incubator.soleasLease.id), timeline->endOfDay(incubator.b1.id, d("2026-05-31")));
    const Lease soleas = *incubator.db->lease(incubator.soleasLease.id);
    CHECK(soleas.terminatedOn == d("2026-05-31"));
    CHECK(soleas.end == d("2026-12-31"));
    CHECK(stack->count() == 2);
    CHECK(incubator.messages.all().isEmpty());
}

TEST_CASE("Selecting free days of an office offers to assign it, and the assistant opens on them", "[ui][planning]")
{
    Incubator incubator;
    Shown shown(incubator);
    TimelineView *timeline = shown.timeline;

    drag(timeline->viewport(), timeline->pointOf(incubator.a2.id, d("2026-04-01")), timeline->pointOf(incubator.a2.id, d("2026-09-30")));
    CHECK(timeline->selection().officeId == incubator.a2.id);
    CHECK(timeline->selection().first == d("2026-04-01"));
    CHECK(timeline->selection().last == d("2026-09-30"));
    CHECK(shown.page->assignMenu()->isVisible());
    CHECK(shown.page->assignAction()->text().contains(QStringLiteral("A2")));
    CHECK(shown.page->offered().officeId == incubator.a2.id);
    shown.page->assignMenu()->hide();

    shown.page->assignAction()->trigger();
    auto *assistant = shown.window.findChild<AssignmentDialog *>();
    REQUIRE(assistant);
    CHECK(assistant->startField()->date() == d("2026-04-01"));
    CHECK(assistant->monthsSpin()->value() == 6);
    CHECK(assistant->request().last == d("2026-09-30"));
    CHECK(assistant->siteCombo()->currentData().toLongLong() == incubator.site.id);
    REQUIRE(assistant->chosen());
    CHECK(assistant->chosen()->office.id == incubator.a2.id);
    assistant->reject();
}

TEST_CASE("A selection of free days stops at the leases on either side, and a click is not a selection", "[ui][planning]")
{
    Incubator incubator;
    Shown shown(incubator);
    TimelineView *timeline = shown.timeline;
    QSignalSpy selected(timeline, &TimelineView::freeStretchSelected);

    // Between Praxys (to 30/06) and Amito (from 01/09): from 15/07 towards the end of the year.
    drag(timeline->viewport(), timeline->pointOf(incubator.a1.id, d("2026-07-15")), timeline->pointOf(incubator.a1.id, d("2026-12-01")));
    CHECK(timeline->selection().first == d("2026-07-15"));
    CHECK(timeline->selection().last == d("2026-08-31"));
    // Backwards, to the start of the year.
    drag(timeline->viewport(), timeline->pointOf(incubator.a1.id, d("2026-07-15")), timeline->pointOf(incubator.a1.id, d("2026-02-01")));
    CHECK(timeline->selection().first == d("2026-07-01"));
    CHECK(timeline->selection().last == d("2026-07-15"));
    REQUIRE(selected.size() == 2);
    CHECK(selected.last().at(1).toDate() == d("2026-07-01"));

    // A click on free days clears the selection and offers nothing; nor does a press on a bar.
    const QPoint free = timeline->pointOf(incubator.a2.id, d("2026-05-01"));
    send(timeline->viewport(), QEvent::MouseButtonPress, free, Qt::LeftButton);
    send(timeline->viewport(), QEvent::MouseButtonRelease, free, Qt::NoButton);
    CHECK(timeline->selection().officeId == 0);
    drag(timeline->viewport(), timeline->pointOf(incubator.a1.id, d("2026-03-01")), timeline->pointOf(incubator.a1.id, d("2026-04-01")));
    CHECK(timeline->selection().officeId == 0);
    CHECK(selected.size() == 2);
    CHECK(incubator.db->lease(incubator.praxysLease.id)->end == d("2026-06-30"));
}

TEST_CASE("The assistant prefilled from the planning shows an office taken over part of the days with who is in the way",
          "[ui][planning][assignment]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    AssignmentDialog *assistant = window.assignOffice(AssignmentPrefill{incubator.a1.id, d("2026-05-01"), d("2026-10-31")});
    REQUIRE(assistant);
    CHECK(assistant->startField()->date() == d("2026-05-01"));
    CHECK(assistant->monthsSpin()->value() == 6);
    CHECK_FALSE(assistant->chosen()); // Praxys to 30/06, Amito from 01/09
    CHECK(assistant->detailsLabel()->text().contains(QStringLiteral("Praxys")));
    assistant->reject();
}
