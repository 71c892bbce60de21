// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Only the report draws: it gets a QGuiApplication, on the offscreen platform unless one is
    // chosen, so that it runs on a server without a display. The other commands never load Gui's
    // platform.
    std::unique_ptr<QCoreApplication> app;
    if (pepin::cli::needsGuiApplication(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("pepin-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PEPIN_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return pepin::cli::run(QCoreApplication::arguments().mid(1), out, err);
}
