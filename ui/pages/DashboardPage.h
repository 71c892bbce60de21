// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardFigures.h"
#include "PageRequest.h"
#include "util/Clock.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QToolButton;

namespace pepin {

class CountChart;
class DashboardTile;
class DateField;
class OccupancyChart;
class RentRollChart;
class SectorMixChart;
class Store;

// The first page: the key figures of a day as tiles, and charts of occupancy over time, the
// sector mix, entries and exits, stay lengths and the rent roll. A date and a site chosen at
// the top drive every tile and chart. Every figure is the core's (DashboardFigures); the page
// reads the database again after each change, an undo too, and shows it at once. A tile, or a
// slice of the sector mix, asks for the page behind it with pageRequested.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    enum class Tile {
        Area,
        Offices,
        Workstations,
        Tenants,
        FreeOffices,
        Expiries,
        Alerts,
        RentRoll,
        Vacancy,
        WaitingList,
    };
    static QList<Tile> tiles();

    DashboardPage(Store &store, const Clock &clock, QWidget *parent = nullptr);

    QDate day() const;
    void setDay(QDate day);
    std::optional<Id> siteId() const;
    // Chooses a site (nullopt: every site); false when there is no such site.
    bool setSite(std::optional<Id> siteId);

    const DashboardFigures &figures() const { return m_figures; }
    DashboardTile *tile(Tile tile) const { return m_tiles.value(int(tile)); }
    // What a click on the tile opens.
    PageRequest requestFor(Tile tile) const;

    DateField *dayField() const { return m_day; }
    QComboBox *siteBox() const { return m_site; }
    OccupancyChart *occupancyChart() const { return m_occupancyChart; }
    SectorMixChart *sectorMixChart() const { return m_sectorChart; }
    CountChart *flowsChart() const { return m_flowsChart; }
    CountChart *stayLengthsChart() const { return m_staysChart; }
    RentRollChart *rentRollChart() const { return m_rentChart; }

    // How many months ahead the leases ending and the alerts are looked for.
    int horizonMonths() const { return m_horizonMonths; }
    void setHorizonMonths(int months);

    // Reads the database again and shows it.
    void reload();

signals:
    void pageRequested(const pepin::PageRequest &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void fillSites();
    // Computes the figures again from what was read, for the day, site and span chosen.
    void recompute();
    void showFigures();
    void retranslate();
    QString siteName() const;

    Store &m_store;
    Clock m_clock;
    DashboardSources m_sources;
    DashboardFigures m_figures;
    bool m_loaded = false;
    int m_horizonMonths = defaultAlertMonths;

    QLabel *m_heading = nullptr;
    QLabel *m_dayLabel = nullptr;
    DateField *m_day = nullptr;
    QToolButton *m_today = nullptr;
    QLabel *m_siteLabel = nullptr;
    QComboBox *m_site = nullptr;
    QList<DashboardTile *> m_tiles;
    OccupancyChart *m_occupancyChart = nullptr;
    SectorMixChart *m_sectorChart = nullptr;
    CountChart *m_flowsChart = nullptr;
    CountChart *m_staysChart = nullptr;
    RentRollChart *m_rentChart = nullptr;
};

} // namespace pepin
