// SPDX-License-Identifier: GPL-3.0-or-later
#include "FloorMapView.h"

#include "Treemap.h"
#include "util/Format.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace pepin {

namespace {

constexpr int bandSpacing = 10;
constexpr double tileGap = 1.5;
constexpr int padding = 5;

// "3 free", each language choosing its singular and plural.
QString countText(FloorOfficeState state, int count)
{
    const bool one = count == 1;
    switch (state) {
    case FloorOfficeState::Occupied:
        return one ? FloorMapView::tr("1 occupied") : FloorMapView::tr("%1 occupied").arg(count);
    case FloorOfficeState::EndingSoon:
        return one ? FloorMapView::tr("1 ending soon") : FloorMapView::tr("%1 ending soon").arg(count);
    case FloorOfficeState::Free:
        return one ? FloorMapView::tr("1 free") : FloorMapView::tr("%1 free").arg(count);
    case FloorOfficeState::OutOfService:
        return one ? FloorMapView::tr("1 out of service") : FloorMapView::tr("%1 out of service").arg(count);
    }
    return QString();
}

// `text` cut at its spaces into lines no wider than `width` (a word wider than that on its own).
QStringList wrap(const QString &text, const QFontMetricsF &metrics, double width)
{
    QStringList lines;
    QString current;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        if (current.isEmpty() || metrics.horizontalAdvance(longer) <= width) {
            current = longer;
        } else {
            lines << current;
            current = word;
        }
    }
    if (!current.isEmpty())
        lines << current;
    return lines;
}

} // namespace

FloorMapView::FloorMapView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("floorMap"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMouseTracking(true);
}

QColor FloorMapView::colour(FloorOfficeState state)
{
    // Blue, orange, green and grey: told apart with the common colour deficiencies too, and the
    // out-of-service tiles are hatched besides.
    switch (state) {
    case FloorOfficeState::Occupied:
        return QColor(0x3f, 0x6f, 0xa8);
    case FloorOfficeState::EndingSoon:
        return QColor(0xf2, 0x9b, 0x38);
    case FloorOfficeState::Free:
        return QColor(0x9f, 0xd8, 0xa3);
    case FloorOfficeState::OutOfService:
        return QColor(0xe0, 0xe0, 0xe0);
    }
    return QColor(0xe0, 0xe0, 0xe0);
}

QColor FloorMapView::textColour(FloorOfficeState state)
{
    return state == FloorOfficeState::Occupied ? QColor(Qt::white) : QColor(0x21, 0x21, 0x21);
}

void FloorMapView::setPlan(FloorPlan plan)
{
    m_plan = std::move(plan);
    updateGeometry();
    layoutTiles();
    update();
}

QSize FloorMapView::sizeHint() const
{
    return QSize(640, 480);
}

QSize FloorMapView::minimumSizeHint() const
{
    const int floors = int(m_plan.floors.size());
    return QSize(320, floors * (headingHeight + minimumBandHeight) + std::max(0, floors - 1) * bandSpacing);
}

void FloorMapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutTiles();
}

void FloorMapView::layoutTiles()
{
    m_bands.clear();
    m_tiles.clear();
    const int floors = int(m_plan.floors.size());
    if (floors == 0)
        return;
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    const double tilesHeight = std::max(0.0, area.height() - floors * headingHeight - (floors - 1) * bandSpacing);

    // Band heights in proportion to the floors' areas, so that every floor has the same scale,
    // except that none is lower than the minimum: those take the minimum and the others share the
    // rest, again in proportion.
    QList<double> heights(floors, 0);
    QList<bool> fixed(floors, false);
    for (int round = 0; round < floors; ++round) {
        double rest = tilesHeight;
        double weight = 0;
        for (int i = 0; i < floors; ++i) {
            if (fixed.at(i))
                rest -= minimumBandHeight;
            else
                weight += std::max(0.0, m_plan.floors.at(i).areaM2);
        }
        bool changed = false;
        for (int i = 0; i < floors; ++i) {
            if (fixed.at(i)) {
                heights[i] = minimumBandHeight;
                continue;
            }
            const double share = weight > 0 ? std::max(0.0, m_plan.floors.at(i).areaM2) / weight : 1.0 / floors;
            heights[i] = std::max(0.0, rest) * share;
            if (heights.at(i) < minimumBandHeight) {
                fixed[i] = true;
                changed = true;
            }
        }
        if (!changed)
            break;
    }

    double top = area.top();
    for (int i = 0; i < floors; ++i) {
        const FloorPlanFloor &floor = m_plan.floors.at(i);
        Band band{i, QRectF(area.left(), top, area.width(), headingHeight), QRectF(area.left(), top + headingHeight, area.width(), heights.at(i))};
        m_bands << band;
        QList<double> weights;
        for (const FloorOffice &office : floor.offices)
            weights << std::max(0.0, office.office.areaM2);
        // In the order of the codes, as people look for an office, at some cost in squareness.
        const QList<QRectF> rects = squarifiedTreemap(weights, band.tiles, TreemapOrder::AsGiven);
        for (int k = 0; k < rects.size(); ++k)
            m_tiles << Tile{i, k, rects.at(k)};
        top += headingHeight + heights.at(i) + bandSpacing;
    }
}

QRectF FloorMapView::tileRect(Id officeId) const
{
    for (const Tile &tile : m_tiles) {
        if (m_plan.floors.at(tile.floor).offices.at(tile.office).office.id == officeId)
            return tile.rect;
    }
    return {};
}

const FloorOffice *FloorMapView::officeAt(QPoint point) const
{
    for (const Tile &tile : m_tiles) {
        if (tile.rect.contains(point))
            return &m_plan.floors.at(tile.floor).offices.at(tile.office);
    }
    return nullptr;
}

QString FloorMapView::headingText(const FloorPlanFloor &floor) const
{
    const Format format;
    const QString name = floor.floor.isEmpty() ? tr("No floor given") : tr("Floor %1").arg(floor.floor);
    const int offices = int(floor.offices.size());
    // The site is named only when the plan shows several.
    const bool sites = std::any_of(m_plan.floors.cbegin(), m_plan.floors.cend(),
                                   [&floor](const FloorPlanFloor &other) { return other.siteId != floor.siteId; });
    QString text = sites ? tr("%1 — %2").arg(floor.siteName, name) : name;
    text += tr(" · %1, %2").arg(offices == 1 ? tr("1 office") : tr("%1 offices").arg(offices), format.area(floor.areaM2));
    QStringList counts;
    for (const FloorOfficeState state : {FloorOfficeState::Occupied, FloorOfficeState::EndingSoon, FloorOfficeState::Free,
                                         FloorOfficeState::OutOfService}) {
        if (const int count = floor.count(state); count > 0)
            counts << countText(state, count);
    }
    if (!counts.isEmpty())
        text += tr(" · %1").arg(counts.join(tr(", ")));
    return text;
}

void FloorMapView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QPalette &colours = palette();
    if (m_plan.floors.isEmpty()) {
        painter.setPen(colours.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No office to show."));
        return;
    }
    QFont headingFont = font();
    headingFont.setBold(true);
    for (const Band &band : std::as_const(m_bands)) {
        if (!band.heading.intersects(event->rect()))
            continue;
        painter.setFont(headingFont);
        painter.setPen(colours.color(QPalette::WindowText));
        const QRectF text = band.heading.adjusted(2, 0, -2, -4);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignBottom,
                         painter.fontMetrics().elidedText(headingText(m_plan.floors.at(band.floor)), Qt::ElideRight,
                                                          int(text.width())));
    }
    painter.setFont(font());
    for (const Tile &tile : std::as_const(m_tiles)) {
        if (tile.rect.intersects(event->rect()))
            paintTile(painter, tile);
    }
}

void FloorMapView::paintTile(QPainter &painter, const Tile &tile) const
{
    const FloorOffice &office = m_plan.floors.at(tile.floor).offices.at(tile.office);
    const QRectF box = tile.rect.adjusted(tileGap, tileGap, -tileGap, -tileGap);
    if (box.width() <= 0 || box.height() <= 0)
        return;
    const QColor fill = colour(office.state);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(fill.darker(135), 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, 3, 3);
    if (office.state == FloorOfficeState::OutOfService) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QBrush(QColor(0x9e, 0x9e, 0x9e), Qt::BDiagPattern));
        painter.drawRoundedRect(box, 3, 3);
    }
    painter.setRenderHint(QPainter::Antialiasing, false);

    const QRectF inside = box.adjusted(padding, padding - 1, -padding, -padding + 1);
    if (inside.width() < 14 || inside.height() < 10)
        return;
    // The code, then who is there and until when, then the space; what does not fit is left
    // to the tooltip.
    const Format format;
    const QDate day = m_plan.day;
    const QString space = office.office.kind == OfficeKind::Shared
        ? tr("%1, %2 workstations").arg(format.area(office.office.areaM2)).arg(office.office.workstations)
        : format.area(office.office.areaM2);
    QStringList lines;
    switch (office.state) {
    case FloorOfficeState::Occupied:
    case FloorOfficeState::EndingSoon:
        lines << office.companies().join(tr(", "));
        if (office.state == FloorOfficeState::EndingSoon && office.lastDay.isValid())
            lines << tr("until %1").arg(format.date(office.lastDay));
        lines << (office.office.kind == OfficeKind::Shared
                      ? tr("%1/%2 workstations let").arg(office.occupiedWorkstations).arg(office.office.workstations)
                      : space);
        break;
    case FloorOfficeState::Free:
        lines << space;
        if (office.nextStart.isValid())
            lines << tr("let from %1").arg(format.date(office.nextStart));
        break;
    case FloorOfficeState::OutOfService:
        if (office.office.archived)
            lines << tr("archived");
        else if (office.office.availableFrom.isValid() && day < office.office.availableFrom)
            lines << tr("available from %1").arg(format.date(office.office.availableFrom));
        else
            lines << tr("out of service");
        lines << space;
        break;
    }

    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF plainMetrics(font());
    double y = inside.top();
    painter.setPen(textColour(office.state));
    painter.setFont(bold);
    if (y + boldMetrics.height() > inside.bottom() + 2)
        return;
    painter.drawText(QRectF(inside.left(), y, inside.width(), boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     boldMetrics.elidedText(office.office.code, Qt::ElideRight, inside.width()));
    y += boldMetrics.height();
    painter.setFont(font());
    lines.removeAll(QString());
    // Each line wrapped at its spaces when the tile is tall enough for all of them so, else each
    // on one line, elided.
    const int room = int((inside.bottom() + 2 - y) / plainMetrics.height());
    QStringList wrapped;
    for (const QString &line : std::as_const(lines))
        wrapped << wrap(line, plainMetrics, inside.width());
    // Narrow tiles keep a name on one line rather than one word a line.
    const QStringList &shown = wrapped.size() <= room && inside.width() >= 90 ? wrapped : lines;
    for (const QString &line : shown) {
        if (y + plainMetrics.height() > inside.bottom() + 2)
            break;
        painter.drawText(QRectF(inside.left(), y, inside.width(), plainMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         plainMetrics.elidedText(line, Qt::ElideRight, inside.width()));
        y += plainMetrics.height();
    }
}

QString FloorMapView::tooltip(const FloorOffice &office) const
{
    const Format format;
    const QString workstations = office.office.workstations == 1 ? tr("1 workstation")
                                                                   : tr("%1 workstations").arg(office.office.workstations);
    QString text = QStringLiteral("<b>%1</b><br>%2").arg(office.office.code.toHtmlEscaped(),
                                                            tr("%1, %2").arg(format.area(office.office.areaM2), workstations)
                                                                .toHtmlEscaped());
    text += QStringLiteral("<br>")
        + tr("%1 on %2").arg(label(office.state), format.date(m_plan.day)).toHtmlEscaped();
    for (const FloorOfficeTenant &tenant : office.tenants) {
        QString line = tenant.lastDay.isValid() ? tr("%1, until %2").arg(tenant.company, format.date(tenant.lastDay))
                                                : tr("%1, open-ended").arg(tenant.company);
        if (office.office.kind == OfficeKind::Shared)
            line = tenant.workstations == 1 ? tr("%1 (1 workstation)").arg(line)
                                            : tr("%1 (%2 workstations)").arg(line, QString::number(tenant.workstations));
        text += QStringLiteral("<br>") + line.toHtmlEscaped();
    }
    if (office.state == FloorOfficeState::Free || office.state == FloorOfficeState::OutOfService) {
        if (office.nextStart.isValid())
            text += QStringLiteral("<br>") + tr("Next lease from %1").arg(format.date(office.nextStart)).toHtmlEscaped();
        else if (office.state == FloorOfficeState::Free)
            text += QStringLiteral("<br>") + tr("No lease to come").toHtmlEscaped();
    }
    if (office.state == FloorOfficeState::Free)
        text += QStringLiteral("<br><i>%1</i>").arg(tr("Right click to assign it").toHtmlEscaped());
    return text;
}

bool FloorMapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const FloorOffice *office = officeAt(help->pos()))
            QToolTip::showText(help->globalPos(), tooltip(*office), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void FloorMapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const FloorOffice *office = officeAt(event->position().toPoint());
    if (!office) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    if (const Id lease = office->leaseId())
        emit leaseActivated(lease);
    else
        emit officeActivated(office->office.id);
    event->accept();
}

void FloorMapView::contextMenuEvent(QContextMenuEvent *event)
{
    const FloorOffice *office = officeAt(event->pos());
    if (office && office->state == FloorOfficeState::Free) {
        emit assignRequested(office->office.id, event->globalPos());
        event->accept();
        return;
    }
    QWidget::contextMenuEvent(event);
}

} // namespace pepin
