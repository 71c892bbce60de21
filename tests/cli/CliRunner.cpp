// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "Cli.h"

#include "service/Translation.h"

#include <QCoreApplication>
#include <QTextStream>

namespace pepin::test {

CliRun cli(const QString &db, const QStringList &arguments, const QString &today)
{
    CliRun run;
    {
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        QStringList all{QStringLiteral("--db"), db, QStringLiteral("--today"), today};
        if (!arguments.contains(QStringLiteral("--lang")))
            all << QStringLiteral("--lang") << QStringLiteral("en");
        run.code = cli::run(all + arguments, out, err);
    }
    // Leave the process in English for the next test.
    applyLanguage(*QCoreApplication::instance(), QStringLiteral("en"));
    return run;
}

} // namespace pepin::test
