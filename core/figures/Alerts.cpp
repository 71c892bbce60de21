// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/Alerts.h"

#include "domain/IdIndex.h"
#include "figures/Stays.h"
#include "util/Format.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <functional>
#include <iterator>
#include <optional>
#include <span>
#include <tuple>
#include <vector>

namespace pepin {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(pepin::Alerts)
};

// Code de commerce L145-5: short-term leases for the same premises total three years at most,
// and a tenant left in possession more than a month after the term has a commercial lease.
constexpr int derogatoireMaxMonths = 36;
constexpr int overstayMonths = 1;
// The incubator's policy on précaire agreements: past two in a row, or past three years, they
// no longer look like the particular circumstances that L145-5-1 requires.
constexpr int precaireMaxAgreements = 2;
constexpr int precaireMaxMonths = 36;

using Place = std::pair<Id, Id>; // company, office

// What the rules read of a lease that counts (neither cancelled nor without a start), copied
// side by side in memory: a network's 250,000 leases are far more than the processor's caches,
// and the rules visit them by company and office, not in the order they are kept in.
struct Term
{
    Id companyId = 0;
    Id officeId = 0;
    QDate start;
    QDate last; // the lease's last day, null when open-ended
    Id id = 0;
    LeaseType type = LeaseType::Precaire;
    qsizetype index = 0; // in the sources' leases: equal keys keep their order

    bool activeOn(QDate day) const { return withinDays(day, start, last); }
    bool operator<(const Term &other) const
    {
        return std::tie(companyId, officeId, start, index) < std::tie(other.companyId, other.officeId, other.start, other.index);
    }
};

// Some of one group's leases, by start: those of a rule.
using Terms = std::span<const Term *const>;
using Chosen = std::vector<const Term *>;

// The leases of one company in one office, by start.
struct Group
{
    Place place;
    std::span<const Term> terms;
};

// The leases that count, grouped by company and office, the groups by company: made once for
// all the rules.
struct Groups
{
    std::vector<Term> terms;
    std::vector<Group> list;

    explicit Groups(const QList<Lease> &leases)
    {
        terms.reserve(std::size_t(leases.size()));
        for (qsizetype i = 0; i < leases.size(); ++i) {
            const Lease &lease = leases.at(i);
            if (!lease.cancelled && lease.start.isValid())
                terms.push_back(Term{lease.companyId, lease.officeId, lease.start, lease.lastDay(), lease.id, lease.type, i});
        }
        std::sort(terms.begin(), terms.end());
        for (auto first = terms.cbegin(); first != terms.cend();) {
            const auto end = std::find_if_not(first, terms.cend(), [&](const Term &term) {
                return term.companyId == first->companyId && term.officeId == first->officeId;
            });
            list.push_back(Group{Place{first->companyId, first->officeId}, std::span<const Term>(first, end)});
            first = end;
        }
    }
    // The groups point into the terms.
    Groups(const Groups &) = delete;
    Groups &operator=(const Groups &) = delete;
};

// Those of `terms` of that type, into `kept` (emptied first: one buffer serves every group).
void ofType(std::span<const Term> terms, LeaseType type, Chosen &kept)
{
    kept.clear();
    for (const Term &term : terms) {
        if (term.type == type)
            kept.push_back(&term);
    }
}

QDate latestLastDay(Terms terms)
{
    QDate latest;
    for (const Term *term : terms) {
        if (term->last.isNull())
            return QDate();
        latest = latest.isValid() ? std::max(latest, term->last) : term->last;
    }
    return latest;
}

// Whether a span whose last day is `last` (null: open-ended) goes past `limit`.
bool runsPast(QDate last, QDate limit)
{
    return last.isNull() || last > limit;
}

// The last day of the uninterrupted occupation by `terms` from `from` on; null when it never ends.
QDate occupiedThrough(std::span<const Term> terms, QDate from)
{
    QDate reach = from.addDays(-1);
    for (bool grew = true; grew;) {
        grew = false;
        for (const Term &term : terms) {
            if (term.start <= reach.addDays(1) && (term.last.isNull() || term.last > reach)) {
                if (term.last.isNull())
                    return QDate();
                reach = term.last;
                grew = true;
            }
        }
    }
    return reach;
}

// Whether a situation is wanted, asked before its message is written: over a network's whole
// history most situations are past, and writing their sentences is most of the work.
using Keep = std::function<bool(const Alert &)>;

// How messages name things and dates.
class Words
{
public:
    // Each record is found by its id in the sources, which outlive the words.
    explicit Words(const AlertSources &sources)
        : m_companies(sources.companies)
        , m_sites(sources.sites)
        , m_offices(sources.offices)
    {
    }

    QString company(Id id) const
    {
        const Company *company = m_companies.find(id);
        return company ? company->name : QString();
    }
    QString office(Id id) const
    {
        const Office *office = m_offices.find(id);
        return office ? officeName(*office, m_sites.find(office->siteId)) : QString();
    }
    const Site *siteOf(Id officeId) const
    {
        const Office *office = m_offices.find(officeId);
        return office ? m_sites.find(office->siteId) : nullptr;
    }
    QString date(QDate day) const { return m_format.date(day); }
    // The last day of a span, or that it has none.
    QString until(QDate last) const { return last.isNull() ? Strings::tr("no end date") : m_format.date(last); }

private:
    IdIndex<Company> m_companies;
    IdIndex<Site> m_sites;
    IdIndex<Office> m_offices;
    Format m_format;
};

QString derogatoireCapRule()
{
    return Strings::tr("Code de commerce, art. L145-5: the total duration of a short-term lease and of the successive "
                       "short-term leases for the same premises may not exceed three years.");
}

QString overstayRule()
{
    return Strings::tr("Code de commerce, art. L145-5: if the tenant stays, and is left, in possession more than one month "
                       "after the term, a new lease arises, governed by the rules of commercial leases.");
}

QString stayRule(const QString &siteName, int months)
{
    return Strings::tr("Policy of the site %1: a company stays at most %2 months in the incubator.").arg(siteName, QString::number(months));
}

QString precaireRule()
{
    return Strings::tr("Code de commerce, art. L145-5-1: an occupation agreement is précaire only when particular "
                       "circumstances, independent of the parties' will alone, call for it. Incubator policy: more than "
                       "2 successive agreements, or more than 36 months, no longer look like such circumstances.");
}

// The situation a rule found, without its leases or its message: what `keep` chooses on.
Alert situation(AlertKind kind, const Place &place, QDate date, QDate lastsUntil)
{
    Alert alert;
    alert.kind = kind;
    alert.companyId = place.first;
    alert.officeId = place.second;
    alert.date = date;
    alert.lastsUntil = lastsUntil;
    return alert;
}

// Whether `keep` wants the situation; one that is wanted is given the leases that make it.
bool wanted(Alert &alert, Terms terms, const Keep &keep)
{
    if (!keep(alert))
        return false;
    alert.leaseIds.reserve(qsizetype(terms.size()));
    for (const Term *term : terms)
        alert.leaseIds << term->id;
    return true;
}

// A cap on the months that a company's agreements of one type may run in one office: the alert
// it raises, its sentence for one agreement and for several, and its rule, each written only for
// the alerts kept.
struct Cap
{
    AlertKind kind;
    int months;
    QString (*one)();
    QString (*several)();
    QString (*rule)();
};

const Cap derogatoireCap{
    AlertKind::DerogatoireOver36Months, derogatoireMaxMonths,
    [] { return Strings::tr("%1 in %2: a short-term lease from %3 to %4 passes the 36 months allowed on %5."); },
    [] { return Strings::tr("%1 in %2: successive short-term leases from %3 to %4 pass the 36 months allowed on %5."); },
    derogatoireCapRule};

const Cap precaireCap{
    AlertKind::PrecaireOver36Months, precaireMaxMonths,
    [] { return Strings::tr("%1 in %2: a precarious occupancy agreement from %3 to %4 passes 36 months on %5."); },
    [] { return Strings::tr("%1 in %2: successive precarious occupancy agreements from %3 to %4 pass 36 months on %5."); },
    precaireRule};

// The agreements `terms` of one company in one office, from the first start to the last day,
// against `cap`.
void overCap(const Cap &cap, const Place &place, Terms terms, const Words &words, const Keep &keep, QList<Alert> &alerts)
{
    const QDate first = terms.front()->start;
    const QDate last = latestLastDay(terms);
    const QDate limit = lastDayWithin(first, cap.months);
    if (!runsPast(last, limit))
        return;
    Alert alert = situation(cap.kind, place, limit.addDays(1), last);
    if (!wanted(alert, terms, keep))
        return;
    alert.message = (terms.size() == 1 ? cap.one() : cap.several())
                        .arg(words.company(place.first), words.office(place.second), words.date(first), words.until(last),
                             words.date(alert.date));
    alert.rule = cap.rule();
    alerts << alert;
}

// The short-term leases of one company in one office, from the first start to the last day,
// against the 36 months of L145-5.
void derogatoireChains(const Groups &groups, const Words &words, const Keep &keep, QList<Alert> &alerts)
{
    Chosen leases;
    for (const auto &[place, all] : groups.list) {
        ofType(all, LeaseType::Derogatoire, leases);
        if (!leases.empty())
            overCap(derogatoireCap, place, leases, words, keep, alerts);
    }
}

// A company still in the office more than a month after a short-term lease's term, under an
// agreement that is not a lease of its own under L145-5 or the commercial lease rules.
void overstays(const Groups &groups, const Words &words, const Keep &keep, QList<Alert> &alerts)
{
    for (const auto &[place, leases] : groups.list) {
        for (const Term &ended : leases) {
            if (ended.type != LeaseType::Derogatoire || ended.last.isNull())
                continue;
            const QDate breach = ended.last.addMonths(overstayMonths).addDays(1);
            const auto follower = std::find_if(leases.begin(), leases.end(), [&](const Term &lease) {
                return &lease != &ended && lease.activeOn(breach)
                    && (lease.type == LeaseType::Precaire || lease.type == LeaseType::Coworking);
            });
            if (follower == leases.end())
                continue;
            Alert alert = situation(AlertKind::DerogatoireOverstay, place, breach, occupiedThrough(leases, breach));
            const Term *const made[] = {&ended, &*follower};
            if (!wanted(alert, made, keep))
                continue;
            alert.message = Strings::tr("%1 stays in %2 under a %3 from %4, after its short-term lease ended on %5: from %6, "
                                        "more than a month after the term, staying on makes it a commercial lease.")
                                .arg(words.company(place.first), words.office(place.second), label(follower->type),
                                     words.date(follower->start), words.date(ended.last), words.date(breach));
            alert.rule = overstayRule();
            alerts << alert;
        }
    }
}

// The stay of the company of `group`, taken in over its groups, which follow one another from
// there to `end` at most.
Stay stayFrom(std::vector<Group>::const_iterator group, std::vector<Group>::const_iterator end)
{
    Stay stay{group->place.first, QDate(), QDate()};
    for (; group != end && group->place.first == stay.companyId; ++group) {
        for (const Term &term : group->terms)
            stay.add(term.start, term.last);
    }
    return stay;
}

// Each company's stay against the maximum of the site of each office it holds past that maximum.
void longStays(const Groups &groups, const Words &words, const Keep &keep, QList<Alert> &alerts)
{
    Stay stay;
    Chosen past;
    for (auto group = groups.list.cbegin(); group != groups.list.cend(); ++group) {
        const auto &[place, leases] = *group;
        if (group == groups.list.cbegin() || std::prev(group)->place.first != place.first)
            stay = stayFrom(group, groups.list.cend());
        const Site *site = words.siteOf(place.second);
        const int maxMonths = site ? site->maxStayMonths : Site().maxStayMonths;
        const QDate limit = lastDayWithin(stay.first, maxMonths);
        past.clear();
        for (const Term &lease : leases) {
            if (runsPast(lease.last, limit))
                past.push_back(&lease);
        }
        if (past.empty())
            continue;
        const QDate breach = std::max(limit.addDays(1), past.front()->start);
        Alert alert = situation(AlertKind::StayOverMaximum, place, breach, latestLastDay(past));
        if (!wanted(alert, past, keep))
            continue;
        alert.message = Strings::tr("%1 in %2: its stay, from %3, passes the site's maximum of %4 months on %5 "
                                    "(planned to %6).")
                            .arg(words.company(place.first), words.office(place.second), words.date(stay.first),
                                 QString::number(maxMonths), words.date(breach), words.until(stay.last));
        alert.rule = stayRule(site ? site->name : QString(), maxMonths);
        alerts << alert;
    }
}

// One chain of précaire agreements of a company in an office, each following the one before
// without a day's gap, against the number of agreements and the months the policy allows.
void precaireChain(const Place &place, Terms chain, const Words &words, const Keep &keep, QList<Alert> &alerts)
{
    const QDate first = chain.front()->start;
    const QDate last = latestLastDay(chain);
    if (chain.size() > precaireMaxAgreements) {
        const Term *third = chain[precaireMaxAgreements];
        Alert alert = situation(AlertKind::PrecaireRenewals, place, third->start, last);
        if (wanted(alert, chain, keep)) {
            alert.message = Strings::tr("%1 in %2: %3 successive precarious occupancy agreements from %4 to %5; "
                                        "the third starts on %6.")
                                .arg(words.company(place.first), words.office(place.second), QString::number(chain.size()),
                                     words.date(first), words.until(last), words.date(third->start));
            alert.rule = precaireRule();
            alerts << alert;
        }
    }
    overCap(precaireCap, place, chain, words, keep, alerts);
}

// The précaire agreements of each company in each office, cut into chains where a day is left
// between one and the next (an open-ended one takes in all that follow).
void precaireChains(const Groups &groups, const Words &words, const Keep &keep, QList<Alert> &alerts)
{
    Chosen leases;
    for (const auto &[place, all] : groups.list) {
        ofType(all, LeaseType::Precaire, leases);
        const Terms chosen(leases);
        std::size_t from = 0;
        QDate reach;
        bool open = false;
        for (std::size_t i = 0; i < chosen.size(); ++i) {
            const Term *lease = chosen[i];
            if (i > from && !open && lease->start > reach.addDays(1)) {
                precaireChain(place, chosen.subspan(from, i - from), words, keep, alerts);
                from = i;
                reach = QDate();
            }
            open = open || lease->last.isNull();
            if (!open)
                reach = reach.isValid() ? std::max(reach, lease->last) : lease->last;
        }
        if (from < chosen.size())
            precaireChain(place, chosen.subspan(from), words, keep, alerts);
    }
}

bool isPrecaire(AlertKind kind)
{
    return kind == AlertKind::PrecaireRenewals || kind == AlertKind::PrecaireOver36Months;
}

} // namespace

QString code(AlertKind kind)
{
    switch (kind) {
    case AlertKind::DerogatoireOver36Months:
        return QStringLiteral("derogatoire_over_36_months");
    case AlertKind::DerogatoireOverstay:
        return QStringLiteral("derogatoire_overstay");
    case AlertKind::StayOverMaximum:
        return QStringLiteral("stay_over_maximum");
    case AlertKind::PrecaireRenewals:
        return QStringLiteral("precaire_renewals");
    case AlertKind::PrecaireOver36Months:
        return QStringLiteral("precaire_over_36_months");
    }
    return QString();
}

QString code(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return QStringLiteral("info");
    case AlertSeverity::Warning:
        return QStringLiteral("warning");
    case AlertSeverity::Critical:
        return QStringLiteral("critical");
    }
    return QString();
}

QString label(AlertKind kind)
{
    switch (kind) {
    case AlertKind::DerogatoireOver36Months:
        return Strings::tr("Short-term leases over 36 months");
    case AlertKind::DerogatoireOverstay:
        return Strings::tr("Left in place after a short-term lease");
    case AlertKind::StayOverMaximum:
        return Strings::tr("Stay over the site's maximum");
    case AlertKind::PrecaireRenewals:
        return Strings::tr("Precarious agreements renewed again and again");
    case AlertKind::PrecaireOver36Months:
        return Strings::tr("Precarious agreements over 36 months");
    }
    return QString();
}

QString label(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return Strings::tr("information");
    case AlertSeverity::Warning:
        return Strings::tr("warning");
    case AlertSeverity::Critical:
        return Strings::tr("critical");
    }
    return QString();
}

AlertSeverity alertSeverity(AlertKind kind, QDate date, QDate day)
{
    AlertSeverity severity = AlertSeverity::Info;
    if (date <= day.addMonths(alertCriticalMonths))
        severity = AlertSeverity::Critical;
    else if (date <= day.addMonths(alertWarningMonths))
        severity = AlertSeverity::Warning;
    if (isPrecaire(kind) && severity == AlertSeverity::Critical)
        severity = AlertSeverity::Warning;
    return severity;
}

namespace {

// The situations that `keep` wants, in the order alertSituations gives.
QList<Alert> situations(const AlertSources &sources, const Keep &keep)
{
    const Words words(sources);
    const Groups groups(sources.leases);
    QList<Alert> alerts;
    derogatoireChains(groups, words, keep, alerts);
    overstays(groups, words, keep, alerts);
    longStays(groups, words, keep, alerts);
    precaireChains(groups, words, keep, alerts);
    std::stable_sort(alerts.begin(), alerts.end(), [&](const Alert &a, const Alert &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return QString::localeAwareCompare(words.company(a.companyId), words.company(b.companyId)) < 0;
    });
    return alerts;
}

} // namespace

QList<Alert> alertSituations(const AlertSources &sources)
{
    return situations(sources, [](const Alert &) { return true; });
}

QList<Alert> alertsOn(const AlertSources &sources, QDate day, int withinMonths, const OccupancyFilter &filter)
{
    QHash<Id, bool> included;
    for (const Office &office : sources.offices)
        included.insert(office.id, filter.includes(office));
    const QDate horizon = day.addMonths(withinMonths);
    const auto shownOn = [&](const Alert &alert) {
        if (!included.value(alert.officeId) || alert.date > horizon)
            return false;
        // Over: what is past and done is history, not an alert.
        return alert.lastsUntil.isNull() || alert.lastsUntil >= day;
    };
    QList<Alert> shown;
    for (Alert alert : situations(sources, shownOn)) {
        alert.daysAhead = day.daysTo(alert.date);
        alert.severity = alertSeverity(alert.kind, alert.date, day);
        shown << alert;
    }
    return shown;
}

} // namespace pepin
