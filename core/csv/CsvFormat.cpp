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
        return CsvFormat{QLatin1Char(';'), true, QLatin1Char(','), true, true, true};
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

QString CsvFormat::percent(std::optional<double> fraction) const
{
    if (!fraction)
        return QString();
    if (!percentRates)
        return number(*fraction);
    // The fraction's shortest decimal text with its point moved two places to the right, rather
    // than the text of fraction × 100, which brings binary noise: 0.07 × 100 is 7.000000000000001.
    QString digits = plainNumber(*fraction);
    const bool negative = digits.startsWith(QLatin1Char('-'));
    if (negative)
        digits.remove(0, 1);
    qsizetype point = digits.indexOf(QLatin1Char('.'));
    if (point < 0)
        point = digits.size();
    else
        digits.remove(point, 1);
    point += 2;
    while (digits.size() < point)
        digits += QLatin1Char('0');
    QString whole = digits.left(point);
    QString decimals = digits.mid(point);
    while (whole.size() > 1 && whole.front() == QLatin1Char('0'))
        whole.remove(0, 1);
    while (decimals.endsWith(QLatin1Char('0')))
        decimals.chop(1);
    QString text = negative ? QStringLiteral("-") + whole : whole;
    if (!decimals.isEmpty())
        text += decimalSeparator + decimals;
    return text + QLatin1Char('%');
}

} // namespace pepin
