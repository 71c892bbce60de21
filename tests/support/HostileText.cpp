// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileText.h"

namespace pepin::test {

namespace {

QString controls()
{
    // Every C0 control but NUL, and DEL, between letters so that none is at an end.
    QString text = QStringLiteral("ctl[");
    for (char16_t c = 0x01; c < 0x20; ++c)
        text += QChar(c);
    text += QChar(char16_t(0x7F));
    return text + QStringLiteral("]end");
}

} // namespace

QString longText()
{
    // Accented letters, a euro sign and a quote, as a long note would have them: exactly
    // 10,000 UTF-16 units, no surrogate pair cut in two.
    const QString unit = QStringLiteral(u"Pépinière d'entreprises, loyer 1 234,50 € ; ");
    QString text;
    while (text.size() < 10000)
        text += unit;
    text.truncate(10000);
    if (text.back() == QLatin1Char(' '))
        text.back() = QLatin1Char('.');
    return text;
}

QString nulText()
{
    return QStringLiteral("before") + QChar(char16_t(0)) + QStringLiteral("after");
}

QList<HostileText> hostileTexts()
{
    return {
        {"SQL quote injection", QStringLiteral("'); DROP TABLE companies;--")},
        {"SQL double quote", QStringLiteral("\" OR 1=1 --")},
        {"SQL comment and quotes", QStringLiteral("Robert'); DELETE FROM leases WHERE ('1'='1")},
        {"printf formats", QStringLiteral("%s %n %x %d %%")},
        {"Qt arg markers", QStringLiteral("%1 %2 %L1 %99")},
        {"backslashes", QStringLiteral("C:\\new\\table\\\\ \\' \\\" \\0 \\n")},
        {"10,000 characters", longText()},
        {"Arabic", QStringLiteral(u"شركة النور للبرمجيات ش.م.م")},
        {"Hebrew", QStringLiteral(u"חברת הזנק בע״מ")},
        {"mixed bidi with overrides",
         QStringLiteral(u"abc \u202Eevil.exe\u202C \u2067عربي\u2069 \u200Fשלום\u200E 123")},
        {"emoji sequences", QStringLiteral(u"Café ☕ 🚀 👩‍💻 👨‍👩‍👧‍👦 👍🏽 🇫🇷 🏳️‍🌈")},
        {"astral letters", QStringLiteral(u"𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠜎𠜱")},
        {"composed accents (NFC)", QStringLiteral(u"Cr\u00E8me br\u00FBl\u00E9e")},
        {"decomposed accents (NFD)", QStringLiteral(u"Cre\u0300me bru\u0302le\u0301e")},
        {"CSV separators and quotes", QStringLiteral("a;b,c \"quoted\" \"\"doubled\"\" 'single'")},
        {"line breaks", QStringLiteral("line one\r\nline two\nline three\rfour")},
        {"formula =", QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")")},
        {"formula +", QStringLiteral("+33 6 12 34 56 78")},
        {"formula -", QStringLiteral("-2+3")},
        {"formula @", QStringLiteral("@SUM(A1:A9)")},
        {"quoted formula", QStringLiteral("'=already quoted")},
        {"twice quoted formula", QStringLiteral("''=twice")},
        {"tab inside", QStringLiteral("tab\there")},
        {"control characters", controls()},
        {"C1 and special spaces", QStringLiteral(u"nel\u0085nbsp\u00A0ls\u2028ps\u2029bom\uFEFFzw\u200Bend")},
        {"replacement character", QStringLiteral(u"bad \uFFFD byte")},
        {"HTML", QStringLiteral("<script>alert('x')</script> & <b>bold</b> &amp;")},
    };
}

QString textDifference(const QString &actual, const QString &expected)
{
    if (actual == expected)
        return QString();
    qsizetype i = 0;
    while (i < actual.size() && i < expected.size() && actual.at(i) == expected.at(i))
        ++i;
    auto unit = [i](const QString &text) {
        return i < text.size() ? QStringLiteral("U+%1").arg(text.at(i).unicode(), 4, 16, QLatin1Char('0')).toUpper()
                               : QStringLiteral("the end");
    };
    return QStringLiteral("%1 units instead of %2; at unit %3: %4 instead of %5")
        .arg(QString::number(actual.size()), QString::number(expected.size()), QString::number(i), unit(actual), unit(expected));
}

std::string describe(const HostileText &hostile)
{
    return std::string(hostile.label) + " (" + std::to_string(hostile.text.size()) + " UTF-16 units)";
}

} // namespace pepin::test
