// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "figures/OccupancyFilter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pepin {

// Legal and policy alerts on the terms of occupation, computed per company and office, each with
// the rule it quotes. A rule is broken on a date: the first day on which the situation the data
// describes (the leases as recorded, including those already signed for later) goes past it.
enum class AlertKind {
    // Code de commerce L145-5: the short-term (dérogatoire) leases of the same company in the
    // same office, from the first one's start to the last one's last day, pass 36 months.
    DerogatoireOver36Months,
    // L145-5: the company still occupies the office more than a month after a short-term lease's
    // term, under an agreement that is neither a commercial lease nor another short-term lease
    // (that one is the first rule's business). Dated term + 1 month + 1 day.
    DerogatoireOverstay,
    // The site's policy: a stay (figures/Stays.h) passes the site's maximum (48 months by default).
    StayOverMaximum,
    // Précaire agreements stacking up, in the same office without a day's gap: a third one.
    PrecaireRenewals,
    // … or such a chain running past 36 months.
    PrecaireOver36Months,
};

enum class AlertSeverity { Info, Warning, Critical };

// Stable codes for the command line, CSV and JSON ("derogatoire_over_36_months", "critical"), and
// translated labels for people.
QString code(AlertKind kind);
QString code(AlertSeverity severity);
QString label(AlertKind kind);
QString label(AlertSeverity severity);

struct Alert
{
    AlertKind kind = AlertKind::DerogatoireOver36Months;
    AlertSeverity severity = AlertSeverity::Info;
    Id companyId = 0;
    Id officeId = 0;
    QList<Id> leaseIds; // the leases that make the situation, by start
    QDate date;         // the first day the rule is broken
    // The last day the situation lasts as recorded (null: open-ended). An alert already broken
    // is shown only until then.
    QDate lastsUntil;
    qint64 daysAhead = 0; // from the day of the check to `date`; 0 or less: already broken
    QString message;      // in the user's language, naming the company, the office and the dates
    QString rule;         // the rule quoted, in short

    bool broken() const { return daysAhead <= 0; }
};

// What the alerts are computed from: every record, as the Store reads them.
struct AlertSources
{
    QList<Site> sites;
    QList<Office> offices;
    QList<Company> companies;
    QList<Lease> leases;
};

// How far ahead alerts are shown, and the severity by how near they are: on `day`, an alert is
// shown when its date is at most `withinMonths` months ahead, or when it is already broken while
// its situation lasts. It is critical when broken or at most 1 month ahead, a warning at most 3
// months ahead, else information. Précaire alerts are at most warnings: they point at a risk of
// requalification, not at a rule broken.
constexpr int alertWarningMonths = 3;
constexpr int alertCriticalMonths = 1;
constexpr int defaultAlertMonths = 6;
AlertSeverity alertSeverity(AlertKind kind, QDate date, QDate day);

// Every situation that breaks a rule at some date, whatever today is: `daysAhead` and
// `severity` are left as they are until alertsOn sets them. By date, then company.
QList<Alert> alertSituations(const AlertSources &sources);

// The alerts to show on `day` for the offices that `filter` keeps, by date, then company.
QList<Alert> alertsOn(const AlertSources &sources, QDate day, int withinMonths = defaultAlertMonths,
                      const OccupancyFilter &filter = {});

} // namespace pepin
