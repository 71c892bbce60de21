// SPDX-License-Identifier: GPL-3.0-or-later
// What people type and spreadsheets hold, through the parsers of util/Parse.h. Whatever they
// accept reads back from what Pépin writes for it: the CSV exports (both presets, which imports
// read), and the figures as shown in French.
#include "Fuzzing.h"
#include "Targets.h"

#include "csv/CsvFormat.h"
#include "util/Format.h"
#include "util/Parse.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace pepin::fuzz {

int parse(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(view(data, size));
    static const CsvFormat standard = CsvFormat::preset(CsvFormat::Preset::Standard);
    static const CsvFormat excel = CsvFormat::preset(CsvFormat::Preset::ExcelFrance);
    static const Format shown(QLocale(QLocale::French, QLocale::France));

    const std::optional<QDate> date = parseDate(text);
    if (date) {
        expect(date->isValid(), "a date was read that does not exist");
        expect(parseDate(standard.date(*date)) == date, "a date does not read back from what an export writes");
        expect(parseDate(excel.date(*date)) == date, "a date does not read back from what an export for Excel writes");
    }

    const std::optional<double> number = parseDecimal(text);
    if (number) {
        // An area or a rate of infinity, or not a number, would poison every sum it goes into.
        expect(std::isfinite(*number), "a number was read that is not finite");
        expect(parseDecimal(standard.number(*number)) == number, "a number does not read back from what an export writes");
        expect(parseDecimal(excel.number(*number)) == number, "a number does not read back from what an export for Excel writes");
    }

    const std::optional<Cents> cents = parseCents(text);
    if (cents) {
        expect(parseCents(standard.money(*cents)) == cents, "an amount does not read back from what an export writes");
        expect(parseCents(excel.money(*cents)) == cents, "an amount does not read back from what an export for Excel writes");
        // Shown amounts go through a double: exact to the cent up to far beyond any rent. Rents,
        // charges and deposits are never negative, and French shows a negative amount as
        // accountants do, "(0,05 €)", which is not for typing back.
        constexpr Cents exactlyShown = Cents{10'000'000'000'000};
        if (*cents >= 0 && *cents < exactlyShown)
            expect(parseCents(shown.money(*cents)) == cents, "an amount does not read back from how it is shown");
    }

    const std::optional<qint64> integer = parseInteger(text);
    if (integer) {
        expect(parseInteger(shown.integer(*integer)) == integer, "a whole number does not read back from how it is shown");
        // The same text is the same number to every parser that reads it.
        expect(parseDecimal(text) == double(*integer), "a whole number reads as another decimal number");
        // parseCents reads up to 15 digits of euros.
        if (std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }) <= 15)
            expect(cents == *integer * 100, "a whole number reads as another amount");
    }
    return 0;
}

} // namespace pepin::fuzz
