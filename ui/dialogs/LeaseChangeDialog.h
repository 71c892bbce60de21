// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "figures/Portfolio.h"
#include "service/LeaseChanges.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace pepin {

class DateField;
class Editing;
class Store;

// Renews, extends, moves or ends early one lease, from the Leases page or the assignment
// assistant. The fields of the change chosen, and beside them, as they are typed, what would be
// written (dates, rent steps), the notice an early end needs and the legal and policy alerts the
// change would trigger, from the core (service/LeaseChanges.h). A field the rules refuse is
// marked with how to put it right, and Save stays off; a warning (notice given late) is marked
// too but lets the change through. Save writes every record of the change as one undoable step.
class LeaseChangeDialog : public QDialog
{
    Q_OBJECT

public:
    LeaseChangeDialog(Editing &editing, const Clock &clock, const Lease &lease, LeaseChangeKind kind,
                      QWidget *parent = nullptr);

    LeaseChangeKind kind() const { return m_kind; }
    void setKind(LeaseChangeKind kind);

    QComboBox *typeCombo() const { return m_type; }
    QSpinBox *monthsSpin() const { return m_months; }
    DateField *endField() const { return m_end; }
    DateField *moveOnField() const { return m_moveOn; }
    QComboBox *officeCombo() const { return m_office; }
    QDoubleSpinBox *areaSpin() const { return m_area; }
    QSpinBox *workstationsSpin() const { return m_workstations; }
    DateField *lastDayField() const { return m_lastDay; }
    QComboBox *rentCombo() const { return m_rent; }
    QLabel *noticeLabel() const { return m_notice; }
    QTextBrowser *preview() const { return m_preview; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *banner() const { return m_banner; }

    // Chooses the office to move to; false when it is not offered.
    bool selectOffice(Id officeId);

    LeaseChangeRequest request() const;
    // The change as proposed for the fields as they are now.
    const LeaseChange &change() const { return m_change; }

    // What is shown under a field now: a problem that refuses the change, or a warning; empty if
    // nothing. The fields are those of service/LeaseChanges.h (changeField).
    QString problemText(const QString &field) const { return m_problems.value(field); }
    QString warningText(const QString &field) const { return m_warnings.value(field); }
    QStringList markedFields() const;

    // Writes the change as one undoable step and closes; when the change is refused or the
    // Store refuses it (the lease changed meanwhile), writes nothing, says why and stays open.
    Status save();

private:
    struct Row
    {
        QWidget *editor = nullptr;
        QLabel *message = nullptr;
    };

    void addRow(const QString &label, QWidget *editor, const QString &field);
    void reload();
    void refresh();
    void showKind();
    void showFields();
    void showPreview();
    void suggestMonths();
    QString headline() const;
    Store &store() const;

    Editing &m_editing;
    Clock m_clock;
    Lease m_lease;
    LeaseChangeKind m_kind;
    Portfolio m_portfolio;
    LeaseChange m_change;
    bool m_filling = false;

    QLabel *m_title;
    QLabel *m_current;
    QLabel *m_banner;
    QButtonGroup *m_kinds;
    QFormLayout *m_form;
    QComboBox *m_type;
    QSpinBox *m_months;
    QLabel *m_until;
    QWidget *m_monthsRow;
    DateField *m_end;
    DateField *m_moveOn;
    QComboBox *m_office;
    QDoubleSpinBox *m_area;
    QSpinBox *m_workstations;
    DateField *m_lastDay;
    QLabel *m_notice;
    QComboBox *m_rent;
    QTextBrowser *m_preview;
    QPushButton *m_save;
    QHash<QString, Row> m_rows;
    QHash<QString, QString> m_problems;
    QHash<QString, QString> m_warnings;
};

} // namespace pepin
