// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureOptions.h"

#include "util/Parse.h"

namespace pepin::cli {

namespace {

const QString atKey = QStringLiteral("at");
const QString fromKey = QStringLiteral("from");
const QString toKey = QStringLiteral("to");
const QString stepKey = QStringLiteral("step");
const QString siteKey = QStringLiteral("site");
const QString floorKey = QStringLiteral("floor");
const QString sectorKey = QStringLiteral("sector");

} // namespace

FigureOptions::FigureOptions(Context &context, const QCommandLineParser &parser)
    : m_context(context)
    , m_parser(parser)
    , m_day(context.today())
{
}

QCommandLineOption FigureOptions::atOption()
{
    return QCommandLineOption(atKey, tr("The day to measure (default: today)."), QStringLiteral("DATE"));
}

QCommandLineOption FigureOptions::fromOption()
{
    return QCommandLineOption(fromKey, tr("First day of the period to measure."), QStringLiteral("DATE"));
}

QCommandLineOption FigureOptions::toOption()
{
    return QCommandLineOption(toKey, tr("Last day of the period to measure."), QStringLiteral("DATE"));
}

QCommandLineOption FigureOptions::stepOption()
{
    return QCommandLineOption(stepKey,
                              tr("Cut the period into calendar periods: day, month, quarter or year (default: the period whole)."),
                              QStringLiteral("STEP"));
}

QCommandLineOption FigureOptions::siteOption()
{
    return QCommandLineOption(siteKey, tr("Only the offices of this site (default: every site)."), QStringLiteral("NAME"));
}

QCommandLineOption FigureOptions::floorOption()
{
    return QCommandLineOption(floorKey, tr("Only the offices of this floor, of every site or of --site (default: every floor)."),
                              QStringLiteral("FLOOR"));
}

QCommandLineOption FigureOptions::sectorOption()
{
    return QCommandLineOption(sectorKey,
                              tr("Count as occupied only what companies of this sector occupy; every office in service stays in the "
                                 "total (default: every company)."),
                              QStringLiteral("NAME"));
}

QCommandLineOption FigureOptions::formatOption()
{
    return QCommandLineOption(QStringLiteral("format"), tr("Output as text (default), csv or json."), QStringLiteral("FORMAT"));
}

bool FigureOptions::has(const QString &name) const
{
    // optionNames() holds only what was given, and never warns about options a command does not offer.
    return m_parser.optionNames().contains(name);
}

QDate FigureOptions::date(const QString &option, QList<Problem> &problems) const
{
    const QString value = m_parser.value(option);
    const std::optional<QDate> parsed = parseDate(value);
    if (!parsed) {
        problems << Problem{option, tr("'%1' is not a date: %2.").arg(value, dateFormatsHint())};
        return QDate();
    }
    return *parsed;
}

DateRange FigureOptions::period(QList<Problem> &problems) const
{
    const DateRange range{date(fromKey, problems), date(toKey, problems)};
    if (range.start.isValid() && range.end.isValid() && range.end < range.start) {
        const Format people = m_context.format();
        problems << Problem{toKey, tr("The period ends (%1) before it starts (%2).")
                                       .arg(people.date(range.end), people.date(range.start))};
    }
    return range;
}

int FigureOptions::readWhen()
{
    const bool at = has(atKey);
    const bool from = has(fromKey);
    const bool to = has(toKey);
    if (at && (from || to))
        return m_context.usage(tr("--at measures one day, --from and --to a period: give one or the other."));
    if (from != to)
        return m_context.usage(from ? tr("--from needs --to: the period has two ends.")
                                    : tr("--to needs --from: the period has two ends."));
    if (has(stepKey)) {
        if (!from)
            return m_context.usage(tr("--step cuts a period: give --from and --to with it."));
        const QString value = m_parser.value(stepKey);
        m_step = parsePeriodStep(value);
        if (!m_step)
            return m_context.usage(tr("--step takes day, month, quarter or year, not '%1'.").arg(value));
    }

    QList<Problem> problems;
    if (at)
        m_day = date(atKey, problems);
    if (from)
        m_range = period(problems);
    if (!problems.isEmpty())
        return m_context.invalid(problems);
    return ExitOk;
}

QList<DateRange> FigureOptions::periods() const
{
    const DateRange whole = range();
    return m_step ? calendarPeriods(whole.start, whole.end, *m_step) : QList<DateRange>{whole};
}

int FigureOptions::readScope(Store &store)
{
    if (has(siteKey)) {
        const QString name = m_parser.value(siteKey);
        const std::optional<Site> site = store.siteByName(name);
        if (!site)
            return m_context.invalid({Problem{siteKey, tr("There is no site named '%1'.").arg(name)}});
        m_filter.siteId = site->id;
        m_siteName = site->name;
    }
    if (has(floorKey)) {
        const QString floor = m_parser.value(floorKey);
        m_filter.floor = floor;
        bool found = false;
        for (const Office &office : store.offices()) {
            if (m_filter.includes(office)) {
                m_floor = office.floor; // as the offices spell it
                found = true;
                break;
            }
        }
        if (!found) {
            const QString message = m_filter.siteId ? tr("No office of %1 is on floor '%2'.").arg(m_siteName, floor)
                                                    : tr("No office is on floor '%1'.").arg(floor);
            return m_context.invalid({Problem{floorKey, message}});
        }
    }
    if (has(sectorKey)) {
        const QString name = m_parser.value(sectorKey);
        const std::optional<Sector> sector = store.sectorByName(name);
        if (!sector)
            return m_context.invalid({Problem{sectorKey, tr("There is no sector named '%1'.").arg(name)}});
        m_filter.sectorId = sector->id;
        m_sectorName = sector->name;
    }
    return ExitOk;
}

QString FigureOptions::scopePhrase() const
{
    QString phrase = m_filter.siteId ? tr("site %1").arg(m_siteName) : tr("all sites");
    if (m_filter.floor)
        phrase += QStringLiteral(", ") + tr("floor %1").arg(m_floor);
    if (m_filter.sectorId)
        phrase += QStringLiteral(", ") + tr("sector %1").arg(m_sectorName);
    return phrase;
}

} // namespace pepin::cli
