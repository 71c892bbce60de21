// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QPrinter;
class QTableView;
class QTextDocument;

namespace pepin {

// A table as the user sees it, on paper: the rows of the view's model in their order (the page's
// filter and sort), the columns shown in their order on screen, each cell as displayed (in the
// language's formats, quantities on the right), under a title and a line saying where it comes
// from. The column titles repeat at the top of every page; the pages are numbered.
class ViewPrint
{
    Q_DECLARE_TR_FUNCTIONS(pepin::ViewPrint)

public:
    // The view must outlive this object.
    ViewPrint(const QTableView &view, QString title, QString subtitle);

    // The document printed, laid out for no page yet.
    std::unique_ptr<QTextDocument> document() const;
    // Prints it on `printer`, one table across as many pages as its rows need.
    void print(QPrinter &printer) const;

private:
    const QTableView &m_view;
    QString m_title;
    QString m_subtitle;
};

} // namespace pepin
