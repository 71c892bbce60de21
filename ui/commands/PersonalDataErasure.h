// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class QWidget;

namespace pepin {

class Editing;
class Store;

// Erasing the personal data of companies (Store::erasePersonalData) from the window: the question
// asked first, which says what goes, what stays and what cannot be taken back, and the erasure.
//
// It is not an undoable command, on purpose: undo would have to keep the data erased. And the
// undo stack is emptied after it, as commands made before hold copies of the records: undoing the
// removal of one of its leases, or redoing the addition of its application, would write the
// erased notes back. A QUndoStack cannot drop the commands of one company from the middle of the
// stack (the commands after them may depend on them), so every command goes.
class PersonalDataErasure
{
    Q_DECLARE_TR_FUNCTIONS(pepin::PersonalDataErasure)

public:
    struct Question
    {
        QString text;
        QString details;
    };
    // What is asked before erasing the personal data of `companies`.
    static Question question(Store &store, const QList<Company> &companies, QDate today, int backupsKept);

    // Asks through MessageBox; true when the user went ahead.
    static bool confirm(QWidget *parent, Store &store, const QList<Company> &companies, QDate today);

    // Erases the personal data of every company of `companyIds`, in one transaction (all or none),
    // then empties the undo stack. Returns how many records were blanked.
    static Result<int> erase(Editing &editing, const QList<Id> &companyIds);
};

} // namespace pepin
