// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pepin::test {

// A text that has broken programs before, with a short label that names it in failures.
struct HostileText
{
    const char *label;
    QString text;
};

// Texts that every text field must keep exactly as given, through the database, the CSV files,
// the command line, the editors and the report: SQL and format-string injections, a
// 10,000-character text, right-to-left and mixed-direction text, emoji sequences, accents
// composed (NFC) and decomposed (NFD), which must not be normalised into each other, cells a
// CSV file or a spreadsheet could take for something else, and every control character but
// NUL (U+0000), which is refused (see nulText()).
//
// None begins or ends with white space: every input (editor, command line, CSV import) trims
// the ends of a one-line value, and keeps everything in between.
QList<HostileText> hostileTexts();

// The 10,000-character one, alone.
QString longText();

// A text holding U+0000: refused by the checks of every record, since SQLite's C strings,
// spreadsheets and most programs reading a CSV file cut a text there.
QString nulText();

// Empty when the two texts are the same UTF-16 units; else their lengths and the first unit where
// they differ, as code points: printing the texts themselves in a failure would not show it.
QString textDifference(const QString &actual, const QString &expected);

// "label" as Catch2 should print it in a failure: the label and the text's length, since the
// texts themselves may hold control characters or be 10,000 characters long.
std::string describe(const HostileText &hostile);

} // namespace pepin::test
