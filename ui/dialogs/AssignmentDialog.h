// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "figures/Assignment.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace pepin {

class DateField;
class Editing;
class LeaseChangeDialog;
class Store;

// What the assistant can be opened with besides an application: an office and the days chosen
// on the planning. What is left empty keeps the assistant's own default.
struct AssignmentPrefill
{
    Id officeId = 0; // 0: none; else preferred (its site and floor) and chosen when free
    QDate start;     // null: today
    QDate last;      // null: the duration the site's policy suggests
};

// The assignment assistant: what a company needs (area, workstations, from when, for how long,
// where preferably, private or shared), the offices that could take it ranked by the core
// (figures/Assignment.h) with the reasons, those free for only part of the time apart with who
// is in the way, and the alerts the chosen lease would trigger. "Create the lease" adds it with
// the rent steps of the site's progressive schedule, and marks the application it came from as
// housed, as one undoable step. The Store checks the rules again when writing: an office taken
// meanwhile is refused, and the dialog says why and shows the offices as they are now.
class AssignmentDialog : public QDialog
{
    Q_OBJECT

public:
    AssignmentDialog(Editing &editing, const Clock &clock, QWidget *parent = nullptr);

    // Prefills from an application: its company, needs and wished start; creating the lease
    // then marks it housed.
    void setApplication(const Application &application);
    void selectCompany(Id companyId);
    // Prefills from the planning: the office's site and floor preferred, the start, and the
    // whole months that fit between the start and `last` (at least one); the office is then
    // chosen when it is free over that period, else shown with what is in the way.
    void prefill(const AssignmentPrefill &prefill);

    QComboBox *companyCombo() const { return m_company; }
    QComboBox *typeCombo() const { return m_type; }
    DateField *startField() const { return m_start; }
    QSpinBox *monthsSpin() const { return m_months; }
    QDoubleSpinBox *areaSpin() const { return m_area; }
    QSpinBox *workstationsSpin() const { return m_workstations; }
    QComboBox *siteCombo() const { return m_site; }
    QComboBox *floorCombo() const { return m_floor; }
    QComboBox *kindCombo() const { return m_kind; }
    QTreeWidget *resultsTree() const { return m_results; }
    QLabel *detailsLabel() const { return m_details; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *createButton() const { return m_create; }
    // Shown when the company already has a lease running or to come: renewing, extending or
    // moving that one is often what is wanted rather than a second lease.
    QLabel *currentLeaseLabel() const { return m_currentLease; }
    QPushButton *changeLeaseButton() const { return m_changeLease; }
    // The company's lease that runs today or starts later (the latest); id 0 when none.
    const Lease &currentLease() const { return m_current; }
    // Opens the renewal (or extension, move, early end) of that lease, window-modal; the
    // assistant shows the offices again once it is saved. Null without such a lease.
    LeaseChangeDialog *changeCurrentLease();

    AssignmentRequest request() const;
    const AssignmentSuggestion &suggestion() const { return m_suggestion; }
    // Chooses the office among those free over the whole period; false when it is not one.
    bool chooseOffice(Id officeId);
    // The candidate chosen, if any.
    std::optional<AssignmentCandidate> chosen() const;
    // The alerts the chosen lease would bring, that the leases as stored do not: their messages.
    QStringList alertsTriggered() const;

    // Creates the chosen lease (and houses the application) as one undoable step. On success
    // the dialog is accepted; else it stays open, says why and shows the offices as they are now.
    Status create();
    // The lease as stored, once create() succeeded.
    const Lease &createdLease() const { return m_created; }

private:
    void refresh();
    void showChosen();
    void suggestDuration();
    void showCurrentLease();
    Store &store() const;

    Editing &m_editing;
    Clock m_clock;
    std::optional<Application> m_application;
    AssignmentSuggestion m_suggestion;
    Lease m_created;
    Lease m_current;
    bool m_monthsTouched = false;
    bool m_filling = false;

    QComboBox *m_company;
    QComboBox *m_type;
    DateField *m_start;
    QSpinBox *m_months;
    QLabel *m_until;
    QDoubleSpinBox *m_area;
    QSpinBox *m_workstations;
    QComboBox *m_site;
    QComboBox *m_floor;
    QComboBox *m_kind;
    QTreeWidget *m_results;
    QLabel *m_details;
    QLabel *m_message;
    QPushButton *m_create;
    QLabel *m_currentLease;
    QPushButton *m_changeLease;
};

} // namespace pepin
