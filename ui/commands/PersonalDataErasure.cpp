// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonalDataErasure.h"

#include "Settings.h"
#include "commands/Editing.h"
#include "dialogs/MessageBox.h"
#include "service/PersonalData.h"
#include "service/Store.h"

#include <QLocale>
#include <QUndoStack>

namespace pepin {

namespace {

// The names listed in the question; more are counted.
constexpr int namesListed = 8;

} // namespace

PersonalDataErasure::Question PersonalDataErasure::question(Store &store, const QList<Company> &companies, QDate today,
                                                           int backupsKept)
{
    Question question;
    QStringList paragraphs;
    if (companies.size() == 1) {
        const Company &company = companies.first();
        question.text = tr("Erase the personal data of %1?").arg(company.name);
        QList<Application> applications;
        for (const Application &application : store.applications()) {
            if (application.companyId == company.id)
                applications << application;
        }
        if (!PersonalData::leftOn(company, store.leasesOfCompany(company.id), applications, today).isValid())
            paragraphs << tr("%1 has not left the incubator: its contact will have to be typed again.").arg(company.name);
        paragraphs << tr("Erased, here and in the change history: the company's contact, email, phone and notes, the notes "
                         "of its leases, the notes and decisions of its applications.");
        paragraphs << tr("Kept: its name, SIRET, sector, headcounts, leases, dates and figures, so that the reports stay "
                         "right.");
    } else {
        question.text = tr("Erase the personal data of these %1 companies?").arg(companies.size());
        QStringList names;
        for (qsizetype i = 0; i < companies.size() && i < namesListed; ++i)
            names << companies.at(i).name;
        QString list = QLocale().createSeparatedList(names);
        if (companies.size() > namesListed)
            list = tr("%1 and %2 more", "a list of companies cut short: names, how many more").arg(names.join(QLatin1String(", ")))
                       .arg(companies.size() - namesListed);
        paragraphs << list + QLatin1Char('.');
        paragraphs << tr("Erased, here and in the change history: each company's contact, email, phone and notes, the "
                         "notes of its leases, the notes and decisions of its applications.");
        paragraphs << tr("Kept: their names, SIRET, sectors, headcounts, leases, dates and figures, so that the reports "
                         "stay right.");
    }
    paragraphs << tr("This cannot be undone: Edit ▸ Undo does not bring the data back, and the changes made before can no "
                     "longer be undone either.");
    paragraphs << (backupsKept > 0
                       ? tr("Backups made before now still hold the data: the daily ones until they are replaced, after "
                            "%1 days, the others until they are deleted. Restoring one of them brings the data back.")
                             .arg(backupsKept)
                       : tr("Backups made before now still hold the data until they are deleted. Restoring one of them "
                            "brings the data back."));
    question.details = paragraphs.join(QLatin1String("\n\n"));
    return question;
}

bool PersonalDataErasure::confirm(QWidget *parent, Store &store, const QList<Company> &companies, QDate today)
{
    if (companies.isEmpty())
        return false;
    const Question asked = question(store, companies, today, Settings().backupsToKeep());
    return MessageBox::confirm(parent, tr("Erase personal data"), asked.text, tr("Erase"), asked.details);
}

Result<int> PersonalDataErasure::erase(Editing &editing, const QList<Id> &companyIds)
{
    Store &store = editing.store();
    int blanked = 0;
    {
        Database::Transaction transaction(store.database());
        if (!transaction.ok())
            return transaction.error();
        for (const Id id : companyIds) {
            Result<int> erased = store.erasePersonalData(id);
            if (!erased)
                return erased.error(); // the transaction rolls back the companies erased before
            blanked += *erased;
        }
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
    }
    // See the class comment: nothing done before may write the data back.
    editing.undoStack()->clear();
    return blanked;
}

} // namespace pepin
