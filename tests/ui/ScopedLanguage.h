// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/Translation.h"

#include <QCoreApplication>
#include <QEvent>

namespace pepin::test {

// Switches the interface language for one test and back to English after it, delivering the
// LanguageChange events each way so that widgets have retranslated when the call returns.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &language) { apply(language); }
    ~ScopedLanguage() { apply(QStringLiteral("en")); }
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

    static void apply(const QString &language)
    {
        pepin::applyLanguage(*QCoreApplication::instance(), language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
};

} // namespace pepin::test
