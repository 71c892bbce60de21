// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile text through the editors (issue 10): typed or pasted into the company editor and saved,
// it is stored unchanged, the companies table shows it, and the editor opened again shows it and
// saves it unchanged; NUL is refused on its field; tool tips show typed text as text.
#include "CatchQt.h"

#include "Builders.h"
#include "EditingSupport.h"
#include "HostileText.h"
#include "MainWindow.h"
#include "Records.h"
#include "TestDatabase.h"

#include "commands/Editing.h"
#include "dialogs/CompanyEditor.h"
#include "models/CompanyTableModel.h"
#include "pages/TablePage.h"
#include "widgets/TableItemDelegate.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>

using namespace pepin;
using namespace pepin::test;

namespace {

const QString hostileEmail = QStringLiteral("=cmd|'calc'!A0@evil.example");

struct Incubator : GuiFixture
{
    std::unique_ptr<MainWindow> window;

    Incubator()
        : GuiFixture(d("2026-03-01"))
    {
        window = std::make_unique<MainWindow>(db.store(), clock);
    }

    CompanyEditor *newCompanyEditor()
    {
        auto *editor = qobject_cast<CompanyEditor *>(window->newRecord(QStringLiteral("companies")));
        REQUIRE(editor);
        return editor;
    }

    // What the companies table shows of a company, column by column.
    QString shown(Id id, int column)
    {
        auto *model = qobject_cast<CompanyTableModel *>(window->page(QStringLiteral("companies"))->model());
        REQUIRE(model);
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->company(row).id == id)
                return model->index(row, column).data(Qt::DisplayRole).toString();
        }
        FAIL("the table has no row for the company");
        return {};
    }
};

// Typed as a keyboard or an input method sends it: one key event per character, a character
// outside the BMP (an emoji) as its two UTF-16 units in one event.
void typeText(QWidget *widget, const QString &text)
{
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype units = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString character = text.mid(i, units);
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, character);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, character);
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
        i += units;
    }
}

// Pasted: what Edit ▸ Paste does with the clipboard's text.
void pasteText(QLineEdit *edit, const QString &text)
{
    edit->clear();
    edit->insert(text);
}

void pasteText(QPlainTextEdit *edit, const QString &text)
{
    edit->clear();
    edit->insertPlainText(text);
}

// Notes as a multi-line text field gives them: its lines end with LF, whatever ended them in the
// text typed or pasted (CR LF, CR, U+2029 PARAGRAPH SEPARATOR); everything else is kept.
QString typedNotes(QString text)
{
    return text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'))
        .replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
}

void save(CompanyEditor *editor)
{
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// What a keyboard cannot type: control characters and line breaks (a line edit refuses them as
// keys), and the long text, which is pasted rather than typed.
bool typeable(const QString &text)
{
    if (text.size() > 1000)
        return false;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("Hostile text typed or pasted into the company editor is stored unchanged and shown", "[hostile][ui][editors]")
{
    for (const HostileText &hostile : hostileTexts()) {
        for (const bool typed : {true, false}) {
            if (typed && !typeable(hostile.text))
                continue;
            INFO(describe(hostile) << (typed ? ", typed" : ", pasted"));
            const QString &t = hostile.text;
            Incubator incubator;
            QPointer<CompanyEditor> editor = incubator.newCompanyEditor();
            if (typed) {
                for (QLineEdit *edit : {editor->nameEdit(), editor->nafEdit(), editor->contactEdit(), editor->phoneEdit()})
                    typeText(edit, t);
                typeText(editor->notesEdit(), t);
            } else {
                for (QLineEdit *edit : {editor->nameEdit(), editor->nafEdit(), editor->contactEdit(), editor->phoneEdit()})
                    pasteText(edit, t);
                pasteText(editor->notesEdit(), t);
            }
            CHECK(textDifference(editor->nameEdit()->text(), t) == QString());
            pasteText(editor->emailEdit(), hostileEmail);
            save(editor);
            INFO(incubator.messages.last().toStdString());
            REQUIRE(editor.isNull()); // saved, so closed
            CHECK(incubator.messages.all().isEmpty());

            REQUIRE(incubator.db->companies().size() == 1);
            const Company stored = incubator.db->companies().constFirst();
            CHECK(textDifference(stored.name, t) == QString());
            CHECK(textDifference(stored.naf, t.toUpper()) == QString()); // a code, in capitals as every input writes it
            CHECK(textDifference(stored.contact, t) == QString());
            CHECK(textDifference(stored.phone, t) == QString());
            CHECK(textDifference(stored.notes, typedNotes(t)) == QString());
            CHECK(stored.email == hostileEmail);

            // The table shows it as stored.
            CHECK(textDifference(incubator.shown(stored.id, CompanyTableModel::Name), t) == QString());
            CHECK(textDifference(incubator.shown(stored.id, CompanyTableModel::Contact), t) == QString());
            CHECK(textDifference(incubator.shown(stored.id, CompanyTableModel::Phone), t) == QString());

            // Opened again, the editor shows it whole and saves it unchanged, notes included.
            auto *again = new CompanyEditor(incubator.window->editing(), incubator.clock, stored, incubator.window.get());
            again->setAttribute(Qt::WA_DeleteOnClose);
            CHECK(textDifference(again->nameEdit()->text(), t) == QString());
            CHECK(textDifference(again->contactEdit()->text(), t) == QString());
            save(again);
            CHECK(incubator.messages.all().isEmpty());
            checkSameContent(incubator.db->company(stored.id).value(), stored);
        }
    }
}

TEST_CASE("NUL pasted into the company editor is marked on its field, and nothing is written", "[hostile][ui][editors]")
{
    Incubator incubator;
    QPointer<CompanyEditor> editor = incubator.newCompanyEditor();
    pasteText(editor->nameEdit(), QStringLiteral("Nul Inc"));
    pasteText(editor->notesEdit(), nulText());
    save(editor);
    REQUIRE_FALSE(editor.isNull());
    CHECK(editor->markedFields() == QStringList{QStringLiteral("notes")});
    CHECK(editor->problemText(QStringLiteral("notes")).contains(QStringLiteral("U+0000")));
    CHECK(incubator.db->companies().isEmpty());

    // Taken out, it saves.
    pasteText(editor->notesEdit(), QStringLiteral("before after"));
    save(editor);
    CHECK(editor.isNull());
    CHECK(incubator.db->companies().size() == 1);
}

TEST_CASE("A table's tool tips show the notes and names people typed as text, not as markup", "[hostile][ui]")
{
    QStandardItemModel model(1, 1);
    const QString notes = QStringLiteral("<b>bold</b> <img src=\"file:///etc/passwd\"> & \"x\"\nsecond line");
    model.setData(model.index(0, 0), QStringLiteral("Alpha"), Qt::DisplayRole);
    model.setData(model.index(0, 0), notes, Qt::ToolTipRole);
    QTableView view;
    view.setModel(&model);
    view.setItemDelegate(new TableItemDelegate(&view));
    view.resize(400, 200);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    const QRect cell = view.visualRect(model.index(0, 0));
    QHelpEvent help(QEvent::ToolTip, cell.center(), view.viewport()->mapToGlobal(cell.center()));
    QApplication::sendEvent(view.viewport(), &help);
    // The tool tip is the notes as text: escaped, its line break kept.
    CHECK(QToolTip::text() == Qt::convertFromPlainText(notes, Qt::WhiteSpaceNormal));
    CHECK_FALSE(QToolTip::text().contains(QStringLiteral("<b>bold")));
    CHECK(QToolTip::text().contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")));
    QToolTip::hideText();
}

TEST_CASE("Notes that came from elsewhere are kept as they are when the record is saved from its editor", "[hostile][ui][editors]")
{
    Incubator incubator;
    Company company;
    company.name = QStringLiteral("Imported");
    // As a CSV file or another program may have written them.
    company.notes = QStringLiteral(u"first\r\nsecond\rthird\u2029fourth\u00A0: fifth  ");
    company = incubator.db->addCompany(company).value();

    auto *editor = new CompanyEditor(incubator.window->editing(), incubator.clock, company, incubator.window.get());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    pasteText(editor->phoneEdit(), QStringLiteral("03 27 00 11 22"));
    save(editor);
    const Company saved = incubator.db->company(company.id).value();
    CHECK(saved.phone == QStringLiteral("03 27 00 11 22"));
    CHECK(textDifference(saved.notes, company.notes) == QString());

    // Changed in the editor, they are the text typed: lines ended by LF, no-break spaces kept.
    auto *edit = new CompanyEditor(incubator.window->editing(), incubator.clock, saved, incubator.window.get());
    edit->setAttribute(Qt::WA_DeleteOnClose);
    edit->notesEdit()->moveCursor(QTextCursor::End);
    edit->notesEdit()->insertPlainText(QStringLiteral("sixth"));
    save(edit);
    CHECK(textDifference(incubator.db->company(company.id)->notes,
                         QStringLiteral(u"first\nsecond\nthird\nfourth\u00A0: fifth  sixth"))
          == QString());
}
