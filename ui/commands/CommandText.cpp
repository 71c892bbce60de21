// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandText.h"

#include "service/Store.h"

#include <QStringList>

namespace pepin {

// One sentence per action and kind of record, so that each language can make its words agree
// ("Archiver le bureau", "Archiver l'entreprise").

QString CommandText::of(Action action, Store &, const Sector &sector)
{
    switch (action) {
    case Action::Add:
        return tr("Add sector %1").arg(sector.name);
    case Action::Edit:
        return tr("Edit sector %1").arg(sector.name);
    case Action::Archive:
        return tr("Archive sector %1").arg(sector.name);
    case Action::Restore:
        return tr("Restore sector %1").arg(sector.name);
    case Action::Remove:
        return tr("Remove sector %1").arg(sector.name);
    }
    return {};
}

QString CommandText::of(Action action, Store &, const Site &site)
{
    switch (action) {
    case Action::Add:
        return tr("Add site %1").arg(site.name);
    case Action::Edit:
        return tr("Edit site %1").arg(site.name);
    case Action::Archive:
        return tr("Archive site %1").arg(site.name);
    case Action::Restore:
        return tr("Restore site %1").arg(site.name);
    case Action::Remove:
        return tr("Remove site %1").arg(site.name);
    }
    return {};
}

QString CommandText::of(Action action, Store &, const Office &office)
{
    switch (action) {
    case Action::Add:
        return tr("Add office %1").arg(office.code);
    case Action::Edit:
        return tr("Edit office %1").arg(office.code);
    case Action::Archive:
        return tr("Archive office %1").arg(office.code);
    case Action::Restore:
        return tr("Restore office %1").arg(office.code);
    case Action::Remove:
        return tr("Remove office %1").arg(office.code);
    }
    return {};
}

QString CommandText::of(Action action, Store &, const Company &company)
{
    switch (action) {
    case Action::Add:
        return tr("Add company %1").arg(company.name);
    case Action::Edit:
        return tr("Edit company %1").arg(company.name);
    case Action::Archive:
        return tr("Archive company %1").arg(company.name);
    case Action::Restore:
        return tr("Restore company %1").arg(company.name);
    case Action::Remove:
        return tr("Remove company %1").arg(company.name);
    }
    return {};
}

QString CommandText::of(Action action, Store &store, const Lease &lease)
{
    const QString name = leaseName(store, lease);
    switch (action) {
    case Action::Add:
        return tr("Add lease %1").arg(name);
    case Action::Edit:
    case Action::Archive:
    case Action::Restore:
        return tr("Edit lease %1").arg(name);
    case Action::Remove:
        return tr("Remove lease %1").arg(name);
    }
    return {};
}

QString CommandText::of(Action action, Store &store, const Application &application)
{
    const QString name = store.company(application.companyId).value_or(Company{}).name;
    switch (action) {
    case Action::Add:
        return tr("Add application of %1").arg(name);
    case Action::Edit:
    case Action::Archive:
    case Action::Restore:
        return tr("Edit application of %1").arg(name);
    case Action::Remove:
        return tr("Remove application of %1").arg(name);
    }
    return {};
}

// Only ever said of two records or more: one record is named instead.
QString CommandText::removeSeveral(int count)
{
    return tr("Remove %1 records").arg(count);
}

QString CommandText::archiveSeveral(int count)
{
    return tr("Archive %1 records").arg(count);
}

QString CommandText::restoreSeveral(int count)
{
    return tr("Restore %1 records").arg(count);
}

QString CommandText::cannotUndo(const QString &command, const Error &error)
{
    return tr("“%1” cannot be undone, and was taken off the list of changes to undo.\n%2").arg(command, sentences(error));
}

QString CommandText::cannotRedo(const QString &command, const Error &error)
{
    return tr("“%1” cannot be redone, and was taken off the list of changes to redo.\n%2").arg(command, sentences(error));
}

Error CommandText::changedElsewhere()
{
    return Error(Error::Kind::Stale,
                 tr("The record was changed elsewhere (another window or program) since; nothing was overwritten."));
}

Error CommandText::removedElsewhere()
{
    return Error(Error::Kind::Stale, tr("The record was removed elsewhere (another window or program) since."));
}

Error CommandText::takenElsewhere()
{
    return Error(Error::Kind::Stale,
                 tr("Its place was taken elsewhere (another window or program) since: a record with the same number exists."));
}

QString CommandText::sentences(const Error &error)
{
    QStringList lines;
    for (const Problem &problem : error.problems())
        lines << problem.message;
    return lines.join(QLatin1Char('\n'));
}

QString CommandText::leaseName(Store &store, const Lease &lease)
{
    const QString company = store.company(lease.companyId).value_or(Company{}).name;
    const QString office = store.office(lease.officeId).value_or(Office{}).code;
    return tr("%1 – %2", "a lease: company – office").arg(company, office);
}

} // namespace pepin
