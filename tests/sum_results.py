#!/usr/bin/env python3
"""Adds up the `NAME: N passed, M failed` lines of every suite in a make check log and prints the
total as the closing line CI reads. Fails when any test failed, or when a suite that must report
did not (a suite that crashed before its closing line must not pass silently)."""
import re
import sys

REQUIRED = ["generated", "locale-check", "unit-*", "unit-platform-windows-wine", "package", "kamus-stress", "kamus-budget",
            "fuzz-*", "exports", "exports-windows", "wine-host", "integration", "integration-desktop", "sample-run",
            "sample-run-desktop", "opened-files", "print-areas", "print-areas-desktop", "formula-rows",
            "formula-rows-desktop", "roster-problems-headless", "roster-problems-desktop", "import-headless",
            "import-desktop", "export-headless", "export-desktop", "by-hand-desktop", "memcheck"]

text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
lines = re.findall(r"^(?:([\w./-]+): )?(\d+) passed, (\d+) failed", text, re.M)
# CI shows only the log's tail: repeat the first failure messages and every suite line that failed right above
# the total.
messages = re.findall(r"^(?:FAIL\b|.*(?:Traceback|ERROR: AddressSanitizer|runtime error:)).*$", text, re.M)
for line in messages[:20]:
    print(f"check: {line[:300]}")
if len(messages) > 20:
    print(f"check: ... {len(messages) - 20} more in build/check.log")
for line in re.findall(r"^(?:[\w./-]+: )?\d+ passed, [1-9]\d* failed.*$", text, re.M):
    print(f"check: failed: {line}")
passed = sum(int(p) for _, p, _ in lines)
failed = sum(int(f) for _, _, f in lines)
suites = {name for name, _, _ in lines}
for need in REQUIRED:
    if need.endswith("*"):
        ok = any(s.startswith(need[:-1]) for s in suites)
    else:
        ok = need in suites
    if not ok:
        print(f"check: suite {need} did not report")
        failed += 1
# A sub-make that failed (a suite that crashed, a build that broke) fails the check even when it printed nothing.
for target in re.findall(r"^make\[\d+\]: \*\*\* \[[^\]]*: ([\w.-]+)\] Error", text, re.M):
    print(f"check: make target {target} failed")
    failed += 1
# Where CI's 30 minutes went, in the tail CI shows.
times = re.findall(r"^time: ([\w-]+) (\d+) s$", text, re.M)
if times:
    print("time: " + ", ".join(f"{name} {secs} s" for name, secs in times)
          + f"; in all {sum(int(secs) for _, secs in times)} s")
print(f"total: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
