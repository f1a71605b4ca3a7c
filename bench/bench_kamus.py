#!/usr/bin/python3
"""Benchmark: competency-dictionary lookups and loading, in one headless Calc session (issues 3 and 16).
Needs the benchmark build (build/asnkarier-bench.oxt), which adds the no-op ASNBENCHNOOPLOOKUP.

  1. 10,000 cells of ASNREQUIRED(position; competency; dictionary file) against
       - ASNBENCHNOOPLOOKUP with the same three arguments (and the hidden document), which does nothing: the
         floor of Calc's add-in call path; target: ASNREQUIRED <= 1.2x the floor;
       - the two-key lookup an HR officer writes for the same table, INDEX/MATCH on a jabatan x kompetensi
         grid of 50 x 10; target: ASNREQUIRED no slower;
       - VLOOKUP on an equivalent 500-row table (key "position|competency" -> level), the issue 3 figure.
     Also with the bundled dictionary (no file to check) and with a path relative to the saved document
     (the document's location is asked on every call).
  2. Loading a generated 5 MB dictionary (2,000 positions x 40 competencies): the first recalculation of
     =ASNDICTCHECK(path) (parse + validate + index; target <= 200 ms), then a second one (cached).
Each lookup time is the median of 4 x --repeat + 1 full recalculations (calculateAll), taken in turns with the
other variants; the loading times are single runs (cold, then cached).
"""
import argparse
import os
import platform
import random
import statistics
import sys
import time

from tools.calc_session import CalcSession, cell_result  # noqa: E402
from com.sun.star.sheet.FillDirection import TO_BOTTOM  # noqa: E402



def write_dictionary(path, positions, competencies, rng, definitions=True):
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<kamus xmlns="urn:asnkarier:kamus:1" nama="Kamus uji">\n')
        for c in range(competencies):
            f.write(f'  <kompetensi kode="T.{c:04d}" jenis="teknis">\n    <nama>Kompetensi Teknis {c}</nama>\n')
            if definitions:
                f.write("    <definisi>" + "Definisi kompetensi teknis yang cukup panjang untuk ukuran kamus nyata. " * 12
                        + "</definisi>\n")
                for lv in range(1, 6):
                    behaviour = "perilaku yang diharapkan pada level ini. " * 3
                    f.write(f'    <level nilai="{lv}"><deskripsi>Deskripsi level {lv} kompetensi {c}: {behaviour}</deskripsi>'
                            f'<indikator>Indikator {lv}.1</indikator><indikator>Indikator {lv}.2</indikator></level>\n')
            f.write("  </kompetensi>\n")
        for p in range(positions):
            f.write(f'  <jabatan kode="J{p:05d}" nama="Jabatan Uji {p}">\n')
            for c in range(competencies):
                f.write(f'    <standar kompetensi="T.{c:04d}" level="{rng.randint(1, 5)}"/>  <!-- {c} -->\n')
            f.write("  </jabatan>\n")
        f.write("</kamus>\n")




def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    rng = random.Random(3)
    with CalcSession(args.oxt) as session:
        small = os.path.join(session.root, "kamus-500.xml")
        big = os.path.join(session.root, "kamus-5mb.xml")
        write_dictionary(small, 50, 10, rng, definitions=False)  # 500 standards, like the VLOOKUP table
        write_dictionary(big, 2000, 40, rng)
        for p in (small, big):
            os.chmod(p, 0o644)
        size_mb = os.path.getsize(big) / 1e6

        # 1. lookups. Each variant is a document of its own holding the same data; the variants are recalculated
        # in turns, round after round, and each takes the median of its rounds: on a busy two-core machine the
        # speed drifts, and measuring one variant after the other would charge the drift to one of them.
        n = 10000
        lookups = tuple((f"J{rng.randrange(50):05d}", f"T.{rng.randrange(10):04d}") for _ in range(n))
        keys = tuple((f"J{p:05d}|T.{c:04d}",) for p in range(50) for c in range(10))
        doc = session.new_spreadsheet()  # the levels come from the dictionary itself, once, then as values
        sh = doc.Sheets.getByIndex(0)
        sh.getCellRangeByPosition(19, 0, 19, 499).setDataArray(keys)
        sh.getCellByPosition(20, 0).setFormula(f'=ASNREQUIRED(LEFT(T1;6);MID(T1;8;6);"{small}")')
        sh.getCellRangeByPosition(20, 0, 20, 499).fillAuto(TO_BOTTOM, 1)
        doc.calculateAll()
        table = sh.getCellRangeByPosition(19, 0, 20, 499).getDataArray()
        doc.close(True)
        levels = dict(table)
        grid = [[""] + [f"T.{c:04d}" for c in range(10)]]  # W1 corner, X1:AG1 codes, W2:W51 positions
        for p in range(50):
            grid.append([f"J{p:05d}"] + [levels[f"J{p:05d}|T.{c:04d}"] for c in range(10)])
        grid = tuple(tuple(r) for r in grid)

        def lookup_document(formula, saved_as=None):
            d = session.new_spreadsheet()
            s = d.Sheets.getByIndex(0)
            s.getCellRangeByPosition(0, 0, 1, n - 1).setDataArray(lookups)
            s.getCellRangeByPosition(19, 0, 20, 499).setDataArray(table)
            s.getCellRangeByPosition(22, 0, 32, 50).setDataArray(grid)
            if saved_as:  # saved first, so that a relative path has a folder
                session.store(d, saved_as, "calc8")
                d.close(True)
                d = session.open(saved_as)
                s = d.Sheets.getByIndex(0)
            s.getCellByPosition(3, 0).setFormula(formula)
            s.getCellRangeByPosition(3, 0, 3, n - 1).fillAuto(TO_BOTTOM, 1)
            d.calculateAll()  # the first calculation also compiles and fills caches: not counted
            return d

        variants = {
            "floor": lookup_document(f'=ASNBENCHNOOPLOOKUP(A1;B1;"{small}")'),
            "required": lookup_document(f'=ASNREQUIRED(A1;B1;"{small}")'),
            "index": lookup_document('=INDEX($X$2:$AG$51;MATCH(A1;$W$2:$W$51;0);MATCH(B1;$X$1:$AG$1;0))'),
            "vlookup": lookup_document('=VLOOKUP(A1&"|"&B1;$T$1:$U$500;2;0)'),
            "bundled": lookup_document('=ASNREQUIRED("ADMINISTRATOR";"M.01")'),
            "relative": lookup_document('=ASNREQUIRED(A1;B1;"kamus-500.xml")', os.path.join(session.root, "lookups.ods")),
        }
        rounds = {k: [] for k in variants}
        for _ in range(4 * args.repeat + 1):
            for k, d in variants.items():
                t = time.perf_counter()
                d.calculateAll()
                rounds[k].append(time.perf_counter() - t)
        med = {k: statistics.median(v) for k, v in rounds.items()}
        samples = {k: cell_result(d.Sheets.getByIndex(0).getCellByPosition(3, n - 1))[1] for k, d in variants.items()}
        for d in variants.values():
            d.close(True)
        t_floor, t_required, t_index, t_vlookup, t_bundled, t_relative = (
            med[k] for k in ("floor", "required", "index", "vlookup", "bundled", "relative"))
        print(f"10,000 lookups, medians of {4 * args.repeat + 1} interleaved rounds: " +
              ", ".join(f"{k} {v:.3f} s" for k, v in med.items()) + f"; last row {samples}", flush=True)

        # 2. loading the 5 MB dictionary
        doc = session.new_spreadsheet()
        sh = doc.Sheets.getByIndex(0)
        sh.getCellByPosition(0, 0).setFormula(f'=ASNDICTCHECK("{big}")')
        t = time.perf_counter()
        doc.calculateAll()
        t_cold = time.perf_counter() - t
        check = cell_result(sh.getCellByPosition(0, 0))
        t = time.perf_counter()
        doc.calculateAll()
        t_warm = time.perf_counter() - t
        doc.close(True)
        print(f"{size_mb:.1f} MB dictionary: first {t_cold * 1000:.0f} ms, cached {t_warm * 1000:.1f} ms ({check[1]})",
              flush=True)

    print()
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    print()
    print("| figure | ours | Calc | ratio | target |")
    print("|---|---|---|---|---|")
    print(f"| 10,000 × ASNREQUIRED (dictionary file) vs the no-op call with the same arguments (floor) | "
          f"{t_required:.3f} s ({t_required / n * 1e6:.1f} µs/cell) | {t_floor:.3f} s ({t_floor / n * 1e6:.1f} µs/cell) | "
          f"{t_required / t_floor:.2f}× | ≤ 1.2× |")
    print(f"| the same vs INDEX/MATCH on a 50 × 10 jabatan × kompetensi grid | {t_required:.3f} s | {t_index:.3f} s "
          f"({t_index / n * 1e6:.1f} µs/cell) | {t_required / t_index:.2f}× | ≤ 1× |")
    print(f"| the same vs VLOOKUP on a 500-row table | {t_required:.3f} s | {t_vlookup:.3f} s "
          f"({t_vlookup / n * 1e6:.1f} µs/cell) | {t_required / t_vlookup:.2f}× | ≤ 0.8× |")
    print(f"| 10,000 × ASNREQUIRED, path relative to the saved document | {t_relative:.3f} s | | "
          f"{t_relative / t_floor:.2f}× the floor | |")
    print(f"| 10,000 × ASNREQUIRED (bundled dictionary) | {t_bundled:.3f} s | | {t_bundled / t_vlookup:.2f}× | |")
    print(f"| load a {size_mb:.1f} MB dictionary (2,000 positions × 40 competencies) | {t_cold * 1000:.0f} ms | | | "
          "≤ 200 ms |")
    print(f"| the same, cached | {t_warm * 1000:.1f} ms | | | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
