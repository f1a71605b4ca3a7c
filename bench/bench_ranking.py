#!/usr/bin/python3
"""Benchmark: multi-key ranking of whole rosters, in one headless Calc session (issue 4).

Figures (each a full recalculation, calculateAll, median of --repeat; sorts timed once):
  1. ASNRANKS over 100,000 rows x 3 keys                       target <= 0.3 s
  2. at 10,000 rows: ASNRANKS (3 keys) against a RANK column (1 key) over the same rows
                                                               target >= 100x faster
  3. ASNRANKLIST over 100,000 rows x 8 columns, 3 keys, against Calc's own sort of the same range
     (XSortable)                                               target within 2x
  4. ASNRANKS over 1,048,576 rows x 3 keys (the largest sheet): must finish; time and peak memory
     (VmHWM) of soffice.
Keys: a score with one decimal (descending), a golongan 1..17 (descending), years in grade (ascending).
"""
import argparse
import os
import platform
import random
import sys
import time

import uno  # noqa: E402,F401
from tools.calc_session import CalcSession, cell_result, median_recalc, soffice_peak_kib  # noqa: E402
from com.sun.star.sheet.FillDirection import TO_BOTTOM  # noqa: E402
from com.sun.star.table import TableSortField  # noqa: E402

CLEAR = 1 | 2 | 4 | 16  # VALUE | DATETIME | STRING | FORMULA


def fill(sheet, rows, cols, rng, first_col=0, names=False):
    """Columns: score, golongan, years, then filler columns up to `cols` (numbers, or with names=True
    a text column of employee names first)."""
    chunk = 50000
    for start in range(0, rows, chunk):
        n = min(chunk, rows - start)
        data = []
        for i in range(n):
            row = [round(rng.uniform(40, 120), 1), float(rng.randint(1, 17)), float(rng.randint(0, 35))]
            for c in range(3, cols):
                row.append(f"Pegawai {start + i}" if (names and c == 3) else float(rng.randint(0, 999)))
            data.append(tuple(row))
        sheet.getCellRangeByPosition(first_col, start, first_col + cols - 1, start + n - 1).setDataArray(tuple(data))




def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--skip-largest", action="store_true", help="skip the 1,048,576-row figure")
    args = ap.parse_args()
    rng = random.Random(11)
    with CalcSession(args.oxt) as session:
        # 2. 10,000 rows: ASNRANKS against a RANK column.
        doc = session.new_spreadsheet()
        sh = doc.Sheets.getByIndex(0)
        n = 10000
        fill(sh, n, 3, rng)
        sh.getCellByPosition(4, 0).setFormula(f"=RANK(A1;$A$1:$A${n})")
        sh.getCellRangeByPosition(4, 0, 4, n - 1).fillAuto(TO_BOTTOM, 1)
        t_rank = median_recalc(doc, 1)
        sh.getCellRangeByPosition(4, 0, 4, n - 1).clearContents(CLEAR)
        sh.getCellRangeByPosition(5, 0, 5, n - 1).setArrayFormula(f'=ASNRANKS(A1:C{n};"DDA")')
        t_ranks_10k = median_recalc(doc, args.repeat)
        check = cell_result(sh.getCellByPosition(5, 0))
        doc.close(True)
        print(f"10,000 rows: RANK column {t_rank:.3f} s, ASNRANKS {t_ranks_10k:.4f} s (first rank {check[1]})", flush=True)

        # 1 and 3. 100,000 rows.
        doc = session.new_spreadsheet()
        sh = doc.Sheets.getByIndex(0)
        n = 100000
        fill(sh, n, 8, rng)
        out = sh.getCellRangeByPosition(9, 0, 9, n - 1)
        out.setArrayFormula(f'=ASNRANKS(A1:C{n};"DDA")')
        t_ranks_100k = median_recalc(doc, args.repeat)
        out.clearContents(CLEAR)
        print(f"100,000 rows: ASNRANKS {t_ranks_100k:.3f} s", flush=True)
        listing = sh.getCellRangeByPosition(10, 0, 18, n - 1)
        listing.setArrayFormula(f'=ASNRANKLIST(A1:H{n};A1:C{n};"DDA")')
        t_list = median_recalc(doc, args.repeat)
        first = [cell_result(sh.getCellByPosition(c, 0))[1] for c in range(10, 14)]
        listing.clearContents(CLEAR)
        print(f"100,000 rows: ASNRANKLIST {t_list:.3f} s (first row {first})", flush=True)
        data = sh.getCellRangeByPosition(0, 0, 7, n - 1)
        desc = data.createSortDescriptor()
        fields = []
        for col, asc in ((0, False), (1, False), (2, True)):
            f = TableSortField()
            f.Field, f.IsAscending, f.IsCaseSensitive = col, asc, False
            fields.append(f)
        for p in desc:
            if p.Name == "SortFields":
                p.Value = uno.Any("[]com.sun.star.table.TableSortField", tuple(fields))
            elif p.Name == "ContainsHeader":
                p.Value = False
        t = time.perf_counter()
        uno.invoke(data, "sort", (desc,))
        t_sort = time.perf_counter() - t
        doc.close(True)
        print(f"100,000 rows: XSortable sort {t_sort:.3f} s", flush=True)

        # 3b. the same with a text column (names), at 20,000 rows: LibreOffice 7.4 turns an add-in's
        # mixed array result into a matrix that starts all-numeric and puts each text into it one by
        # one, splitting a block every time (mdds), which is quadratic in the rows.
        doc = session.new_spreadsheet()
        sh = doc.Sheets.getByIndex(0)
        n_text = 20000
        fill(sh, n_text, 8, rng, names=True)
        listing = sh.getCellRangeByPosition(10, 0, 18, n_text - 1)
        listing.setArrayFormula(f'=ASNRANKLIST(A1:H{n_text};A1:C{n_text};"DDA")')
        t_list_text = median_recalc(doc, 1)
        doc.close(True)
        print(f"20,000 rows with a name column: ASNRANKLIST {t_list_text:.3f} s", flush=True)

        # 4. the largest sheet.
        t_big = peak = None
        if not args.skip_largest:
            doc = session.new_spreadsheet()
            sh = doc.Sheets.getByIndex(0)
            n = 1048576
            fill(sh, n, 3, rng)
            sh.getCellRangeByPosition(4, 0, 4, n - 1).setArrayFormula(f'=ASNRANKS(A1:C{n};"DDA")')
            t_big = median_recalc(doc, 1)
            last = cell_result(sh.getCellByPosition(4, n - 1))
            peak = soffice_peak_kib(session)
            doc.close(True)
            print(f"1,048,576 rows: ASNRANKS {t_big:.3f} s, soffice peak {peak / 1024:.0f} MiB (last rank {last[1]})",
                  flush=True)

    print()
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    print()
    print("| figure | ours | Calc | ratio | target |")
    print("|---|---|---|---|---|")
    print(f"| ASNRANKS, 100,000 rows × 3 keys | {t_ranks_100k:.3f} s | | | ≤ 0.3 s |")
    print(f"| ASNRANKS (3 keys) vs RANK column (1 key), 10,000 rows | {t_ranks_10k:.4f} s | {t_rank:.3f} s | "
          f"{t_rank / t_ranks_10k:.0f}× faster | ≥ 100× |")
    print(f"| ASNRANKLIST vs XSortable sort, 100,000 rows × 8 columns, 3 keys | {t_list:.3f} s | {t_sort:.3f} s | "
          f"{t_list / t_sort:.2f}× the sort's time | ≤ 2× |")
    print(f"| ASNRANKLIST with a text (name) column, 20,000 rows × 8 columns | {t_list_text:.3f} s | | "
          "quadratic in LibreOffice's array-result conversion | |")
    if t_big is not None:
        print(f"| ASNRANKS, 1,048,576 rows × 3 keys | {t_big:.3f} s | | peak soffice memory {peak / 1024:.0f} MiB | "
              "finishes |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
