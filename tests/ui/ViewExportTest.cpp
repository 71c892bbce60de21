// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "EditingSupport.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "dialogs/ExportDialog.h"
#include "export/ViewExport.h"
#include "models/LeaseTableModel.h"
#include "models/OfficeTableModel.h"
#include "models/SearchFilterModel.h"
#include "pages/TablePage.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QTableView>

using namespace pepin;
using namespace pepin::test;

namespace {

struct Demo
{
    ScopedSettings settings;
    RecordedMessages messages;
    TestDatabase db;
    Clock clock = Clock::fixed(QDate(2026, 11, 29));

    Demo() { REQUIRE(DemoData::populate(db.store(), clock)); }
};

// The file's lines, without the byte order mark and the CRLFs.
QStringList linesOf(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(QChar::ByteOrderMark)))
        text.remove(0, 1);
    REQUIRE(text.endsWith(QStringLiteral("\r\n")));
    text.chop(2);
    return text.split(QStringLiteral("\r\n"));
}

QByteArray exportedView(const QTableView &view, CsvFormat::Preset preset)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(ViewExport(view, ViewExport::Options{CsvFormat::preset(preset), {}, {}}).write(buffer).ok());
    return bytes;
}

// Hides a column the way the user does: from the header's menu.
void hideColumn(TablePage &page, const QString &title)
{
    std::unique_ptr<QMenu> menu(page.createColumnMenu());
    for (QAction *action : menu->actions()) {
        if (action->text() == title) {
            REQUIRE(action->isChecked());
            action->trigger();
            return;
        }
    }
    FAIL("no column " << title.toStdString());
}

} // namespace

TEST_CASE("Export this view writes the rows the search leaves, in their order, and the columns shown, in theirs",
          "[ui][export][view]")
{
    Demo demo;
    MainWindow window(demo.db.store(), demo.clock);
    window.showPage(QStringLiteral("offices"));
    TablePage *page = window.page(QStringLiteral("offices"));
    REQUIRE(page);
    QTableView *view = page->view();
    QHeaderView *header = view->horizontalHeader();

    // The first floor only, the largest first; no floor column; the area moved to the front.
    page->searchField()->setText(QStringLiteral("B0"));
    REQUIRE(page->proxy()->rowCount() == 6);
    view->sortByColumn(OfficeTableModel::Area, Qt::DescendingOrder);
    hideColumn(*page, QStringLiteral("Floor"));
    header->moveSection(header->visualIndex(OfficeTableModel::Area), 0);
    REQUIRE(header->isSectionHidden(OfficeTableModel::Floor));

    // From the page's context menu, the export dialog opens with the table chosen.
    std::unique_ptr<QMenu> menu(page->createContextMenu());
    QAction *exportView = menu->findChild<QAction *>(QStringLiteral("exportView"));
    REQUIRE(exportView);
    CHECK(exportView->text() == QStringLiteral("Export this view…"));
    exportView->trigger();
    auto *dialog = window.findChild<ExportDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->viewChosen());
    CHECK(dialog->kindCombo()->currentText() == QStringLiteral("The current table as shown (Offices)"));
    CHECK(QFileInfo(dialog->path()).fileName() == QStringLiteral("offices-2026-11-29.csv"));
    CHECK(dialog->dateEdit()->isHidden());
    CHECK(dialog->fromEdit()->isHidden());
    CHECK(dialog->siteCombo()->isHidden());

    dialog->setPreset(CsvFormat::Preset::ExcelFrance);
    const QString path = demo.db.file(QStringLiteral("bureaux.csv"));
    dialog->pathEdit()->setText(path);
    REQUIRE(dialog->exportNow());
    CHECK(demo.messages.last().startsWith(QStringLiteral("6 row")));

    const QByteArray bytes = fileBytes(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = linesOf(bytes);
    REQUIRE(lines.size() == 1 + 6);
    CHECK(lines[0]
          == QStringLiteral("Area;Site;Office;Workstations;Kind;Reference rent (€/m²/year);Available from;Available until;"
                            "Tenant today"));
    // Raw values in the preset's formats, not the screen's "40 m²" and "120,00 €".
    CHECK(lines[1].startsWith(QStringLiteral("40;Ateliers numériques de Valenciennes;B01;5;Private office;120,00;01/11/2017;;")));
    QList<double> areas;
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(QLatin1Char(';'));
        REQUIRE(cells.size() == 9);
        CHECK(cells[2].startsWith(QStringLiteral("B0")));
        areas << cells[0].toDouble();
    }
    CHECK(areas == QList<double>{40, 38, 35, 33, 30, 26});
    CHECK_FALSE(QString::fromUtf8(bytes).contains(QStringLiteral("m²;"))); // no unit in the cells
    CHECK_FALSE(QString::fromUtf8(bytes).contains(QStringLiteral("€;")));
}

TEST_CASE("A view exported in the Standard preset: ISO dates, decimal points, amounts without grouping or currency",
          "[ui][export][view]")
{
    Demo demo;
    MainWindow window(demo.db.store(), demo.clock);
    TablePage *page = window.page(QStringLiteral("leases"));
    REQUIRE(page);
    QHeaderView *header = page->view()->horizontalHeader();
    page->view()->sortByColumn(LeaseTableModel::MonthlyRent, Qt::DescendingOrder);
    // The lease's end before its start, and no status.
    header->moveSection(header->visualIndex(LeaseTableModel::End), header->visualIndex(LeaseTableModel::Start));
    hideColumn(*page, QStringLiteral("Status"));

    const QStringList lines = linesOf(exportedView(*page->view(), CsvFormat::Preset::Standard));
    REQUIRE(lines.size() == 1 + page->proxy()->rowCount());
    CHECK(lines[0] == QStringLiteral("Company,Site,Office,Type,End,Start,Ended early on,Workstations,Monthly rent"));
    const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QRegularExpression amount(QStringLiteral("^\\d+\\.\\d{2}$"));
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < page->proxy()->rowCount(); ++row) {
        const QStringList cells = lines[row + 1].split(QLatin1Char(','));
        INFO(lines[row + 1].toStdString());
        REQUIRE(cells.size() == 9);
        const Lease &lease = static_cast<LeaseTableModel *>(page->model())
                                 ->lease(page->proxy()->mapToSource(page->proxy()->index(row, 0)).row());
        CHECK(cells[5] == lease.start.toString(Qt::ISODate));
        CHECK(cells[5].contains(isoDate));
        // An open-ended lease has no end, not the table's "Open-ended" nor its sorting date.
        CHECK(cells[4] == (lease.end.isValid() ? lease.end.toString(Qt::ISODate) : QString()));
        if (!cells[8].isEmpty()) {
            CHECK(cells[8].contains(amount));
            const qint64 cents = qRound64(cells[8].toDouble() * 100);
            CHECK(cents <= previous); // in the table's order
            previous = cents;
        }
    }
}
