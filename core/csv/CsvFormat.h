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
// "Excel (France)" (';', BOM, ',', DD/MM/YYYY, rates as "87,5%", French headers) for a spreadsheet opened
// with a French locale, which then reads numbers as numbers, dates as dates and rates as percentages
// (LibreOffice with the French locale reads "87,5%" as the percentage 0.875, "03/2026" as text).
// Imports read both.
struct CsvFormat
{
    enum class Preset { Standard, ExcelFrance };

    QChar delimiter = QLatin1Char(',');
    bool bom = false;
    QChar decimalSeparator = QLatin1Char('.');
    bool dayFirstDates = false; // DD/MM/YYYY instead of YYYY-MM-DD
    bool frenchHeaders = false; // "Entreprise", "Surface (m²)"… instead of "company", "area_m2"…
    bool percentRates = false;  // rates as percentages, "87,5%", instead of fractions, 0.875

    static CsvFormat preset(Preset preset);
    // "standard" or "excel-fr"; nullopt for anything else.
    static std::optional<Preset> parsePreset(const QString &name);

    // A delimiter as people write it on a command line: one character, or "tab"; nullopt when it
    // cannot be one (a quote, a line break, a letter or digit, which would break the cells).
    static std::optional<QChar> parseDelimiter(const QString &text);

    QString date(QDate day) const;  // empty for a null date
    QString number(double value) const;
    QString money(Cents cents) const;
    // A rate, a fraction of 1: "0.875", or "87,5%" with percentRates, at full precision; empty
    // when null (a rate over a total of zero has none).
    QString percent(std::optional<double> fraction) const;

    CsvWriter::Options writerOptions() const { return CsvWriter::Options{delimiter, bom}; }
};

} // namespace pepin
