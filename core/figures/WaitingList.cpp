// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/WaitingList.h"

#include <algorithm>

namespace pepin {

bool waitsForOffice(ApplicationStatus status)
{
    return status == ApplicationStatus::Received || status == ApplicationStatus::Committee
        || status == ApplicationStatus::Accepted;
}

int waitingListLength(const QList<Application> &applications, QDate day)
{
    return int(std::count_if(applications.cbegin(), applications.cend(), [day](const Application &application) {
        const bool received = !application.receivedOn.isValid() || !day.isValid() || application.receivedOn <= day;
        return received && waitsForOffice(application.status);
    }));
}

} // namespace pepin
