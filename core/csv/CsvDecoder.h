// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace pepin {

// Turns the bytes of a CSV file into text, chunk by chunk, in one of the encodings spreadsheets
// save in: UTF-8 (with or without a byte order mark) or Windows-1252 (what Excel writes for
// "CSV (separator: semicolon)" on a French Windows).
class CsvDecoder
{
public:
    enum class Encoding { Auto, Utf8, Windows1252 };

    // "auto", "utf-8" ("utf8"), "windows-1252" ("cp1252"); nullopt for anything else.
    static std::optional<Encoding> parseEncoding(const QString &name);
    static QString encodingName(Encoding encoding);

    // Checks UTF-8 a chunk at a time, a sequence may straddle two chunks.
    class Utf8Check
    {
    public:
        void feed(QByteArrayView bytes);
        // Bytes seen so far are valid UTF-8, leaving aside a sequence cut by the end of the input
        // so far; `finish()` counts that one too.
        bool valid() const { return m_valid; }
        bool finish() const { return m_valid && m_pending == 0; }

    private:
        bool m_valid = true;
        int m_pending = 0;      // continuation bytes still expected
        uchar m_lowest = 0x80;  // bounds of the next continuation byte (overlongs, surrogates)
        uchar m_highest = 0xBF;
    };

    // The whole of `bytes` read as Windows-1252. 0x81, 0x8D, 0x8F, 0x90 and 0x9D, which it leaves
    // undefined, become the C1 controls of the same number, as Latin-1 reads them.
    static QString fromWindows1252(QByteArrayView bytes);

    explicit CsvDecoder(Encoding encoding);

    Encoding encoding() const { return m_encoding; }
    QString decode(QByteArrayView bytes);
    // The text of a sequence cut short by the end of the file, if any.
    QString finish();
    // Whether some bytes were not valid in the encoding (they became U+FFFD).
    bool hasError() const;

private:
    Encoding m_encoding;
    QStringDecoder m_utf8;
    Utf8Check m_check;
    bool m_truncated = false;
};

} // namespace pepin
