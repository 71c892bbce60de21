// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "EditingSupport.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "dialogs/AssignmentDialog.h"
#include "dialogs/LeaseEditor.h"
#include "dialogs/OfficeEditor.h"
#include "pages/PlanningPage.h"
#include "widgets/DateField.h"
#include "widgets/FloorMapView.h"
#include "widgets/Treemap.h"

#include <QAction>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QMenu>
#include <QRandomGenerator>
#include <QSlider>
#include <QTest>
#include <QToolButton>

#include <numeric>

using namespace pepin;
using namespace pepin::test;

// The planning's floor map: the treemap that sizes the tiles, and the page that shows a site's
// floors on a day chosen with a slider or a date.

namespace {

void checkTreemap(const QList<QRectF> &rects, const QList<double> &weights, const QRectF &bounds)
{
    REQUIRE(rects.size() == weights.size());
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0, [](double sum, double w) { return sum + std::max(0.0, w); });
    const double area = bounds.width() * bounds.height();
    constexpr double epsilon = 1e-6;
    double covered = 0;
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const QRectF &rect = rects.at(i);
        INFO("weight " << weights.at(i) << " of " << total);
        // Proportional to its weight, and inside the bounds.
        const double expected = weights.at(i) > 0 ? weights.at(i) / total * area : 0;
        CHECK(rect.width() * rect.height() == Approx(expected).margin(1e-6 * area));
        CHECK(rect.left() >= bounds.left() - epsilon);
        CHECK(rect.top() >= bounds.top() - epsilon);
        CHECK(rect.right() <= bounds.right() + epsilon);
        CHECK(rect.bottom() <= bounds.bottom() + epsilon);
        covered += rect.width() * rect.height();
        // No two overlap.
        for (qsizetype k = i + 1; k < rects.size(); ++k) {
            const QRectF overlap = rect.intersected(rects.at(k));
            CHECK(overlap.width() * overlap.height() <= 1e-6 * area);
        }
    }
    if (total > 0)
        CHECK(covered == Approx(area));
}

void checkTreemap(const QList<double> &weights, const QRectF &bounds)
{
    checkTreemap(squarifiedTreemap(weights, bounds), weights, bounds);
    checkTreemap(squarifiedTreemap(weights, bounds, TreemapOrder::AsGiven), weights, bounds);
}

// On 01/03/2026, Ateliers: floor 0 has A01 (24 m², Praxys to 31/12/2026) and A02 (40 m², free,
// Amito from 01/06/2026); floor 1 has B01 (30 m², Soleas to 30/04/2026: ending soon) and B02
// (16 m², in service from 01/01/2027).
struct Incubator : GuiFixture
{
    Site site;
    Office a01, a02, b01, b02;
    Company praxys, amito, soleas;
    Lease praxysLease, amitoLease, soleasLease;

    Incubator()
        : GuiFixture(d("2026-03-01"))
    {
        site = addSite(db.store(), QStringLiteral("Ateliers"));
        a01 = onFloor(addOffice(db.store(), site.id, QStringLiteral("A01"), 24, 3), QStringLiteral("0"));
        a02 = onFloor(addOffice(db.store(), site.id, QStringLiteral("A02"), 40, 4), QStringLiteral("0"));
        b01 = onFloor(addOffice(db.store(), site.id, QStringLiteral("B01"), 30, 3), QStringLiteral("1"));
        b02 = onFloor(addOffice(db.store(), site.id, QStringLiteral("B02"), 16, 2, OfficeKind::Private, d("2027-01-01")),
                      QStringLiteral("1"));
        praxys = addCompany(db.store(), QStringLiteral("Praxys"));
        amito = addCompany(db.store(), QStringLiteral("Amito"));
        soleas = addCompany(db.store(), QStringLiteral("Soleas.Net"));
        praxysLease = addLease(db.store(), praxys.id, a01.id, d("2025-01-01"), d("2026-12-31"));
        amitoLease = addLease(db.store(), amito.id, a02.id, d("2026-06-01"), d("2028-05-31"));
        soleasLease = addLease(db.store(), soleas.id, b01.id, d("2025-05-01"), d("2026-04-30"));
    }

    Office onFloor(Office office, const QString &floor)
    {
        office.floor = floor;
        return db->updateOffice(office).value();
    }
};

struct Shown
{
    MainWindow window;
    PlanningPage *page = nullptr;
    FloorMapView *map = nullptr;

    explicit Shown(Incubator &incubator)
        : window(incubator.db.store(), incubator.clock)
    {
        window.resize(1280, 800);
        window.show();
        window.showPage(QStringLiteral("planning"));
        page = qobject_cast<PlanningPage *>(window.pageWidget(QStringLiteral("planning")));
        REQUIRE(page);
        page->floorMapButton()->click();
        map = page->floorMap();
        QCoreApplication::processEvents();
    }

    const FloorOffice &tile(const Office &office) const
    {
        for (const FloorPlanFloor &floor : map->plan().floors) {
            for (const FloorOffice &each : floor.offices) {
                if (each.office.id == office.id)
                    return each;
            }
        }
        FAIL("no tile for " << office.code.toStdString());
        return map->plan().floors.first().offices.first();
    }

    QPoint centre(const Office &office) const { return map->tileRect(office.id).center().toPoint(); }
};

} // namespace

TEST_CASE("The treemap gives each weight an area in proportion, inside the bounds, without overlap", "[ui][floormap]")
{
    checkTreemap({24.5, 28, 32, 36, 30}, QRectF(0, 0, 600, 200));
    checkTreemap({80, 45, 60, 30}, QRectF(10, 20, 300, 500));
    checkTreemap({1, 1, 1, 1}, QRectF(0, 0, 100, 100));
    checkTreemap({500, 1, 1}, QRectF(0, 0, 1000, 100));
    checkTreemap({42}, QRectF(5, 5, 90, 30));

    // A weight of zero gets nothing, and nothing at all is laid out in empty bounds.
    const QList<QRectF> withZero = squarifiedTreemap({10, 0, 10}, QRectF(0, 0, 100, 50));
    CHECK(withZero.at(1).isEmpty());
    checkTreemap({10, 0, 10}, QRectF(0, 0, 100, 50));
    CHECK(squarifiedTreemap({}, QRectF(0, 0, 10, 10)).isEmpty());
    for (const QRectF &rect : squarifiedTreemap({1, 2}, QRectF(0, 0, 0, 10)))
        CHECK(rect.isEmpty());

    // Many offices of many sizes, as a floor of a big incubator has them.
    QRandomGenerator random(7);
    for (int round = 0; round < 5; ++round) {
        QList<double> weights;
        const int count = 1 + random.bounded(60);
        for (int i = 0; i < count; ++i)
            weights << 8 + random.bounded(300.0);
        checkTreemap(weights, QRectF(0, 0, 900 + random.bounded(400), 150 + random.bounded(500)));
    }
}

TEST_CASE("The squarified treemap keeps tiles of equal areas square when they can be, in order when asked", "[ui][floormap]")
{
    const QList<QRectF> rects = squarifiedTreemap({1, 1, 1, 1}, QRectF(0, 0, 100, 100));
    for (const QRectF &rect : rects) {
        CHECK(rect.width() == Approx(50));
        CHECK(rect.height() == Approx(50));
    }
    // In the order given: the small first weight at the top left all the same.
    const QList<QRectF> ordered = squarifiedTreemap({10, 30, 20}, QRectF(0, 0, 300, 100), TreemapOrder::AsGiven);
    CHECK(ordered.at(0).topLeft() == QPointF(0, 0));
    const QList<QRectF> largest = squarifiedTreemap({10, 30, 20}, QRectF(0, 0, 300, 100));
    CHECK(largest.at(1).topLeft() == QPointF(0, 0));
    CHECK(ordered.at(0).left() < ordered.at(2).left());
}

TEST_CASE("The floor map shows a site's floors on a day, coloured by the offices' states", "[ui][floormap][planning]")
{
    Incubator incubator;
    Shown shown(incubator);
    CHECK(shown.page->floorMapShown());
    CHECK(shown.page->mapDay() == d("2026-03-01"));
    CHECK(shown.page->dateField()->date() == d("2026-03-01"));
    REQUIRE(shown.map->plan().floors.size() == 2);
    CHECK(shown.tile(incubator.a01).state == FloorOfficeState::Occupied);
    CHECK(shown.tile(incubator.a02).state == FloorOfficeState::Free);
    CHECK(shown.tile(incubator.b01).state == FloorOfficeState::EndingSoon);
    CHECK(shown.tile(incubator.b02).state == FloorOfficeState::OutOfService);

    // Each tile inside the map, bigger for a bigger office of the same floor.
    const QRectF inside = QRectF(shown.map->rect());
    for (const Office &office : {incubator.a01, incubator.a02, incubator.b01, incubator.b02}) {
        const QRectF tile = shown.map->tileRect(office.id);
        CHECK_FALSE(tile.isEmpty());
        CHECK(inside.contains(tile));
    }
    const QRectF a01 = shown.map->tileRect(incubator.a01.id);
    const QRectF a02 = shown.map->tileRect(incubator.a02.id);
    CHECK(a02.width() * a02.height() / (a01.width() * a01.height()) == Approx(40.0 / 24.0).epsilon(0.01));
    CHECK(shown.map->officeAt(shown.centre(incubator.a02))->office.id == incubator.a02.id);

    // The slider replays the past and shows what is signed for later.
    QSlider *slider = shown.page->dateSlider();
    slider->setValue(slider->value() + 92); // 01/06/2026
    CHECK(shown.page->mapDay() == d("2026-06-01"));
    CHECK(shown.page->dateField()->date() == d("2026-06-01"));
    CHECK(shown.map->plan().day == d("2026-06-01"));
    CHECK(shown.tile(incubator.a02).state == FloorOfficeState::Occupied);
    CHECK(shown.tile(incubator.b01).state == FloorOfficeState::Free);
    // The date field goes anywhere, the slider follows.
    shown.page->dateField()->setDate(d("2027-02-01"));
    CHECK(shown.page->mapDay() == d("2027-02-01"));
    CHECK(slider->value() == int(d("2025-01-01").daysTo(d("2027-02-01")))); // from the year of the first lease
    CHECK(shown.tile(incubator.b02).state == FloorOfficeState::Free);
    CHECK(shown.tile(incubator.a01).state == FloorOfficeState::Free);

    // One floor at a time.
    shown.page->chooseFloor(QStringLiteral("1"));
    REQUIRE(shown.map->plan().floors.size() == 1);
    CHECK(shown.map->plan().floors.first().floor == QStringLiteral("1"));
    CHECK(shown.map->tileRect(incubator.a01.id).isNull());
    shown.page->chooseFloor(std::nullopt);
    CHECK(shown.map->plan().floors.size() == 2);
}

TEST_CASE("The floor map follows the slider as far back as the first lease", "[ui][floormap][planning]")
{
    Incubator incubator;
    Shown shown(incubator);
    QSlider *slider = shown.page->dateSlider();
    slider->setValue(slider->minimum());
    CHECK(shown.page->mapDay() == d("2025-01-01")); // the year of the first lease
    CHECK(shown.tile(incubator.a01).state == FloorOfficeState::Occupied);
    CHECK(shown.tile(incubator.b01).state == FloorOfficeState::Free);
    slider->setValue(slider->maximum());
    CHECK(shown.page->mapDay() == d("2029-12-31")); // the year after the last lease's end
    shown.page->findChild<QToolButton *>(QStringLiteral("mapToday"))->click();
    CHECK(shown.page->mapDay() == d("2026-03-01"));

    // A lease added elsewhere is drawn at once.
    addLease(incubator.db.store(), incubator.soleas.id, incubator.b02.id, d("2027-01-01"), d("2027-12-31"));
    shown.page->setMapDay(d("2027-03-01"));
    CHECK(shown.tile(incubator.b02).state == FloorOfficeState::Occupied);
    CHECK(shown.tile(incubator.b02).companies() == QStringList{QStringLiteral("Soleas.Net")});
}

TEST_CASE("A double-click on a tile opens its lease, or the office nobody occupies", "[ui][floormap][planning]")
{
    Incubator incubator;
    Shown shown(incubator);

    QTest::mouseDClick(shown.map, Qt::LeftButton, {}, shown.centre(incubator.a01));
    auto *lease = shown.window.findChild<LeaseEditor *>();
    REQUIRE(lease);
    CHECK(lease->windowTitle().contains(QStringLiteral("Praxys")));
    lease->reject();
    delete lease;

    QTest::mouseDClick(shown.map, Qt::LeftButton, {}, shown.centre(incubator.a02));
    auto *office = shown.window.findChild<OfficeEditor *>();
    REQUIRE(office);
    CHECK(office->windowTitle().contains(QStringLiteral("A02")));
    office->reject();
}

TEST_CASE("A right click on a free office of the map offers to assign it until its next lease", "[ui][floormap][planning]")
{
    Incubator incubator;
    Shown shown(incubator);
    const QPoint at = shown.centre(incubator.a02);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, shown.map->mapToGlobal(at));
    QCoreApplication::sendEvent(shown.map, &event);
    CHECK(shown.page->assignMenu()->isVisible());
    shown.page->assignMenu()->hide();
    CHECK(shown.page->offered().officeId == incubator.a02.id);
    CHECK(shown.page->offered().start == d("2026-03-01"));
    CHECK(shown.page->offered().last == d("2026-05-31"));

    shown.page->assignAction()->trigger();
    auto *assistant = shown.window.findChild<AssignmentDialog *>();
    REQUIRE(assistant);
    CHECK(assistant->startField()->date() == d("2026-03-01"));
    CHECK(assistant->request().last == d("2026-05-31"));
    REQUIRE(assistant->chosen());
    CHECK(assistant->chosen()->office.id == incubator.a02.id);
    assistant->reject();

    // An occupied office offers nothing.
    shown.page->assignMenu()->hide();
    const QPoint taken = shown.centre(incubator.a01);
    QContextMenuEvent other(QContextMenuEvent::Mouse, taken, shown.map->mapToGlobal(taken));
    QCoreApplication::sendEvent(shown.map, &other);
    CHECK_FALSE(shown.page->assignMenu()->isVisible());
}
