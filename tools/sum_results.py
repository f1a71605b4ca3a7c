#!/usr/bin/env python3
"""Adds up the `N passed, M failed` lines of every suite in a make check log and prints the total
as the closing line CI reads. Fails when any test failed or when no suite reported at all."""
import re
import sys

EXPECTED_SUITES = 4  # generated, unit (one line per test binary), exports, integration
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
lines = re.findall(r"^(?:(\S+): )?(\d+) passed, (\d+) failed", text, re.M)
passed = sum(int(p) for _, p, _ in lines)
failed = sum(int(f) for _, _, f in lines)
suites = {name for name, _, _ in lines}
if len(suites) < EXPECTED_SUITES:
    print(f"check: only {len(suites)} of {EXPECTED_SUITES} suites reported ({', '.join(sorted(suites))})")
    failed += 1
print(f"total: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
