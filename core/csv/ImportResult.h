// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"

#include <QList>
#include <QString>

#include <optional>

namespace pepin {

// One thing an import says about a place in the file: the line where the row starts (1 is the
// header; 0 when it is about the file as a whole), the column as its header is written in the
// file (or the canonical name of a column the file lacks; empty for the whole row), and what is
// wrong or worth knowing, in the user's language.
struct ImportMessage
{
    qint64 line = 0;
    QString column;
    QString message;
};

// One record an import wrote, as the database held it before (nothing for a record it created)
// and as it holds it after, read back inside the import's transaction.
template<typename T>
struct ImportedRecord
{
    std::optional<T> before;
    T after;
};

// What an import wrote, in the order it wrote it, so that it can be taken back and made again
// (the GUI's undo). The sectors and sites it created come before the records that use them;
// only the list of the import's kind has records.
struct ImportChanges
{
    QList<Sector> createdSectors;
    QList<Site> createdSites;
    QList<ImportedRecord<Office>> offices;
    QList<ImportedRecord<Company>> companies;
    QList<ImportedRecord<Lease>> leases;

    bool isEmpty() const
    {
        return createdSectors.isEmpty() && createdSites.isEmpty() && offices.isEmpty() && companies.isEmpty() && leases.isEmpty();
    }
};

// What an import did, or, for a dry run or a refused file, what it would have done.
struct ImportResult
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int valid = 0;   // rows without errors
    int skipped = 0; // rows with errors, not written
    QList<ImportMessage> errors;
    QList<ImportMessage> warnings; // columns ignored, sectors and sites created
    // Whether the database was changed. False after a dry run, and whenever errors were found
    // without "skip invalid rows": then nothing at all was written.
    bool written = false;
    // The file cannot be read as a whole (not CSV, no header, a column missing, a quote left
    // open): no row was looked at past the error.
    bool fileRefused = false;
    // Every record written, when `written`; else empty.
    ImportChanges changes;
};

} // namespace pepin
