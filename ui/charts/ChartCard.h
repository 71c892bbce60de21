// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QChartView>
#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;
class QMenu;
class QPainter;
class QPrinter;
class QToolButton;
class QAbstractAxis;
class QAbstractSeries;
class QLineSeries;

namespace pepin {

// The view of a chart: it follows the mouse over the plot and shows what `tipAt` says of the
// value under it (a month's figures).
class ChartView : public QChartView
{
    Q_OBJECT

public:
    using TipAt = std::function<QString(QPointF value)>;

    explicit ChartView(QWidget *parent = nullptr);
    void setTipAt(TipAt tipAt) { m_tipAt = std::move(tipAt); }
    // What the tip says for the point of the view at `position`, empty off the plot.
    QString tipAt(QPoint position) const;

protected:
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    TipAt m_tipAt;
};

// A chart of the dashboard in its frame: a title and the chart's own switches above it, and a
// menu to save it as PNG or SVG or print it (from the "⋯" button or a right click). It draws
// itself in the colours of the palette, light or dark, and again when the palette or the
// language changes. Subclasses fill the chart in rebuild().
class ChartCard : public QFrame
{
    Q_OBJECT

public:
    explicit ChartCard(QWidget *parent = nullptr);

    QChart *chart() const { return m_view->chart(); }
    ChartView *view() const { return m_view; }
    QString title() const;

    // The picture of the chart with its title, at `size` (the chart's own size when empty).
    Status exportPng(const QString &path, QSize size = {});
    Status exportSvg(const QString &path, QSize size = {});
    void print(QPrinter &printer);

    // Save as PNG…, Save as SVG…, Print…; the caller owns the menu.
    QMenu *createExportMenu(QWidget *parent);

protected:
    void setTitle(const QString &title);
    // Where a chart puts its switches, right of the title.
    QHBoxLayout *controls() const { return m_controls; }

    // Called last by a subclass's constructor: names and draws the chart, and from then on
    // follows the palette and the language.
    void finishSetup();

    // Draws the data again, in the current palette and language.
    virtual void rebuild() = 0;
    virtual void retranslate() {}

    // Resets the chart to the palette's look: background, fonts, the locale of its labels, no
    // series and no axes.
    void clearChart();
    // Text, lines and grid of an axis in the palette's colours.
    void styleAxis(QAbstractAxis *axis) const;
    // Whether the palette is dark (light text on a dark window).
    bool isDark() const;
    // A colour of the series that reads on the background: the given one, lightened on dark.
    QColor seriesColour(const QColor &colour) const;

    void changeEvent(QEvent *event) override;

    // A line through `points`; a forecast is dashed.
    static QLineSeries *lineSeries(const QList<QPointF> &points, const QColor &colour, bool forecast);
    static void hideFromLegend(QChart *chart, QAbstractSeries *series);
    // The day of an x of a time axis (see ChartData::x).
    static QDate dateAt(qreal x);
    // Month labels of a time axis: "Mar 2026", "mars 2026".
    static QString monthAxisFormat() { return QStringLiteral("MMM yyyy"); }

private:
    void render(QPainter &painter, const QRectF &target);
    QString suggestedFileName(const QString &extension) const;
    void saveAs(const QString &extension);
    void printWithDialog();

    QLabel *m_title;
    QHBoxLayout *m_controls;
    QToolButton *m_menuButton;
    ChartView *m_view;
    bool m_rebuilding = false;
    bool m_ready = false;
};

} // namespace pepin
