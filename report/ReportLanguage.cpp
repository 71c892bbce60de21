// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportLanguage.h"

#include <QCoreApplication>

namespace pepin {

namespace {

// Answers every string with its source text, over a French translator installed for the program.
class SourceTextTranslator final : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

ReportLanguage::ReportLanguage(const QString &language)
    : m_language(language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("fr"))
    , m_locale(localeOf(m_language))
{
    if (m_language == current() || !QCoreApplication::instance())
        return;
    if (m_language == QLatin1String("en")) {
        m_translator = std::make_unique<SourceTextTranslator>();
    } else {
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(QStringLiteral(":/pepin/i18n/pepin_fr.qm")))
            m_translator.reset();
    }
    if (m_translator)
        QCoreApplication::installTranslator(m_translator.get());
}

ReportLanguage::~ReportLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QLocale ReportLanguage::localeOf(const QString &language)
{
    return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::French, QLocale::France);
}

QString ReportLanguage::current()
{
    // applyLanguage (service/Translation.h) sets the default locale with the language.
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

} // namespace pepin
