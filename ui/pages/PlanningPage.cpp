// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanningPage.h"

#include "figures/Alerts.h"
#include "figures/Portfolio.h"
#include "service/Store.h"
#include "util/Format.h"

#include <QCollator>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace pepin {

namespace {

// A lease whose company has no sector.
const QColor noSectorColour(0x9e, 0x9e, 0x9e);

} // namespace

PlanningPage::PlanningPage(Store &store, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_title(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_zoomOut(new QToolButton(this))
    , m_zoomIn(new QToolButton(this))
    , m_today(new QToolButton(this))
    , m_assign(new QToolButton(this))
    , m_zoomText(new QLabel(this))
    , m_timeline(new TimelineView(this))
{
    QFont title = m_title->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_title->setFont(title);
    m_legend->setTextFormat(Qt::RichText);
    // The legend wraps rather than widen the window past a laptop's screen (French is longer).
    m_legend->setWordWrap(true);
    m_legend->setMinimumWidth(160);
    m_zoomOut->setObjectName(QStringLiteral("zoomOut"));
    m_zoomIn->setObjectName(QStringLiteral("zoomIn"));
    m_today->setObjectName(QStringLiteral("today"));
    m_assign->setObjectName(QStringLiteral("assign"));
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomText->setMinimumWidth(m_zoomText->fontMetrics().horizontalAdvance(QStringLiteral("Trimestres et mois")));
    m_zoomText->setAlignment(Qt::AlignCenter);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addSpacing(16);
    bar->addWidget(m_legend, 1);
    bar->addWidget(m_assign);
    bar->addSpacing(8);
    bar->addWidget(m_today);
    bar->addSpacing(8);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomText);
    bar->addWidget(m_zoomIn);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(bar);
    layout->addWidget(m_timeline, 1);

    connect(m_zoomIn, &QToolButton::clicked, m_timeline, &TimelineView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_timeline, &TimelineView::zoomOut);
    connect(m_today, &QToolButton::clicked, this, [this] { m_timeline->scrollToDay(m_clock.today().addMonths(-2)); });
    connect(m_timeline, &TimelineView::zoomChanged, this, &PlanningPage::showZoom);
    connect(m_timeline, &TimelineView::leaseActivated, this, &PlanningPage::leaseActivated);
    connect(m_assign, &QToolButton::clicked, this, &PlanningPage::assignRequested);
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
    QHash<Id, const Sector *> sectors;
    for (const Sector &sector : portfolio.sectors)
        sectors.insert(sector.id, &sector);
    QHash<Id, const Company *> companies;
    for (const Company &company : portfolio.companies)
        companies.insert(company.id, &company);
    QHash<Id, QString> siteNames;
    for (const Site &site : portfolio.sites)
        siteNames.insert(site.id, site.name);

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
        const QString siteName = siteNames.value(siteId);
        rows << TimelineRow{TimelineRow::Kind::Site, siteName, {}, {}};
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
            const QString officeName = siteName.isEmpty() ? office->code : tr("%1 (%2)").arg(office->code, siteName);
            for (const Lease *lease : std::as_const(leases)) {
                const Company *company = companies.value(lease->companyId);
                const Sector *sector = company ? sectors.value(company->sectorId) : nullptr;
                const QColor colour = sector ? QColor(sector->color) : noSectorColour;
                row.bars << TimelineBar{*lease,
                                        company ? company->name : QString(),
                                        sector ? sector->name : QString(),
                                        colour.isValid() ? colour : noSectorColour,
                                        officeName,
                                        alerts.value(lease->id)};
            }
            rows << row;
        }
    }
    return rows;
}

void PlanningPage::reload()
{
    m_stale = false;
    const Portfolio portfolio = Portfolio::load(m_store);
    const QDate today = m_clock.today();
    // From a year before the first lease or today, to two years after the last day known.
    QDate first = today.addYears(-1);
    QDate last = today.addYears(2);
    for (const Lease &lease : portfolio.leases) {
        if (lease.cancelled || !lease.start.isValid())
            continue;
        first = std::min(first, lease.start);
        if (lease.lastDay().isValid())
            last = std::max(last, lease.lastDay());
    }
    first = QDate(first.year(), 1, 1);
    last = QDate(last.year() + 1, 12, 31);
    m_timeline->setRows(rowsFor(portfolio, today), first, last, today);
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
    m_legend->setText(tr("<span style=\"background:#e3f2e5\">&nbsp;&nbsp;&nbsp;&nbsp;</span> free "
                         "&nbsp;&nbsp;<span style=\"color:#d32f2f\">┃</span> today "
                         "&nbsp;&nbsp;<span style=\"color:#c62828\">◥</span> alert on the lease "
                         "&nbsp;&nbsp;bars in the colour of the company's sector; Ctrl+wheel zooms"));
    m_today->setText(tr("Today"));
    m_assign->setText(tr("Assign an office…"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    showZoom();
}

} // namespace pepin
