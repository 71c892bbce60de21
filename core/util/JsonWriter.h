// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace pepin {

// Writes compact JSON (UTF-8) value by value, byte for byte as QJsonDocument::toJson(Compact)
// writes the same document, without building the document first: the change history writes
// one per record changed, a few hundred thousand in a large import. (A whole real past 2^53 may
// be written in another form than Qt's, never as another value.)
//
// The caller gives an object's keys in QJsonObject's order (sorted); the writer puts the commas
// and colons.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The key of the next value, inside an object.
    void key(QStringView name);

    void null();
    void string(QStringView text);
    void integer(qint64 value);
    void number(double value); // whole ones as integers; null when not finite
    // As QJsonValue::fromVariant would hold it: NULL (a null variant) as null, texts as
    // strings, whole numbers, reals and flags as numbers and booleans.
    void value(const QVariant &value);

    const QByteArray &text() const { return m_text; }

private:
    void separate();
    void open(char bracket);
    void close(char bracket);

    QByteArray m_text;
    bool m_first = true; // no value yet in the object or array being written
};

} // namespace pepin
