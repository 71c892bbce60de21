// SPDX-License-Identifier: GPL-3.0-or-later
#include "HugePages.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace pepin::test {

std::string hugePageMode()
{
    FILE *setting = std::fopen("/sys/kernel/mm/transparent_hugepage/enabled", "re");
    if (!setting)
        return {};
    char text[128] = {};
    const bool read = std::fgets(text, sizeof text, setting) != nullptr;
    std::fclose(setting);
    const char *open = read ? std::strchr(text, '[') : nullptr;
    const char *close = open ? std::strchr(open, ']') : nullptr;
    return close ? std::string(open + 1, close) : std::string();
}

bool hugePagesAt(const void *address)
{
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    FILE *smaps = address ? std::fopen("/proc/self/smaps", "re") : nullptr;
    if (!smaps)
        return false;
    char *line = nullptr;
    std::size_t capacity = 0;
    bool inside = false;
    bool eligible = false;
    while (getline(&line, &capacity, smaps) > 0) {
        unsigned long from = 0;
        unsigned long to = 0;
        if (std::sscanf(line, "%lx-%lx ", &from, &to) == 2) { // the line that opens a mapping
            inside = from <= at && at < to;
            continue;
        }
        int value = 0;
        if (inside && std::sscanf(line, "THPeligible: %d", &value) == 1) {
            eligible = value == 1;
            break;
        }
    }
    std::free(line);
    std::fclose(smaps);
    return eligible;
}

Block::Block(std::size_t size)
    : bytes(static_cast<char *>(std::malloc(size)))
    , size(size)
{
    if (bytes)
        std::memset(bytes, 1, size);
}

Block::~Block()
{
    std::free(bytes);
}

} // namespace pepin::test
