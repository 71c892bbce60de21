// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

namespace pepin {

// How the memory of a program that reads whole portfolios is taken from the system. Memory the
// system hands out is cleared page by page when first touched, at some 11 µs a page on a virtual
// machine; the lists of a network of 30,000 companies touch some 10,000 pages of 4 KB, which was
// most of the application's first start. With this, where the C library is GNU's:
// - blocks of up to 32 MB come from the heaps rather than mappings of their own, and up to 256 MB
//   free at the top of a heap stays with the process, so that the lists read again (another
//   database, another program's change) reuse the memory of those they replace;
// - the heaps grow 64 MB at a time, and this thread's heap asks the system for huge pages of
//   2 MB (adviseHugePagesForThisThread), which it grants where it does so on request (the
//   default of Debian's kernels).
// Called first thing by the application and the benchmark. Returns false, having done nothing,
// where the C library is not GNU's.
bool tuneMemory();

// Asks the system for huge pages for the heap this thread allocates from, from the memory it has
// not touched yet; once a thread, whatever the number of calls. Called by tuneMemory for the
// main thread and by the thread beside (util/Beside.h). Does nothing in a program that has not
// called tuneMemory (its heaps do not grow by whole huge pages), where the C library is not
// GNU's, or where the system gives no huge pages. Returns whether this call asked.
bool adviseHugePagesForThisThread();

// Starts this program again, at once, with the C library asking the system for huge pages for
// every heap and large block as it takes them (GNU's tunable glibc.malloc.hugetlb=1), which
// the C library reads only as a program starts. Advising each thread's heap once
// (adviseHugePagesForThisThread) misses the memory taken as the heaps grow, and the lists of
// over 32 MB, mapped on their own: a new process on the stress file took some 65,000 page faults
// (64,695 in the run measured), 2,256 with this.
// Returns, having started nothing, where the variable GLIBC_TUNABLES already sets that tunable
// (the user's choice is kept), where the C library is not GNU's 2.35 or later, where the system
// gives no huge pages, under valgrind (which would stop following the program), or when the new
// start fails. In the program started again, it gives GLIBC_TUNABLES back its first value, so
// that the programs it starts inherit nothing. Starting again loads the program's libraries a
// second time, some 30 ms here: on a network's file, a little more than it saves on the first
// dashboard (10 to 30 ms); on the stress file, a fifteenth of what it saves (some 450 ms).
// Called first thing in main() by the application and the benchmark, before any thread or Qt
// object exists; `argv` is main's.
void startWithHugePageHeaps(char *argv[]);

// The value of GLIBC_TUNABLES that adds glibc.malloc.hugetlb=1 to `current` (null: not set), or
// nothing where `current` sets glibc.malloc.hugetlb already.
std::optional<std::string> tunablesWithHugePageHeaps(const char *current);

} // namespace pepin
