// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/CsvDecoder.h"
#include "csv/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pepin {

// The start of a CSV file as an import reads it: the encoding and the delimiter, detected or
// given, the header row and the first rows of data, blank lines left out as the import leaves
// them. Reads no further than those rows, so that a preview of a large file costs little.
struct CsvPreview
{
    Q_DECLARE_TR_FUNCTIONS(pepin::CsvPreview)

public:
    CsvDecoder::Encoding encoding = CsvDecoder::Encoding::Utf8;
    bool bom = false;
    QChar delimiter = QLatin1Char(',');
    qint64 headerLine = 0; // 0: the file has no header (it is empty, or cannot be read)
    QStringList header;
    QList<CsvReader::Record> rows;
    bool more = false; // the file has rows after these
    // Why the file could not be read as far as the preview goes: where, and what is wrong.
    std::optional<CsvReader::Failure> failure;

    static constexpr int defaultRows = 20;

    static CsvPreview read(QIODevice &device, const CsvReader::Options &options, int maxRows = defaultRows);
    static CsvPreview readFile(const QString &path, const CsvReader::Options &options, int maxRows = defaultRows);
};

} // namespace pepin
