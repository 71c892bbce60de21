// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"

#include "DashboardTile.h"
#include "charts/CountChart.h"
#include "charts/OccupancyChart.h"
#include "charts/RentRollChart.h"
#include "charts/SectorMixChart.h"
#include "models/ApplicationTableModel.h"
#include "models/CompanyTableModel.h"
#include "models/LeaseTableModel.h"
#include "models/OfficeTableModel.h"
#include "service/Store.h"
#include "util/Format.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace pepin {

namespace {

constexpr int tileColumns = 5;

// "November 2026", capitalised in every language.
// "November 2026", "novembre 2026": inside a caption, the month as the language writes it.
QString monthOf(QDate day)
{
    return QStringLiteral("%1 %2").arg(QLocale().standaloneMonthName(day.month()), QString::number(day.year()));
}

} // namespace

QList<DashboardPage::Tile> DashboardPage::tiles()
{
    return {Tile::Area,    Tile::Offices,  Tile::Workstations, Tile::Tenants, Tile::FreeOffices,
            Tile::Expiries, Tile::Alerts,  Tile::RentRoll,     Tile::Vacancy, Tile::WaitingList};
}

DashboardPage::DashboardPage(Store &store, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
{
    build();
    m_day->setDate(m_clock.today());
    fillSites();
    retranslate();
    // After every committed change, an undo or redo too.
    connect(&m_store.database(), &Database::changed, this, &DashboardPage::reload);
    reload();
}

void DashboardPage::build()
{
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_dayLabel = new QLabel(this);
    m_day = new DateField(this);
    m_day->setObjectName(QStringLiteral("dashboardDay"));
    m_today = new QToolButton(this);
    m_siteLabel = new QLabel(this);
    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("dashboardSite"));
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_site->setMaximumWidth(m_site->fontMetrics().averageCharWidth() * 40);
    m_dayLabel->setBuddy(m_day->dateEdit());
    m_siteLabel->setBuddy(m_site);

    auto *header = new QHBoxLayout;
    header->addWidget(m_heading);
    header->addStretch(1);
    header->addWidget(m_dayLabel);
    header->addWidget(m_day);
    header->addWidget(m_today);
    header->addSpacing(16);
    header->addWidget(m_siteLabel);
    header->addWidget(m_site);

    auto *tileGrid = new QGridLayout;
    tileGrid->setSpacing(10);
    const QList<Tile> all = tiles();
    for (int i = 0; i < all.size(); ++i) {
        auto *tile = new DashboardTile(this);
        tile->setObjectName(QStringLiteral("tile%1").arg(i));
        m_tiles << tile;
        tileGrid->addWidget(tile, i / tileColumns, i % tileColumns);
        connect(tile, &DashboardTile::clicked, this, [this, which = all.at(i)] { emit pageRequested(requestFor(which)); });
    }
    for (int column = 0; column < tileColumns; ++column)
        tileGrid->setColumnStretch(column, 1);

    m_occupancyChart = new OccupancyChart(this);
    m_sectorChart = new SectorMixChart(this);
    m_flowsChart = new CountChart(CountChart::Kind::Flows, this);
    m_staysChart = new CountChart(CountChart::Kind::StayLengths, this);
    m_rentChart = new RentRollChart(this);
    // Occupancy wide, with the sector mix and its legend beside it, wide enough at 1280 pixels for
    // the longest of the default sectors' French names; the three smaller charts below.
    auto *topCharts = new QHBoxLayout;
    topCharts->setSpacing(10);
    topCharts->addWidget(m_occupancyChart, 11);
    topCharts->addWidget(m_sectorChart, 9);
    auto *bottomCharts = new QHBoxLayout;
    bottomCharts->setSpacing(10);
    bottomCharts->addWidget(m_flowsChart, 1);
    bottomCharts->addWidget(m_staysChart, 1);
    bottomCharts->addWidget(m_rentChart, 1);
    auto *charts = new QVBoxLayout;
    charts->setSpacing(10);
    charts->addLayout(topCharts, 6);
    charts->addLayout(bottomCharts, 5);
    for (ChartCard *card : std::initializer_list<ChartCard *>{m_occupancyChart, m_sectorChart, m_flowsChart,
                                                             m_staysChart, m_rentChart})
        card->setMinimumHeight(220);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(tileGrid);
    layout->addLayout(charts, 1);

    // A small window scrolls rather than squeezes the charts.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_day, &DateField::dateChanged, this, [this] { recompute(); });
    connect(m_today, &QToolButton::clicked, this, [this] { setDay(m_clock.today()); });
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    connect(m_occupancyChart, &OccupancyChart::spanChanged, this, [this] { recompute(); });
    connect(m_sectorChart, &SectorMixChart::sectorClicked, this, [this](Id sectorId, const QString &name) {
        // The companies of that sector that were tenants on the day.
        PageRequest request;
        request.pageId = QStringLiteral("companies");
        request.choices << std::pair<int, QVariant>{CompanyTableModel::Sector, sectorId == 0 ? QVariant() : QVariant(name)};
        request.day = day();
        emit pageRequested(request);
    });
}

QDate DashboardPage::day() const
{
    return m_day->date();
}

void DashboardPage::setDay(QDate day)
{
    m_day->setDate(day);
}

std::optional<Id> DashboardPage::siteId() const
{
    const QVariant data = m_site->currentData();
    return data.isValid() ? std::optional<Id>(data.toLongLong()) : std::nullopt;
}

bool DashboardPage::setSite(std::optional<Id> siteId)
{
    const int index = siteId ? m_site->findData(QVariant(*siteId)) : 0;
    if (index < 0)
        return false;
    m_site->setCurrentIndex(index);
    return true;
}

QString DashboardPage::siteName() const
{
    return siteId() ? m_site->currentText() : QString();
}

void DashboardPage::fillSites()
{
    // The site chosen, 0 for all (GCC's -O2 warns wrongly about an optional read here).
    const Id chosen = m_site->count() > 0 ? siteId().value_or(0) : 0;
    const QSignalBlocker blocker(m_site);
    m_site->clear();
    m_site->addItem(tr("All sites"));
    for (const Site &site : m_sources.portfolio.sites) {
        if (!site.archived || site.id == chosen)
            m_site->addItem(site.name, QVariant(site.id));
    }
    const int index = chosen ? m_site->findData(QVariant(chosen)) : 0;
    m_site->setCurrentIndex(std::max(index, 0));
    // One site: the choice is there, but says it all.
    m_site->setEnabled(m_site->count() > 2);
}

void DashboardPage::setHorizonMonths(int months)
{
    m_horizonMonths = std::max(months, 0);
    recompute();
}

void DashboardPage::reload()
{
    m_sources = DashboardSources::load(m_store);
    m_loaded = true;
    fillSites();
    recompute();
}

void DashboardPage::recompute()
{
    if (!m_loaded || !day().isValid())
        return;
    m_figures = DashboardFigures::compute(m_sources, day(), siteId(), m_clock.today(), m_occupancyChart->span(),
                                          m_occupancyChart->customRange(), m_horizonMonths);
    showFigures();
}

PageRequest DashboardPage::requestFor(Tile tile) const
{
    const QVariant site = siteId() ? QVariant(siteName()) : QVariant();
    PageRequest request;
    switch (tile) {
    case Tile::Area:
    case Tile::Offices:
    case Tile::Workstations:
        request.pageId = QStringLiteral("offices");
        request.choices << std::pair<int, QVariant>{OfficeTableModel::Site, site};
        request.day = day(); // occupied on the day
        request.dayTest = 1;
        break;
    case Tile::FreeOffices:
    case Tile::Vacancy:
        request.pageId = QStringLiteral("offices");
        request.choices << std::pair<int, QVariant>{OfficeTableModel::Site, site};
        request.day = day(); // free on the day
        request.dayTest = 2;
        break;
    case Tile::Tenants:
        request.pageId = QStringLiteral("companies");
        request.day = day(); // tenant on the day
        break;
    case Tile::Expiries:
    case Tile::Alerts:
    case Tile::RentRoll:
        request.pageId = QStringLiteral("leases");
        request.choices << std::pair<int, QVariant>{LeaseTableModel::Site, site};
        request.day = day(); // active on the day
        break;
    case Tile::WaitingList:
        request.pageId = QStringLiteral("applications");
        break;
    }
    return request;
}

void DashboardPage::showFigures()
{
    const Format f{QLocale()};
    const DashboardFigures &d = m_figures;
    using Tone = DashboardTile::Tone;

    tile(Tile::Area)->setFigure(f.percent(d.occupancy.area.rate),
                                tr("%1 / %2", "m² occupied / in service").arg(f.number(d.occupancy.area.occupied), f.area(d.occupancy.area.total)));
    tile(Tile::Offices)->setFigure(f.percent(d.occupancy.offices.rate),
                                   tr("%1 / %2 offices").arg(f.number(d.occupancy.offices.occupied), f.number(d.occupancy.offices.total)));
    tile(Tile::Workstations)->setFigure(f.percent(d.occupancy.workstations.rate),
                                        tr("%1 / %2 workstations")
                                            .arg(f.number(d.occupancy.workstations.occupied), f.number(d.occupancy.workstations.total)));
    tile(Tile::Tenants)->setFigure(f.integer(d.tenants), tr("with an active lease"));
    tile(Tile::FreeOffices)->setFigure(f.number(d.occupancy.offices.free()),
                                       tr("%1 free", "m² of the free offices").arg(f.area(d.occupancy.area.free())));
    tile(Tile::Expiries)->setFigure(f.integer(d.expiries.size()), tr("by %1 (%2 months)").arg(f.date(d.horizonEnd)).arg(d.horizonMonths),
                                    d.expiries.isEmpty() ? Tone::Normal : Tone::Warning);
    QString alertDetail = tr("none within %1 months").arg(d.horizonMonths);
    if (d.criticalAlerts > 0)
        alertDetail = tr("%1 critical, to act on").arg(f.integer(d.criticalAlerts));
    else if (!d.alerts.isEmpty())
        alertDetail = tr("none critical yet");
    tile(Tile::Alerts)->setFigure(f.integer(d.alerts.size()), alertDetail,
                                  d.criticalAlerts > 0 ? Tone::Critical : d.alerts.isEmpty() ? Tone::Normal : Tone::Warning);
    tile(Tile::RentRoll)->setFigure(f.money(d.rentMonth.rentCents),
                                    tr("excl. VAT; charges %1").arg(f.money(d.rentMonth.chargesCents)));
    tile(Tile::Vacancy)->setFigure(f.money(d.rentMonth.vacancyCents), tr("free space at reference rent"));
    tile(Tile::WaitingList)->setFigure(f.integer(d.waiting), tr("applications still waiting"));
    tile(Tile::RentRoll)->setCaption(tr("Rent roll, %1").arg(monthOf(d.day)));
    tile(Tile::Vacancy)->setCaption(tr("Vacancy cost, %1").arg(monthOf(d.day)));

    m_occupancyChart->setData(d.occupancySeries);
    m_sectorChart->setMix(d.sectors);
    m_flowsChart->setData(flowBars(d.flows));
    m_staysChart->setData(stayBars(d.stays));
    m_rentChart->setData(d.rentRoll);
}

void DashboardPage::retranslate()
{
    m_heading->setText(tr("Dashboard"));
    m_dayLabel->setText(tr("&As of"));
    m_today->setText(tr("Today"));
    m_today->setToolTip(tr("Back to today's figures"));
    m_siteLabel->setText(tr("&Site"));
    if (m_site->count() > 0)
        m_site->setItemText(0, tr("All sites"));
    tile(Tile::Area)->setCaption(tr("Occupancy by area"));
    tile(Tile::Offices)->setCaption(tr("Occupancy by office"));
    tile(Tile::Workstations)->setCaption(tr("Occupancy by workstation"));
    tile(Tile::Tenants)->setCaption(tr("Tenants"));
    tile(Tile::FreeOffices)->setCaption(tr("Free offices"));
    tile(Tile::Expiries)->setCaption(tr("Leases ending"));
    tile(Tile::Alerts)->setCaption(tr("Legal and policy alerts"));
    tile(Tile::WaitingList)->setCaption(tr("Waiting list"));
    const QList<Tile> all = tiles();
    for (const Tile which : all) {
        const QString page = requestFor(which).pageId;
        const bool free = which == Tile::FreeOffices || which == Tile::Vacancy;
        tile(which)->setToolTip(page == QLatin1String("offices")    ? (free ? tr("Open the offices free that day") : tr("Open the offices occupied that day"))
                                : page == QLatin1String("companies") ? tr("Open the tenants of that day")
                                : page == QLatin1String("leases")    ? tr("Open the leases active that day")
                                                                     : tr("Open the waiting list"));
    }
    if (m_figures.day.isValid())
        showFigures();
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pepin
