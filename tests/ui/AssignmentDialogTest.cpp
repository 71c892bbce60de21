// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "EditingSupport.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "commands/Editing.h"
#include "dialogs/AssignmentDialog.h"
#include "figures/RentSchedule.h"
#include "figures/Stays.h"
#include "models/ApplicationTableModel.h"
#include "pages/TablePage.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>

using namespace pepin;
using namespace pepin::test;

// The assignment assistant: from an accepted application to a lease, in one undoable step that
// the core's rules guard.

namespace {

// On 01/03/2026: A01 (24 m², 3 workstations, 120 € per m² per year: 240 € a month) and A02
// (30 m², 4 workstations) in Ateliers; Amito's application is accepted for 24 m² and 3
// workstations from 01/04/2026; Praxys has been in A02 on a dérogatoire lease since 2024.
struct Incubator : GuiFixture
{
    Office a01, a02;
    Company amito, praxys;
    Application application;

    Incubator()
        : GuiFixture(d("2026-03-01"))
    {
        const Site site = addSite(db.store(), QStringLiteral("Ateliers"));
        a01 = addOffice(db.store(), site.id, QStringLiteral("A01"), 24, 3);
        a01.rentM2YearCents = 12000;
        a01 = db->updateOffice(a01).value();
        a02 = addOffice(db.store(), site.id, QStringLiteral("A02"), 30, 4);
        amito = addCompany(db.store(), QStringLiteral("Amito"));
        praxys = addCompany(db.store(), QStringLiteral("Praxys"));
        Lease lease = leaseOf(praxys.id, a02.id, d("2024-01-01"), d("2026-03-31"));
        lease.type = LeaseType::Derogatoire;
        REQUIRE(db->addLease(lease).ok());
        Application wish;
        wish.companyId = amito.id;
        wish.neededAreaM2 = 24;
        wish.neededWorkstations = 3;
        wish.wishedStart = d("2026-04-01");
        wish.status = ApplicationStatus::Accepted;
        application = db->addApplication(wish).value();
    }

    QList<Lease> leasesOf(const Company &company) { return db->leasesOfCompany(company.id); }
};

AssignmentDialog *openFromWaitingList(MainWindow &window, Id applicationId)
{
    TablePage *page = window.page(QStringLiteral("applications"));
    auto *model = qobject_cast<ApplicationTableModel *>(page->model());
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->application(row).id == applicationId)
            page->selectRow(row);
    }
    std::unique_ptr<QMenu> menu(page->createContextMenu());
    auto *assign = menu->findChild<QAction *>(QStringLiteral("assign"));
    if (!assign)
        return nullptr;
    assign->trigger();
    return window.findChild<AssignmentDialog *>();
}

} // namespace

TEST_CASE("An accepted application opens the assistant prefilled, and its lease is created and undone in one step",
          "[ui][assignment]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    AssignmentDialog *dialog = openFromWaitingList(window, incubator.application.id);
    REQUIRE(dialog);
    CHECK(dialog->companyCombo()->currentText() == QStringLiteral("Amito"));
    CHECK(dialog->areaSpin()->value() == 24);
    CHECK(dialog->workstationsSpin()->value() == 3);
    CHECK(dialog->startField()->date() == d("2026-04-01"));
    // Amito has not stayed yet: the whole of the site's 48 months.
    CHECK(dialog->monthsSpin()->value() == 48);
    // A01 fits exactly; A02 is taken until 31/03/2026 only, so it is free from April, but larger.
    REQUIRE(dialog->suggestion().free.size() == 2);
    CHECK(dialog->suggestion().free.first().office.id == incubator.a01.id);
    REQUIRE(dialog->chosen().has_value());
    CHECK(dialog->chosen()->office.id == incubator.a01.id);
    CHECK(dialog->detailsLabel()->text().contains(QStringLiteral("exactly the need")));
    CHECK(dialog->createButton()->isEnabled());

    REQUIRE(dialog->create().ok());
    const Lease created = dialog->createdLease();
    CHECK(created.id > 0);
    CHECK(created.companyId == incubator.amito.id);
    CHECK(created.officeId == incubator.a01.id);
    CHECK(created.start == d("2026-04-01"));
    CHECK(created.end == d("2030-03-31"));
    // The site's schedule: 240 € a month at 70 % the first year, and so on.
    REQUIRE_FALSE(created.rentSteps.isEmpty());
    CHECK(created.rentSteps.first().monthlyRentCents == 16800);
    Lease plain = created;
    plain.id = 0;
    plain.rentSteps.clear();
    const QList<RentStep> expected = stepsForNewLease(incubator.a01, {70, 85, 100}, {}, plain);
    REQUIRE(created.rentSteps.size() == expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        CHECK(created.rentSteps[i].from == expected[i].from);
        CHECK(created.rentSteps[i].monthlyRentCents == expected[i].monthlyRentCents);
    }
    CHECK(incubator.db->application(incubator.application.id)->status == ApplicationStatus::Housed);

    QUndoStack *stack = window.editing().undoStack();
    REQUIRE(stack->count() == 1);
    stack->undo();
    CHECK(incubator.leasesOf(incubator.amito).isEmpty());
    CHECK(incubator.db->application(incubator.application.id)->status == ApplicationStatus::Accepted);
    stack->redo();
    CHECK(incubator.leasesOf(incubator.amito).size() == 1);
    CHECK(incubator.db->application(incubator.application.id)->status == ApplicationStatus::Housed);
    CHECK(incubator.messages.all().isEmpty());
}

TEST_CASE("Only an accepted application offers to assign an office", "[ui][assignment]")
{
    Incubator incubator;
    Application received = incubator.application;
    received.status = ApplicationStatus::Received;
    REQUIRE(incubator.db->updateApplication(received).ok());
    MainWindow window(incubator.db.store(), incubator.clock);
    CHECK(openFromWaitingList(window, incubator.application.id) == nullptr);
}

TEST_CASE("An office taken meanwhile is refused by the core, and the assistant says why", "[ui][assignment]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    AssignmentDialog *dialog = window.assignOffice(incubator.db->application(incubator.application.id));
    REQUIRE(dialog->chooseOffice(incubator.a01.id));
    // Another window lets A01 to Praxys from May.
    addLease(incubator.db.store(), incubator.praxys.id, incubator.a01.id, d("2026-05-01"), d("2026-12-31"));

    const Status created = dialog->create();
    REQUIRE_FALSE(created.ok());
    CHECK(dialog->messageLabel()->isVisibleTo(dialog));
    CHECK(dialog->messageLabel()->text().contains(QStringLiteral("Praxys")));
    CHECK(incubator.leasesOf(incubator.amito).isEmpty());
    CHECK(incubator.db->application(incubator.application.id)->status == ApplicationStatus::Accepted);
    CHECK(window.editing().undoStack()->count() == 0);
    // Shown again as things are: A01 is now only partly free.
    for (const AssignmentCandidate &candidate : dialog->suggestion().free)
        CHECK(candidate.office.id != incubator.a01.id);
    REQUIRE(dialog->suggestion().partlyFree.size() == 1);
    CHECK(dialog->suggestion().partlyFree.first().office.id == incubator.a01.id);
    dialog->reject();
}

TEST_CASE("The assistant tells which alerts the lease would bring before it is created", "[ui][assignment]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    AssignmentDialog *dialog = window.assignOffice();
    dialog->selectCompany(incubator.praxys.id);
    dialog->typeCombo()->setCurrentIndex(dialog->typeCombo()->findData(int(LeaseType::Derogatoire)));
    dialog->areaSpin()->setValue(30);
    dialog->workstationsSpin()->setValue(4);
    dialog->startField()->setDate(d("2026-04-01"));
    dialog->monthsSpin()->setValue(12);
    // Praxys's dérogatoire leases in A02 would run 27 + 12 = 39 months: past the 36 of L145-5.
    REQUIRE(dialog->chooseOffice(incubator.a02.id));
    const QStringList alerts = dialog->alertsTriggered();
    REQUIRE(alerts.size() == 1);
    CHECK(alerts.first().contains(QStringLiteral("L145-5")));
    CHECK(dialog->detailsLabel()->text().contains(QStringLiteral("L145-5")));

    // In A01 (24 m², smaller than asked) nothing is offered; asked for less, A01 brings no alert.
    dialog->areaSpin()->setValue(24);
    dialog->workstationsSpin()->setValue(3);
    REQUIRE(dialog->chooseOffice(incubator.a01.id));
    CHECK(dialog->alertsTriggered().isEmpty());
    dialog->reject();
}
