// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSession.h"

#include "service/Translation.h"

#include <QGuiApplication>
#include <QLocale>

// The report draws (fonts, QPainter, QPdfWriter): a QGuiApplication on the offscreen platform,
// which needs no display, as pepin-cli makes for its report command.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pepin-tests"));
    pepin::applyLanguage(app, QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    return pepin::test::runTests(argc, argv);
}
