// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/FloorPlan.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QWidget>

namespace pepin {

// Floors as tiles: each floor of the plan a band under its heading, each office a tile of it
// sized by its area (a squarified treemap, widgets/Treemap.h), coloured by its state on the plan's
// day and labelled with its code and tenant, elided to fit. The bands share one scale, so that a
// tile of 40 m² is as big on every floor. The states come from the core (figures/FloorPlan.h):
// the view only lays out and paints. A double-click opens the lease on a tile, or the office
// when nobody occupies it; a right click on a free office asks to assign it.
class FloorMapView : public QWidget
{
    Q_OBJECT

public:
    explicit FloorMapView(QWidget *parent = nullptr);

    // The floors to draw, with their offices' states on the plan's day.
    void setPlan(FloorPlan plan);
    const FloorPlan &plan() const { return m_plan; }

    // Where an office's tile is, in widget coordinates (null when not drawn), and the office
    // under a point.
    QRectF tileRect(Id officeId) const;
    const FloorOffice *officeAt(QPoint point) const;

    static QColor colour(FloorOfficeState state);
    static QColor textColour(FloorOfficeState state);

    static constexpr int headingHeight = 26;
    static constexpr int minimumBandHeight = 110;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void leaseActivated(pepin::Id leaseId);
    void officeActivated(pepin::Id officeId);
    // A right click on an office that is free on the plan's day.
    void assignRequested(pepin::Id officeId, QPoint globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Tile
    {
        int floor = 0;
        int office = 0;
        QRectF rect;
    };
    struct Band
    {
        int floor = 0;
        QRectF heading;
        QRectF tiles;
    };

    void layoutTiles();
    void paintTile(QPainter &painter, const Tile &tile) const;
    QString headingText(const FloorPlanFloor &floor) const;
    QString tooltip(const FloorOffice &office) const;

    FloorPlan m_plan;
    QList<Band> m_bands;
    QList<Tile> m_tiles;
};

} // namespace pepin
