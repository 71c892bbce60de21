// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Context.h"

#include "demo/NetworkGenerator.h"
#include "util/Parse.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <climits>

namespace pepin::cli {

namespace {

// pepin-cli generate: a synthetic regional network in a new database, to measure Pépin at scale.
class GenerateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::GenerateCommand)

public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override
    {
        return tr("Create a new database holding a synthetic network of incubators, for measuring at scale.");
    }
    QString synopsis() const override
    {
        return QStringLiteral("[--scale network|stress] [--sites N] [--offices N] [--companies N] [--years N] [--seed S]");
    }

    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("scale"),
                               tr("network: 20 sites, 2,000 offices, 30,000 companies, 25 years (the default); "
                                  "stress: ten times the sites, offices and companies."),
                               QStringLiteral("NAME")),
            QCommandLineOption(QStringLiteral("sites"), tr("Number of sites."), QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("offices"), tr("Number of offices, dealt to the sites in turn."), QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("companies"), tr("Number of companies, housed or applicants."), QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("years"), tr("Years of history before today."), QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("seed"), tr("The seed: the same seed gives the same network (default 1)."),
                               QStringLiteral("S")),
        };
    }

    int run(Context &context, const QCommandLineParser &parser) const override
    {
        NetworkGenerator::Spec spec;
        if (parser.isSet(QStringLiteral("scale"))) {
            const QString scale = parser.value(QStringLiteral("scale"));
            if (scale == QLatin1String("stress")) {
                spec = NetworkGenerator::stressSpec();
            } else if (scale != QLatin1String("network")) {
                return context.invalid({Problem{QStringLiteral("scale"),
                                                tr("'%1' is not a scale: write network or stress.").arg(scale)}});
            }
        }
        QList<Problem> problems;
        const auto readCount = [&](const char *option, auto &target) {
            const QString key = QString::fromLatin1(option);
            if (!parser.isSet(key))
                return;
            const QString value = parser.value(key);
            const std::optional<qint64> parsed = parseInteger(value);
            if (!parsed || *parsed < 0 || *parsed > INT_MAX)
                problems << Problem{key, tr("'%1' is not a whole number (0 or more).").arg(value)};
            else
                target = std::remove_reference_t<decltype(target)>(*parsed);
        };
        readCount("sites", spec.sites);
        readCount("offices", spec.offices);
        readCount("companies", spec.companies);
        readCount("years", spec.years);
        readCount("seed", spec.seed);
        // Every problem at once: the sizes that were read are checked too.
        for (const Problem &problem : NetworkGenerator::check(spec)) {
            if (std::none_of(problems.cbegin(), problems.cend(), [&](const Problem &p) { return p.field == problem.field; }))
                problems << problem;
        }
        if (!problems.isEmpty())
            return context.invalid(problems);

        const QString path = context.databasePath();
        const QString shown = QDir::toNativeSeparators(path);
        if (QFileInfo(path).size() > 0) {
            context.err() << tr("pepin-cli: generate: %1 already exists; it was left as it is. Choose another file with --db.")
                                 .arg(shown)
                          << Qt::endl;
            return ExitInvalidInput;
        }
        Store *store = context.store(Database::Mode::CreateIfMissing);
        if (!store)
            return context.failureCode();

        QElapsedTimer timer;
        timer.start();
        int lastTenth = -1;
        const auto progress = [&](double done) {
            const int tenth = int(done * 10);
            if (tenth != lastTenth) {
                lastTenth = tenth;
                context.err() << tr("Generating… %1 %").arg(tenth * 10) << Qt::endl;
            }
        };
        Result<NetworkGenerator::Counts> counts = NetworkGenerator::populate(*store, spec, context.clock(), progress);
        if (!counts) {
            // Leave no half-made database behind.
            context.closeStore();
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
            return context.fail(counts.error(), name());
        }
        const Format format = context.format();
        context.out() << tr("Created %1: %2 sites, %3 offices, %4 companies, %5 leases, %6 applications, in %7 s.")
                             .arg(shown, format.integer(counts->sites), format.integer(counts->offices),
                                  format.integer(counts->companies), format.integer(counts->leases),
                                  format.integer(counts->applications), format.number(timer.elapsed() / 1000.0, 1))
                      << Qt::endl;
        return ExitOk;
    }
};

} // namespace

void addGenerateCommands(Commands &commands)
{
    commands.push_back(std::make_unique<GenerateCommand>());
}

} // namespace pepin::cli
