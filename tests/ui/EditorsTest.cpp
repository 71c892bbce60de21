// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "EditingSupport.h"
#include "MainWindow.h"
#include "Records.h"
#include "TestDatabase.h"
#include "commands/Editing.h"
#include "dialogs/CompanyEditor.h"
#include "dialogs/LeaseEditor.h"
#include "dialogs/OfficeEditor.h"
#include "models/LeaseTableModel.h"
#include "pages/TablePage.h"
#include "util/Format.h"
#include "widgets/DateField.h"
#include "widgets/DatedValueTable.h"
#include "widgets/MoneyEdit.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace pepin;
using namespace pepin::test;

namespace {

// A small incubator on 2026-03-01, in a window, with messages recorded and settings of its own.
struct Incubator : GuiFixture
{
    Site site;
    Office a01, open;
    Company alpha, beta;
    std::unique_ptr<MainWindow> window;

    Incubator()
        : GuiFixture(d("2026-03-01"))
    {
        site = addSite(db.store(), QStringLiteral("Ateliers"));
        a01 = addOffice(db.store(), site.id, QStringLiteral("A01"), 20, 2);
        a01.rentM2YearCents = 12000;
        a01 = db->updateOffice(a01).value();
        open = addOffice(db.store(), site.id, QStringLiteral("Open space"), 80, 10, OfficeKind::Shared);
        alpha = addCompany(db.store(), QStringLiteral("Alpha"), QStringLiteral("Multimedia"));
        beta = addCompany(db.store(), QStringLiteral("Beta"));
        addLease(db.store(), alpha.id, a01.id, d("2025-01-01"), d("2027-12-31"));
        window = std::make_unique<MainWindow>(db.store(), clock);
    }

    QUndoStack &stack() { return *window->editing().undoStack(); }
    QString undoText() { return window->undoAction()->text(); }
    void undo() { window->undoAction()->trigger(); }
    void redo() { window->redoAction()->trigger(); }

    template<typename Editor>
    Editor *newEditor(const QString &page)
    {
        auto *editor = qobject_cast<Editor *>(window->newRecord(page));
        REQUIRE(editor);
        return editor;
    }
};

void clickSave(RecordEditor *editor)
{
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
}

void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_CASE("A company is created, edited, undone and redone through its editor", "[ui][editors]")
{
    Incubator incubator;
    const qsizetype before = incubator.db->companies().size();

    QPointer<CompanyEditor> editor = incubator.newEditor<CompanyEditor>(QStringLiteral("companies"));
    type(editor->nameEdit(), QStringLiteral("Praxys"));
    type(editor->siretEdit(), QStringLiteral("732 829 320 00074"));
    CHECK(editor->problemText(QStringLiteral("siret")).isEmpty());
    editor->chooseNewSector(QStringLiteral("Robotics"));
    editor->createdOnField()->setDate(d("2024-11-02"));
    type(editor->contactEdit(), QStringLiteral("Claire Dumont"));
    type(editor->emailEdit(), QStringLiteral("claire@praxys.example.org"));
    editor->headcountTable()->setRows({{d("2025-01-01"), QStringLiteral("3")}});
    clickSave(editor);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(editor.isNull()); // saved, so closed

    const std::optional<Company> praxys = incubator.db->companyByName(QStringLiteral("Praxys"));
    REQUIRE(praxys);
    CHECK(praxys->siret == QStringLiteral("73282932000074"));
    CHECK(praxys->createdOn == d("2024-11-02"));
    CHECK(praxys->contact == QStringLiteral("Claire Dumont"));
    REQUIRE(praxys->headcounts.size() == 1);
    CHECK(praxys->headcounts.first().headcount == 3);
    const std::optional<Sector> robotics = incubator.db->sectorByName(QStringLiteral("Robotics"));
    REQUIRE(robotics);
    CHECK(praxys->sectorId == robotics->id);
    CHECK(incubator.undoText() == QStringLiteral("&Undo Add company Praxys"));

    // Undo takes the new sector away with the company; redo brings both back, same ids.
    incubator.undo();
    CHECK_FALSE(incubator.db->company(praxys->id));
    CHECK_FALSE(incubator.db->sectorByName(QStringLiteral("Robotics")));
    CHECK(incubator.db->companies().size() == before);
    CHECK(incubator.window->redoAction()->text() == QStringLiteral("&Redo Add company Praxys"));
    incubator.redo();
    REQUIRE(incubator.db->company(praxys->id));
    checkSameContent(*incubator.db->company(praxys->id), *praxys);
    CHECK(incubator.db->sectorByName(QStringLiteral("Robotics"))->id == robotics->id);

    // An edit through the editor opened on the stored record.
    auto *edit = new CompanyEditor(incubator.window->editing(), incubator.clock, incubator.db->company(praxys->id),
                                   incubator.window.get());
    edit->setAttribute(Qt::WA_DeleteOnClose);
    type(edit->phoneEdit(), QStringLiteral("03 27 00 11 22"));
    edit->stageCombo()->setCurrentIndex(edit->stageCombo()->findData(int(CompanyStage::Young)));
    clickSave(edit);
    CHECK(incubator.db->company(praxys->id)->phone == QStringLiteral("03 27 00 11 22"));
    CHECK(incubator.db->company(praxys->id)->stage == CompanyStage::Young);
    CHECK(incubator.undoText() == QStringLiteral("&Undo Edit company Praxys"));

    incubator.undo();
    checkSameContent(*incubator.db->company(praxys->id), *praxys);
    incubator.redo();
    CHECK(incubator.db->company(praxys->id)->phone == QStringLiteral("03 27 00 11 22"));
    CHECK(incubator.messages.all().isEmpty());
}

TEST_CASE("The company editor marks what is wrong and writes nothing", "[ui][editors]")
{
    Incubator incubator;
    const qsizetype before = incubator.db->companies().size();
    QPointer<CompanyEditor> editor = incubator.newEditor<CompanyEditor>(QStringLiteral("companies"));

    type(editor->siretEdit(), QStringLiteral("73282932000075"));
    // Checked as it is typed, before any save.
    CHECK(editor->problemText(QStringLiteral("siret")).isEmpty());
    type(editor->emailEdit(), QStringLiteral("not an address"));
    clickSave(editor);

    REQUIRE_FALSE(editor.isNull());
    CHECK(editor->isVisible());
    CHECK(editor->markedFields() == QStringList{QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("siret")});
    CHECK(editor->problemText(QStringLiteral("name")) == QStringLiteral("A company needs a name."));
    CHECK(editor->problemText(QStringLiteral("siret")).contains(QStringLiteral("check digit")));
    CHECK(incubator.db->companies().size() == before);
    CHECK(incubator.stack().count() == 0);

    // Put right, it saves; the marks are gone.
    type(editor->nameEdit(), QStringLiteral("Gamma"));
    type(editor->siretEdit(), QStringLiteral("73282932000074"));
    type(editor->emailEdit(), QStringLiteral("contact@gamma.example.org"));
    clickSave(editor);
    CHECK(editor->markedFields().isEmpty());
    CHECK(incubator.db->companyByName(QStringLiteral("Gamma")));
}

TEST_CASE("A company name taken already is reported on the name by the store's check", "[ui][editors]")
{
    Incubator incubator;
    CompanyEditor *editor = incubator.newEditor<CompanyEditor>(QStringLiteral("companies"));
    type(editor->nameEdit(), QStringLiteral("alpha"));
    clickSave(editor);
    CHECK(editor->markedFields() == QStringList{QStringLiteral("name")});
    CHECK(editor->problemText(QStringLiteral("name")).contains(QStringLiteral("There is already a company named Alpha")));
    CHECK(incubator.stack().count() == 0);
    editor->reject();
}

TEST_CASE("An edit from stale data is refused in the editor, with nothing overwritten", "[ui][editors]")
{
    Incubator incubator;
    auto *editor = new CompanyEditor(incubator.window->editing(), incubator.clock, incubator.db->company(incubator.beta.id),
                                     incubator.window.get());
    // Meanwhile, another program changes the company.
    Company elsewhere = *incubator.db->company(incubator.beta.id);
    elsewhere.contact = QStringLiteral("Set elsewhere");
    REQUIRE(incubator.db->updateCompany(elsewhere));

    type(editor->phoneEdit(), QStringLiteral("03 27 00 00 00"));
    clickSave(editor);
    CHECK(editor->problemText(QString()).contains(QStringLiteral("changed or removed elsewhere")));
    CHECK(editor->result() != QDialog::Accepted);
    const Company now = *incubator.db->company(incubator.beta.id);
    CHECK(now.contact == QStringLiteral("Set elsewhere"));
    CHECK(now.phone.isEmpty());
    CHECK(incubator.stack().count() == 0);
    delete editor;
}

TEST_CASE("An office is created with a new site, edited, undone and redone through its editor", "[ui][editors]")
{
    Incubator incubator;
    QPointer<OfficeEditor> editor = incubator.newEditor<OfficeEditor>(QStringLiteral("offices"));
    editor->chooseNewSite(QStringLiteral("Extension"));
    type(editor->codeEdit(), QStringLiteral("C01"));
    type(editor->floorEdit(), QStringLiteral("1"));
    editor->areaSpin()->setValue(32.5);
    editor->workstationsSpin()->setValue(4);
    type(editor->rentEdit(), QStringLiteral("135,50"));
    editor->availableFromField()->setDate(d("2026-09-01"));
    clickSave(editor);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(editor.isNull());

    const std::optional<Site> extension = incubator.db->siteByName(QStringLiteral("Extension"));
    REQUIRE(extension);
    const std::optional<Office> c01 = incubator.db->officeByCode(extension->id, QStringLiteral("C01"));
    REQUIRE(c01);
    CHECK(c01->areaM2 == 32.5);
    CHECK(c01->workstations == 4);
    CHECK(c01->rentM2YearCents == 13550);
    CHECK(c01->availableFrom == d("2026-09-01"));
    CHECK_FALSE(c01->availableUntil.isValid());
    CHECK(incubator.undoText() == QStringLiteral("&Undo Add office C01"));

    incubator.undo();
    CHECK_FALSE(incubator.db->office(c01->id));
    CHECK_FALSE(incubator.db->siteByName(QStringLiteral("Extension")));
    incubator.redo();
    checkSameContent(*incubator.db->office(c01->id), *c01);

    auto *edit = new OfficeEditor(incubator.window->editing(), incubator.clock, incubator.db->office(c01->id),
                                  incubator.window.get());
    edit->areaSpin()->setValue(30);
    edit->availableUntilField()->setDate(d("2030-12-31"));
    clickSave(edit);
    CHECK(incubator.db->office(c01->id)->areaM2 == 30);
    CHECK(incubator.db->office(c01->id)->availableUntil == d("2030-12-31"));
    CHECK(incubator.undoText() == QStringLiteral("&Undo Edit office C01"));
    incubator.undo();
    checkSameContent(*incubator.db->office(c01->id), *c01);
    incubator.redo();
    CHECK(incubator.db->office(c01->id)->areaM2 == 30);
}

TEST_CASE("An office change that would make its leases invalid is refused with the leases' problems", "[ui][editors]")
{
    Incubator incubator;
    auto *editor = new OfficeEditor(incubator.window->editing(), incubator.clock, incubator.db->office(incubator.a01.id),
                                    incubator.window.get());
    editor->availableUntilField()->setDate(d("2026-06-30"));
    clickSave(editor);
    CHECK(editor->problemText(QString()).contains(QStringLiteral("would make leases of A01")));
    CHECK_FALSE(incubator.db->office(incubator.a01.id)->availableUntil.isValid());
    CHECK(incubator.stack().count() == 0);
    delete editor;
}

TEST_CASE("A lease is created, edited, removed, undone and redone through the widgets", "[ui][editors]")
{
    Incubator incubator;
    QPointer<LeaseEditor> editor = incubator.newEditor<LeaseEditor>(QStringLiteral("leases"));
    editor->selectCompany(incubator.beta.id);
    editor->selectOffice(incubator.open.id);
    CHECK(editor->workstationsShown());
    editor->typeCombo()->setCurrentIndex(editor->typeCombo()->findData(int(LeaseType::Coworking)));
    editor->startField()->setDate(d("2026-04-01"));
    editor->endField()->setDate(d("2027-03-31"));
    editor->workstationsSpin()->setValue(3);
    editor->rentTable()->setRows({{d("2026-04-01"), QStringLiteral("450")}, {d("2027-01-01"), QStringLiteral("480,50")}});
    type(editor->chargesEdit(), QStringLiteral("60"));
    editor->noticeSpin()->setValue(1);
    clickSave(editor);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(editor.isNull());

    const QList<Lease> ofBeta = incubator.db->leasesOfCompany(incubator.beta.id);
    REQUIRE(ofBeta.size() == 1);
    const Lease lease = ofBeta.first();
    CHECK(lease.officeId == incubator.open.id);
    CHECK(lease.type == LeaseType::Coworking);
    CHECK(lease.start == d("2026-04-01"));
    CHECK(lease.end == d("2027-03-31"));
    CHECK(lease.workstations == 3);
    REQUIRE(lease.rentSteps.size() == 2);
    CHECK(lease.rentSteps.at(1).monthlyRentCents == 48050);
    CHECK(lease.monthlyChargesCents == 6000);
    CHECK(lease.noticeMonths == 1);
    CHECK(incubator.undoText() == QStringLiteral("&Undo Add lease Beta – Open space"));

    incubator.undo();
    CHECK_FALSE(incubator.db->lease(lease.id));
    incubator.redo();
    checkSameContent(*incubator.db->lease(lease.id), lease);

    // Edited from the leases page, as a double click opens it.
    TablePage *page = incubator.window->page(QStringLiteral("leases"));
    auto *model = qobject_cast<LeaseTableModel *>(page->model());
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->lease(r).id == lease.id)
            row = r;
    }
    REQUIRE(row >= 0);
    auto *edit = qobject_cast<LeaseEditor *>(incubator.window->editRecord(QStringLiteral("leases"), row));
    REQUIRE(edit);
    edit->terminatedOnField()->setDate(d("2027-02-28"));
    clickSave(edit);
    INFO(edit->markedFields().join(QLatin1Char(',')).toStdString() + edit->problemText({}).toStdString());
    REQUIRE(edit->result() == QDialog::Accepted);
    CHECK(incubator.db->lease(lease.id)->terminatedOn == d("2027-02-28"));
    CHECK(incubator.undoText() == QStringLiteral("&Undo Edit lease Beta – Open space"));
    incubator.undo();
    checkSameContent(*incubator.db->lease(lease.id), lease);
    incubator.redo();

    // Removed from the page's menu, after a question answered yes.
    const Lease edited = *incubator.db->lease(lease.id);
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->lease(r).id == lease.id)
            page->selectRow(r);
    }
    MessageBox::setNextAnswer(true);
    std::unique_ptr<QMenu> menu(page->createContextMenu());
    QAction *remove = menu->findChild<QAction *>(QStringLiteral("remove"));
    REQUIRE(remove);
    remove->trigger();
    CHECK(incubator.messages.questions() == 1);
    CHECK_FALSE(incubator.db->lease(lease.id));
    CHECK(incubator.undoText() == QStringLiteral("&Undo Remove lease Beta – Open space"));
    incubator.undo();
    const std::optional<Lease> back = incubator.db->lease(lease.id);
    REQUIRE(back);
    checkSameContent(*back, edited);
    incubator.redo();
    CHECK_FALSE(incubator.db->lease(lease.id));
}

TEST_CASE("A lease over one already let in a private office is refused on its start, with nothing written", "[ui][editors]")
{
    Incubator incubator;
    const qsizetype before = incubator.db->leases().size();
    QPointer<LeaseEditor> editor = incubator.newEditor<LeaseEditor>(QStringLiteral("leases"));
    editor->selectCompany(incubator.beta.id);
    editor->selectOffice(incubator.a01.id);
    CHECK_FALSE(editor->workstationsShown());
    editor->startField()->setDate(d("2026-06-01"));
    clickSave(editor);

    REQUIRE_FALSE(editor.isNull());
    CHECK(editor->result() != QDialog::Accepted);
    CHECK(editor->markedFields() == QStringList{QStringLiteral("start")});
    CHECK(editor->problemText(QStringLiteral("start"))
          == QStringLiteral("A01 (Ateliers) is already let to Alpha from %1 to %2: a private office has one tenant at a time.")
                 .arg(Format().date(d("2025-01-01")), Format().date(d("2027-12-31"))));
    CHECK(editor->fieldWidget(QStringLiteral("start")) == editor->startField());
    CHECK(incubator.db->leases().size() == before);
    CHECK(incubator.stack().count() == 0);

    // Moved after the other lease, it goes through.
    editor->startField()->setDate(d("2028-01-01"));
    clickSave(editor);
    CHECK(incubator.db->leases().size() == before + 1);
}

TEST_CASE("Too many workstations in a shared space are refused on the workstations", "[ui][editors]")
{
    Incubator incubator;
    addLease(incubator.db.store(), incubator.alpha.id, incubator.open.id, d("2026-01-01"), {}, 8);
    LeaseEditor *editor = incubator.newEditor<LeaseEditor>(QStringLiteral("leases"));
    editor->selectCompany(incubator.beta.id);
    editor->selectOffice(incubator.open.id);
    editor->startField()->setDate(d("2026-03-01"));
    editor->workstationsSpin()->setValue(4);
    clickSave(editor);
    CHECK(editor->markedFields() == QStringList{QStringLiteral("workstations")});
    CHECK(editor->problemText(QStringLiteral("workstations")).contains(QStringLiteral("8 of the 10 workstations")));
    editor->reject();
}

TEST_CASE("The progressive schedule fills the rent steps from the site's progression", "[ui][editors]")
{
    Incubator incubator;
    LeaseEditor *editor = incubator.newEditor<LeaseEditor>(QStringLiteral("leases"));
    editor->selectCompany(incubator.beta.id);
    editor->selectOffice(incubator.a01.id);
    editor->startField()->setDate(d("2028-01-01"));
    editor->endField()->setDate(d("2030-12-31"));
    REQUIRE(editor->scheduleButton()->isEnabled());
    QTest::mouseClick(editor->scheduleButton(), Qt::LeftButton);
    const QList<DatedValueTable::Row> rows = editor->rentTable()->rows();
    // 20 m² at 120 € per m² per year is 200 € a month: 70 %, 85 %, 100 %.
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).date == d("2028-01-01"));
    CHECK(MoneyEdit::parseAmount(rows.at(0).value) == Cents(14000));
    CHECK(MoneyEdit::parseAmount(rows.at(1).value) == Cents(17000));
    CHECK(MoneyEdit::parseAmount(rows.at(2).value) == Cents(20000));
    clickSave(editor);
    const QList<Lease> ofBeta = incubator.db->leasesOfCompany(incubator.beta.id);
    REQUIRE(ofBeta.size() == 1);
    CHECK(ofBeta.first().rentSteps.size() == 3);
}

TEST_CASE("A rent that cannot be read is reported on the rent, with its line", "[ui][editors]")
{
    Incubator incubator;
    LeaseEditor *editor = incubator.newEditor<LeaseEditor>(QStringLiteral("leases"));
    editor->selectCompany(incubator.beta.id);
    editor->selectOffice(incubator.a01.id);
    editor->startField()->setDate(d("2028-01-01"));
    editor->rentTable()->setRows({{d("2028-01-01"), QStringLiteral("twelve")}});
    clickSave(editor);
    CHECK(editor->markedFields() == QStringList{QStringLiteral("monthly_rent")});
    CHECK(editor->problemText(QStringLiteral("monthly_rent")).startsWith(QStringLiteral("Line 1: “twelve”")));
    CHECK(incubator.db->leasesOfCompany(incubator.beta.id).isEmpty());
    editor->reject();
}
