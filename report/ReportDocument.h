// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportData.h"

#include <QCoreApplication>
#include <QImage>
#include <QSizeF>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace pepin {

class ChartObject;

// The occupancy report as a document: its HTML, and its pages on A4 paper with a running header
// and page numbers. Its tables split across pages with their header row repeated; its charts
// are drawn as vectors. Everything printed comes from a ReportData; nothing is computed here.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(pepin::Report)

public:
    explicit ReportDocument(const ReportData &data);
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    const ReportData &data() const { return m_data; }

    // A4 in the layout's units (pixels at 96 dpi, the resolution the document is laid out in).
    static QSizeF pageSize();
    static constexpr qreal layoutDpi = 96;

    int pageCount() const;
    // Draws one page, the first being 0, in layout units from the page's top-left corner.
    void paintPage(QPainter &painter, int page) const;
    // Every page on a paged device (a PDF writer or a printer) set to A4 with no margins: the
    // pages carry their own.
    bool print(QPagedPaintDevice &device) const;
    // One page as an image at `dpi`, on white, for a preview.
    QImage pageImage(int page, qreal dpi) const;

    // The report as one self-contained HTML page, its charts inline SVG. Written in the report's
    // language.
    static QString html(const ReportData &data);

    // The body of the report as the text document lays it out, for tests.
    QString plainText() const;

    // Writes the report to `path`: a PDF, or HTML when the name ends in .html or .htm. False with
    // the reason in `error` when the file cannot be written.
    static bool write(const ReportData &data, const QString &path, QString *error = nullptr);
    bool writePdf(const QString &path, QString *error = nullptr) const;
    static bool writeHtml(const ReportData &data, const QString &path, QString *error = nullptr);

private:
    QRectF bodyRect() const;

    ReportData m_data;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<ChartObject> m_charts;
    std::unique_ptr<QImage> m_layoutDevice;
    QString m_title;       // the running header's right side
    QString m_pageOf;      // "Page %1 of %2"
    QString m_producedBy;  // the footer's left side
};

} // namespace pepin
