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
class MoneyEdit;

// Adds or edits an office: its site (or a new site), code, floor, area, workstations, kind,
// reference rent and the days it can be let.
class OfficeEditor : public RecordEditor
{
    Q_OBJECT

public:
    // Edits `office` as read from the store, or adds a new one when it is nullopt.
    OfficeEditor(Editing &editing, const Clock &clock, std::optional<Office> office = std::nullopt,
                 QWidget *parent = nullptr);

    bool isNew() const { return !m_before.has_value(); }
    // The office as saved (with its id), once save() succeeded.
    const Office &office() const { return m_record; }

    QComboBox *siteCombo() const { return m_site; }
    QLineEdit *newSiteEdit() const { return m_newSite; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *floorEdit() const { return m_floor; }
    QDoubleSpinBox *areaSpin() const { return m_area; }
    QSpinBox *workstationsSpin() const { return m_workstations; }
    QComboBox *kindCombo() const { return m_kind; }
    MoneyEdit *rentEdit() const { return m_rent; }
    DateField *availableFromField() const { return m_from; }
    DateField *availableUntilField() const { return m_until; }
    QPlainTextEdit *notesEdit() const { return m_notes; }

    void selectSite(Id siteId);
    // Chooses "New site…" and types its name.
    void chooseNewSite(const QString &name);

protected:
    QList<Problem> check() override;
    Status write() override;
    bool reload() override;

private:
    void fill(const Office &office);
    bool newSiteChosen() const;

    std::optional<Office> m_before;
    Office m_record;

    QComboBox *m_site;
    QLineEdit *m_newSite;
    QLineEdit *m_code;
    QLineEdit *m_floor;
    QDoubleSpinBox *m_area;
    QSpinBox *m_workstations;
    QComboBox *m_kind;
    QWidget *m_rentRow;
    MoneyEdit *m_rent;
    DateField *m_from;
    DateField *m_until;
    QPlainTextEdit *m_notes;
};

} // namespace pepin
