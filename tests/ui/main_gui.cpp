// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSession.h"

#include "service/Translation.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // Without a display a QApplication aborts, and test discovery would find nothing.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pepin-tests"));
    QApplication::setApplicationDisplayName(QStringLiteral("Pépin"));
    // English unless a test switches; tests that check French switch explicitly and back.
    pepin::applyLanguage(app, QStringLiteral("en"));
    return pepin::test::runTests(argc, argv);
}
