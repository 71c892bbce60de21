// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineView.h"

#include "service/LeaseLastDay.h"
#include "util/Format.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace pepin {

namespace {

// From years to weeks: about 44 px a year, 11 px a month, 30 px a month, 21 px a week, 56 px a week.
constexpr std::array<double, 5> zoomPixelsPerDay{0.12, 0.36, 1.0, 3.0, 8.0};
constexpr int bandHeight = TimelineView::headerHeight / 2;

const QColor freeColour(0xe3, 0xf2, 0xe5);
const QColor alertColour(0xc6, 0x28, 0x28);
const QColor todayColour(0xd3, 0x2f, 0x2f);
const QColor refusedColour(0xc6, 0x28, 0x28);
const QColor selectionColour(0x15, 0x65, 0xc0);
// How far from a bar's end (in pixels) a press grabs the end rather than the bar.
constexpr int handleReach = 5;
// How far the mouse must move, pressed, before free days count as selected rather than clicked.
constexpr int selectDistance = 4;

QColor textOn(const QColor &background)
{
    // Perceived lightness, as in WCAG's relative luminance, rounded to a choice of two.
    const double light = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return light > 0.6 ? QColor(0x21, 0x21, 0x21) : Qt::white;
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("timeline"));
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    horizontalScrollBar()->setSingleStep(40);
    verticalScrollBar()->setSingleStep(rowHeight);
}

void TimelineView::setRows(QList<TimelineRow> rows, QDate first, QDate last, QDate today)
{
    // Keep the day at the left of the view where it was, over a refresh.
    const bool keep = m_first.isValid();
    const qint64 leftDay = keep ? dayAtX(labelWidth) : 0;
    // What was dragged or selected refers to rows that are no longer there.
    cancelDrag();
    m_selection = Selection{};
    m_selectionRow = -1;
    m_rows = std::move(rows);
    m_first = first;
    m_last = last;
    m_today = today;
    updateScrollBars();
    if (keep)
        horizontalScrollBar()->setValue(int((leftDay - m_first.toJulianDay()) * pixelsPerDay()));
    viewport()->update();
}

int TimelineView::zoomLevels() const
{
    return int(zoomPixelsPerDay.size());
}

double TimelineView::pixelsPerDay() const
{
    return zoomPixelsPerDay[std::size_t(m_zoom)];
}

void TimelineView::setZoomLevel(int level, int anchorX)
{
    level = std::clamp(level, 0, zoomLevels() - 1);
    if (level == m_zoom)
        return;
    // The day under the anchor (the mouse, or the middle of the view) stays where it is.
    const int anchor = anchorX >= labelWidth ? anchorX : labelWidth + (viewport()->width() - labelWidth) / 2;
    const double day = (anchor - labelWidth + horizontalScrollBar()->value()) / pixelsPerDay();
    m_zoom = level;
    updateScrollBars();
    horizontalScrollBar()->setValue(int(std::lround(day * pixelsPerDay() - (anchor - labelWidth))));
    viewport()->update();
    emit zoomChanged(m_zoom);
}

void TimelineView::scrollToDay(QDate day)
{
    if (!m_first.isValid() || !day.isValid())
        return;
    horizontalScrollBar()->setValue(int(m_first.daysTo(day) * pixelsPerDay()));
}

void TimelineView::updateScrollBars()
{
    const int width = m_first.isValid() ? int(std::ceil((m_first.daysTo(m_last) + 1) * pixelsPerDay())) : 0;
    const int shownWidth = std::max(0, viewport()->width() - labelWidth);
    horizontalScrollBar()->setRange(0, std::max(0, width - shownWidth));
    horizontalScrollBar()->setPageStep(shownWidth);
    const int height = int(m_rows.size()) * rowHeight;
    const int shownHeight = std::max(0, viewport()->height() - headerHeight);
    verticalScrollBar()->setRange(0, std::max(0, height - shownHeight));
    verticalScrollBar()->setPageStep(shownHeight);
}

double TimelineView::xOfDay(qint64 julianDay) const
{
    return labelWidth + (julianDay - m_first.toJulianDay()) * pixelsPerDay() - horizontalScrollBar()->value();
}

qint64 TimelineView::dayAtX(double x) const
{
    return m_first.toJulianDay() + qint64(std::floor((x - labelWidth + horizontalScrollBar()->value()) / pixelsPerDay()));
}

int TimelineView::rowAt(int y) const
{
    if (y < headerHeight)
        return -1;
    const int row = (y - headerHeight + verticalScrollBar()->value()) / rowHeight;
    return row < m_rows.size() ? row : -1;
}

QRectF TimelineView::barRect(int row, const Lease &lease) const
{
    const double top = headerHeight + row * rowHeight - verticalScrollBar()->value() + 3;
    const double left = xOfDay(lease.start.toJulianDay());
    const QDate last = lease.lastDay();
    const double right = last.isValid() ? xOfDay(last.toJulianDay() + 1) : xOfDay(m_last.toJulianDay() + 1);
    return QRectF(left, top, std::max(2.0, right - left), rowHeight - 6);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    // The day at the left edge stays there.
    const int value = horizontalScrollBar()->value();
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    horizontalScrollBar()->setValue(value);
}

void TimelineView::paintHeader(QPainter &painter, qint64 firstDay, qint64 lastDay)
{
    const QLocale locale;
    const QPalette &colours = palette();
    painter.fillRect(QRect(0, 0, viewport()->width(), headerHeight), colours.window());
    painter.setPen(colours.color(QPalette::Mid));
    painter.drawLine(0, headerHeight - 1, viewport()->width(), headerHeight - 1);

    // Upper band: years, or months with their year from 3 px a day on. Lower band: quarters,
    // months, or the Mondays. Each tick also draws a faint line down the rows.
    const QDate from = QDate::fromJulianDay(firstDay);
    const QDate to = QDate::fromJulianDay(lastDay);
    const bool monthsAbove = m_zoom >= 3;
    QFont small = painter.font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter.setFont(small);

    auto label = [&](qint64 day, qint64 next, int top, const QString &text) {
        const double left = std::max<double>(labelWidth, xOfDay(day));
        const double right = xOfDay(next);
        if (right - left < 12)
            return;
        painter.setPen(colours.color(QPalette::WindowText));
        const QRectF area(left + 4, top, right - left - 6, bandHeight);
        painter.drawText(area, Qt::AlignVCenter | Qt::AlignLeft,
                         painter.fontMetrics().elidedText(text, Qt::ElideRight, int(area.width())));
    };
    auto tick = [&](qint64 day, bool strong) {
        const double x = xOfDay(day);
        if (x < labelWidth)
            return;
        painter.setPen(strong ? colours.color(QPalette::Mid) : colours.color(QPalette::Midlight));
        painter.drawLine(QPointF(x, strong ? 0 : bandHeight), QPointF(x, headerHeight));
    };

    if (monthsAbove) {
        for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
            tick(month.toJulianDay(), true);
            label(month.toJulianDay(), month.addMonths(1).toJulianDay(), 0,
                  locale.toString(month, QStringLiteral("MMMM yyyy")));
        }
        QDate monday = from.addDays(1 - from.dayOfWeek());
        for (; monday <= to; monday = monday.addDays(7)) {
            tick(monday.toJulianDay(), false);
            label(monday.toJulianDay(), monday.addDays(7).toJulianDay(), bandHeight, QString::number(monday.day()));
        }
        return;
    }
    for (int year = from.year(); year <= to.year(); ++year) {
        const QDate start(year, 1, 1);
        tick(start.toJulianDay(), true);
        label(start.toJulianDay(), start.addYears(1).toJulianDay(), 0, QString::number(year));
    }
    if (m_zoom == 0)
        return;
    // Short month names when the narrowest period holds the widest of them, else initials, the
    // same for every month rather than some cut short.
    const int stepMonths = m_zoom == 1 ? 3 : 1;
    int widest = 0;
    for (int month = 1; month <= 12; month += stepMonths)
        widest = std::max(widest, painter.fontMetrics().horizontalAdvance(locale.monthName(month, QLocale::ShortFormat)));
    const QLocale::FormatType names = widest + 8 <= 28 * stepMonths * pixelsPerDay() ? QLocale::ShortFormat
                                                                                       : QLocale::NarrowFormat;
    for (QDate month(from.year(), 1, 1); month <= to; month = month.addMonths(stepMonths)) {
        if (month.addMonths(stepMonths) <= from)
            continue;
        tick(month.toJulianDay(), false);
        label(month.toJulianDay(), month.addMonths(stepMonths).toJulianDay(), bandHeight, locale.monthName(month.month(), names));
    }
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &colours = palette();
    const int width = viewport()->width();
    const int height = viewport()->height();
    if (!m_first.isValid())
        return;

    // Only what is in sight: the rows from the first to the last visible, the days likewise.
    const qint64 firstDay = std::max(m_first.toJulianDay(), dayAtX(labelWidth));
    const qint64 lastDay = std::min(m_last.toJulianDay(), dayAtX(width) + 1);
    const int firstRow = std::max(0, verticalScrollBar()->value() / rowHeight);
    const int lastRow = std::min(int(m_rows.size()) - 1, (verticalScrollBar()->value() + height - headerHeight) / rowHeight);
    const double timeLeft = std::max<double>(labelWidth, xOfDay(m_first.toJulianDay()));
    const double timeRight = std::min<double>(width, xOfDay(m_last.toJulianDay() + 1));

    painter.setClipRect(QRect(0, headerHeight, width, height - headerHeight));
    for (int row = firstRow; row <= lastRow; ++row) {
        const TimelineRow &line = m_rows.at(row);
        const int top = headerHeight + row * rowHeight - verticalScrollBar()->value();
        const QRectF band(timeLeft, top, timeRight - timeLeft, rowHeight);
        if (line.kind == TimelineRow::Kind::Site) {
            painter.fillRect(QRect(0, top, width, rowHeight), colours.mid());
            continue;
        }
        if (line.kind == TimelineRow::Kind::Floor) {
            painter.fillRect(QRect(0, top, width, rowHeight), colours.midlight());
            continue;
        }
        // Free where in service (pale green), hatched where it cannot be let.
        const Office &office = line.office;
        const qint64 serviceFirst = office.availableFrom.isValid() ? office.availableFrom.toJulianDay() : firstDay;
        const qint64 serviceLast = office.availableUntil.isValid() ? office.availableUntil.toJulianDay() : lastDay;
        painter.fillRect(band, QBrush(colours.color(QPalette::Midlight), Qt::BDiagPattern));
        if (serviceFirst <= serviceLast) {
            const double left = std::max(band.left(), xOfDay(serviceFirst));
            const double right = std::min(band.right(), xOfDay(serviceLast + 1));
            if (right > left)
                painter.fillRect(QRectF(left, top + 1, right - left, rowHeight - 2), freeColour);
        }
        painter.setPen(colours.color(QPalette::Midlight));
        painter.drawLine(QPointF(0, top + rowHeight - 0.5), QPointF(width, top + rowHeight - 0.5));

        painter.setRenderHint(QPainter::Antialiasing, true);
        for (const TimelineBar &bar : line.bars) {
            // The bar whose end is dragged is drawn to the day it would end on.
            const bool dragged = m_drag == Drag::End && bar.lease.id == m_dragLease;
            Lease preview;
            if (dragged)
                preview = withLastDay(bar.lease, m_dragLast);
            const Lease &lease = dragged ? preview : bar.lease;
            const QDate last = lease.lastDay();
            if (lease.start.toJulianDay() > lastDay || (last.isValid() && last.toJulianDay() < firstDay))
                continue;
            const QRectF rect = barRect(row, lease);
            painter.setPen(bar.alerts.isEmpty() ? QPen(bar.colour.darker(130), 1) : QPen(alertColour, 2));
            painter.setBrush(bar.colour);
            if (dragged) {
                // Dashed while it is only a proposal; red and hatched where the rules refuse it.
                QPen pen(m_dragProblems.isEmpty() ? selectionColour : refusedColour, 2, Qt::DashLine);
                painter.setPen(pen);
            }
            painter.drawRoundedRect(rect, 3, 3);
            if (dragged && !m_dragProblems.isEmpty()) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(QBrush(refusedColour, Qt::BDiagPattern));
                painter.drawRoundedRect(rect, 3, 3);
            }
            if (!bar.alerts.isEmpty()) {
                // A red corner at the bar's end: something to look at before the date.
                QPainterPath corner;
                const QPointF end = rect.topRight();
                corner.moveTo(end);
                corner.lineTo(end - QPointF(9, 0));
                corner.lineTo(end + QPointF(0, 9));
                corner.closeSubpath();
                painter.fillPath(corner, alertColour);
            }
            const QRectF text = rect.adjusted(5, 0, -6, 0).intersected(QRectF(labelWidth + 2, rect.top(), width, rect.height()));
            if (text.width() > 14) {
                painter.setPen(textOn(bar.colour));
                painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                                 painter.fontMetrics().elidedText(bar.company, Qt::ElideRight, int(text.width())));
            }
        }
        painter.setRenderHint(QPainter::Antialiasing, false);

        if (row == m_selectionRow && m_selection.officeId != 0) {
            const double left = std::max(band.left(), xOfDay(m_selection.first.toJulianDay()));
            const double right = std::min(band.right(), xOfDay(m_selection.last.toJulianDay() + 1));
            if (right > left) {
                // Not a bar: a pale fill in a dashed frame.
                QColor fill = selectionColour;
                fill.setAlpha(45);
                painter.fillRect(QRectF(left, top + 2, right - left, rowHeight - 4), fill);
                painter.setPen(QPen(selectionColour, 1, Qt::DashLine));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(QRectF(left, top + 2, right - left - 1, rowHeight - 5));
            }
        }
    }

    // Today, across every row.
    if (m_today.isValid() && m_today.toJulianDay() >= firstDay && m_today.toJulianDay() <= lastDay) {
        const double x = xOfDay(m_today.toJulianDay()) + pixelsPerDay() / 2;
        painter.setPen(QPen(todayColour, 2));
        painter.drawLine(QPointF(x, headerHeight), QPointF(x, height));
    }

    // The office column, over what scrolled under it.
    painter.fillRect(QRect(0, headerHeight, labelWidth, height - headerHeight), colours.window());
    painter.setPen(colours.color(QPalette::Mid));
    painter.drawLine(labelWidth - 1, headerHeight, labelWidth - 1, height);
    for (int row = firstRow; row <= lastRow; ++row) {
        const TimelineRow &line = m_rows.at(row);
        const int top = headerHeight + row * rowHeight - verticalScrollBar()->value();
        QFont font = painter.font();
        font.setBold(line.kind == TimelineRow::Kind::Site);
        painter.setFont(font);
        if (line.kind == TimelineRow::Kind::Site)
            painter.fillRect(QRect(0, top, labelWidth, rowHeight), colours.mid());
        else if (line.kind == TimelineRow::Kind::Floor)
            painter.fillRect(QRect(0, top, labelWidth, rowHeight), colours.midlight());
        const int indent = line.kind == TimelineRow::Kind::Site ? 6 : line.kind == TimelineRow::Kind::Floor ? 14 : 24;
        // A site's name runs on across its heading line, which has nothing else to show.
        const int right = line.kind == TimelineRow::Kind::Site ? width : labelWidth;
        const QRect area(indent, top, right - indent - 6, rowHeight);
        painter.setPen(colours.color(QPalette::WindowText));
        painter.drawText(area, Qt::AlignVCenter | Qt::AlignLeft,
                         painter.fontMetrics().elidedText(line.label, Qt::ElideRight, area.width()));
    }

    painter.setClipping(false);
    QFont plain = painter.font();
    plain.setBold(false);
    painter.setFont(plain);
    paintHeader(painter, firstDay, lastDay);
    painter.fillRect(QRect(0, 0, labelWidth, headerHeight), colours.window());
    painter.setPen(colours.color(QPalette::Mid));
    painter.drawLine(labelWidth - 1, 0, labelWidth - 1, headerHeight);
    painter.drawLine(0, headerHeight - 1, labelWidth, headerHeight - 1);
    if (m_today.isValid() && m_today.toJulianDay() >= firstDay && m_today.toJulianDay() <= lastDay) {
        const double x = xOfDay(m_today.toJulianDay()) + pixelsPerDay() / 2;
        painter.setPen(QPen(todayColour, 2));
        painter.drawLine(QPointF(x, bandHeight), QPointF(x, headerHeight));
    }
    if (m_drag == Drag::End)
        paintDragLabel(painter);
    else if (m_selection.officeId != 0)
        paintSelectionLabel(painter);
}

QPoint TimelineView::pointOf(Id officeId, QDate day) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).kind != TimelineRow::Kind::Office || m_rows.at(row).office.id != officeId)
            continue;
        const int y = headerHeight + row * rowHeight - verticalScrollBar()->value() + rowHeight / 2;
        const double x = xOfDay(day.toJulianDay()) + pixelsPerDay() / 2;
        return QPoint(int(x), y);
    }
    return {};
}

const TimelineBar *TimelineView::barAt(QPoint point) const
{
    const int row = rowAt(point.y());
    if (row < 0 || point.x() < labelWidth || m_rows.at(row).kind != TimelineRow::Kind::Office)
        return nullptr;
    for (const TimelineBar &bar : m_rows.at(row).bars) {
        if (barRect(row, bar.lease).adjusted(0, -3, 0, 3).contains(point))
            return &bar;
    }
    return nullptr;
}

QList<Id> TimelineView::leasesOn(Id officeId, QDate day) const
{
    QList<Id> ids;
    for (const TimelineRow &row : m_rows) {
        if (row.kind != TimelineRow::Kind::Office || row.office.id != officeId)
            continue;
        for (const TimelineBar &bar : row.bars) {
            if (bar.lease.activeOn(day))
                ids << bar.lease.id;
        }
    }
    return ids;
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setZoomLevel(m_zoom + (steps > 0 ? 1 : -1), int(event->position().x()));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const TimelineBar *bar = barAt(event->position().toPoint())) {
        emit leaseActivated(bar->lease.id);
        event->accept();
        return;
    }
    QAbstractScrollArea::mouseDoubleClickEvent(event);
}

QPoint TimelineView::endOfDay(Id officeId, QDate day) const
{
    const QPoint middle = pointOf(officeId, day);
    if (middle.isNull())
        return {};
    return QPoint(int(std::lround(xOfDay(day.toJulianDay() + 1))), middle.y());
}

QPoint TimelineView::endOf(Id leaseId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        for (const TimelineBar &bar : m_rows.at(row).bars) {
            if (bar.lease.id != leaseId)
                continue;
            if (!bar.lease.lastDay().isValid())
                return {};
            const QRectF rect = barRect(row, bar.lease);
            return QPoint(int(std::lround(rect.right())), int(rect.center().y()));
        }
    }
    return {};
}

const TimelineBar *TimelineView::endHandleAt(QPoint point, int *row) const
{
    const int line = rowAt(point.y());
    if (line < 0 || point.x() < labelWidth || m_rows.at(line).kind != TimelineRow::Kind::Office)
        return nullptr;
    // The nearest end within reach: two bars may end and start side by side.
    const TimelineBar *nearest = nullptr;
    double distance = handleReach + 1;
    for (const TimelineBar &bar : m_rows.at(line).bars) {
        if (!bar.lease.lastDay().isValid())
            continue;
        const QRectF rect = barRect(line, bar.lease);
        const double away = std::abs(point.x() - rect.right());
        if (away <= handleReach && away < distance && point.y() >= rect.top() - 3 && point.y() <= rect.bottom() + 3) {
            nearest = &bar;
            distance = away;
        }
    }
    if (nearest && row)
        *row = line;
    return nearest;
}

QDate TimelineView::lastDayAtX(double x) const
{
    // The boundary between two days nearest to x; the last day is the one before it.
    const qint64 boundary = m_first.toJulianDay() + std::llround((x - labelWidth + horizontalScrollBar()->value()) / pixelsPerDay());
    return QDate::fromJulianDay(boundary - 1);
}

QStringList TimelineView::problemsWithLastDay(const TimelineRow &row, const TimelineBar &bar, QDate last) const
{
    QList<Lease> leases;
    for (const TimelineBar &other : row.bars)
        leases << other.lease;
    const auto companyName = [&row](Id companyId) {
        for (const TimelineBar &other : row.bars) {
            if (other.lease.companyId == companyId)
                return other.company;
        }
        return QString();
    };
    QStringList messages;
    for (const Problem &problem : checkLastDay(withLastDay(bar.lease, last), row.office, bar.officeName, leases, companyName))
        messages << problem.message;
    return messages;
}

void TimelineView::cancelDrag()
{
    const bool dragging = m_drag != Drag::None;
    if (m_drag == Drag::Stretch) {
        m_selection = Selection{};
        m_selectionRow = -1;
    }
    m_drag = Drag::None;
    m_dragRow = -1;
    m_dragLease = 0;
    m_dragOriginal = QDate();
    m_dragLast = QDate();
    m_dragProblems.clear();
    if (dragging)
        viewport()->update();
}

void TimelineView::clearSelection()
{
    if (m_selection.officeId == 0)
        return;
    m_selection = Selection{};
    m_selectionRow = -1;
    viewport()->update();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_first.isValid()) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    int row = -1;
    if (const TimelineBar *bar = endHandleAt(pos, &row)) {
        clearSelection();
        m_drag = Drag::End;
        m_dragRow = row;
        m_dragLease = bar->lease.id;
        m_dragOriginal = bar->lease.lastDay();
        m_dragLast = m_dragOriginal;
        m_dragProblems.clear();
        viewport()->update();
        event->accept();
        return;
    }
    row = rowAt(pos.y());
    clearSelection();
    if (row < 0 || pos.x() < labelWidth || m_rows.at(row).kind != TimelineRow::Kind::Office || barAt(pos)) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    // Free days from the day pressed: as far as the leases on either side and the office's days
    // in service let the selection go.
    const TimelineRow &line = m_rows.at(row);
    const qint64 day = dayAtX(pos.x());
    qint64 low = m_first.toJulianDay();
    qint64 high = m_last.toJulianDay();
    if (line.office.availableFrom.isValid())
        low = std::max(low, line.office.availableFrom.toJulianDay());
    if (line.office.availableUntil.isValid())
        high = std::min(high, line.office.availableUntil.toJulianDay());
    for (const TimelineBar &bar : line.bars) {
        const QDate last = bar.lease.lastDay();
        if (last.isValid() && last.toJulianDay() < day)
            low = std::max(low, last.toJulianDay() + 1);
        else if (bar.lease.start.toJulianDay() > day)
            high = std::min(high, bar.lease.start.toJulianDay() - 1);
        else
            low = high + 1; // the day is let: nothing to select
    }
    if (day < low || day > high) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_drag = Drag::Stretch;
    m_selectionRow = row;
    m_stretchAnchor = day;
    m_stretchMin = low;
    m_stretchMax = high;
    m_selection = Selection{line.office.id, QDate::fromJulianDay(day), QDate::fromJulianDay(day)};
    viewport()->update();
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    switch (m_drag) {
    case Drag::End: {
        const TimelineRow &row = m_rows.at(m_dragRow);
        const TimelineBar *bar = nullptr;
        for (const TimelineBar &candidate : row.bars) {
            if (candidate.lease.id == m_dragLease)
                bar = &candidate;
        }
        if (!bar) {
            cancelDrag();
            break;
        }
        const QDate last = std::max(lastDayAtX(pos.x()), bar->lease.start);
        if (last != m_dragLast) {
            m_dragLast = last;
            m_dragProblems = last == m_dragOriginal ? QStringList() : problemsWithLastDay(row, *bar, last);
            viewport()->update();
        }
        event->accept();
        return;
    }
    case Drag::Stretch: {
        const qint64 day = std::clamp(dayAtX(pos.x()), m_stretchMin, m_stretchMax);
        const Selection selection{m_selection.officeId, QDate::fromJulianDay(std::min(day, m_stretchAnchor)),
                                  QDate::fromJulianDay(std::max(day, m_stretchAnchor))};
        if (selection.first != m_selection.first || selection.last != m_selection.last) {
            m_selection = selection;
            viewport()->update();
        }
        event->accept();
        return;
    }
    case Drag::None:
        // The end of a bar can be grabbed: say so with the cursor.
        if (endHandleAt(pos, nullptr))
            viewport()->setCursor(Qt::SizeHorCursor);
        else
            viewport()->unsetCursor();
        break;
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    event->accept();
    if (m_drag == Drag::End) {
        const Id lease = m_dragLease;
        const QDate last = m_dragLast;
        const bool moved = last.isValid() && last != m_dragOriginal;
        // Drawn as stored again: the bar moves when the change is made, and stays when refused.
        cancelDrag();
        if (moved)
            emit leaseEndDragged(lease, last);
        return;
    }
    m_drag = Drag::None;
    if ((event->position().toPoint() - m_pressPos).manhattanLength() < selectDistance) {
        clearSelection(); // a click, not a selection
        return;
    }
    viewport()->update();
    emit freeStretchSelected(m_selection.officeId, m_selection.first, m_selection.last);
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    const int row = rowAt(event->pos().y());
    if (m_selection.officeId != 0 && row == m_selectionRow) {
        const qint64 day = dayAtX(event->pos().x());
        if (day >= m_selection.first.toJulianDay() && day <= m_selection.last.toJulianDay()) {
            emit freeStretchSelected(m_selection.officeId, m_selection.first, m_selection.last);
            event->accept();
            return;
        }
    }
    QAbstractScrollArea::contextMenuEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && (m_drag != Drag::None || m_selection.officeId != 0)) {
        cancelDrag();
        clearSelection();
        event->accept();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimelineView::paintNote(QPainter &painter, QPointF anchor, double rowTop, const QString &text, const QColor &accent)
{
    // A note under the row (over it when there is no room below), from `anchor` on, kept in the
    // time area; long texts wrap.
    const QFontMetrics metrics = painter.fontMetrics();
    const int room = viewport()->width() - labelWidth - 8;
    const int widest = std::max(120, std::min(460, room));
    const QRect needed = metrics.boundingRect(QRect(0, 0, widest - 12, 1000), Qt::TextWordWrap, text);
    const double width = needed.width() + 14;
    const double height = needed.height() + 8;
    QRectF box(anchor.x(), rowTop + rowHeight + 1, width, height);
    if (box.right() > viewport()->width() - 4)
        box.moveRight(viewport()->width() - 4);
    if (box.left() < labelWidth + 2)
        box.moveLeft(labelWidth + 2);
    if (box.bottom() > viewport()->height() - 2)
        box.moveBottom(rowTop - 1);
    painter.setPen(accent);
    painter.setBrush(palette().color(QPalette::ToolTipBase));
    painter.drawRect(box);
    painter.setPen(accent == refusedColour ? refusedColour : palette().color(QPalette::ToolTipText));
    painter.drawText(box.adjusted(7, 4, -7, -4), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
}

void TimelineView::paintDragLabel(QPainter &painter)
{
    if (m_dragRow < 0 || !m_dragLast.isValid())
        return;
    const Format format;
    QString text = m_dragLast == m_dragOriginal ? tr("Ends on %1").arg(format.date(m_dragLast))
                                                : tr("Ends on %1 instead of %2").arg(format.date(m_dragLast), format.date(m_dragOriginal));
    if (!m_dragProblems.isEmpty())
        text = tr("%1: refused. %2").arg(text, m_dragProblems.first());
    const double top = headerHeight + m_dragRow * rowHeight - verticalScrollBar()->value();
    paintNote(painter, QPointF(xOfDay(m_dragLast.toJulianDay() + 1) + 6, top), top, text,
              m_dragProblems.isEmpty() ? selectionColour : refusedColour);
}

void TimelineView::paintSelectionLabel(QPainter &painter)
{
    if (m_selectionRow < 0)
        return;
    const double top = headerHeight + m_selectionRow * rowHeight - verticalScrollBar()->value();
    if (top + rowHeight < headerHeight || top > viewport()->height())
        return;
    const Format format;
    const qint64 days = m_selection.first.daysTo(m_selection.last) + 1;
    const QString text = days == 1 ? tr("%1, 1 day").arg(format.date(m_selection.first))
                                   : tr("%1 to %2, %3 days").arg(format.date(m_selection.first), format.date(m_selection.last)).arg(days);
    paintNote(painter, QPointF(xOfDay(m_selection.first.toJulianDay()), top), top, text, selectionColour);
}

QString TimelineView::tooltip(const TimelineBar &bar) const
{
    const Format format;
    const QDate last = bar.lease.lastDay();
    QString text = QStringLiteral("<b>%1</b><br>%2<br>%3")
                       .arg(bar.company.toHtmlEscaped(), bar.officeName.toHtmlEscaped(),
                            (last.isValid() ? tr("%1 from %2 to %3").arg(label(bar.lease.type), format.date(bar.lease.start),
                                                                          format.date(last))
                                            : tr("%1 from %2, open-ended").arg(label(bar.lease.type), format.date(bar.lease.start)))
                                .toHtmlEscaped());
    if (!bar.sector.isEmpty())
        text += QStringLiteral("<br>") + bar.sector.toHtmlEscaped();
    // The rent of today, or of the lease's first or last day when today is outside it.
    QDate day = std::max(m_today, bar.lease.start);
    if (last.isValid() && day > last)
        day = last;
    if (const std::optional<Cents> rent = bar.lease.monthlyRentOn(day))
        text += QStringLiteral("<br>") + tr("Rent: %1 a month excl. VAT").arg(format.money(*rent)).toHtmlEscaped();
    for (const QString &alert : bar.alerts)
        text += QStringLiteral("<br><span style=\"color:#c62828\">%1</span>").arg(alert.toHtmlEscaped());
    if (last.isValid())
        text += QStringLiteral("<br><i>%1</i>").arg(tr("Drag its end to change the last day.").toHtmlEscaped());
    return text;
}

QString TimelineView::toolTipAt(QPoint point) const
{
    if (const TimelineBar *bar = barAt(point))
        return tooltip(*bar);
    const int row = rowAt(point.y());
    if (row < 0 || point.x() < labelWidth || m_rows.at(row).kind != TimelineRow::Kind::Office)
        return QString();
    const QDate day = QDate::fromJulianDay(dayAtX(point.x()));
    const Office &office = m_rows.at(row).office;
    return office.inService(day) ? tr("%1 is free on %2. Drag along the line to choose days to assign.")
                                       .arg(office.code, Format().date(day))
                                 : tr("%1 cannot be let on %2").arg(office.code, Format().date(day));
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        // No tooltip over what is being dragged: the label beside it says it all.
        if (const QString text = m_drag == Drag::None ? toolTipAt(help->pos()) : QString(); !text.isEmpty())
            QToolTip::showText(help->globalPos(), text, viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace pepin
