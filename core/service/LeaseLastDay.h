// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "service/Rules.h"
#include "util/Result.h"

#include <QList>

namespace pepin {

// A lease given another last day and nothing else: what dragging the end of its bar on the
// planning asks. The planning previews it with these checks while the bar is dragged, and the
// change is checked again against the stored leases before it is written (and by the Store when
// writing).

// `lease` ending on `last`, both included. A lease ended early keeps its term (or its lack of
// one) and moves its early end while `last` is within the term; past the term, the term moves to
// `last` and the early end is withdrawn. Otherwise its end becomes `last`. Rent steps starting after `last` would never be
// in force and are dropped. An open-ended lease, or an invalid `last`, is returned unchanged.
Lease withLastDay(Lease lease, QDate last);

// The domain's rules on the changed lease (Rules::checkLease) and against the other leases of its
// office (Rules::checkLeaseAgainstOthers: a private office's next tenant, a shared office's
// capacity). Empty when the change can be written.
QList<Problem> checkLastDay(const Lease &changed, const Office &office, const QString &officeName,
                            const QList<Lease> &officeLeases, const Rules::CompanyName &companyName);

} // namespace pepin
