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

    static constexpr int labelWidth = 170;
    static constexpr int headerHeight = 38;
    static constexpr int rowHeight = 24;

signals:
    void leaseActivated(pepin::Id leaseId);
    void zoomChanged(int level);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateScrollBars();
    int rowAt(int y) const;
    double xOfDay(qint64 julianDay) const;
    qint64 dayAtX(double x) const;
    QRectF barRect(int row, const Lease &lease) const;
    void paintHeader(QPainter &painter, qint64 firstDay, qint64 lastDay);
    QString tooltip(const TimelineBar &bar) const;

    QList<TimelineRow> m_rows;
    QDate m_first;
    QDate m_last;
    QDate m_today;
    int m_zoom = 2;
};

} // namespace pepin
