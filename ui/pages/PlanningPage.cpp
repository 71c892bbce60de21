// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanningPage.h"

#include "Settings.h"
#include "commands/Editing.h"
#include "commands/UpdateCommand.h"
#include "domain/IdIndex.h"
#include "figures/Alerts.h"
#include "service/LeaseLastDay.h"
#include "service/Store.h"
#include "util/Format.h"
#include "widgets/DateField.h"
#include "widgets/FloorMapView.h"

#include <QAction>
#include <QButtonGroup>
#include <QCollator>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QSlider>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace pepin {

namespace {

// A lease whose company has no sector.
const QColor noSectorColour(0x9e, 0x9e, 0x9e);

QString swatch(const QColor &colour)
{
    return QStringLiteral("<span style=\"background:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>").arg(colour.name());
}

} // namespace

PlanningPage::PlanningPage(Store &store, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_mapDay(clock.today())
    , m_title(new QLabel(this))
    , m_showTimeline(new QToolButton(this))
    , m_showMap(new QToolButton(this))
    , m_assign(new QToolButton(this))
    , m_views(new QStackedWidget(this))
    , m_legend(new QLabel(this))
    , m_zoomOut(new QToolButton(this))
    , m_zoomIn(new QToolButton(this))
    , m_today(new QToolButton(this))
    , m_zoomText(new QLabel(this))
    , m_timeline(new TimelineView(this))
    , m_siteLabel(new QLabel(this))
    , m_site(new QComboBox(this))
    , m_floorLabel(new QLabel(this))
    , m_floor(new QComboBox(this))
    , m_firstYear(new QLabel(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_lastYear(new QLabel(this))
    , m_date(new DateField(this))
    , m_mapToday(new QToolButton(this))
    , m_map(new FloorMapView(this))
    , m_mapLegend(new QLabel(this))
    , m_assignMenu(new QMenu(this))
    , m_assignAction(new QAction(this))
{
    QFont title = m_title->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_title->setFont(title);
    m_showTimeline->setObjectName(QStringLiteral("showTimeline"));
    m_showMap->setObjectName(QStringLiteral("showFloorMap"));
    for (QToolButton *button : {m_showTimeline, m_showMap}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    auto *views = new QButtonGroup(this);
    views->setExclusive(true);
    views->addButton(m_showTimeline);
    views->addButton(m_showMap);
    m_showTimeline->setChecked(true);
    m_assign->setObjectName(QStringLiteral("assign"));

    // The timeline and its controls.
    m_legend->setTextFormat(Qt::RichText);
    // The legend wraps rather than widen the window past a laptop's screen (French is longer).
    m_legend->setWordWrap(true);
    m_legend->setMinimumWidth(160);
    m_zoomOut->setObjectName(QStringLiteral("zoomOut"));
    m_zoomIn->setObjectName(QStringLiteral("zoomIn"));
    m_today->setObjectName(QStringLiteral("today"));
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomText->setMinimumWidth(m_zoomText->fontMetrics().horizontalAdvance(QStringLiteral("Trimestres et mois")));
    m_zoomText->setAlignment(Qt::AlignCenter);
    auto *timelineBar = new QHBoxLayout;
    timelineBar->setContentsMargins(0, 0, 0, 0);
    timelineBar->addWidget(m_legend, 1);
    timelineBar->addSpacing(8);
    timelineBar->addWidget(m_today);
    timelineBar->addSpacing(8);
    timelineBar->addWidget(m_zoomOut);
    timelineBar->addWidget(m_zoomText);
    timelineBar->addWidget(m_zoomIn);
    auto *timelinePanel = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelinePanel);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addLayout(timelineBar);
    timelineLayout->addWidget(m_timeline, 1);

    // The floor map and its controls: where, and when.
    m_site->setObjectName(QStringLiteral("mapSite"));
    m_floor->setObjectName(QStringLiteral("mapFloor"));
    m_slider->setObjectName(QStringLiteral("mapDaySlider"));
    m_date->setObjectName(QStringLiteral("mapDay"));
    m_mapToday->setObjectName(QStringLiteral("mapToday"));
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_siteLabel->setBuddy(m_site);
    m_floorLabel->setBuddy(m_floor);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(30);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(365);
    m_slider->setMinimumWidth(200);
    m_mapLegend->setTextFormat(Qt::RichText);
    m_mapLegend->setWordWrap(true);
    auto *mapBar = new QHBoxLayout;
    mapBar->setContentsMargins(0, 0, 0, 0);
    mapBar->addWidget(m_siteLabel);
    mapBar->addWidget(m_site);
    mapBar->addSpacing(8);
    mapBar->addWidget(m_floorLabel);
    mapBar->addWidget(m_floor);
    mapBar->addSpacing(16);
    mapBar->addWidget(m_firstYear);
    mapBar->addWidget(m_slider, 1);
    mapBar->addWidget(m_lastYear);
    mapBar->addSpacing(8);
    mapBar->addWidget(m_date);
    mapBar->addWidget(m_mapToday);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_map);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    auto *mapPanel = new QWidget(this);
    auto *mapLayout = new QVBoxLayout(mapPanel);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addLayout(mapBar);
    mapLayout->addWidget(scroll, 1);
    mapLayout->addWidget(m_mapLegend);

    m_views->addWidget(timelinePanel);
    m_views->addWidget(mapPanel);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addSpacing(16);
    bar->addWidget(m_showTimeline);
    bar->addWidget(m_showMap);
    bar->addStretch(1);
    bar->addWidget(m_assign);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(bar);
    layout->addWidget(m_views, 1);

    m_assignAction->setObjectName(QStringLiteral("assignDays"));
    m_assignMenu->addAction(m_assignAction);

    connect(m_showTimeline, &QToolButton::clicked, this, &PlanningPage::showTimeline);
    connect(m_showMap, &QToolButton::clicked, this, &PlanningPage::showFloorMap);
    connect(m_zoomIn, &QToolButton::clicked, m_timeline, &TimelineView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_timeline, &TimelineView::zoomOut);
    connect(m_today, &QToolButton::clicked, this, [this] { m_timeline->scrollToDay(m_clock.today().addMonths(-2)); });
    connect(m_timeline, &TimelineView::zoomChanged, this, &PlanningPage::showZoom);
    connect(m_timeline, &TimelineView::leaseActivated, this, &PlanningPage::leaseActivated);
    connect(m_timeline, &TimelineView::leaseEndDragged, this, &PlanningPage::leaseEndDragged);
    connect(m_timeline, &TimelineView::freeStretchSelected, this, [this](Id officeId, QDate first, QDate last) {
        offerAssignment(AssignmentPrefill{officeId, first, last}, QCursor::pos());
    });
    connect(m_assign, &QToolButton::clicked, this, [this] { emit assignRequested(AssignmentPrefill{}); });
    connect(m_assignAction, &QAction::triggered, this, [this] { emit assignRequested(m_offered); });
    connect(m_map, &FloorMapView::leaseActivated, this, &PlanningPage::leaseActivated);
    connect(m_map, &FloorMapView::officeActivated, this, &PlanningPage::officeActivated);
    connect(m_map, &FloorMapView::assignRequested, this, [this](Id officeId, QPoint globalPos) {
        // From the map's day to the day before the next lease, if one is signed.
        QDate last;
        for (const FloorPlanFloor &floor : std::as_const(m_sitePlan.floors)) {
            for (const FloorOffice &office : floor.offices) {
                if (office.office.id == officeId && office.nextStart.isValid())
                    last = office.nextStart.addDays(-1);
            }
        }
        offerAssignment(AssignmentPrefill{officeId, m_mapDay, last}, globalPos);
    });
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillFloors();
        refreshMap();
    });
    connect(m_floor, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            refreshMap();
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_filling && m_first.isValid())
            setMapDay(m_first.addDays(value));
    });
    connect(m_date, &DateField::dateChanged, this, [this](QDate day) {
        if (!m_filling && day.isValid())
            setMapDay(day);
    });
    connect(m_mapToday, &QToolButton::clicked, this, [this] { setMapDay(m_clock.today()); });
    connect(&m_store.database(), &Database::changed, this, [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
    });

    retranslate();
    reload();
}

QList<TimelineRow> PlanningPage::rowsFor(const Portfolio &portfolio, QDate today)
{
    // Each sector's name and colour, the colour read once rather than for every bar.
    struct Paint
    {
        QString sector;
        QColor colour = noSectorColour;
    };
    QHash<Id, Paint> paints;
    for (const Sector &sector : portfolio.sectors) {
        const QColor colour(sector.color);
        paints.insert(sector.id, Paint{sector.name, colour.isValid() ? colour : noSectorColour});
    }
    const IdIndex<Company> companies(portfolio.companies);
    const IdIndex<Site> sites(portfolio.sites);

    QHash<Id, QStringList> alerts;
    const AlertSources sources{portfolio.sites, portfolio.offices, portfolio.companies, portfolio.leases};
    for (const Alert &alert : alertsOn(sources, today)) {
        for (const Id lease : alert.leaseIds)
            alerts[lease] << alert.message;
    }
    QHash<Id, QList<const Lease *>> leasesOfOffice;
    for (const Lease &lease : portfolio.leases) {
        if (!lease.cancelled && lease.start.isValid())
            leasesOfOffice[lease.officeId] << &lease;
    }

    // Sites in the order the offices come (the Store's: by site), floors in natural order ("2"
    // before "10"), offices by code.
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QList<Id> siteOrder;
    QHash<Id, QList<const Office *>> officesOfSite;
    for (const Office &office : portfolio.offices) {
        if (office.archived)
            continue;
        if (!officesOfSite.contains(office.siteId))
            siteOrder << office.siteId;
        officesOfSite[office.siteId] << &office;
    }

    const Format format;
    QList<TimelineRow> rows;
    for (const Id siteId : std::as_const(siteOrder)) {
        QList<const Office *> offices = officesOfSite.value(siteId);
        std::stable_sort(offices.begin(), offices.end(), [&collator](const Office *a, const Office *b) {
            const int floor = collator.compare(a->floor.trimmed(), b->floor.trimmed());
            return floor != 0 ? floor < 0 : collator.compare(a->code, b->code) < 0;
        });
        const Site *site = sites.find(siteId);
        rows << TimelineRow{TimelineRow::Kind::Site, site ? site->name : QString(), {}, {}};
        QString floor;
        bool first = true;
        for (const Office *office : std::as_const(offices)) {
            if (first || office->floor.trimmed() != floor) {
                floor = office->floor.trimmed();
                first = false;
                rows << TimelineRow{TimelineRow::Kind::Floor,
                                    floor.isEmpty() ? tr("No floor given") : tr("Floor %1").arg(floor), {}, {}};
            }
            TimelineRow row{TimelineRow::Kind::Office, tr("%1 · %2").arg(office->code, format.area(office->areaM2)), *office, {}};
            QList<const Lease *> leases = leasesOfOffice.value(office->id);
            std::sort(leases.begin(), leases.end(), [](const Lease *a, const Lease *b) { return a->start < b->start; });
            const QString officeName = pepin::officeName(*office, site);
            row.bars.reserve(leases.size());
            for (const Lease *lease : std::as_const(leases)) {
                const Company *company = companies.find(lease->companyId);
                const Paint paint = company ? paints.value(company->sectorId) : Paint{};
                row.bars << TimelineBar{*lease, company ? company->name : QString(), paint.sector, paint.colour, officeName,
                                        alerts.value(lease->id)};
            }
            rows << row;
        }
    }
    return rows;
}

Status PlanningPage::changeLastDay(Editing &editing, Id leaseId, QDate last)
{
    Store &store = editing.store();
    const std::optional<Lease> lease = store.lease(leaseId);
    if (!lease || lease->cancelled)
        return Error(Error::Kind::NotFound, tr("This lease is no longer in the database."));
    const std::optional<Office> office = store.office(lease->officeId);
    if (!office)
        return Error(Error::Kind::NotFound, tr("The office of this lease is no longer in the database."));
    if (!lease->lastDay().isValid())
        return Error::invalid(QStringLiteral("end"), tr("The lease is open-ended: give it an end date in its editor first."));
    const Lease changed = withLastDay(*lease, last);
    if (sameRecord(changed, *lease))
        return done();
    // Checked here against the leases as stored, before anything is written; the Store checks
    // the same rules again when it writes.
    const QHash<Id, QString> names = store.companyNamesById();
    const QList<Problem> problems = checkLastDay(changed, *office, store.officeName(*office), store.leasesOfOffice(office->id),
                                                 [&names](Id companyId) { return names.value(companyId); });
    if (!problems.isEmpty())
        return Error(Error::Kind::InvalidInput, problems);
    return editing.push(std::make_unique<UpdateCommand<Lease>>(editing, *lease, changed));
}

void PlanningPage::reload()
{
    m_stale = false;
    m_portfolio = Portfolio::load(m_store);
    const QDate today = m_clock.today();
    // From a year before the first lease or today, to two years after the last day known.
    QDate first = today.addYears(-1);
    QDate last = today.addYears(2);
    for (const Lease &lease : std::as_const(m_portfolio.leases)) {
        if (lease.cancelled || !lease.start.isValid())
            continue;
        first = std::min(first, lease.start);
        if (lease.lastDay().isValid())
            last = std::max(last, lease.lastDay());
    }
    m_first = QDate(first.year(), 1, 1);
    m_last = QDate(last.year() + 1, 12, 31);
    m_timeline->setRows(rowsFor(m_portfolio, today), m_first, m_last, today);

    m_filling = true;
    m_slider->setRange(0, int(m_first.daysTo(m_last)));
    m_firstYear->setText(QString::number(m_first.year()));
    m_lastYear->setText(QString::number(m_last.year()));
    m_mapDay = std::clamp(m_mapDay, m_first, m_last);
    m_filling = false;
    fillSites();
    refreshMap();
}

void PlanningPage::fillSites()
{
    // The sites that have offices, in the Portfolio's order; the one chosen stays chosen.
    const Id chosen = m_site->currentData().toLongLong();
    QList<Id> withOffices;
    for (const Office &office : std::as_const(m_portfolio.offices)) {
        if (!withOffices.contains(office.siteId))
            withOffices << office.siteId;
    }
    m_filling = true;
    m_site->clear();
    for (const Site &site : std::as_const(m_portfolio.sites)) {
        if (withOffices.contains(site.id) && !site.archived)
            m_site->addItem(site.name, site.id);
    }
    const int index = m_site->findData(chosen);
    m_site->setCurrentIndex(index >= 0 ? index : 0);
    // A single site needs no choosing: the floors' headings are enough.
    m_site->setVisible(m_site->count() > 1);
    m_siteLabel->setVisible(m_site->count() > 1);
    m_filling = false;
    fillFloors();
}

void PlanningPage::fillFloors()
{
    // Every floor of the site, whatever the day: the list does not change as the slider moves.
    const Id siteId = m_site->currentData().toLongLong();
    const FloorPlan plan = floorPlanOn(m_portfolio, m_mapDay, 0, OccupancyFilter{siteId});
    const QVariant chosen = m_floor->currentData();
    m_filling = true;
    m_floor->clear();
    m_floor->addItem(tr("All floors"));
    for (const FloorPlanFloor &floor : plan.floors)
        m_floor->addItem(floor.floor.isEmpty() ? tr("No floor given") : tr("Floor %1").arg(floor.floor), floor.floor);
    const int index = chosen.isValid() ? m_floor->findData(chosen) : 0;
    m_floor->setCurrentIndex(index >= 0 ? index : 0);
    m_floor->setEnabled(m_floor->count() > 2);
    m_filling = false;
}

void PlanningPage::chooseSite(Id siteId)
{
    const int index = m_site->findData(siteId);
    if (index >= 0)
        m_site->setCurrentIndex(index);
}

void PlanningPage::chooseFloor(const std::optional<QString> &floor)
{
    const int index = floor ? m_floor->findData(*floor) : 0;
    if (index >= 0)
        m_floor->setCurrentIndex(index);
}

void PlanningPage::setMapDay(QDate day)
{
    if (!day.isValid())
        return;
    m_mapDay = m_first.isValid() ? std::clamp(day, m_first, m_last) : day;
    refreshMap();
}

void PlanningPage::refreshMap()
{
    m_filling = true;
    m_date->setDate(m_mapDay);
    if (m_first.isValid())
        m_slider->setValue(int(m_first.daysTo(m_mapDay)));
    m_filling = false;

    // The alert horizon of the preferences says how soon "ending soon" is.
    const Id siteId = m_site->currentData().toLongLong();
    m_sitePlan = floorPlanOn(m_portfolio, m_mapDay, Settings().alertMonths(), OccupancyFilter{siteId});
    FloorPlan shown = m_sitePlan;
    if (const QVariant floor = m_floor->currentData(); floor.isValid()) {
        shown.floors.removeIf([&floor](const FloorPlanFloor &each) { return each.floor != floor.toString(); });
    }
    m_map->setPlan(std::move(shown));
    showMapLegend();
}

void PlanningPage::showMapLegend()
{
    const int months = m_sitePlan.horizonMonths;
    const QString soon = months == 1 ? tr("ending within a month") : tr("ending within %1 months").arg(months);
    m_mapLegend->setText(tr("%1 occupied &nbsp;&nbsp;%2 %3 &nbsp;&nbsp;%4 free &nbsp;&nbsp;%5 out of service or archived "
                            "&nbsp;&nbsp;tiles sized by area; double-click opens the lease or the office, a right click "
                            "on a free office assigns it")
                             .arg(swatch(FloorMapView::colour(FloorOfficeState::Occupied)), swatch(FloorMapView::colour(FloorOfficeState::EndingSoon)),
                                  soon.toHtmlEscaped(), swatch(FloorMapView::colour(FloorOfficeState::Free)),
                                  swatch(FloorMapView::colour(FloorOfficeState::OutOfService))));
}

void PlanningPage::offerAssignment(const AssignmentPrefill &prefill, QPoint globalPos)
{
    m_offered = prefill;
    QString code;
    for (const Office &office : std::as_const(m_portfolio.offices)) {
        if (office.id == prefill.officeId)
            code = office.code;
    }
    const Format format;
    m_assignAction->setText(prefill.last.isValid()
                                ? tr("Assign %1 from %2 to %3…").arg(code, format.date(prefill.start), format.date(prefill.last))
                                : tr("Assign %1 from %2…").arg(code, format.date(prefill.start)));
    m_assignMenu->popup(globalPos);
}

void PlanningPage::showTimeline()
{
    m_showTimeline->setChecked(true);
    m_views->setCurrentIndex(0);
}

void PlanningPage::showFloorMap()
{
    m_showMap->setChecked(true);
    m_views->setCurrentIndex(1);
}

bool PlanningPage::floorMapShown() const
{
    return m_views->currentIndex() == 1;
}

void PlanningPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
    // The first time, from half a year back: what just ended, what runs, what comes.
    if (!m_scrolled) {
        m_scrolled = true;
        m_timeline->scrollToDay(m_clock.today().addMonths(-6));
    }
}

void PlanningPage::showZoom()
{
    static const char *const levels[] = {QT_TR_NOOP("Years"), QT_TR_NOOP("Quarters"), QT_TR_NOOP("Months"),
                                         QT_TR_NOOP("Weeks"), QT_TR_NOOP("Days")};
    const int level = m_timeline->zoomLevel();
    m_zoomText->setText(tr(levels[level]));
    m_zoomOut->setEnabled(level > 0);
    m_zoomIn->setEnabled(level + 1 < m_timeline->zoomLevels());
}

void PlanningPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void PlanningPage::retranslate()
{
    m_title->setText(tr("Planning"));
    m_showTimeline->setText(tr("Timeline"));
    m_showMap->setText(tr("Floor map"));
    m_legend->setText(tr("%1; %2", "the timeline's legend: what it shows; what the mouse does")
                          .arg(tr("<span style=\"background:#e3f2e5\">&nbsp;&nbsp;&nbsp;&nbsp;</span> free "
                                  "&nbsp;&nbsp;<span style=\"color:#d32f2f\">┃</span> today "
                                  "&nbsp;&nbsp;<span style=\"color:#c62828\">◥</span> alert on the lease "
                                  "&nbsp;&nbsp;bars in the colour of the company's sector; Ctrl+wheel zooms"),
                               tr("drag a bar's end to change it, drag along free days to assign them").toHtmlEscaped()));
    m_today->setText(tr("Today"));
    m_assign->setText(tr("Assign an office…"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    m_siteLabel->setText(tr("&Site"));
    m_floorLabel->setText(tr("&Floor"));
    m_mapToday->setText(tr("Today"));
    m_slider->setToolTip(tr("The day shown: slide back to replay the past, forward to see what is signed"));
    showZoom();
    showMapLegend();
}

} // namespace pepin
