// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/CsvReader.h"

#include <QLocale>

#include <algorithm>
#include <array>

namespace pepin {

namespace {

constexpr std::array<char16_t, 3> candidates{u',', u';', u'\t'};
// Enough lines to tell the delimiter from a comma in a decimal or a semicolon in a note.
constexpr int sampleLines = 20;

qint64 lineOf(const QByteArray &bytes, qsizetype offset)
{
    return qint64(QByteArrayView(bytes).first(offset).count('\n')) + 1;
}

// Up to `size` bytes, fewer only at the end of the file. A pipe hands over what it has at each
// read, a few bytes maybe: the start of a file must be whole to be recognised, and a chunk of a
// part of a character decodes to nothing.
QByteArray readChunk(QIODevice &device, qsizetype size)
{
    QByteArray chunk(size, Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < size) {
        const qint64 read = device.read(chunk.data() + filled, size - filled);
        if (read <= 0)
            break;
        filled += qsizetype(read);
    }
    chunk.resize(filled);
    return chunk;
}

} // namespace

CsvReader::CsvReader(QIODevice &device, Options options)
    : m_device(device)
    , m_options(options)
{
}

bool CsvReader::isBlank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString &field) { return field.trimmed().isEmpty(); });
}

void CsvReader::fail(qint64 line, const QString &message)
{
    if (!m_failure)
        m_failure = Failure{line, message};
}

bool CsvReader::refuseBinary(const QByteArray &head)
{
    // Files picked by mistake get a message that says what they are.
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        fail(1, tr("The file is in UTF-16, which is not read here: save it as CSV in UTF-8 (or Windows-1252)."));
        return true;
    }
    if (head.startsWith("PK\x03\x04")) {
        fail(1, tr("This is a spreadsheet workbook (.xlsx or .ods), not a CSV file: save it as CSV first."));
        return true;
    }
    if (head.startsWith("\xD0\xCF\x11\xE0")) {
        fail(1, tr("This is an Excel 97-2003 workbook (.xls), not a CSV file: save it as CSV first."));
        return true;
    }
    if (head.startsWith("%PDF")) {
        fail(1, tr("This is a PDF document, not a CSV file."));
        return true;
    }
    if (const qsizetype nul = head.indexOf('\0'); nul >= 0) {
        fail(lineOf(head, nul), tr("This is not a text file (it holds binary data): is it really a CSV file?"));
        return true;
    }
    return false;
}

CsvDecoder::Encoding CsvReader::detectEncoding(const QByteArray &head)
{
    CsvDecoder::Utf8Check check;
    check.feed(head);
    if (!check.valid())
        return CsvDecoder::Encoding::Windows1252;
    // The first chunk has to do; when it is the whole file, a sequence cut short by its end is
    // not UTF-8 either (a Windows-1252 file that ends with "é").
    if (m_device.isSequential())
        return head.size() < chunkSize && !check.finish() ? CsvDecoder::Encoding::Windows1252 : CsvDecoder::Encoding::Utf8;
    // A Windows-1252 file may hold its first accent far down: check it all, a chunk at a time,
    // then come back.
    const qint64 resume = m_device.pos();
    QByteArray chunk;
    while (check.valid() && !(chunk = m_device.read(chunkSize)).isEmpty())
        check.feed(chunk);
    m_device.seek(resume);
    return check.finish() ? CsvDecoder::Encoding::Utf8 : CsvDecoder::Encoding::Windows1252;
}

void CsvReader::start()
{
    m_started = true;
    QByteArray head = readChunk(m_device, chunkSize);
    m_bytesRead = head.size();
    if (head.isEmpty()) {
        m_eof = true;
        return;
    }
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_bom = true;
        head.remove(0, 3);
    }
    if (!m_bom && refuseBinary(head))
        return;
    if (m_bom && head.contains('\0')) {
        fail(lineOf(head, head.indexOf('\0')), tr("This is not a text file (it holds binary data): is it really a CSV file?"));
        return;
    }
    m_encoding = m_options.encoding;
    if (m_encoding == CsvDecoder::Encoding::Auto)
        m_encoding = m_bom ? CsvDecoder::Encoding::Utf8 : detectEncoding(head);
    m_decoder.emplace(m_encoding);
    m_text = m_decoder->decode(head);
    if (m_decoder->hasError())
        m_invalidFrom = qMax(qsizetype(0), m_text.indexOf(QChar::ReplacementCharacter));
    m_peakBuffered = m_text.size();

    // Excel understands a first line "sep=;" as the delimiter; so does this reader.
    if (m_text.startsWith(QLatin1String("sep=")) && m_text.size() > 5
        && (m_text.at(5) == QLatin1Char('\n') || m_text.at(5) == QLatin1Char('\r'))) {
        if (m_options.delimiter.isNull())
            m_options.delimiter = m_text.at(4);
        m_pos = 6;
        if (m_text.at(5) == QLatin1Char('\r') && m_text.size() > 6 && m_text.at(6) == QLatin1Char('\n'))
            ++m_pos;
        ++m_line;
    }
    if (m_options.delimiter.isNull())
        detectDelimiter();
    else
        m_delimiter = m_options.delimiter;
}

void CsvReader::detectDelimiter()
{
    // Counts of each candidate outside quotes, line by line, over the text already read.
    QList<std::array<int, candidates.size()>> counts;
    std::array<int, candidates.size()> line{};
    bool quoted = false;
    bool text = false; // the line has something: blank lines before the header do not count
    for (qsizetype i = m_pos; i < m_text.size() && counts.size() < sampleLines; ++i) {
        const QChar c = m_text.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            text = true;
        } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (text || !counts.isEmpty())
                counts << line;
            line = {};
            text = false;
            if (c == QLatin1Char('\r') && i + 1 < m_text.size() && m_text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (!quoted) {
            text = true;
            for (size_t k = 0; k < candidates.size(); ++k) {
                if (c == QChar(candidates[k]))
                    ++line[k];
            }
        }
    }
    if (counts.size() < sampleLines && (text || counts.isEmpty()))
        counts << line; // the last line, complete when the text is the whole file
    // The header names the columns, so the delimiter is in it; prefer the one whose count is the
    // same on the most lines, then the one that gives the most columns.
    int bestScore = -1, bestColumns = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        const int header = counts.constFirst()[k];
        if (header == 0)
            continue;
        int same = 0;
        for (const auto &c : counts)
            same += c[k] == header ? 1 : 0;
        if (same > bestScore || (same == bestScore && header > bestColumns)) {
            bestScore = same;
            bestColumns = header;
            m_delimiter = QChar(candidates[k]);
        }
    }
}

bool CsvReader::fill()
{
    if (m_eof || m_failure)
        return false;
    m_text.remove(0, m_pos);
    m_base += m_pos;
    m_pos = 0;
    // The last bytes of a file may be the start of a character whose end is missing: they decode
    // to nothing until the end of the file says so.
    QString text;
    while (text.isEmpty() && !m_eof) {
        const QByteArray chunk = readChunk(m_device, chunkSize);
        if (chunk.isEmpty()) {
            m_eof = true;
            if (!m_device.atEnd()) {
                fail(m_line, tr("The file could not be read to the end: %1").arg(m_device.errorString()));
                return false;
            }
            text = m_decoder->finish();
        } else {
            m_bytesRead += chunk.size();
            text = m_decoder->decode(chunk);
        }
    }
    if (m_decoder->hasError() && m_invalidFrom < 0) {
        const qsizetype at = text.indexOf(QChar::ReplacementCharacter);
        m_invalidFrom = m_base + m_text.size() + (at < 0 ? 0 : at);
    }
    if (text.isEmpty())
        return false;
    m_text += text;
    m_peakBuffered = qMax(m_peakBuffered, m_text.size());
    return true;
}

QChar CsvReader::peek()
{
    if (m_pos >= m_text.size() && !fill())
        return QChar();
    return m_text.at(m_pos);
}

bool CsvReader::tooLong(bool inQuotes, qint64 startLine, qint64 quoteLine)
{
    const QString limit = QLocale().toString(qint64(m_options.maxRecordChars));
    if (inQuotes)
        fail(quoteLine, tr("The quoted field that starts on line %1 is still open after %2 characters: a quote (\") is probably missing.")
                            .arg(quoteLine)
                            .arg(limit));
    else
        fail(startLine, tr("The row that starts here is longer than %1 characters: this does not look like a CSV file.").arg(limit));
    return false;
}

bool CsvReader::next(Record &record)
{
    if (!m_started)
        start();
    if (m_failure || m_done)
        return false;

    enum class State { FieldStart, Unquoted, Quoted, QuoteSeen };
    State state = State::FieldStart;
    QStringList fields;
    QString field;
    qint64 startLine = -1;
    qint64 quoteLine = 0;
    qsizetype chars = 0;
    const QChar delimiter = m_delimiter;

    auto emitRecord = [&]() {
        fields << field;
        record.line = startLine;
        record.fields = std::move(fields);
        m_peakBuffered = qMax(m_peakBuffered, m_text.size() + chars);
        return true;
    };

    for (;;) {
        if (m_pos >= m_text.size() && !fill()) {
            if (m_failure)
                return false;
            m_done = true;
            if (state == State::Quoted) {
                fail(quoteLine, tr("The quoted field that starts on line %1 is never closed: a quote (\") is missing.").arg(quoteLine));
                return false;
            }
            if (startLine < 0)
                return false;
            return emitRecord();
        }
        if (state == State::Unquoted || state == State::Quoted) {
            // Plain characters go to the field in one append: most of a file is plain text.
            const QChar *data = m_text.constData();
            const qsizetype from = m_pos;
            const QChar stop = state == State::Quoted ? QLatin1Char('"') : delimiter;
            while (m_pos < m_text.size()) {
                const QChar ch = data[m_pos];
                if (ch == stop || ch == QLatin1Char('\n') || ch == QLatin1Char('\r') || ch.isNull() || ch == QChar::ReplacementCharacter)
                    break;
                ++m_pos;
            }
            if (m_pos > from) {
                field.append(data + from, m_pos - from);
                chars += m_pos - from;
                if (chars > m_options.maxRecordChars)
                    return tooLong(state == State::Quoted, startLine, quoteLine);
                continue;
            }
        }
        const QChar c = m_text.at(m_pos++);
        if (c.isNull()) {
            fail(m_line, tr("This is not a text file (it holds binary data): is it really a CSV file?"));
            return false;
        }
        if (c == QChar::ReplacementCharacter && m_invalidFrom >= 0 && m_base + m_pos - 1 >= m_invalidFrom) {
            fail(m_line, m_encoding == CsvDecoder::Encoding::Utf8
                             ? tr("Some bytes are not valid UTF-8: the file is probably in Windows-1252; read it with that encoding.")
                             : tr("Some bytes are not valid in the file's encoding."));
            return false;
        }
        if (startLine < 0)
            startLine = m_line;
        if (++chars > m_options.maxRecordChars)
            return tooLong(state == State::Quoted, startLine, quoteLine);

        const bool isBreak = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        QString lineBreak;
        if (isBreak) {
            lineBreak = c;
            if (c == QLatin1Char('\r') && peek() == QLatin1Char('\n')) {
                ++m_pos;
                lineBreak += QLatin1Char('\n');
            }
            ++m_line;
        }

        switch (state) {
        case State::FieldStart:
            if (c == QLatin1Char('"')) {
                state = State::Quoted;
                quoteLine = m_line;
            } else if (c == delimiter) {
                fields << field;
            } else if (isBreak) {
                return emitRecord();
            } else {
                field += c;
                state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            // A quote inside an unquoted field is kept as it is (12" screen): spreadsheets do so.
            if (c == delimiter) {
                fields << field;
                field.clear();
                state = State::FieldStart;
            } else if (isBreak) {
                return emitRecord();
            } else {
                field += c;
            }
            break;
        case State::Quoted:
            if (c == QLatin1Char('"'))
                state = State::QuoteSeen;
            else if (isBreak)
                field += lineBreak;
            else
                field += c;
            break;
        case State::QuoteSeen:
            if (c == QLatin1Char('"')) {
                field += c;
                state = State::Quoted;
            } else if (c == delimiter) {
                fields << field;
                field.clear();
                state = State::FieldStart;
            } else if (isBreak) {
                return emitRecord();
            } else {
                fail(m_line, tr("Text follows the closing quote of a field: a quote inside a quoted field must be doubled (\"\")."));
                return false;
            }
            break;
        }
    }
}

} // namespace pepin
