// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/CsvDecoder.h"

#include <QChar>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <optional>

namespace pepin {

// Reads RFC 4180 CSV from a device, one record at a time, holding no more than a chunk of the
// file and the record being read: a 50 MB file costs no more memory than a small one.
//
// Quoted fields may hold the delimiter, doubled quotes and line breaks; rows may end with CRLF,
// LF or CR. Each record says on which physical line of the file it starts, so that every message
// can name it. The encoding (UTF-8 with or without BOM, else Windows-1252) and the delimiter
// (',', ';' or tab, counted outside quotes on the first lines, or an Excel "sep=;" line) are
// detected unless given.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(pepin::CsvReader)

public:
    struct Options
    {
        CsvDecoder::Encoding encoding = CsvDecoder::Encoding::Auto;
        QChar delimiter; // null: detect
        // A longer record is refused: it is a quote left open, or not a CSV file at all.
        qsizetype maxRecordChars = qsizetype{1024} * 1024;
    };

    struct Record
    {
        qint64 line = 0; // where the record starts, from 1
        QStringList fields;
    };

    // Why reading stopped before the end: where, and what is wrong.
    struct Failure
    {
        qint64 line = 0;
        QString message;
    };

    CsvReader(QIODevice &device, Options options);

    // The next record; false at the end of the file or when the file cannot be read further
    // (then `failure()` says why).
    bool next(Record &record);
    const std::optional<Failure> &failure() const { return m_failure; }

    // A record of empty or blank fields only: a blank line, or a spreadsheet's row of empty
    // cells. Imports skip them.
    static bool isBlank(const QStringList &fields);

    // What was detected (or given), known once the first record is read.
    CsvDecoder::Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    bool hasBom() const { return m_bom; }

    // Bytes taken from the device by the parser, and the most text it held at once.
    qint64 bytesRead() const { return m_bytesRead; }
    qsizetype peakBufferedChars() const { return m_peakBuffered; }

    static constexpr qsizetype chunkSize = qsizetype{64} * 1024;

private:
    void start();
    bool refuseBinary(const QByteArray &head);
    CsvDecoder::Encoding detectEncoding(const QByteArray &head);
    void detectDelimiter();
    bool fill();
    QChar peek();
    void fail(qint64 line, const QString &message);
    bool tooLong(bool inQuotes, qint64 startLine, qint64 quoteLine);

    QIODevice &m_device;
    Options m_options;
    bool m_started = false;
    bool m_eof = false;
    bool m_done = false;
    std::optional<Failure> m_failure;
    CsvDecoder::Encoding m_encoding = CsvDecoder::Encoding::Utf8;
    std::optional<CsvDecoder> m_decoder;
    QChar m_delimiter = QLatin1Char(',');
    bool m_bom = false;

    QString m_text;           // decoded text not parsed yet starts at m_pos
    qsizetype m_pos = 0;
    qint64 m_base = 0;        // characters of the file before m_text
    qint64 m_invalidFrom = -1; // first character that was not valid in the encoding
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    qsizetype m_peakBuffered = 0;
};

} // namespace pepin
