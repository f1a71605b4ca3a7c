#!/usr/bin/python3
"""Fails when src/ names a UNO method by an interface that does not declare it.

The binary UNO binding calls a method by its type description's full name ("com.sun.star.container.XNameContainer
::removeByName"), and a type description is named after the interface that declares the method: an inherited one
named through a derived interface ("com.sun.star.sheet.XSpreadsheets::removeByName") is no type at all, and the call
fails without a word (found: the feedback export's removal of empty sheets had never happened). Each such literal in
src/ is looked up with LibreOffice's own type reflection (python3-uno, no running Calc needed).

Usage: python3 -m tests.check_uno_methods
Prints `uno-methods: N passed, M failed` (one test per method named)."""
import re
import sys
from pathlib import Path

import uno

ROOT = Path(__file__).resolve().parent.parent
NAMED = re.compile(r'"(com\.sun\.star\.[A-Za-z0-9_.]+)::([A-Za-z0-9_]+)"')


def main():
    ctx = uno.getComponentContext()
    reflection = ctx.ServiceManager.createInstanceWithContext("com.sun.star.reflection.CoreReflection", ctx)
    named = set()
    for path in sorted((ROOT / "src").rglob("*.c")):
        named.update(NAMED.findall(path.read_text(encoding="utf-8")))
    passed = failed = 0
    for interface, method in sorted(named):
        found = reflection.forName(interface)
        member = found.getMethod(method) if found else None
        declared = member.getDeclaringClass().getName() if member else None
        if declared == interface:
            passed += 1
            continue
        failed += 1
        print(f"FAIL {interface}::{method}: " + (f"declared by {declared}: name it so" if declared else
                                                 "no such interface method"))
    print(f"uno-methods: {passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
