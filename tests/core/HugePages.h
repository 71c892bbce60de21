// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>

// What the system says of the memory of this process (Linux), for the tests of util/Memory.h and
// their helper program. No assertion here: other threads and programs call these.
namespace pepin::test {

// The system's huge page setting: "always", "madvise" (on request) or "never"; empty when the
// system has none.
std::string hugePageMode();

// Whether the system would back the mapping that holds `address` with huge pages, as it says in
// /proc/self/smaps.
bool hugePagesAt(const void *address);

// A block of `size` bytes, written to (so that it cannot be left out), and the address of its
// middle (null when there was no memory).
struct Block
{
    explicit Block(std::size_t size);
    ~Block();
    Block(const Block &) = delete;
    Block &operator=(const Block &) = delete;
    const void *middle() const { return bytes ? bytes + size / 2 : nullptr; }

    char *volatile bytes;
    std::size_t size;
};

} // namespace pepin::test
