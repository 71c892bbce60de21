// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pepin {

// What an import reads: offices, companies or leases.
enum class ImportKind { Offices, Companies, Leases };

// The columns of the CSV files of DESIGN.md §5: their canonical English names (what exports write
// and the list commands print), whether an import needs them, and the other headers understood
// for them, French ones first among them. Headers are matched with case, accents, spaces and
// punctuation ignored: "Surface (m²)", "surface_m2" and "SURFACE M2" are the same column.
class CsvColumns
{
    Q_DECLARE_TR_FUNCTIONS(pepin::CsvColumns)

public:
    struct Column
    {
        QString name;
        bool required = false;
        QStringList aliases;
        const char *title = nullptr; // what the column holds, for people (untranslated source)
    };

    static const QList<Column> &of(ImportKind kind);

    // The canonical name of a header, or nullopt for a column that is not known.
    static std::optional<QString> canonical(ImportKind kind, const QString &header);
    // Columns that exports or list commands write and that an import skips without a warning.
    static bool isIgnored(const QString &header);
    // What an import reads from each column of a file with that header row: the canonical name,
    // or an empty string for a column it ignores (an id, an unknown or an empty header).
    static QStringList mapping(ImportKind kind, const QStringList &header);

    // What a column holds, in the user's language ("Area (m²)"); the name itself when unknown.
    static QString title(ImportKind kind, const QString &name);

    // "offices", "companies", "leases".
    static QString name(ImportKind kind);
    static std::optional<ImportKind> parseKind(const QString &name);

    // The key a header is matched by.
    static QString headerKey(const QString &header);
};

} // namespace pepin
