// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "commands/AddCommand.h"
#include "commands/Editing.h"
#include "commands/UpdateCommand.h"

namespace pepin {

namespace {

int recordsWritten(const ImportChanges &changes)
{
    return int(changes.offices.size() + changes.companies.size() + changes.leases.size());
}

template<typename T>
std::unique_ptr<StoreCommand> stepOf(Editing &editing, const ImportedRecord<T> &record)
{
    if (record.before)
        return std::make_unique<UpdateCommand<T>>(editing, *record.before, record.after);
    return std::make_unique<AddCommand<T>>(editing, record.after);
}

} // namespace

ImportCommand::ImportCommand(Editing &editing, ImportKind kind, const ImportResult &result)
    : CommandGroup(editing, [kind, records = recordsWritten(result.changes)] { return describe(kind, records); })
{
    // What the others need first: undo, going backwards, takes them away last.
    const ImportChanges &changes = result.changes;
    for (const Sector &sector : changes.createdSectors)
        adopt(std::make_unique<AddCommand<Sector>>(editing, sector));
    for (const Site &site : changes.createdSites)
        adopt(std::make_unique<AddCommand<Site>>(editing, site));
    for (const auto &office : changes.offices)
        adopt(stepOf(editing, office));
    for (const auto &company : changes.companies)
        adopt(stepOf(editing, company));
    for (const auto &lease : changes.leases)
        adopt(stepOf(editing, lease));
}

ImportResult ImportCommand::import(Editing &editing, ImportKind kind, const QString &path, Importer::Options options)
{
    options.dryRun = false;
    ImportResult result = Importer(editing.store(), options).importFile(kind, path);
    if (!result.written || result.changes.isEmpty())
        return result;
    // The import is written and committed; the command only records it, and its first "redo"
    // does nothing.
    if (Status pushed = editing.push(std::make_unique<ImportCommand>(editing, kind, result)); !pushed)
        result.warnings << ImportMessage{0, QString(), tr("The import was written but cannot be undone: %1").arg(pushed.error().message())};
    return result;
}

QString ImportCommand::describe(ImportKind kind, int records)
{
    // An import that writes something writes one record or more: one sentence for one, one for
    // several, which reads right in English and in French without a plural translation.
    const bool one = records == 1;
    switch (kind) {
    case ImportKind::Offices:
        return one ? tr("Import 1 office") : tr("Import %1 offices").arg(records);
    case ImportKind::Companies:
        return one ? tr("Import 1 company") : tr("Import %1 companies").arg(records);
    case ImportKind::Leases:
        break;
    }
    return one ? tr("Import 1 lease") : tr("Import %1 leases").arg(records);
}

} // namespace pepin
