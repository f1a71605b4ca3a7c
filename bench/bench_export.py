#!/usr/bin/python3
"""Benchmark: ASN Karier > Cetak umpan balik semua pegawai (vnd.asnkarier:ExportFeedback, issue 24), headless Calc.

For the Medan Marelan sample (150 employees) and the Binjai sample (5,000), imported into a workbook made from the
template with the menu's import and saved: the median of --repeat runs of the export of every feedback page into
one PDF (target: 5,000 pages <= 120 s), its size per page (target <= 15 KB on average), and, for scale, the way it is
done by hand in Calc — for each employee the NIP chosen in Umpan Balik!H2 and the page exported as a PDF of its own
(File > Export as PDF with the page selected), measured over the first 150 employees and given per page, with the
ratio of the two per page.

Usage: python3 -m bench.bench_export --oxt build/asnkarier.oxt [--repeat 3]
"""
import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
import uno  # noqa: E402
from tools.calc_session import CalcSession, prop  # noqa: E402
from tools import run_sample  # noqa: E402

ROSTERS = tuple(os.environ.get("ROSTERS", "roster-medan-marelan.csv roster-binjai.csv").split())
BY_HAND_PAGES = 150


def dispatch(session, doc, command, *arguments):
    helper = session.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", session.ctx)
    event = helper.executeDispatch(doc.getCurrentController().getFrame(), f"vnd.asnkarier:{command}", "", 0, arguments)
    session.settle()  # the formula rows follow the roster from the event loop (src/binding/print_job.c J9)
    if getattr(event, "State", 1) != 0:
        raise RuntimeError(f"{command} failed: {getattr(event, 'Result', event)!r}")
    return event.Result


def pages_of(path):
    import subprocess
    info = subprocess.run(["pdfinfo", path], stdout=subprocess.PIPE, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def by_hand(doc, folder, nips):
    """Seconds per page of choosing each NIP and exporting its page alone (what make run did before the command)."""
    sheet = doc.Sheets.getByName("Umpan Balik")
    area = sheet.getPrintAreas()[0]
    selection = doc.createInstance("com.sun.star.sheet.SheetCellRanges")
    selection.addRangeAddress(area, False)
    data = uno.Any("[]com.sun.star.beans.PropertyValue", (prop("Selection", selection),))
    t = time.perf_counter()
    for k, nip in enumerate(nips):
        sheet.getCellByPosition(7, 1).setString(nip)
        uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(os.path.join(folder, f"p{k}.pdf")),
                                       (prop("FilterName", "calc_pdf_Export"), prop("FilterData", data))))
    return (time.perf_counter() - t) / len(nips)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    folder = tempfile.mkdtemp(prefix="asn-bench-export-")
    os.chmod(folder, 0o777)
    print("| employees | export, one PDF (s) | per page (ms) | KB per page | page by page in Calc (ms/page) | ratio |")
    print("|---:|---:|---:|---:|---:|---:|")
    try:
        with CalcSession(args.oxt) as session:
            for name in ROSTERS:
                roster = os.path.join(run_sample.ROOT, "examples", name)
                doc = session.open(run_sample.TEMPLATE, as_template=True)
                dispatch(session, doc, "ImportRoster", prop("SourceURL", uno.systemPathToFileUrl(roster)),
                         prop("Silent", True))
                doc.storeAsURL(uno.systemPathToFileUrl(os.path.join(folder, "w.ods")), (prop("FilterName", "calc8"),))
                doc.calculateAll()
                target = os.path.join(folder, "umpan-balik.pdf")
                times = []
                for _ in range(args.repeat):
                    t = time.perf_counter()
                    dispatch(session, doc, "ExportFeedback", prop("TargetURL", uno.systemPathToFileUrl(target)),
                             prop("Silent", True))
                    times.append(time.perf_counter() - t)
                pages = pages_of(target)
                size = os.path.getsize(target)
                _, rows = run_sample.read_csv(roster)
                nips = sorted(r[0] for r in rows)[:BY_HAND_PAGES]
                hand = by_hand(doc, folder, nips)
                doc.close(True)
                os.remove(os.path.join(folder, "w.ods"))
                median = statistics.median(times)
                per_page = median / pages
                print(f"| {pages:,} | {median:.1f} | {per_page * 1000:.1f} | {size / pages / 1024:.1f} | "
                      f"{hand * 1000:.0f} | {hand / per_page:.1f} |", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
