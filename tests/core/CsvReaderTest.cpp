// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "CsvTestData.h"

#include "csv/CsvReader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace pepin;

namespace {

struct Read
{
    QList<CsvReader::Record> records;
    std::optional<CsvReader::Failure> failure;
    CsvDecoder::Encoding encoding = CsvDecoder::Encoding::Auto;
    QChar delimiter;
    bool bom = false;
};

Read readAll(const QByteArray &bytes, CsvReader::Options options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer, options);
    Read read;
    CsvReader::Record record;
    while (reader.next(record))
        read.records << record;
    read.failure = reader.failure();
    read.encoding = reader.encoding();
    read.delimiter = reader.delimiter();
    read.bom = reader.hasBom();
    return read;
}

// A pipe that hands over one byte at each read.
class BytePipe : public QIODevice
{
public:
    explicit BytePipe(const QByteArray &bytes)
        : m_bytes(bytes)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (maxSize < 1 || m_pos == m_bytes.size())
            return 0;
        *data = m_bytes.at(m_pos++);
        return 1;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qsizetype m_pos = 0;
};

Read readPiped(const QByteArray &bytes, CsvReader::Options options = {})
{
    BytePipe pipe(bytes);
    CsvReader reader(pipe, options);
    Read read;
    CsvReader::Record record;
    while (reader.next(record))
        read.records << record;
    read.failure = reader.failure();
    read.encoding = reader.encoding();
    read.delimiter = reader.delimiter();
    read.bom = reader.hasBom();
    return read;
}

QStringList fields(std::initializer_list<const char *> values)
{
    QStringList list;
    for (const char *value : values)
        list << QString::fromUtf8(value);
    return list;
}

} // namespace

TEST_CASE("RFC 4180: quoted fields hold delimiters, doubled quotes and line breaks", "[csv][reader]")
{
    const Read read = readAll("a,b,c\r\n"
                              "\"x, y\",\"he said \"\"hi\"\"\",\"multi\r\nline\"\r\n"
                              "last,,\r\n"
                              "12\" screen,\"\",end");
    REQUIRE_FALSE(read.failure);
    REQUIRE(read.records.size() == 4);
    CHECK(read.records[0].line == 1);
    CHECK(read.records[0].fields == fields({"a", "b", "c"}));
    CHECK(read.records[1].line == 2);
    CHECK(read.records[1].fields == fields({"x, y", "he said \"hi\"", "multi\r\nline"}));
    // The line break inside the quoted field counts: the next record starts on line 4.
    CHECK(read.records[2].line == 4);
    CHECK(read.records[2].fields == fields({"last", "", ""}));
    // A quote inside an unquoted field is kept; the last line needs no line break.
    CHECK(read.records[3].line == 5);
    CHECK(read.records[3].fields == fields({"12\" screen", "", "end"}));
}

TEST_CASE("LF, CRLF and lone CR end rows, and blank lines are empty records", "[csv][reader]")
{
    const Read read = readAll("a,b\nc,d\r\re,f\r\n\r\ng,h\n");
    REQUIRE_FALSE(read.failure);
    QList<qint64> lines;
    QList<QStringList> all;
    for (const auto &record : read.records) {
        lines << record.line;
        all << record.fields;
    }
    CHECK(lines == QList<qint64>{1, 2, 3, 4, 5, 6});
    CHECK(all[0] == fields({"a", "b"}));
    CHECK(all[1] == fields({"c", "d"}));
    CHECK(all[2] == QStringList{QString()});
    CHECK(all[3] == fields({"e", "f"}));
    CHECK(all[4] == QStringList{QString()});
    CHECK(all[5] == fields({"g", "h"}));
}

TEST_CASE("The delimiter is detected outside quotes, or given", "[csv][reader]")
{
    SECTION("semicolons, with decimal commas in the values")
    {
        const Read read = readAll("site;code;area_m2\r\nA;B12;24,5\r\nA;B13;1 234,5\r\n");
        CHECK(read.delimiter == QLatin1Char(';'));
        CHECK(read.records[1].fields == fields({"A", "B12", "24,5"}));
    }
    SECTION("commas, with semicolons in quoted notes")
    {
        const Read read = readAll("name,notes\nAlpha,\"one; two; three\"\nBeta,\"a;b\"\n");
        CHECK(read.delimiter == QLatin1Char(','));
        CHECK(read.records[1].fields == fields({"Alpha", "one; two; three"}));
    }
    SECTION("tabs")
    {
        const Read read = readAll("name\tsector\nAlpha, Beta\tIT; services\n");
        CHECK(read.delimiter == QLatin1Char('\t'));
        CHECK(read.records[1].fields == fields({"Alpha, Beta", "IT; services"}));
    }
    SECTION("Excel's sep= line")
    {
        const Read read = readAll("sep=|\r\nname|notes\r\nAlpha|a,b;c\r\n");
        CHECK(read.delimiter == QLatin1Char('|'));
        REQUIRE(read.records.size() == 2);
        CHECK(read.records[0].line == 2);
        CHECK(read.records[1].fields == fields({"Alpha", "a,b;c"}));
    }
    SECTION("given")
    {
        CsvReader::Options options;
        options.delimiter = QLatin1Char(';');
        const Read read = readAll("a,b;c\n", options);
        CHECK(read.records[0].fields == fields({"a,b", "c"}));
    }
    SECTION("blank lines before the header")
    {
        const Read read = readAll("\r\n\r\nname;area\r\nAlpha;1,5\r\n");
        CHECK(read.delimiter == QLatin1Char(';'));
        CHECK(read.records.constLast().fields == fields({"Alpha", "1,5"}));
    }
    SECTION("a single column")
    {
        const Read read = readAll("name\nAlpha\n");
        CHECK(read.records[1].fields == fields({"Alpha"}));
    }
}

TEST_CASE("The encoding is detected: UTF-8 with or without BOM, else Windows-1252", "[csv][reader]")
{
    SECTION("UTF-8 with a BOM: the BOM is not part of the first header")
    {
        const Read read = readAll("\xEF\xBB\xBFnom;d\xC3\xA9" "but\r\n");
        CHECK(read.bom);
        CHECK(read.encoding == CsvDecoder::Encoding::Utf8);
        CHECK(read.records[0].fields == fields({"nom", "début"}));
    }
    SECTION("UTF-8 without a BOM")
    {
        const Read read = readAll("nom\nSoci\xC3\xA9t\xC3\xA9 \xC5\x92uvre \xE2\x82\xAC\n");
        CHECK_FALSE(read.bom);
        CHECK(read.encoding == CsvDecoder::Encoding::Utf8);
        CHECK(read.records[1].fields == fields({"Société Œuvre €"}));
    }
    SECTION("Windows-1252, with the characters Latin-1 does not have")
    {
        const Read read = readAll("nom;notes\r\nSoci\xE9t\xE9;\x8C" "uvre \x80 \x92" "a \x96 b \x85\r\n");
        CHECK(read.encoding == CsvDecoder::Encoding::Windows1252);
        CHECK(read.records[1].fields == fields({"Société", "Œuvre € ’a – b …"}));
    }
    SECTION("Windows-1252 whose first accent comes after 100 kB of plain ASCII")
    {
        QByteArray bytes = "name,notes\n";
        while (bytes.size() < 100 * 1024)
            bytes += "Alpha,plain ascii notes\n";
        bytes += "Caf\xE9,fin\n";
        const Read read = readAll(bytes);
        CHECK(read.encoding == CsvDecoder::Encoding::Windows1252);
        CHECK(read.records.constLast().fields == fields({"Café", "fin"}));
    }
    SECTION("UTF-8 forced on a Windows-1252 file: refused at the line of the first bad byte")
    {
        CsvReader::Options options;
        options.encoding = CsvDecoder::Encoding::Utf8;
        const Read read = readAll("name\nAlpha\nCaf\xE9\n", options);
        REQUIRE(read.failure);
        CHECK(read.failure->line == 3);
        CHECK(read.failure->message.contains(QStringLiteral("Windows-1252")));
    }
    SECTION("Windows-1252 forced on a UTF-8 file is read as asked")
    {
        CsvReader::Options options;
        options.encoding = CsvDecoder::Encoding::Windows1252;
        const Read read = readAll("name\nCaf\xC3\xA9\n", options);
        REQUIRE_FALSE(read.failure);
        CHECK(read.records[1].fields == fields({"CafÃ©"}));
    }
}

TEST_CASE("Characters and line breaks cut by the reader's chunks are read whole", "[csv][reader]")
{
    // An "é" (two bytes) and a CRLF each straddle the 64 KiB boundary of the reads.
    QByteArray bytes = "name\n";
    bytes += QByteArray(CsvReader::chunkSize - bytes.size() - 1, 'x');
    bytes += "\xC3\xA9\r";
    bytes += QByteArray(CsvReader::chunkSize - 3, 'y');
    REQUIRE(bytes.size() == 2 * CsvReader::chunkSize - 1);
    bytes += "\r\nz\n";
    const Read read = readAll(bytes);
    REQUIRE_FALSE(read.failure);
    CHECK(read.encoding == CsvDecoder::Encoding::Utf8);
    REQUIRE(read.records.size() == 4);
    CHECK(read.records[1].fields.constFirst().endsWith(QStringLiteral("xé")));
    CHECK(read.records[2].line == 3);
    CHECK(read.records[3].line == 4);
    CHECK(read.records[3].fields == fields({"z"}));
}

TEST_CASE("A pipe that hands over a byte at a time reads as a file", "[csv][reader]")
{
    // Found by fuzz_csv: a read that brought only the first byte of an "é" decoded to nothing,
    // which was taken for the end of the file; a byte order mark or a "sep=" line cut by the
    // first read were not recognised; a Windows-1252 file ending with "é" was taken for UTF-8.
    const QByteArray file = "\xEF\xBB\xBFsep=;\r\nnom;secteur\r\nCaf\xC3\xA9 Pixel;\"Num\xC3\xA9rique\r\net son\"\r\n\xC5\x92uvres;\r\n";
    const Read piped = readPiped(file);
    const Read whole = readAll(file);
    REQUIRE_FALSE(piped.failure);
    CHECK(piped.bom);
    CHECK(piped.delimiter == QLatin1Char(';'));
    REQUIRE(piped.records.size() == 3);
    CHECK(piped.records[0].fields == fields({"nom", "secteur"}));
    CHECK(piped.records[1].fields == fields({"Caf\xC3\xA9 Pixel", "Num\xC3\xA9rique\r\net son"}));
    CHECK(piped.records[2].line == 5);
    CHECK(piped.records[2].fields == fields({"\xC5\x92uvres", ""}));
    REQUIRE(whole.records.size() == piped.records.size());
    for (qsizetype i = 0; i < whole.records.size(); ++i)
        CHECK(whole.records[i].fields == piped.records[i].fields);

    const Read latin = readPiped("name\nCaf\xE9");
    REQUIRE_FALSE(latin.failure);
    CHECK(latin.encoding == CsvDecoder::Encoding::Windows1252);
    REQUIRE(latin.records.size() == 2);
    CHECK(latin.records[1].fields == fields({"Caf\xC3\xA9"}));

    // In UTF-8, a character cut short by the end of the file is an error, a byte at a time too.
    CsvReader::Options utf8;
    utf8.encoding = CsvDecoder::Encoding::Utf8;
    const Read cut = readPiped("name\nCaf\xC3", utf8);
    REQUIRE(cut.failure);
    CHECK(cut.failure->line == 2);
}

TEST_CASE("Malformed files are refused with the line where the trouble is", "[csv][reader]")
{
    SECTION("a quote never closed: the line where it opens")
    {
        const Read read = readAll("name,notes\nAlpha,fine\nBeta,\"never closed\nGamma,x\nDelta,y\n");
        REQUIRE(read.failure);
        CHECK(read.failure->line == 3);
        CHECK(read.failure->message.contains(QStringLiteral("never closed")));
    }
    SECTION("text after a closing quote")
    {
        const Read read = readAll("name,notes\nAlpha,\"quoted\"then\n");
        REQUIRE(read.failure);
        CHECK(read.failure->line == 2);
        CHECK(read.failure->message.contains(QStringLiteral("doubled")));
    }
    SECTION("binary data")
    {
        const Read read = readAll(QByteArray("name\nab\0cd\n", 11));
        REQUIRE(read.failure);
        CHECK(read.failure->line == 2);
        CHECK(read.records.isEmpty());
    }
    SECTION("binary data past the first chunk")
    {
        QByteArray bytes = "name\n";
        for (int i = 0; i < 10000; ++i)
            bytes += "some row\n";
        bytes += QByteArray("x\0y\n", 4);
        const Read read = readAll(bytes);
        REQUIRE(read.failure);
        CHECK(read.failure->line == 10002);
    }
    SECTION("a workbook")
    {
        const Read read = readAll(QByteArray("PK\x03\x04\x14\0\x06\0", 8));
        REQUIRE(read.failure);
        CHECK(read.failure->message.contains(QStringLiteral(".xlsx")));
    }
    SECTION("UTF-16")
    {
        const Read read = readAll(QByteArray("\xFF\xFEn\0a\0m\0e\0", 10));
        REQUIRE(read.failure);
        CHECK(read.failure->message.contains(QStringLiteral("UTF-16")));
    }
    SECTION("a record longer than the limit, quoted or not")
    {
        CsvReader::Options options;
        options.maxRecordChars = 1000;
        const Read quoted = readAll("name,notes\nAlpha,ok\nBeta,\"" + QByteArray(5000, 'n') + "\"\n", options);
        REQUIRE(quoted.failure);
        CHECK(quoted.failure->line == 3);
        CHECK(quoted.records.size() == 2);
        const Read unquoted = readAll("name\n" + QByteArray(5000, 'n') + "\n", options);
        REQUIRE(unquoted.failure);
        CHECK(unquoted.failure->line == 2);
    }
    SECTION("an empty file has no record and no failure: the importer says what is missing")
    {
        const Read read = readAll(QByteArray());
        CHECK(read.records.isEmpty());
        CHECK_FALSE(read.failure);
    }
}

TEST_CASE("A 50 MB file is read a chunk at a time", "[csv][reader][large]")
{
    // Written to disk, then read from the file as an import does: the reader never holds more
    // than a chunk and a record, whatever the size.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    constexpr qint64 size = 50 * 1024 * 1024;
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray block = "name,sector,notes\n";
        for (int i = 0; block.size() < 1024 * 1024; ++i)
            block += QStringLiteral("Company %1,IT services,\"a note, with a comma\"\n").arg(i, 6, 10, QLatin1Char('0')).toUtf8();
        while (file.size() < size)
            REQUIRE(file.write(block) == block.size());
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    test::resetPeakMemory();
    const std::optional<qint64> memoryBefore = test::currentMemoryKb();
    CsvReader reader(file, {});
    CsvReader::Record record;
    qint64 records = 0;
    QElapsedTimer timer;
    timer.start();
    while (reader.next(record))
        ++records;
    INFO("read in " << timer.elapsed() << " ms");
    CHECK_FALSE(reader.failure());
    CHECK(records > 1'000'000);
    CHECK(reader.bytesRead() == file.size());
    // A whole-file copy would be 50 million characters; the reader held about one chunk.
    CHECK(reader.peakBufferedChars() <= 2 * CsvReader::chunkSize);
    if (const std::optional<qint64> peak = test::peakMemoryKb(); peak && memoryBefore)
        CHECK(*peak - *memoryBefore < 20 * 1024);
}
