// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "Cli.h"

#include "CatchQt.h"

#include "service/Translation.h"

#include <QCoreApplication>
#include <QJsonDocument>
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

CliDatabase::CliDatabase(Start start)
{
    REQUIRE(m_dir.isValid());
    db = m_dir.filePath(QStringLiteral("pepin.db"));
    QStringList init{QStringLiteral("init")};
    if (start == Start::Demo)
        init << QStringLiteral("--demo");
    REQUIRE(cli(db, init).code == 0);
}

CliRun CliDatabase::run(const QStringList &arguments, int expected)
{
    CliRun result = cli(db, arguments);
    INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\nstdout: " << result.out.toStdString()
                                                         << "\nstderr: " << result.err.toStdString());
    REQUIRE(result.code == expected);
    return result;
}

CliRun CliDatabase::run(std::initializer_list<const char *> words, int expected)
{
    QStringList arguments;
    for (const char *word : words)
        arguments << QString::fromUtf8(word);
    return run(arguments, expected);
}

QJsonObject CliDatabase::json(const QStringList &arguments)
{
    const CliRun result = run(arguments);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    INFO(result.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QJsonObject CliDatabase::json(std::initializer_list<const char *> words)
{
    QStringList arguments;
    for (const char *word : words)
        arguments << QString::fromUtf8(word);
    return json(arguments);
}

} // namespace pepin::test
