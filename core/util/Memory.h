// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pepin {

// Has the memory this process gives back kept for what it takes next, rather than returned to the
// system at once: the lists read again (another database opened, another program's change) then
// reuse the memory of those they replace. Memory the system hands out is cleared page by page when
// first touched, which costs some 11 µs a page on a virtual machine: on a network of 30,000
// companies, the second read of a process took 140 to 175 ms with glibc's defaults, 97 to 105 ms
// with this. Called first thing by the programs that read whole portfolios again and again: the
// application and the benchmark. Does nothing where the C library is not GNU's.
void keepFreedMemory();

} // namespace pepin
