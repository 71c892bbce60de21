// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Format.h"

#include <cmath>

namespace pepin {

namespace {

// The locale's short date format with a four-digit year: a report read in ten years must not
// have to guess the century.
QString fullYearShortFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

Format::Format(const QLocale &locale)
    : m_locale(locale)
    , m_dateFormat(fullYearShortFormat(locale))
{
}

QString Format::date(QDate day) const
{
    return day.isValid() ? m_locale.toString(day, m_dateFormat) : QString();
}

QString Format::money(Cents cents) const
{
    return m_locale.toCurrencyString(double(cents) / 100.0, QStringLiteral("€"), 2);
}

QString Format::area(double m2) const
{
    return number(m2, 2) + QChar(0x00A0) + QStringLiteral("m²");
}

QString Format::number(double value, int maxDecimals) const
{
    QString text = m_locale.toString(value, 'f', maxDecimals);
    const QString decimalPoint = m_locale.decimalPoint();
    if (maxDecimals > 0 && text.contains(decimalPoint)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(decimalPoint))
            text.chop(decimalPoint.size());
    }
    return text;
}

QString Format::integer(qint64 value) const
{
    return m_locale.toString(value);
}

QString Format::percent(std::optional<double> fraction) const
{
    if (!fraction || !std::isfinite(*fraction))
        return none();
    return number(*fraction * 100.0, 1) + QChar(0x00A0) + m_locale.percent();
}

QString Format::none()
{
    return QStringLiteral("—");
}

QString isoDate(QDate day)
{
    if (!day.isValid())
        return QString();
    int year = 0, month = 0, dayOfMonth = 0;
    day.getDate(&year, &month, &dayOfMonth);
    if (year < 0 || year > 9999)
        return day.toString(Qt::ISODate);
    // Written digit by digit: an export of a network's leases writes some hundred thousand dates.
    const auto digit = [](int value) { return char('0' + value % 10); };
    const char text[] = {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-',
                         digit(month / 10),  digit(month),      '-',              digit(dayOfMonth / 10), digit(dayOfMonth)};
    return QString::fromLatin1(text, sizeof(text));
}

QString plainNumber(double value)
{
    // Shortest text that reads back to the same double.
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QString plainMoney(Cents cents)
{
    const Cents magnitude = cents < 0 ? -cents : cents;
    const int hundredths = int(magnitude % 100);
    QString text = cents < 0 ? QStringLiteral("-") : QString();
    text += QString::number(magnitude / 100);
    text += QLatin1Char('.');
    text += QLatin1Char(char('0' + hundredths / 10));
    text += QLatin1Char(char('0' + hundredths % 10));
    return text;
}

} // namespace pepin
