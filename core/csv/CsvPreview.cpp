// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/CsvPreview.h"

#include <QFile>

namespace pepin {

CsvPreview CsvPreview::read(QIODevice &device, const CsvReader::Options &options, int maxRows)
{
    CsvPreview preview;
    CsvReader reader(device, options);
    CsvReader::Record record;
    bool more = false;
    while (reader.next(record)) {
        if (CsvReader::isBlank(record.fields))
            continue;
        if (preview.headerLine == 0) {
            preview.headerLine = record.line;
            preview.header = record.fields;
        } else if (preview.rows.size() < maxRows) {
            preview.rows << record;
        } else {
            more = true;
            break;
        }
    }
    preview.more = more;
    preview.failure = reader.failure();
    preview.encoding = reader.encoding();
    preview.bom = reader.hasBom();
    preview.delimiter = reader.delimiter();
    return preview;
}

CsvPreview CsvPreview::readFile(const QString &path, const CsvReader::Options &options, int maxRows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvPreview preview;
        preview.failure = CsvReader::Failure{0, tr("The file cannot be opened: %1.").arg(file.errorString())};
        return preview;
    }
    return read(file, options, maxRows);
}

} // namespace pepin
