// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/CsvWriter.h"
#include "domain/Entities.h"

#include <QChar>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace pepin {

// How an export writes its cells: the delimiter, the byte order mark, the decimal separator and
// the dates. Two presets: "Standard" (',', no BOM, '.', ISO dates) for programs, and
// "Excel (France)" (';', BOM, ',', DD/MM/YYYY, French headers) for a spreadsheet opened with a French locale,
// which then reads numbers as numbers and dates as dates. Imports read both.
struct CsvFormat
{
    enum class Preset { Standard, ExcelFrance };

    QChar delimiter = QLatin1Char(',');
    bool bom = false;
    QChar decimalSeparator = QLatin1Char('.');
    bool dayFirstDates = false; // DD/MM/YYYY instead of YYYY-MM-DD
    bool frenchHeaders = false; // "Entreprise", "Surface (m²)"… instead of "company", "area_m2"…

    static CsvFormat preset(Preset preset);
    // "standard" or "excel-fr"; nullopt for anything else.
    static std::optional<Preset> parsePreset(const QString &name);

    // A delimiter as people write it on a command line: one character, or "tab"; nullopt when it
    // cannot be one (a quote, a line break, a letter or digit, which would break the cells).
    static std::optional<QChar> parseDelimiter(const QString &text);

    QString date(QDate day) const;  // empty for a null date
    QString number(double value) const;
    QString money(Cents cents) const;

    CsvWriter::Options writerOptions() const { return CsvWriter::Options{delimiter, bom}; }
};

} // namespace pepin
