// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/RecordEditor.h"
#include "domain/Entities.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pepin {

class DateField;
class DatedValueTable;

// Adds or edits a company: identity (name, SIRET checked as it is typed, NAF code, sector with
// its colour, or a new sector), stage, contact, headcount history and departure.
class CompanyEditor : public RecordEditor
{
    Q_OBJECT

public:
    // Edits `company` as read from the store, or adds a new one when it is nullopt.
    CompanyEditor(Editing &editing, const Clock &clock, std::optional<Company> company = std::nullopt,
                  QWidget *parent = nullptr);

    bool isNew() const { return !m_before.has_value(); }
    // The company as saved (with its id), once save() succeeded.
    const Company &company() const { return m_record; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *siretEdit() const { return m_siret; }
    QLineEdit *nafEdit() const { return m_naf; }
    QComboBox *sectorCombo() const { return m_sector; }
    QLineEdit *newSectorEdit() const { return m_newSector; }
    DateField *createdOnField() const { return m_createdOn; }
    QComboBox *stageCombo() const { return m_stage; }
    QLineEdit *contactEdit() const { return m_contact; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *phoneEdit() const { return m_phone; }
    DatedValueTable *headcountTable() const { return m_headcounts; }
    DateField *exitDateField() const { return m_exitDate; }
    QComboBox *exitReasonCombo() const { return m_exitReason; }
    QPlainTextEdit *notesEdit() const { return m_notes; }

    // Chooses the sector of that id in the combo (0: none).
    void selectSector(Id sectorId);
    // Chooses "New sector…" and types its name.
    void chooseNewSector(const QString &name);

protected:
    QList<Problem> check() override;
    Status write() override;
    bool reload() override;

private:
    void fill(const Company &company);
    void checkSiretAsTyped();
    bool newSectorChosen() const;

    std::optional<Company> m_before;
    Company m_record;

    QLineEdit *m_name;
    QLineEdit *m_siret;
    QLineEdit *m_naf;
    QComboBox *m_sector;
    QLineEdit *m_newSector;
    DateField *m_createdOn;
    QComboBox *m_stage;
    QLineEdit *m_contact;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    DatedValueTable *m_headcounts;
    DateField *m_exitDate;
    QComboBox *m_exitReason;
    QPlainTextEdit *m_notes;
};

} // namespace pepin
