// SPDX-License-Identifier: GPL-3.0-or-later
// The path a user's CSV file takes: decoded (UTF-8 or Windows-1252), read record by record,
// previewed with its columns mapped, then imported.
#include "Fuzzing.h"
#include "Targets.h"

#include "csv/CsvColumns.h"
#include "csv/CsvDecoder.h"
#include "csv/CsvPreview.h"
#include "csv/CsvReader.h"
#include "csv/Importer.h"
#include "service/Store.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <memory>

namespace pepin::fuzz {

namespace {

constexpr ImportKind kinds[] = {ImportKind::Offices, ImportKind::Companies, ImportKind::Leases};

// Hands the bytes over a few at a time, as a pipe may (`pepin-cli import leases <(iconv …)`): a
// read may end inside a byte order mark, a line, a quoted field, a CR LF pair or a UTF-8 sequence.
class Trickle : public QIODevice
{
public:
    Trickle(const QByteArray &bytes, qint64 step)
        : m_bytes(bytes)
        , m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_step, m_bytes.size() - m_pos});
        std::memcpy(data, m_bytes.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_step;
    qint64 m_pos = 0;
};

struct Reading
{
    QList<CsvReader::Record> records;
    std::optional<CsvReader::Failure> failure;
    CsvDecoder::Encoding encoding = CsvDecoder::Encoding::Auto;
    QChar delimiter;
};

Reading readAll(QIODevice &device, const CsvReader::Options &options)
{
    Reading reading;
    CsvReader reader(device, options);
    CsvReader::Record record;
    qint64 previousLine = 0;
    while (reader.next(record)) {
        expect(record.line > previousLine, "a record does not start on a line after the previous record's");
        previousLine = record.line;
        reading.records << record;
    }
    reading.failure = reader.failure();
    if (reading.failure)
        expect(reading.failure->line >= 1 && !reading.failure->message.isEmpty(), "a failure does not say where or why");
    reading.encoding = reader.encoding();
    reading.delimiter = reader.delimiter();
    return reading;
}

Reading readAll(const QByteArray &bytes, const CsvReader::Options &options)
{
    QBuffer file;
    file.setData(bytes);
    file.open(QIODevice::ReadOnly);
    return readAll(file, options);
}

bool sameRecords(const QList<CsvReader::Record> &a, const QList<CsvReader::Record> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const CsvReader::Record &x, const CsvReader::Record &y) { return x.line == y.line && x.fields == y.fields; });
}

// Where UTF-8 is cut into chunks changes neither whether it is valid nor its text.
void checkDecoder(const QByteArray &bytes, qsizetype step)
{
    QList<QByteArrayView> pieces;
    for (qsizetype at = 0; at < bytes.size(); at += step)
        pieces << QByteArrayView(bytes).sliced(at, std::min(step, bytes.size() - at));

    CsvDecoder::Utf8Check whole;
    whole.feed(bytes);
    CsvDecoder::Utf8Check cut;
    for (const QByteArrayView piece : pieces)
        cut.feed(piece);
    expect(whole.valid() == cut.valid() && whole.finish() == cut.finish(), "UTF-8 checked in pieces is not UTF-8 checked whole");

    CsvDecoder wholeDecoder(CsvDecoder::Encoding::Utf8);
    QString wholeText = wholeDecoder.decode(bytes);
    wholeText += wholeDecoder.finish();
    CsvDecoder cutDecoder(CsvDecoder::Encoding::Utf8);
    QString cutText;
    for (const QByteArrayView piece : pieces)
        cutText += cutDecoder.decode(piece);
    cutText += cutDecoder.finish();
    expect(wholeDecoder.hasError() == cutDecoder.hasError(), "UTF-8 decoded in pieces is not UTF-8 decoded whole");
    expect(wholeDecoder.hasError() || wholeText == cutText, "UTF-8 decoded in pieces is not UTF-8 decoded whole");
    // The check picks the encoding, the decoder reads with it: they must agree.
    expect(wholeDecoder.hasError() == !whole.finish(), "the UTF-8 check and the UTF-8 decoder disagree");

    expect(CsvDecoder::fromWindows1252(bytes).size() == bytes.size(), "Windows-1252 is not one character per byte");
}

// The database imports go into: the sample incubator, kept as it is (every import is undone).
class ImportBase
{
public:
    ImportBase()
    {
        const QString path = QDir(freshFolder(QStringLiteral("csv"))).filePath(QStringLiteral("import.db"));
        Result<std::unique_ptr<Store>> opened = Store::open(path, Database::Mode::CreateIfMissing);
        expect(bool(opened), "cannot create the database to import into");
        m_store = std::move(opened).value();
        importSample(*m_store);
        m_rows = rowCount();
    }

    Store &store() { return *m_store; }

    // Every row of the tables an import writes to, to tell that an import was undone.
    qint64 rowCount()
    {
        Result<QSqlQuery> count = m_store->database().run(QStringLiteral(
            "SELECT (SELECT count(*) FROM sectors) + (SELECT count(*) FROM sites) + (SELECT count(*) FROM offices)"
            " + (SELECT count(*) FROM companies) + (SELECT count(*) FROM headcounts) + (SELECT count(*) FROM leases)"
            " + (SELECT count(*) FROM rent_steps)"));
        expect(count && count->next(), "cannot count the rows of the import database");
        return count->value(0).toLongLong();
    }
    qint64 rowsAtStart() const { return m_rows; }

private:
    std::unique_ptr<Store> m_store;
    qint64 m_rows = 0;
};

// Made at the first import and closed with the application, while Qt Sql's connections are still
// there: never by a static's destructor, which runs after them (the database could not be closed,
// or would be closed through Qt Sql's registry already destroyed). The fuzzers' application lives
// until the process ends: their base is never closed, and stays reachable.
ImportBase &importBase()
{
    static ImportBase *base = nullptr;
    if (!base) {
        base = new ImportBase;
        qAddPostRoutine([] {
            delete base;
            base = nullptr;
        });
    }
    return *base;
}

void checkImport(ImportKind kind, const QByteArray &bytes)
{
    ImportBase &base = importBase();
    // The import's own transaction is nested in this one, which is never committed: what the
    // import writes is undone when it ends.
    Database::Transaction undone(base.store().database());
    expect(undone.ok(), "cannot begin a transaction on the import database");
    QBuffer file;
    file.setData(bytes);
    file.open(QIODevice::ReadOnly);
    Importer::Options options;
    options.today = today();
    options.skipInvalid = true;
    const ImportResult result = Importer(base.store(), options).import(kind, file);

    expect(!result.fileRefused || (!result.written && !result.errors.isEmpty()), "a refused file was imported, or refused without a reason");
    expect(result.written == (result.created + result.updated > 0), "an import that wrote says it did not, or the other way round");
    expect(result.written != result.changes.isEmpty(), "an import's list of changes does not match what it wrote");
    for (const QList<ImportMessage> *messages : {&result.errors, &result.warnings}) {
        expect(std::all_of(messages->cbegin(), messages->cend(), [](const ImportMessage &m) { return m.line >= 0 && !m.message.isEmpty(); }),
               "an import message does not say where or what");
    }
}

} // namespace

int csv(const uint8_t *data, size_t size)
{
    const QByteArray bytes = view(data, size);
    // Chunk sizes and limits follow from the length, so that an input always does the same.
    const qint64 step = 1 + qint64(size % 7);
    checkDecoder(bytes, step);

    // As a file is read: encoding and delimiter detected.
    const Reading detected = readAll(bytes, {});

    // Given what was detected, the reader reads the same records, from a file or through a pipe.
    CsvReader::Options given;
    given.encoding = detected.encoding;
    given.delimiter = detected.delimiter;
    const Reading fromFile = readAll(bytes, given);
    expect(fromFile.failure.has_value() == detected.failure.has_value()
               && (detected.failure || sameRecords(fromFile.records, detected.records)),
           "the encoding and delimiter detected, given, do not read the same");
    Trickle pipe(bytes, step);
    const Reading piped = readAll(pipe, given);
    expect(piped.failure.has_value() == detected.failure.has_value(), "a file read through a pipe fails where the file does not, or the other way round");
    expect(detected.failure || sameRecords(piped.records, detected.records), "a file read through a pipe does not give the file's records");

    // Through a pipe, the encoding and the delimiter are detected from the first chunk only: the
    // whole file when it fits.
    Trickle detectingPipe(bytes, step);
    const Reading pipedDetected = readAll(detectingPipe, {});
    if (bytes.size() <= CsvReader::chunkSize) {
        expect(pipedDetected.failure.has_value() == detected.failure.has_value()
                   && (detected.failure || sameRecords(pipedDetected.records, detected.records)),
               "a file read through a pipe, everything detected, does not read as the file");
    }

    // With a low limit on the length of a record: whatever it reads, it does not crash.
    CsvReader::Options shortRecords;
    shortRecords.maxRecordChars = 16 + qsizetype(size % 64);
    readAll(bytes, shortRecords);

    // The import dialog's preview: the first non-blank records, as the reader reads them.
    QList<CsvReader::Record> nonBlank;
    std::copy_if(detected.records.cbegin(), detected.records.cend(), std::back_inserter(nonBlank),
                 [](const CsvReader::Record &record) { return !CsvReader::isBlank(record.fields); });
    QBuffer file;
    file.setData(bytes);
    file.open(QIODevice::ReadOnly);
    const CsvPreview preview = CsvPreview::read(file, {});
    const qsizetype shown = std::min(nonBlank.size(), qsizetype(1 + CsvPreview::defaultRows));
    expect(preview.headerLine == (nonBlank.isEmpty() ? 0 : nonBlank.first().line)
               && preview.header == (nonBlank.isEmpty() ? QStringList() : nonBlank.first().fields),
           "the preview's header is not the file's first non-blank record");
    expect(sameRecords(preview.rows, nonBlank.mid(1, shown - 1)), "the preview's rows are not the file's next non-blank records");
    expect(preview.more == (nonBlank.size() > shown), "the preview says wrongly whether the file has more rows");
    expect(preview.failure.has_value() == (detected.failure.has_value() && nonBlank.size() <= shown),
           "the preview fails where the file reads, or the other way round");

    for (const ImportKind kind : kinds) {
        const QStringList names = CsvColumns::mapping(kind, preview.header);
        expect(names.size() == preview.header.size(), "the column mapping does not give one name per column");
        expect(std::all_of(names.cbegin(), names.cend(),
                           [kind](const QString &name) { return name.isEmpty() || CsvColumns::canonical(kind, name) == name; }),
               "the column mapping gives a name that is not a column of the import");
    }

    for (const ImportKind kind : kinds)
        checkImport(kind, bytes);
    expect(importBase().rowCount() == importBase().rowsAtStart(), "an import was not undone with the transaction around it");
    return 0;
}

} // namespace pepin::fuzz
