// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/AssignmentDialog.h"
#include "domain/Entities.h"
#include "figures/FloorPlan.h"
#include "figures/Portfolio.h"
#include "util/Clock.h"
#include "util/Result.h"
#include "widgets/TimelineView.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QSlider;
class QStackedWidget;
class QToolButton;

namespace pepin {

class DateField;
class Editing;
class FloorMapView;
class Store;

// The planning, in two views. The timeline (widgets/TimelineView.h): every office over time, by
// site and floor, with the leases as bars and the alerts of the core marked on them; a bar's end
// dragged asks for the lease to end on another day (leaseEndDragged), free days selected offer
// to assign the office over them. The floor map (widgets/FloorMapView.h): a site's floors as
// tiles sized by area, coloured by the state of each office on a day chosen with a slider or a
// date field (figures/FloorPlan.h). Both follow the database: any change is drawn at once. A
// double-click opens the lease (leaseActivated), or the office on the map when it is free
// (officeActivated). The page holds no Editing: the window applies the changes it asks for.
class PlanningPage : public QWidget
{
    Q_OBJECT

public:
    PlanningPage(Store &store, const Clock &clock, QWidget *parent = nullptr);

    // The timeline's rows for `portfolio` on `today`: archived offices and cancelled leases left
    // out, the alerts shown on `today` attached to their leases.
    static QList<TimelineRow> rowsFor(const Portfolio &portfolio, QDate today);

    // Makes lease `leaseId` end on `last` (service/LeaseLastDay.h) as one undoable edit of
    // `editing`, once the domain's rules accept it against the leases as stored. Refused,
    // nothing is written and the error says why.
    static Status changeLastDay(Editing &editing, Id leaseId, QDate last);

    TimelineView *timeline() const { return m_timeline; }
    FloorMapView *floorMap() const { return m_map; }
    QToolButton *zoomInButton() const { return m_zoomIn; }
    QToolButton *zoomOutButton() const { return m_zoomOut; }
    QToolButton *assignButton() const { return m_assign; }
    QToolButton *timelineButton() const { return m_showTimeline; }
    QToolButton *floorMapButton() const { return m_showMap; }
    QComboBox *siteCombo() const { return m_site; }
    QComboBox *floorCombo() const { return m_floor; }
    QSlider *dateSlider() const { return m_slider; }
    DateField *dateField() const { return m_date; }
    // What free days selected on the timeline (or a free office right-clicked on the map) offer.
    QMenu *assignMenu() const { return m_assignMenu; }
    QAction *assignAction() const { return m_assignAction; }
    const AssignmentPrefill &offered() const { return m_offered; }

    void showTimeline();
    void showFloorMap();
    bool floorMapShown() const;

    // The day the floor map shows, today at first.
    QDate mapDay() const { return m_mapDay; }
    void setMapDay(QDate day);
    // The floor map's site and floor ("all floors": nullopt).
    void chooseSite(Id siteId);
    void chooseFloor(const std::optional<QString> &floor);

    void reload();

signals:
    void leaseActivated(pepin::Id leaseId);
    void officeActivated(pepin::Id officeId);
    // The assignment assistant is asked for: from the toolbar (nothing prefilled), or for free
    // days of an office.
    void assignRequested(const pepin::AssignmentPrefill &prefill);
    // A lease's bar end was dropped on another day.
    void leaseEndDragged(pepin::Id leaseId, QDate last);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showZoom();
    void offerAssignment(const AssignmentPrefill &prefill, QPoint globalPos);
    void fillSites();
    void fillFloors();
    void refreshMap();
    void showMapLegend();

    Store &m_store;
    Clock m_clock;
    Portfolio m_portfolio;
    FloorPlan m_sitePlan; // every floor of the site chosen, on the map's day
    QDate m_first;
    QDate m_last;
    QDate m_mapDay;
    bool m_stale = true;
    bool m_scrolled = false;
    bool m_filling = false;
    AssignmentPrefill m_offered;

    QLabel *m_title;
    QToolButton *m_showTimeline;
    QToolButton *m_showMap;
    QToolButton *m_assign;
    QStackedWidget *m_views;

    QLabel *m_legend;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_today;
    QLabel *m_zoomText;
    TimelineView *m_timeline;

    QLabel *m_siteLabel;
    QComboBox *m_site;
    QLabel *m_floorLabel;
    QComboBox *m_floor;
    QLabel *m_firstYear;
    QSlider *m_slider;
    QLabel *m_lastYear;
    DateField *m_date;
    QToolButton *m_mapToday;
    FloorMapView *m_map;
    QLabel *m_mapLegend;

    QMenu *m_assignMenu;
    QAction *m_assignAction;
};

} // namespace pepin
