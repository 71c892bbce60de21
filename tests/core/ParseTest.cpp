// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "util/Parse.h"

using namespace pepin;
using namespace Qt::Literals::StringLiterals;

namespace {

// The spaces people and spreadsheets put between thousands.
const QString space = u" "_s;
const QString noBreakSpace = QString(QChar(0x00A0));
const QString narrowNoBreakSpace = QString(QChar(0x202F));

} // namespace

TEST_CASE("dates are read as YYYY-MM-DD or DD/MM/YYYY", "[parse][date]")
{
    CHECK(parseDate(u"2026-11-29"_s) == QDate(2026, 11, 29));
    CHECK(parseDate(u"29/11/2026"_s) == QDate(2026, 11, 29));
    CHECK(parseDate(u"1/2/2026"_s) == QDate(2026, 2, 1));
    CHECK(parseDate(u"01/02/2026"_s) == QDate(2026, 2, 1));
    CHECK(parseDate(u"  2026-01-05 "_s) == QDate(2026, 1, 5));
    CHECK(parseDate(u"29/02/2024"_s) == QDate(2024, 2, 29));
    CHECK(parseDate(u"2024-02-29"_s) == QDate(2024, 2, 29));
}

TEST_CASE("dates that do not exist or are written otherwise are refused", "[parse][date]")
{
    CHECK(parseDate(u"31/02/2026"_s) == std::nullopt);
    CHECK(parseDate(u"29/02/2026"_s) == std::nullopt);
    CHECK(parseDate(u"2026-02-29"_s) == std::nullopt);
    CHECK(parseDate(u"2026-13-01"_s) == std::nullopt);
    CHECK(parseDate(u"2026-00-10"_s) == std::nullopt);
    CHECK(parseDate(u"2026-04-31"_s) == std::nullopt);
    CHECK(parseDate(u"32/01/2026"_s) == std::nullopt);
    CHECK(parseDate(u"0/01/2026"_s) == std::nullopt);
    // Two-digit years would make the century a guess.
    CHECK(parseDate(u"29/11/26"_s) == std::nullopt);
    CHECK(parseDate(u"2026-1-5"_s) == std::nullopt);
    CHECK(parseDate(u"11/29/2026"_s) == std::nullopt); // month-first is not accepted
    CHECK(parseDate(u"29.11.2026"_s) == std::nullopt);
    CHECK(parseDate(u"2026/11/29"_s) == std::nullopt);
    CHECK(parseDate(u"2026-11-29T10:00"_s) == std::nullopt);
    CHECK(parseDate(u"tomorrow"_s) == std::nullopt);
    CHECK(parseDate(u""_s) == std::nullopt);
    CHECK(parseDate(u"   "_s) == std::nullopt);
    CHECK(parseDate(u"0000-01-01"_s) == std::nullopt); // there is no year 0
    CHECK(parseDate(u"2026-11-2x"_s) == std::nullopt);
    CHECK(parseDate(u"2026_11_29"_s) == std::nullopt);
    // Digits of another script are not read as a date.
    CHECK(parseDate(u"\u0662\u0660\u0662\u0666-11-29"_s) == std::nullopt);
}

TEST_CASE("the date formats hint names both accepted formats", "[parse][date]")
{
    CHECK(dateFormatsHint().contains(u"YYYY-MM-DD"_s));
    CHECK(dateFormatsHint().contains(u"DD/MM/YYYY"_s));
}

TEST_CASE("decimals are read with a point or a comma, grouped or not", "[parse][decimal]")
{
    CHECK(parseDecimal(u"1234.5"_s) == 1234.5);
    CHECK(parseDecimal(u"1234,5"_s) == 1234.5);
    CHECK(parseDecimal(u"1.234,5"_s) == 1234.5);
    CHECK(parseDecimal(u"1,234.5"_s) == 1234.5);
    CHECK(parseDecimal(u"1.234.567,25"_s) == 1234567.25);
    CHECK(parseDecimal(u"1,234,567.25"_s) == 1234567.25);
    CHECK(parseDecimal(u"42"_s) == 42.0);
    CHECK(parseDecimal(u"0,5"_s) == 0.5);
    CHECK(parseDecimal(u",5"_s) == 0.5);
    CHECK(parseDecimal(u"-3,25"_s) == -3.25);
    CHECK(parseDecimal(u" 352.5 "_s) == 352.5);
    // A single comma is a decimal comma, as French spreadsheets write it.
    CHECK(parseDecimal(u"1,234"_s) == 1.234);
}

TEST_CASE("decimals grouped by any kind of space are read", "[parse][decimal]")
{
    const QString separator = GENERATE(space, noBreakSpace, narrowNoBreakSpace);
    INFO("separator U+" << QString::number(separator.at(0).unicode(), 16).toUpper().toStdString());
    CHECK(parseDecimal(u"1"_s + separator + u"234,5"_s) == 1234.5);
    CHECK(parseDecimal(u"1"_s + separator + u"234.5"_s) == 1234.5);
    CHECK(parseDecimal(u"12"_s + separator + u"345"_s + separator + u"678"_s) == 12345678.0);
}

TEST_CASE("text that is not a decimal number is refused", "[parse][decimal]")
{
    CHECK(parseDecimal(u""_s) == std::nullopt);
    CHECK(parseDecimal(u"  "_s) == std::nullopt);
    CHECK(parseDecimal(u"abc"_s) == std::nullopt);
    CHECK(parseDecimal(u"12a"_s) == std::nullopt);
    CHECK(parseDecimal(u"1,2,3"_s) == std::nullopt);
    CHECK(parseDecimal(u"1.2.3"_s) == std::nullopt);
    CHECK(parseDecimal(u"1.234,5,6"_s) == std::nullopt);
    CHECK(parseDecimal(u"1e5"_s) == std::nullopt);
    CHECK(parseDecimal(u"nan"_s) == std::nullopt);
    CHECK(parseDecimal(u"inf"_s) == std::nullopt);
    CHECK(parseDecimal(u"--1"_s) == std::nullopt);
    CHECK(parseDecimal(u"."_s) == std::nullopt);
}

TEST_CASE("amounts of money are read exactly into cents", "[parse][cents]")
{
    const QString euro = u"€"_s;
    CHECK(parseCents(u"1"_s + space + u"234,56"_s + space + euro) == Cents(123456));
    CHECK(parseCents(u"1"_s + narrowNoBreakSpace + u"234,56"_s + noBreakSpace + euro) == Cents(123456));
    CHECK(parseCents(u"1"_s + noBreakSpace + u"234,56"_s) == Cents(123456));
    CHECK(parseCents(u"1234.56"_s) == Cents(123456));
    CHECK(parseCents(u"1.234,56"_s) == Cents(123456));
    CHECK(parseCents(u"1,234.56"_s) == Cents(123456));
    CHECK(parseCents(u"12"_s) == Cents(1200));
    CHECK(parseCents(u"12,5"_s) == Cents(1250));
    CHECK(parseCents(u"0,05"_s) == Cents(5));
    CHECK(parseCents(u"12.5 EUR"_s) == Cents(1250));
    CHECK(parseCents(u"12.5 eur"_s) == Cents(1250));
    CHECK(parseCents(u"-3,10"_s) == Cents(-310));
    // Amounts whose floating point value is not exact still give exact cents.
    CHECK(parseCents(u"0,29"_s) == Cents(29));
    CHECK(parseCents(u"1,15"_s) == Cents(115));
    CHECK(parseCents(u"4.35"_s) == Cents(435));
    CHECK(parseCents(u"9999999999999,99"_s) == Cents(999999999999999));
}

TEST_CASE("trailing zeros past the cents are accepted, other third decimals are refused", "[parse][cents]")
{
    CHECK(parseCents(u"12,340"_s) == Cents(1234));
    CHECK(parseCents(u"12,3400"_s) == Cents(1234));
    CHECK(parseCents(u"12,000"_s) == Cents(1200));
    CHECK(parseCents(u"12,345"_s) == std::nullopt);
    CHECK(parseCents(u"0,001"_s) == std::nullopt);
    CHECK(parseCents(u"1234,567 €"_s) == std::nullopt);
}

TEST_CASE("plain amounts are read as the written ones are, at every edge", "[parse][cents]")
{
    CHECK(parseCents(u"0"_s) == Cents(0));
    CHECK(parseCents(u"007"_s) == Cents(700));
    CHECK(parseCents(u"12."_s) == Cents(1200));
    CHECK(parseCents(u".5"_s) == Cents(50));
    CHECK(parseCents(u"12.3"_s) == Cents(1230));
    CHECK(parseCents(u"12,30"_s) == Cents(1230));
    CHECK(parseCents(u"171.50"_s) == Cents(17150));
    CHECK(parseCents(u"1,234"_s) == std::nullopt); // a third decimal, not a thousands group
    CHECK(parseCents(u"999999999999999"_s) == Cents(99999999999999900));
    CHECK(parseCents(u"9999999999999999"_s) == std::nullopt); // past the 15 digits of euros
    CHECK(parseCents(u"12.5x"_s) == std::nullopt);
    CHECK(parseCents(u"12.-5"_s) == std::nullopt);
    CHECK(parseCents(u"\u0661\u0662"_s) == std::nullopt); // digits of another script
}

TEST_CASE("text that is not an amount is refused", "[parse][cents]")
{
    CHECK(parseCents(u""_s) == std::nullopt);
    CHECK(parseCents(u"€"_s) == std::nullopt);
    CHECK(parseCents(u"free"_s) == std::nullopt);
    CHECK(parseCents(u"12 € 50"_s) == std::nullopt);
    CHECK(parseCents(u"1,2,3"_s) == std::nullopt);
    CHECK(parseCents(u"12$"_s) == std::nullopt);
}

TEST_CASE("whole numbers are read, spaces allowed", "[parse][integer]")
{
    CHECK(parseInteger(u"12"_s) == qint64(12));
    CHECK(parseInteger(u"-5"_s) == qint64(-5));
    CHECK(parseInteger(u"+7"_s) == qint64(7));
    CHECK(parseInteger(u"1 200"_s) == qint64(1200));
    CHECK(parseInteger(u"1"_s + narrowNoBreakSpace + u"200"_s) == qint64(1200));
    CHECK(parseInteger(u"1"_s + noBreakSpace + u"200"_s) == qint64(1200));
    CHECK(parseInteger(u" 40 "_s) == qint64(40));
    CHECK(parseInteger(u"0"_s) == qint64(0));
    CHECK(parseInteger(u"007"_s) == qint64(7));
    CHECK(parseInteger(u"999999999999999999"_s) == qint64(999999999999999999)); // 18 digits
}

TEST_CASE("text that is not a whole number is refused", "[parse][integer]")
{
    CHECK(parseInteger(u""_s) == std::nullopt);
    CHECK(parseInteger(u"1.5"_s) == std::nullopt);
    CHECK(parseInteger(u"1,5"_s) == std::nullopt);
    CHECK(parseInteger(u"four"_s) == std::nullopt);
    CHECK(parseInteger(u"12b"_s) == std::nullopt);
    CHECK(parseInteger(u"--3"_s) == std::nullopt);
    CHECK(parseInteger(u"1234567890123456789"_s) == std::nullopt); // 19 digits: beyond what is stored
    CHECK(parseInteger(u"\u0661\u0662"_s) == std::nullopt);           // digits of another script
}
