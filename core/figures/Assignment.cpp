// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/Assignment.h"

#include "figures/Occupation.h"
#include "figures/Periods.h"
#include "figures/RentSchedule.h"
#include "figures/Stays.h"
#include "service/Rules.h"
#include "util/Format.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <tuple>

namespace pepin {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(pepin::Assignment)
};

QString workstationsText(int count)
{
    return count == 1 ? Strings::tr("1 workstation") : Strings::tr("%1 workstations").arg(count);
}

QString daysText(qint64 days)
{
    return days == 1 ? Strings::tr("1 day") : Strings::tr("%1 days").arg(days);
}

bool sameFloor(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

bool kindWanted(AssignmentKind wanted, OfficeKind kind)
{
    switch (wanted) {
    case AssignmentKind::Any:
        return true;
    case AssignmentKind::Private:
        return kind == OfficeKind::Private;
    case AssignmentKind::Shared:
        return kind == OfficeKind::Shared;
    }
    return false;
}

// A gap of free days from `first` to `last` that nobody would sign for.
bool unlettable(QDate first, QDate last)
{
    return first <= last && last < lastDayWithin(first, minLettableMonths);
}

// What one office would give the request, and how it ranks. Reads the office's leases that count.
class OfficeAssessment
{
public:
    OfficeAssessment(const AssignmentRequest &request, const QHash<Id, QString> &companies)
        : m_request(request)
        , m_companies(companies)
    {
    }

    // Whether the office is big enough and of the kind asked for; sets the space it would give.
    bool fits(const Office &office, AssignmentCandidate &candidate) const
    {
        if (!kindWanted(m_request.kind, office.kind) || office.workstations <= 0)
            return false;
        if (office.kind == OfficeKind::Private) {
            candidate.areaM2 = office.areaM2;
            candidate.workstations = office.workstations;
        } else {
            if (m_request.workstations <= 0 || m_request.workstations > office.workstations)
                return false;
            candidate.workstations = m_request.workstations;
            candidate.areaM2 = office.areaM2 * m_request.workstations / office.workstations;
        }
        if (candidate.areaM2 < m_request.areaM2 || candidate.workstations < m_request.workstations)
            return false;
        candidate.excess = 0;
        if (m_request.areaM2 > 0)
            candidate.excess += (candidate.areaM2 - m_request.areaM2) / m_request.areaM2;
        if (m_request.workstations > 0)
            candidate.excess += double(candidate.workstations - m_request.workstations) / m_request.workstations;
        return true;
    }

    QString companyName(Id id) const { return m_companies.value(id); }

    void describeFit(AssignmentCandidate &candidate) const
    {
        const Office &office = candidate.office;
        QString space;
        if (office.kind == OfficeKind::Private) {
            space = Strings::tr("Private office of %1 with %2")
                        .arg(m_format.area(office.areaM2), workstationsText(office.workstations));
        } else {
            space = Strings::tr("%1 of the %2 workstations of a shared space of %3 (%4)")
                        .arg(candidate.workstations)
                        .arg(office.workstations)
                        .arg(m_format.area(office.areaM2), m_format.area(candidate.areaM2));
        }
        QStringList more;
        const double areaMore = candidate.areaM2 - m_request.areaM2;
        if (m_request.areaM2 > 0 && areaMore > 0)
            more << m_format.area(areaMore);
        const int workstationsMore = candidate.workstations - m_request.workstations;
        if (m_request.workstations > 0 && workstationsMore > 0)
            more << workstationsText(workstationsMore);
        if (more.isEmpty())
            candidate.reasons << Strings::tr("%1: exactly the need.").arg(space);
        else
            candidate.reasons << Strings::tr("%1: %2 more than needed.").arg(space, more.join(Strings::tr(" and ")));
    }

    void describePreferences(AssignmentCandidate &candidate) const
    {
        if (m_request.siteId) {
            candidate.reasons << (candidate.onPreferredSite
                                      ? Strings::tr("On the preferred site.")
                                      : Strings::tr("On %1, not the preferred site.").arg(candidate.siteName));
        }
        if (!m_request.floor.trimmed().isEmpty()) {
            const QString wanted = m_request.floor.trimmed();
            if (candidate.onPreferredFloor)
                candidate.reasons << Strings::tr("On the preferred floor (%1).").arg(wanted);
            else if (candidate.office.floor.trimmed().isEmpty())
                candidate.reasons << Strings::tr("No floor recorded, not the preferred floor %1.").arg(wanted);
            else
                candidate.reasons << Strings::tr("On floor %1, not the preferred floor %2.")
                                         .arg(candidate.office.floor.trimmed(), wanted);
        }
    }

    // The gaps a private office's lease would leave before and after it.
    void assessGaps(AssignmentCandidate &candidate, const QList<Lease> &leases) const
    {
        if (candidate.office.kind != OfficeKind::Private)
            return;
        const Lease *before = nullptr;
        const Lease *after = nullptr;
        for (const Lease &lease : leases) {
            if (lease.cancelled)
                continue;
            const QDate last = lease.lastDay();
            if (last.isValid() && last < m_request.from && (!before || last > before->lastDay()))
                before = &lease;
            if (lease.start > m_request.last && (!after || lease.start < after->start))
                after = &lease;
        }
        bool said = false;
        if (before) {
            const QDate gapFirst = before->lastDay().addDays(1);
            const QDate gapLast = m_request.from.addDays(-1);
            const QString tenant = companyName(before->companyId);
            if (gapFirst > gapLast) {
                candidate.reasons << Strings::tr("Follows the lease of %1 (ending %2) without a gap.")
                                         .arg(tenant, m_format.date(before->lastDay()));
                said = true;
            } else if (unlettable(gapFirst, gapLast)) {
                countGap(candidate, gapFirst, gapLast);
                candidate.reasons << Strings::tr("Leaves %1 that cannot be let after the lease of %2 (ending %3).")
                                         .arg(daysText(gapFirst.daysTo(gapLast) + 1), tenant,
                                              m_format.date(before->lastDay()));
                said = true;
            }
        }
        const QDate gapFirst = m_request.last.addDays(1);
        if (after) {
            const QDate gapLast = after->start.addDays(-1);
            const QString tenant = companyName(after->companyId);
            if (gapFirst > gapLast) {
                candidate.reasons << Strings::tr("Ends the day before the lease of %1 (starting %2): no gap.")
                                         .arg(tenant, m_format.date(after->start));
                said = true;
            } else if (unlettable(gapFirst, gapLast)) {
                countGap(candidate, gapFirst, gapLast);
                candidate.reasons << Strings::tr("Leaves %1 that cannot be let before the lease of %2 (starting %3).")
                                         .arg(daysText(gapFirst.daysTo(gapLast) + 1), tenant,
                                              m_format.date(after->start));
                said = true;
            }
        } else if (candidate.office.availableUntil.isValid() && unlettable(gapFirst, candidate.office.availableUntil)) {
            countGap(candidate, gapFirst, candidate.office.availableUntil);
            candidate.reasons << Strings::tr("Leaves %1 that cannot be let before the office stops being available (%2).")
                                     .arg(daysText(gapFirst.daysTo(candidate.office.availableUntil) + 1),
                                          m_format.date(candidate.office.availableUntil));
            said = true;
        }
        if (!said)
            candidate.reasons << Strings::tr("Leaves no gap too short to be let.");
    }

    // The leases in the way and the days on which the office could take the lease, from the
    // same occupation the figures count.
    void assessPartial(AssignmentCandidate &candidate, const QList<Lease> &leases) const
    {
        QList<const Lease *> counted;
        for (const Lease &lease : leases) {
            if (lease.cancelled)
                continue;
            counted << &lease;
            if (!lease.overlaps(candidate.lease))
                continue;
            candidate.conflicts << AssignmentConflict{lease.id, lease.companyId, companyName(lease.companyId),
                                                      lease.start, lease.lastDay(), lease.workstations};
        }
        std::sort(candidate.conflicts.begin(), candidate.conflicts.end(),
                  [](const AssignmentConflict &a, const AssignmentConflict &b) { return a.start < b.start; });

        const Office &office = candidate.office;
        for (const OccupationStretch &stretch :
             occupationStretches(office, counted, DateRange{m_request.from, m_request.last})) {
            const bool free = office.kind == OfficeKind::Private
                ? !stretch.occupation.occupied
                : stretch.occupation.workstations + candidate.workstations <= office.workstations;
            if (!free)
                continue;
            const QDate first = QDate::fromJulianDay(stretch.first);
            const QDate last = QDate::fromJulianDay(stretch.last);
            if (!candidate.freeStretches.isEmpty() && candidate.freeStretches.last().last.addDays(1) == first)
                candidate.freeStretches.last().last = last;
            else
                candidate.freeStretches << FreeStretch{first, last};
        }
        for (const Problem &problem : std::as_const(candidate.problems))
            candidate.reasons << problem.message;
        for (const FreeStretch &stretch : std::as_const(candidate.freeStretches)) {
            candidate.reasons << (stretch.first == stretch.last
                                      ? Strings::tr("Free on %1 only.").arg(m_format.date(stretch.first))
                                      : Strings::tr("Free from %1 to %2.")
                                            .arg(m_format.date(stretch.first), m_format.date(stretch.last)));
        }
    }

private:
    static void countGap(AssignmentCandidate &candidate, QDate first, QDate last)
    {
        ++candidate.unlettableGaps;
        candidate.unlettableDays += first.daysTo(last) + 1;
    }

    const AssignmentRequest &m_request;
    const QHash<Id, QString> &m_companies;
    const Format m_format;
};

qint64 freeDays(const AssignmentCandidate &candidate)
{
    qint64 days = 0;
    for (const FreeStretch &stretch : candidate.freeStretches)
        days += stretch.first.daysTo(stretch.last) + 1;
    return days;
}

auto preferenceKey(const AssignmentCandidate &candidate)
{
    return std::make_tuple(!candidate.onPreferredSite, !candidate.onPreferredFloor);
}

auto tieKey(const AssignmentCandidate &candidate)
{
    return std::make_tuple(candidate.siteName, candidate.office.code, candidate.office.id);
}

} // namespace

QList<Problem> checkAssignmentRequest(const AssignmentRequest &request)
{
    QList<Problem> problems;
    auto require = [&problems](bool ok, const char *field, const QString &message) {
        if (!ok)
            problems << Problem{QString::fromLatin1(field), message};
    };
    require(request.from.isValid(), "from", Strings::tr("Say from when the office is needed."));
    require(request.last.isValid(), "to", Strings::tr("Say until when the office is needed (an end date or a number of months)."));
    if (request.from.isValid() && request.last.isValid()) {
        require(request.from <= request.last, "to",
                Strings::tr("The period ends (%1) before it starts (%2).")
                    .arg(Format().date(request.last), Format().date(request.from)));
    }
    require(request.areaM2 >= 0, "area_m2", Strings::tr("The area needed cannot be negative."));
    require(request.workstations >= 0, "workstations", Strings::tr("The number of workstations needed cannot be negative."));
    require(request.kind != AssignmentKind::Shared || request.workstations > 0, "workstations",
            Strings::tr("A shared space is let by workstation: say how many workstations are needed."));
    return problems;
}

AssignmentSuggestion suggestAssignment(const Portfolio &portfolio, const AssignmentRequest &request)
{
    AssignmentSuggestion suggestion;
    if (!checkAssignmentRequest(request).isEmpty())
        return suggestion;

    QHash<Id, const Site *> sites;
    for (const Site &site : portfolio.sites)
        sites.insert(site.id, &site);
    QHash<Id, QString> companies;
    for (const Company &company : portfolio.companies)
        companies.insert(company.id, company.name);
    QHash<Id, QList<Lease>> leasesOfOffice;
    QList<Lease> companyLeases;
    for (const Lease &lease : portfolio.leases) {
        leasesOfOffice[lease.officeId] << lease;
        if (request.companyId && lease.companyId == request.companyId)
            companyLeases << lease;
    }
    const Rules::CompanyName companyName = [&companies](Id id) { return companies.value(id); };
    const OfficeAssessment assessment(request, companies);

    for (const Office &office : portfolio.offices) {
        const Site *site = sites.value(office.siteId);
        if (office.archived || (site && site->archived))
            continue;
        AssignmentCandidate candidate;
        candidate.office = office;
        if (!assessment.fits(office, candidate))
            continue;
        candidate.siteName = site ? site->name : QString();
        candidate.officeName = officeName(office, site);
        candidate.onPreferredSite = request.siteId && office.siteId == request.siteId;
        candidate.onPreferredFloor = !request.floor.trimmed().isEmpty() && sameFloor(office.floor, request.floor);

        Lease &lease = candidate.lease;
        lease.companyId = request.companyId;
        lease.officeId = office.id;
        lease.type = request.type;
        lease.start = request.from;
        lease.end = request.last;
        lease.workstations = office.kind == OfficeKind::Shared ? candidate.workstations : 0;
        if (site)
            lease.rentSteps = stepsForNewLease(office, site->rentProgression, companyLeases, lease);

        const QList<Lease> &leases = leasesOfOffice[office.id];
        QList<Problem> problems = Rules::checkLease(lease, office, candidate.officeName);
        // Who signs is not the office's business: a request may not name its company yet.
        problems.removeIf([](const Problem &problem) { return problem.field == QLatin1String("company"); });
        problems << Rules::checkLeaseAgainstOthers(lease, office, candidate.officeName, leases, companyName);
        candidate.problems = problems;

        if (problems.isEmpty()) {
            assessment.describeFit(candidate);
            assessment.describePreferences(candidate);
            assessment.assessGaps(candidate, leases);
            if (!lease.rentSteps.isEmpty()) {
                candidate.reasons << Strings::tr("Rent at first %1 a month excluding VAT.")
                                         .arg(Format().money(lease.rentSteps.first().monthlyRentCents));
            }
            suggestion.free << candidate;
            continue;
        }
        assessment.assessPartial(candidate, leases);
        if (candidate.freeStretches.isEmpty())
            continue;
        suggestion.partlyFree << candidate;
    }

    std::sort(suggestion.free.begin(), suggestion.free.end(), [](const AssignmentCandidate &a, const AssignmentCandidate &b) {
        const auto left = std::tuple_cat(preferenceKey(a), std::make_tuple(a.excess, a.unlettableGaps, a.unlettableDays));
        const auto right = std::tuple_cat(preferenceKey(b), std::make_tuple(b.excess, b.unlettableGaps, b.unlettableDays));
        return left != right ? left < right : tieKey(a) < tieKey(b);
    });
    std::sort(suggestion.partlyFree.begin(), suggestion.partlyFree.end(),
              [](const AssignmentCandidate &a, const AssignmentCandidate &b) {
                  const auto left = std::tuple_cat(preferenceKey(a), std::make_tuple(-freeDays(a), a.excess));
                  const auto right = std::tuple_cat(preferenceKey(b), std::make_tuple(-freeDays(b), b.excess));
                  return left != right ? left < right : tieKey(a) < tieKey(b);
              });
    return suggestion;
}

} // namespace pepin
