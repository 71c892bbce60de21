// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include "CatchQt.h"

#include "service/Translation.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pepin-tests"));
    // Messages and formats in English unless a test switches; tests that check French
    // switch explicitly and switch back.
    pepin::applyLanguage(app, QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
