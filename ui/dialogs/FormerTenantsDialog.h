// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "util/Clock.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace pepin {

class Editing;

// File ▸ Personal data of former tenants…: the companies that left the incubator longer ago than
// the incubator keeps personal data (Store::personalDataKeepYears), and about which some is
// still held (PersonalData::dueForErasure), the longest gone first, each checked. Erase asks
// first (PersonalDataErasure), then erases the personal data of the companies checked, all in one
// step that cannot be undone. The policy is shown above the list, with a button that asks the
// window to open Preferences (policyChangeRequested); the window calls reload() after.
class FormerTenantsDialog : public QDialog
{
    Q_OBJECT

public:
    // The session's store must outlive the dialog.
    FormerTenantsDialog(Editing &editing, const Clock &clock, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *eraseButton() const { return m_erase; }
    QPushButton *changePolicyButton() const { return m_changePolicy; }
    QLabel *policyLabel() const { return m_policy; }
    QLabel *resultLabel() const { return m_result; }

    // The companies listed, and those checked, in the list's order.
    QList<Id> listedCompanies() const;
    QList<Id> checkedCompanies() const;

    // Reads the list and the policy again.
    void reload();

    // Whole years from `left` to `today`: 5 from 30/11/2020 to 29/11/2026 is 5, not 6.
    static int yearsSince(QDate left, QDate today);

public slots:
    // Asks, then erases the personal data of the companies checked; returns whether it did.
    bool erase();

signals:
    void policyChangeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    Editing &m_editing;
    Clock m_clock;
    int m_keepYears = 0;
    QLabel *m_intro;
    QLabel *m_policy;
    QPushButton *m_changePolicy;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QLabel *m_readOnly;
    QLabel *m_result;
    QPushButton *m_erase;
    QDialogButtonBox *m_buttons;
};

} // namespace pepin
