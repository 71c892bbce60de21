// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/CommandGroup.h"
#include "csv/Importer.h"

#include <QCoreApplication>

namespace pepin {

// An import of a CSV file as one step of the undo stack ("Import 12 companies").
//
// The Importer checks the file and writes it in one transaction, then lists what it wrote
// (ImportResult::changes). The command keeps one step per record: an AddCommand for each
// record, site or sector the import created, an UpdateCommand for each record it changed, each
// holding the record as the import left it. Undo goes back through them in the reverse order,
// in one transaction: the records created are removed, the records changed are put back as
// they were, then the sites and sectors created are removed. Redo makes them all again, with
// the same ids. When a record was changed elsewhere since, nothing is undone (or redone).
class ImportCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(pepin::ImportCommand)

public:
    // The steps of what `result` says the import wrote.
    ImportCommand(Editing &editing, ImportKind kind, const ImportResult &result);

    // Imports the file at `path` (never as a dry run: `options.dryRun` is ignored) and, when
    // something was written, pushes the import on the undo stack. Returns what the import did.
    static ImportResult import(Editing &editing, ImportKind kind, const QString &path, Importer::Options options);

    // "Import 12 companies": the records of `kind` written (created or updated).
    static QString describe(ImportKind kind, int records);
};

} // namespace pepin
