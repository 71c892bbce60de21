// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "util/Clock.h"
#include "widgets/TimelineView.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace pepin {

struct Portfolio;
class Store;

// The planning: every office over time (widgets/TimelineView.h), by site and floor, with the
// leases as bars and the alerts of the core marked on them. It follows the database: any change
// is drawn at once. A double-click on a lease asks for it to be opened (leaseActivated).
class PlanningPage : public QWidget
{
    Q_OBJECT

public:
    PlanningPage(Store &store, const Clock &clock, QWidget *parent = nullptr);

    // The timeline's rows for `portfolio` on `today`: archived offices and cancelled leases left
    // out, the alerts shown on `today` attached to their leases.
    static QList<TimelineRow> rowsFor(const Portfolio &portfolio, QDate today);

    TimelineView *timeline() const { return m_timeline; }
    QToolButton *zoomInButton() const { return m_zoomIn; }
    QToolButton *zoomOutButton() const { return m_zoomOut; }
    QToolButton *assignButton() const { return m_assign; }

    void reload();

signals:
    void leaseActivated(pepin::Id leaseId);
    // The assignment assistant is asked for ("Assign an office…").
    void assignRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showZoom();

    Store &m_store;
    Clock m_clock;
    bool m_stale = true;
    bool m_scrolled = false;
    QLabel *m_title;
    QLabel *m_legend;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_today;
    QToolButton *m_assign;
    QLabel *m_zoomText;
    TimelineView *m_timeline;
};

} // namespace pepin
