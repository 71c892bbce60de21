// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace pepin {

// Writes RFC 4180 CSV: fields quoted when they hold the delimiter, a quote or a line break,
// quotes doubled, rows ended by CRLF, UTF-8 (with a BOM on request, for French Excel).
//
// Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR)
// are written with a leading ' so that they are shown, never executed. Numbers are written
// with writeRow's `raw` flags and are never altered. A text that already begins with ' before
// one of those characters gets one more, so that `unguard` gives back exactly the text written.
class CsvWriter
{
public:
    struct Options
    {
        QChar delimiter = QLatin1Char(',');
        bool bom = false;
    };

    CsvWriter(QIODevice &device, Options options);

    // `raw[i]` true: the cell is a number or a date written by Pépin, not text from a person.
    void writeRow(const QStringList &cells, const QList<bool> &raw = {});
    bool ok() const;

    // One cell as it is written in the file (quoting and formula protection applied).
    static QString escape(const QString &cell, QChar delimiter, bool raw = false);

    // Whether a text cell gets the leading ' that keeps a spreadsheet from running it.
    static bool needsFormulaGuard(QStringView text);
    // A text cell as it was before the writer guarded it (what an import reads back).
    static QString unguard(const QString &cell);

private:
    QIODevice &m_device;
    Options m_options;
    bool m_bomWritten = false;
    bool m_failed = false;
    QString m_line;
};

} // namespace pepin
