// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"

#include <QList>

namespace pepin {

// The waiting list: the applications that still wait for an office (received, before the
// committee or accepted), not those housed or declined.
bool waitsForOffice(ApplicationStatus status);

// How many applications received on or before `day` (or with no date of receipt) wait for an
// office. Pépin keeps each application's status as it is now, not its history: for a day in
// the past this is "those received by then that still wait", not the list as it was then.
int waitingListLength(const QList<Application> &applications, QDate day);

} // namespace pepin
