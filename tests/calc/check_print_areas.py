#!/usr/bin/python3
"""The committee workbook's print areas follow its filled rows by themselves (the extension's print-area job,
src/binding/print_job.c; the areas are idl/functions.toml's [print_job]), in real Calc.

What is checked, in the installed template opened as File > New > Templates opens it:
  1. a new workbook: every area is its header alone, and the workbook is not marked modified (J4);
  2. a roster pasted in, then a name typed below a gap, a unit typed, names cleared: each area's last row follows
     (aligned areas to the last filled row, the ranking to header + the number of employees);
  3. typing a name adds exactly one undo step, and undoing it moves the areas back (J5);
  4. the whole workbook exported to PDF (as File > Export as PDF does): few pages, every employee's NIP in them,
     each of the ranking's NIPs printed once;
  5. saved, closed and opened again (load, then read): the areas as saved, the workbook unmodified;
  6. a renamed sheet is left alone while the others still follow (J7);
  7. a saved workbook whose areas are stale (edited in its file): opened, the areas follow, still unmodified;
  8. a spreadsheet that is not ours (no ASNKARIER_ names), even with sheets of the same names, is never touched (J1).
Usage: python3 -m tests.calc.check_print_areas OXT [headless|desktop]
Prints `print-areas: N passed, M failed` (`print-areas-desktop: ...` in desktop mode)."""
import os
import re
import subprocess
import sys
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import uno  # noqa: E402
from tools import function_spec  # noqa: E402
from tools.calc_session import CalcSession, prop, settle  # noqa: E402
from tools.run_sample import cell_values, read_csv  # noqa: E402
from tests.calc.tally import Tally  # noqa: E402

from com.sun.star.table import CellRangeAddress  # noqa: E402

TEMPLATE = os.path.join(ROOT, "extension", "templates", "peringkat-asn.ots")
ROSTER = os.path.join(ROOT, "examples", "roster-medan-marelan.csv")
UNITS = os.path.join(ROOT, "examples", "unit-medan-marelan.csv")
AREAS = function_spec.load()["print_job"]["area"]
EMPLOYEES = 12
tally = Tally()
check = tally.check


def last_rows(doc):
    """{sheet: last row of its first print area} for every area the job keeps (None: the sheet has none)."""
    ends = {}
    for area in AREAS:
        if doc.Sheets.hasByName(area["sheet"]):
            areas = doc.Sheets.getByName(area["sheet"]).getPrintAreas()
            ends[area["sheet"]] = areas[0].EndRow if areas else None
    return ends


def expected(names_rows, unit_rows):
    """What the job should give: names_rows/unit_rows are the 0-based rows holding a name/unit."""
    want = {}
    for area in AREAS:
        # The lists this test leaves empty (development records, vacancies) keep their header-only areas.
        filled = {"ASNKARIER_PEGAWAI": names_rows, "ASNKARIER_UNIT": unit_rows}.get(area["key"], [])
        header = area["header_last_row"]
        if area["rows"] == "compact":
            want[area["sheet"]] = header + len(filled)
        else:
            want[area["sheet"]] = max([header] + list(filled))
    return want


def pdf_pages_and_text(doc, path):
    doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", "calc_pdf_Export"),))
    info = subprocess.run(["pdfinfo", path], stdout=subprocess.PIPE, text=True).stdout
    pages = int(next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "0"))
    text = subprocess.run(["pdftotext", "-layout", path, "-"], stdout=subprocess.PIPE, text=True).stdout
    return pages, text


def with_stale_areas(source, out):
    """A copy of a saved workbook whose print areas of the job's sheets reach row 10,001 (as a workbook saved
    without the extension would have them): content.xml's table:print-ranges rewritten. Returns how many."""
    changed = 0
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "content.xml":
                data, changed = re.subn(rb'(table:print-ranges="[^"]*?\.[A-Z]+)\d+"', rb'\g<1>10001"', data)
            dst.writestr(info, data, compress_type=info.compress_type)
    return changed


def main():
    oxt = sys.argv[1]
    mode = sys.argv[2] if len(sys.argv) > 2 else "headless"
    suite = "print-areas" if mode == "headless" else f"print-areas-{mode}"
    header, rows = read_csv(ROSTER)
    rows = rows[:EMPLOYEES]
    _, units = read_csv(UNITS)
    with CalcSession(oxt, mode=mode) as session:
        # 1. A new workbook from the template.
        doc = session.open(TEMPLATE, as_template=True)
        check(last_rows(doc) == expected([], []), f"new workbook: header-only areas, got {last_rows(doc)}")
        check(not doc.isModified(), "new workbook: not modified by the job")
        untouched = {n: doc.Sheets.getByName(n).getPrintAreas()[0].EndRow for n in ("Pelatihan", "Umpan Balik")}

        # 2. The roster pasted in, a unit typed, a name below a gap, names cleared.
        pegawai = doc.Sheets.getByName("Pegawai")
        pegawai.getCellRangeByPosition(0, 1, len(header) - 1, len(rows)).setDataArray(cell_values(header, rows))
        settle()  # the job fills the formula rows from the event loop
        names = list(range(1, 1 + len(rows)))
        check(last_rows(doc) == expected(names, []), f"roster of {len(rows)}: got {last_rows(doc)}")
        distribution = doc.Sheets.getByName("Distribusi")
        distribution.getCellRangeByPosition(0, 4, 1, 3 + len(units)).setDataArray(tuple(tuple(u) for u in units))
        settle()  # the job fills the formula rows from the event loop
        unit_rows = list(range(4, 4 + len(units)))
        check(last_rows(doc) == expected(names, unit_rows), f"units typed: got {last_rows(doc)}")

        # 3. One name typed below a gap: one undo step; undone, the areas go back.
        undo = doc.getUndoManager()
        steps = len(undo.getAllUndoActionTitles())
        pegawai.getCellByPosition(1, 40).setString("Pegawai Tambahan")
        settle()  # the job fills the formula rows from the event loop
        check(last_rows(doc) == expected(names + [40], unit_rows), f"a name in row 41: got {last_rows(doc)}")
        check(len(undo.getAllUndoActionTitles()) == steps + 1,
              f"typing a name is one undo step, got {undo.getAllUndoActionTitles()[:3]}")
        undo.undo()
        settle()  # the job fills the formula rows from the event loop
        check(pegawai.getCellByPosition(1, 40).getString() == "", "undo removed the name")
        check(last_rows(doc) == expected(names, unit_rows), f"undone: got {last_rows(doc)}")
        undo.redo()
        settle()  # the job fills the formula rows from the event loop
        check(last_rows(doc) == expected(names + [40], unit_rows), f"redone: got {last_rows(doc)}")
        pegawai.getCellRangeByPosition(0, 40, 30, 40).clearContents(0x3FF)
        settle()  # the job fills the formula rows from the event loop
        pegawai.getCellRangeByPosition(0, 8, 30, 9).clearContents(0x3FF)  # employees 8 and 9 removed
        settle()  # the job fills the formula rows from the event loop
        names = [r for r in names if r not in (8, 9)]
        check(last_rows(doc) == expected(names, unit_rows), f"two employees cleared: got {last_rows(doc)}")
        check({n: doc.Sheets.getByName(n).getPrintAreas()[0].EndRow for n in untouched} == untouched,
              "the other sheets' print areas are left as they are")
        kept = [r for k, r in enumerate(rows, start=1) if k not in (8, 9)]

        # 4. The workbook exported to PDF as the user exports it.
        doc.calculateAll()
        pages, text = pdf_pages_and_text(doc, os.path.join(session.root, "followed.pdf"))
        nips = [r[0] for r in kept]
        check(all(nip in text for nip in nips), "every employee's NIP is in the PDF")
        ranked = text[text.find("DAFTAR PERINGKAT PEGAWAI"):text.find("PEMERIKSAAN KURVA DISTRIBUSI")]
        printed = re.findall(r"\b\d{18}\b", ranked)
        check(sorted(printed) == sorted(nips), f"the ranking prints each of the {len(nips)} NIPs once, got {len(printed)}")
        check(0 < pages <= 40, f"the workbook prints {pages} pages for {len(kept)} employees")

        # 5. Saved, closed, opened again.
        saved = os.path.join(session.root, "tersimpan.ods")
        doc.storeAsURL(uno.systemPathToFileUrl(saved), (prop("FilterName", "calc8"),))
        want = expected(names, unit_rows)
        doc.close(True)
        doc = session.open(saved)
        check(last_rows(doc) == want, f"opened again: got {last_rows(doc)}")
        check(not doc.isModified(), "opened again: not modified")
        # 6. A renamed sheet is left alone; the others still follow.
        doc.Sheets.getByName("Kinerja").setName("Kinerja 2026")
        renamed_end = doc.Sheets.getByName("Kinerja 2026").getPrintAreas()[0].EndRow
        pegawai = doc.Sheets.getByName("Pegawai")
        pegawai.getCellByPosition(1, 60).setString("Pegawai Baru")
        settle()  # the job fills the formula rows from the event loop
        got = last_rows(doc)
        check(got.get("Kompetensi") == 60 and got.get("Peringkat") == 4 + len(names) + 1,
              f"after a rename the others follow: got {got}")
        check(doc.Sheets.getByName("Kinerja 2026").getPrintAreas()[0].EndRow == renamed_end, "the renamed sheet is left")
        doc.close(True)

        # 7. Stale areas in the file.
        stale = os.path.join(session.root, "usang.ods")
        check(with_stale_areas(saved, stale) >= len(AREAS), "the stale copy's print areas were rewritten")
        doc = session.open(stale)
        check(last_rows(doc) == want, f"stale areas followed on opening: got {last_rows(doc)}")
        check(not doc.isModified(), "stale areas: the workbook is not marked modified")
        doc.close(True)

        # 8. Not ours: the same sheet names, no ASNKARIER_ names.
        other = session.new_spreadsheet()
        other.Sheets.getByIndex(0).setName("Pegawai")
        for area in AREAS:
            if not other.Sheets.hasByName(area["sheet"]):  # Pegawai is the first sheet already
                other.Sheets.insertNewByName(area["sheet"], other.Sheets.Count)
            sheet = other.Sheets.getByName(area["sheet"])
            address = CellRangeAddress()
            address.Sheet, address.EndColumn, address.EndRow = sheet.RangeAddress.Sheet, 5, 100
            sheet.setPrintAreas((address,))
        other.Sheets.getByName("Pegawai").getCellByPosition(1, 1).setString("Bukan lembar ASN Karier")
        settle()  # the job fills the formula rows from the event loop
        check(all(end == 100 for end in last_rows(other).values()), f"another spreadsheet untouched: {last_rows(other)}")
        other.close(True)
    return tally.report(suite)


if __name__ == "__main__":
    sys.exit(main())
