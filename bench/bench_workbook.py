#!/usr/bin/python3
"""Benchmark: what the committee workbook (extension/templates/peringkat-asn.ots) costs as its roster grows
(issue 25). The workbook holds as many rows of formulas as employees (the extension's job fills them down), so
its cost should follow the roster. Every open is measured in a fresh Calc with a fresh profile, as a user opening
the file the next morning; each figure is the median of --repeat such runs, ours and the plain workbook opened in
turn (the ratios compare them at the same speed of the machine).

Per Calc mode (headless, and desktop Calc in id_ID with the Indonesian UI):
  1. the empty template opened as Berkas > Baru > Templat does                       target <= 2 s
  2. per roster size (30 / 10,000 / 50,000 employees, drawn by tools/gen_sample_roster.py's rules with a
     fixed seed): the template filled as `make run` fills it, with development records (about 2.5 an employee,
     tools/gen_sample_placement.py's rules) and six vacancies, saved as .ods; then
       - its size on disk                                                             30: <= 300 KB
       - opening it (load, including Calc's recalculation of add-in formulas)         30: <= 2 s, 10,000: <= 6 s,
                                                                                      50,000: <= 30 s
       - a full recalculation (calculateAll, after one that is not counted)           10,000: <= 2 s, 50,000: <= 10 s
       - one indicator of one employee changed until the ranking shows it             10,000: <= 0.5 s
       - one development record's JP changed until Kinerja shows the employee's JP    (no target)
       - the error cells after opening (none expected)
  3. the same roster in a plain Calc workbook (a SUMPRODUCT score and a RANK per row, the same cells as the
     Pegawai sheet): its open and recalculation times, so that the ratios mean something on another machine.
Prints one markdown table, whose last column says whether each row meets its targets; exit status 1 only when a
workbook shows error cells (a missed time target is a finding to report, not a failed run).
"""
import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import uno  # noqa: E402
from tools.calc_session import CalcSession, MODES, formula_error_cells, median_recalc, prop, settle  # noqa: E402
from tools import gen_sample_placement  # noqa: E402
from tools import gen_sample_roster as gen  # noqa: E402
from tools import run_sample  # noqa: E402

SIZES = (30, 10000, 50000)
UNITS = [(f"Unit Kerja {k + 1:02d}", "Baik") for k in range(24)]
INDICATORS = (10, 14)  # Pegawai K:O, the five indicators ASNSCORE weighs
WEIGHTS = (30, 25, 15, 15, 15)  # Kinerja U2:Y2 of the template
TARGETS = {  # size: (open s, recalculation s, one change s, size KB); None: no target
    "template": (2, None, None, None),
    30: (2, None, None, 300),
    10000: (6, 2, 0.5, None),
    50000: (30, 10, None, None),
}


def roster(count, seed=4242):
    rows = gen.employees(count, [u for u, _ in UNITS], seed)
    return run_sample.cell_values(gen.HEADER, [[str(v) for v in row] for row in rows])


def timed(action):
    t = time.perf_counter()
    result = action()
    return time.perf_counter() - t, result


def write_workbooks(oxt, mode, count, folder):
    """Our workbook and the plain one for `count` employees, saved in `folder`; their paths."""
    values = roster(count)
    ours = os.path.join(folder, f"peringkat-{count}.ods")
    plain = os.path.join(folder, f"polos-{count}.ods")
    with CalcSession(oxt, mode=mode) as session:
        doc = session.open(run_sample.TEMPLATE, as_template=True)
        run_sample.fill(doc, f"{count} pegawai (fiktif)", UNITS)
        pegawai = doc.Sheets.getByName("Pegawai")
        pegawai.getCellRangeByPosition(0, 1, len(gen.HEADER) - 1, count).setDataArray(values)
        records = gen_sample_placement.records(random.Random(count), [row[0] for row in values])
        doc.Sheets.getByName("Pengembangan").getCellRangeByPosition(0, 1, 5, len(records)).setDataArray(
            run_sample.record_values(records))
        vacancies = gen_sample_placement.VACANCIES["binjai"]
        doc.Sheets.getByName("Penempatan").getCellRangeByPosition(1, 7, 3, 6 + len(vacancies)).setDataArray(
            tuple(tuple(v) for v in vacancies))
        session.settle()  # the formula rows follow the roster from the event loop (src/binding/print_job.c J9)
        doc.storeAsURL(uno.systemPathToFileUrl(ours), (prop("FilterName", "calc8"),))
        doc.calculateAll()  # the kamus is found next to the saved file now
        doc.store()
        doc.close(True)
        doc = session.new_spreadsheet()
        sheet = doc.Sheets.getByIndex(0)
        sheet.getCellRangeByPosition(0, 0, len(gen.HEADER) - 1, 0).setDataArray((tuple(gen.HEADER),))
        sheet.getCellRangeByPosition(0, 1, len(gen.HEADER) - 1, count).setDataArray(values)
        score, rank = len(gen.HEADER), len(gen.HEADER) + 1
        weights = ";".join(str(w) for w in WEIGHTS)
        sheet.getCellByPosition(score, 1).setFormula(f"=SUMPRODUCT(K2:O2;{{{weights}}})/{sum(WEIGHTS)}")
        sheet.getCellByPosition(rank, 1).setFormula(f"=RANK(AF2;$AF$2:$AF${count + 1})")
        sheet.getCellRangeByPosition(score, 1, rank, count).fillAuto(
            uno.Enum("com.sun.star.sheet.FillDirection", "TO_BOTTOM"), 1)
        session.store(doc, plain, "calc8")
        doc.close(True)
    return ours, plain


def one_change(doc, count):
    """Seconds from changing one employee's first indicator to reading the top of the ranking that shows it (the
    ranking is one array formula: reading any of it computes all of it)."""
    pegawai = doc.Sheets.getByName("Pegawai")
    ranking = doc.Sheets.getByName("Peringkat").getCellRangeByPosition(0, 5, 10, 14)
    cell = pegawai.getCellByPosition(INDICATORS[0], 1 + count // 2)
    old = cell.getValue()
    t = time.perf_counter()
    cell.setValue(100 if old != 100 else 1)
    settle()  # the job looks at the change from the event loop (nothing to do for a score)
    ranking.getDataArray()
    seconds = time.perf_counter() - t
    cell.setValue(old)
    return seconds


def one_record(doc):
    """Seconds from changing the JP of one development record to reading the employee's JP of the year on Kinerja
    (Kinerja AM's one ASNJPTOTALS array sums every employee's records again)."""
    records = doc.Sheets.getByName("Pengembangan")
    kinerja = doc.Sheets.getByName("Kinerja")
    cell = records.getCellByPosition(5, 1)
    old = cell.getValue()
    t = time.perf_counter()
    cell.setValue(old + 1)
    settle()
    kinerja.getCellRangeByPosition(38, 1, 38, 20).getDataArray()
    seconds = time.perf_counter() - t
    cell.setValue(old)
    return seconds


def open_once(oxt, mode, path, as_template=False, details=None):
    """Seconds to open `path` in a fresh Calc; with `details`, also what is measured on the opened workbook
    (recalculation, one change, error cells)."""
    with CalcSession(oxt, mode=mode) as session:
        seconds, doc = timed(lambda: session.open(path, as_template=as_template))
        if details is not None:
            details["errors"] = sum(n for n, _ in formula_error_cells(doc).values())
            if "count" in details:
                details["change"] = statistics.median(one_change(doc, details["count"]) for _ in range(3))
                details["record"] = statistics.median(one_record(doc) for _ in range(3))
            # The plain workbook's RANK per row is quadratic (minutes at 50,000): fewer rounds there.
            details["recalc"] = median_recalc(doc, 3 if details.get("rows", 0) < 50000 else 1)
        doc.close(True)
    return seconds


def measure_opens(oxt, mode, workbooks, repeat, as_template=False):
    """Median open time of each (path, details) of `workbooks` over `repeat` rounds, each in a fresh Calc. The
    workbooks take turns within a round, in reverse order every other round: the machine's speed drifts by a
    quarter within an hour (bench/notes.md), and measured one block after the other, ours and the plain workbook
    would be compared at different speeds. The first round also fills each workbook's details."""
    times = {path: [] for path, _ in workbooks}
    for k in range(repeat):
        for path, details in (workbooks if k % 2 == 0 else workbooks[::-1]):
            times[path].append(open_once(oxt, mode, path, as_template, details if k == 0 else None))
    return [statistics.median(times[path]) for path, _ in workbooks]


def verdict(value, target):
    if target is None or value is None:
        return True
    return value <= target


def fmt(value, digits=2):
    return "–" if value is None else f"{value:,.{digits}f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sizes", default=",".join(str(s) for s in SIZES))
    ap.add_argument("--modes", default=",".join(MODES))
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    version = subprocess.run(["/usr/lib/libreoffice/program/soffice", "--version"], stdout=subprocess.PIPE,
                             text=True).stdout.strip()
    lines = [f"{version}; every open in a fresh Calc and profile, median of {args.repeat}, ours and the plain workbook "
             "in turn; ratio = ours / the plain Calc workbook of the same roster (SUMPRODUCT score and RANK per row).",
             "",
             "| workbook | Calc | on disk (KB) | open (s) | plain open (s) | ratio | full recalculation (s) "
             "| plain recalculation (s) | ratio | one change to ranking (s) | one record to JP (s) | error cells | target "
             "| met |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    status = 0
    for mode in args.modes.split(","):
        details = {}
        opened, = measure_opens(args.oxt, mode, [(run_sample.TEMPLATE, details)], args.repeat, as_template=True)
        target = TARGETS["template"]
        met = verdict(opened, target[0]) and details["errors"] == 0
        status |= details["errors"] > 0
        lines.append(f"| empty template | {mode} | {os.path.getsize(run_sample.TEMPLATE) // 1024:,} | {fmt(opened)} "
                     f"| – | – | {fmt(details['recalc'])} | – | – | – | – | {details['errors']} | open ≤ 2 s "
                     f"| {'yes' if met else 'NO'} |")
        for count in sizes:
            folder = tempfile.mkdtemp(prefix="asnkarier-bench-")
            os.chmod(folder, 0o777)  # soffice runs as nobody when the bench runs as root
            shutil.copy(run_sample.KAMUS, os.path.join(folder, "kamus-contoh.xml"))  # the workbooks refer to it
            ours, plain = write_workbooks(args.oxt, mode, count, folder)
            details, plain_details = {"count": count, "rows": count}, {"rows": count}
            opened, plain_opened = measure_opens(args.oxt, mode, [(ours, details), (plain, plain_details)], args.repeat)
            size_kb = os.path.getsize(ours) / 1024
            limit = TARGETS.get(count, (None,) * 4)
            met = (verdict(opened, limit[0]) and verdict(details["recalc"], limit[1])
                   and verdict(details["change"], limit[2]) and verdict(size_kb, limit[3]) and details["errors"] == 0)
            status |= details["errors"] > 0
            wanted = ", ".join(w for w in (f"open ≤ {limit[0]} s" if limit[0] else "",
                                           f"recalculation ≤ {limit[1]} s" if limit[1] else "",
                                           f"change ≤ {limit[2]} s" if limit[2] else "",
                                           f"≤ {limit[3]} KB" if limit[3] else "") if w)
            lines.append(f"| {count:,} employees | {mode} | {size_kb:,.0f} | {fmt(opened)} | {fmt(plain_opened)} "
                         f"| {opened / plain_opened:.1f} | {fmt(details['recalc'])} | {fmt(plain_details['recalc'])} "
                         f"| {details['recalc'] / max(plain_details['recalc'], 1e-3):.1f} | {fmt(details['change'])} "
                         f"| {fmt(details.get('record'))} "
                         f"| {details['errors']} | {wanted or '–'} | {'yes' if met else 'NO'} |")
            print(f"progress: {lines[-1]}", file=sys.stderr, flush=True)  # the 50,000 take minutes
            shutil.rmtree(folder, ignore_errors=True)
    print("\n".join(lines))
    return 1 if status else 0


if __name__ == "__main__":
    sys.exit(main())
