// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSession.h"

#include "service/Translation.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pepin-tests"));
    // Messages and formats in English unless a test switches; tests that check French
    // switch explicitly and switch back.
    pepin::applyLanguage(app, QStringLiteral("en"));
    // English text follows the system's formats; tests expect the same dates ("31/12/2026")
    // whether they run from ctest (LC_ALL=C.UTF-8) or from a shell set to en_US.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    return pepin::test::runTests(argc, argv);
}
