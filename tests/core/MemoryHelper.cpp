// SPDX-License-Identifier: GPL-3.0-or-later
// pepin-memory-helper: started by the memory tests, it begins as the application does
// (startWithHugePageHeaps first thing), then says what it finds, one line each:
//
//   tunables=VALUE   GLIBC_TUNABLES, as the programs it starts would inherit it, or (unset)
//   first=VALUE      PEPIN_FIRST_GLIBC_TUNABLES likewise
//   huge=0|1         whether a block of 40 MB, as large as the largest lists, lies in memory
//                    advised for huge pages (nothing here tunes the memory otherwise)
#include "HugePages.h"

#include "util/Memory.h"

#include <cstdio>
#include <cstdlib>

int main(int, char *argv[])
{
    pepin::startWithHugePageHeaps(argv);
    for (const char *name : {"GLIBC_TUNABLES", "PEPIN_FIRST_GLIBC_TUNABLES"}) {
        const char *value = std::getenv(name);
        std::printf("%s=%s\n", name[0] == 'G' ? "tunables" : "first", value ? value : "(unset)");
    }
    const pepin::test::Block block(40 * 1024 * 1024);
    std::printf("huge=%d\n", pepin::test::hugePagesAt(block.middle()) ? 1 : 0);
    return 0;
}
