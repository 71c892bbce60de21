// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pepin-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PEPIN_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return pepin::cli::run(app.arguments().mid(1), out, err);
}
