// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"

#include <QList>

namespace pepin {

// The monthly rent of an office at `percent` of its reference rent, to the cent:
// area × € per m² per year × percent / 100 / 12, rounded half away from zero.
Cents monthlyRentAt(const Office &office, int percent);

// The rent steps of a lease from a progressive schedule (percentages of the reference rent for
// years 1, 2, 3… of the company's stay, the last one holding after): one step per year of the
// stay that the lease covers, from `start` to `last` (null: open-ended). A renewal continues
// the schedule where the stay has reached, instead of starting it again.
QList<RentStep> progressiveRentSteps(const Office &office, const QList<int> &progression, QDate stayStart, QDate start,
                                     QDate last);

// The rent steps a new lease gets when nobody types its rent, in one place for the command line
// and the GUI: `progression` (the site's, or one chosen for this lease) applied to the office's
// reference rent from the start of the company's stay, which is its earliest lease among
// `companyLeases` (other companies' leases, cancelled ones and `lease` itself are ignored) or
// else this lease's start, up to the lease's last day. A lease in a shared office pays the share
// of the office that its workstations are. Empty when the office has no reference rent, the
// progression is empty or the lease has no start.
QList<RentStep> stepsForNewLease(const Office &office, const QList<int> &progression, const QList<Lease> &companyLeases,
                                 const Lease &lease);

} // namespace pepin
