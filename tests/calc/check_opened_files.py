#!/usr/bin/python3
"""Files opened as a user opens them: load, then read, with no recalculation in between.

Every other Calc test recalculates (calculateAll) before it reads, which hid that the `make run` workbooks
opened with 8,582 error cells: Calc recalculates add-in formulas while it loads, before the document knows its
location, so a kamus named by a path relative to the workbook could not be found then.

What is opened, in each setting below:
  1. both `make run` workbooks (written here by tools/run_sample.py, kamus beside them);
  2. a moved copy of them: another folder, with spaces in its name, whose kamus differs in one standar level;
  3. the committee template, opened as File > New > Templates opens it;
  4. a workbook saved by the user in that session, naming its kamus by a relative path;
  5. the template filled with 30 and with 10,000 employees (tools/gen_sample_roster.py's rules) and saved: the
     workbook's formula rows follow the roster (issue 25), so these are the sizes that differ in what the file
     holds. ASN_OPENED_SIZES=30,10000,50000 adds a roster of 50,000 (minutes: not in `make check`);
  6. workbooks made from a template that an update of the extension then replaced by a newer one: Calc asks
     nothing about the template's styles when they are opened (print_job.c J11; a question would hold the load);
  7. the `make run` workbooks and the 30-employee one in a LibreOffice without the extension (a colleague's
     computer; headless and desktop): Calc computes every add-in formula again to an error, so instead of results
     the workbook must say that the extension is missing, on Peringkat, on Periksa Data and in every filled row's
     check (Pegawai AF), and never so where the extension is installed (template_checks.NOT_INSTALLED).
  8. desktop: the 30 and 10,000 workbooks (filled headless, so saved before their ranking was ever shown) with
     Peringkat shown as a user clicks its tab: its rows fit their wrapped reasons (Calc keeps the heights stored in
     the file; print_job.c J12 fits them once), and the workbook stays unmodified.
  9. the 30 and 10,000 workbooks, Peringkat never shown, exported as PDF (desktop: the whole workbook, by the
     toolbar's command; headless: Peringkat's print area, by storeToURL): the rows are fitted for the export
     (print_job.c J13), so the PDF has as many pages as one exported after a fit, and the workbook stays unmodified;
     the 30 one changed, exported, changed again so that one reason grows over more lines, and exported again: that
     row is fitted too.
 10. headless and desktop: the 30 and 10,000 workbooks, Peringkat never shown, printed (all sheets: Calc's "Print
     only selected sheets" is off in these profiles; to a file, which Calc writes as PDF; the 30 one in desktop
     through the print dialog, Berkas > Cetak > "Cetak sebagai Berkas...", the others through the API, which sends
     the same event: the 10,000 one through the dialog made the test about three minutes longer in CI (725 s against
     540 s), and printed the same 609 pages as through the API when measured on 2026-12-08): the rows are fitted for
     the print (J13, OnPrint), the print has as many pages as one printed after a fit, and the workbook stays
     unmodified.
What is checked, on the document as it stands after loading:
  - no formula cell of any sheet holds an error;
  - every formula cell shows what a full recalculation shows (so the values computed during loading are the
    right ones, not leftovers cached in the file: the moved copy's kamus differs on purpose);
  - the moved copy shows the moved kamus' level where the original shows its own.
Settings: headless Calc; desktop Calc under Xvfb (gtk3, id_ID.UTF-8, Indonesian UI); desktop Calc with
"recalculation on file load" set to "always"; each with default settings but "Print only selected sheets" off.
Prints `opened-files: N passed, M failed`."""
import datetime
import math
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import uno  # noqa: E402
from tools.calc_session import CalcSession, formula_error_cells, prop, settle  # noqa: E402
from tools import gen_sample_roster as gen  # noqa: E402
from tools import run_sample  # noqa: E402
from tools.template_checks import NOT_INSTALLED_ROW, NOT_INSTALLED_TEXT  # noqa: E402
from tests.calc.by_hand import ByHand  # noqa: E402
from tests.calc.tally import Tally  # noqa: E402

from com.sun.star.document.UpdateDocMode import ACCORDING_TO_CONFIG  # noqa: E402
from com.sun.star.sheet.CellFlags import FORMULA  # noqa: E402

WORK = os.path.join(ROOT, "build", "opened-files")
ROSTERS = ("pematangsiantar", "medan-marelan")
SIZES = tuple(int(n) for n in os.environ.get("ASN_OPENED_SIZES", "30,10000").split(","))
TEMPLATE = os.path.join(ROOT, "extension", "templates", "peringkat-asn.ots")
KAMUS = os.path.join(ROOT, "examples", "kamus-contoh.xml")
# One standar of the sample kamus that the moved copy changes, and where the workbooks show it.
ORIGINAL_STANDAR = '<standar kompetensi="M.01" level="3"/>'
# Calc's "Print only selected sheets" off (Tools > Options > LibreOffice Calc > Print; the configuration key below):
# item 10 prints every sheet, as an officer does who prints the whole workbook from the sheet in front of them.
PRINT_ALL_SHEETS = ("/org.openoffice.Office.Calc/Print/Other", "AllSheets", "true")
PRINTED_IN = ("headless", "desktop")  # item 10; not again with recalculation "always": it changes loading, not printing
SETTINGS = (
    ("headless", "headless", (PRINT_ALL_SHEETS,)),
    ("desktop", "desktop", (PRINT_ALL_SHEETS,)),
    ("desktop, recalculation on load: always", "desktop",
     (("/org.openoffice.Office.Calc/Formula/Load", "ODFRecalcMode", "0"), PRINT_ALL_SHEETS)),
)
tally = Tally()
check = tally.check


def formula_results(doc):
    """{(sheet, column, row): shown value} of every formula cell, read from the document as it stands."""
    results = {}
    for sheet in doc.Sheets:
        addresses = sheet.queryContentCells(FORMULA).getRangeAddresses()
        if not addresses:
            continue
        # One read of the bounding box per sheet: a call per formula range would take seconds.
        right = max(a.EndColumn for a in addresses)
        bottom = max(a.EndRow for a in addresses)
        values = sheet.getCellRangeByPosition(0, 0, right, bottom).getDataArray()
        name = sheet.Name  # a call into soffice: once, not per cell
        for a in addresses:
            for r in range(a.StartRow, a.EndRow + 1):
                for c in range(a.StartColumn, a.EndColumn + 1):
                    results[(name, c, r)] = values[r][c]
    return results


def same_result(a, b):
    """Equal, numbers to 1e-12: a file keeps a cached number to 15 significant digits (3.00068446269678),
    a recalculation gives all 17 (3.0006844626967832)."""
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)
    return a == b


def check_opened(session, path, label, as_template=False):
    """Opens `path`, checks it as it stands, then against a full recalculation. Returns what it showed."""
    doc = session.open(path, as_template=as_template)
    errors = formula_error_cells(doc)
    total = sum(n for n, _ in errors.values())
    detail = ", ".join(f"{sheet} {n} (first {first})" for sheet, (n, first) in errors.items() if n)
    check(total == 0, f"{label}: {total} error cells after opening: {detail}")
    shown = formula_results(doc)
    check(len(shown) > 0, f"{label}: holds formulas")
    if doc.Sheets.hasByName("Peringkat"):
        status = doc.Sheets.getByName("Peringkat").getCellRangeByName("E2").getString()
        check(status != NOT_INSTALLED_TEXT,
              f"{label}: Peringkat does not say the extension is missing ({status!r})")
    doc.calculateAll()
    recalculated = formula_results(doc)
    differing = [k for k in shown if not same_result(shown[k], recalculated.get(k))]
    check(not differing, f"{label}: {len(differing)} formula cells change on a full recalculation, e.g. "
                         f"{differing[:3]} {[(shown[k], recalculated.get(k)) for k in differing[:3]]}")
    doc.close(True)
    print(f"  {label}: {len(shown)} formula cells, {total} errors after opening, {len(differing)} change on recalculation")
    return shown


def make_outputs():
    """The `make run` workbooks, as make run writes them (headless Calc), and a moved copy with a changed kamus."""
    out = os.path.join(WORK, "out")
    shutil.rmtree(WORK, ignore_errors=True)
    run = subprocess.run(["/usr/bin/python3", "-m", "tools.run_sample", "--oxt", sys.argv[1],
                          "--out", out] + [os.path.join(ROOT, "examples", f"roster-{r}.csv") for r in ROSTERS],
                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    check(run.returncode == 0, f"make run's workbooks written ({run.stdout[-800:]})")
    moved = os.path.join(WORK, "dipindahkan", "Arsip BKPSDM 2026")
    os.makedirs(moved)
    for r in ROSTERS:
        shutil.copy(os.path.join(out, f"peringkat-{r}.ods"), moved)
    with open(KAMUS, encoding="utf-8") as f:
        kamus = f.read()
    check(kamus.count(ORIGINAL_STANDAR) >= 1, "the sample kamus holds the standar the moved copy changes")
    with open(os.path.join(moved, "kamus-contoh.xml"), "w", encoding="utf-8") as f:
        f.write(kamus.replace(ORIGINAL_STANDAR, ORIGINAL_STANDAR.replace('level="3"', 'level="5"')))
    filled_rosters(sys.argv[1], moved)
    for dirpath, dirnames, filenames in os.walk(WORK):  # soffice runs as nobody when the tests run as root
        for name in dirnames + filenames:
            os.chmod(os.path.join(dirpath, name), 0o777)
    os.chmod(WORK, 0o777)
    return out, moved


def filled_rosters(oxt, folder):
    """The template filled with SIZES employees each, saved in `folder` (beside its kamus) as peringkat-<n>.ods."""
    units = [(f"Unit Kerja {k + 1:02d}", "Baik") for k in range(24)]
    os.chmod(folder, 0o777)
    with CalcSession(oxt) as session:
        for count in SIZES:
            rows = gen.employees(count, [u for u, _ in units], 4242)
            values = run_sample.cell_values(gen.HEADER, [[str(v) for v in row] for row in rows])
            doc = session.open(TEMPLATE, as_template=True)
            run_sample.fill(doc, f"{count} pegawai (fiktif)", units)
            path = os.path.join(folder, f"peringkat-{count}.ods")
            doc.storeAsURL(uno.systemPathToFileUrl(path), (prop("FilterName", "calc8"),))
            doc.Sheets.getByName("Pegawai").getCellRangeByPosition(0, 1, len(gen.HEADER) - 1, count).setDataArray(values)
            settle()  # the job fills the formula rows from the event loop
            doc.calculateAll()
            doc.store()
            session.settle()  # nothing of the job left to run on a document that closes
            doc.close(True)


def user_saved_workbook(session, folder, label):
    """A workbook the user makes and saves, naming the kamus by a relative path, then opens again."""
    doc = session.new_spreadsheet()
    sheet = doc.Sheets.getByIndex(0)
    sheet.getCellByPosition(0, 0).setFormula('=ASNREQUIRED("ADM-KPG";"T.KPG.01";"kamus-contoh.xml")')
    sheet.getCellByPosition(0, 1).setFormula('=ASNDICTCHECK("kamus-contoh.xml")')
    sheet.getCellByPosition(0, 2).setFormula('=A1*2')
    path = os.path.join(folder, f"disimpan-{label.split(',')[0]}.ods")
    session.store(doc, path, "calc8")
    doc.close(True)
    doc = session.open(path)
    sheet = doc.Sheets.getByIndex(0)
    got = [sheet.getCellByPosition(0, r).getError() or sheet.getCellByPosition(0, r).getString() for r in range(3)]
    check(got == ["4", "OK: 13 kompetensi, 11 jabatan", "8"], f"{label}: a saved workbook with a relative kamus opens "
                                                             f"as {got}")
    doc.close(True)


def newer_template(path):
    """Rewrites the template file at `path` as an update of the extension would ship it: modified later than any
    workbook made from it (Calc compares the template's modification date with the one the workbook keeps)."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(path + ".tmp", "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "meta.xml":
                data = re.sub(rb"<dc:date>[^<]*</dc:date>", b"<dc:date>2099-01-01T00:00:00</dc:date>", data)
            dst.writestr(info, data, compress_type=info.compress_type)
    os.replace(path + ".tmp", path)


def template_settings(doc):
    return doc.createInstance("com.sun.star.document.Settings")


def open_watched(session, path, label, arguments=()):
    """Opens `path`; None when the load has not returned within a minute (a question holds it: desktop Calc asks
    in a dialog), and then this Calc session is ended."""
    result = {}

    def load():
        try:
            result["doc"] = session.desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0,
                                                                 session.load_arguments() + arguments)
        except Exception as e:
            result["doc"] = e
    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(60)
    if worker.is_alive() or isinstance(result.get("doc"), Exception):
        check(False, f"{label}: opening {os.path.basename(path)} returned within a minute ({result.get('doc')})")
        if worker.is_alive():
            session._kill()
        return None
    return result["doc"]


def template_updated(session, folder, label):
    """6: a workbook made from the template now, and one made before print_job.c J11 (with the question on, as
    every older workbook has it), then the template updated; both opened as File > Open opens a file (UpdateDocMode
    ACCORDING_TO_CONFIG: Calc asks when the template is newer, in a dialog on the desktop; headless Calc takes the
    dialog as refused and marks the workbook modified). Without J11 the older one hung the desktop load."""
    tag = re.sub(r"\W+", "-", label)  # one set of files per setting
    old_template = os.path.join(folder, f"templat-lama-{tag}.ots")
    shutil.copy(TEMPLATE, old_template)
    os.chmod(old_template, 0o666)
    paths = {}
    for name, ask in (("baru", False), ("lama", True)):
        doc = session.open(old_template, as_template=True)
        check(template_settings(doc).UpdateFromTemplate is False,
              f"{label}: a workbook made from the template does not ask to follow the template")
        template_settings(doc).UpdateFromTemplate = ask
        paths[name] = os.path.join(folder, f"dari-templat-{name}-{tag}.ods")
        doc.storeAsURL(uno.systemPathToFileUrl(paths[name]), (prop("FilterName", "calc8"),))
        doc.close(True)
    newer_template(old_template)
    for name, path in paths.items():
        doc = open_watched(session, path, f"{label}: {name}", (prop("UpdateDocMode", ACCORDING_TO_CONFIG),))
        if doc is None:
            return
        session.settle()
        check(not doc.isModified() and template_settings(doc).UpdateFromTemplate is False,
              f"{label}: the workbook made from the template ({name}) opened after the template was updated: "
              f"nothing asked, unmodified ({doc.isModified()}), the question off")
        doc.close(True)


def check_ranking_fitted(session, path, label):
    """8: Peringkat shown in a workbook just opened: its rows as high as a fit makes them, the workbook unmodified."""
    doc = session.open(path)
    doc.getCurrentController().setActiveSheet(doc.Sheets.getByName("Peringkat"))
    session.settle()  # the fit runs from the event loop once the sheet is shown
    rows, shown = ranking_heights(doc)
    unmodified = not doc.isModified()
    fitted = refit(rows)
    wrong = unfitted_rows(shown, fitted)
    check(not wrong, f"{label}: Peringkat's rows fit their reasons once shown ({len(wrong)} rows do not, e.g. "
                     f"{[(r, shown[r - 6], fitted[r - 6]) for r in wrong[:3]]})")
    check(unmodified, f"{label}: showing Peringkat leaves the workbook unmodified")
    doc.close(True)
    print(f"  {label}: Peringkat shown, {len(shown)} rows, {len(wrong)} not fitted")


def ranking_heights(doc):
    """Peringkat's printed ranking rows: (their rows, their heights as they stand)."""
    ranking = doc.Sheets.getByName("Peringkat")
    rows = ranking.getCellRangeByPosition(0, 5, 10, ranking.getPrintAreas()[0].EndRow).Rows
    shown = [rows.getByIndex(k).Height for k in range(rows.Count)]
    return rows, shown


def refit(rows):
    """What a fit makes of `rows` (switching the flag off and on makes Calc measure)."""
    rows.OptimalHeight = False
    rows.OptimalHeight = True
    return [rows.getByIndex(k).Height for k in range(rows.Count)]


def unfitted_rows(shown, fitted):
    return [k + 6 for k in range(len(shown)) if abs(shown[k] - fitted[k]) > 20]  # 1/100 mm


def export_ranking(session, doc, path):
    """The workbook exported as PDF, its pages. In desktop Calc through the command of the toolbar's "Ekspor
    Langsung sebagai PDF" (.uno:ExportDirectToPDF, with the URL its file dialog would ask for): the whole workbook, as
    an officer exports it. Headless, as a script or soffice --convert-to does (storeToURL), Peringkat's print area
    only (the selection of the PDF dialog)."""
    url = uno.systemPathToFileUrl(path)
    if session.mode == "desktop":
        helper = session.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", session.ctx)
        helper.executeDispatch(doc.getCurrentController().getFrame(), ".uno:ExportDirectToPDF", "", 0,
                               (prop("URL", url), prop("FilterName", "calc_pdf_Export")))
        session.settle()
    else:
        ranking = doc.Sheets.getByName("Peringkat")
        area = ranking.getCellRangeByPosition(0, 0, 10, ranking.getPrintAreas()[0].EndRow)
        doc.storeToURL(url, (prop("FilterName", "calc_pdf_Export"),
                       prop("FilterData", uno.Any("[]com.sun.star.beans.PropertyValue", (prop("Selection", area),)))))
    return pdf_pages(path)


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def print_workbook(doc, path):
    """The workbook printed to the file `path`, every sheet (PRINT_ALL_SHEETS), through the API's print(), which sends
    the document event OnPrint as the print dialog does (Calc writes the file as PDF); its pages."""
    doc.print((prop("FileName", path), prop("Wait", True)))
    return pdf_pages(path)


# Where the print dialog's controls are, from its window's top left (LibreOffice 7.4, gtk3, Indonesian UI, the
# virtual display's 1600x1000). The keyboard's focus opens on the Cetak button (Return prints to the printer chosen),
# and Alt+Down did not open the printer list; so they are clicked.
DIALOG_PRINTERS = (629, 71)      # the list of printers ("Generic Printer" chosen)
DIALOG_TO_FILE = (447, 101)      # its first entry when open: "Cetak sebagai Berkas..."
DIALOG_PRINT = (850, 505)        # the Cetak button


def print_by_dialog(session, doc, path):
    """Desktop: the workbook printed as an officer without a printer does: Berkas > Cetak (Ctrl+P), "Cetak sebagai
    Berkas..." in the printer list, Cetak, and the file's name in the Simpan dialog (Calc writes it as PDF); its
    pages. The dialog counts its preview's pages before the job fits the ranking (print_job.c J13 runs at OnPrint, when
    printing starts), so the preview of an unfitted workbook shows fewer pages than are printed."""
    if os.path.exists(path):
        os.remove(path)  # the Simpan dialog would ask whether to replace it
    hand = ByHand(session, doc)
    hand.focus()
    hand.keys("ctrl+p")
    if not hand.wait_for_dialog(["Cetak"], 120):  # clicking on would click the sheet's cells, then wait 5 minutes
        raise RuntimeError("desktop: Ctrl+P opened no print dialog (Cetak)")
    time.sleep(2)
    # From its position as getwindowgeometry reports it (mousemove --window landed 20 pixels higher than that).
    place = dict(re.findall(r"^(\w+)=(\d+)$", hand.xdotool("getactivewindow", "getwindowgeometry", "--shell"), re.M))
    for x, y in (DIALOG_PRINTERS, DIALOG_TO_FILE, DIALOG_PRINT):
        hand.xdotool("mousemove", str(int(place["X"]) + x), str(int(place["Y"]) + y), "click", "1")
        time.sleep(2)
    if not hand.wait_for_dialog(["Simpan"], 60):
        shot = hand.screenshot(os.path.splitext(path)[0] + "-layar.png")
        raise RuntimeError(f"desktop: printing to a file asked for no file name (Simpan; the screen: {shot})")
    hand.keys("ctrl+l")
    hand.type(path, enter=False)
    time.sleep(1)  # the file dialog completes what is typed; Return at once can go to its completion
    hand.keys("Return")
    deadline, size = time.time() + 300, -1
    while time.time() < deadline:  # done when the file has stopped growing and reads as a PDF with its page count
        time.sleep(2)
        grown, size = size, os.path.getsize(path) if os.path.exists(path) else -1
        if size > 0 and size == grown:
            try:
                pages = pdf_pages(path)
            except AttributeError:
                continue
            hand.close()
            return pages
    shot = hand.screenshot(os.path.splitext(path)[0] + "-layar.png")
    hand.close()
    raise RuntimeError(f"the print dialog wrote no complete {path} in 5 minutes (the screen: {shot})")


def check_output_fitted(session, path, label, output, done):
    """9, 10: the workbook put out straight after opening, Peringkat never shown (`output(doc)`: exported or printed,
    its pages; `done`: "exported" or "printed"): the ranking's rows are fitted first (print_job.c J13; Calc keeps the
    heights stored in the file), so it has the pages of a fitted ranking, and the workbook stays unmodified."""
    doc = session.open(path)
    pages = output(doc)
    unmodified = not doc.isModified()
    rows, shown = ranking_heights(doc)
    fitted = refit(rows)
    wrong = unfitted_rows(shown, fitted)
    check(not wrong, f"{label}: {done} without showing Peringkat, its rows fit their reasons ({len(wrong)} rows do "
                     f"not, e.g. {[(r, shown[r - 6], fitted[r - 6]) for r in wrong[:3]]})")
    check(unmodified, f"{label}: {done}, the workbook stays unmodified")
    fitted_pages = output(doc)
    check(pages == fitted_pages, f"{label}: {done}, it has the pages of the fitted ranking ({pages}, fitted "
                                 f"{fitted_pages})")
    doc.close(True)
    print(f"  {label}: {done}, {len(shown)} rows, {len(wrong)} not fitted, {pages} pages (fitted {fitted_pages})")


def check_export_fitted(session, path, label):
    """9: exported as PDF (export_ranking)."""
    pdf = os.path.join(os.path.dirname(path), "ekspor-peringkat.pdf")
    check_output_fitted(session, path, label, lambda doc: export_ranking(session, doc, pdf), "exported")


def check_print_fitted(session, path, label, by_dialog):
    """10: printed, all its sheets (the fit at the document event OnPrint): through the print dialog (print_by_dialog,
    desktop) or the API (print_workbook)."""
    printed = os.path.join(os.path.dirname(path), "cetak.pdf")
    if by_dialog:
        check_output_fitted(session, path, label, lambda doc: print_by_dialog(session, doc, printed),
                            "printed through Berkas > Cetak")
    else:
        check_output_fitted(session, path, label, lambda doc: print_workbook(doc, printed), "printed")


def check_changed_export_fitted(session, path, label):
    """9: a changed workbook exported, changed again and exported again, Peringkat not shown since: the reason that
    grew with the second change is fitted (the first export's fit does not stand for the second)."""
    doc = session.open(path)
    pdf = os.path.join(os.path.dirname(path), "ekspor-peringkat.pdf")
    pegawai = doc.Sheets.getByName("Pegawai")
    # The first employee who meets the KP requirements fails one of them, and then three: the reason wraps.
    reasons = doc.Sheets.getByName("Kinerja").getCellRangeByName("I2:I31").getDataArray()
    row = 1 + [r[0] for r in reasons].index("Ya")
    pegawai.getCellByPosition(28, row).setString("ya")  # Hukuman Disiplin
    session.settle()
    export_ranking(session, doc, pdf)
    _, before = ranking_heights(doc)
    today = (datetime.date.today() - datetime.date(1899, 12, 30)).days  # Calc's serial date
    pegawai.getCellByPosition(6, row).setValue(today)  # TMT Golongan
    pegawai.getCellByPosition(27, row).setString("Butuh Perbaikan")  # Predikat Tahun Lalu
    session.settle()
    export_ranking(session, doc, pdf)
    rows, shown = ranking_heights(doc)
    fitted = refit(rows)
    wrong = unfitted_rows(shown, fitted)
    grown = [k + 6 for k in range(min(len(shown), len(before))) if shown[k] > before[k] + 20]
    check(grown, f"{label}: the changed reason needs a taller row (the check would prove nothing otherwise)")
    check(not wrong, f"{label}: exported again after a change, Peringkat's rows fit their reasons ({len(wrong)} rows "
                     f"do not, e.g. {[(r, shown[r - 6], fitted[r - 6]) for r in wrong[:3]]})")
    doc.close(True)
    print(f"  {label}: changed, exported, changed and exported again: rows {grown[:3]} grew, {len(wrong)} not fitted")


def check_without_extension(paths, mode):
    """7: each workbook opened in a LibreOffice without the extension says that the extension is missing."""
    with CalcSession(sys.argv[1], mode=mode, install=False) as session:
        for path in paths:
            label = f"{mode}, without the extension: {os.path.basename(path)}"
            doc = session.open(path)
            for sheet, cell in (("Peringkat", "E2"), ("Periksa Data", "A2")):
                shown = doc.Sheets.getByName(sheet).getCellRangeByName(cell).getString()
                check(shown == NOT_INSTALLED_TEXT,
                      f"{label}: {sheet} {cell} says the extension is missing ({shown!r})")
            pegawai = doc.Sheets.getByName("Pegawai")
            rows = pegawai.getCellRangeByName("A2:AF50001").getDataArray()
            filled = [r for r in rows if r[0] != "" or r[1] != ""]
            told = [r for r in filled if str(r[31]).startswith("Baris ") and str(r[31]).endswith(NOT_INSTALLED_ROW)]
            check(bool(filled) and len(told) == len(filled),
                  f"{label}: the check of every filled row says so ({len(told)} of {len(filled)}; first "
                  f"{filled[0][31] if filled else None!r})")
            doc.close(True)
            print(f"  {label}: {len(filled)} rows")


def saved_without_extension(path, mode):
    """7: a workbook saved where the extension is missing, then opened where it is installed (README, Memasang):
    everything is computed again, with no error and no message left."""
    copy = os.path.join(os.path.dirname(path), f"disimpan-tanpa-ekstensi-{mode}.ods")
    shutil.copy(path, copy)
    os.chmod(copy, 0o666)
    label = f"{mode}: saved without the extension, opened with it"
    with CalcSession(sys.argv[1], mode=mode, install=False) as session:
        doc = session.open(copy)
        doc.store()
        doc.close(True)
    with CalcSession(sys.argv[1], mode=mode) as session:
        doc = session.open(copy)
        errors = sum(n for n, _ in formula_error_cells(doc).values())
        status = doc.Sheets.getByName("Peringkat").getCellRangeByName("E2").getString()
        check(errors == 0 and status != NOT_INSTALLED_TEXT and "diperingkat" in status,
              f"{label}: {errors} error cells, Peringkat says {status!r}")
        doc.close(True)
    print(f"  {label}: {status}")


def main():
    out, moved = make_outputs()
    for label, mode, settings in SETTINGS:
        print(f"{label}:")
        try:
            with CalcSession(sys.argv[1], mode=mode, settings=settings) as session:
                for r in ROSTERS:
                    original = check_opened(session, os.path.join(out, f"peringkat-{r}.ods"), f"{label}: {r}")
                    copy = check_opened(session, os.path.join(moved, f"peringkat-{r}.ods"), f"{label}: {r}, moved")
                    changed = [k for k in original if k[0] == "Kompetensi" and original[k] != copy.get(k)]
                    check(changed, f"{label}: {r}, moved: the moved kamus' level shows (no Kompetensi cell differs)")
                check_opened(session, TEMPLATE, f"{label}: the template", as_template=True)
                for count in SIZES:
                    check_opened(session, os.path.join(moved, f"peringkat-{count}.ods"), f"{label}: {count:,} employees")
                    if mode == "desktop":
                        check_ranking_fitted(session, os.path.join(moved, f"peringkat-{count}.ods"),
                                             f"{label}: {count:,} employees")
                    check_export_fitted(session, os.path.join(moved, f"peringkat-{count}.ods"),
                                        f"{label}: {count:,} employees")
                    if label in PRINTED_IN:
                        check_print_fitted(session, os.path.join(moved, f"peringkat-{count}.ods"),
                                           f"{label}: {count:,} employees", mode == "desktop" and count <= 30)
                    if count == 30:
                        check_changed_export_fitted(session, os.path.join(moved, f"peringkat-{count}.ods"),
                                                    f"{label}: {count:,} employees")
                user_saved_workbook(session, moved, label)
                check(session.alive(), f"{label}: Calc alive")
                template_updated(session, moved, label)  # last: a hung load ends the session
        except Exception as e:  # a harness failure is a failed test, and says why
            check(False, f"{label}: the Calc session failed: {e}")
    for mode in ("headless", "desktop"):
        print(f"{mode}, without the extension:")
        try:
            small = [os.path.join(moved, f"peringkat-{n}.ods") for n in SIZES if n <= 30]
            check_without_extension([os.path.join(out, f"peringkat-{r}.ods") for r in ROSTERS] + small, mode)
            if small:
                saved_without_extension(small[0], mode)
        except Exception as e:
            check(False, f"{mode}, without the extension: the Calc session failed: {e}")
    return tally.report("opened-files")


if __name__ == "__main__":
    sys.exit(main())
