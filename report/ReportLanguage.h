// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace pepin {

// The report's language for as long as it is being written: its strings (tr()) and the locale
// its numbers, dates and money are formatted in, whatever language the program itself runs in.
// When the program already runs in that language nothing is installed; otherwise a translator
// is installed over the program's for the scope's lifetime (English answers every string with
// its source text, French loads Pépin's French translation).
class ReportLanguage
{
public:
    explicit ReportLanguage(const QString &language);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage &) = delete;
    ReportLanguage &operator=(const ReportLanguage &) = delete;

    // "fr" or "en".
    QString language() const { return m_language; }
    QLocale locale() const { return m_locale; }

    // The locale of a language: French of France, or British English (day before month).
    static QLocale localeOf(const QString &language);
    // The language the program currently writes its strings in.
    static QString current();

private:
    QString m_language;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace pepin
