// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Parse.h"

#include "util/Text.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

} // namespace

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression french(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    const QString t = text.trimmed();
    int year = 0, month = 0, day = 0;
    if (const auto m = iso.match(t); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
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
