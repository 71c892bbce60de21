// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "figures/Portfolio.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pepin {

// Which offices to consider for a company that needs space: the assignment assistant of the GUI
// and `pepin-cli suggest` both ask here. Whether an office is free is never decided here: the
// lease that would be signed is put to Rules::checkLease and Rules::checkLeaseAgainstOthers, the
// very checks the Store runs before writing it, so an office offered as free can be let.

enum class AssignmentKind { Any, Private, Shared };

struct AssignmentRequest
{
    double areaM2 = 0;    // needed, 0: no need stated
    int workstations = 0; // needed, 0: no need stated (a shared office needs at least one)
    QDate from;           // first day
    QDate last;           // last day, included
    Id siteId = 0;        // preferred site, 0: none
    QString floor;        // preferred floor, empty: none
    AssignmentKind kind = AssignmentKind::Any;
    Id companyId = 0;     // who the lease is for, 0: not known yet
    LeaseType type = LeaseType::Precaire;
};

// What is wrong with a request (a missing date, the end before the start, a negative need), by
// field, in the user's language. suggestAssignment of a request with problems suggests nothing.
QList<Problem> checkAssignmentRequest(const AssignmentRequest &request);

// A gap left free shorter than this cannot be let in practice: nobody signs for less.
constexpr int minLettableMonths = 3;

// A lease of the office that takes some of the period asked for.
struct AssignmentConflict
{
    Id leaseId = 0;
    Id companyId = 0;
    QString company;
    QDate start;
    QDate last;           // null: open-ended
    int workstations = 0; // shared offices: the workstations it takes
};

// Days of the period on which the office could take the lease, both ends included.
struct FreeStretch
{
    QDate first;
    QDate last;
};

struct AssignmentCandidate
{
    Office office;
    QString officeName; // "B12 (Ateliers numériques)"
    QString siteName;
    // The lease that would be signed: company, office, dates, type, workstations (shared
    // offices) and the rent steps of the site's progressive schedule.
    Lease lease;
    double areaM2 = 0;    // the space the company would have: the office, or its share of a shared one
    int workstations = 0; // likewise
    bool onPreferredSite = false;
    bool onPreferredFloor = false;
    // How much more than needed, as fractions of the need, area and workstations added (0: exact).
    double excess = 0;
    // Gaps shorter than minLettableMonths left between the lease and its neighbours (private
    // offices: the lease before, the lease after, the end of the office's availability).
    int unlettableGaps = 0;
    qint64 unlettableDays = 0;
    // Why it ranks where it does, or why it is only partly free, one sentence each.
    QStringList reasons;

    // Partly free offices only: the leases in the way, what the rules say, the free days.
    QList<AssignmentConflict> conflicts;
    QList<Problem> problems;
    QList<FreeStretch> freeStretches;
};

struct AssignmentSuggestion
{
    // Free over the whole period, best first: on the preferred site, then on the preferred
    // floor, then the closest fit (least excess), then the fewest unlettable gaps (and days),
    // then by office.
    QList<AssignmentCandidate> free;
    // Big enough and free on some days of the period but not all, with what is in the way: on
    // the preferred site, then floor, then the most free days, then the closest fit.
    QList<AssignmentCandidate> partlyFree;
};

// The offices (not archived) big enough for `request`, free over the whole period or partly.
// Offices too small, of the other kind, or taken all through the period are left out.
AssignmentSuggestion suggestAssignment(const Portfolio &portfolio, const AssignmentRequest &request);

} // namespace pepin
