// SPDX-License-Identifier: GPL-3.0-or-later
// pepin-peak-memory REPORT COMMAND [ARGUMENT...]
//
// Runs COMMAND, writes the most memory it held at once (its resident set's high-water mark, in
// kilobytes) to the file REPORT, and exits as COMMAND did. The benchmark starts the programs
// whose peak memory it reports through this one.
//
// Linux gives a program started by another, as its peak, at least the memory of the program that
// started it: the replaced memory's high-water mark is kept across the exec. Started straight from
// the benchmark, which by then holds a network's lists, pepin-cli "took" 168 MB when it takes
// 29 MB. This program is small, and its own child starts from it.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s REPORT COMMAND [ARGUMENT...]\n", argv[0]);
        return 2;
    }
    const pid_t child = fork();
    if (child < 0) {
        std::fprintf(stderr, "%s: cannot start %s: %s\n", argv[0], argv[2], std::strerror(errno));
        return 2;
    }
    if (child == 0) {
        execvp(argv[2], argv + 2);
        std::fprintf(stderr, "%s: cannot run %s: %s\n", argv[0], argv[2], std::strerror(errno));
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    while (wait4(child, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            std::fprintf(stderr, "%s: lost %s: %s\n", argv[0], argv[2], std::strerror(errno));
            return 2;
        }
    }
    FILE *report = std::fopen(argv[1], "w");
    if (!report || std::fprintf(report, "%ld\n", usage.ru_maxrss) < 0 || std::fclose(report) != 0) {
        std::fprintf(stderr, "%s: cannot write %s\n", argv[0], argv[1]);
        return 2;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
