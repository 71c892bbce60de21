// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/CsvDecoder.h"

#include "util/Text.h"

namespace pepin {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F, where it has printable characters.
constexpr char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

} // namespace

std::optional<CsvDecoder::Encoding> CsvDecoder::parseEncoding(const QString &name)
{
    const QString key = foldForMatching(name).remove(QLatin1Char('_'));
    if (key.isEmpty() || key == QLatin1String("auto"))
        return Encoding::Auto;
    if (key == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252"))
        return Encoding::Windows1252;
    return std::nullopt;
}

QString CsvDecoder::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        break;
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return QStringLiteral("auto");
}

void CsvDecoder::Utf8Check::feed(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (!m_valid)
            return;
        const uchar b = uchar(c);
        if (m_pending > 0) {
            if (b < m_lowest || b > m_highest) {
                m_valid = false;
                return;
            }
            --m_pending;
            m_lowest = 0x80;
            m_highest = 0xBF;
            continue;
        }
        if (b < 0x80)
            continue;
        if (b >= 0xC2 && b <= 0xDF) {
            m_pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            m_pending = 2;
            if (b == 0xE0)
                m_lowest = 0xA0; // shorter forms exist: overlong
            else if (b == 0xED)
                m_highest = 0x9F; // UTF-16 surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            m_pending = 3;
            if (b == 0xF0)
                m_lowest = 0x90;
            else if (b == 0xF4)
                m_highest = 0x8F; // beyond U+10FFFF
        } else {
            m_valid = false;
        }
    }
}

QString CsvDecoder::fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const uchar b = uchar(c);
        *out++ = (b >= 0x80 && b <= 0x9F) ? QChar(windows1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

CsvDecoder::CsvDecoder(Encoding encoding)
    : m_encoding(encoding == Encoding::Auto ? Encoding::Utf8 : encoding)
    , m_utf8(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom)
{
}

QString CsvDecoder::decode(QByteArrayView bytes)
{
    if (m_encoding == Encoding::Windows1252)
        return fromWindows1252(bytes);
    m_check.feed(bytes);
    return m_utf8.decode(bytes);
}

QString CsvDecoder::finish()
{
    // The decoder holds back a sequence cut by the end of the file, waiting for its end.
    if (m_encoding == Encoding::Windows1252 || !m_check.valid() || m_check.finish())
        return QString();
    m_truncated = true;
    return QString(QChar::ReplacementCharacter);
}

bool CsvDecoder::hasError() const
{
    return m_encoding == Encoding::Utf8 && (m_utf8.hasError() || m_truncated);
}

} // namespace pepin
