#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a translation is not complete: runs lupdate over the sources, exactly as the
update_translations target does, into a copy of the .ts file (the file itself is left alone),
then names every entry that is unfinished (a new or changed source text) or vanished (a text
the sources no longer have).

    check-translations.py --lupdate LUPDATE --project PROJECT.cmake --generator GENERATOR.cmake
                          --ts translations/pepin_fr.ts [--cmake CMAKE]

PROJECT.cmake is the lupdate project that qt_add_translations writes into the build folder
(core/.lupdate/pepin_core_project.cmake), GENERATOR.cmake Qt's script that turns it into the
project file lupdate reads.
"""

import argparse
import os
import pathlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree


def one_line(text):
    return " ".join((text or "").split())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--project", type=pathlib.Path, required=True)
    parser.add_argument("--generator", type=pathlib.Path, required=True)
    parser.add_argument("--ts", type=pathlib.Path, required=True)
    parser.add_argument("--cmake", default="cmake")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        copy = pathlib.Path(folder) / args.ts.name
        copy.write_bytes(args.ts.read_bytes())
        project = pathlib.Path(folder) / "project.json"
        subprocess.run([args.cmake, f"-DIN_FILE={args.project}", f"-DOUT_FILE={project}",
                        "-P", str(args.generator)], check=True)
        # As core/CMakeLists.txt's qt_add_translations runs it, but for -no-obsolete: a text gone
        # from the sources stays in the copy, marked vanished, so that it can be named; and with
        # line numbers written whole, to be shown.
        run = subprocess.run([args.lupdate, "-project", str(project), "-ts", str(copy),
                              "-locations", "absolute"], capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr)
            print(f"check-translations: lupdate failed ({run.returncode})")
            return 1
        root = ElementTree.parse(copy).getroot()

    sources = args.ts.resolve().parent.parent
    unfinished, vanished, total = [], [], 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            kind = message.find("translation").get("type")
            entry = f"  [{name}] {one_line(message.findtext('source'))}"
            if kind in ("vanished", "obsolete"):
                vanished.append(entry)
                continue
            total += 1
            if kind == "unfinished":
                location = message.find("location")
                if location is not None and location.get("filename"):
                    # Written relative to the copy's folder.
                    where = os.path.relpath(os.path.join(folder, location.get("filename")), sources)
                    entry += f"  ({where}:{location.get('line')})"
                unfinished.append(entry)

    language = root.get("language", "?")
    if unfinished:
        print(f"Unfinished in {args.ts.name} ({language}): new or changed texts that have no "
              f"finished translation")
        print("\n".join(unfinished))
    if vanished:
        print(f"Vanished from the sources but still in {args.ts.name}: remove them "
              f"(the update_translations target does)")
        print("\n".join(vanished))
    print(f"{args.ts.name}: {total} texts, {len(unfinished)} unfinished, {len(vanished)} vanished")
    return 1 if unfinished or vanished else 0


if __name__ == "__main__":
    sys.exit(main())
