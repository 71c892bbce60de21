// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/RecordEditor.h"
#include "domain/Entities.h"

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace pepin {

class DateField;

// Adds or edits an application on the waiting list: the company, the room it needs and from
// when, and where the application stands.
class ApplicationEditor : public RecordEditor
{
    Q_OBJECT

public:
    // Edits `application` as read from the store, or adds a new one when it is nullopt.
    ApplicationEditor(Editing &editing, const Clock &clock, std::optional<Application> application = std::nullopt,
                      QWidget *parent = nullptr);

    bool isNew() const { return !m_before.has_value(); }
    const Application &application() const { return m_record; }

    QComboBox *companyCombo() const { return m_company; }
    QDoubleSpinBox *areaSpin() const { return m_area; }
    QSpinBox *workstationsSpin() const { return m_workstations; }
    DateField *wishedStartField() const { return m_wishedStart; }
    QComboBox *statusCombo() const { return m_status; }
    DateField *committeeDateField() const { return m_committee; }
    QLineEdit *decisionEdit() const { return m_decision; }
    QSpinBox *prioritySpin() const { return m_priority; }
    DateField *receivedOnField() const { return m_received; }

    void selectCompany(Id companyId);

protected:
    QList<Problem> check() override;
    Status write() override;
    bool reload() override;

private:
    void fill(const Application &application);

    std::optional<Application> m_before;
    Application m_record;

    QComboBox *m_company;
    QDoubleSpinBox *m_area;
    QSpinBox *m_workstations;
    DateField *m_wishedStart;
    QComboBox *m_status;
    DateField *m_committee;
    QLineEdit *m_decision;
    QSpinBox *m_priority;
    DateField *m_received;
    QPlainTextEdit *m_notes;
};

} // namespace pepin
