// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/CommandText.h"
#include "domain/Entities.h"
#include "service/Store.h"
#include "storage/Tables.h"

#include <optional>

namespace pepin {

// How the commands reach the Store for each kind of record, so that one command template
// serves them all, and how they tell that a record is still as they left it: every stored
// field and its children (headcounts, rent steps) equal; the row's version is not compared, as
// undo and redo move it on.
template<typename T>
struct RecordAccess;

namespace detail {

inline bool sameChildren(const Company &a, const Company &b)
{
    if (a.headcounts.size() != b.headcounts.size())
        return false;
    for (qsizetype i = 0; i < a.headcounts.size(); ++i) {
        if (a.headcounts[i].asOf != b.headcounts[i].asOf || a.headcounts[i].headcount != b.headcounts[i].headcount)
            return false;
    }
    return true;
}

inline bool sameChildren(const Lease &a, const Lease &b)
{
    if (a.rentSteps.size() != b.rentSteps.size())
        return false;
    for (qsizetype i = 0; i < a.rentSteps.size(); ++i) {
        if (a.rentSteps[i].from != b.rentSteps[i].from || a.rentSteps[i].monthlyRentCents != b.rentSteps[i].monthlyRentCents)
            return false;
    }
    return true;
}

template<typename T>
bool sameChildren(const T &, const T &)
{
    return true;
}

} // namespace detail

// The stored content of two records is the same.
template<typename T>
bool sameRecord(const T &a, const T &b)
{
    return a.id == b.id && rowOf(a) == rowOf(b) && detail::sameChildren(a, b);
}

template<>
struct RecordAccess<Sector>
{
    static std::optional<Sector> read(Store &store, Id id) { return store.sector(id); }
    static Result<Sector> add(Store &store, const Sector &record) { return store.addSector(record); }
    static Result<Sector> update(Store &store, const Sector &record) { return store.updateSector(record); }
    static Status remove(Store &store, Id id) { return store.removeSector(id); }
};

template<>
struct RecordAccess<Site>
{
    static std::optional<Site> read(Store &store, Id id) { return store.site(id); }
    static Result<Site> add(Store &store, const Site &record) { return store.addSite(record); }
    static Result<Site> update(Store &store, const Site &record) { return store.updateSite(record); }
    static Status remove(Store &store, Id id) { return store.removeSite(id); }
};

template<>
struct RecordAccess<Office>
{
    static std::optional<Office> read(Store &store, Id id) { return store.office(id); }
    static Result<Office> add(Store &store, const Office &record) { return store.addOffice(record); }
    static Result<Office> update(Store &store, const Office &record) { return store.updateOffice(record); }
    static Status remove(Store &store, Id id) { return store.removeOffice(id); }
};

template<>
struct RecordAccess<Company>
{
    static std::optional<Company> read(Store &store, Id id) { return store.company(id); }
    static Result<Company> add(Store &store, const Company &record) { return store.addCompany(record); }
    static Result<Company> update(Store &store, const Company &record) { return store.updateCompany(record); }
    static Status remove(Store &store, Id id) { return store.removeCompany(id); }
};

template<>
struct RecordAccess<Lease>
{
    static std::optional<Lease> read(Store &store, Id id) { return store.lease(id); }
    static Result<Lease> add(Store &store, const Lease &record) { return store.addLease(record); }
    static Result<Lease> update(Store &store, const Lease &record) { return store.updateLease(record); }
    static Status remove(Store &store, Id id) { return store.removeLease(id); }
};

template<>
struct RecordAccess<Application>
{
    static std::optional<Application> read(Store &store, Id id) { return store.application(id); }
    static Result<Application> add(Store &store, const Application &record) { return store.addApplication(record); }
    static Result<Application> update(Store &store, const Application &record) { return store.updateApplication(record); }
    static Status remove(Store &store, Id id) { return store.removeApplication(id); }
};

} // namespace pepin
