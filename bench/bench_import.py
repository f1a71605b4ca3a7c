#!/usr/bin/python3
"""Benchmark: ASN Karier > Impor data pegawai (vnd.asnkarier:ImportRoster, issue 24), headless Calc.

For 1,000 and 10,000 employees (tools/gen_sample_roster.py's rules, fixed seed) written to a CSV, the median of
--repeat runs of:
  - a first import into a workbook made from the template (every row added)             target <= 10 s at 10,000
  - a second import of the same file into it (every row updated)
  - for scale: Calc's own setDataArray of the same values (tools/run_sample.py's conversion) into a fresh workbook,
    then calculateAll
and the ratio first import / that, so that the figures mean something on another machine. Each import includes the
recalculation Calc does of what changed when automatic calculation resumes.

Usage: python3 -m bench.bench_import --oxt build/asnkarier.oxt [--repeat 3]
"""
import argparse
import csv
import os
import statistics
import sys
import tempfile
import time

import uno  # noqa: E402
from tools.calc_session import CalcSession, prop  # noqa: E402
from tools import gen_sample_roster as gen  # noqa: E402
from tools import run_sample  # noqa: E402

SIZES = (1000, 10000)
UNITS = [f"Unit Kerja {k + 1:02d}" for k in range(24)]


def write_roster(folder, count):
    rows = [[str(v) for v in row] for row in gen.employees(count, UNITS, 4242)]
    path = os.path.join(folder, f"roster-{count}.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([gen.HEADER] + rows)
    os.chmod(path, 0o644)
    return path, rows


def import_once(session, doc, path):
    helper = session.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", session.ctx)
    frame = doc.getCurrentController().getFrame()
    t = time.perf_counter()
    event = helper.executeDispatch(frame, "vnd.asnkarier:ImportRoster", "", 0,
                                   (prop("SourceURL", uno.systemPathToFileUrl(path)), prop("Silent", True)))
    session.settle()  # the formula rows follow the roster from the event loop (src/binding/print_job.c J9)
    elapsed = time.perf_counter() - t
    if getattr(event, "State", 1) != 0:
        raise RuntimeError(f"import failed: {getattr(event, 'Result', event)!r}")
    return elapsed, event.Result


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    folder = tempfile.mkdtemp(prefix="asn-bench-import-")
    os.chmod(folder, 0o777)
    print("| employees | first import (s) | second import (s) | setDataArray + calculateAll (s) | ratio |")
    print("|---:|---:|---:|---:|---:|")
    with CalcSession(args.oxt) as session:
        for count in SIZES:
            path, rows = write_roster(folder, count)
            values = run_sample.cell_values(gen.HEADER, rows)
            first, second, plain = [], [], []
            for _ in range(args.repeat):
                doc = session.open(run_sample.TEMPLATE, as_template=True)
                t1, r1 = import_once(session, doc, path)
                t2, r2 = import_once(session, doc, path)
                doc.close(True)
                first.append(t1)
                second.append(t2)
                doc = session.open(run_sample.TEMPLATE, as_template=True)
                pegawai = doc.Sheets.getByName("Pegawai")
                t = time.perf_counter()
                pegawai.getCellRangeByPosition(0, 1, len(gen.HEADER) - 1, len(rows)).setDataArray(values)
                session.settle()  # the formula rows follow the roster from the event loop
                doc.calculateAll()
                plain.append(time.perf_counter() - t)
                doc.close(True)
            m1, m2, mp = (statistics.median(x) for x in (first, second, plain))
            print(f"| {count:,} | {m1:.2f} | {m2:.2f} | {mp:.2f} | {m1 / mp:.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
