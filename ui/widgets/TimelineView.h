// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QDate>
#include <QList>
#include <QStringList>

namespace pepin {

// One lease as the planning draws it.
struct TimelineBar
{
    Lease lease;
    QString company;
    QString sector;
    QColor colour;        // the sector's
    QString officeName;
    QStringList alerts;   // the alerts on this lease, as the core words them
};

// A line of the planning: a site's or a floor's heading, or an office and its leases.
struct TimelineRow
{
    enum class Kind { Site, Floor, Office };
    Kind kind = Kind::Office;
    QString label;
    Office office;            // offices only
    QList<TimelineBar> bars;  // offices only, by start
};

// Offices as rows, time across, leases as bars in their sector's colour with the company's
// name, free time shown pale, the days out of service hatched, today as a line, alerts as a
// red mark on their bar. Zooms from weeks to years (Ctrl+wheel, or zoomIn/zoomOut). Only the
// rows and days in sight are painted, so thousands of offices over decades stay smooth.
//
// Hovering a bar tells the lease. Dragging a bar's end previews its new last day, snapped to
// days, with what the domain's rules would say of it (service/LeaseLastDay.h, on the office and
// the leases the rows hold); on release, leaseEndDragged asks for the change, which whoever
// holds the data checks again and makes, or refuses. Dragging along free days of an office's
// line selects them, up to the leases on either side and the office's days in service;
// freeStretchSelected then offers them. The view holds no data of its own beyond its rows.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    // The rows, over the days from `first` to `last`, with `today` marked.
    void setRows(QList<TimelineRow> rows, QDate first, QDate last, QDate today);
    const QList<TimelineRow> &rows() const { return m_rows; }

    // Zoom levels, from years (0) to weeks.
    int zoomLevel() const { return m_zoom; }
    int zoomLevels() const;
    void setZoomLevel(int level, int anchorX = -1);
    void zoomIn() { setZoomLevel(m_zoom + 1); }
    void zoomOut() { setZoomLevel(m_zoom - 1); }
    double pixelsPerDay() const;
    // Scrolls so that `day` is near the left of the view.
    void scrollToDay(QDate day);

    // Where an office's line is on `day`, in viewport coordinates (null when not shown), and the
    // lease drawn there.
    QPoint pointOf(Id officeId, QDate day) const;
    const TimelineBar *barAt(QPoint point) const;
    // The leases drawn on an office's line on `day`.
    QList<Id> leasesOn(Id officeId, QDate day) const;
    // Where `day` ends on an office's line (the line between it and the next day): a bar's end
    // dropped there makes `day` the lease's last day. Null when the office is not shown.
    QPoint endOfDay(Id officeId, QDate day) const;
    // Where a lease's bar ends (the middle of its right edge), in viewport coordinates; null when
    // the lease is not drawn or is open-ended.
    QPoint endOf(Id leaseId) const;
    // What hovering `point` shows: the lease under it, or the office's day.
    QString toolTipAt(QPoint point) const;

    // The free days selected on an office's line (officeId 0: none).
    struct Selection
    {
        Id officeId = 0;
        QDate first;
        QDate last;
    };
    const Selection &selection() const { return m_selection; }
    void clearSelection();

    // While a bar's end is dragged: the lease (0: none), the last day it would have, and why the
    // rules would refuse it (empty: they accept it).
    Id draggedLease() const { return m_dragLease; }
    QDate draggedLastDay() const { return m_dragLast; }
    const QStringList &dragProblems() const { return m_dragProblems; }

    static constexpr int labelWidth = 170;
    static constexpr int headerHeight = 38;
    static constexpr int rowHeight = 24;

signals:
    void leaseActivated(pepin::Id leaseId);
    void zoomChanged(int level);
    // A bar's end was dropped on another day: the lease should end on `last`.
    void leaseEndDragged(pepin::Id leaseId, QDate last);
    // Free days of an office were selected (or right-clicked once selected).
    void freeStretchSelected(pepin::Id officeId, QDate first, QDate last);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateScrollBars();
    int rowAt(int y) const;
    double xOfDay(qint64 julianDay) const;
    qint64 dayAtX(double x) const;
    QRectF barRect(int row, const Lease &lease) const;
    void paintHeader(QPainter &painter, qint64 firstDay, qint64 lastDay);
    QString tooltip(const TimelineBar &bar) const;
    // The bar whose end handle is under `point`, and its row.
    const TimelineBar *endHandleAt(QPoint point, int *row) const;
    // The last day whose end is nearest to `x`.
    QDate lastDayAtX(double x) const;
    QStringList problemsWithLastDay(const TimelineRow &row, const TimelineBar &bar, QDate last) const;
    void paintNote(QPainter &painter, QPointF anchor, double rowTop, const QString &text, const QColor &accent);
    void paintDragLabel(QPainter &painter);
    void paintSelectionLabel(QPainter &painter);
    void cancelDrag();

    enum class Drag { None, End, Stretch };

    QList<TimelineRow> m_rows;
    QDate m_first;
    QDate m_last;
    QDate m_today;
    int m_zoom = 2;

    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    // A bar's end being dragged.
    int m_dragRow = -1;
    Id m_dragLease = 0;
    QDate m_dragOriginal;
    QDate m_dragLast;
    QStringList m_dragProblems;
    // Free days being selected, or selected: the row, the day pressed and how far it may go.
    int m_selectionRow = -1;
    qint64 m_stretchAnchor = 0;
    qint64 m_stretchMin = 0;
    qint64 m_stretchMax = 0;
    Selection m_selection;
};

} // namespace pepin
