// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Kinds.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pepin {

// Plain values, as stored. An id of 0 means "not stored yet"; `version` counts the changes a
// row has had, so that an edit made from stale data is detected instead of overwriting.
// Money is in integer cents, never in floating point.

using Id = qint64;
using Cents = qint64;

// Whether `day` is one of the days from `first` to `last`, both included; a null date leaves its
// side open. The one rule of an office in service, a lease active and a stay ongoing on a day.
inline bool withinDays(QDate day, QDate first, QDate last)
{
    return (first.isNull() || first <= day) && (last.isNull() || day <= last);
}

struct Sector
{
    Id id = 0;
    QString name;
    QString color; // #rrggbb
    bool archived = false;
    int version = 1;
};

struct Site
{
    Id id = 0;
    QString name;
    QString address;
    int maxStayMonths = 48;
    // Default progressive rent schedule, in percent of the reference rent for years 1, 2, 3…
    QList<int> rentProgression{70, 85, 100};
    QString notes;
    bool archived = false;
    int version = 1;
};

struct Office
{
    Id id = 0;
    Id siteId = 0;
    QString code;
    QString floor;
    double areaM2 = 0;
    int workstations = 0;
    OfficeKind kind = OfficeKind::Private;
    Cents rentM2YearCents = 0; // reference rent, € per m² per year
    QDate availableFrom;       // null: unbounded
    QDate availableUntil;      // null: unbounded
    QString notes;
    bool archived = false;
    int version = 1;

    bool inService(QDate day) const { return withinDays(day, availableFrom, availableUntil); }
};

struct HeadcountEntry
{
    QDate asOf;
    int headcount = 0;
};

struct Company
{
    Id id = 0;
    QString name;
    QString siret; // 14 digits or empty
    QString naf;
    Id sectorId = 0; // 0: no sector
    QDate createdOn;
    std::optional<CompanyStage> stage;
    QString contact;
    QString email;
    QString phone;
    QString notes;
    QDate exitDate;
    std::optional<ExitReason> exitReason;
    QList<HeadcountEntry> headcounts; // ordered by date
    bool archived = false;
    int version = 1;

    // The last known headcount on or before `day`, or nullopt.
    std::optional<int> headcountOn(QDate day) const;
};

struct RentStep
{
    QDate from;
    Cents monthlyRentCents = 0; // excluding VAT
};

struct Lease
{
    Id id = 0;
    Id companyId = 0;
    Id officeId = 0;
    LeaseType type = LeaseType::Precaire;
    QDate start;
    QDate end;          // null: open-ended
    QDate terminatedOn; // null: runs to its end
    int workstations = 0; // shared offices only; 0 for a private office
    QList<RentStep> rentSteps; // ordered by date
    Cents monthlyChargesCents = 0;
    Cents depositCents = 0;
    int noticeMonths = 0;
    bool cancelled = false;
    QString notes;
    int version = 1;

    // The last day the company may use the office: the termination if any, else the end;
    // null for an open-ended lease.
    QDate lastDay() const { return terminatedOn.isValid() ? terminatedOn : end; }

    bool activeOn(QDate day) const { return !cancelled && withinDays(day, start, lastDay()); }

    // Whether [start, last day] of the two leases share at least one day.
    bool overlaps(const Lease &other) const;

    // The rent step in force on `day`, if any.
    std::optional<Cents> monthlyRentOn(QDate day) const;
};

struct Application
{
    Id id = 0;
    Id companyId = 0;
    double neededAreaM2 = 0;
    int neededWorkstations = 0;
    QDate wishedStart;
    ApplicationStatus status = ApplicationStatus::Received;
    QDate committeeDate;
    QString decision;
    int priority = 0; // higher first
    QString notes;
    QDate receivedOn;
    int version = 1;
};

// An office's name as every list and message gives it: its code and its site's name, "A12
// (Pépinière de Valenciennes)", or its code alone when it has no site.
QString officeName(const Office &office, const Site *site);

} // namespace pepin

// A record may be moved as its bytes: its texts and lists are Qt's, which allow it, and the rest
// are plain values. A list of records then grows, and takes records in and out, by moving its
// memory whole rather than record by record.
Q_DECLARE_TYPEINFO(pepin::Sector, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(pepin::Site, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(pepin::Office, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(pepin::HeadcountEntry, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(pepin::Company, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(pepin::RentStep, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(pepin::Lease, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(pepin::Application, Q_RELOCATABLE_TYPE);
