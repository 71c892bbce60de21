// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/Alerts.h"

#include "figures/Stays.h"
#include "util/Format.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <functional>
#include <tuple>
#include <optional>

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

using Leases = QList<const Lease *>; // by start
using Place = std::pair<Id, Id>;     // company, office
// Whether a situation is wanted, asked before its message is written: over a network's whole
// history most situations are past, and writing their sentences is most of the work.
using Keep = std::function<bool(const Alert &)>;

// The leases that count, by company and office, each list by start; `keep` chooses the types.
// The leases of each company in each office, cancelled ones left out, each group by start:
// made once for all the rules.
using Groups = QList<std::pair<Place, Leases>>;

Groups byCompanyAndOffice(const QList<Lease> &leases)
{
    // Sorted on copies of what orders them, side by side in memory, rather than through pointers
    // to leases all over it: a network's 250,000 leases are far more than the processor's caches.
    struct Key
    {
        Id companyId;
        Id officeId;
        QDate start;
        qsizetype index; // in `leases`: equal keys keep their order
        bool operator<(const Key &other) const
        {
            return std::tie(companyId, officeId, start, index) < std::tie(other.companyId, other.officeId, other.start, other.index);
        }
    };
    std::vector<Key> keys;
    keys.reserve(std::size_t(leases.size()));
    for (qsizetype i = 0; i < leases.size(); ++i) {
        const Lease &lease = leases.at(i);
        if (!lease.cancelled && lease.start.isValid())
            keys.push_back(Key{lease.companyId, lease.officeId, lease.start, i});
    }
    std::sort(keys.begin(), keys.end());
    // Each group, and the list of them (one per company and office), made at its size at once.
    const auto samePlace = [](const Key &a, const Key &b) { return a.companyId == b.companyId && a.officeId == b.officeId; };
    qsizetype places = 0;
    for (std::size_t i = 0; i < keys.size(); ++i)
        places += (i == 0 || !samePlace(keys[i - 1], keys[i])) ? 1 : 0;
    Groups groups;
    groups.reserve(places);
    for (auto first = keys.cbegin(); first != keys.cend();) {
        const auto end = std::find_if_not(first, keys.cend(), [&](const Key &key) { return samePlace(key, *first); });
        Leases group;
        group.reserve(end - first);
        for (auto key = first; key != end; ++key)
            group << &leases.at(key->index);
        groups.append({Place{first->companyId, first->officeId}, std::move(group)});
        first = end;
    }
    return groups;
}

// Those of `leases` of that type.
Leases ofType(const Leases &leases, LeaseType type)
{
    Leases kept;
    for (const Lease *lease : leases) {
        if (lease->type == type)
            kept << lease;
    }
    return kept;
}

QDate latestLastDay(const Leases &leases)
{
    QDate latest;
    for (const Lease *lease : leases) {
        if (lease->lastDay().isNull())
            return QDate();
        latest = latest.isValid() ? std::max(latest, lease->lastDay()) : lease->lastDay();
    }
    return latest;
}

// Whether a span whose last day is `last` (null: open-ended) goes past `limit`.
bool runsPast(QDate last, QDate limit)
{
    return last.isNull() || last > limit;
}

// The last day of the uninterrupted occupation by `leases` from `from` on; null when it never ends.
QDate occupiedThrough(const Leases &leases, QDate from)
{
    QDate reach = from.addDays(-1);
    for (bool grew = true; grew;) {
        grew = false;
        for (const Lease *lease : leases) {
            const QDate last = lease->lastDay();
            if (lease->start <= reach.addDays(1) && (last.isNull() || last > reach)) {
                if (last.isNull())
                    return QDate();
                reach = last;
                grew = true;
            }
        }
    }
    return reach;
}

QList<Id> idsOf(const Leases &leases)
{
    QList<Id> ids;
    for (const Lease *lease : leases)
        ids << lease->id;
    return ids;
}

// How messages name things and dates.
class Words
{
public:
    // Each record is found by its id in the sources, which outlive the words.
    explicit Words(const AlertSources &sources)
    {
        m_companies.reserve(sources.companies.size());
        for (const Company &company : sources.companies)
            m_companies.insert(company.id, &company);
        for (const Site &site : sources.sites)
            m_sites.insert(site.id, &site);
        m_offices.reserve(sources.offices.size());
        for (const Office &office : sources.offices)
            m_offices.insert(office.id, &office);
    }

    QString company(Id id) const
    {
        const Company *company = m_companies.value(id);
        return company ? company->name : QString();
    }
    QString office(Id id) const
    {
        const Office *office = m_offices.value(id);
        if (!office)
            return QString();
        const Site *site = m_sites.value(office->siteId);
        return site ? Strings::tr("%1 (%2)").arg(office->code, site->name) : office->code;
    }
    const Site *siteOf(Id officeId) const
    {
        const Office *office = m_offices.value(officeId);
        return office ? m_sites.value(office->siteId) : nullptr;
    }
    QString date(QDate day) const { return m_format.date(day); }
    // The last day of a span, or that it has none.
    QString until(QDate last) const { return last.isNull() ? Strings::tr("no end date") : m_format.date(last); }

private:
    QHash<Id, const Company *> m_companies;
    QHash<Id, const Site *> m_sites;
    QHash<Id, const Office *> m_offices;
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

Alert situation(AlertKind kind, const Place &place, const Leases &leases, QDate date, QDate lastsUntil)
{
    Alert alert;
    alert.kind = kind;
    alert.companyId = place.first;
    alert.officeId = place.second;
    alert.leaseIds = idsOf(leases);
    alert.date = date;
    alert.lastsUntil = lastsUntil;
    return alert;
}

// The short-term leases of one company in one office, from the first start to the last day,
// against the 36 months of L145-5.
void derogatoireChains(const Groups &groups, const Words &words, const Keep &keep, QList<Alert> &alerts)
{
    for (const auto &[place, all] : groups) {
        const Leases leases = ofType(all, LeaseType::Derogatoire);
        if (leases.isEmpty())
            continue;
        const QDate first = leases.constFirst()->start;
        const QDate last = latestLastDay(leases);
        const QDate limit = lastDayWithin(first, derogatoireMaxMonths);
        if (!runsPast(last, limit))
            continue;
        Alert alert = situation(AlertKind::DerogatoireOver36Months, place, leases, limit.addDays(1), last);
        if (!keep(alert))
            continue;
        const QString text = leases.size() == 1
            ? Strings::tr("%1 in %2: a short-term lease from %3 to %4 passes the 36 months allowed on %5.")
            : Strings::tr("%1 in %2: successive short-term leases from %3 to %4 pass the 36 months allowed on %5.");
        alert.message = text.arg(words.company(place.first), words.office(place.second), words.date(first), words.until(last),
                                 words.date(alert.date));
        alert.rule = derogatoireCapRule();
        alerts << alert;
    }
}

// A company still in the office more than a month after a short-term lease's term, under an
// agreement that is not a lease of its own under L145-5 or the commercial lease rules.
void overstays(const Groups &groups, const Words &words, const Keep &keep, QList<Alert> &alerts)
{
    for (const auto &[place, leases] : groups) {
        for (const Lease *ended : leases) {
            if (ended->type != LeaseType::Derogatoire || ended->lastDay().isNull())
                continue;
            const QDate breach = ended->lastDay().addMonths(overstayMonths).addDays(1);
            const auto follower = std::find_if(leases.begin(), leases.end(), [&](const Lease *lease) {
                return lease != ended && lease->activeOn(breach)
                    && (lease->type == LeaseType::Precaire || lease->type == LeaseType::Coworking);
            });
            if (follower == leases.end())
                continue;
            Alert alert = situation(AlertKind::DerogatoireOverstay, place, {ended, *follower}, breach,
                                    occupiedThrough(leases, breach));
            if (!keep(alert))
                continue;
            alert.message = Strings::tr("%1 stays in %2 under a %3 from %4, after its short-term lease ended on %5: from %6, "
                                        "more than a month after the term, staying on makes it a commercial lease.")
                                .arg(words.company(place.first), words.office(place.second), label((*follower)->type),
                                     words.date((*follower)->start), words.date(ended->lastDay()), words.date(breach));
            alert.rule = overstayRule();
            alerts << alert;
        }
    }
}

// Each company's stay against the maximum of the site of each office it holds past that maximum.
void longStays(const AlertSources &sources, const Groups &groups, const Words &words, const Keep &keep, QList<Alert> &alerts)
{
    const QHash<Id, Stay> stays = staysOf(sources.leases);
    for (const auto &[place, leases] : groups) {
        const Stay stay = stays.value(place.first);
        const Site *site = words.siteOf(place.second);
        const int maxMonths = site ? site->maxStayMonths : Site().maxStayMonths;
        const QDate limit = lastDayWithin(stay.first, maxMonths);
        Leases past;
        for (const Lease *lease : leases) {
            if (runsPast(lease->lastDay(), limit))
                past << lease;
        }
        if (past.isEmpty())
            continue;
        const QDate breach = std::max(limit.addDays(1), past.constFirst()->start);
        Alert alert = situation(AlertKind::StayOverMaximum, place, past, breach, latestLastDay(past));
        if (!keep(alert))
            continue;
        alert.message = Strings::tr("%1 in %2: its stay, from %3, passes the site's maximum of %4 months on %5 "
                                    "(planned to %6).")
                            .arg(words.company(place.first), words.office(place.second), words.date(stay.first),
                                 QString::number(maxMonths), words.date(breach), words.until(stay.last));
        alert.rule = stayRule(site ? site->name : QString(), maxMonths);
        alerts << alert;
    }
}

// Précaire agreements of one company in one office that follow one another without a day's gap.
void precaireChains(const Groups &groups, const Words &words, const Keep &keep, QList<Alert> &alerts)
{
    for (const auto &[place, all] : groups) {
        const Leases leases = ofType(all, LeaseType::Precaire);
        if (leases.isEmpty())
            continue;
        QList<Leases> chains;
        QDate reach;
        bool open = false;
        for (const Lease *lease : leases) {
            if (chains.isEmpty() || (!open && lease->start > reach.addDays(1))) {
                chains << Leases{};
                reach = QDate();
            }
            chains.last() << lease;
            open = open || lease->lastDay().isNull();
            if (!open)
                reach = reach.isValid() ? std::max(reach, lease->lastDay()) : lease->lastDay();
        }
        for (const Leases &chain : chains) {
            const QDate first = chain.constFirst()->start;
            const QDate last = latestLastDay(chain);
            if (chain.size() > precaireMaxAgreements) {
                const Lease *third = chain[precaireMaxAgreements];
                Alert alert = situation(AlertKind::PrecaireRenewals, place, chain, third->start, last);
                if (keep(alert)) {
                    alert.message = Strings::tr("%1 in %2: %3 successive precarious occupancy agreements from %4 to %5; "
                                                "the third starts on %6.")
                                        .arg(words.company(place.first), words.office(place.second), QString::number(chain.size()),
                                             words.date(first), words.until(last), words.date(third->start));
                    alert.rule = precaireRule();
                    alerts << alert;
                }
            }
            const QDate limit = lastDayWithin(first, precaireMaxMonths);
            if (runsPast(last, limit)) {
                Alert alert = situation(AlertKind::PrecaireOver36Months, place, chain, limit.addDays(1), last);
                if (!keep(alert))
                    continue;
                const QString text = chain.size() == 1
                    ? Strings::tr("%1 in %2: a precarious occupancy agreement from %3 to %4 passes 36 months on %5.")
                    : Strings::tr("%1 in %2: successive precarious occupancy agreements from %3 to %4 pass 36 months on %5.");
                alert.message = text.arg(words.company(place.first), words.office(place.second), words.date(first),
                                         words.until(last), words.date(alert.date));
                alert.rule = precaireRule();
                alerts << alert;
            }
        }
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
    const Groups groups = byCompanyAndOffice(sources.leases);
    QList<Alert> alerts;
    derogatoireChains(groups, words, keep, alerts);
    overstays(groups, words, keep, alerts);
    longStays(sources, groups, words, keep, alerts);
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
