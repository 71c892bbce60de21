// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "figures/Alerts.h"
#include "figures/Portfolio.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pepin {

// The changes a manager makes to a running lease, proposed before anything is written: what
// would be stored, what the domain's rules refuse, and which legal and policy alerts the change
// would bring. The GUI's lease change dialog and `pepin-cli lease renew|extend|move|end` both
// ask here, then write the records through the Store, which checks the same rules again.
// Nothing here writes.

enum class LeaseChangeKind {
    // A new lease in the same office from the day after the lease's last day, for some months,
    // its rent continuing the progressive schedule where the stay has reached.
    Renew,
    // The same lease running to a later end (an early end is withdrawn).
    Extend,
    // The lease ended the day before the move, and a new one in another office from that day to
    // the lease's last day, on the same terms.
    Move,
    // The lease ended on an earlier day than its term, with the notice that requires.
    EndEarly,
};

// Stable codes for the command line ("renew", "extend", "move", "end") and translated labels.
QString code(LeaseChangeKind kind);
QString label(LeaseChangeKind kind);

// How the rent goes on over the days the change lets.
enum class RentFollows {
    // The site's progressive schedule, from the start of the company's stay (year 2, 3… of the
    // stay, not year 1 again), when the office has a reference rent; else the current rent.
    Schedule,
    // The rent in force on the lease's last day (renew, extend) or on the day of the move.
    CurrentRent,
};

// The fields of a change, as problems and warnings name them (the command line's options are
// the same words: --months, --type, --end, --site/--office, --start, --area, --workstations,
// --terminated-on).
namespace changeField {
inline const QString months = QStringLiteral("months");
inline const QString type = QStringLiteral("type");
inline const QString end = QStringLiteral("end");
inline const QString office = QStringLiteral("office");
inline const QString start = QStringLiteral("start");
inline const QString area = QStringLiteral("area_m2");
inline const QString workstations = QStringLiteral("workstations");
inline const QString terminatedOn = QStringLiteral("terminated_on");
inline const QString rent = QStringLiteral("rent");
} // namespace changeField

struct LeaseChangeRequest
{
    LeaseChangeKind kind = LeaseChangeKind::Renew;
    Id leaseId = 0;
    RentFollows rent = RentFollows::Schedule;

    // Renew: for how many months (0: defaultRenewalMonths) and under which type (none: the
    // lease's own).
    int months = 0;
    std::optional<LeaseType> type;

    // Extend: the new end.
    QDate end;

    // Move: the first day in the other office, the office, and the space needed there (none:
    // the space the company has now).
    QDate moveOn;
    Id officeId = 0;
    std::optional<double> neededAreaM2;
    std::optional<int> neededWorkstations;

    // End early: the lease's new last day.
    QDate lastDay;
};

// When notice must be given to end a lease on a day (figures/Expiries.h noticeDeadline).
struct NoticeCheck
{
    int months = 0;        // the lease's notice period; 0: none
    QDate lastDay;         // the day the lease would end
    QDate deadline;        // the last day to give notice for that end; null without a notice period
    bool passed = false;   // the deadline is before today
    QDate earliestLastDay; // the first day the lease can end on with notice given today
};

// An alert that the change would bring, or move to another date, or make last longer.
struct TriggeredAlert
{
    enum class Change {
        New,     // no such situation without the change
        Moved,   // the same rule broken by the same company in the same office, on another day
        Longer,  // the same situation, lasting longer
    };
    Change change = Change::New;
    Alert alert;       // as it would be, its severity and days ahead counted from today
    QDate dateBefore;  // Moved: the date it had without the change
    QString text;      // one sentence for people: what happens, the rule quoted after it
};

struct LeaseChange
{
    LeaseChangeKind kind = LeaseChangeKind::Renew;
    Lease lease;          // the lease as read
    QString companyName;
    QString officeName;   // "B12 (Ateliers numériques)"

    // The records to write: leases changed (with the version read, so that a change made
    // elsewhere meanwhile is refused) and leases to add (id 0).
    QList<Lease> updated;
    QList<Lease> added;

    // What refuses the change, field by field, saying how to put it right: nothing can be saved.
    QList<Problem> problems;
    // What the manager should know but may go on with (notice given late, a lease signed for
    // later left where it is).
    QList<Problem> warnings;
    // The alerts the change would trigger, and those it would put an end to.
    QList<TriggeredAlert> alerts;
    QList<Alert> resolved;
    // End early: the notice it requires.
    NoticeCheck notice;

    // What would be written, one sentence each, in the user's language.
    QStringList summary;

    bool accepted() const { return problems.isEmpty() && (!updated.isEmpty() || !added.isEmpty()); }
};

// The renewal's length when none is chosen: the lease's own length in whole months, or less when
// the site's maximum stay leaves less room (but at least a month).
int defaultRenewalMonths(const Portfolio &portfolio, const Lease &lease);

// The first day a lease can end on when notice of `months` months is given on `noticeGiven`:
// the inverse of noticeDeadline. Notice given on 31/01/2026 with one month ends on 28/02/2026
// at the earliest; on 30/09/2026 with three months, on 31/12/2026; on 29/11/2026 with three
// months, on 28/02/2027 (ending on 27/02/2027 needed notice by 27/11/2026).
QDate earliestLastDay(QDate noticeGiven, int months);

// The change that `request` asks of its lease in `portfolio`, as of `today`. A lease that is not
// in the portfolio, or cancelled, gives a change with a problem and nothing to write.
LeaseChange proposeLeaseChange(const Portfolio &portfolio, const LeaseChangeRequest &request, QDate today);

} // namespace pepin
