// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "util/Format.h"

#include <cmath>
#include <limits>

using namespace pepin;
using namespace Qt::Literals::StringLiterals;

namespace {

// Makes `locale` the default for one test and puts the previous one back after it.
class DefaultLocaleScope
{
public:
    explicit DefaultLocaleScope(const QLocale &locale)
    {
        QLocale::setDefault(locale);
    }
    ~DefaultLocaleScope() { QLocale::setDefault(m_previous); }
    DefaultLocaleScope(const DefaultLocaleScope &) = delete;
    DefaultLocaleScope &operator=(const DefaultLocaleScope &) = delete;

private:
    QLocale m_previous;
};

// French typography as Qt 6.4 writes it (CLDR): thousands grouped by a narrow no-break space,
// a no-break space before a unit, the euro sign or the percent sign.
const QChar group(0x202F);
const QChar beforeUnit(0x00A0);

QString codePoints(const QString &text)
{
    QStringList points;
    for (const QChar c : text)
        points << u"U+%1"_s.arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    return points.join(u' ');
}

} // namespace

TEST_CASE("figures are written the French way when the locale is French", "[format][french]")
{
    DefaultLocaleScope french(QLocale(QLocale::French, QLocale::France));
    const Format format;

    CHECK(format.date(QDate(2026, 12, 31)) == u"31/12/2026"_s);
    CHECK(format.date(QDate(2026, 1, 5)) == u"05/01/2026"_s);
    CHECK(format.date(QDate()) == QString());

    const QString area = format.area(1234.5);
    INFO(codePoints(area).toStdString());
    CHECK(area == u"1"_s + group + u"234,5"_s + beforeUnit + u"m²"_s);
    CHECK(format.area(24.5) == u"24,5"_s + beforeUnit + u"m²"_s);
    CHECK(format.area(352.5) == u"352,5"_s + beforeUnit + u"m²"_s);
    CHECK(format.area(30) == u"30"_s + beforeUnit + u"m²"_s);
    CHECK(format.area(12.25) == u"12,25"_s + beforeUnit + u"m²"_s);

    const QString money = format.money(123456);
    INFO(codePoints(money).toStdString());
    CHECK(money == u"1"_s + group + u"234,56"_s + beforeUnit + u"€"_s);
    CHECK(format.money(5) == u"0,05"_s + beforeUnit + u"€"_s);
    CHECK(format.money(100000) == u"1"_s + group + u"000,00"_s + beforeUnit + u"€"_s);
    CHECK(format.money(0) == u"0,00"_s + beforeUnit + u"€"_s);

    CHECK(format.integer(1234) == u"1"_s + group + u"234"_s);
    CHECK(format.integer(40) == u"40"_s);
    CHECK(format.number(1234.567) == u"1"_s + group + u"234,57"_s);
    CHECK(format.number(2.0) == u"2"_s);
    CHECK(format.number(0.5, 1) == u"0,5"_s);
}

TEST_CASE("the separators used in French are spaces that never break a figure", "[format][french]")
{
    CHECK(group.isSpace());
    CHECK(beforeUnit.isSpace());
    // Neither is a plain space, where a line could break inside "1 234,5 m²".
    CHECK(group != QLatin1Char(' '));
    CHECK(beforeUnit != QLatin1Char(' '));
    CHECK(group.category() == QChar::Separator_Space);
    CHECK(beforeUnit.category() == QChar::Separator_Space);
}

TEST_CASE("rates are written in percent, and a rate without a total as a dash", "[format][french]")
{
    DefaultLocaleScope french(QLocale(QLocale::French, QLocale::France));
    const Format format;
    CHECK(format.percent(0.875) == u"87,5"_s + beforeUnit + u"%"_s);
    CHECK(format.percent(1.0) == u"100"_s + beforeUnit + u"%"_s);
    CHECK(format.percent(0.0) == u"0"_s + beforeUnit + u"%"_s);
    CHECK(format.percent(2.0 / 3.0) == u"66,7"_s + beforeUnit + u"%"_s);
    CHECK(format.percent(std::nullopt) == u"—"_s);
    CHECK(format.percent(std::numeric_limits<double>::quiet_NaN()) == u"—"_s);
    CHECK(format.percent(std::numeric_limits<double>::infinity()) == u"—"_s);
    CHECK(Format::none() == u"—"_s);
}

TEST_CASE("the default locale is put back after a French test", "[format]")
{
    const QLocale before;
    {
        DefaultLocaleScope french(QLocale(QLocale::French, QLocale::France));
        CHECK(QLocale().language() == QLocale::French);
    }
    CHECK(QLocale() == before);
    CHECK(QLocale().language() == QLocale::English);
}

TEST_CASE("figures are written the British way in English", "[format]")
{
    const Format format(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(format.date(QDate(2026, 12, 31)) == u"31/12/2026"_s);
    CHECK(format.area(1234.5) == u"1,234.5"_s + beforeUnit + u"m²"_s);
    CHECK(format.money(123456) == u"€1,234.56"_s);
    CHECK(format.integer(1234) == u"1,234"_s);
}

TEST_CASE("machine formats use ISO dates, a decimal point and no grouping", "[format]")
{
    CHECK(isoDate(QDate(2026, 11, 29)) == u"2026-11-29"_s);
    CHECK(isoDate(QDate()) == QString());
    CHECK(plainNumber(352.5) == u"352.5"_s);
    CHECK(plainNumber(40) == u"40"_s);
    CHECK(plainNumber(1234567.25) == u"1234567.25"_s);
    CHECK(plainNumber(0.1 + 0.2) == u"0.30000000000000004"_s); // full precision, never rounded
    CHECK(plainMoney(123456) == u"1234.56"_s);
    CHECK(plainMoney(5) == u"0.05"_s);
    CHECK(plainMoney(0) == u"0.00"_s);
    CHECK(plainMoney(-310) == u"-3.10"_s);
    CHECK(plainMoney(-5) == u"-0.05"_s);
}
