#!/usr/bin/python3
"""Benchmark: scoring a 100,000-row roster (5 indicators) in one headless Calc session.

Variants, each in the same column of the same sheet, timed as full recalculations (calculateAll):
  (a) SUMPRODUCT(...)/SUM(...) in every row          Calc's built-in way
  (b) ASNSCORE in every row                          our per-row function
  (c) one ASNSCORES array formula over all rows      our array form
  (d) ASNBENCHNOOP in every row                      same arguments as (b), does nothing: the floor
                                                     of Calc's add-in call path (benchmark build only)
  (e) one ASNBENCHNOOPS array formula                same arguments as (c), answers zeros unread: the
                                                     floor of an array call (passing 500,000 cells in)
Targets (issue 2): (b) within 1.15x of (d); (c) at least 3x faster than (a).
Formulas are filled with one setFormula + fillAuto (setting 100,000 formulas one by one is slow).
Prints a Markdown table; the median of --repeat recalculations is reported.
"""
import argparse
import os
import platform
import random
import sys

from tools.calc_session import CalcSession, cell_result, median_recalc  # noqa: E402

from com.sun.star.sheet.FillDirection import TO_BOTTOM  # noqa: E402


def fill_data(sheet, rows, rng):
    weights = ((30.0, 25.0, 15.0, 15.0, 15.0),)
    sheet.getCellRangeByPosition(0, 0, 4, 0).setDataArray(weights)
    chunk = 20000
    for start in range(0, rows, chunk):
        n = min(chunk, rows - start)
        data = tuple(tuple(round(rng.uniform(50, 120), 1) for _ in range(5)) for _ in range(n))
        sheet.getCellRangeByPosition(0, 1 + start, 4, start + n).setDataArray(data)




def run_variant(doc, sheet, rows, formula, array, repeat):
    col = 7  # H
    target = sheet.getCellRangeByPosition(col, 1, col, rows)
    target.clearContents(1 | 2 | 4 | 16)  # VALUE | DATETIME | STRING | FORMULA
    if array:
        target.setArrayFormula(formula)
    else:
        sheet.getCellByPosition(col, 1).setFormula(formula)
        target.fillAuto(TO_BOTTOM, 1)
    seconds = median_recalc(doc, repeat)
    sample = cell_result(sheet.getCellByPosition(col, rows))
    target.clearContents(1 | 2 | 4 | 16)
    return seconds, sample


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oxt", required=True, help="the benchmark build (with ASNBENCHNOOP)")
    ap.add_argument("--rows", type=int, default=100000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    n = args.rows
    variants = [
        ("a", "SUMPRODUCT/SUM per row", "=SUMPRODUCT(A2:E2;$A$1:$E$1)/SUM($A$1:$E$1)", False),
        ("b", "ASNSCORE per row", "=ASNSCORE(A2:E2;$A$1:$E$1)", False),
        ("c", "one ASNSCORES array", f"=ASNSCORES(A2:E{n + 1};A1:E1)", True),
        ("d", "ASNBENCHNOOP per row (floor)", "=ASNBENCHNOOP(A2:E2;$A$1:$E$1)", False),
        ("e", "ASNBENCHNOOPS array (floor)", f"=ASNBENCHNOOPS(A2:E{n + 1};A1:E1)", True),
    ]
    results = {}
    with CalcSession(args.oxt) as session:
        doc = session.new_spreadsheet()
        sheet = doc.Sheets.getByIndex(0)
        fill_data(sheet, n, random.Random(7))
        for key, label, formula, array in variants:
            seconds, sample = run_variant(doc, sheet, n, formula, array, args.repeat)
            results[key] = seconds
            print(f"({key}) {label}: {seconds:.3f} s  (last row: {sample[1]})", flush=True)
        doc.close(True)
    a, b, c, d, e = (results[k] for k in "abcde")
    print()
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}; {n} rows x 5 indicators; "
          f"median of {args.repeat} recalculations")
    print()
    print("| variant | recalculation | per row | ratio |")
    print("|---|---|---|---|")
    print(f"| (a) SUMPRODUCT/SUM per row | {a:.3f} s | {a / n * 1e6:.2f} µs | 1.00 (baseline) |")
    print(f"| (b) ASNSCORE per row | {b:.3f} s | {b / n * 1e6:.2f} µs | {b / d:.2f}× the floor (target ≤ 1.15) |")
    print(f"| (c) one ASNSCORES array | {c:.3f} s | {c / n * 1e6:.2f} µs | {a / c:.1f}× faster than (a) (target ≥ 3) |")
    print(f"| (d) ASNBENCHNOOP per row (floor) | {d:.3f} s | {d / n * 1e6:.2f} µs | add-in call path alone |")
    print(f"| (e) ASNBENCHNOOPS array (floor) | {e:.3f} s | {e / n * 1e6:.2f} µs | "
          f"{a / e:.1f}× faster than (a): the best any array add-in can do |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
