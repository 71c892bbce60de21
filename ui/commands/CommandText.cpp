// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandText.h"

#include "service/Store.h"

#include <QStringList>

namespace pepin {

// One sentence per action and kind of record. In French each is a noun with its article, read
// after « Annuler » and « Rétablir » (« Annuler l’archivage du bureau B12 »), so that the Edit menu
// reads as a sentence.

QString CommandText::nameOf(Store &, const Sector &sector) { return sector.name; }
QString CommandText::nameOf(Store &, const Site &site) { return site.name; }
QString CommandText::nameOf(Store &, const Office &office) { return office.code; }
QString CommandText::nameOf(Store &, const Company &company) { return company.name; }
QString CommandText::nameOf(Store &store, const Lease &lease) { return leaseName(store, lease); }

QString CommandText::nameOf(Store &store, const Application &application)
{
    return store.company(application.companyId).value_or(Company{}).name;
}

QString CommandText::phrase(Action action, const Sector *, const QString &name)
{
    switch (action) {
    case Action::Add:
        return tr("Add sector %1").arg(name);
    case Action::Edit:
        return tr("Edit sector %1").arg(name);
    case Action::Archive:
        return tr("Archive sector %1").arg(name);
    case Action::Restore:
        return tr("Restore sector %1").arg(name);
    case Action::Remove:
        return tr("Remove sector %1").arg(name);
    }
    return {};
}

QString CommandText::phrase(Action action, const Site *, const QString &name)
{
    switch (action) {
    case Action::Add:
        return tr("Add site %1").arg(name);
    case Action::Edit:
        return tr("Edit site %1").arg(name);
    case Action::Archive:
        return tr("Archive site %1").arg(name);
    case Action::Restore:
        return tr("Restore site %1").arg(name);
    case Action::Remove:
        return tr("Remove site %1").arg(name);
    }
    return {};
}

QString CommandText::phrase(Action action, const Office *, const QString &name)
{
    switch (action) {
    case Action::Add:
        return tr("Add office %1").arg(name);
    case Action::Edit:
        return tr("Edit office %1").arg(name);
    case Action::Archive:
        return tr("Archive office %1").arg(name);
    case Action::Restore:
        return tr("Restore office %1").arg(name);
    case Action::Remove:
        return tr("Remove office %1").arg(name);
    }
    return {};
}

QString CommandText::phrase(Action action, const Company *, const QString &name)
{
    switch (action) {
    case Action::Add:
        return tr("Add company %1").arg(name);
    case Action::Edit:
        return tr("Edit company %1").arg(name);
    case Action::Archive:
        return tr("Archive company %1").arg(name);
    case Action::Restore:
        return tr("Restore company %1").arg(name);
    case Action::Remove:
        return tr("Remove company %1").arg(name);
    }
    return {};
}

QString CommandText::phrase(Action action, const Lease *, const QString &name)
{
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

QString CommandText::phrase(Action action, const Application *, const QString &name)
{
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

CommandText::Describe CommandText::describeSeveral(Action action, int count)
{
    return [action, count] {
        switch (action) {
        case Action::Archive:
            return archiveSeveral(count);
        case Action::Restore:
            return restoreSeveral(count);
        case Action::Add:
        case Action::Edit:
        case Action::Remove:
            break;
        }
        return removeSeveral(count);
    };
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
