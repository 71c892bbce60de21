// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Parse.h"

#include "util/Text.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace pepin {

namespace {

// The text with thousands separators removed and the decimal separator made '.'.
// Returns nullopt when the separators cannot be told apart.
std::optional<QString> canonicalNumber(const QString &text)
{
    QString s = withoutSpaces(text);
    if (s.isEmpty())
        return std::nullopt;
    const qsizetype lastComma = s.lastIndexOf(QLatin1Char(','));
    const qsizetype lastDot = s.lastIndexOf(QLatin1Char('.'));
    if (lastComma >= 0 && lastDot >= 0) {
        // Both present: the last one is the decimal separator, the other groups thousands.
        const QChar decimal = lastComma > lastDot ? QLatin1Char(',') : QLatin1Char('.');
        const QChar group = lastComma > lastDot ? QLatin1Char('.') : QLatin1Char(',');
        s.remove(group);
        if (s.count(decimal) != 1)
            return std::nullopt;
        s.replace(decimal, QLatin1Char('.'));
    } else if (lastComma >= 0) {
        if (s.count(QLatin1Char(',')) != 1)
            return std::nullopt;
        s.replace(QLatin1Char(','), QLatin1Char('.'));
    } else if (s.count(QLatin1Char('.')) > 1) {
        return std::nullopt;
    }
    static const QRegularExpression shape(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    if (!shape.match(s).hasMatch())
        return std::nullopt;
    return s;
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// The value of the ASCII digits text[from, to).
qint64 digitsValue(const QString &text, qsizetype from, qsizetype to)
{
    qint64 value = 0;
    for (qsizetype i = from; i < to; ++i)
        value = value * 10 + (text.at(i).unicode() - '0');
    return value;
}

// The amount in cents of a plain "1234", "1234.5" or "1234,56", the way files and exports
// mostly write amounts, read without the general path's regular expressions (an import reads a
// few hundred thousand); nullopt for anything else, which the general path reads.
std::optional<Cents> plainCents(const QString &text)
{
    const qsizetype size = text.size();
    qsizetype whole = 0;
    while (whole < size && isDigit(text.at(whole)))
        ++whole;
    if (whole == 0 || whole > 15)
        return std::nullopt;
    if (whole == size)
        return digitsValue(text, 0, whole) * 100;
    const qsizetype decimals = size - whole - 1;
    if (text.at(whole) != QLatin1Char('.') && text.at(whole) != QLatin1Char(','))
        return std::nullopt;
    if (decimals < 1 || decimals > 2 || !isDigit(text.at(whole + 1)) || !isDigit(text.at(size - 1)))
        return std::nullopt;
    const qint64 cents = digitsValue(text, whole + 1, size);
    return digitsValue(text, 0, whole) * 100 + (decimals == 1 ? cents * 10 : cents);
}

} // namespace

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression french(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    const QString t = text.trimmed();
    int year = 0, month = 0, day = 0;
    // YYYY-MM-DD read digit by digit: an import reads some hundred thousand dates.
    const auto isoDigits = {0, 1, 2, 3, 5, 6, 8, 9};
    if (t.size() == 10 && t.at(4) == QLatin1Char('-') && t.at(7) == QLatin1Char('-')
        && std::all_of(isoDigits.begin(), isoDigits.end(), [&t](int i) { return isDigit(t.at(i)); })) {
        year = int(digitsValue(t, 0, 4));
        month = int(digitsValue(t, 5, 7));
        day = int(digitsValue(t, 8, 10));
    } else if (const auto f = french.match(t); f.hasMatch()) {
        day = f.captured(1).toInt();
        month = f.captured(2).toInt();
        year = f.captured(3).toInt();
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<double> parseDecimal(const QString &text)
{
    const auto canonical = canonicalNumber(text);
    if (!canonical)
        return std::nullopt;
    bool ok = false;
    const double value = canonical->toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<Cents> parseCents(const QString &text)
{
    if (const std::optional<Cents> plain = plainCents(text))
        return plain;
    QString s = text.trimmed();
    for (const QString &unit : {QStringLiteral("€"), QStringLiteral("EUR")}) {
        if (s.endsWith(unit, Qt::CaseInsensitive))
            s.chop(unit.size());
    }
    const auto canonical = canonicalNumber(s);
    if (!canonical)
        return std::nullopt;
    QString number = *canonical;
    const bool negative = number.startsWith(QLatin1Char('-'));
    if (negative || number.startsWith(QLatin1Char('+')))
        number.remove(0, 1);
    QString whole = number.section(QLatin1Char('.'), 0, 0);
    QString fraction = number.section(QLatin1Char('.'), 1);
    while (fraction.size() > 2 && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > 2 || whole.size() > 15)
        return std::nullopt;
    fraction = fraction.leftJustified(2, QLatin1Char('0'));
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    bool okWhole = false, okFraction = false;
    const qint64 euros = whole.toLongLong(&okWhole);
    const qint64 cents = fraction.toLongLong(&okFraction);
    if (!okWhole || !okFraction)
        return std::nullopt;
    const qint64 total = euros * 100 + cents;
    return negative ? -total : total;
}

std::optional<qint64> parseInteger(const QString &text)
{
    // Plain digits read as they are; anything else (a sign, spaces) by the general path.
    if (!text.isEmpty() && text.size() <= 18 && std::all_of(text.cbegin(), text.cend(), isDigit))
        return digitsValue(text, 0, text.size());
    const QString s = withoutSpaces(text);
    static const QRegularExpression shape(QStringLiteral("^[+-]?\\d{1,18}$"));
    if (!shape.match(s).hasMatch())
        return std::nullopt;
    return s.toLongLong();
}

QString dateFormatsHint()
{
    return QCoreApplication::translate("pepin::Parse", "expected a date as YYYY-MM-DD or DD/MM/YYYY");
}

} // namespace pepin
