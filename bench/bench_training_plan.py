#!/usr/bin/python3
"""Benchmark: ASNTRAININGPLAN on 200 trainings with rupiah costs and a budget of Rp 500,000,000
(target: under 1 s), in one headless Calc session; each figure is one recalculation (calculateAll).

Variants (fixed seed):
  a. costs in whole thousands of rupiah, benefits with one decimal (typical planning sheets)
  b. costs in arbitrary whole rupiah, whole-number benefits
  c. costs in arbitrary whole rupiah, benefits with two decimals
  d. beyond the limits: costs with cents, benefits with nine decimals, 3,000 trainings -> Err:523
"""
import argparse
import os
import platform
import random
import sys
import time

from tools.calc_session import CalcSession, cell_result  # noqa: E402


def variant(rng, key, n):
    rows = []
    for i in range(n):
        if key == "a":
            rows.append((round(rng.uniform(0.5, 30), 1), float(rng.randint(1000, 20000) * 1000)))
        elif key == "b":
            rows.append((float(rng.randint(1, 30)), float(rng.randint(1_000_000, 20_000_000))))
        elif key == "c":
            rows.append((round(rng.uniform(0.5, 30), 2), float(rng.randint(1_000_000, 20_000_000))))
        else:
            rows.append((round(rng.uniform(0.5, 30), 9), round(rng.uniform(1e6, 2e7), 2)))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oxt", required=True)
    args = ap.parse_args()
    rng = random.Random(5)
    results = []
    labels = {"a": "200 trainings, costs in Rp 1,000s, benefits 1 decimal",
              "b": "200 trainings, costs in whole rupiah, whole benefits",
              "c": "200 trainings, costs in whole rupiah, benefits 2 decimals",
              "d": "3,000 trainings, costs with cents, benefits 9 decimals (beyond the limits)"}
    with CalcSession(args.oxt) as session:
        for key in "abcd":
            n = 3000 if key == "d" else 200
            doc = session.new_spreadsheet()
            sh = doc.Sheets.getByIndex(0)
            rows = variant(rng, key, n)
            sh.getCellRangeByPosition(0, 0, 1, n - 1).setDataArray(tuple(rows))
            sh.getCellRangeByPosition(3, 0, 3, n - 1).setArrayFormula(f"=ASNTRAININGPLAN(A1:A{n};B1:B{n};500000000)")
            t = time.perf_counter()
            doc.calculateAll()
            seconds = time.perf_counter() - t
            first = cell_result(sh.getCellByPosition(3, 0))
            chosen = sum(1 for r in range(n) if cell_result(sh.getCellByPosition(3, r)) == ("number", 1.0))
            doc.close(True)
            outcome = first[1] if first[0] == "error" else f"{chosen} funded"
            results.append((labels[key], seconds, outcome))
            print(f"({key}) {labels[key]}: {seconds:.3f} s, {outcome}", flush=True)
    print()
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}; budget Rp 500,000,000")
    print()
    print("| case | recalculation | result | target |")
    print("|---|---|---|---|")
    for label, seconds, outcome in results:
        target = "Err:523 quickly" if "beyond" in label else "< 1 s"
        print(f"| {label} | {seconds:.3f} s | {outcome} | {target} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
