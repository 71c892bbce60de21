// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>

namespace pepin {

class Store;

// A synthetic network of pépinières, for measuring Pépin at the scale of a region: sites opened
// over the years, private offices and shared spaces of realistic sizes, companies of every
// sector staying one to four years on a progressive rent, renewals, gaps between tenants,
// early terminations, exits with their outcome, signed leases starting in the coming months,
// and the applications that were not housed (declined ones, and today's waiting list).
//
// The same spec and seed give the same database, on any machine: the generator draws from its
// own random sequence, not from the standard library's distributions, whose results differ
// between implementations. Dates are relative to the clock's today.
class NetworkGenerator
{
    Q_DECLARE_TR_FUNCTIONS(pepin::NetworkGenerator)

public:
    struct Spec
    {
        int sites = 20;
        int offices = 2000;
        int companies = 30000;
        int years = 25;
        quint64 seed = 1;
    };
    // The stress scale: ten times the network's sites, offices and companies (some 100 offices a
    // site, as in the network), over the same years.
    static Spec stressSpec();

    struct Counts
    {
        int sites = 0;
        int offices = 0;
        int companies = 0;
        int leases = 0;
        int applications = 0;
    };

    // What makes a spec unusable, in a sentence per problem; empty when it can be generated.
    static QList<Problem> check(const Spec &spec);

    // Fills an empty database through the Store, in one transaction: all of it or nothing.
    // `progress` is told the fraction done (0 to 1) now and then.
    static Result<Counts> populate(Store &store, const Spec &spec, const Clock &clock,
                                   const std::function<void(double)> &progress = {});
};

} // namespace pepin
