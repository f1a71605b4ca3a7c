#!/usr/bin/python3
"""The ASN Karier menu's feedback export (vnd.asnkarier:ExportFeedback), run through the dispatcher as a script or the
menu runs it (com.sun.star.frame.DispatchHelper, Silent = true), on a workbook made from the installed template with
the Medan Marelan roster imported by the menu's import command. What each page shows is checked by the sample-run
test (tests/calc/check_sample_run.py, over `make run`'s PDF, which this command writes); here, what the command does:

  1. One PDF, one page per employee in NIP order (each page's first NIP is its employee's), fonts embedded once,
     at most 15 KB a page; the result says "150 halaman".
  2. The workbook is as it was: H2 shows the NIP it showed, the document is not modified (it was saved just before),
     Undo has no new step.
  3. FolderURL: one PDF per employee besides, named "<NIP> <Nama>.pdf", each one page with that NIP.
  4. Several cells of Pegawai selected: only the selected rows' employees, in NIP order.
  5. A filtered roster (Unit Kerja = Kelurahan Terjun): only the visible rows.
  6. What cannot be printed fails with a message and leaves Calc running: Silent without TargetURL, a workbook that
     is not a committee workbook, an empty roster, a TargetURL where no file can be (under a file),
     a print area widened far beyond one page.
  7. More pages than one sheet of the print document holds (1,000 a sheet, feedback_pages.c P5; a province's
     roster is larger): in a Calc whose sheets are taken to have 500 rows (ASNKARIER_TEST_SHEET_ROWS, export_command.c
     E5: ten pages a sheet, fifteen sheets), the same PDF and files per employee as in 1 and 3, every page in NIP
     order, none lost or doubled at a sheet's end.

Usage: python3 -m tests.calc.check_export OXT [headless|desktop]
"""
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
import uno  # noqa: E402
from tools.calc_session import CalcSession, prop, settle  # noqa: E402
from tests.calc.tally import Tally  # noqa: E402
from tools.run_sample import TEMPLATE  # noqa: E402
from tests.calc.check_import import dispatch, import_file  # noqa: E402

ROSTER = os.path.join(ROOT, "examples", "roster-medan-marelan.csv")
MAX_PAGE_BYTES = 15 * 1024
SHORT_SHEET = 500  # rows of a print-document sheet in 7: ten pages of 48 rows

tally = Tally()
check = tally.check


def roster():
    with open(ROSTER, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    return rows


def pdf_pages(path):
    """The text of each page of a PDF (pdftotext), blanks collapsed."""
    text = subprocess.run(["pdftotext", "-layout", path, "-"], stdout=subprocess.PIPE, text=True).stdout
    pages = [" ".join(p.split()) for p in text.split("\f")]
    return pages[:-1] if pages and not pages[-1] else pages


def first_nip(page):
    found = re.search(r"\bNIP (\d{18})\b", page)
    return found.group(1) if found else None


def export(session, doc, target, **more):
    return dispatch(session, doc, "ExportFeedback", TargetURL=uno.systemPathToFileUrl(target), Silent=True, **more)


def main():
    oxt = sys.argv[1]
    mode = sys.argv[2] if len(sys.argv) > 2 else "headless"
    folder = tempfile.mkdtemp(prefix="asn-export-")
    os.chmod(folder, 0o777)  # soffice may run as another user (calc_session.py): it writes here
    try:
        with CalcSession(oxt, mode=mode) as session:
            run(session, folder)
            refusals(session, folder)
            check(session.alive(), "Calc is still running after every export")
        with CalcSession(oxt, mode=mode, env={"ASNKARIER_TEST_SHEET_ROWS": str(SHORT_SHEET)}) as session:
            many_sheets(session, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return tally.report(f"export-{mode}")


def imported_workbook(session, step=""):
    """A workbook made from the template with the roster imported by the menu's command; the roster's rows, their
    NIPs sorted, each NIP's name, and the workbook."""
    rows = roster()
    doc = session.open(TEMPLATE, as_template=True)
    ok, result = import_file(session, doc, ROSTER)
    check(ok, f"{step}the roster is imported first: {result!r}")
    return rows, sorted(r["NIP"] for r in rows), {r["NIP"]: r["Nama"] for r in rows}, doc


def folder_for_files(path):
    os.makedirs(path)
    os.chmod(path, 0o777)  # soffice may run as another user: it writes here
    return path


def run(session, folder):
    rows, nips, name_of, doc = imported_workbook(session)
    page_sheet = doc.Sheets.getByName("Umpan Balik")
    page_sheet.getCellRangeByName("H2").setString(nips[5])
    work = os.path.join(folder, "peringkat.ods")
    doc.storeAsURL(uno.systemPathToFileUrl(work), (prop("FilterName", "calc8"),))
    undo_before = len(doc.UndoManager.getAllUndoActionTitles())

    # 1. One PDF.
    target = os.path.join(folder, "umpan-balik.pdf")
    ok, result = export(session, doc, target)
    check(ok and result == f"{len(rows)} halaman", f"1. the result: {ok}, {result!r}")
    pages = pdf_pages(target) if os.path.exists(target) else []
    check([first_nip(p) for p in pages] == nips, f"1. one page per employee in NIP order ({len(pages)} pages)")
    check(all(name_of[n] in p for n, p in zip(nips, pages)), "1. each page shows its employee's name")
    size = os.path.getsize(target) if os.path.exists(target) else 0
    check(0 < size <= MAX_PAGE_BYTES * len(rows), f"1. {size / max(1, len(pages)) / 1024:.1f} KB a page (at most 15)")
    fonts = subprocess.run(["pdffonts", target], stdout=subprocess.PIPE, text=True).stdout.splitlines()[2:]
    names = [line.split()[0] for line in fonts]
    check(names and len(names) == len(set(names)), f"1. each font embedded once: {names}")

    # 2. The workbook as it was.
    check(page_sheet.getCellRangeByName("H2").getString() == nips[5], "2. H2 shows the NIP it showed")
    check(not doc.isModified(), "2. the saved workbook is not modified by printing")
    check(len(doc.UndoManager.getAllUndoActionTitles()) == undo_before, "2. no undo step")

    # 3. One PDF per employee as well.
    each = folder_for_files(os.path.join(folder, "per-pegawai"))
    ok, result = export(session, doc, os.path.join(folder, "semua.pdf"), FolderURL=uno.systemPathToFileUrl(each))
    check(ok and result == f"{len(rows)} halaman, {len(rows)} berkas per pegawai", f"3. the result: {ok}, {result!r}")
    files = sorted(os.listdir(each))
    check(files == sorted(f"{n} {name_of[n]}.pdf" for n in nips), f"3. one file per employee, named by NIP and name "
                                                                    f"({len(files)} files, e.g. {files[:2]})")
    sample = [f for f in files[:3]] + files[-2:]
    check(all([first_nip(p) for p in pdf_pages(os.path.join(each, f))] == [f[:18]] for f in sample),
          "3. each file is one page, its employee's")

    # 4. A selection of several cells of Pegawai: those rows only.
    pegawai = doc.Sheets.getByName("Pegawai")
    controller = doc.getCurrentController()
    controller.setActiveSheet(pegawai)
    controller.select(pegawai.getCellRangeByName("B4:C8"))  # rows 4..8: the 3rd..7th employees
    chosen = sorted(r["NIP"] for r in rows[2:7])
    ok, result = export(session, doc, os.path.join(folder, "pilihan.pdf"))
    got = [first_nip(p) for p in pdf_pages(os.path.join(folder, "pilihan.pdf"))] if ok else []
    check(ok and result == "5 halaman" and got == chosen, f"4. the selected rows only: {result!r}, {got}")
    controller.select(pegawai.getCellRangeByName("A1"))

    # 5. A filtered roster: the visible rows only.
    area = pegawai.getCellRangeByPosition(0, 0, 30, len(rows))
    descriptor = area.createFilterDescriptor(True)
    field = uno.createUnoStruct("com.sun.star.sheet.TableFilterField")
    field.Field = 2  # Unit Kerja
    field.Operator = uno.Enum("com.sun.star.sheet.FilterOperator", "EQUAL")
    field.IsNumeric = False
    field.StringValue = "Kelurahan Terjun"
    descriptor.setFilterFields((field,))
    area.filter(descriptor)
    visible = sorted(r["NIP"] for r in rows if r["Unit Kerja"] == "Kelurahan Terjun")
    ok, result = export(session, doc, os.path.join(folder, "terjun.pdf"))
    got = [first_nip(p) for p in pdf_pages(os.path.join(folder, "terjun.pdf"))] if ok else []
    check(ok and got == visible, f"5. a filtered roster: the {len(visible)} visible rows ({result!r}, {len(got)} pages)")
    area.filter(area.createFilterDescriptor(True))  # the filter off again
    doc.close(True)


def refusals(session, folder):
    # 6. What cannot be printed.
    doc = session.open(TEMPLATE, as_template=True)
    ok, result = dispatch(session, doc, "ExportFeedback", Silent=True)
    check(not ok and "TargetURL" in result, f"6. Silent without TargetURL: {result!r}")
    ok, result = export(session, doc, os.path.join(folder, "kosong.pdf"))
    check(not ok and "Tidak ada pegawai" in result and not os.path.exists(os.path.join(folder, "kosong.pdf")),
          f"6. an empty roster: {result!r}")
    ok, _ = import_file(session, doc, ROSTER)
    page = doc.Sheets.getByName("Umpan Balik")
    kept = page.getPrintAreas()
    wide = uno.createUnoStruct("com.sun.star.table.CellRangeAddress")
    wide.Sheet, wide.StartColumn, wide.StartRow, wide.EndColumn, wide.EndRow = kept[0].Sheet, 0, 0, 5, 4999
    page.setPrintAreas((wide,))  # widened by hand: 5,000 rows a page
    ok, result = export(session, doc, os.path.join(folder, "lebar.pdf"))
    check(not ok and "terlalu besar" in result, f"6. a print area widened to 5,000 rows: {result!r}")
    page.setPrintAreas(kept)
    blocker = os.path.join(folder, "berkas-biasa.txt")  # a file where the folder would have to be
    with open(blocker, "w") as f:
        f.write("x")
    ok, result = export(session, doc, os.path.join(blocker, "x.pdf"))
    check(not ok and "tidak dapat ditulis" in result, f"6. a place that cannot hold the PDF: {result!r}")
    doc.close(True)
    other = session.new_spreadsheet()
    ok, result = export(session, other, os.path.join(folder, "lain.pdf"))
    check(not ok and "bukan buku kerja panitia" in result, f"6. not a committee workbook: {result!r}")
    other.close(True)


def many_sheets(session, folder):
    # 7. The pages on many sheets of the print document.
    rows, nips, name_of, doc = imported_workbook(session, "7. ")
    each = folder_for_files(os.path.join(folder, "per-pegawai-lembar"))
    target = os.path.join(folder, "lembar.pdf")
    ok, result = export(session, doc, target, FolderURL=uno.systemPathToFileUrl(each))
    check(ok and result == f"{len(rows)} halaman, {len(rows)} berkas per pegawai", f"7. the result: {ok}, {result!r}")
    pages = pdf_pages(target) if os.path.exists(target) else []
    check([first_nip(p) for p in pages] == nips,
          f"7. one page per employee in NIP order across {-(-len(rows) // (SHORT_SHEET // 48))} sheets "
          f"({len(pages)} pages)")
    check(all(name_of[n] in p for n, p in zip(nips, pages)), "7. each page shows its employee's name")
    files = sorted(os.listdir(each))
    check(files == sorted(f"{n} {name_of[n]}.pdf" for n in nips), f"7. one file per employee ({len(files)} files)")
    edges = [k for k in range(len(nips)) if k % 10 in (0, 9)]  # the first and last page of each sheet
    check(all([first_nip(p) for p in pdf_pages(os.path.join(each, files[k]))] == [files[k][:18]] for k in edges),
          "7. the files of the pages at each sheet's first and last place are one page each, their employee's")
    pegawai = doc.Sheets.getByName("Pegawai")
    controller = doc.getCurrentController()
    controller.setActiveSheet(pegawai)
    controller.select(pegawai.getCellRangeByName("B2:B13"))  # twelve employees: a second sheet, two pages on it
    ok, result = export(session, doc, os.path.join(folder, "dua-lembar.pdf"))
    got = [first_nip(p) for p in pdf_pages(os.path.join(folder, "dua-lembar.pdf"))] if ok else []
    check(ok and got == sorted(r["NIP"] for r in rows[:12]), f"7. twelve selected: ten and two ({result!r}, {got[-3:]})")
    # Eleven selected, one of whose NIP the page cannot find ("000 salah" looks the page up as "000"): ten pages,
    # and the second sheet, left without a page, printed as nothing.
    pegawai.getCellByPosition(0, 1).setString("000 salah")
    settle()
    controller.select(pegawai.getCellRangeByName("B2:B12"))
    ok, result = export(session, doc, os.path.join(folder, "satu-hilang.pdf"))
    got = [first_nip(p) for p in pdf_pages(os.path.join(folder, "satu-hilang.pdf"))] if ok else []
    check(ok and result == "10 halaman; 1 NIP tidak ditemukan lembar Umpan Balik"
          and got == sorted(r["NIP"] for r in rows[1:11]),
          f"7. eleven selected, one NIP not found: ten pages, no empty second sheet ({result!r}, {len(got)} pages)")
    doc.close(True)
    check(session.alive(), "7. Calc is still running")


if __name__ == "__main__":
    sys.exit(main())
