// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/CsvFormat.h"

#include "util/Format.h"

namespace pepin {

CsvFormat CsvFormat::preset(Preset preset)
{
    switch (preset) {
    case Preset::Standard:
        break;
    case Preset::ExcelFrance:
        return CsvFormat{QLatin1Char(';'), true, QLatin1Char(','), true, true};
    }
    return CsvFormat{};
}

std::optional<CsvFormat::Preset> CsvFormat::parsePreset(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("standard"))
        return Preset::Standard;
    if (key == QLatin1String("excel-fr"))
        return Preset::ExcelFrance;
    return std::nullopt;
}

std::optional<QChar> CsvFormat::parseDelimiter(const QString &text)
{
    if (text == QLatin1String("tab") || text == QLatin1String("\\t"))
        return QLatin1Char('\t');
    if (text.size() != 1)
        return std::nullopt;
    const QChar c = text.front();
    if (c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n') || c.isLetterOrNumber()
        || (c.isSpace() && c != QLatin1Char('\t')))
        return std::nullopt;
    return c;
}

QString CsvFormat::date(QDate day) const
{
    if (!day.isValid())
        return QString();
    return dayFirstDates ? day.toString(QStringLiteral("dd/MM/yyyy")) : isoDate(day);
}

QString CsvFormat::number(double value) const
{
    QString text = plainNumber(value);
    return decimalSeparator == QLatin1Char('.') ? text : text.replace(QLatin1Char('.'), decimalSeparator);
}

QString CsvFormat::money(Cents cents) const
{
    QString text = plainMoney(cents);
    return decimalSeparator == QLatin1Char('.') ? text : text.replace(QLatin1Char('.'), decimalSeparator);
}

} // namespace pepin
