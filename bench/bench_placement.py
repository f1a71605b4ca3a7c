#!/usr/bin/python3
"""Benchmark: ASNSHORTLIST and ASNPLACEMENT (issue 26) on rosters of 10,000 and 100,000 employees with nine
competency levels each, against the bundled kamus (JPT Pratama, Administrator, Pengawas), in one headless Calc
session. Targets: ASNSHORTLIST over 10,000 employees within 0.1 s; ASNPLACEMENT of 200 vacancies x 10,000 employees
within 2 s. Each figure is the median of 3 full recalculations (calculateAll, after one not counted) of a sheet holding only that formula
and its data; the ratio compares it with the same sheet holding instead a plain Calc formula that reads the same
levels once (SUMPRODUCT over the whole range), which is what Calc costs for handing the data over.

Usage: python3 -m bench.bench_placement --oxt build/asnkarier.oxt
"""
import argparse
import os
import platform
import random
import sys

from tools.calc_session import CalcSession, cell_result, median_recalc

CODES = ("M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01")
POSITIONS = ("JPT Pratama", "Administrator", "Pengawas")


def sheet_with_roster(session, rng, employees):
    doc = session.new_spreadsheet()
    sh = doc.Sheets.getByIndex(0)
    sh.getCellRangeByPosition(0, 0, len(CODES) - 1, 0).setDataArray((CODES,))
    levels = tuple(tuple(float(rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5))) for _ in CODES) for _ in range(employees))
    sh.getCellRangeByPosition(0, 1, len(CODES) - 1, employees).setDataArray(levels)
    return doc, sh


def measure(session, rng, employees, formula, rows, cols, what):
    """(seconds, plain seconds, first result) of `formula` over a roster of `employees` set at K1 as an array."""
    doc, sh = sheet_with_roster(session, rng, employees)
    levels = f"$A$2:$I${employees + 1}"
    sh.getCellByPosition(10, 0).setFormula(f"=SUMPRODUCT({levels})")
    plain = median_recalc(doc, 3)
    sh.getCellByPosition(10, 0).setString("")
    if what == "placement":
        sh.getCellRangeByPosition(12, 0, 12, rows - 1).setDataArray(
            tuple((POSITIONS[k % len(POSITIONS)],) for k in range(rows)))
    sh.getCellRangeByPosition(14, 0, 14 + cols - 1, rows - 1).setArrayFormula(formula.format(levels=levels))
    seconds = median_recalc(doc, 3)
    values = sh.getCellRangeByPosition(14, 0, 14 + cols - 1, rows - 1).getDataArray()
    filled = sum(1 for row in values if row[0] != "")
    first = cell_result(sh.getCellByPosition(14, 0))
    doc.close(True)
    return seconds, plain, filled, first


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oxt", required=True)
    args = ap.parse_args()
    rng = random.Random(26)
    cases = [
        ("ASNSHORTLIST, 10,000 employees, best 3", 10000, '=ASNSHORTLIST("Administrator";{levels};$A$1:$I$1)', 3, 2,
         "shortlist", "<= 0.1 s"),
        ("ASNSHORTLIST, 100,000 employees, best 3", 100000, '=ASNSHORTLIST("Administrator";{levels};$A$1:$I$1)', 3, 2,
         "shortlist", "-"),
        ("ASNPLACEMENT, 200 vacancies x 10,000 employees", 10000,
         "=ASNPLACEMENT($M$1:$M$200;{levels};$A$1:$I$1)", 200, 2, "placement", "<= 2 s"),
        ("ASNPLACEMENT, 1,000 vacancies x 100,000 employees (the limits)", 100000,
         "=ASNPLACEMENT($M$1:$M$1000;{levels};$A$1:$I$1)", 1000, 2, "placement", "Err:523 or an answer within 30 s"),
    ]
    results = []
    with CalcSession(args.oxt) as session:
        for label, employees, formula, rows, cols, what, target in cases:
            seconds, plain, filled, first = measure(session, rng, employees, formula, rows, cols, what)
            results.append((label, seconds, plain, filled, rows, first, target))
            print(f"{label}: {seconds:.3f} s (plain SUMPRODUCT {plain:.3f} s), {filled} of {rows} rows filled, "
                  f"first {first}", flush=True)
    print()
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}; median of 3")
    print()
    print("| case | recalculation | plain SUMPRODUCT | ratio | rows filled | target |")
    print("|---|---|---|---|---|---|")
    failed = 0
    for label, seconds, plain, filled, rows, first, target in results:
        ratio = seconds / plain if plain > 0 else float("inf")
        print(f"| {label} | {seconds:.3f} s | {plain:.3f} s | {ratio:.1f} | {filled} of {rows} | {target} |")
        failed += first[0] == "error" and "Err:523" not in target
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
