// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "EditingSupport.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "commands/Editing.h"
#include "dialogs/AssignmentDialog.h"
#include "dialogs/LeaseChangeDialog.h"
#include "figures/RentSchedule.h"
#include "models/LeaseTableModel.h"
#include "pages/TablePage.h"
#include "util/Format.h"
#include "widgets/DateField.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QUndoStack>

using namespace pepin;
using namespace pepin::test;

// Renewing, extending, moving and ending a lease early from the Leases page and the assignment
// assistant: what the dialog shows before saving, what it refuses, and one undoable step that
// puts the database back as it was.

namespace {

// On 15/01/2026, in Ateliers at 120 € per m² per year: B12 (24 m², 3 workstations), B14 (18 m²,
// 2 workstations) and B16 (30 m², 4 workstations). Praxys holds B12 on a short-term lease from
// 01/03/2024 to 28/02/2026 (3 months' notice), its rent from the site's schedule; Amito has
// no lease.
struct Incubator : GuiFixture
{
    Site site;
    Office b12, b14, b16;
    Company praxys, amito;
    Lease lease;

    Incubator()
        : GuiFixture(d("2026-01-15"))
    {
        site = addSite(db.store(), QStringLiteral("Ateliers"));
        b12 = office(QStringLiteral("B12"), 24, 3);
        b14 = office(QStringLiteral("B14"), 18, 2);
        b16 = office(QStringLiteral("B16"), 30, 4);
        praxys = addCompany(db.store(), QStringLiteral("Praxys"));
        amito = addCompany(db.store(), QStringLiteral("Amito"));
        Lease wanted = leaseOf(praxys.id, b12.id, d("2024-03-01"), d("2026-02-28"));
        wanted.type = LeaseType::Derogatoire;
        wanted.noticeMonths = 3;
        wanted.rentSteps = progressiveRentSteps(b12, site.rentProgression, wanted.start, wanted.start, wanted.end);
        lease = db->addLease(wanted).value();
    }

    Office office(const QString &code, double area, int workstations)
    {
        Office added = addOffice(db.store(), site.id, code, area, workstations);
        added.rentM2YearCents = 12000;
        return db->updateOffice(added).value();
    }

    // Every lease as stored, field by field and with its rent steps, but not its row version,
    // which every write moves on: equal snapshots, the same leases.
    QString snapshot()
    {
        QStringList lines;
        for (const Lease &stored : db->leases()) {
            QStringList steps;
            for (const RentStep &step : stored.rentSteps)
                steps << QStringLiteral("%1=%2").arg(step.from.toString(Qt::ISODate)).arg(step.monthlyRentCents);
            lines << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9|%10|%11|%12|%13|%14")
                         .arg(stored.id)
                         .arg(stored.companyId)
                         .arg(stored.officeId)
                         .arg(int(stored.type))
                         .arg(stored.start.toString(Qt::ISODate), stored.end.toString(Qt::ISODate),
                              stored.terminatedOn.toString(Qt::ISODate))
                         .arg(stored.workstations)
                         .arg(stored.monthlyChargesCents)
                         .arg(stored.depositCents)
                         .arg(stored.noticeMonths)
                         .arg(int(stored.cancelled))
                         .arg(stored.notes, steps.join(QLatin1Char(',')));
        }
        return lines.join(QLatin1Char('\n'));
    }
};

// The dialog the Leases page's context menu opens for `leaseId` with the action `name`.
LeaseChangeDialog *openFromLeasesPage(MainWindow &window, Id leaseId, const QString &name)
{
    TablePage *page = window.page(QStringLiteral("leases"));
    auto *model = qobject_cast<LeaseTableModel *>(page->model());
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->lease(row).id == leaseId)
            page->selectRow(row);
    }
    std::unique_ptr<QMenu> menu(page->createContextMenu());
    auto *action = menu->findChild<QAction *>(name);
    if (!action)
        return nullptr;
    action->trigger();
    return window.findChild<LeaseChangeDialog *>();
}

} // namespace

TEST_CASE("A renewal from the Leases page shows the L145-5 alert it would trigger, and is one undo step",
          "[ui][lease-changes]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    const QString before = incubator.snapshot();
    LeaseChangeDialog *dialog = openFromLeasesPage(window, incubator.lease.id, QStringLiteral("renew"));
    REQUIRE(dialog);
    CHECK(dialog->kind() == LeaseChangeKind::Renew);
    // 24 months in; the site's 48 leave 24, the lease's own length.
    CHECK(dialog->monthsSpin()->value() == 24);
    CHECK(dialog->typeCombo()->currentData().toInt() == int(LeaseType::Derogatoire));
    // Another short-term lease of 24 months passes the 36 of L145-5 on 01/03/2027.
    REQUIRE(dialog->change().accepted());
    REQUIRE(dialog->change().alerts.size() == 1);
    const QString preview = dialog->preview()->toPlainText();
    CHECK(preview.contains(QStringLiteral("L145-5")));
    CHECK(preview.contains(Format().date(d("2027-03-01"))));
    CHECK(preview.contains(Format().date(d("2028-02-29")))); // the new lease's end
    CHECK(dialog->saveButton()->isEnabled()); // an alert warns, it does not refuse

    // As a précaire agreement, the risk is staying on after the short-term lease.
    dialog->typeCombo()->setCurrentIndex(dialog->typeCombo()->findData(int(LeaseType::Precaire)));
    REQUIRE(dialog->change().alerts.size() == 1);
    CHECK(dialog->change().alerts.first().alert.kind == AlertKind::DerogatoireOverstay);

    REQUIRE(dialog->save().ok());
    const QList<Lease> leases = incubator.db->leasesOfCompany(incubator.praxys.id);
    REQUIRE(leases.size() == 2);
    const Lease &renewal = leases.last().start > leases.first().start ? leases.last() : leases.first();
    CHECK(renewal.start == d("2026-03-01"));
    CHECK(renewal.end == d("2028-02-29"));
    CHECK(renewal.type == LeaseType::Precaire);
    // Year 3 of the stay from 01/03/2026: 100 % of 240 €, not 70 % again.
    REQUIRE(renewal.rentSteps.size() == 1);
    CHECK(renewal.rentSteps.first().from == d("2026-03-01"));
    CHECK(renewal.rentSteps.first().monthlyRentCents == 24000);

    QUndoStack *stack = window.editing().undoStack();
    REQUIRE(stack->count() == 1);
    CHECK(stack->undoText().contains(QStringLiteral("Renew")));
    stack->undo();
    CHECK(incubator.snapshot() == before);
    stack->redo();
    CHECK(incubator.db->leasesOfCompany(incubator.praxys.id).size() == 2);
    CHECK(incubator.messages.all().isEmpty());
}

TEST_CASE("An extension into the next tenant's lease is refused on its field, and nothing is written",
          "[ui][lease-changes]")
{
    Incubator incubator;
    addLease(incubator.db.store(), incubator.amito.id, incubator.b12.id, d("2026-06-01"), d("2026-12-31"));
    MainWindow window(incubator.db.store(), incubator.clock);
    const QString before = incubator.snapshot();
    LeaseChangeDialog *dialog = openFromLeasesPage(window, incubator.lease.id, QStringLiteral("extend"));
    REQUIRE(dialog);
    CHECK(dialog->kind() == LeaseChangeKind::Extend);
    dialog->endField()->setDate(d("2026-08-31"));
    CHECK_FALSE(dialog->change().accepted());
    CHECK(dialog->markedFields() == QStringList{changeField::end});
    CHECK(dialog->problemText(changeField::end).contains(QStringLiteral("Amito")));
    CHECK(dialog->problemText(changeField::end)
              .contains(QStringLiteral("Extend to %1 at the latest").arg(Format().date(d("2026-05-31")))));
    CHECK_FALSE(dialog->saveButton()->isEnabled());
    CHECK_FALSE(dialog->save().ok());
    CHECK(window.editing().undoStack()->count() == 0);
    CHECK(incubator.snapshot() == before);

    // Up to the day before Amito's lease, it goes; undone, the lease is as it was.
    dialog->endField()->setDate(d("2026-05-31"));
    CHECK(dialog->markedFields().isEmpty());
    CHECK(dialog->saveButton()->isEnabled());
    REQUIRE(dialog->save().ok());
    CHECK(incubator.db->lease(incubator.lease.id)->end == d("2026-05-31"));
    window.editing().undoStack()->undo();
    CHECK(incubator.snapshot() == before);
}

TEST_CASE("A move ends the lease the day before and opens one in the other office, in one undo step",
          "[ui][lease-changes]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    const QString before = incubator.snapshot();
    LeaseChangeDialog *dialog = window.changeLease(incubator.lease.id, LeaseChangeKind::Move);
    REQUIRE(dialog);
    dialog->moveOnField()->setDate(d("2026-02-01"));
    REQUIRE(dialog->selectOffice(incubator.b14.id));
    // B14 is smaller than B12: refused on the office, saying how to put it right.
    CHECK_FALSE(dialog->saveButton()->isEnabled());
    CHECK(dialog->problemText(changeField::office).contains(QStringLiteral("choose a larger office")));
    REQUIRE(dialog->selectOffice(incubator.b16.id));
    REQUIRE(dialog->change().accepted());
    REQUIRE(dialog->save().ok());

    const Lease ended = *incubator.db->lease(incubator.lease.id);
    CHECK(ended.terminatedOn == d("2026-01-31"));
    const QList<Lease> inB16 = incubator.db->leasesOfOffice(incubator.b16.id);
    REQUIRE(inB16.size() == 1);
    CHECK(inB16.first().companyId == incubator.praxys.id);
    CHECK(inB16.first().start == d("2026-02-01"));
    CHECK(inB16.first().end == d("2026-02-28"));
    QUndoStack *stack = window.editing().undoStack();
    REQUIRE(stack->count() == 1);
    stack->undo();
    CHECK(incubator.snapshot() == before);
    stack->redo();
    CHECK(incubator.db->leasesOfOffice(incubator.b16.id).size() == 1);
    CHECK(incubator.messages.all().isEmpty());
}

TEST_CASE("An early end shows the notice deadline and warns when it is past, without refusing", "[ui][lease-changes]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    LeaseChangeDialog *dialog = window.changeLease(incubator.lease.id, LeaseChangeKind::EndEarly);
    REQUIRE(dialog);
    // Three months' notice given on 15/01/2026 runs to 15/04/2026, past the term: the end of this
    // month is offered, and its notice was due on 31/10/2025.
    CHECK(dialog->lastDayField()->date() == d("2026-01-31"));
    CHECK(dialog->change().notice.deadline == d("2025-10-31"));
    CHECK(dialog->noticeLabel()->text().contains(Format().date(d("2025-10-31"))));
    CHECK(dialog->noticeLabel()->isVisibleTo(dialog));
    CHECK_FALSE(dialog->monthsSpin()->isVisibleTo(dialog));
    CHECK(dialog->warningText(changeField::terminatedOn).contains(QStringLiteral("before its term")));
    CHECK(dialog->problemText(changeField::terminatedOn).isEmpty());
    CHECK(dialog->saveButton()->isEnabled());
    // A day notice given today still allows, for a lease that runs longer.
    Lease longer = *incubator.db->lease(incubator.lease.id);
    longer.end = d("2026-12-31");
    REQUIRE(incubator.db->updateLease(longer).ok()); // the dialog follows the database
    dialog->lastDayField()->setDate(d("2026-04-15"));
    CHECK(dialog->change().notice.deadline == d("2026-01-15"));
    CHECK(dialog->warningText(changeField::terminatedOn).isEmpty());
    dialog->lastDayField()->setDate(d("2026-04-14"));
    CHECK(dialog->warningText(changeField::terminatedOn).contains(Format().date(d("2026-04-15"))));
    REQUIRE(dialog->save().ok());
    CHECK(incubator.db->lease(incubator.lease.id)->terminatedOn == d("2026-04-14"));
    CHECK(window.editing().undoStack()->count() == 1);
}

TEST_CASE("The dialog follows the database: a lease signed elsewhere meanwhile refuses the renewal", "[ui][lease-changes]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    LeaseChangeDialog *dialog = window.changeLease(incubator.lease.id, LeaseChangeKind::Renew);
    REQUIRE(dialog->change().accepted());
    addLease(incubator.db.store(), incubator.amito.id, incubator.b12.id, d("2026-09-01"), d("2026-12-31"));
    CHECK_FALSE(dialog->change().accepted());
    CHECK_FALSE(dialog->saveButton()->isEnabled());
    CHECK(dialog->problemText(changeField::months).contains(QStringLiteral("Renew for at most 6 months")));
    dialog->monthsSpin()->setValue(6);
    CHECK(dialog->saveButton()->isEnabled());
    dialog->reject();
}

TEST_CASE("The assistant offers to renew or move the lease a company already has", "[ui][lease-changes]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    AssignmentDialog *assistant = window.assignOffice();
    assistant->selectCompany(incubator.amito.id);
    CHECK_FALSE(assistant->changeLeaseButton()->isVisibleTo(assistant));
    assistant->selectCompany(incubator.praxys.id);
    CHECK(assistant->changeLeaseButton()->isVisibleTo(assistant));
    CHECK(assistant->currentLease().id == incubator.lease.id);
    CHECK(assistant->currentLeaseLabel()->text().contains(QStringLiteral("Praxys")));
    LeaseChangeDialog *dialog = assistant->changeCurrentLease();
    REQUIRE(dialog);
    CHECK(dialog->kind() == LeaseChangeKind::Renew);
    REQUIRE(dialog->save().ok());
    // Renewed: the lease it shows now is the renewal.
    CHECK(assistant->currentLease().start == d("2026-03-01"));
    assistant->reject();
}
