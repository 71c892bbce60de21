// SPDX-License-Identifier: GPL-3.0-or-later
// pepin-bench: times what users wait for, on generated networks (pepin-cli generate), beside
// what the sqlite3 command-line tool takes for the same data, in the same run. Prints a table:
// each operation's median over several runs, the peer's median, their ratio and the target.
//
//   pepin-bench --network NET.db [--stress STRESS.db] [--runs N] [--work DIR]
//               [--pepin PATH] [--pepin-cli PATH] [--sqlite3 PATH]

#include "MainWindow.h"
#include "csv/Exporter.h"
#include "csv/Importer.h"
#include "figures/Alerts.h"
#include "figures/Expiries.h"
#include "figures/Occupancy.h"
#include "figures/Portfolio.h"
#include "figures/SectorMix.h"
#include "models/CompanyTableModel.h"
#include "models/SearchFilterModel.h"
#include "pages/DashboardFigures.h"
#include "pages/PlanningPage.h"
#include "service/Store.h"
#include "util/Clock.h"
#include "util/Memory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>

#include <fcntl.h>
#include <time.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <spawn.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

extern char **environ;

using namespace pepin;

namespace {

QTextStream out(stdout);

[[noreturn]] void die(const QString &message)
{
    QTextStream(stderr) << "pepin-bench: " << message << Qt::endl;
    std::exit(1);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// What the times measure: the clock on the wall (what a user waits), or the processor time spent
// (--clock process), which other programs running on a shared machine disturb much less.
bool processorTime = false;

double processorMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Milliseconds of each of `runs` calls of `work`; `prepare`, if given, runs untimed before each.
double timeMedian(int runs, const std::function<void()> &work, const std::function<void()> &prepare = {})
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare();
        QElapsedTimer timer;
        timer.start();
        const double processorBefore = processorMs();
        work();
        times.push_back(processorTime ? processorMs() - processorBefore : timer.nsecsElapsed() / 1e6);
    }
    return median(times);
}

struct Child
{
    double milliseconds = 0;
    long peakKilobytes = 0; // measured by runMeasuringMemory only
    int exitCode = -1;
};

// Runs a program with stdout to `output` (or /dev/null) and measures its time.
Child runChild(const QStringList &command, const QString &output = QStringLiteral("/dev/null"),
               const QString &input = QString())
{
    std::vector<QByteArray> args;
    for (const QString &arg : command)
        args.push_back(arg.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray outPath = output.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const QByteArray inPath = input.toLocal8Bit();
    if (!input.isEmpty())
        posix_spawn_file_actions_addopen(&actions, 0, inPath.constData(), O_RDONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        die(QStringLiteral("cannot run %1").arg(command.first()));
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    posix_spawn_file_actions_destroy(&actions);
    Child child;
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    child.milliseconds = processorTime ? ms(usage.ru_utime) + ms(usage.ru_stime) : timer.nsecsElapsed() / 1e6;
    child.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (child.exitCode != 0)
        die(QStringLiteral("%1 failed (exit %2)").arg(command.join(u' ')).arg(child.exitCode));
    return child;
}

// Runs a program as runChild does, through pepin-peak-memory (beside this program), and measures
// its peak memory too: the resident set's high-water mark, its own and not this program's (see
// PeakMemory.cpp).
Child runMeasuringMemory(const QStringList &command)
{
    const QString helper = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("pepin-peak-memory"));
    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("cannot make a temporary directory: %1").arg(dir.errorString()));
    const QString report = dir.filePath(QStringLiteral("peak"));
    Child child = runChild(QStringList{helper, report} + command);
    QFile file(report);
    bool read = file.open(QIODevice::ReadOnly);
    child.peakKilobytes = read ? file.readAll().trimmed().toLong(&read) : 0;
    if (!read)
        die(QStringLiteral("%1 did not say how much memory %2 took").arg(helper, command.first()));
    return child;
}

double childMedian(int runs, const QStringList &command, const QString &output = QStringLiteral("/dev/null"),
                   const std::function<void()> &prepare = {}, const QString &input = QString())
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare();
        times.push_back(runChild(command, output, input).milliseconds);
    }
    return median(times);
}

// One line of the results.
struct Row
{
    QString operation;
    QString scale;
    double ms = 0;
    std::optional<double> peerMs;
    QString target;
    // What the target checks: the time itself (a ceiling in ms) or the ratio to the peer.
    std::optional<double> maxMs;
    std::optional<double> maxRatio;
    QString note;
    // Decided otherwise (a peak memory against its ceiling).
    std::optional<bool> met;

    // An interactive operation, against a ceiling in milliseconds.
    static Row timed(const QString &operation, const QString &scale, double ms, double ceiling, const QString &target)
    {
        Row row;
        row.operation = operation;
        row.scale = scale;
        row.ms = ms;
        row.maxMs = ceiling;
        row.target = target;
        return row;
    }
    // A time the issue sets no target for, given for what it tells.
    static Row told(const QString &operation, const QString &scale, double ms)
    {
        Row row;
        row.operation = operation;
        row.scale = scale;
        row.ms = ms;
        row.target = QStringLiteral("—");
        return row;
    }
    // An operation beside sqlite3's, against a ratio.
    static Row compared(const QString &operation, const QString &scale, double ms, double peer, double maxRatio)
    {
        Row row;
        row.operation = operation;
        row.scale = scale;
        row.ms = ms;
        row.peerMs = peer;
        row.maxRatio = maxRatio;
        row.target = QStringLiteral("≤ %1× sqlite3").arg(maxRatio);
        return row;
    }
    // A program's peak memory, against a ceiling in MB when there is one.
    static Row memory(const QString &operation, const QString &scale, const Child &child, std::optional<long> ceilingMb)
    {
        Row row;
        row.operation = operation;
        row.scale = scale;
        row.ms = child.milliseconds;
        row.note = QStringLiteral("%1 MB").arg(child.peakKilobytes / 1024);
        if (ceilingMb) {
            row.target = QStringLiteral("< %1 MB").arg(*ceilingMb);
            row.met = child.peakKilobytes < *ceilingMb * 1024;
        }
        return row;
    }

    std::optional<double> ratio() const
    {
        return peerMs && *peerMs > 0 ? std::optional<double>(ms / *peerMs) : std::nullopt;
    }
    QString verdict() const
    {
        if (met)
            return *met ? QStringLiteral("met") : QStringLiteral("MISSED");
        if (maxMs)
            return ms <= *maxMs ? QStringLiteral("met") : QStringLiteral("MISSED");
        if (maxRatio && ratio())
            return *ratio() <= *maxRatio ? QStringLiteral("met") : QStringLiteral("MISSED");
        return QStringLiteral("—");
    }
};

QString milliseconds(double ms)
{
    return ms >= 10000 ? QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 1) : QStringLiteral("%1 ms").arg(ms, 0, 'f', ms < 10 ? 2 : 0);
}

// `measured` and `peer` head the columns of the two times.
void printTable(const QList<Row> &rows, const QString &measured = QStringLiteral("Pépin"),
                const QString &peer = QStringLiteral("sqlite3"))
{
    const QStringList headers{QStringLiteral("operation"), QStringLiteral("scale"), measured, peer,
                              QStringLiteral("ratio"), QStringLiteral("target"), QStringLiteral("")};
    QList<QStringList> cells;
    for (const Row &row : rows) {
        cells << QStringList{row.operation,
                             row.scale,
                             row.note.isEmpty() ? milliseconds(row.ms) : row.note,
                             row.peerMs ? milliseconds(*row.peerMs) : QStringLiteral("—"),
                             row.ratio() ? QStringLiteral("%1×").arg(*row.ratio(), 0, 'f', 2) : QStringLiteral("—"),
                             row.target,
                             row.verdict()};
    }
    QList<int> widths;
    for (int c = 0; c < headers.size(); ++c) {
        int width = int(headers.at(c).size());
        for (const QStringList &line : cells)
            width = std::max(width, int(line.at(c).size()));
        widths << width;
    }
    const auto line = [&](const QStringList &values) {
        QStringList padded;
        for (int c = 0; c < values.size(); ++c)
            padded << (c >= 2 && c <= 4 ? values.at(c).rightJustified(widths.at(c)) : values.at(c).leftJustified(widths.at(c)));
        out << "| " << padded.join(QStringLiteral(" | ")) << " |" << Qt::endl;
    };
    line(headers);
    QStringList rule;
    for (const int width : widths)
        rule << QString(width, u'-');
    out << "|-" << rule.join(QStringLiteral("-|-")) << "-|" << Qt::endl;
    for (const QStringList &values : cells)
        line(values);
}

// The start of the application: the database opened as the window opens it (its lists read),
// the dashboard's figures computed, then its pages checked beside, as the window's event loop
// starts the check next (MainWindow::openStore).
std::unique_ptr<Store> startOn(const QString &path, QDate today)
{
    Result<std::unique_ptr<Store>> opened = MainWindow::openStore(path, Database::Mode::OpenExisting);
    if (!opened)
        die(opened.error().message());
    const DashboardSources sources = DashboardSources::load(**opened);
    (void)DashboardFigures::compute(sources, today, std::nullopt, today);
    (*opened)->database().startPageCheck();
    return std::move(opened).value();
}

// The start of the application timed in this process, once: what a new process prints for the
// row "in a new process" (--first-start).
void printFirstStart(const QString &path)
{
    std::unique_ptr<Store> store;
    out << timeMedian(1, [&] { store = startOn(path, QDate::currentDate()); }) << Qt::endl;
}

// What a user waits for, timed in this process, once: the database opened as the application
// opens it, the window made on it and shown, its first frame drawn (--first-window).
void printFirstWindow(const QString &path)
{
    std::unique_ptr<MainWindow> window;
    out << timeMedian(1, [&] {
        Result<std::unique_ptr<Store>> opened = MainWindow::openStore(path, Database::Mode::OpenExisting);
        if (!opened)
            die(opened.error().message());
        window = std::make_unique<MainWindow>(std::move(opened).value(), Clock::system());
        window->show();
        QCoreApplication::processEvents();
    }) << Qt::endl;
}

class Bench
{
public:
    Bench(const QCommandLineParser &parser)
        : m_runs(std::max(1, parser.value(QStringLiteral("runs")).toInt()))
        , m_sqlite3(parser.value(QStringLiteral("sqlite3")))
        , m_pepin(parser.value(QStringLiteral("pepin")))
        , m_pepinCli(parser.value(QStringLiteral("pepin-cli")))
        , m_work(parser.value(QStringLiteral("work")))
    {
        QDir().mkpath(m_work);
    }

    // The median of the times new processes of this program print for the start on `path`:
    // `option` is --first-start or --first-window.
    double newProcessMedian(const QString &option, const QString &path) const
    {
        const QString printed = QDir(m_work).filePath(QStringLiteral("first-start.txt"));
        std::vector<double> times;
        for (int i = 0; i < m_runs; ++i) {
            (void)runChild({QCoreApplication::applicationFilePath(), option, path,
                            QStringLiteral("--clock"), processorTime ? QStringLiteral("process") : QStringLiteral("wall")},
                           printed);
            QFile file(printed);
            bool read = file.open(QIODevice::ReadOnly);
            const double ms = read ? QString::fromUtf8(file.readAll()).trimmed().toDouble(&read) : 0;
            if (!read)
                die(QStringLiteral("the start timed in a new process printed no time in %1").arg(printed));
            times.push_back(ms);
        }
        return median(times);
    }

    void measure(const QString &scale, const QString &path, bool interactive)
    {
        out << "Measuring " << scale << " (" << QDir::toNativeSeparators(path) << ")…" << Qt::endl;
        const QDate today = QDate::currentDate();
        // The stress scale holds ten times the network's data and may take ten times as long: its
        // ceilings are ten times the network's (the growth rows check the same, run against run).
        const double ceiling = interactive ? 100 : 1000;
        const QString ceilingText = interactive ? QStringLiteral("< 100 ms") : QStringLiteral("< 1 s");
        const double reportCeiling = interactive ? 5000 : 50000;
        const QString reportCeilingText = interactive ? QStringLiteral("< 5 s") : QStringLiteral("< 50 s");

        std::unique_ptr<Store> store;
        // As the application opens a database: its pages are checked on a thread of their own
        // (Database::PageCheck::Beside), later (MainWindow::openStore).
        const auto open = [&] {
            Result<std::unique_ptr<Store>> opened = Store::open(path, Database::Mode::OpenExisting, Database::PageCheck::Beside);
            if (!opened)
                die(opened.error().message());
            store = std::move(opened).value();
        };
        // The database opened before is closed untimed: the start of the application has none
        // to close.
        const auto closeFirst = [&] { store.reset(); };
        m_rows << Row::timed(QStringLiteral("open the database"), scale, timeMedian(m_runs, open, closeFirst), ceiling,
                             ceilingText);
        m_rows << Row::timed(QStringLiteral("open + dashboard figures"), scale,
                             timeMedian(m_runs, [&] { store = startOn(path, today); }, closeFirst), ceiling, ceilingText);
        // The same in a process that has read nothing before, as when the application starts: its
        // memory is the system's, cleared on first touch, and no cache of the program's is warm.
        // The check of the pages the last start began here is let finish first (untimed), so that
        // the new process has the processors to itself, as a user's application has.
        store->database().awaitPageCheck();
        m_rows << Row::timed(QStringLiteral("open + dashboard figures, in a new process"), scale,
                             newProcessMedian(QStringLiteral("--first-start"), path), ceiling, ceilingText);
        // The same and the window made and drawn on its dashboard: what a user waits for.
        m_rows << Row::told(QStringLiteral("the window shown on its dashboard, in a new process"), scale,
                            newProcessMedian(QStringLiteral("--first-window"), path));
        // What the dashboard does after a change is saved (a company's phone number, written
        // and committed; the store's kept lists brought up to date; its sources read again
        // and its figures computed), and on a change of day or site (from the sources it holds).
        const Company edited = store->companies().first();
        int edits = 0;
        m_rows << Row::timed(QStringLiteral("dashboard after a change: save + read + figures"), scale, timeMedian(m_runs, [&] {
                          Company company = *store->company(edited.id);
                          company.phone = (++edits % 2) ? QStringLiteral("03 27 00 00 00") : edited.phone;
                          if (Result<Company> saved = store->updateCompany(company); !saved)
                              die(saved.error().message());
                          const DashboardSources sources = DashboardSources::load(*store);
                          (void)DashboardFigures::compute(sources, today, std::nullopt, today);
                      }), ceiling, ceilingText);
        if (edits % 2) {
            Company company = *store->company(edited.id);
            company.phone = edited.phone;
            if (Result<Company> saved = store->updateCompany(company); !saved)
                die(saved.error().message());
        }
        {
            const DashboardSources sources = DashboardSources::load(*store);
            int shift = 0;
            m_rows << Row::timed(QStringLiteral("dashboard on another day: figures"), scale, timeMedian(m_runs, [&] {
                              (void)DashboardFigures::compute(sources, today.addDays(-30 * ++shift), std::nullopt, today);
                          }), ceiling, ceilingText);
        }

        // The occupancy series over the whole history, read from the file each time, beside
        // sqlite3 reading the two tables it is computed from.
        const QList<Lease> leases = store->leases();
        QDate first = today;
        for (const Lease &lease : leases)
            first = std::min(first, lease.start);
        // A store opened afresh for each run (not timed): the store keeps the lists it read, and
        // what is compared with sqlite3 here is reading them from the file.
        std::unique_ptr<Store> fresh;
        const auto openFresh = [&] {
            fresh.reset();
            Result<std::unique_ptr<Store>> opened = Store::open(path, Database::Mode::OpenExisting);
            if (!opened)
                die(opened.error().message());
            fresh = std::move(opened).value();
        };
        const double series = timeMedian(m_runs, [&] {
            const Occupancy occupancy = Occupancy::load(*fresh);
            (void)occupancy.series(QDate(first.year(), first.month(), 1), today, PeriodStep::Month);
        }, openFresh);
        const double tablesRead = childMedian(m_runs, {m_sqlite3, path, QStringLiteral("SELECT * FROM leases; SELECT * FROM rent_steps; SELECT * FROM offices;")});
        m_rows << Row::compared(QStringLiteral("occupancy by month, whole history, 3 measures"), scale, series, tablesRead, 2.0);

        m_rows << Row::timed(QStringLiteral("sector mix on a day"), scale,
                             timeMedian(m_runs, [&] { (void)sectorMixOn(today, Portfolio::load(*store)); }), ceiling, ceilingText);
        m_rows << Row::timed(QStringLiteral("leases ending within 90 days"), scale, timeMedian(m_runs, [&] { (void)expiriesWithin(store->offices(), store->leases(), today, 90); }), ceiling, ceilingText);
        m_rows << Row::timed(QStringLiteral("legal and policy alerts"), scale, timeMedian(m_runs, [&] {
                          const AlertSources sources{store->sites(), store->offices(), store->companies(), store->leases()};
                          (void)alertsOn(sources, today);
                      }), ceiling, ceilingText);

        // CSV export of every lease, beside sqlite3 -csv of the same join.
        Exporter::Options exportOptions;
        exportOptions.format = CsvFormat::preset(CsvFormat::Preset::Standard);
        exportOptions.at = today;
        exportOptions.today = today;
        const QString leasesCsv = QDir(m_work).filePath(scale + QStringLiteral("-leases.csv"));
        const double exported = timeMedian(m_runs, [&] {
            Exporter exporter(*fresh, exportOptions);
            if (Status written = exporter.writeFile(Exporter::Kind::Leases, leasesCsv); !written)
                die(written.error().message());
        }, openFresh);
        fresh.reset();
        const double peerExport = childMedian(
            m_runs,
            {m_sqlite3, QStringLiteral("-csv"), QStringLiteral("-header"), path,
             QStringLiteral("SELECT l.id, c.name, c.siret, s.name, o.code, l.type, l.start_date, l.end_date, l.terminated_on, "
                            "l.workstations, l.monthly_charges_cents, l.deposit_cents, l.notice_months, l.cancelled, l.notes, "
                            "(SELECT group_concat(r.from_date || '=' || r.monthly_rent_cents, '|') FROM rent_steps r WHERE r.lease_id = l.id) "
                            "FROM leases l JOIN companies c ON c.id = l.company_id JOIN offices o ON o.id = l.office_id "
                            "JOIN sites s ON s.id = o.site_id ORDER BY s.name, o.code, l.start_date")},
            QDir(m_work).filePath(scale + QStringLiteral("-leases-sqlite3.csv")));
        m_rows << Row::compared(QStringLiteral("CSV export of every lease"), scale, exported, peerExport, 1.5);

        measureModel(*store, scale, ceilingText, ceiling);
        measurePlanning(*store, scale, ceilingText, ceiling);
        measureImport(*store, scale, today);
        store.reset();

        // The occupancy report of the last twelve months, as PDF, by the command line.
        if (!m_pepinCli.isEmpty()) {
            const QString pdf = QDir(m_work).filePath(scale + QStringLiteral("-report.pdf"));
            const double report = childMedian(std::min(m_runs, 3),
                                              {m_pepinCli, QStringLiteral("--db"), path, QStringLiteral("--today"),
                                               today.toString(Qt::ISODate), QStringLiteral("report"), QStringLiteral("--from"),
                                               today.addYears(-1).addDays(1).toString(Qt::ISODate), QStringLiteral("--to"),
                                               today.toString(Qt::ISODate), QStringLiteral("-o"), pdf});
            m_rows << Row::timed(QStringLiteral("occupancy report of a year, PDF"), scale, report, reportCeiling, reportCeilingText);
        }

        // Peak memory of each program on this database.
        if (!m_pepinCli.isEmpty()) {
            const Child cli = runMeasuringMemory({m_pepinCli, QStringLiteral("--db"), path, QStringLiteral("occupancy"),
                                                  QStringLiteral("--from"), first.toString(Qt::ISODate), QStringLiteral("--to"),
                                                  today.toString(Qt::ISODate), QStringLiteral("--step"), QStringLiteral("month")});
            m_rows << Row::memory(QStringLiteral("pepin-cli occupancy series: peak memory"), scale, cli, std::nullopt);
        }
        if (!m_pepin.isEmpty()) {
            const QString shots = QDir(m_work).filePath(QStringLiteral("screens-") + scale);
            QDir(shots).removeRecursively();
            const Child gui = runMeasuringMemory({m_pepin, QStringLiteral("--db"), path, QStringLiteral("--screenshots"), shots});
            m_rows << Row::memory(QStringLiteral("pepin, every page drawn: peak memory"), scale, gui,
                                  interactive ? std::optional<long>(250) : std::nullopt);
        }
    }

    void print()
    {
        out << Qt::endl;
        printTable(m_rows);
        printGrowth();
    }

private:
    // The Companies page's model: loaded, sorted on the name, filtered as a letter is typed, each
    // until the rows are there to be shown (the view asks for them at once). The first sort and
    // the first letter are timed on a new proxy each run, as after a change of the data: they
    // make the column's order and read every row's text; the next letter reads them again.
    void measureModel(Store &store, const QString &scale, const QString &ceilingText, double ceiling)
    {
        const Clock clock = Clock::system();
        std::unique_ptr<CompanyTableModel> model;
        m_rows << Row::timed(QStringLiteral("Companies page: load the model"), scale,
                             timeMedian(m_runs, [&] { model = std::make_unique<CompanyTableModel>(store, clock); }), ceiling,
                             ceilingText);
        std::unique_ptr<SearchFilterModel> proxy;
        const auto newProxy = [&] {
            proxy = std::make_unique<SearchFilterModel>();
            proxy->setSourceModel(model.get());
        };
        const auto sortOnName = [&] {
            proxy->sort(CompanyTableModel::Name, Qt::AscendingOrder);
            (void)proxy->rowCount();
        };
        m_rows << Row::timed(QStringLiteral("Companies page: sort on the name"), scale,
                             timeMedian(m_runs, sortOnName, newProxy), ceiling, ceilingText);
        const auto type = [&](const QString &text) {
            proxy->setSearchText(text);
            (void)proxy->rowCount();
        };
        m_rows << Row::timed(QStringLiteral("Companies page: filter on a typed letter"), scale,
                             timeMedian(m_runs, [&] { type(QStringLiteral("n")); }, [&] {
                                 newProxy();
                                 sortOnName();
                             }), ceiling, ceilingText);
        m_rows << Row::timed(QStringLiteral("Companies page: filter on the next letter"), scale,
                             timeMedian(m_runs, [&] { type(QStringLiteral("no")); }, [&] { type(QStringLiteral("n")); }),
                             ceiling, ceilingText);
    }

    // The planning page: loaded (the timeline's rows built from the portfolio), then its timeline
    // painted at 1280×800, scrolled to today, one frame at a time.
    void measurePlanning(Store &store, const QString &scale, const QString &ceilingText, double ceiling)
    {
        const Clock clock = Clock::system();
        std::unique_ptr<PlanningPage> page;
        m_rows << Row::timed(QStringLiteral("Planning page: load"), scale,
                             timeMedian(m_runs, [&] { page = std::make_unique<PlanningPage>(store, clock); }), ceiling,
                             ceilingText);
        page->resize(1280, 800);
        page->show();
        QCoreApplication::processEvents();
        TimelineView *timeline = page->timeline();
        timeline->scrollToDay(QDate::currentDate().addMonths(-6));
        QImage frame(timeline->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        m_rows << Row::timed(QStringLiteral("Planning timeline: paint a screenful"), scale, timeMedian(m_runs, [&] {
                          QPainter painter(&frame);
                          timeline->viewport()->render(&painter);
                      }), ceiling, ceilingText);
    }

    // Imports the companies of a network into a database that has its offices only, then its
    // leases into one that has its offices and companies but no lease, each beside sqlite3's
    // .import of the same file into a bare table.
    void measureImport(Store &source, const QString &scale, QDate today)
    {
        Exporter::Options exportOptions;
        exportOptions.format = CsvFormat::preset(CsvFormat::Preset::Standard);
        exportOptions.at = today;
        exportOptions.today = today;
        QHash<Exporter::Kind, QString> files;
        for (const auto &[kind, name] : {std::pair{Exporter::Kind::Offices, QStringLiteral("offices")},
                                         std::pair{Exporter::Kind::Companies, QStringLiteral("companies")},
                                         std::pair{Exporter::Kind::Leases, QStringLiteral("leases")}}) {
            files.insert(kind, QDir(m_work).filePath(QStringLiteral("%1-import-%2.csv").arg(scale, name)));
            Exporter exporter(source, exportOptions);
            if (Status written = exporter.writeFile(kind, files.value(kind)); !written)
                die(written.error().message());
        }
        const QString target = QDir(m_work).filePath(scale + QStringLiteral("-import.db"));
        const auto removeTarget = [&] {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
                QFile::remove(target + suffix);
        };
        Importer::Options options;
        options.today = today;
        options.maxRows = std::numeric_limits<qint64>::max();
        std::unique_ptr<Store> store;
        const auto importFile = [&](ImportKind kind) {
            const Exporter::Kind file = kind == ImportKind::Offices    ? Exporter::Kind::Offices
                                        : kind == ImportKind::Companies ? Exporter::Kind::Companies
                                                                        : Exporter::Kind::Leases;
            const ImportResult result = Importer(*store, options).importFile(kind, files.value(file));
            if (!result.written)
                die(QStringLiteral("the %1 did not import: %2").arg(files.value(file), result.errors.value(0).message));
        };
        // A new database holding the files of `kinds`.
        const auto prepareWith = [&](std::initializer_list<ImportKind> kinds) {
            store.reset();
            removeTarget();
            Result<std::unique_ptr<Store>> made = Store::open(target, Database::Mode::CreateIfMissing);
            if (!made)
                die(made.error().message());
            store = std::move(made).value();
            for (const ImportKind kind : kinds)
                importFile(kind);
        };
        const auto prepare = [&] { prepareWith({ImportKind::Offices, ImportKind::Companies}); };
        const int runs = std::min(m_runs, 3);
        const QString bare = QDir(m_work).filePath(scale + QStringLiteral("-bare.db"));
        // sqlite3's .import of the file of `kind` into a bare table.
        const auto peerImport = [&](Exporter::Kind kind, const QString &table) {
            const QString script = QDir(m_work).filePath(scale + QStringLiteral("-import.sql"));
            {
                QFile file(script);
                if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
                    die(QStringLiteral("cannot write %1").arg(script));
                file.write(QStringLiteral(".mode csv\n.import '%1' %2\n").arg(files.value(kind), table).toUtf8());
            }
            return childMedian(runs, {m_sqlite3, bare}, QStringLiteral("/dev/null"), [&] { QFile::remove(bare); }, script);
        };

        const double companies = timeMedian(runs, [&] { importFile(ImportKind::Companies); },
                                            [&] { prepareWith({ImportKind::Offices}); });
        m_rows << Row::compared(QStringLiteral("CSV import of every company, each row validated"), scale, companies,
                                peerImport(Exporter::Kind::Companies, QStringLiteral("companies")), 3.0);

        const double imported = timeMedian(runs, [&] { importFile(ImportKind::Leases); }, prepare);
        store.reset();
        const double peer = peerImport(Exporter::Kind::Leases, QStringLiteral("leases"));
        m_rows << Row::compared(QStringLiteral("CSV import of every lease, each row validated"), scale, imported, peer, 3.0);

        // The floors of an import: the rows Pépin's import wrote (the leases, their rent steps
        // and their history entries), copied by SQLite into the same database before the
        // import, in one transaction, with Pépin's settings (foreign keys, write-ahead log,
        // synchronous commits). No parsing, no check, no JSON: only the engine's writing, one
        // INSERT at a time (the floor of any import that writes row by row), then all at once by
        // INSERT … SELECT (the floor of any import into these tables).
        const QString written = QDir(m_work).filePath(scale + QStringLiteral("-imported.db"));
        QFile::remove(written);
        if (!QFile::rename(target, written))
            die(QStringLiteral("cannot keep %1").arg(written));
        for (const auto &[copy, operation] : {std::pair{Copy::RowByRow, QStringLiteral("  its rows inserted one by one, nothing else")},
                                              std::pair{Copy::AllAtOnce, QStringLiteral("  its rows copied by INSERT … SELECT")}}) {
            Row floor;
            floor.operation = operation;
            floor.scale = scale;
            floor.ms = timeMedian(runs, [&, copy = copy] { copyWritten(written, target, copy); }, [&] {
                prepare();
                store.reset();
            });
            floor.peerMs = peer;
            floor.target = QStringLiteral("(the floor)");
            m_rows << floor;
        }
        removeTarget();
        QFile::remove(written);
        QFile::remove(bare);
    }

    enum class Copy { RowByRow, AllAtOnce };

    static void copyWritten(const QString &from, const QString &to, Copy how)
    {
        sqlite3 *db = nullptr;
        const auto check = [&](int code) {
            if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW)
                die(QStringLiteral("copy of an import's rows: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
        };
        check(sqlite3_open(QFile::encodeName(to).constData(), &db));
        const auto exec = [&](const QString &sql) { check(sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr)); };
        exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON"));
        exec(QStringLiteral("ATTACH '%1' AS source").arg(QString(from).replace(u'\'', QStringLiteral("''"))));
        exec(QStringLiteral("BEGIN IMMEDIATE"));
        const QString history = QStringLiteral("at, os_user, program, action, entity, record_id, label, before_json, after_json");
        for (const auto &[select, table] :
             {std::pair{QStringLiteral("SELECT * FROM source.leases ORDER BY id"), QStringLiteral("leases")},
              std::pair{QStringLiteral("SELECT * FROM source.rent_steps"), QStringLiteral("rent_steps")},
              std::pair{QStringLiteral("SELECT %1 FROM source.change_history WHERE entity = 'lease' ORDER BY id").arg(history),
                        QStringLiteral("change_history (%1)").arg(history)}}) {
            if (how == Copy::AllAtOnce) {
                exec(QStringLiteral("INSERT INTO main.%1 %2").arg(table, select));
                continue;
            }
            sqlite3_stmt *read = nullptr;
            sqlite3_stmt *write = nullptr;
            check(sqlite3_prepare_v2(db, select.toUtf8().constData(), -1, &read, nullptr));
            const int columns = sqlite3_column_count(read);
            const QString insert = QStringLiteral("INSERT INTO main.%1 VALUES (%2)").arg(table, QStringList(columns, QStringLiteral("?")).join(u','));
            check(sqlite3_prepare_v2(db, insert.toUtf8().constData(), -1, &write, nullptr));
            while (sqlite3_step(read) == SQLITE_ROW) {
                for (int c = 0; c < columns; ++c)
                    check(sqlite3_bind_value(write, c + 1, sqlite3_column_value(read, c)));
                check(sqlite3_step(write));
                check(sqlite3_reset(write));
            }
            sqlite3_finalize(read);
            sqlite3_finalize(write);
        }
        exec(QStringLiteral("COMMIT"));
        sqlite3_close(db);
    }

    // Each operation's time at the stress scale over its time at the network's: ten times the
    // data should take at most about ten times as long (linear, not quadratic).
    void printGrowth()
    {
        QList<Row> growth;
        for (const Row &stress : std::as_const(m_rows)) {
            if (stress.scale != QLatin1String("stress") || !stress.note.isEmpty())
                continue;
            for (const Row &network : std::as_const(m_rows)) {
                if (network.scale == QLatin1String("network") && network.operation == stress.operation && network.ms > 0) {
                    Row row;
                    row.operation = stress.operation;
                    row.scale = QStringLiteral("growth");
                    row.ms = stress.ms;
                    row.peerMs = network.ms;
                    row.maxRatio = 12.0;
                    row.target = QStringLiteral("≤ ~10× (12×)");
                    growth << row;
                }
            }
        }
        if (growth.isEmpty())
            return;
        out << Qt::endl << "From the network to the stress scale (ten times the data):" << Qt::endl;
        printTable(growth, QStringLiteral("stress"), QStringLiteral("network"));
    }

    int m_runs;
    QString m_sqlite3;
    QString m_pepin;
    QString m_pepinCli;
    QString m_work;
    QList<Row> m_rows;
};

} // namespace

int main(int argc, char *argv[])
{
    pepin::startWithHugePageHeaps(argv); // as the application does
    pepin::tuneMemory();
    // The page models and the GUI's figures need an application object; nothing is shown.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pepin-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times Pépin on generated networks, beside sqlite3."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("network"), QStringLiteral("The network-scale database."), QStringLiteral("FILE")},
        {QStringLiteral("stress"), QStringLiteral("The stress-scale database (optional)."), QStringLiteral("FILE")},
        {QStringLiteral("runs"), QStringLiteral("Runs per operation (default 5)."), QStringLiteral("N"), QStringLiteral("5")},
        {QStringLiteral("work"), QStringLiteral("Where to write the files it makes."), QStringLiteral("DIR"),
         QDir::temp().filePath(QStringLiteral("pepin-bench"))},
        {QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 program."), QStringLiteral("PATH"), QStringLiteral("sqlite3")},
        {QStringLiteral("pepin"), QStringLiteral("The pepin program, for its peak memory."), QStringLiteral("PATH")},
        {QStringLiteral("pepin-cli"), QStringLiteral("The pepin-cli program, for its peak memory."), QStringLiteral("PATH")},
        {QStringLiteral("clock"),
         QStringLiteral("wall (the default): time on the clock; process: processor time of the work (and of the child "
                        "programs), for a machine that other programs load."),
         QStringLiteral("wall|process"), QStringLiteral("wall")},
        {QStringLiteral("first-start"),
         QStringLiteral("Times the application's start on FILE once, in this new process, prints the milliseconds and "
                        "stops (what the row \"in a new process\" runs)."),
         QStringLiteral("FILE")},
        {QStringLiteral("first-window"),
         QStringLiteral("Times the same and the main window made on FILE, shown and drawn, once, in this new process, "
                        "prints the milliseconds and stops."),
         QStringLiteral("FILE")},
    });
    parser.process(app);
    const QString clock = parser.value(QStringLiteral("clock"));
    if (clock != QLatin1String("wall") && clock != QLatin1String("process"))
        die(QStringLiteral("--clock is wall or process."));
    processorTime = clock == QLatin1String("process");
    if (parser.isSet(QStringLiteral("first-start"))) {
        printFirstStart(parser.value(QStringLiteral("first-start")));
        return 0;
    }
    if (parser.isSet(QStringLiteral("first-window"))) {
        printFirstWindow(parser.value(QStringLiteral("first-window")));
        return 0;
    }
    if (!parser.isSet(QStringLiteral("network")))
        die(QStringLiteral("--network FILE is needed (make one with pepin-cli generate)."));

    out << "Pépin " << PEPIN_VERSION << " on " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount()
        << " cores; " << QString::fromLatin1(qVersion()) << "; medians of " << parser.value(QStringLiteral("runs")) << " runs, "
        << (processorTime ? "processor time" : "wall-clock time") << "." << Qt::endl;

    Bench bench(parser);
    bench.measure(QStringLiteral("network"), parser.value(QStringLiteral("network")), true);
    if (parser.isSet(QStringLiteral("stress")))
        bench.measure(QStringLiteral("stress"), parser.value(QStringLiteral("stress")), false);
    bench.print();
    return 0;
}
