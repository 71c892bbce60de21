// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "BusyBeside.h"
#include "EditingSupport.h"
#include "MainWindow.h"
#include "ScopedLanguage.h"
#include "TestDatabase.h"
#include "charts/ChartData.h"
#include "charts/CountChart.h"
#include "charts/OccupancyChart.h"
#include "charts/RentRollChart.h"
#include "charts/SectorMixChart.h"
#include "commands/AddCommand.h"
#include "commands/Editing.h"
#include "demo/DemoData.h"
#include "figures/Occupancy.h"
#include "figures/Tenants.h"
#include "figures/WaitingList.h"
#include "models/CompanyTableModel.h"
#include "models/OfficeTableModel.h"
#include "models/SearchFilterModel.h"
#include "pages/DashboardPage.h"
#include "pages/DashboardTile.h"
#include "pages/TablePage.h"
#include "widgets/DateField.h"

#include <QAbstractButton>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QValueAxis>
#include <QUndoStack>

#include <algorithm>

using namespace pepin;
using namespace pepin::test;
using namespace Qt::Literals::StringLiterals;

// The dashboard: its tiles say what the core's figures say, for the day and site chosen; its
// charts are given the core's series; it follows every edit at once; a tile opens its page.

namespace {

using Tile = DashboardPage::Tile;

// One site of three offices, let to two companies, with rents to add up by hand:
// - A01, 20 m², 2 workstations, private: Alpha (Multimedia) from 2025-01-01 to 2026-06-30,
//   300 € a month;
// - A02, 30 m², 3 workstations, private: free;
// - O1, 40 m², 4 workstations, shared: Beta (IT services), 2 workstations from 2026-01-01,
//   open-ended, 200 € a month.
// On 2026-03-01: 2 of 3 offices occupied; 20 + 40 × 2/4 = 40 of 90 m²; 2 + 2 = 4 of 9
// workstations; 2 tenants; 1 office and 50 m² free; Alpha's lease ends within six months.
struct Fixture
{
    TestDatabase db;
    Clock clock = Clock::fixed(d("2026-03-01"));
    Site site;
    Office a01;
    Office a02;
    Office open;
    Company alpha;
    Company beta;

    Fixture()
    {
        site = addSite(db.store(), QStringLiteral("Ateliers"));
        a01 = addOffice(db.store(), site.id, QStringLiteral("A01"), 20, 2);
        a02 = addOffice(db.store(), site.id, QStringLiteral("A02"), 30, 3);
        open = addOffice(db.store(), site.id, QStringLiteral("O1"), 40, 4, OfficeKind::Shared);
        alpha = addCompany(db.store(), QStringLiteral("Alpha"), QStringLiteral("Multimedia"));
        beta = addCompany(db.store(), QStringLiteral("Beta"), QStringLiteral("IT services"));
        Lease first = leaseOf(alpha.id, a01.id, d("2025-01-01"), d("2026-06-30"));
        first.rentSteps = {RentStep{d("2025-01-01"), 30000}};
        REQUIRE(db->addLease(first));
        Lease second = leaseOf(beta.id, open.id, d("2026-01-01"), {}, 2);
        second.rentSteps = {RentStep{d("2026-01-01"), 20000}};
        REQUIRE(db->addLease(second));
    }
};

// What every tile must say on `day`, taken from the core's figures directly.
void checkTilesMatchCore(const DashboardPage &page, Store &store, QDate day, std::optional<Id> siteId)
{
    INFO("day " << day.toString(Qt::ISODate).toStdString());
    const Format f{QLocale()};
    const OccupancyFilter filter{siteId};
    const Portfolio portfolio = Portfolio::load(store);
    const OccupancySnapshot occupancy = Occupancy::load(store, filter).on(day);
    const int horizon = day.daysTo(day.addMonths(defaultAlertMonths));
    const QList<Expiry> expiries = expiriesWithin(store.offices(), store.leases(), day, horizon, filter);
    const QList<Alert> alerts
        = alertsOn(AlertSources{store.sites(), store.offices(), store.companies(), store.leases()}, day, defaultAlertMonths, filter);
    const RentRollPeriod month = rentRollOver(store.offices(), store.leases(), QDate(day.year(), day.month(), 1),
                                              QDate(day.year(), day.month(), day.daysInMonth()), filter);

    CHECK(page.figures().day == day);
    CHECK(page.tile(Tile::Area)->value() == f.percent(occupancy.area.rate));
    CHECK(page.tile(Tile::Area)->detail() == QStringLiteral("%1 / %2").arg(f.number(occupancy.area.occupied), f.area(occupancy.area.total)));
    CHECK(page.tile(Tile::Offices)->value() == f.percent(occupancy.offices.rate));
    CHECK(page.tile(Tile::Offices)->detail()
          == QStringLiteral("%1 / %2 offices").arg(f.number(occupancy.offices.occupied), f.number(occupancy.offices.total)));
    CHECK(page.tile(Tile::Workstations)->value() == f.percent(occupancy.workstations.rate));
    CHECK(page.tile(Tile::Tenants)->value() == f.integer(tenantsOn(day, portfolio, filter).size()));
    CHECK(page.tile(Tile::FreeOffices)->value() == f.number(occupancy.offices.total - occupancy.offices.occupied));
    CHECK(page.tile(Tile::Expiries)->value() == f.integer(expiries.size()));
    CHECK(page.tile(Tile::Alerts)->value() == f.integer(alerts.size()));
    CHECK(page.tile(Tile::RentRoll)->value() == f.money(month.rentCents));
    CHECK(page.tile(Tile::Vacancy)->value() == f.money(month.vacancyCents));
    CHECK(page.tile(Tile::WaitingList)->value() == f.integer(waitingListLength(store.applications(), day)));
}

// Every chart holds the core's series for the page's day, site and span.
void checkChartsMatchCore(const DashboardPage &page, Store &store, QDate today)
{
    const QDate day = page.day();
    const std::optional<Id> siteId = page.siteId();
    const OccupancyFilter filter{siteId};
    const Portfolio portfolio = Portfolio::load(store);
    const DateRange leases = DashboardSources::load(store).leaseSpan();

    // Occupancy: the monthly series over the span chosen, drawn point by point.
    const DateRange span = ChartData::span(page.occupancyChart()->span(), day, leases, page.occupancyChart()->customRange());
    const QList<OccupancyPeriod> months = Occupancy::load(store, filter).series(span.start, span.end, PeriodStep::Month);
    const OccupancyChartData &shown = page.occupancyChart()->data();
    REQUIRE(shown.months.size() == months.size());
    for (int i = 0; i < months.size(); ++i) {
        CHECK(shown.months[i].start == months[i].start);
        CHECK(shown.months[i].area.rate == months[i].area.rate);
        CHECK(shown.months[i].offices.occupied == months[i].offices.occupied);
        CHECK(shown.months[i].workstations.total == months[i].workstations.total);
    }
    QList<QPointF> drawn = page.occupancyChart()->observedSeries(OccupancyMeasure::Area)->points();
    const QList<QPointF> forecast = page.occupancyChart()->forecastSeries(OccupancyMeasure::Area)->points();
    CHECK(drawn.size() + std::max<qsizetype>(forecast.size() - 1, 0) == months.size());
    drawn << forecast.mid(1);
    for (int i = 0; i < drawn.size() && i < months.size(); ++i) {
        CHECK(drawn[i].x() == ChartData::x(months[i].start));
        CHECK(drawn[i].y() == Approx(*months[i].area.rate * 100));
    }
    // The months after today, and only those, are dashed.
    for (const OccupancyPeriod &month : months) {
        const bool inForecast = std::any_of(forecast.cbegin() + (forecast.isEmpty() ? 0 : 1), forecast.cend(),
                                            [&month](const QPointF &p) { return p.x() == ChartData::x(month.start); });
        CHECK(inForecast == (month.start > today));
    }

    // Sector mix: the day's, slice by slice, in the sectors' colours.
    const SectorMix mix = sectorMixOn(day, portfolio, filter);
    CHECK(page.sectorMixChart()->mix().date == day);
    const QList<SectorSlice> slices = page.sectorMixChart()->slices();
    REQUIRE(slices.size() == mix.sectors.size());
    for (int i = 0; i < slices.size(); ++i) {
        CHECK(slices[i].sectorId == mix.sectors[i].sectorId);
        CHECK(slices[i].value == double(mix.sectors[i].companies));
        if (!mix.sectors[i].color.isEmpty())
            CHECK(slices[i].colour == QColor(mix.sectors[i].color));
    }
    CHECK(page.sectorMixChart()->series()->count() == slices.size());

    // Entries and exits per year up to the day, and the stay lengths of the day.
    const QList<FlowPeriod> years = leases.start.isValid() && leases.start <= day
        ? entriesAndExitsByYear(QDate(leases.start.year(), 1, 1), day, store.offices(), store.leases(), siteId)
        : QList<FlowPeriod>{};
    const BarData flows = page.flowsChart()->data();
    REQUIRE(flows.categories.size() == years.size());
    for (int i = 0; i < years.size(); ++i) {
        CHECK(flows.categories[i] == QString::number(years[i].start.year()));
        CHECK(flows.first[i] == years[i].entries);
        CHECK(flows.second[i] == years[i].exits);
    }
    const StayLengthDistribution stays = stayLengthDistribution(day, store.offices(), store.leases(), siteId);
    const BarData bands = page.stayLengthsChart()->data();
    REQUIRE(bands.first.size() == stays.bands.size());
    for (int i = 0; i < stays.bands.size(); ++i) {
        CHECK(bands.first[i] == stays.bands[i].ended);
        CHECK(bands.second[i] == stays.bands[i].ongoing);
    }

    // The rent roll of the year around the day, month by month.
    const DateRange rentSpan = ChartData::span(ChartSpan::Year, day, leases);
    const QList<RentRollPeriod> rents = rentRollByMonth(store.offices(), store.leases(), rentSpan.start, rentSpan.end, filter);
    const RentRollChartData &rentShown = page.rentRollChart()->data();
    REQUIRE(rentShown.months.size() == rents.size());
    for (int i = 0; i < rents.size(); ++i)
        CHECK(rentShown.months[i].rentCents == rents[i].rentCents);
}

} // namespace

TEST_CASE("The dashboard's tiles say the figures of the day, counted by hand on a small incubator", "[ui][dashboard]")
{
    Fixture fixture;
    DashboardPage page(fixture.db.store(), fixture.clock);
    CHECK(page.day() == d("2026-03-01"));
    const DashboardFigures &figures = page.figures();
    CHECK(figures.occupancy.offices.occupied == 2);
    CHECK(figures.occupancy.offices.total == 3);
    CHECK(figures.occupancy.area.occupied == Approx(40));
    CHECK(figures.occupancy.area.total == Approx(90));
    CHECK(figures.occupancy.workstations.occupied == 4);
    CHECK(figures.occupancy.workstations.total == 9);
    CHECK(figures.tenants == 2);
    CHECK(figures.expiries.size() == 1);
    CHECK(figures.rentMonth.rentCents == 50000);
    // A02 (30 m² at no reference rent) costs nothing free.
    CHECK(figures.rentMonth.vacancyCents == 0);

    CHECK(page.tile(Tile::Offices)->detail() == QStringLiteral("2 / 3 offices"));
    CHECK(page.tile(Tile::Workstations)->detail() == QStringLiteral("4 / 9 workstations"));
    CHECK(page.tile(Tile::Tenants)->value() == QStringLiteral("2"));
    CHECK(page.tile(Tile::FreeOffices)->value() == QStringLiteral("1"));
    // The free area alone: the area in service is the first tile's, and the two would not fit.
    CHECK(page.tile(Tile::FreeOffices)->detail() == u"50\u00a0m² free"_s);
    {
        ScopedLanguage french(u"fr"_s);
        CHECK(page.tile(Tile::FreeOffices)->detail() == u"50\u00a0m² libres"_s);
    }
    CHECK(page.tile(Tile::Expiries)->value() == QStringLiteral("1"));
    CHECK(page.tile(Tile::Expiries)->tone() == DashboardTile::Tone::Warning);
    CHECK(page.tile(Tile::Alerts)->value() == QStringLiteral("0"));
    CHECK(page.tile(Tile::Alerts)->tone() == DashboardTile::Tone::Normal);
    checkTilesMatchCore(page, fixture.db.store(), page.day(), std::nullopt);
    checkChartsMatchCore(page, fixture.db.store(), fixture.clock.today());

    // The sector mix: one company each, in the sectors' own colours.
    REQUIRE(page.sectorMixChart()->slices().size() == 2);
    const std::optional<Sector> multimedia = fixture.db->sectorByName(QStringLiteral("Multimedia"));
    REQUIRE(multimedia);
    CHECK(std::any_of(page.sectorMixChart()->slices().cbegin(), page.sectorMixChart()->slices().cend(),
                      [&](const SectorSlice &slice) { return slice.colour == QColor(multimedia->color) && slice.value == 1; }));
    page.sectorMixChart()->setMeasure(SectorMeasure::Area);
    CHECK(page.sectorMixChart()->slices().size() == 2);
    double area = 0;
    for (const SectorSlice &slice : page.sectorMixChart()->slices())
        area += slice.value;
    CHECK(area == Approx(40));
}

TEST_CASE("The dashboard's tiles and charts equal the core's figures on the demo incubator", "[ui][dashboard]")
{
    TestDatabase db;
    const Clock clock = Clock::fixed(d("2026-03-01"));
    REQUIRE(DemoData::populate(db.store(), clock));
    DashboardPage page(db.store(), clock);
    // The reference case: eleven companies fill the eleven offices.
    CHECK(page.tile(Tile::Offices)->detail() == QStringLiteral("11 / 11 offices"));
    CHECK(page.tile(Tile::Workstations)->detail() == QStringLiteral("40 / 40 workstations"));
    CHECK(page.tile(Tile::Tenants)->value() == QStringLiteral("11"));
    CHECK(page.tile(Tile::WaitingList)->value() == QStringLiteral("2"));
    checkTilesMatchCore(page, db.store(), clock.today(), std::nullopt);
    checkChartsMatchCore(page, db.store(), clock.today());

    // The site chosen: the only one, the same figures.
    const Id site = db->sites().first().id;
    REQUIRE(page.setSite(site));
    checkTilesMatchCore(page, db.store(), clock.today(), site);
    checkChartsMatchCore(page, db.store(), clock.today());

    // Every span of the occupancy chart receives the core's series.
    for (const ChartSpan span : {ChartSpan::FiveYears, ChartSpan::All}) {
        page.occupancyChart()->spanButton(span)->click();
        CHECK(page.occupancyChart()->span() == span);
        checkChartsMatchCore(page, db.store(), clock.today());
    }
    page.occupancyChart()->spanButton(ChartSpan::Custom)->click();
    page.occupancyChart()->setCustomRange({d("2024-01-01"), d("2024-12-31")});
    CHECK(page.occupancyChart()->data().months.size() == 12);
    checkChartsMatchCore(page, db.store(), clock.today());
}

TEST_CASE("The figures computed with the thread beside busy are those it computes", "[ui][dashboard]")
{
    TestDatabase db;
    const QDate day = d("2026-03-01");
    REQUIRE(DemoData::populate(db.store(), Clock::fixed(day)));
    const DashboardSources sources = DashboardSources::load(db.store());
    const DashboardFigures beside = DashboardFigures::compute(sources, day, std::nullopt, day);

    // The alerts and the rent roll, computed here at the end.
    BusyBeside busy;
    const DashboardFigures here = DashboardFigures::compute(sources, day, std::nullopt, day);
    busy.release();

    REQUIRE_FALSE(beside.alerts.isEmpty());
    REQUIRE(here.alerts.size() == beside.alerts.size());
    for (qsizetype i = 0; i < here.alerts.size(); ++i) {
        CHECK(here.alerts.at(i).message == beside.alerts.at(i).message);
        CHECK(here.alerts.at(i).severity == beside.alerts.at(i).severity);
    }
    CHECK(here.criticalAlerts == beside.criticalAlerts);
    REQUIRE_FALSE(beside.rentRoll.months.isEmpty());
    REQUIRE(here.rentRoll.months.size() == beside.rentRoll.months.size());
    for (qsizetype i = 0; i < here.rentRoll.months.size(); ++i)
        CHECK(here.rentRoll.months.at(i).rentCents == beside.rentRoll.months.at(i).rentCents);
    CHECK(here.rentMonth.start == day);
    CHECK(here.rentMonth.rentCents == beside.rentMonth.rentCents);
    CHECK(here.rentMonth.vacancyCents == beside.rentMonth.vacancyCents);
    CHECK(here.tenants == beside.tenants);
}

TEST_CASE("The date picked drives every tile and chart", "[ui][dashboard]")
{
    TestDatabase db;
    const Clock clock = Clock::fixed(d("2026-03-01"));
    REQUIRE(DemoData::populate(db.store(), clock));
    DashboardPage page(db.store(), clock);
    const DashboardFigures before = page.figures();

    // Five months on, the extension is open and empty: more offices, the same tenants or fewer.
    const QDate later = d("2026-08-15");
    page.dayField()->dateEdit()->setDate(later);
    CHECK(page.day() == later);
    checkTilesMatchCore(page, db.store(), later, std::nullopt);
    checkChartsMatchCore(page, db.store(), clock.today());
    const DashboardFigures &after = page.figures();
    CHECK(after.occupancy.offices.total == 15);
    CHECK(page.tile(Tile::Offices)->value() != QStringLiteral("100\u00a0%"));
    CHECK(after.sectors.date == later);
    CHECK(after.stays.date == later);
    CHECK(after.flows.last().end == later);
    CHECK(after.occupancySeries.months.last().start > before.occupancySeries.months.last().start);
    CHECK(after.rentRoll.months.first().start > before.rentRoll.months.first().start);
    CHECK(after.rentMonth.start == d("2026-08-01"));

    // Years back, before the site opened: nothing is let, nothing is in service.
    page.setDay(d("2015-06-01"));
    checkTilesMatchCore(page, db.store(), d("2015-06-01"), std::nullopt);
    CHECK(page.tile(Tile::Area)->value() == QStringLiteral("—"));
    CHECK(page.figures().flows.isEmpty());
    CHECK(page.sectorMixChart()->slices().isEmpty());
}

TEST_CASE("An edit made elsewhere, and its undo, show on the dashboard at once", "[ui][dashboard]")
{
    Fixture fixture;
    MainWindow window(fixture.db.store(), fixture.clock);
    CHECK(window.currentPageId() == QStringLiteral("dashboard"));
    auto *page = qobject_cast<DashboardPage *>(window.pageWidget(QStringLiteral("dashboard")));
    REQUIRE(page);
    CHECK(page->tile(Tile::Offices)->detail() == QStringLiteral("2 / 3 offices"));

    // Gamma moves into A02 through an undoable command, as an editor would do it.
    const Company gamma = addCompany(fixture.db.store(), QStringLiteral("Gamma"), QStringLiteral("Multimedia"));
    Lease lease = leaseOf(gamma.id, fixture.a02.id, d("2026-02-01"), d("2027-01-31"));
    lease.rentSteps = {RentStep{d("2026-02-01"), 45000}};
    REQUIRE(window.editing().push(std::make_unique<AddCommand<Lease>>(window.editing(), lease)));
    CHECK(page->tile(Tile::Offices)->detail() == QStringLiteral("3 / 3 offices"));
    CHECK(page->tile(Tile::Tenants)->value() == QStringLiteral("3"));
    CHECK(page->figures().rentMonth.rentCents == 95000);
    CHECK(page->figures().sectors.companies == 3);
    checkTilesMatchCore(*page, fixture.db.store(), page->day(), std::nullopt);
    checkChartsMatchCore(*page, fixture.db.store(), fixture.clock.today());

    window.editing().undoStack()->undo();
    CHECK(page->tile(Tile::Offices)->detail() == QStringLiteral("2 / 3 offices"));
    CHECK(page->tile(Tile::Tenants)->value() == QStringLiteral("2"));
    CHECK(page->figures().rentMonth.rentCents == 50000);
}

TEST_CASE("A tile opens the page behind it, filtered on what it counts", "[ui][dashboard]")
{
    Fixture fixture;
    MainWindow window(fixture.db.store(), fixture.clock);
    window.show();
    auto *page = qobject_cast<DashboardPage *>(window.pageWidget(QStringLiteral("dashboard")));
    REQUIRE(page);

    // Free offices: the offices free on the day, A02.
    QTest::mouseClick(page->tile(Tile::FreeOffices), Qt::LeftButton);
    CHECK(window.currentPageId() == QStringLiteral("offices"));
    TablePage *offices = window.page(QStringLiteral("offices"));
    CHECK(offices->view()->model()->rowCount() == 1);
    CHECK(offices->view()->model()->index(0, OfficeTableModel::Code).data().toString() == QStringLiteral("A02"));

    window.showPage(QStringLiteral("dashboard"));
    QTest::mouseClick(page->tile(Tile::Offices), Qt::LeftButton);
    CHECK(window.currentPageId() == QStringLiteral("offices"));
    CHECK(offices->view()->model()->rowCount() == 2);

    // Tenants: the companies with a lease that day.
    window.showPage(QStringLiteral("dashboard"));
    QTest::mouseClick(page->tile(Tile::Tenants), Qt::LeftButton);
    CHECK(window.currentPageId() == QStringLiteral("companies"));
    CHECK(window.page(QStringLiteral("companies"))->view()->model()->rowCount() == 2);

    // Leases ending, alerts, rent roll: the leases active on the day.
    for (const Tile tile : {Tile::Expiries, Tile::Alerts, Tile::RentRoll}) {
        window.showPage(QStringLiteral("dashboard"));
        QTest::mouseClick(page->tile(tile), Qt::LeftButton);
        CHECK(window.currentPageId() == QStringLiteral("leases"));
        CHECK(window.page(QStringLiteral("leases"))->view()->model()->rowCount() == 2);
    }

    // The waiting list, by the keyboard.
    window.showPage(QStringLiteral("dashboard"));
    page->tile(Tile::WaitingList)->setFocus();
    QTest::keyClick(page->tile(Tile::WaitingList), Qt::Key_Return);
    CHECK(window.currentPageId() == QStringLiteral("applications"));

    // A slice of the sector mix: that sector's tenants.
    window.showPage(QStringLiteral("dashboard"));
    QSignalSpy requested(page, &DashboardPage::pageRequested);
    const SectorSlice multimedia = *std::find_if(page->sectorMixChart()->slices().cbegin(), page->sectorMixChart()->slices().cend(),
                                                 [](const SectorSlice &slice) { return slice.name == QStringLiteral("Multimedia"); });
    emit page->sectorMixChart()->sectorClicked(multimedia.sectorId, multimedia.name);
    CHECK(requested.count() == 1);
    CHECK(window.currentPageId() == QStringLiteral("companies"));
    TablePage *companies = window.page(QStringLiteral("companies"));
    REQUIRE(companies->view()->model()->rowCount() == 1);
    CHECK(companies->view()->model()->index(0, CompanyTableModel::Name).data().toString() == QStringLiteral("Alpha"));
}

TEST_CASE("At 1280 pixels, in French, the tiles and the sector legend are read whole", "[ui][dashboard]")
{
    Fixture fixture;
    // The longest of the default sectors' French names, and the area of the benchmark's network:
    // 69,657 m² in service, 4,393.47 free (H2's 4,373.47 and the half of O1 Beta leaves).
    const Company gamma = addCompany(fixture.db.store(), u"Gamma"_s, u"Ingénierie et maintenance industrielles"_s);
    addLease(fixture.db.store(), gamma.id, fixture.a02.id, d("2026-01-01"));
    const Office big = addOffice(fixture.db.store(), fixture.site.id, u"H1"_s, 65193.53, 2);
    addLease(fixture.db.store(), gamma.id, big.id, d("2026-01-01"));
    addOffice(fixture.db.store(), fixture.site.id, u"H2"_s, 4373.47, 2);
    ScopedLanguage french(u"fr"_s);
    MainWindow window(fixture.db.store(), fixture.clock);
    window.show();
    QCoreApplication::processEvents();
    CHECK(window.width() == 1280);
    auto *page = qobject_cast<DashboardPage *>(window.pageWidget(u"dashboard"_s));
    REQUIRE(page);
    CHECK(page->tile(Tile::FreeOffices)->detail() == u"4\u202f393,47\u00a0m² libres"_s);

    // A text cut to fit shows whole in its tool tip; none is cut.
    for (const Tile which : page->tiles()) {
        for (const QLabel *label : page->tile(which)->findChildren<QLabel *>()) {
            INFO(label->text().toStdString());
            CHECK(label->toolTip().isEmpty());
        }
    }

    // Qt Charts cuts a legend's entry its width cannot hold: each entry drawn is its whole text,
    // counted in companies and in area.
    QLegend *legend = page->sectorMixChart()->chart()->legend();
    const auto checkLegendWhole = [&](const QString &longest) {
        QStringList labels;
        for (const QLegendMarker *marker : legend->markers())
            labels << marker->label();
        REQUIRE(labels.size() == 3);
        CHECK(labels.contains(longest));
        QStringList drawn;
        QList<QGraphicsItem *> items = legend->childItems();
        while (!items.isEmpty()) {
            QGraphicsItem *item = items.takeFirst();
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
                drawn << text->toPlainText();
            items << item->childItems();
        }
        // The text drawn has plain spaces for the no-break ones of numbers and units.
        for (QStringList *texts : {&labels, &drawn})
            for (QString &text : *texts)
                std::replace_if(text.begin(), text.end(), [](QChar c) { return c.isSpace(); }, QLatin1Char(' '));
        drawn.sort();
        labels.sort();
        CHECK(drawn == labels);
    };
    checkLegendWhole(u"1 · Ingénierie et maintenance industrielles"_s);
    page->sectorMixChart()->measureButton(SectorMeasure::Area)->click();
    QCoreApplication::processEvents();
    checkLegendWhole(u"65\u202f223,53\u00a0m² · Ingénierie et maintenance industrielles"_s);
}

TEST_CASE("A chart is saved as PNG and SVG with its title", "[ui][dashboard]")
{
    Fixture fixture;
    DashboardPage page(fixture.db.store(), fixture.clock);
    page.resize(1100, 740);
    page.show();
    for (int turn = 0; turn < 3; ++turn)
        QCoreApplication::processEvents();
    const QString png = fixture.db.file(QStringLiteral("occupancy.png"));
    const QString svg = fixture.db.file(QStringLiteral("occupancy.svg"));
    REQUIRE(page.occupancyChart()->exportPng(png, QSize(600, 360)));
    REQUIRE(page.occupancyChart()->exportSvg(svg, QSize(600, 360)));
    const QImage image(png);
    CHECK(image.width() == 1200); // drawn at twice the size, sharp when printed
    CHECK(image.height() == 720);
    QFile drawing(svg);
    REQUIRE(drawing.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(drawing.readAll());
    CHECK(text.contains(QStringLiteral("<svg")));
    CHECK(text.contains(QStringLiteral("Occupancy over time")));
    CHECK_FALSE(page.occupancyChart()->exportPng(fixture.db.file(QStringLiteral("missing/folder/x.png"))));

    // The mouse in the middle of the plot: the tip names a month and its figures; off the plot,
    // nothing.
    QChart *chart = page.occupancyChart()->chart();
    const QPoint middle = page.occupancyChart()->view()->mapFromScene(chart->mapToScene(chart->plotArea().center()));
    const QString tip = page.occupancyChart()->view()->tipAt(middle);
    CHECK(tip.contains(QStringLiteral("Offices:")));
    CHECK(tip.contains(QStringLiteral("Workstations:")));
    CHECK(page.occupancyChart()->view()->tipAt(QPoint(1, 1)).isEmpty());
}

TEST_CASE("Hovering a month of the occupancy chart tells its figures", "[ui][dashboard]")
{
    Fixture fixture;
    const OccupancyPeriod month = Occupancy::load(fixture.db.store()).over(d("2026-02-01"), d("2026-02-28"));
    const Format format{QLocale()};
    const QString tip = occupancyTip(month, d("2026-03-01"), format);
    CHECK(tip.contains(QStringLiteral("February 2026")));
    CHECK(tip.contains(format.percent(month.offices.rate)));
    CHECK_FALSE(tip.contains(QStringLiteral("forecast")));
    const OccupancyPeriod later = Occupancy::load(fixture.db.store()).over(d("2026-07-01"), d("2026-07-31"));
    CHECK(occupancyTip(later, d("2026-03-01"), format).contains(QStringLiteral("forecast")));
    // 1 of 3 offices in July, when Alpha has gone.
    CHECK(later.offices.occupied == 1);
}

TEST_CASE("The spans of the charts over time and the stay bands' names", "[ui][dashboard]")
{
    const DateRange data{d("2017-03-01"), d("2029-02-28")};
    CHECK(ChartData::span(ChartSpan::Year, d("2026-03-15"), data) == DateRange{d("2025-04-01"), d("2027-03-31")});
    CHECK(ChartData::span(ChartSpan::FiveYears, d("2026-03-15"), data) == DateRange{d("2021-04-01"), d("2027-03-31")});
    CHECK(ChartData::span(ChartSpan::All, d("2026-03-15"), data) == DateRange{d("2017-03-01"), d("2029-02-28")});
    CHECK(ChartData::span(ChartSpan::All, d("2026-03-15"), {}) == ChartData::span(ChartSpan::Year, d("2026-03-15"), {}));
    CHECK(ChartData::span(ChartSpan::Custom, d("2026-03-15"), data, {d("2020-01-01"), d("2020-06-30")})
          == DateRange{d("2020-01-01"), d("2020-06-30")});
    CHECK(ChartData::span(ChartSpan::Custom, d("2026-03-15"), data, {d("2020-06-30"), d("2020-01-01")})
          == ChartData::span(ChartSpan::Year, d("2026-03-15"), data));

    StayLengthDistribution distribution;
    for (const auto &[from, to] : QList<std::pair<int, std::optional<int>>>{{0, 12}, {12, 24}, {48, std::nullopt}})
        distribution.bands << StayLengthBand{from, to, 1, 2};
    const BarData bars = stayBars(distribution);
    CHECK(bars.categories == QStringList{QStringLiteral("0–1"), QStringLiteral("1–2"), QStringLiteral("4+")});
    CHECK(bars.axisTitle == QStringLiteral("Years of stay"));
    CHECK(bars.first == QList<int>{1, 1, 1});
    CHECK(bars.second == QList<int>{2, 2, 2});
}

TEST_CASE("The charts of counts step in round numbers and name long histories' years every fifth, level", "[ui][dashboard]")
{
    const auto axes = [](CountChart &chart) {
        QAbstractAxis *x = chart.chart()->axes(Qt::Horizontal).value(0);
        auto *y = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
        REQUIRE(x);
        REQUIRE(y);
        return std::pair{x, y};
    };

    // 25 years, as a network's history: five years named, the last among them, none turned.
    CountChart flows(CountChart::Kind::Flows);
    BarData years;
    for (int year = 2002; year <= 2026; ++year) {
        years.categories << QString::number(year);
        years.first << (year == 2020 ? 1110 : 40);
        years.second << 30;
    }
    flows.setData(years);
    {
        const auto [x, y] = axes(flows);
        auto *named = qobject_cast<QCategoryAxis *>(x);
        REQUIRE(named);
        CHECK(named->categoriesLabels() == QStringList{u"2006"_s, u"2011"_s, u"2016"_s, u"2021"_s, u"2026"_s});
        CHECK(named->endValue(u"2026"_s) == 24.0); // over its own bar
        CHECK(named->labelsAngle() == 0);
        CHECK(y->min() == 0);
        CHECK(y->max() == 1250); // 250 a step, above the 1,110 of 2020
        CHECK(y->tickCount() == 6);
    }

    // A few years: each named, turned past seven.
    years.categories = {u"2024"_s, u"2025"_s, u"2026"_s};
    years.first = {3, 5, 2};
    years.second = {1, 0, 4};
    flows.setData(years);
    {
        const auto [x, y] = axes(flows);
        auto *named = qobject_cast<QBarCategoryAxis *>(x);
        REQUIRE(named);
        CHECK(named->categories() == years.categories);
        CHECK(named->labelsAngle() == 0);
        CHECK(y->max() == 5); // one tick per unit
        CHECK(y->tickCount() == 6);
    }
    years.categories.clear();
    for (int year = 2017; year <= 2026; ++year)
        years.categories << QString::number(year);
    years.first = QList<int>(10, 7);
    years.second = QList<int>(10, 1);
    flows.setData(years);
    {
        const auto [x, y] = axes(flows);
        auto *named = qobject_cast<QBarCategoryAxis *>(x);
        REQUIRE(named);
        CHECK(named->categories() == years.categories);
        CHECK(named->labelsAngle() == -90);
        CHECK(y->max() == 8); // 2 a step past five
    }

    // Stacked stays: the axis is above the tallest stack, in round steps.
    CountChart stays(CountChart::Kind::StayLengths);
    BarData bands;
    bands.categories = {u"0–1"_s, u"1–2"_s, u"2–3"_s, u"3–4"_s, u"4+"_s};
    bands.first = {1219, 4300, 4400, 5900, 800};
    bands.second = {1000, 900, 600, 195, 0};
    stays.setData(bands);
    const auto [x, y] = axes(stays);
    CHECK(qobject_cast<QBarCategoryAxis *>(x));
    CHECK(y->max() == 8000); // 2,000 a step, above the 6,095 of 3–4 years
    CHECK(y->tickCount() == 5);
}
