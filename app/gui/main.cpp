// SPDX-License-Identifier: GPL-3.0-or-later
// pepin: the desktop application. Wiring only: the command line, the language, the database,
// the main window.

#include "MainWindow.h"
#include "Screenshots.h"
#include "Settings.h"
#include "demo/DemoData.h"
#include "service/Paths.h"
#include "service/Store.h"
#include "service/Translation.h"
#include "storage/ServerAddress.h"
#include "util/Clock.h"
#include "util/Memory.h"
#include "util/Parse.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>
#include <memory>
#include <optional>
#include <utility>
#include <string_view>

namespace pepin {

// The translation context of the texts below.
class GuiMain
{
    Q_DECLARE_TR_FUNCTIONS(pepin::GuiMain)

public:
    // Exit codes; 1 and 3 mean what they mean for the command line (DESIGN.md §4).
    enum Exit { Done = 0, BadUsage = 1, CannotWrite = 2, DatabaseUnusable = 3 };

    struct Options
    {
        QCommandLineOption db{QStringLiteral("db"), tr("The Pépin database to open (default: %1).").arg(defaultDatabasePath()),
                              tr("FILE")};
        QCommandLineOption lang{QStringLiteral("lang"), tr("Interface language: fr or en (default: the system's)."),
                                tr("LANGUAGE")};
        QCommandLineOption today{QStringLiteral("today"), tr("Take this date as today (YYYY-MM-DD)."), tr("DATE")};
        QCommandLineOption screenshots{QStringLiteral("screenshots"),
                                       tr("Save a picture of each page, 1280×800, and of the editors into FOLDER as "
                                          "<page>-<language>.png, then quit."),
                                       tr("FOLDER")};
        QCommandLineOption dark{QStringLiteral("dark"),
                                tr("Use a dark palette; with --screenshots, the pictures are named "
                                   "<page>-<language>-dark.png.")};
    };

    static void declare(QCommandLineParser &parser, const Options &options)
    {
        parser.setApplicationDescription(tr("Pépin manages a business incubator: its companies and its offices."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({options.db, options.lang, options.today, options.screenshots, options.dark});
    }

    static void printError(const QString &message)
    {
        std::fprintf(stderr, "pepin: %s\n", qUtf8Printable(message));
    }

    // Says why the database cannot be used: on stderr when no one is there to read a dialog.
    static int refuseDatabase(const QString &message, bool headless)
    {
        if (headless) {
            printError(message);
        } else {
            QMessageBox box(QMessageBox::Critical, QGuiApplication::applicationDisplayName(),
                            tr("The database cannot be opened."), QMessageBox::Ok);
            box.setInformativeText(message);
            box.exec();
        }
        return DatabaseUnusable;
    }
};

} // namespace pepin

int main(int argc, char *argv[])
{
    using pepin::GuiMain;
    pepin::startWithHugePageHeaps(argv);
    pepin::tuneMemory();

    // Pictures are rendered without a display, and --help and --version need none (on a server,
    // over ssh): the platform is chosen before the application exists, so the command line is
    // looked at by hand here.
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        const bool noWindow = argument.starts_with("--screenshots") || argument == "--version" || argument == "-v"
            || argument == "--help" || argument == "-h" || argument == "--help-all";
        if (noWindow && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("pepin"));
    QApplication::setApplicationName(QStringLiteral("pepin"));
    QApplication::setApplicationDisplayName(QStringLiteral("Pépin"));
    QApplication::setApplicationVersion(QStringLiteral(PEPIN_VERSION));
    // The desktop entry it is launched from (resources/pepin.desktop), and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("pepin"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/pepin/icons/pepin.svg")));

    // The language comes first, so that --help and every message are in it: a first, silent
    // pass only reads --lang.
    QString language;
    bool pictures = false;
    {
        QCommandLineParser early;
        GuiMain::Options options;
        GuiMain::declare(early, options);
        early.parse(QApplication::arguments());
        language = early.value(options.lang);
        pictures = early.isSet(options.screenshots);
    }
    if (!language.isEmpty() && language != QLatin1String("fr") && language != QLatin1String("en")) {
        GuiMain::printError(GuiMain::tr("--lang takes fr or en, not “%1”.").arg(language));
        return GuiMain::BadUsage;
    }
    // Without --lang, the one chosen in Edit ▸ Preferences; pictures do not depend on what this
    // user chose.
    if (language.isEmpty() && !pictures)
        language = pepin::Settings().language();
    language = pepin::applyLanguage(app, language);

    QCommandLineParser parser;
    GuiMain::Options options;
    GuiMain::declare(parser, options);
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        GuiMain::printError(GuiMain::tr("Unexpected argument “%1”; see --help.").arg(parser.positionalArguments().first()));
        return GuiMain::BadUsage;
    }

    pepin::Clock clock = pepin::Clock::system();
    if (parser.isSet(options.today)) {
        const std::optional<QDate> day = pepin::parseDate(parser.value(options.today));
        if (!day) {
            GuiMain::printError(GuiMain::tr("--today: “%1” is not a date (%2).")
                                    .arg(parser.value(options.today), pepin::dateFormatsHint()));
            return GuiMain::BadUsage;
        }
        clock = pepin::Clock::fixed(*day);
    }

    const bool headless = parser.isSet(options.screenshots);
    // A file named on the command line must already be a Pépin database: a mistyped name must
    // not quietly become an empty one. Without one, the window opens the database used last,
    // unless $PEPIN_DB names one or pictures are being made (they must not depend on what this
    // user opened last). The default database is created on first use, with the demo data so
    // that there is something to discover.
    const bool named = parser.isSet(options.db);
    QString path = named ? parser.value(options.db) : pepin::defaultDatabasePath();
    bool openingLast = false;
    if (!named && !headless && qEnvironmentVariableIsEmpty("PEPIN_DB")) {
        const QString last = pepin::MainWindow::lastDatabase();
        if (!last.isEmpty() && (pepin::ServerAddress::isServerLocation(last) || QFileInfo::exists(last))) {
            path = last;
            openingLast = true;
        }
    }
    auto opened = pepin::MainWindow::openStore(path, named || openingLast ? pepin::Database::Mode::OpenExisting
                                                                          : pepin::Database::Mode::CreateIfMissing);
    // A server database that wants a password (none is ever kept), or the last one used that is
    // out of reach for now: the default database opens, and the window asks to connect again.
    std::optional<std::pair<pepin::ServerAddress, QString>> reconnect;
    if (!opened && pepin::ServerAddress::isServerLocation(path)
        && (openingLast || opened.error().kind() == pepin::Error::Kind::Credentials)) {
        if (const pepin::Result<pepin::ServerAddress> address = pepin::ServerAddress::parse(path))
            reconnect = std::pair{*address, opened.error().message()};
    }
    if (!opened && (openingLast || reconnect)) {
        // The last database is unusable now (moved, damaged): the default one instead.
        path = pepin::defaultDatabasePath();
        opened = pepin::MainWindow::openStore(path, pepin::Database::Mode::CreateIfMissing);
    }
    if (!opened)
        return GuiMain::refuseDatabase(opened.error().message(), headless);
    std::unique_ptr<pepin::Store> store = std::move(opened).value();
    if (!named && store->database().wasCreated()) {
        if (pepin::Status filled = pepin::DemoData::populate(*store, clock); !filled)
            return GuiMain::refuseDatabase(filled.error().message(), headless);
    }

    if (parser.isSet(options.dark)) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(pepin::Screenshots::darkPalette());
    }
    pepin::MainWindow window(std::move(store), clock);
    if (headless) {
        QStringList written;
        const pepin::Status saved = pepin::Screenshots::save(window, parser.value(options.screenshots),
                                                             parser.isSet(options.dark) ? language + QStringLiteral("-dark") : language,
                                                             &written);
        for (const QString &file : written)
            std::printf("%s\n", qUtf8Printable(file));
        if (!saved) {
            GuiMain::printError(saved.error().message());
            return GuiMain::CannotWrite;
        }
        return GuiMain::Done;
    }
    window.restoreSession();
    // The first opening of the day backs the database up, beside it.
    (void)window.backUpToday();
    window.show();
    if (reconnect)
        window.connectToServer(reconnect->first, reconnect->second);
    return QApplication::exec();
}
