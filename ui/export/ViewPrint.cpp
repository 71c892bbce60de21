// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewPrint.h"

#include "export/ViewExport.h"

#include <QAbstractItemModel>
#include <QFont>
#include <QPrinter>
#include <QTableView>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace pepin {

ViewPrint::ViewPrint(const QTableView &view, QString title, QString subtitle)
    : m_view(view)
    , m_title(std::move(title))
    , m_subtitle(std::move(subtitle))
{
}

std::unique_ptr<QTextDocument> ViewPrint::document() const
{
    auto document = std::make_unique<QTextDocument>();
    QFont font = document->defaultFont();
    font.setPointSizeF(8.5);
    document->setDefaultFont(font);

    QTextCursor cursor(document.get());
    QTextCharFormat titleFormat;
    titleFormat.setFontPointSize(14);
    titleFormat.setFontWeight(QFont::Bold);
    cursor.insertText(m_title, titleFormat);
    QTextBlockFormat below;
    below.setBottomMargin(8);
    QTextCharFormat subtitleFormat;
    subtitleFormat.setForeground(QColor(0x55, 0x5b, 0x66));
    cursor.insertBlock(below);
    cursor.insertText(m_subtitle, subtitleFormat);

    const QAbstractItemModel &model = *m_view.model();
    const QList<int> columns = ViewExport::shownColumns(m_view);
    if (columns.isEmpty())
        return document;
    QTextTableFormat tableFormat;
    tableFormat.setHeaderRowCount(1);
    tableFormat.setCellPadding(3);
    tableFormat.setCellSpacing(0);
    tableFormat.setBorder(0.5);
    tableFormat.setBorderBrush(QColor(0xc8, 0xcc, 0xd2));
    tableFormat.setBorderCollapse(true);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable *table = cursor.insertTable(model.rowCount() + 1, int(columns.size()), tableFormat);

    QTextCharFormat headFormat;
    headFormat.setFontWeight(QFont::Bold);
    QTextCharFormat headCell;
    headCell.setBackground(QColor(0xee, 0xf0, 0xf3));
    for (int c = 0; c < columns.size(); ++c) {
        QTextTableCell cell = table->cellAt(0, c);
        cell.setFormat(headCell);
        QTextCursor at = cell.firstCursorPosition();
        at.insertText(model.headerData(columns.at(c), Qt::Horizontal, Qt::DisplayRole).toString(), headFormat);
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int c = 0; c < columns.size(); ++c) {
            const QModelIndex index = model.index(row, columns.at(c));
            QTextCursor at = table->cellAt(row + 1, c).firstCursorPosition();
            QTextBlockFormat alignment;
            alignment.setAlignment(Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt()) & Qt::AlignHorizontal_Mask);
            at.setBlockFormat(alignment);
            at.insertText(index.data(Qt::DisplayRole).toString());
        }
    }
    return document;
}

void ViewPrint::print(QPrinter &printer) const
{
    // With no page size of its own, the document is laid out on the printer's page, and
    // QTextDocument numbers the pages at their foot.
    document()->print(&printer);
}

} // namespace pepin
