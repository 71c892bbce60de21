// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace pepin {

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed translators;
    return translators;
}

} // namespace

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

QString applyLanguage(QCoreApplication &app, const QString &requested)
{
    const QString language = requested.isEmpty() ? systemLanguage() : requested;
    Installed &current = installed();
    for (auto *translator : {current.own.get(), current.qt.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    current = {};

    if (language == QLatin1String("fr")) {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        auto own = std::make_unique<QTranslator>();
        if (own->load(QStringLiteral(":/pepin/i18n/pepin_fr.qm")))
            current.own = std::move(own);
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_fr"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            current.qt = std::move(qt);
    } else {
        // English text with the system's formats when it is an English locale, else British ones
        // (day before month, as the French are used to).
        const QLocale system = QLocale::system();
        QLocale::setDefault(system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    for (auto *translator : {current.own.get(), current.qt.get()}) {
        if (translator)
            app.installTranslator(translator);
    }
    return language == QLatin1String("fr") ? language : QStringLiteral("en");
}

} // namespace pepin
