// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_parse: libFuzzer's entry points around the date and number parsers (ParseTarget.cpp).
#include "Targets.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    pepin::fuzz::initialise(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return pepin::fuzz::parse(data, size);
}
