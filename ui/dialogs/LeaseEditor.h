// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/RecordEditor.h"
#include "domain/Entities.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace pepin {

class DateField;
class DatedValueTable;
class MoneyEdit;

// Adds or edits a lease: which company in which office, its type and dates, the workstations
// it takes in a shared space, its rent steps (typed, or from the site's progressive schedule)
// and its other terms. The core's rules on overlaps and capacity are checked on Save and shown
// on the field at fault.
//
// A new lease saved without rent steps gets the site's progressive schedule, as on the command
// line, when the office has a reference rent.
class LeaseEditor : public RecordEditor
{
    Q_OBJECT

public:
    // Edits `lease` as read from the store, or adds a new one when it is nullopt.
    LeaseEditor(Editing &editing, const Clock &clock, std::optional<Lease> lease = std::nullopt, QWidget *parent = nullptr);

    bool isNew() const { return !m_before.has_value(); }
    // The lease as saved (with its id), once save() succeeded.
    const Lease &lease() const { return m_record; }

    QComboBox *companyCombo() const { return m_company; }
    QComboBox *officeCombo() const { return m_office; }
    QComboBox *typeCombo() const { return m_type; }
    DateField *startField() const { return m_start; }
    DateField *endField() const { return m_end; }
    DateField *terminatedOnField() const { return m_terminatedOn; }
    QSpinBox *workstationsSpin() const { return m_workstations; }
    DatedValueTable *rentTable() const { return m_rentSteps; }
    QPushButton *scheduleButton() const { return m_schedule; }
    MoneyEdit *chargesEdit() const { return m_charges; }
    MoneyEdit *depositEdit() const { return m_deposit; }
    QSpinBox *noticeSpin() const { return m_notice; }
    QCheckBox *cancelledCheck() const { return m_cancelled; }
    QPlainTextEdit *notesEdit() const { return m_notes; }

    void selectCompany(Id companyId);
    void selectOffice(Id officeId);
    // Replaces the rent steps by the site's progressive schedule for the lease as typed.
    void fillProgressiveSchedule();
    // Whether the workstations field is offered (the office is a shared space).
    bool workstationsShown() const;

protected:
    QList<Problem> check() override;
    Status write() override;
    bool reload() override;

private:
    void fill(const Lease &lease);
    void officeChosen();
    std::optional<Office> chosenOffice() const;
    // The lease as the form says, without its rent steps.
    Lease leaseFromForm() const;
    QList<RentStep> scheduleFor(const Lease &lease, const Office &office);

    std::optional<Lease> m_before;
    Lease m_record;

    QComboBox *m_company;
    QComboBox *m_office;
    QComboBox *m_type;
    DateField *m_start;
    DateField *m_end;
    DateField *m_terminatedOn;
    QSpinBox *m_workstations;
    QWidget *m_rentRow;
    DatedValueTable *m_rentSteps;
    QPushButton *m_schedule;
    MoneyEdit *m_charges;
    MoneyEdit *m_deposit;
    QSpinBox *m_notice;
    QCheckBox *m_cancelled;
    QPlainTextEdit *m_notes;
};

} // namespace pepin
