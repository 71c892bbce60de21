// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

#include <charconv>
#include <cmath>
#include <iterator>

namespace pepin {

void JsonWriter::separate()
{
    if (!m_first)
        m_text += ',';
    m_first = false;
}

void JsonWriter::open(char bracket)
{
    separate();
    m_text += bracket;
    m_first = true;
}

void JsonWriter::close(char bracket)
{
    m_text += bracket;
    m_first = false;
}

void JsonWriter::beginObject() { open('{'); }
void JsonWriter::endObject() { close('}'); }
void JsonWriter::beginArray() { open('['); }
void JsonWriter::endArray() { close(']'); }

void JsonWriter::key(QStringView name)
{
    string(name);
    m_text += ':';
    m_first = true; // the value that follows takes no comma
}

void JsonWriter::null()
{
    separate();
    m_text += "null";
}

void JsonWriter::string(QStringView text)
{
    separate();
    static constexpr char hex[] = "0123456789abcdef";
    const auto escaped = [this](char16_t unit) {
        const char digits[] = {'\\', 'u', hex[(unit >> 12) & 0xf], hex[(unit >> 8) & 0xf], hex[(unit >> 4) & 0xf], hex[unit & 0xf]};
        m_text.append(digits, sizeof(digits));
    };
    m_text += '"';
    const char16_t *unit = text.utf16();
    const char16_t *const end = unit + text.size();
    while (unit != end) {
        const char16_t u = *unit++;
        if (u < 0x80) {
            switch (u) {
            case u'"': m_text += "\\\""; break;
            case u'\\': m_text += "\\\\"; break;
            case u'\b': m_text += "\\b"; break;
            case u'\f': m_text += "\\f"; break;
            case u'\n': m_text += "\\n"; break;
            case u'\r': m_text += "\\r"; break;
            case u'\t': m_text += "\\t"; break;
            default:
                if (u < 0x20)
                    escaped(u);
                else
                    m_text += char(u);
            }
        } else if (u < 0x800) {
            m_text += char(0xc0 | (u >> 6));
            m_text += char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            m_text += char(0xe0 | (u >> 12));
            m_text += char(0x80 | ((u >> 6) & 0x3f));
            m_text += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && unit != end && QChar::isLowSurrogate(*unit)) {
            const char32_t point = QChar::surrogateToUcs4(u, *unit++);
            m_text += char(0xf0 | (point >> 18));
            m_text += char(0x80 | ((point >> 12) & 0x3f));
            m_text += char(0x80 | ((point >> 6) & 0x3f));
            m_text += char(0x80 | (point & 0x3f));
        } else {
            escaped(u); // half of a pair, alone: not UTF-8, so escaped as QJsonDocument does
        }
    }
    m_text += '"';
}

void JsonWriter::integer(qint64 value)
{
    separate();
    char digits[24];
    const auto written = std::to_chars(std::begin(digits), std::end(digits), value);
    m_text.append(digits, written.ptr - digits);
}

void JsonWriter::number(double value)
{
    // A whole number as a whole number ("20", not "2e+01"), as QJsonValue keeps a whole real;
    // past 2^53, where reals are no longer every whole number, in the shortest form.
    constexpr double exactWholes = 9007199254740992.0; // 2^53
    if (std::isfinite(value) && std::trunc(value) == value && std::abs(value) <= exactWholes) {
        integer(qint64(value));
        return;
    }
    separate();
    if (std::isfinite(value))
        m_text += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    else
        m_text += "null";
}

void JsonWriter::value(const QVariant &value)
{
    if (value.isNull()) {
        null();
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QString:
        string(value.toString());
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
        integer(value.toLongLong());
        return;
    case QMetaType::Double:
        number(value.toDouble());
        return;
    case QMetaType::Bool:
        separate();
        m_text += value.toBool() ? "true" : "false";
        return;
    default: {
        // Any other type, as Qt itself writes it: inside an array, whose brackets are dropped.
        separate();
        const QByteArray array = QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact);
        m_text += QByteArrayView(array).sliced(1, array.size() - 2);
    }
    }
}

} // namespace pepin
