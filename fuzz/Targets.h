// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>
#include <stdexcept>

// What each fuzzer does with one input. The fuzzers (main_*.cpp, built with PEPIN_FUZZ) are
// libFuzzer's entry points around these; the test suite replays the inputs they keep through the
// same functions, without libFuzzer (tests/core/FuzzReplayTest.cpp).
//
// Memory errors and undefined behaviour are the sanitizers' to find. The targets also check what
// the code promises, whatever the input; a promise not kept throws Broken, which ends the fuzzer
// like a crash (and fails a replay).
namespace pepin::fuzz {

class Broken : public std::logic_error
{
public:
    using std::logic_error::logic_error;
};

// The bytes as a CSV file a user imports: decoded, read, previewed and imported (into a
// database of a few records, the import then undone).
int csv(const uint8_t *data, size_t size);
// The text, as UTF-8, through the date and number parsers of util/Parse.h.
int parse(const uint8_t *data, size_t size);
// The bytes as a database file a user opens: examined, opened read-only and as the programs open
// it, then checked and its occupancy computed when it opens.
int database(const uint8_t *data, size_t size);

// Once, before the first input: the QCoreApplication that Qt Sql needs, C formats.
void initialise(int &argc, char **argv);

// Writes a small Pépin database of this version, with a few records of each kind, to `path`: a
// seed for the database fuzzer that always matches the current schema.
void writeDatabaseSeed(const QString &path);

} // namespace pepin::fuzz
