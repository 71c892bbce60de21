// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardTile.h"

#include <QEnterEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace pepin {

namespace {

QColor toneColour(DashboardTile::Tone tone, bool dark)
{
    switch (tone) {
    case DashboardTile::Tone::Warning:
        return dark ? QColor(0xf0, 0xb0, 0x40) : QColor(0xb8, 0x6e, 0x00);
    case DashboardTile::Tone::Critical:
        return dark ? QColor(0xff, 0x7b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case DashboardTile::Tone::Normal:
        break;
    }
    return {};
}

} // namespace

DashboardTile::DashboardTile(QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.75);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    for (QLabel *label : {m_caption, m_detail}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(false);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    m_value->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 9);
    layout->setSpacing(1);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    applyColours();
}

void DashboardTile::setCaption(const QString &caption)
{
    m_captionText = caption;
    fitTexts();
}

void DashboardTile::setFigure(const QString &value, const QString &detail, Tone tone)
{
    m_value->setText(value);
    m_detailText = detail;
    fitTexts();
    m_tone = tone;
    applyColours();
}

QString DashboardTile::caption() const
{
    return m_captionText;
}

QString DashboardTile::value() const
{
    return m_value->text();
}

QString DashboardTile::detail() const
{
    return m_detailText;
}

void DashboardTile::fitTexts()
{
    const int width = std::max(contentsRect().width() - layout()->contentsMargins().left() - layout()->contentsMargins().right(), 20);
    for (auto [label, text] : {std::pair{m_caption, &m_captionText}, std::pair{m_detail, &m_detailText}}) {
        const QString shown = label->fontMetrics().elidedText(*text, Qt::ElideRight, width);
        label->setText(shown);
        label->setToolTip(shown == *text ? QString() : *text);
    }
}

void DashboardTile::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitTexts();
}

void DashboardTile::applyColours()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_caption->setPalette(muted);
    m_detail->setPalette(muted);
    QPalette figure = palette();
    if (m_tone != Tone::Normal)
        figure.setColor(QPalette::WindowText, toneColour(m_tone, dark));
    m_value->setPalette(figure);
    update();
}

void DashboardTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(box, 6, 6);
    painter.fillPath(path, palette().brush(QPalette::Base));
    const bool lit = m_hovered || hasFocus();
    QPen pen(lit ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid));
    pen.setWidthF(lit ? 1.5 : 1.0);
    painter.setPen(pen);
    painter.drawPath(path);
    // A strip on the left says a figure needs attention.
    if (m_tone != Tone::Normal) {
        QPainterPath strip;
        strip.addRoundedRect(QRectF(box.left() + 1, box.top() + 6, 4, box.height() - 12), 2, 2);
        painter.fillPath(strip, toneColour(m_tone, palette().color(QPalette::Window).lightness() < 128));
    }
}

void DashboardTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

void DashboardTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

void DashboardTile::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QFrame::enterEvent(event);
}

void DashboardTile::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QFrame::leaveEvent(event);
}

void DashboardTile::focusInEvent(QFocusEvent *event)
{
    update();
    QFrame::focusInEvent(event);
}

void DashboardTile::focusOutEvent(QFocusEvent *event)
{
    update();
    QFrame::focusOutEvent(event);
}

void DashboardTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

} // namespace pepin
