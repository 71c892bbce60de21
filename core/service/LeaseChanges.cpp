// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/LeaseChanges.h"

#include "domain/IdIndex.h"
#include "figures/Expiries.h"
#include "figures/RentSchedule.h"
#include "figures/Stays.h"
#include "service/Rules.h"
#include "util/Format.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace pepin {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(pepin::LeaseChanges)
};

constexpr int maxChangeMonths = 1200;

QString monthsText(int months)
{
    return months == 1 ? Strings::tr("1 month") : Strings::tr("%1 months").arg(months);
}

// The rent step in force on `day`, whether or not the lease runs that day.
std::optional<Cents> rentInForce(const Lease &lease, QDate day)
{
    std::optional<Cents> rent;
    for (const RentStep &step : lease.rentSteps) {
        if (step.from > day)
            break;
        rent = step.monthlyRentCents;
    }
    return rent;
}

// The rent steps of `lease` up to `last`, the later ones dropped.
QList<RentStep> stepsThrough(const QList<RentStep> &steps, QDate last)
{
    QList<RentStep> kept;
    for (const RentStep &step : steps) {
        if (last.isNull() || step.from <= last)
            kept << step;
    }
    return kept;
}

// The year of the stay that `day` falls in, from 1.
int yearOfStay(QDate stayFirst, QDate day)
{
    if (!stayFirst.isValid() || day <= stayFirst)
        return 1;
    return durationOf(stayFirst, day.addDays(-1)).months / 12 + 1;
}

// What a change reads of the portfolio, found by id.
class Records
{
public:
    explicit Records(const Portfolio &portfolio)
        : m_portfolio(portfolio)
        , m_sites(portfolio.sites)
        , m_offices(portfolio.offices)
        , m_companies(portfolio.companies)
        , m_leases(portfolio.leases)
    {
        for (const Lease &lease : portfolio.leases)
            m_freeId = std::max(m_freeId, lease.id + 1);
    }

    const Lease *lease(Id id) const { return m_leases.find(id); }
    const Office *office(Id id) const { return m_offices.find(id); }
    const Site *siteOf(const Office &office) const { return m_sites.find(office.siteId); }
    QString companyName(Id id) const
    {
        const Company *company = m_companies.find(id);
        return company ? company->name : QString();
    }
    QString officeName(const Office &office) const { return pepin::officeName(office, siteOf(office)); }
    QString officeName(Id id) const
    {
        const Office *found = office(id);
        return found ? officeName(*found) : QString();
    }
    // The site's progressive schedule, or the default one for an office without a site.
    QList<int> progression(const Office &office) const
    {
        const Site *site = siteOf(office);
        return site ? site->rentProgression : Site().rentProgression;
    }
    int maxStayMonths(const Office &office) const
    {
        const Site *site = siteOf(office);
        return site ? site->maxStayMonths : Site().maxStayMonths;
    }
    QList<Lease> leasesOfCompany(Id companyId) const
    {
        QList<Lease> leases;
        for (const Lease &lease : m_portfolio.leases) {
            if (lease.companyId == companyId)
                leases << lease;
        }
        return leases;
    }
    QList<Lease> leasesOfOffice(Id officeId) const
    {
        QList<Lease> leases;
        for (const Lease &lease : m_portfolio.leases) {
            if (lease.officeId == officeId)
                leases << lease;
        }
        return leases;
    }
    // An id that no lease of the portfolio has, for leases proposed but not stored.
    Id freeId() const { return m_freeId; }
    const Portfolio &portfolio() const { return m_portfolio; }

private:
    const Portfolio &m_portfolio;
    IdIndex<Site> m_sites;
    IdIndex<Office> m_offices;
    IdIndex<Company> m_companies;
    IdIndex<Lease> m_leases;
    Id m_freeId = 1;
};

// The rent steps of a new lease that follows `previous` (a renewal, or the lease in the office
// moved to): the site's schedule continued from the start of the stay, or the rent in force.
// `scheduled` tells which.
QList<RentStep> stepsOfNewLease(const Records &records, const Office &office, const Lease &lease,
                                const QList<Lease> &companyLeases, RentFollows rent, std::optional<Cents> current,
                                bool &scheduled)
{
    scheduled = false;
    if (rent == RentFollows::Schedule) {
        QList<RentStep> steps = stepsForNewLease(office, records.progression(office), companyLeases, lease);
        if (!steps.isEmpty()) {
            scheduled = true;
            return steps;
        }
    }
    if (current)
        return {RentStep{lease.start, *current}};
    return {};
}

// The rent steps of a lease extended from `before` to `after`: those it has, and those of the
// schedule that start on the days added, when the rent changes on them.
QList<RentStep> stepsOfExtension(const Records &records, const Office &office, const Lease &before, const Lease &after,
                                 const QList<Lease> &companyLeases, RentFollows rent)
{
    QList<RentStep> steps = before.rentSteps;
    if (rent != RentFollows::Schedule)
        return steps;
    const QDate oldLast = before.lastDay();
    Lease plain = after;
    plain.rentSteps.clear();
    std::optional<Cents> inForce = rentInForce(before, oldLast);
    for (const RentStep &step : stepsForNewLease(office, records.progression(office), companyLeases, plain)) {
        if (step.from <= oldLast || (inForce && *inForce == step.monthlyRentCents))
            continue;
        steps << step;
        inForce = step.monthlyRentCents;
    }
    return steps;
}

// "1 008,00 € a month from 01/01/2027; 1 200,00 € a month from 01/01/2028".
QString stepsText(const QList<RentStep> &steps)
{
    const Format format;
    QStringList parts;
    for (const RentStep &step : steps)
        parts << Strings::tr("%1 a month from %2").arg(format.money(step.monthlyRentCents), format.date(step.from));
    return parts.join(Strings::tr("; "));
}

// The problems' fields renamed as the change names them (the new lease's "end" is the renewal's
// "months"); fields not in `fields` are left as they are.
QList<Problem> renamed(QList<Problem> problems, const QHash<QString, QString> &fields)
{
    for (Problem &problem : problems) {
        if (const auto it = fields.constFind(problem.field); it != fields.cend())
            problem.field = *it;
    }
    return problems;
}

// How far an office is free for a company from `first` on, with the leases after the change.
struct Room
{
    bool freeOnFirst = true;
    QDate lastFree; // null: nothing follows
};

Room roomFrom(const QList<Lease> &others, QDate first)
{
    Room room;
    for (const Lease &other : others) {
        if (other.cancelled)
            continue;
        const QDate last = other.lastDay();
        if (last.isValid() && last < first)
            continue;
        if (other.start <= first) {
            room.freeOnFirst = false;
            return room;
        }
        const QDate before = other.start.addDays(-1);
        room.lastFree = room.lastFree.isValid() ? std::min(room.lastFree, before) : before;
    }
    return room;
}

class Proposal
{
public:
    Proposal(const Portfolio &portfolio, const LeaseChangeRequest &request, QDate today)
        : m_records(portfolio)
        , m_request(request)
        , m_today(today)
    {
        m_change.kind = request.kind;
    }

    LeaseChange make()
    {
        const Lease *found = m_records.lease(m_request.leaseId);
        if (!found) {
            refuse(QString(), Strings::tr("There is no lease with id %1.").arg(m_request.leaseId));
            return m_change;
        }
        const Lease &lease = *found;
        m_change.lease = lease;
        m_change.companyName = m_records.companyName(lease.companyId);
        m_change.officeName = m_records.officeName(lease.officeId);
        const Office *office = m_records.office(lease.officeId);
        if (!office) {
            refuse(QString(), Strings::tr("The office of this lease is missing."));
            return m_change;
        }
        if (lease.cancelled) {
            refuse(QString(), Strings::tr("This lease is cancelled: it no longer counts and cannot be renewed, extended, "
                                          "moved or ended. Edit it to count it again."));
            return m_change;
        }
        switch (m_request.kind) {
        case LeaseChangeKind::Renew:
            renew(lease, *office);
            break;
        case LeaseChangeKind::Extend:
            extend(lease, *office);
            break;
        case LeaseChangeKind::Move:
            move(lease, *office);
            break;
        case LeaseChangeKind::EndEarly:
            endEarly(lease);
            break;
        }
        if (m_change.problems.isEmpty())
            compareAlerts(lease.companyId);
        if (!m_change.problems.isEmpty()) {
            // A change refused writes nothing; its summary stays, to show what was asked.
            m_change.updated.clear();
            m_change.added.clear();
        }
        // Leases to add are stored with ids of their own.
        for (Lease &added : m_change.added)
            added.id = 0;
        return m_change;
    }

private:
    void refuse(const QString &field, const QString &message) { m_change.problems << Problem{field, message}; }
    void warn(const QString &field, const QString &message) { m_change.warnings << Problem{field, message}; }

    // The leases of the change, those to add with ids no stored lease has, so that the rules and
    // the alerts can tell them apart.
    QList<Lease> changedLeases() const
    {
        QList<Lease> leases = m_change.updated;
        Id next = m_records.freeId();
        for (Lease added : m_change.added) {
            added.id = next++;
            leases << added;
        }
        return leases;
    }

    // The leases of `officeId`, or of `companyId`, as they would be after the change.
    QList<Lease> leasesAfter(const QList<Lease> &stored, const QList<Lease> &changed, bool (*keep)(const Lease &, Id),
                             Id id) const
    {
        QSet<Id> replaced;
        for (const Lease &lease : changed)
            replaced.insert(lease.id);
        QList<Lease> leases;
        for (const Lease &lease : stored) {
            if (!replaced.contains(lease.id))
                leases << lease;
        }
        for (const Lease &lease : changed) {
            if (keep(lease, id))
                leases << lease;
        }
        return leases;
    }
    QList<Lease> officeLeasesAfter(Id officeId, const QList<Lease> &changed) const
    {
        return leasesAfter(m_records.leasesOfOffice(officeId), changed,
                           [](const Lease &lease, Id id) { return lease.officeId == id; }, officeId);
    }
    QList<Lease> companyLeasesAfter(Id companyId, const QList<Lease> &changed) const
    {
        return leasesAfter(m_records.leasesOfCompany(companyId), changed,
                           [](const Lease &lease, Id id) { return lease.companyId == id; }, companyId);
    }

    // The Store's rules on a lease of the change, in its office as the change leaves it: its own
    // (dates, availability, workstations, rent steps) and against the office's other leases.
    struct Checked
    {
        QList<Problem> own;
        QList<Problem> others;
    };
    Checked check(const Lease &lease, const QList<Lease> &changed) const
    {
        Checked checked;
        const Office *office = m_records.office(lease.officeId);
        if (!office) {
            checked.own << Problem{changeField::office, Strings::tr("Choose the office.")};
            return checked;
        }
        const QString name = m_records.officeName(*office);
        checked.own = Rules::checkLease(lease, *office, name);
        QList<Lease> others = officeLeasesAfter(office->id, changed);
        others.removeIf([&lease](const Lease &other) { return other.id == lease.id; });
        const Rules::CompanyName companyName = [this](Id id) { return m_records.companyName(id); };
        checked.others = Rules::checkLeaseAgainstOthers(lease, *office, name, others, companyName);
        return checked;
    }

    // How far the office of `lease` stays free after `first` for it, the other leases of the
    // change included.
    Room room(const Lease &lease, QDate first, const QList<Lease> &changed) const
    {
        QList<Lease> others = officeLeasesAfter(lease.officeId, changed);
        others.removeIf([&lease](const Lease &other) { return other.id == lease.id; });
        return roomFrom(others, first);
    }

    // ---- the four changes ----------------------------------------------------------------

    void renew(const Lease &lease, const Office &office)
    {
        const Format format;
        const QDate last = lease.lastDay();
        if (!canGoOn(lease, Strings::tr("This lease has no end date: there is nothing to renew. To end it, use End early.")))
            return;
        const int months = m_request.months > 0 ? m_request.months : defaultRenewalMonths(m_records.portfolio(), lease);
        if (m_request.months < 0 || months > maxChangeMonths) {
            refuse(changeField::months, Strings::tr("Renew for 1 to %1 months.").arg(maxChangeMonths));
            return;
        }
        Lease renewal;
        renewal.companyId = lease.companyId;
        renewal.officeId = lease.officeId;
        renewal.type = m_request.type.value_or(lease.type);
        renewal.start = last.addDays(1);
        renewal.end = lastDayWithin(renewal.start, months);
        renewal.workstations = lease.workstations;
        renewal.monthlyChargesCents = lease.monthlyChargesCents;
        renewal.depositCents = lease.depositCents;
        renewal.noticeMonths = lease.noticeMonths;
        const QList<Lease> companyLeases = m_records.leasesOfCompany(lease.companyId);
        bool scheduled = false;
        renewal.rentSteps = stepsOfNewLease(m_records, office, renewal, companyLeases, m_request.rent,
                                            rentInForce(lease, last), scheduled);
        m_change.added << renewal;

        const QList<Lease> changed = changedLeases();
        const Checked checked = check(changed.last(), changed);
        const QHash<QString, QString> fields{{QStringLiteral("start"), changeField::months},
                                             {QStringLiteral("end"), changeField::months},
                                             {QStringLiteral("workstations"), changeField::months}};
        m_change.problems << renamed(checked.own, fields);
        if (!checked.others.isEmpty()) {
            const QString hint = roomHint(room(changed.last(), renewal.start, changed), renewal.start, true);
            for (Problem problem : renamed(checked.others, fields)) {
                problem.message += QLatin1Char(' ') + hint;
                m_change.problems << problem;
            }
        }

        const Stay stay = staysOf(companyLeases).value(lease.companyId);
        m_change.summary << Strings::tr("New %1 for %2 in %3 from %4 to %5 (%6).")
                                .arg(label(renewal.type), m_change.companyName, m_change.officeName,
                                     format.date(renewal.start), format.date(renewal.end), monthsText(months));
        describeRent(renewal.rentSteps, scheduled, yearOfStay(stay.first, renewal.start));
    }

    void extend(const Lease &lease, const Office &office)
    {
        const Format format;
        const QDate last = lease.lastDay();
        if (!canGoOn(lease, Strings::tr("This lease has no end date: it runs on already. To end it, use End early.")))
            return;
        if (!m_request.end.isValid()) {
            refuse(changeField::end, Strings::tr("Choose the new end date."));
            return;
        }
        if (m_request.end <= last) {
            refuse(changeField::end, Strings::tr("The lease already runs to %1: choose a later end date (to end it sooner, "
                                                 "use End early).")
                                         .arg(format.date(last)));
            return;
        }
        Lease extended = lease;
        extended.end = m_request.end;
        extended.terminatedOn = QDate();
        extended.rentSteps = stepsOfExtension(m_records, office, lease, extended, m_records.leasesOfCompany(lease.companyId),
                                              m_request.rent);
        m_change.updated << extended;

        const QList<Lease> changed = changedLeases();
        const Checked checked = check(extended, changed);
        const QHash<QString, QString> fields{{QStringLiteral("start"), changeField::end},
                                             {QStringLiteral("terminated_on"), changeField::end},
                                             {QStringLiteral("workstations"), changeField::end}};
        m_change.problems << renamed(checked.own, fields);
        if (!checked.others.isEmpty()) {
            const QString hint = roomHint(room(extended, last.addDays(1), changed), last.addDays(1), false);
            for (Problem problem : renamed(checked.others, fields)) {
                problem.message += QLatin1Char(' ') + hint;
                m_change.problems << problem;
            }
        }

        if (lease.terminatedOn.isValid()) {
            m_change.summary << Strings::tr("The lease of %1 in %2 runs to %3: its early end on %4 is withdrawn.")
                                    .arg(m_change.companyName, m_change.officeName, format.date(extended.end),
                                         format.date(lease.terminatedOn));
        } else {
            m_change.summary << Strings::tr("The lease of %1 in %2 runs to %3 instead of %4.")
                                    .arg(m_change.companyName, m_change.officeName, format.date(extended.end),
                                         format.date(lease.end));
        }
        QList<RentStep> addedSteps;
        for (const RentStep &step : std::as_const(extended.rentSteps)) {
            if (step.from > last)
                addedSteps << step;
        }
        if (!addedSteps.isEmpty()) {
            m_change.summary << Strings::tr("Rent, continuing the site's progressive schedule: %1.").arg(stepsText(addedSteps));
        } else if (const std::optional<Cents> rent = rentInForce(lease, last)) {
            m_change.summary << Strings::tr("The rent stays at %1 a month.").arg(format.money(*rent));
            rentNote(office);
        }
    }

    void move(const Lease &lease, const Office &from)
    {
        const Format format;
        const QDate last = lease.lastDay();
        const QDate on = m_request.moveOn;
        if (!on.isValid()) {
            refuse(changeField::start, Strings::tr("Choose the day the company moves in to the other office."));
        } else if (on <= lease.start) {
            refuse(changeField::start, Strings::tr("The lease starts on %1: the move comes after that day. To put the whole "
                                                   "lease in another office, edit the lease.")
                                           .arg(format.date(lease.start)));
        } else if (last.isValid() && on > last) {
            refuse(changeField::start,
                   Strings::tr("The lease ends on %1: the move must be by then.").arg(format.date(last)));
        }
        const Office *to = m_records.office(m_request.officeId);
        if (!to)
            refuse(changeField::office, Strings::tr("Choose the office the company moves to."));
        else if (to->id == lease.officeId)
            refuse(changeField::office, Strings::tr("The company is in %1 already: choose another office.").arg(m_change.officeName));
        else if (to->archived)
            refuse(changeField::office, Strings::tr("%1 is archived: choose an office in use.").arg(m_records.officeName(*to)));
        if (!m_change.problems.isEmpty())
            return;

        // The space the company has now, which it needs at least unless told otherwise.
        const bool fromShared = from.kind == OfficeKind::Shared;
        const int hasWorkstations = fromShared ? lease.workstations : from.workstations;
        const double hasArea = fromShared && from.workstations > 0 ? from.areaM2 * lease.workstations / from.workstations
                                                                    : from.areaM2;
        const double neededArea = m_request.neededAreaM2.value_or(hasArea);
        const int neededWorkstations = m_request.neededWorkstations.value_or(hasWorkstations);
        if (neededArea < 0)
            refuse(changeField::area, Strings::tr("The area needed cannot be negative."));
        if (neededWorkstations < 0)
            refuse(changeField::workstations, Strings::tr("The number of workstations needed cannot be negative."));
        const bool toShared = to->kind == OfficeKind::Shared;
        if (toShared && neededWorkstations <= 0)
            refuse(changeField::workstations, Strings::tr("%1 is a shared space let by workstation: say how many workstations "
                                                          "the company needs.")
                                                  .arg(m_records.officeName(*to)));
        if (!m_change.problems.isEmpty())
            return;
        const int getsWorkstations = toShared ? neededWorkstations : to->workstations;
        const double getsArea = toShared && to->workstations > 0 ? to->areaM2 * neededWorkstations / to->workstations
                                                                 : to->areaM2;
        // Compared to a tenth of a square metre, as the forms show areas.
        const bool areaShort = std::round(getsArea * 10) < std::round(neededArea * 10);
        if (areaShort || getsWorkstations < neededWorkstations) {
            const QString gets = Strings::tr("%1 and %2")
                                     .arg(format.area(getsArea), getsWorkstations == 1 ? Strings::tr("1 workstation")
                                                                                       : Strings::tr("%1 workstations")
                                                                                             .arg(getsWorkstations));
            const QString needs = Strings::tr("%1 and %2")
                                      .arg(format.area(neededArea), neededWorkstations == 1
                                                                        ? Strings::tr("1 workstation")
                                                                        : Strings::tr("%1 workstations").arg(neededWorkstations));
            refuse(changeField::office, Strings::tr("%1 gives %2, less than the %3 needed: choose a larger office, or lower "
                                                    "the need.")
                                            .arg(m_records.officeName(*to), gets, needs));
            return;
        }

        Lease ended = lease;
        ended.terminatedOn = on.addDays(-1);
        ended.rentSteps = stepsThrough(lease.rentSteps, ended.terminatedOn);
        m_change.updated << ended;

        Lease moved;
        moved.companyId = lease.companyId;
        moved.officeId = to->id;
        moved.type = lease.type;
        moved.start = on;
        moved.end = last;
        moved.workstations = toShared ? neededWorkstations : 0;
        moved.monthlyChargesCents = lease.monthlyChargesCents;
        moved.depositCents = lease.depositCents;
        moved.noticeMonths = lease.noticeMonths;
        QList<Lease> companyLeases = m_records.leasesOfCompany(lease.companyId);
        for (Lease &mine : companyLeases) {
            if (mine.id == ended.id)
                mine = ended;
        }
        bool scheduled = false;
        moved.rentSteps = stepsOfNewLease(m_records, *to, moved, companyLeases, m_request.rent, rentInForce(lease, on),
                                          scheduled);
        if (!scheduled) {
            // The rent carried over: the steps to come go with it.
            for (const RentStep &step : lease.rentSteps) {
                if (step.from > on)
                    moved.rentSteps << step;
            }
        }
        m_change.added << moved;

        const QList<Lease> changed = changedLeases();
        const Checked old = check(ended, changed);
        for (Problem problem : old.own + old.others) {
            problem.field = changeField::start;
            m_change.problems << problem;
        }
        const Checked arriving = check(changed.last(), changed);
        m_change.problems << renamed(arriving.own, {{QStringLiteral("end"), changeField::office},
                                                    {QStringLiteral("terminated_on"), changeField::office}});
        for (Problem problem : renamed(arriving.others, {{QStringLiteral("start"), changeField::office}})) {
            problem.message += QLatin1Char(' ')
                + (problem.field == changeField::workstations
                       ? Strings::tr("Ask for fewer workstations, or choose another office or another day.")
                       : Strings::tr("Choose another office, or another day."));
            m_change.problems << problem;
        }

        const QString toName = m_records.officeName(*to);
        m_change.summary << Strings::tr("The lease of %1 in %2 ends on %3 instead of %4.")
                                .arg(m_change.companyName, m_change.officeName, format.date(ended.terminatedOn),
                                     last.isValid() ? format.date(last) : Strings::tr("running with no end date"));
        m_change.summary << (last.isValid()
                                 ? Strings::tr("New %1 for %2 in %3 from %4 to %5, on the same terms.")
                                       .arg(label(moved.type), m_change.companyName, toName, format.date(moved.start),
                                            format.date(moved.end))
                                 : Strings::tr("New %1 for %2 in %3 from %4, with no end date, on the same terms.")
                                       .arg(label(moved.type), m_change.companyName, toName, format.date(moved.start)));
        const Stay stay = staysOf(companyLeases).value(lease.companyId);
        describeRent(moved.rentSteps, scheduled, yearOfStay(stay.first, moved.start));
        if (!scheduled)
            rentNote(*to);
        laterLeasesStay(lease, Strings::tr("%1 also has a lease of %2 from %3: it is not moved. Change it too if the "
                                           "company leaves %2 for good."));
    }

    void endEarly(const Lease &lease)
    {
        const Format format;
        const QDate day = m_request.lastDay;
        if (!day.isValid()) {
            refuse(changeField::terminatedOn, Strings::tr("Choose the lease's last day."));
            return;
        }
        if (day < lease.start) {
            refuse(changeField::terminatedOn, Strings::tr("The lease starts on %1: it cannot end before. To call it off, "
                                                          "cancel it in the lease's editor.")
                                                  .arg(format.date(lease.start)));
            return;
        }
        if (lease.end.isValid() && day >= lease.end) {
            refuse(changeField::terminatedOn, Strings::tr("The lease's term is %1: an early end comes before it. To go "
                                                          "past the term, use Extend.")
                                                  .arg(format.date(lease.end)));
            return;
        }
        if (lease.terminatedOn.isValid() && day == lease.terminatedOn) {
            refuse(changeField::terminatedOn,
                   Strings::tr("The lease already ends early on %1: choose another day.").arg(format.date(day)));
            return;
        }
        Lease ended = lease;
        ended.terminatedOn = day;
        ended.rentSteps = stepsThrough(lease.rentSteps, day);
        m_change.updated << ended;

        const QList<Lease> changed = changedLeases();
        const Checked checked = check(ended, changed);
        for (Problem problem : checked.own + checked.others) {
            problem.field = changeField::terminatedOn;
            m_change.problems << problem;
        }

        NoticeCheck &notice = m_change.notice;
        notice.months = lease.noticeMonths;
        notice.lastDay = day;
        if (notice.months > 0) {
            notice.deadline = noticeDeadline(day, notice.months);
            notice.passed = notice.deadline < m_today;
            notice.earliestLastDay = earliestLastDay(m_today, notice.months);
            if (notice.passed && (lease.end.isNull() || notice.earliestLastDay < lease.end)) {
                warn(changeField::terminatedOn,
                     Strings::tr("With %1 of notice, notice to end on %2 had to be given by %3. Given today, it ends the "
                                 "lease on %4 at the earliest: keep %2 only if notice was given in time or both parties "
                                 "agree.")
                         .arg(monthsText(notice.months), format.date(day), format.date(notice.deadline),
                              format.date(notice.earliestLastDay)));
            } else if (notice.passed) {
                warn(changeField::terminatedOn,
                     Strings::tr("With %1 of notice, notice to end on %2 had to be given by %3. Given today, it can no "
                                 "longer end the lease before its term (%4): keep %2 only if notice was given in time or "
                                 "both parties agree.")
                         .arg(monthsText(notice.months), format.date(day), format.date(notice.deadline),
                              format.date(lease.end)));
            }
        }

        const QDate was = lease.lastDay();
        m_change.summary << (was.isValid() ? Strings::tr("The lease of %1 in %2 ends on %3 instead of %4.")
                                                 .arg(m_change.companyName, m_change.officeName, format.date(day),
                                                      format.date(was))
                                           : Strings::tr("The lease of %1 in %2 ends on %3 (it had no end date).")
                                                 .arg(m_change.companyName, m_change.officeName, format.date(day)));
        const qsizetype dropped = lease.rentSteps.size() - ended.rentSteps.size();
        if (dropped == 1)
            m_change.summary << Strings::tr("The rent step planned after that day is dropped.");
        else if (dropped > 1)
            m_change.summary << Strings::tr("The %1 rent steps planned after that day are dropped.").arg(dropped);
        if (notice.months == 0) {
            m_change.summary << Strings::tr("The lease has no notice period.");
        } else if (!notice.passed) {
            m_change.summary << Strings::tr("Notice (%1) to be given by %2.")
                                    .arg(monthsText(notice.months), format.date(notice.deadline));
        }
        laterLeasesStay(lease, Strings::tr("%1 also has a lease of %2 from %3, which still runs: end it too if the "
                                           "company leaves."));
    }

    // ---- what goes with them -------------------------------------------------------------

    // Whether a lease can be renewed or extended: it has an end, and no later lease of the
    // company takes over from it. Refuses the change with the reason otherwise (`openEnded` for
    // a lease without an end).
    bool canGoOn(const Lease &lease, const QString &openEnded)
    {
        if (!lease.lastDay().isValid()) {
            refuse(QString(), openEnded);
            return false;
        }
        return !alreadyFollowed(lease);
    }

    // Refuses a renewal or an extension of a lease that the company's next lease of the same
    // office already follows without a gap: that one is to change.
    bool alreadyFollowed(const Lease &lease)
    {
        const QDate next = lease.lastDay().addDays(1);
        for (const Lease &other : m_records.leasesOfCompany(lease.companyId)) {
            if (other.id != lease.id && !other.cancelled && other.officeId == lease.officeId && other.start == next) {
                refuse(QString(), Strings::tr("%1 already has a lease of %2 from %3, which follows this one: renew or "
                                              "extend that one instead.")
                                      .arg(m_change.companyName, m_change.officeName, Format().date(next)));
                return true;
            }
        }
        return false;
    }

    // How to put right an overlap in the lease's office, from the room it has after `first`.
    QString roomHint(const Room &room, QDate first, bool renewing) const
    {
        const Format format;
        if (!room.freeOnFirst || !room.lastFree.isValid() || room.lastFree < first)
            return renewing ? Strings::tr("There is no room to renew in this office: move the company to another office.")
                            : Strings::tr("There is no room to extend in this office: move the company to another office.");
        if (renewing) {
            const int months = durationOf(first, room.lastFree).months;
            if (months < 1)
                return Strings::tr("The office is free only until %1: renew in another office (Move).").arg(format.date(room.lastFree));
            return Strings::tr("Renew for at most %1 (to %2), or move the company to another office.")
                .arg(monthsText(months), format.date(lastDayWithin(first, months)));
        }
        return Strings::tr("Extend to %1 at the latest, or move the company to another office.").arg(format.date(room.lastFree));
    }

    void describeRent(const QList<RentStep> &steps, bool scheduled, int year)
    {
        if (steps.isEmpty()) {
            m_change.summary << Strings::tr("No rent steps.");
            return;
        }
        m_change.summary << (scheduled ? Strings::tr("Rent, continuing the site's progressive schedule from year %1 of the "
                                                     "stay: %2.")
                                             .arg(year)
                                             .arg(stepsText(steps))
                                       : Strings::tr("Rent: %1.").arg(stepsText(steps)));
    }

    // Why a schedule asked for was not followed.
    void rentNote(const Office &office)
    {
        if (m_request.rent == RentFollows::Schedule && office.rentM2YearCents <= 0) {
            warn(changeField::rent, Strings::tr("%1 has no reference rent: the rent in force is kept.")
                                        .arg(m_records.officeName(office)));
        }
    }

    // Warns of the company's leases of the same office signed for after this one.
    void laterLeasesStay(const Lease &lease, const QString &text)
    {
        const Format format;
        for (const Lease &other : m_records.leasesOfCompany(lease.companyId)) {
            if (other.id != lease.id && !other.cancelled && other.officeId == lease.officeId && other.start > lease.start)
                warn(QString(), text.arg(m_change.companyName, m_change.officeName, format.date(other.start)));
        }
    }

    // The alerts of the company with the change against those without it. Alerts are per company,
    // so the other companies' leases are left out.
    void compareAlerts(Id companyId)
    {
        const Portfolio &portfolio = m_records.portfolio();
        AlertSources sources{portfolio.sites, portfolio.offices, portfolio.companies, m_records.leasesOfCompany(companyId)};
        QList<Alert> before = alertSituations(sources);
        sources.leases = companyLeasesAfter(companyId, changedLeases());
        const QList<Alert> after = alertSituations(sources);

        QList<bool> matched(before.size(), false);
        auto find = [&](const Alert &alert, bool sameDate) -> qsizetype {
            for (qsizetype i = 0; i < before.size(); ++i) {
                const Alert &other = before[i];
                if (!matched[i] && other.kind == alert.kind && other.companyId == alert.companyId
                    && other.officeId == alert.officeId && (!sameDate || other.date == alert.date))
                    return i;
            }
            return -1;
        };
        QList<const Alert *> unmatched;
        for (const Alert &alert : after) {
            const qsizetype same = find(alert, true);
            if (same < 0) {
                unmatched << &alert;
                continue;
            }
            matched[same] = true;
            const Alert &was = before[same];
            const bool longer = (alert.lastsUntil.isNull() && was.lastsUntil.isValid())
                || (alert.lastsUntil.isValid() && was.lastsUntil.isValid() && alert.lastsUntil > was.lastsUntil);
            if (longer)
                trigger(TriggeredAlert::Change::Longer, alert, QDate());
        }
        for (const Alert *alert : std::as_const(unmatched)) {
            const qsizetype other = find(*alert, false);
            if (other >= 0) {
                matched[other] = true;
                trigger(TriggeredAlert::Change::Moved, *alert, before[other].date);
            } else {
                trigger(TriggeredAlert::Change::New, *alert, QDate());
            }
        }
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (!matched[i])
                m_change.resolved << before[i];
        }
    }

    void trigger(TriggeredAlert::Change change, Alert alert, QDate dateBefore)
    {
        const Format format;
        alert.daysAhead = m_today.daysTo(alert.date);
        alert.severity = alertSeverity(alert.kind, alert.date, m_today);
        TriggeredAlert triggered;
        triggered.change = change;
        triggered.dateBefore = dateBefore;
        switch (change) {
        case TriggeredAlert::Change::New:
            triggered.text = alert.message;
            break;
        case TriggeredAlert::Change::Moved:
            triggered.text = Strings::tr("%1 Without this change: on %2.").arg(alert.message, format.date(dateBefore));
            break;
        case TriggeredAlert::Change::Longer:
            triggered.text = Strings::tr("%1 This change makes it last longer.").arg(alert.message);
            break;
        }
        triggered.alert = alert;
        m_change.alerts << triggered;
    }

    Records m_records;
    const LeaseChangeRequest &m_request;
    QDate m_today;
    LeaseChange m_change;
};

} // namespace

QString code(LeaseChangeKind kind)
{
    switch (kind) {
    case LeaseChangeKind::Renew:
        return QStringLiteral("renew");
    case LeaseChangeKind::Extend:
        return QStringLiteral("extend");
    case LeaseChangeKind::Move:
        return QStringLiteral("move");
    case LeaseChangeKind::EndEarly:
        return QStringLiteral("end");
    }
    return QString();
}

QString label(LeaseChangeKind kind)
{
    switch (kind) {
    case LeaseChangeKind::Renew:
        return Strings::tr("Renew");
    case LeaseChangeKind::Extend:
        return Strings::tr("Extend");
    case LeaseChangeKind::Move:
        return Strings::tr("Move to another office");
    case LeaseChangeKind::EndEarly:
        return Strings::tr("End early");
    }
    return QString();
}

int defaultRenewalMonths(const Portfolio &portfolio, const Lease &lease)
{
    const QDate last = lease.lastDay();
    if (!lease.start.isValid() || !last.isValid())
        return 12;
    const int length = std::max(1, durationOf(lease.start, last).months);
    const Records records(portfolio);
    const Office *office = records.office(lease.officeId);
    if (!office)
        return length;
    const Stay stay = staysOf(records.leasesOfCompany(lease.companyId)).value(lease.companyId);
    if (!stay.first.isValid())
        return length;
    // What the site's maximum leaves after the lease's last day, when that is at least a month.
    const int spent = durationOf(stay.first, last).months;
    const int left = records.maxStayMonths(*office) - spent;
    return left >= 1 ? std::min(length, left) : length;
}

QDate earliestLastDay(QDate noticeGiven, int months)
{
    if (!noticeGiven.isValid())
        return QDate();
    if (months <= 0)
        return noticeGiven;
    // The smallest last day whose noticeDeadline is on or after the day notice is given: the
    // notice period runs whole from the next day. Adding months stops at a month's end (30/11 +
    // 3 months is 28/02); the period would then fall short, and the next day is the first whole.
    const QDate from = noticeGiven.addDays(1);
    QDate after = from.addMonths(months);
    if (after.addMonths(-months) < from)
        after = after.addDays(1);
    return after.addDays(-1);
}

LeaseChange proposeLeaseChange(const Portfolio &portfolio, const LeaseChangeRequest &request, QDate today)
{
    return Proposal(portfolio, request, today).make();
}

} // namespace pepin
