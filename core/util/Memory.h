// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
// not touched yet; once a thread, whatever the number of calls. Called by the thread beside
// (util/Beside.h), which reads the companies of Store::readLists. Does nothing in a program that has not called tuneMemory (its
// heaps do not grow by whole huge pages), where the C library is not GNU's, or where the system
// gives no huge pages. Returns whether this call asked.
bool adviseHugePagesForThisThread();

} // namespace pepin
