// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_database: libFuzzer's entry points around the database opener (DatabaseTarget.cpp).
#include "Targets.h"

#include <QString>

#include <cstdlib>

// With PEPIN_FUZZ_WRITE_SEED set, writes a Pépin database of this version there, as a seed, and
// exits (scripts/fuzz).
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    pepin::fuzz::initialise(*argc, *argv);
    if (const QString seed = qEnvironmentVariable("PEPIN_FUZZ_WRITE_SEED"); !seed.isEmpty()) {
        pepin::fuzz::writeDatabaseSeed(seed);
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return pepin::fuzz::database(data, size);
}
