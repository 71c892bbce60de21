// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartCard.h"

#include "dialogs/MessageBox.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace pepin {

// ---- ChartView --------------------------------------------------------------------------------

ChartView::ChartView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(160);
}

QString ChartView::tipAt(QPoint position) const
{
    QChart *shown = chart();
    if (!m_tipAt || !shown || shown->series().isEmpty())
        return {};
    const QPointF scenePoint = mapToScene(position);
    const QPointF chartPoint = shown->mapFromScene(scenePoint);
    if (!shown->plotArea().contains(chartPoint))
        return {};
    return m_tipAt(shown->mapToValue(chartPoint, shown->series().first()));
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    if (!m_tipAt)
        return;
    const QString tip = tipAt(event->position().toPoint());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
}

// ---- ChartCard --------------------------------------------------------------------------------

ChartCard::ChartCard(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_controls(new QHBoxLayout)
    , m_menuButton(new QToolButton(this))
    , m_view(new ChartView(this))
{
    setObjectName(QStringLiteral("chartCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::NoTextInteraction);

    m_menuButton->setText(QStringLiteral("⋯"));
    m_menuButton->setAutoRaise(true);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setObjectName(QStringLiteral("chartMenu"));
    m_menuButton->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0; }"));
    auto *menu = createExportMenu(m_menuButton);
    m_menuButton->setMenu(menu);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu *menu = createExportMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(at));
    });

    m_controls->setContentsMargins(0, 0, 0, 0);
    m_controls->setSpacing(4);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(10, 6, 4, 0);
    header->addWidget(m_title);
    header->addStretch(1);
    header->addLayout(m_controls);
    header->addWidget(m_menuButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
}

QString ChartCard::title() const
{
    return m_title->text();
}

void ChartCard::setTitle(const QString &title)
{
    m_title->setText(title);
    m_menuButton->setToolTip(tr("Save or print this chart"));
}

QMenu *ChartCard::createExportMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    // The texts are set when the menu opens, in the language of the moment.
    QAction *png = menu->addAction(QString(), this, [this] { saveAs(QStringLiteral("png")); });
    QAction *svg = menu->addAction(QString(), this, [this] { saveAs(QStringLiteral("svg")); });
    menu->addSeparator();
    QAction *print = menu->addAction(QString(), this, &ChartCard::printWithDialog);
    png->setObjectName(QStringLiteral("savePng"));
    svg->setObjectName(QStringLiteral("saveSvg"));
    print->setObjectName(QStringLiteral("print"));
    auto name = [png, svg, print] {
        png->setText(tr("Save as PNG image…"));
        svg->setText(tr("Save as SVG drawing…"));
        print->setText(tr("Print…"));
    };
    name();
    connect(menu, &QMenu::aboutToShow, this, name);
    return menu;
}

bool ChartCard::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

QColor ChartCard::seriesColour(const QColor &colour) const
{
    return isDark() ? colour.lighter(135) : colour;
}

void ChartCard::clearChart()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    // The theme first: it resets colours and fonts, which the palette's then replace.
    c->setTheme(isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QPalette colours = palette();
    c->setBackgroundBrush(colours.brush(QPalette::Base));
    c->setBackgroundPen(Qt::NoPen);
    c->setBackgroundRoundness(0);
    c->setPlotAreaBackgroundVisible(false);
    c->setMargins(QMargins(4, 2, 4, 2));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->setLocale(QLocale());
    c->setLocalizeNumbers(true);
    c->setAnimationOptions(QChart::NoAnimation);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1));
    c->legend()->setFont(small);
    c->legend()->setLabelColor(colours.color(QPalette::Text));
    c->legend()->setShowToolTips(true);
    m_view->setBackgroundBrush(colours.brush(QPalette::Base));
}

void ChartCard::styleAxis(QAbstractAxis *axis) const
{
    const QPalette colours = palette();
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1));
    axis->setLabelsFont(small);
    axis->setLabelsColor(colours.color(QPalette::Text));
    axis->setTitleBrush(colours.brush(QPalette::Text));
    axis->setTitleFont(small);
    QColor line = colours.color(QPalette::Text);
    line.setAlpha(90);
    axis->setLinePenColor(line);
    QColor grid = colours.color(QPalette::Text);
    grid.setAlpha(isDark() ? 45 : 30);
    axis->setGridLineColor(grid);
    axis->setMinorGridLineColor(grid);
}

void ChartCard::finishSetup()
{
    retranslate();
    rebuild();
    m_ready = true;
}

void ChartCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (m_rebuilding || !m_ready)
        return;
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange) {
        m_rebuilding = true;
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        rebuild();
        m_rebuilding = false;
    }
}

QLineSeries *ChartCard::lineSeries(const QList<QPointF> &points, const QColor &colour, bool forecast)
{
    auto *series = new QLineSeries;
    series->append(points);
    QPen pen(colour);
    pen.setWidthF(forecast ? 1.8 : 2.2);
    if (forecast)
        pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    return series;
}

void ChartCard::hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

QDate ChartCard::dateAt(qreal x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(x))).date();
}

// ---- export -----------------------------------------------------------------------------------

void ChartCard::render(QPainter &painter, const QRectF &target)
{
    const QPalette colours = palette();
    painter.fillRect(target, colours.brush(QPalette::Base));
    QFont titleFont = m_title->font();
    painter.setFont(titleFont);
    painter.setPen(colours.color(QPalette::Text));
    const qreal titleHeight = QFontMetricsF(titleFont).height() * 2;
    const QRectF titleArea(target.left() + 12, target.top(), target.width() - 24, titleHeight);
    painter.drawText(titleArea, Qt::AlignLeft | Qt::AlignVCenter, m_title->text());
    const QRectF chartArea(target.left(), target.top() + titleHeight, target.width(), target.height() - titleHeight);
    m_view->scene()->render(&painter, chartArea, chart()->sceneBoundingRect(), Qt::KeepAspectRatio);
}

Status ChartCard::exportPng(const QString &path, QSize size)
{
    if (size.isEmpty())
        size = QSize(m_view->width(), m_view->height() + 40);
    constexpr qreal scale = 2; // sharp on a printed page and on a high-density screen
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        render(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    if (!image.save(path, "PNG"))
        return Error(Error::Kind::Storage, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    return done();
}

Status ChartCard::exportSvg(const QString &path, QSize size)
{
    if (size.isEmpty())
        size = QSize(m_view->width(), m_view->height() + 40);
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(m_title->text());
    generator.setDescription(tr("A chart of Pépin"));
    {
        QPainter painter;
        if (!painter.begin(&generator))
            return Error(Error::Kind::Storage, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        render(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return Error(Error::Kind::Storage, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    return done();
}

void ChartCard::print(QPrinter &printer)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return;
    // The chart at its on-screen proportions, as wide as the page.
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    const QSizeF shown(m_view->width(), m_view->height() + 40);
    const qreal scale = page.width() / shown.width();
    painter.scale(scale, scale);
    render(painter, QRectF(QPointF(0, 0), shown));
}

QString ChartCard::suggestedFileName(const QString &extension) const
{
    QString name = m_title->text();
    for (const QChar c : {QLatin1Char('/'), QLatin1Char('\\'), QLatin1Char(':')})
        name.replace(c, QLatin1Char('-'));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QDir(folder).filePath(name + QLatin1Char('.') + extension);
}

void ChartCard::saveAs(const QString &extension)
{
    const bool svg = extension == QLatin1String("svg");
    const QString path = QFileDialog::getSaveFileName(this, svg ? tr("Save the chart as SVG") : tr("Save the chart as PNG"),
                                                      suggestedFileName(extension),
                                                      svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const Status saved = svg ? exportSvg(path) : exportPng(path);
    if (!saved)
        MessageBox::warning(this, tr("Save the chart"), tr("The chart was not saved."), saved.error().message());
}

void ChartCard::printWithDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_title->text());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the chart"));
    if (dialog.exec() == QDialog::Accepted)
        print(printer);
}

} // namespace pepin
