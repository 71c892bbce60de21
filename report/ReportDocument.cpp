// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocument.h"

#include "ReportCharts.h"
#include "ReportLanguage.h"

#include "domain/Kinds.h"
#include "util/Format.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QColor>
#include <QFile>
#include <QFontMetricsF>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace pepin {

namespace {

const QString occupancyChartName = QStringLiteral("chart-occupancy");
const QString sectorChartName = QStringLiteral("chart-sectors");

const QString navy = QStringLiteral("#1f3a5f");
const QString zebra = QStringLiteral("#f1f4f8");
const QString rule = QStringLiteral("#c9d2dc");
const QString mutedColour = QStringLiteral("#5f6b75");
const QString upColour = QStringLiteral("#1e7b34");
const QString downColour = QStringLiteral("#b3261e");

// Millimetres in layout units.
constexpr qreal mm(qreal value)
{
    return value / 25.4 * ReportDocument::layoutDpi;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A label that starts a table cell: "autre" → "Autre".
QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.front().toUpper() + text.mid(1);
}

enum class Align { Left, Right, Centre };

// Rows of one table before a long list starts another (see table()). Measured on the network
// scale's report (184 pages): 1,000 lays it out and writes it about 0.4 s faster than 240, 60 is
// slower still.
constexpr qsizetype longTableRows = 1000;

struct Column
{
    QString title;
    Align align = Align::Left;
    QString width; // "30%", or empty
};

// The name of the logo's image in the printed document.
const QString logoName = QStringLiteral("incubator-logo");

// The incubator's logo, from the bytes of its file: an SVG stays vectors, any other picture is
// read as pixels. Null when the bytes are no picture.
class Logo
{
public:
    explicit Logo(const QByteArray &bytes)
    {
        if (bytes.trimmed().startsWith('<'))
            m_svg.load(bytes);
        else
            m_image = QImage::fromData(bytes);
    }

    bool isNull() const { return !m_svg.isValid() && m_image.isNull(); }

    // As large as fits in `box`, its proportions kept.
    QSizeF fitted(const QSizeF &box) const
    {
        QSizeF size = m_svg.isValid() ? QSizeF(m_svg.defaultSize()) : QSizeF(m_image.size());
        if (size.isEmpty())
            return {};
        size.scale(box, Qt::KeepAspectRatio);
        return size;
    }

    void paint(QPainter &painter, const QRectF &rect)
    {
        if (m_svg.isValid())
            m_svg.render(&painter, rect);
        else
            painter.drawImage(rect, m_image);
    }

    // The logo as an address a browser shows without another file.
    QString dataUrl(const QByteArray &bytes) const
    {
        if (m_svg.isValid())
            return QStringLiteral("data:image/svg+xml;base64,") + QString::fromLatin1(bytes.toBase64());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        m_image.save(&buffer, "PNG");
        return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    }

private:
    QSvgRenderer m_svg;
    QImage m_image;
};

// The room the logo has on the cover, in the layout's pixels.
const QSizeF logoBox(240, 96);

} // namespace

// Draws the report's charts where the text document holds them, so that they stay vectors on
// paper; and the incubator's logo.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit ChartObject(const ReportData &data)
        : m_data(data)
        , m_format(ReportLanguage::localeOf(data.request.language))
        , m_logo(data.request.incubatorLogo)
    {
    }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const QTextImageFormat image = format.toImageFormat();
        return QSizeF(image.width(), image.height());
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        // The charts' words (the legend) in the report's language, whatever the program's.
        const ReportLanguage language(m_data.request.language);
        if (format.toImageFormat().name() == logoName)
            m_logo.paint(*painter, rect);
        else if (format.toImageFormat().name() == occupancyChartName)
            ReportCharts::paintOccupancy(*painter, rect, m_data.months, m_format);
        else
            ReportCharts::paintSectorMix(*painter, rect, m_data.sectors, m_format);
    }

private:
    const ReportData &m_data;
    Format m_format;
    Logo m_logo;
};

namespace {

// The report's HTML, one section after the other. `print` writes it for QTextDocument (charts
// as placeholders that ChartObject draws, page breaks), else for a browser (inline SVG, a style
// sheet).
class HtmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(pepin::Report)

public:
    HtmlWriter(const ReportData &data, bool print)
        : m_data(data)
        , m_format(ReportLanguage::localeOf(data.request.language))
        , m_print(print)
    {
    }

    QString write();

private:
    void cover();
    void summary();
    void charts();
    void tenants();
    void movements();
    void terms();
    void indicators();
    void appendix();

    void heading(const QString &number, const QString &title, bool newPage = true);
    void subheading(const QString &title);
    void paragraph(const QString &html, bool muted = false);
    void table(const QList<Column> &columns, const QList<QStringList> &rows, const QString &empty = {});
    QString chart(const QString &name, const QSizeF &size) const;

    QString period(const DateRange &range) const;
    QString measure(const Measure &measure, bool area, bool average) const;
    QString pointsChange(const std::optional<double> &now, const std::optional<double> &before) const;
    // `upIsGood`: whether a rise is good news (more tenants) or not (more free space).
    QString countChange(qint64 now, qint64 before, bool upIsGood = true) const;
    QString areaChange(double now, double before, bool upIsGood) const;
    QString moneyChange(Cents now, Cents before, bool upIsGood = true) const;
    QString arrow(double change, const QString &text, bool upIsGood = true) const;
    QString sector(const QString &name, const QString &colour) const;

    const ReportData &m_data;
    Format m_format;
    bool m_print;
    QString m_html;
};

QString HtmlWriter::period(const DateRange &range) const
{
    if (!range.start.isValid())
        return Format::none();
    return tr("%1 to %2", "a period: first day to last day").arg(m_format.date(range.start), m_format.date(range.end));
}

void HtmlWriter::heading(const QString &number, const QString &title, bool newPage)
{
    const QString style = newPage && m_print ? QStringLiteral(" style=\"page-break-before: always\"") : QString();
    m_html += QStringLiteral("<h1%1><font color=\"%2\">%3</font>&nbsp;&nbsp;%4</h1>\n").arg(style, rule, esc(number), esc(title));
}

void HtmlWriter::subheading(const QString &title)
{
    m_html += QStringLiteral("<h2>%1</h2>\n").arg(esc(title));
}

void HtmlWriter::paragraph(const QString &html, bool muted)
{
    if (muted)
        m_html += QStringLiteral("<p class=\"note\"><font color=\"%1\">%2</font></p>\n").arg(mutedColour, html);
    else
        m_html += QStringLiteral("<p>%1</p>\n").arg(html);
}

void HtmlWriter::table(const QList<Column> &columns, const QList<QStringList> &rows, const QString &empty)
{
    if (rows.isEmpty() && !empty.isEmpty()) {
        paragraph(esc(empty), true);
        return;
    }
    auto align = [](Align a) {
        return a == Align::Right ? QStringLiteral(" align=\"right\"")
            : a == Align::Centre ? QStringLiteral(" align=\"center\"")
                                 : QStringLiteral(" align=\"left\"");
    };
    QString html = QStringLiteral("<table class=\"data\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"0\">\n<thead><tr>");
    for (const Column &column : columns) {
        const QString width = column.width.isEmpty() ? QString() : QStringLiteral(" width=\"%1\"").arg(column.width);
        html += QStringLiteral("<th bgcolor=\"%1\"%2%3><font color=\"#ffffff\">%4</font></th>")
                    .arg(navy, align(column.align), width, esc(column.title));
    }
    const QString header = html + QStringLiteral("</tr></thead>\n<tbody>\n");
    html = header;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        // A very long list is cut into tables of some twenty pages each, every one with its
        // header: the layout draws a page from the tables it crosses, not from thousands of rows.
        if (r > 0 && r % longTableRows == 0)
            html += QStringLiteral("</tbody></table>\n") + header;
        html += r % 2 ? QStringLiteral("<tr bgcolor=\"%1\">").arg(zebra) : QStringLiteral("<tr>");
        for (qsizetype c = 0; c < columns.size(); ++c)
            html += QStringLiteral("<td%1>%2</td>").arg(align(columns[c].align), rows[r].value(c));
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody></table>\n");
    m_html += html;
}

QString HtmlWriter::chart(const QString &name, const QSizeF &size) const
{
    if (m_print)
        return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">").arg(name).arg(qRound(size.width())).arg(qRound(size.height()));
    const auto kind = name == occupancyChartName ? ReportCharts::Chart::Occupancy : ReportCharts::Chart::SectorMix;
    return QString::fromUtf8(ReportCharts::svg(kind, size, m_data.months, m_data.sectors, m_format));
}

QString HtmlWriter::measure(const Measure &measure, bool area, bool average) const
{
    const QString rate = m_format.percent(measure.rate);
    if (!measure.rate)
        return rate;
    const int decimals = average ? 1 : 2;
    const QString of = area ? tr("%1 of %2").arg(m_format.area(measure.occupied), m_format.area(measure.total))
                            : tr("%1 of %2").arg(m_format.number(measure.occupied, decimals), m_format.number(measure.total, decimals));
    return QStringLiteral("<b>%1</b><br><font color=\"%2\">%3</font>").arg(rate, mutedColour, esc(of));
}

QString HtmlWriter::arrow(double change, const QString &text, bool upIsGood) const
{
    if (change > 0)
        return QStringLiteral("<font color=\"%1\">▲ %2</font>").arg(upIsGood ? upColour : downColour, esc(text));
    if (change < 0)
        return QStringLiteral("<font color=\"%1\">▼ %2</font>").arg(upIsGood ? downColour : upColour, esc(text));
    return QStringLiteral("<font color=\"%1\">= %2</font>").arg(mutedColour, esc(text));
}

QString HtmlWriter::pointsChange(const std::optional<double> &now, const std::optional<double> &before) const
{
    if (!now || !before)
        return Format::none();
    // In percentage points, rounded as the rates are printed, so that the arrow agrees with them.
    const double points = std::round(*now * 1000.0) / 10.0 - std::round(*before * 1000.0) / 10.0;
    const double shown = std::round(points * 10.0) / 10.0;
    const QString number = m_format.number(std::abs(shown), 1);
    const QString sign = shown > 0 ? QStringLiteral("+") : shown < 0 ? QStringLiteral("−") : QString();
    return arrow(shown, tr("%1%2 pts", "a change in percentage points").arg(sign, number));
}

QString HtmlWriter::countChange(qint64 now, qint64 before, bool upIsGood) const
{
    const qint64 change = now - before;
    const QString sign = change > 0 ? QStringLiteral("+") : change < 0 ? QStringLiteral("−") : QString();
    return arrow(double(change), sign + m_format.integer(std::abs(change)), upIsGood);
}

QString HtmlWriter::areaChange(double now, double before, bool upIsGood) const
{
    // Compared as printed, to the hundredth of a m².
    const double change = std::round(now * 100.0) / 100.0 - std::round(before * 100.0) / 100.0;
    const QString sign = change > 0 ? QStringLiteral("+") : change < 0 ? QStringLiteral("−") : QString();
    return arrow(change, sign + m_format.area(std::abs(change)), upIsGood);
}

QString HtmlWriter::moneyChange(Cents now, Cents before, bool upIsGood) const
{
    const Cents change = now - before;
    const QString sign = change > 0 ? QStringLiteral("+") : change < 0 ? QStringLiteral("−") : QString();
    return arrow(double(change), sign + m_format.money(std::abs(change)), upIsGood);
}

QString HtmlWriter::sector(const QString &name, const QString &colour) const
{
    const QString swatch = QColor(colour).isValid() ? colour : noSectorColorName();
    return QStringLiteral("<font color=\"%1\">■</font>&nbsp;%2").arg(swatch, esc(sectorLabel(name)));
}

void HtmlWriter::cover()
{
    const ReportData &d = m_data;
    // The logo, when there is one, takes some of the room above the title.
    int above = 150;
    if (const Logo logo(d.request.incubatorLogo); !logo.isNull()) {
        const QSizeF size = logo.fitted(logoBox);
        const QString source = m_print ? logoName : logo.dataUrl(d.request.incubatorLogo);
        m_html += QStringLiteral("<p style=\"margin-top: 40px\"><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>\n")
                      .arg(source)
                      .arg(qRound(size.width()))
                      .arg(qRound(size.height()))
                      .arg(esc(d.incubator));
        above = 24;
    }
    m_html += QStringLiteral("<p style=\"margin-top: %1px\"><font color=\"%2\" size=\"2\"><b>%3</b></font></p>\n")
                  .arg(above)
                  .arg(mutedColour, esc(tr("OCCUPANCY AND ACTIVITY REPORT")));
    m_html += QStringLiteral("<p class=\"title\" style=\"font-size: 26pt; font-weight: bold; margin-top: 6px\"><font color=\"%1\">%2</font></p>\n")
                  .arg(navy, esc(d.incubator));
    m_html += QStringLiteral("<p style=\"font-size: 14pt; margin-top: 4px\">%1</p>\n").arg(esc(tr("Occupancy report")));
    m_html += QStringLiteral("<hr>\n");
    const QList<QStringList> facts{
        {tr("Period"), period(d.request.period)},
        {d.request.siteId ? tr("Site") : tr("Sites"), d.siteNames.isEmpty() ? Format::none() : d.siteNames.join(QStringLiteral(", "))},
        {tr("Compared with"), period(d.previousPeriod)},
        {tr("Produced on"), m_format.date(d.request.produced)},
    };
    m_html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"5\" border=\"0\" style=\"margin-top: 14px\">\n");
    for (const QStringList &fact : facts)
        m_html += QStringLiteral("<tr><td><font color=\"%1\">%2</font></td><td><b>%3</b></td></tr>\n").arg(mutedColour, esc(fact[0]), esc(fact[1]));
    m_html += QStringLiteral("</table>\n");

    // The three figures a board reads first.
    m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"8\" cellpadding=\"10\" border=\"0\" style=\"margin-top: 60px\"><tr>\n");
    const QList<std::pair<QString, QString>> key{
        {m_format.percent(d.period.area.rate), tr("occupancy by area over the period")},
        {m_format.integer(d.tenants), tr("tenants on %1").arg(m_format.date(d.request.period.end))},
        {m_format.money(d.rentRoll.rentCents), tr("rent roll over the period, excl. VAT")},
    };
    for (const auto &[figure, caption] : key) {
        // On one line, smaller when long (a network's rent roll: "6 852 520,38 €"), never broken.
        const int points = figure.size() <= 10 ? 20 : (figure.size() <= 13 ? 16 : 14);
        m_html += QStringLiteral("<td width=\"33%\" bgcolor=\"%1\"><span style=\"font-size: %5pt; font-weight: bold; "
                                 "white-space: nowrap; color: %2\">%3</span><br>%4</td>\n")
                      .arg(zebra, navy, esc(figure), esc(caption), QString::number(points));
    }
    m_html += QStringLiteral("</tr></table>\n");

    subheading(tr("Contents"));
    const QStringList contents{tr("Summary"), tr("Occupancy over the period and sector mix"), tr("Tenants"),
                               tr("Entries and exits"), tr("Leases ending and alerts"), tr("Funders' indicators"),
                               tr("Appendix: how each figure is computed")};
    QString list;
    for (qsizetype i = 0; i < contents.size(); ++i)
        list += QStringLiteral("%1.&nbsp;&nbsp;%2<br>").arg(i + 1).arg(esc(contents[i]));
    paragraph(list);
}

void HtmlWriter::summary()
{
    const ReportData &d = m_data;
    heading(QStringLiteral("1"), tr("Summary"));
    paragraph(esc(tr("Occupancy over the period is the average of its days; on the last day, the figure of that day alone. "
                     "Each is compared with the previous period of the same length (%1).")
                      .arg(period(d.previousPeriod))),
              true);
    const QList<Column> columns{{tr("Occupancy"), Align::Left, QStringLiteral("13%")},
                                {tr("Over the period"), Align::Right, QStringLiteral("16%")},
                                {tr("Previous period"), Align::Right, QStringLiteral("15%")},
                                {tr("Change"), Align::Right, QStringLiteral("12%")},
                                {tr("On %1").arg(m_format.date(d.request.period.end)), Align::Right, QStringLiteral("16%")},
                                {tr("On %1").arg(m_format.date(d.previousPeriod.end)), Align::Right, QStringLiteral("16%")},
                                {tr("Change"), Align::Right, QStringLiteral("12%")}};
    QList<QStringList> rows;
    auto row = [&](const QString &name, Measure OccupancyPeriod::*periodMeasure, Measure OccupancySnapshot::*dayMeasure, bool area) {
        rows << QStringList{esc(name),
                            measure(d.period.*periodMeasure, area, true),
                            measure(d.previous.*periodMeasure, area, true),
                            pointsChange((d.period.*periodMeasure).rate, (d.previous.*periodMeasure).rate),
                            measure(d.lastDay.*dayMeasure, area, false),
                            measure(d.previousLastDay.*dayMeasure, area, false),
                            pointsChange((d.lastDay.*dayMeasure).rate, (d.previousLastDay.*dayMeasure).rate)};
    };
    row(tr("By area"), &OccupancyPeriod::area, &OccupancySnapshot::area, true);
    row(tr("By office"), &OccupancyPeriod::offices, &OccupancySnapshot::offices, false);
    row(tr("By workstation"), &OccupancyPeriod::workstations, &OccupancySnapshot::workstations, false);
    table(columns, rows);

    subheading(tr("Tenants, free space and rent"));
    const QList<Column> keyColumns{{tr("Figure"), Align::Left, QStringLiteral("46%")},
                                   {tr("This period"), Align::Right, QStringLiteral("20%")},
                                   {tr("Previous period"), Align::Right, QStringLiteral("20%")},
                                   {tr("Change"), Align::Right, QStringLiteral("14%")}};
    const QString end = m_format.date(d.request.period.end);
    QList<QStringList> key{
        {esc(tr("Tenants on the last day")), m_format.integer(d.tenants), m_format.integer(d.previousTenants),
         countChange(d.tenants, d.previousTenants)},
        {esc(tr("Free offices on the last day")), m_format.number(d.lastDay.offices.free(), 0),
         m_format.number(d.previousLastDay.offices.free(), 0),
         countChange(qRound64(d.lastDay.offices.free()), qRound64(d.previousLastDay.offices.free()), false)},
        {esc(tr("Free area on the last day")), m_format.area(d.lastDay.area.free()), m_format.area(d.previousLastDay.area.free()),
         areaChange(d.lastDay.area.free(), d.previousLastDay.area.free(), false)},
        {esc(tr("Free workstations on the last day")), m_format.number(d.lastDay.workstations.free(), 0),
         m_format.number(d.previousLastDay.workstations.free(), 0),
         countChange(qRound64(d.lastDay.workstations.free()), qRound64(d.previousLastDay.workstations.free()), false)},
        {esc(tr("Rent roll, excl. VAT")), m_format.money(d.rentRoll.rentCents), m_format.money(d.previousRentRoll.rentCents),
         moneyChange(d.rentRoll.rentCents, d.previousRentRoll.rentCents)},
        {esc(tr("Charges")), m_format.money(d.rentRoll.chargesCents), m_format.money(d.previousRentRoll.chargesCents),
         moneyChange(d.rentRoll.chargesCents, d.previousRentRoll.chargesCents)},
        {esc(tr("Free space at its reference rent")), m_format.money(d.rentRoll.vacancyCents),
         m_format.money(d.previousRentRoll.vacancyCents), moneyChange(d.rentRoll.vacancyCents, d.previousRentRoll.vacancyCents, false)},
    };
    table(keyColumns, key);
    paragraph(esc(tr("The last day is %1; the previous period's, %2. Rent and charges are those of the whole period.")
                      .arg(end, m_format.date(d.previousPeriod.end))),
              true);
}

void HtmlWriter::charts()
{
    const ReportData &d = m_data;
    heading(QStringLiteral("2"), tr("Occupancy over the period and sector mix"));
    subheading(tr("Occupancy month by month"));
    const qreal width = ReportDocument::pageSize().width() - 2 * mm(18);
    m_html += QStringLiteral("<p align=\"center\">%1</p>\n").arg(chart(occupancyChartName, ReportCharts::size(ReportCharts::Chart::Occupancy, width)));

    subheading(tr("Sector mix on %1").arg(m_format.date(d.request.period.end)));
    const QList<Column> sectorColumns{{tr("Sector"), Align::Left, QStringLiteral("37%")},
                                      {tr("Tenants"), Align::Right, QStringLiteral("23%")},
                                      {tr("Area"), Align::Right, QStringLiteral("19%")},
                                      {tr("Workstations"), Align::Right, QStringLiteral("21%")}};
    QList<QStringList> sectors;
    for (const SectorShare &share : d.sectors.sectors)
        sectors << QStringList{sector(share.name, share.color), m_format.integer(share.companies), m_format.area(share.areaM2),
                               m_format.integer(share.workstations)};
    if (!sectors.isEmpty())
        sectors << QStringList{QStringLiteral("<b>%1</b>").arg(esc(tr("Total"))),
                               QStringLiteral("<b>%1</b>").arg(m_format.integer(d.sectors.companies)),
                               QStringLiteral("<b>%1</b>").arg(m_format.area(d.sectors.areaM2)),
                               QStringLiteral("<b>%1</b>").arg(m_format.integer(d.sectors.workstations))};
    const QString saved = m_html;
    m_html.clear();
    table(sectorColumns, sectors, tr("No company was a tenant on that day."));
    const QString sectorTable = m_html;
    m_html = saved;
    const QSizeF ring = ReportCharts::size(ReportCharts::Chart::SectorMix, 0);
    m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\"><tr>"
                             "<td width=\"%1\" valign=\"top\">%2</td><td width=\"16\"></td><td valign=\"top\">%3</td></tr></table>\n")
                  .arg(qRound(ring.width()) + 8)
                  .arg(chart(sectorChartName, ring), sectorTable);
    paragraph(esc(tr("Each tenant counts once, in its sector; its area and workstations are its shares of the offices it "
                     "occupies that day, so the totals are the occupied area and workstations of the day.")),
              true);
    const QList<Column> monthColumns{{tr("Month"), Align::Left, QStringLiteral("22%")},
                                     {tr("By area"), Align::Right, QStringLiteral("30%")},
                                     {tr("By office"), Align::Right, QStringLiteral("24%")},
                                     {tr("By workstation"), Align::Right, QStringLiteral("24%")}};
    subheading(tr("Month by month"));
    QList<QStringList> months;
    for (const OccupancyPeriod &month : d.months) {
        QString name = m_format.locale().standaloneMonthName(month.start.month(), QLocale::LongFormat);
        name = name.isEmpty() ? name : name.front().toUpper() + name.mid(1);
        name += QLatin1Char(' ') + QString::number(month.start.year());
        if (month.start.day() != 1 || month.end.day() != month.end.daysInMonth())
            name += QStringLiteral(" (%1–%2)").arg(month.start.day()).arg(month.end.day());
        months << QStringList{esc(name), measure(month.area, true, true), measure(month.offices, false, true),
                              measure(month.workstations, false, true)};
    }
    table(monthColumns, months, tr("The period holds no month."));

}

void HtmlWriter::tenants()
{
    const ReportData &d = m_data;
    heading(QStringLiteral("3"), tr("Tenants on %1").arg(m_format.date(d.request.period.end)));
    const QList<Column> columns{{tr("Company"), Align::Left, QStringLiteral("26%")},
                                {tr("Sector"), Align::Left, QStringLiteral("22%")},
                                {tr("Offices"), Align::Left, QStringLiteral("16%")},
                                {tr("Area"), Align::Right, QStringLiteral("12%")},
                                {tr("Since"), Align::Right, QStringLiteral("12%")},
                                {tr("Until"), Align::Right, QStringLiteral("12%")}};
    QList<QStringList> rows;
    for (const TenantRow &tenant : d.tenantRows)
        rows << QStringList{esc(tenant.company), esc(sectorLabel(tenant.sector)), esc(tenant.offices.join(QStringLiteral(", "))),
                            m_format.area(tenant.areaM2), m_format.date(tenant.start),
                            tenant.end.isValid() ? m_format.date(tenant.end) : esc(tr("open-ended"))};
    table(columns, rows, tr("No company was a tenant on that day."));
    if (!rows.isEmpty())
        paragraph(esc(tr("%1 tenants occupying %2. Since: the earliest start of the leases active that day; until: the "
                         "latest last day of those leases.")
                          .arg(m_format.integer(d.tenants), m_format.area(d.lastDay.area.occupied))),
                  true);
}

void HtmlWriter::movements()
{
    const ReportData &d = m_data;
    heading(QStringLiteral("4"), tr("Entries and exits"));
    paragraph(esc(tr("A company enters when its stay (from its first lease's start to its last lease's last day) begins "
                     "during the period, and exits when its stay ends during it.")),
              true);
    subheading(tr("Entries (%1)").arg(m_format.integer(d.entries.size())));
    QList<QStringList> rows;
    for (const ReportMovement &entry : d.entries)
        rows << QStringList{esc(entry.company), esc(sectorLabel(entry.sector)), m_format.date(entry.date)};
    table({{tr("Company"), Align::Left, QStringLiteral("45%")},
           {tr("Sector"), Align::Left, QStringLiteral("35%")},
           {tr("First day"), Align::Right, QStringLiteral("20%")}},
          rows, tr("No company entered during the period."));

    subheading(tr("Exits (%1)").arg(m_format.integer(d.exits.size())));
    rows.clear();
    for (const ReportMovement &exit : d.exits)
        rows << QStringList{esc(exit.company), esc(sectorLabel(exit.sector)), m_format.date(exit.date),
                            exit.reason ? esc(capitalised(label(*exit.reason))) : esc(tr("Not recorded"))};
    table({{tr("Company"), Align::Left, QStringLiteral("34%")},
           {tr("Sector"), Align::Left, QStringLiteral("26%")},
           {tr("Last day"), Align::Right, QStringLiteral("15%")},
           {tr("Exit reason"), Align::Left, QStringLiteral("25%")}},
          rows, tr("No company left during the period."));
}

void HtmlWriter::terms()
{
    const ReportData &d = m_data;
    heading(QStringLiteral("5"), tr("Leases ending and alerts"));
    subheading(tr("Leases ending by %1").arg(m_format.date(d.expiryEnd)));
    QList<QStringList> rows;
    for (const ReportExpiry &line : d.expiries) {
        const Expiry &expiry = line.expiry;
        QString deadline = expiry.noticeDeadline.isValid() ? m_format.date(expiry.noticeDeadline) : esc(tr("ended early"));
        if (expiry.noticeDeadline.isValid() && expiry.noticeDeadlinePassed)
            deadline = QStringLiteral("<font color=\"%1\">%2</font>").arg(downColour, deadline + QLatin1Char(' ') + esc(tr("(passed)")));
        rows << QStringList{esc(line.company), esc(line.office), esc(label(expiry.type)), m_format.date(expiry.lastDay),
                            expiry.noticeMonths == 1 ? esc(tr("1 month")) : esc(tr("%1 months").arg(expiry.noticeMonths)), deadline};
    }
    table({{tr("Company"), Align::Left, QStringLiteral("25%")},
           {tr("Office"), Align::Left, QStringLiteral("19%")},
           {tr("Agreement"), Align::Left, QStringLiteral("18%")},
           {tr("Last day"), Align::Right, QStringLiteral("12%")},
           {tr("Notice"), Align::Right, QStringLiteral("10%")},
           {tr("Notice by"), Align::Right, QStringLiteral("16%")}},
          rows, tr("No lease ends in the %1 months after the period.").arg(d.expiryMonths));
    if (!rows.isEmpty())
        paragraph(esc(tr("Notice by: the last day on which notice can be given so that the notice period runs whole before the "
                         "lease's last day. Leases already renewed in the same office are left out.")),
                  true);

    subheading(tr("Legal and policy alerts"));
    rows.clear();
    for (const ReportAlert &line : d.alerts) {
        const Alert &alert = line.alert;
        const QString colour = alert.severity == AlertSeverity::Critical ? downColour
            : alert.severity == AlertSeverity::Warning                   ? QStringLiteral("#a15c00")
                                                                         : mutedColour;
        rows << QStringList{QStringLiteral("<font color=\"%1\"><b>%2</b></font>").arg(colour, esc(capitalised(label(alert.severity)))),
                            m_format.date(alert.date),
                            QStringLiteral("%1<br><font color=\"%2\">%3</font>").arg(esc(alert.message), mutedColour, esc(alert.rule))};
    }
    table({{tr("Severity"), Align::Left, QStringLiteral("16%")},
           {tr("From"), Align::Right, QStringLiteral("12%")},
           {tr("Situation and rule"), Align::Left, QStringLiteral("72%")}},
          rows, tr("No legal or policy alert on %1 or in the %2 months after.").arg(m_format.date(d.request.period.end)).arg(d.expiryMonths));
}

void HtmlWriter::indicators()
{
    const Indicators &ind = m_data.indicators;
    heading(QStringLiteral("6"), tr("Funders' indicators"));
    auto count = [&](qint64 value) { return m_format.integer(value); };
    auto months = [&](const std::optional<double> &value) {
        return value ? tr("%1 months").arg(m_format.number(*value, 1)) : Format::none();
    };
    const QList<Column> two{{tr("Indicator"), Align::Left, QStringLiteral("70%")}, {tr("Value"), Align::Right, QStringLiteral("30%")}};
    const QString indent = QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;");
    table(two, {
                   {esc(tr("Companies hosted during the period")), count(ind.companiesHosted)},
                   {esc(tr("Entries (stays that began)")), count(ind.entries)},
                   {esc(tr("Exits (stays that ended)")), count(ind.exits.total)},
                   {indent + esc(capitalised(label(ExitReason::GraduatedLocal))), count(ind.exits.graduatedLocal)},
                   {indent + esc(capitalised(label(ExitReason::MovedAway))), count(ind.exits.movedAway)},
                   {indent + esc(capitalised(label(ExitReason::Closed))), count(ind.exits.closed)},
                   {indent + esc(capitalised(label(ExitReason::Other))), count(ind.exits.other)},
                   {indent + esc(tr("Exit reason not recorded")), count(ind.exits.unknown)},
               });

    subheading(tr("Jobs hosted"));
    auto jobs = [&](const QString &title, const JobsHosted &hosted) {
        return QStringList{esc(title), m_format.date(hosted.date), count(hosted.jobs), count(hosted.tenants), count(hosted.unknown)};
    };
    table({{tr("Day"), Align::Left, QStringLiteral("28%")},
           {tr("Date"), Align::Right, QStringLiteral("16%")},
           {tr("Jobs"), Align::Right, QStringLiteral("14%")},
           {tr("Tenants"), Align::Right, QStringLiteral("14%")},
           {tr("Headcount unknown"), Align::Right, QStringLiteral("28%")}},
          {jobs(tr("Start of the period"), ind.jobsAtStart), jobs(tr("End of the period"), ind.jobsAtEnd)});

    subheading(tr("Length of stay"));
    auto stay = [&](const QString &title, const StayLengths &lengths) {
        return QStringList{esc(title), count(lengths.count), months(lengths.averageMonths), months(lengths.medianMonths)};
    };
    table({{tr("Stays"), Align::Left, QStringLiteral("46%")},
           {tr("Number"), Align::Right, QStringLiteral("14%")},
           {tr("Average"), Align::Right, QStringLiteral("20%")},
           {tr("Median"), Align::Right, QStringLiteral("20%")}},
          {stay(tr("Ended during the period"), ind.endedStays),
           stay(tr("Still running, measured to %1").arg(m_format.date(ind.to)), ind.ongoingStays)});

    subheading(tr("Survival of former tenants"));
    auto survival = [&](const QString &title, const Survival &s) {
        return QStringList{esc(title), count(s.known), count(s.active), m_format.percent(s.share)};
    };
    table({{tr("Former tenants"), Align::Left, QStringLiteral("46%")},
           {tr("Reason known"), Align::Right, QStringLiteral("18%")},
           {tr("Still active"), Align::Right, QStringLiteral("18%")},
           {tr("Share"), Align::Right, QStringLiteral("18%")}},
          {survival(tr("Left 3 years or more before the end"), ind.threeYears),
           survival(tr("Left 5 years or more before the end"), ind.fiveYears)});
    paragraph(esc(tr("Survival is known only where an exit reason is recorded; a share without any known reason is shown as “%1”.")
                      .arg(Format::none())),
              true);
}

void HtmlWriter::appendix()
{
    heading(QStringLiteral("A"), tr("Appendix: how each figure is computed"));
    const QList<std::pair<QString, QString>> notes{
        {tr("Days and leases"),
         tr("Days are calendar dates and every period includes its first and last day. A lease is active on a day from its "
            "start to its last day: the early termination date if there is one, else its end; an open-ended lease has no "
            "last day. Cancelled leases never count.")},
        {tr("Offices in service"),
         tr("An office counts on a day when that day falls within its availability dates (a missing date is no limit). An "
            "office out of service is neither occupied nor in the total.")},
        {tr("Occupancy on a day"),
         tr("By office: offices with at least one active lease ÷ offices in service. By workstation: occupied workstations "
            "÷ workstations, where a private office with a lease has all its workstations occupied and a shared office those "
            "of its active leases. By area: the sum of each office's area × its occupied workstations ÷ its workstations, "
            "÷ the total area in service.")},
        {tr("Occupancy over a period"),
         tr("The sum over the days of what is occupied ÷ the sum over the days of what is in service (office-days, m²-days, "
            "workstation-days). The “x of y” figures beside a rate are averages per day. A month of the chart is this over "
            "the calendar month, cut to the period.")},
        {tr("Comparisons"),
         tr("The previous period has as many days and ends the day before the period starts. Changes of rates are in "
            "percentage points: ▲ up, ▼ down, = unchanged; green when the change is good news for the incubator (more "
            "occupancy, fewer free offices), red when it is not.")},
        {tr("Tenants and sector mix"),
         tr("Tenants on a day: companies with at least one active lease that day. The sector mix counts each tenant once in "
            "its sector, with its shares of the area and workstations of the offices it occupies.")},
        {tr("Rent roll"),
         tr("The rent step in force on each day, a month's rent spread evenly over the days of its month, excluding VAT; "
            "rounded to the cent once per lease and month. Free space at its reference rent: each office's area × reference "
            "rent per m² and year ÷ 12 per month, times its free share on each day.")},
        {tr("Entries, exits and stays"),
         tr("A stay runs from a company's first lease start to its last lease's last day. Entries are stays that begin "
            "during the period, exits stays that end during it, with the exit reason recorded on the company. Lengths are in "
            "months of 365.25 ÷ 12 days, both ends included; the median of an even number of stays is the mean of the two "
            "middle ones.")},
        {tr("Jobs"),
         tr("On a day, the sum over that day's tenants of the last headcount known on or before it; tenants without one add "
            "nothing and are counted as unknown.")},
        {tr("Survival"),
         tr("Among former tenants whose stay ended at least 3 (or 5) years before the end of the period, those with an "
            "exit reason recorded; still active are those whose reason is not “%1”.")
             .arg(label(ExitReason::Closed))},
        {tr("Leases ending and alerts"),
         tr("Leases whose last day falls within %1 months after the period, with the last day to give notice. Alerts quote "
            "the rule at stake: short-term (dérogatoire) leases over 36 months in the same premises (Code de commerce "
            "L145-5), staying on after such a lease, a stay over the site's maximum, précaire agreements stacking up.")
             .arg(m_data.expiryMonths)},
        {tr("Missing values"), tr("A rate whose total is zero has no value and is shown as “%1”, never as 0.").arg(Format::none())},
    };
    for (const auto &[title, text] : notes)
        paragraph(QStringLiteral("<b>%1.</b> %2").arg(esc(title), esc(text)));
    if (m_data.request.siteId)
        paragraph(esc(tr("This report covers one site: only its offices and the leases of its offices count, and a stay is "
                         "the time spent in this site.")));
    paragraph(esc(tr("Every figure can be recomputed with pepin-cli: occupancy, sectors, tenants, rent-roll, expiring, "
                     "alerts and indicators give the same numbers for the same period.")),
              true);
}

QString HtmlWriter::write()
{
    const QString language = m_data.request.language;
    m_html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">\n<title>%2</title>\n")
                 .arg(language, esc(tr("Occupancy report — %1").arg(m_data.incubator)));
    m_html += QStringLiteral(
        "<style>\n"
        "h1 { font-size: 17pt; color: #1f3a5f; margin-top: 0px; margin-bottom: 10px; }\n"
        "h2 { font-size: 12pt; color: #1f3a5f; margin-top: 18px; margin-bottom: 6px; }\n"
        "p { margin-top: 4px; margin-bottom: 4px; }\n"
        "p.note { font-size: 8pt; }\n"
        "th { font-weight: bold; font-size: 8.5pt; }\n"
        "td { font-size: 8.5pt; }\n");
    if (!m_print)
        m_html += QStringLiteral(
            "body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 10pt; color: #263238;"
            " max-width: 190mm; margin: 20px auto; }\n"
            "table.data { border-collapse: collapse; margin-bottom: 6px; }\n"
            "table.data td, table.data th { border-bottom: 1px solid #c9d2dc; text-align: inherit; }\n"
            "h1 { border-top: 2px solid #1f3a5f; padding-top: 14px; margin-top: 36px; }\n"
            "svg { max-width: 100%; height: auto; }\n");
    m_html += QStringLiteral("</style></head><body>\n");
    cover();
    summary();
    charts();
    tenants();
    movements();
    terms();
    indicators();
    appendix();
    m_html += QStringLiteral("</body></html>\n");
    return m_html;
}

QFont bodyFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Arial")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9);
    return font;
}

} // namespace

ReportDocument::ReportDocument(const ReportData &data)
    : m_data(data)
    , m_document(std::make_unique<QTextDocument>())
    , m_charts(std::make_unique<ChartObject>(m_data))
    , m_layoutDevice(std::make_unique<QImage>(1, 1, QImage::Format_RGB32))
{
    const ReportLanguage language(m_data.request.language);
    const Format format(language.locale());
    m_title = tr("Occupancy report · %1").arg(tr("%1 to %2", "a period: first day to last day")
                                                    .arg(format.date(m_data.request.period.start), format.date(m_data.request.period.end)));
    m_pageOf = tr("Page %1 of %2");
    m_producedBy = tr("%1 · produced on %2 with Pépin").arg(m_data.scope, format.date(m_data.request.produced));

    // Laid out at 96 dpi whatever it is drawn on, so that the PDF, the printer and the preview
    // cut the pages at the same places.
    const int dotsPerMetre = qRound(layoutDpi / 0.0254);
    m_layoutDevice->setDotsPerMeterX(dotsPerMetre);
    m_layoutDevice->setDotsPerMeterY(dotsPerMetre);
    m_document->documentLayout()->setPaintDevice(m_layoutDevice.get());
    m_document->setDefaultFont(bodyFont());
    m_document->setDocumentMargin(0);
    // The charts are the document's only images: drawn by ChartObject, as vectors, instead of
    // being loaded as pixels.
    m_document->documentLayout()->registerHandler(QTextFormat::ImageObject, m_charts.get());
    m_document->setHtml(HtmlWriter(m_data, true).write());
    m_document->setPageSize(bodyRect().size());
}

ReportDocument::~ReportDocument() = default;

QSizeF ReportDocument::pageSize()
{
    return QSizeF(mm(210), mm(297));
}

QRectF ReportDocument::bodyRect() const
{
    const QSizeF page = pageSize();
    const qreal top = mm(14) + 30;
    const qreal bottom = mm(14) + 26;
    return QRectF(mm(18), top, page.width() - 2 * mm(18), page.height() - top - bottom);
}

int ReportDocument::pageCount() const
{
    return m_document->pageCount();
}

void ReportDocument::paintPage(QPainter &painter, int page) const
{
    const QSizeF size = pageSize();
    const QRectF body = bodyRect();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    QFont small = bodyFont();
    small.setPointSizeF(7.5);
    // Point sizes mean the layout's pixels here too, not the device's.
    small.setPixelSize(qRound(7.5 * layoutDpi / 72));
    painter.setFont(small);
    const QColor muted(mutedColour);
    const qreal left = body.left();
    const qreal right = body.right();
    if (page == 0) {
        // The cover's band, the colour of the headings.
        painter.fillRect(QRectF(0, 0, size.width(), mm(9)), QColor(navy));
        painter.fillRect(QRectF(0, mm(9), size.width(), mm(1.2)), ReportCharts::areaColour());
    } else {
        const qreal y = mm(14);
        QFont bold = small;
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(QColor(navy));
        const QString name = QFontMetricsF(bold).elidedText(m_data.incubator, Qt::ElideRight, body.width() * 0.48);
        painter.drawText(QRectF(left, y, body.width() * 0.5, 16), Qt::AlignLeft | Qt::AlignVCenter, name);
        painter.setFont(small);
        painter.setPen(muted);
        painter.drawText(QRectF(left + body.width() * 0.5, y, body.width() * 0.5, 16), Qt::AlignRight | Qt::AlignVCenter, m_title);
        painter.setPen(QPen(QColor(rule), 0.8));
        painter.drawLine(QPointF(left, y + 19), QPointF(right, y + 19));
    }
    const qreal footer = size.height() - mm(14) - 16;
    painter.setPen(QPen(QColor(rule), 0.8));
    painter.drawLine(QPointF(left, footer - 4), QPointF(right, footer - 4));
    painter.setPen(muted);
    painter.drawText(QRectF(left, footer, body.width() * 0.7, 16), Qt::AlignLeft | Qt::AlignVCenter, m_producedBy);
    painter.drawText(QRectF(left + body.width() * 0.7, footer, body.width() * 0.3, 16), Qt::AlignRight | Qt::AlignVCenter,
                     m_pageOf.arg(page + 1).arg(pageCount()));

    painter.translate(body.left(), body.top() - page * body.height());
    const QRectF clip(0, page * body.height(), body.width(), body.height());
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, QColor(0x26, 0x32, 0x38));
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();
}

bool ReportDocument::print(QPagedPaintDevice &device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const qreal scale = device.logicalDpiX() / layoutDpi;
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0 && !device.newPage())
            return false;
        painter.save();
        painter.scale(scale, scale);
        paintPage(painter, page);
        painter.restore();
    }
    return painter.end();
}

QImage ReportDocument::pageImage(int page, qreal dpi) const
{
    const qreal scale = dpi / layoutDpi;
    const QSizeF size = pageSize() * scale;
    QImage image(size.toSize(), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintPage(painter, page);
    return image;
}

QString ReportDocument::html(const ReportData &data)
{
    const ReportLanguage language(data.request.language);
    return HtmlWriter(data, false).write();
}

QString ReportDocument::plainText() const
{
    return m_document->toPlainText();
}

bool ReportDocument::writePdf(const QString &path, QString *error) const
{
    // QPdfWriter only says that it failed: the file says why.
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(path, probe.errorString());
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Pépin %1").arg(QStringLiteral(PEPIN_VERSION)));
    if (!print(writer)) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

bool ReportDocument::writeHtml(const ReportData &data, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(html(data).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ReportDocument::write(const ReportData &data, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return writeHtml(data, path, error);
    return ReportDocument(data).writePdf(path, error);
}

} // namespace pepin

#include "ReportDocument.moc"
