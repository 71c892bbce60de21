#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs clang-tidy or cppcheck on core/'s sources, compiled as the build compiles them (its
compile_commands.json), and fails on any finding that the configuration does not explain:
.clang-tidy at the top of the tree, tests/checks/cppcheck-suppressions.txt.

    static-analysis.py clang-tidy|cppcheck --source DIR --build DIR [--jobs N]

clang-tidy takes long (a few seconds a file, mostly parsing Qt): a file whose preprocessed text,
compile command, clang-tidy and configuration are those of a run that found nothing is not
checked again (the cache is in the build folder, under static-analysis/).
"""

import argparse
import concurrent.futures
import hashlib
import json
import os
import pathlib
import shlex
import shutil
import subprocess
import sys
import tempfile
import time


def fail(message):
    print(f"static-analysis: {message}", file=sys.stderr)
    sys.exit(1)


def tool(name):
    path = shutil.which(name)
    if not path:
        fail(f"{name} is not installed: run scripts/setup-deps")
    return path


def core_entries(source, build):
    database = build / "compile_commands.json"
    if not database.exists():
        fail(f"{database} is missing: configure the build with CMAKE_EXPORT_COMPILE_COMMANDS=ON")
    core = str(source / "core") + os.sep
    entries = [e for e in json.loads(database.read_text()) if e["file"].startswith(core)]
    if not entries:
        fail(f"{database} compiles nothing under {core}")
    return sorted(entries, key=lambda e: e["file"])


def preprocessed(entry):
    """The translation unit as the compiler sees it, headers and all: what a finding depends on."""
    words = shlex.split(entry["command"])
    command, skip = [], False
    for word in words:
        if skip:
            skip = False
        elif word in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
        elif word not in ("-c", "-MD", "-MMD"):
            command.append(word)
    run = subprocess.run(command + ["-E"], cwd=entry["directory"], capture_output=True)
    return run.stdout if run.returncode == 0 else None


def run_clang_tidy(source, build, entries, jobs):
    clang_tidy = tool("clang-tidy")
    cache = build / "static-analysis" / "clang-tidy"
    cache.mkdir(parents=True, exist_ok=True)
    common = hashlib.sha256()
    common.update(subprocess.run([clang_tidy, "--version"], capture_output=True).stdout)
    common.update((source / ".clang-tidy").read_bytes())

    def check(entry):
        key = common.copy()
        key.update(entry["command"].encode())
        text = preprocessed(entry)
        stamp = None
        if text is not None:
            key.update(text)
            stamp = cache / key.hexdigest()
            if stamp.exists():
                return entry["file"], True, "", True
        run = subprocess.run([clang_tidy, "-p", str(build), "--quiet", entry["file"]],
                             capture_output=True, text=True)
        # Only the findings: "N warnings generated" and the like say nothing about this file.
        output = "\n".join(line for line in (run.stdout + run.stderr).splitlines()
                           if line and not line.endswith(" generated."))
        clean = run.returncode == 0 and "warning:" not in output and "error:" not in output
        if clean and stamp is not None:
            stamp.touch()
        return entry["file"], clean, output, False

    failed, cached = [], 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for file, clean, output, from_cache in pool.map(check, entries):
            cached += from_cache
            if not clean:
                failed.append(file)
                print(output, flush=True)
    print(f"clang-tidy: {len(entries)} files of core/ ({cached} unchanged since a clean run), "
          f"{len(failed)} with findings")
    for file in failed:
        print(f"  {os.path.relpath(file, source)}")
    return not failed


def run_cppcheck(source, build, entries, jobs):
    cppcheck = tool("cppcheck")
    cache = build / "static-analysis" / "cppcheck"
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        # Only core/'s entries: the rest of the database may name generated files not made yet.
        project = pathlib.Path(folder) / "compile_commands.json"
        project.write_text(json.dumps(entries))
        run = subprocess.run([
            cppcheck, f"--project={project}", f"--cppcheck-build-dir={cache}",
            "--enable=warning,style,performance,portability", "--library=qt", "--std=c++20",
            "--inline-suppr", f"--suppressions-list={source / 'tests/checks/cppcheck-suppressions.txt'}",
            "--error-exitcode=1", "--quiet", f"-j{jobs}",
            "--template={file}:{line}:{column}: {severity}: {message} [{id}]",
        ], capture_output=True, text=True)
    findings = sorted(set(line for line in (run.stdout + run.stderr).splitlines() if line))
    for line in findings:
        print(line)
    print(f"cppcheck: {len(entries)} files of core/, {len(findings)} findings")
    return run.returncode == 0 and not findings


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tool", choices=["clang-tidy", "cppcheck"])
    parser.add_argument("--source", type=pathlib.Path, required=True)
    parser.add_argument("--build", type=pathlib.Path, required=True)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    source, build = args.source.resolve(), args.build.resolve()
    entries = core_entries(source, build)
    started = time.monotonic()
    run = run_clang_tidy if args.tool == "clang-tidy" else run_cppcheck
    clean = run(source, build, entries, args.jobs)
    print(f"{args.tool}: {time.monotonic() - started:.0f} s")
    sys.exit(0 if clean else 1)


if __name__ == "__main__":
    main()
