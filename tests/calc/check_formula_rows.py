#!/usr/bin/python3
"""The committee workbook holds as many rows of formulas as its roster has employees (issue 25): the extension's
job fills the template's one row of formulas down to the roster's last row and clears the rows past it
(src/binding/formula_rows.c, rules F1-F7; the blocks are idl/functions.toml's [formula_rows]), in real Calc.

What is checked, in the installed template opened as File > New > Templates opens it:
  1. a new workbook: one row of formulas per block, every array one row high, the last-row cell 2, no error cell;
  2. a roster pasted in: every block has formulas down to its last employee and none below, the arrays as high as
     the roster, hidden helper columns still hidden, every employee ranked, no error cell;
  3. a name typed below a gap: the rows reach it, as one undo step (the fill is none); undone, they go back; a
     name typed at row 1,000,000 by mistake gives no formula rows (print_rows.c R5);
 3b. in a second workbook, the roster pasted (Calc's own paste, from the first workbook's copied rows) twice, both
     pastes undone, then redone: all ranked again, the first row's name on Kinerja (print_job.c J10);
  4. employees cleared from the end: the rows past the new last employee are empty, the ranking shorter;
  5. saved, closed and opened again (load, then read): the same rows and results, the workbook unmodified;
  6. a workbook without the blocks' names (as one from the 1.x template) keeps the rows it has (F1);
 6b. a workbook of the template of 2026-12-06 (one ASNPROFILE array a row, a block now retired): still filled down,
     with the standards ASNPROFILES gives;
 6c. a workbook of the template before ASNJPTOTALS (tests/data/templates/peringkat-asn-indeks.ots: the records sorted
     on the hidden sheet Indeks, a retired array, and Kinerja AT:AV): its rows and that array follow the records as
     in 2b, with the same JP;
  7. a roster larger than the old template's 10,000 rows (10,500 employees): all formula rows there, all ranked.
Usage: python3 -m tests.calc.check_formula_rows OXT [headless|desktop]
Prints `formula-rows: N passed, M failed` (`formula-rows-desktop: ...` in desktop mode)."""
import os
import shutil
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import uno  # noqa: E402
from tools import function_spec  # noqa: E402
from com.sun.star.table import CellAddress  # noqa: E402
from tools.calc_session import CalcSession, formula_error_cells, prop, settle, settle_until  # noqa: E402
from tools import gen_sample_roster as gen  # noqa: E402
from tools.run_sample import cell_values, read_csv  # noqa: E402
from tests.calc.tally import Tally  # noqa: E402

TEMPLATE = os.path.join(ROOT, "extension", "templates", "peringkat-asn.ots")
# The template as it was before Kinerja's JP became one ASNJPTOTALS array (saved workbooks of it are forever).
INDEKS_TEMPLATE = os.path.join(ROOT, "tests", "data", "templates", "peringkat-asn-indeks.ots")
ROSTER = os.path.join(ROOT, "examples", "roster-medan-marelan.csv")
KAMUS = os.path.join(ROOT, "examples", "kamus-contoh.xml")
ROWS, RECORD_ROWS = function_spec.load()["formula_rows"]  # the roster's blocks; the development records' blocks
FORMULA = 16  # com.sun.star.sheet.CellFlags.FORMULA
EMPLOYEES = 30
BEYOND_OLD_TEMPLATE = 10500
tally = Tally()
check = tally.check


def block_ranges(doc, names):
    return {name: doc.NamedRanges.getByName(name).getReferredCells() for name in names}


def formula_rows_of(doc, rows=ROWS):
    """{block name: (first, last) 0-based rows holding formulas in its first and in its last column}."""
    found = {}
    for name, cells in block_ranges(doc, rows["rows"]).items():
        a = cells.RangeAddress
        sheet = doc.Sheets.getByIndex(a.Sheet)
        ends = []
        for column in (a.StartColumn, a.EndColumn):
            runs = sheet.getCellRangeByPosition(column, a.StartRow, column, 1048575).queryContentCells(FORMULA)
            addresses = runs.getRangeAddresses()
            ends.append((min(r.StartRow for r in addresses), max(r.EndRow for r in addresses)) if addresses else None)
        found[name] = ends[0] if ends[0] == ends[1] else (ends[0], ends[1])
    return found


def array_rows_of(doc, rows=ROWS):
    """{array block name: (first, last) 0-based rows of the array formula starting at its named row}."""
    found = {}
    for name, cells in block_ranges(doc, rows["arrays"]).items():
        sheet = doc.Sheets.getByIndex(cells.RangeAddress.Sheet)
        cursor = sheet.createCursorByRange(cells)
        cursor.collapseToCurrentArray()
        found[name] = (cursor.RangeAddress.StartRow, cursor.RangeAddress.EndRow)
    return found


def last_row_cell(doc, rows=ROWS):
    return doc.NamedRanges.getByName(rows["last_row"]).getReferredCells().getCellByPosition(0, 0).getValue()


def expect_rows(doc, last, what, rows=ROWS):
    """Every block of the list `rows` (the roster; the development records) from its first row to the row beside the
    list's last row `last` (0-based); the arrays too."""
    found = formula_rows_of(doc, rows)
    wanted = {name: (1, last) for name in rows["rows"]}
    check(found == wanted, f"{what}: formula rows {found}, wanted {wanted}")
    arrays = array_rows_of(doc, rows)
    for name, (first, end) in arrays.items():
        check(end - first == last - 1, f"{what}: array {name} spans {first}..{end}, wanted {last} rows")
    check(last_row_cell(doc, rows) == last + 1, f"{what}: last-row cell {last_row_cell(doc, rows)}, wanted {last + 1}")


def development_records(doc, nips, rows=RECORD_ROWS):
    """2b: the development records are a list of their own (formula_rows.c, the second list): rows follow records
    pasted, cleared, a row deleted or inserted, one Undo takes a clearing back, and Kinerja sums an employee's JP of
    the year (U6). `rows`: the list's blocks as the workbook's template has them."""
    records = doc.Sheets.getByName("Pengembangan")
    kinerja = doc.Sheets.getByName("Kinerja")
    year = kinerja.getCellByPosition(20, 5).getValue()
    expect_rows(doc, 1, "no development record", rows)
    data = ((nips[1], "", year, "Pelatihan", "A", 12.0), (nips[0], "", year, "Seminar", "B", 8.0),
            (nips[1], "", year - 1, "Kursus", "C", 30.0), (nips[1], "", year, "Kursus", "D", 9.5))
    undo = doc.getUndoManager()
    steps = len(undo.getAllUndoActionTitles())
    records.getCellRangeByPosition(0, 1, 5, len(data)).setDataArray(data)
    settle()  # the job fills the formula rows from the event loop
    expect_rows(doc, len(data), "four records pasted", rows)
    check(len(undo.getAllUndoActionTitles()) == steps + 1, "the rows the job adds for the records are one undo step")
    jp = [kinerja.getCellByPosition(38, r).getValue() for r in (1, 2)]
    check(jp == [8.0, 21.5], f"JP of the year for the first two employees: {jp}, want [8.0, 21.5]")
    check(kinerja.getCellByPosition(39, 2).getString() == "Memenuhi 20 JP", "21,5 JP: Memenuhi 20 JP")
    check(kinerja.getCellByPosition(39, 1).getString() == "Kurang 12 JP", "8 JP: Kurang 12 JP")
    if doc.NamedRanges.hasByName("ASNKARIER_ARRAY_JP"):
        # The year overwritten with a text: the JP cannot be summed, and says so in every row (an error), never a
        # blank that the succession test would read as enough JP (Calc orders "" after every number).
        year_cell = kinerja.getCellByPosition(20, 5)
        year_formula = year_cell.getFormula()
        year_cell.setString("tahun lalu")
        settle()
        errors = [kinerja.getCellByPosition(38, r).getError() != 0 for r in (1, 2)]
        succession = [kinerja.getCellByPosition(43, r).getString() for r in (1, 2)]
        check(errors == [True, True] and "Ya" not in succession,
              f"a year that is text: JP an error in every row ({errors}), no succession 'Ya' ({succession})")
        year_cell.setFormula(year_formula)
        settle()
        check(kinerja.getCellByPosition(38, 2).getValue() == 21.5, "the year's formula back: 21,5 JP")
    # A wrong record's row deleted, as Lembar > Hapus Baris does: Calc would refuse it if an array spanned the rows.
    try:
        records.Rows.removeByIndex(4, 1)  # the fourth record (9,5 JP)
        deleted = True
    except Exception as e:  # noqa: BLE001 (Calc's refusal comes as a RuntimeException)
        deleted = f"refused: {e}"
    settle()  # the job fills the formula rows from the event loop
    check(deleted is True, f"a record's row can be deleted: {deleted}")
    expect_rows(doc, len(data) - 1, "a record's row deleted", rows)
    check(kinerja.getCellByPosition(38, 2).getValue() == 12.0, "JP after the row deleted: 12")
    undo.undo()
    settle()  # the job fills the formula rows from the event loop
    check(kinerja.getCellByPosition(38, 2).getValue() == 21.5, "JP after the deletion undone: 21,5")
    # A row inserted among the records (Sisip > Baris) and a record typed into it: the job fills its formulas.
    records.Rows.insertByIndex(2, 1)
    records.getCellRangeByPosition(0, 2, 5, 2).setDataArray(((nips[1], "", year, "Kursus", "E", 3.0),))
    settle()  # the job fills the formula rows from the event loop
    keys = [records.getCellByPosition(8, r).getFormula() != "" for r in range(1, len(data) + 2)]
    check(all(keys), f"a record typed into an inserted row gets its formulas: {keys}")
    check(kinerja.getCellByPosition(38, 2).getValue() == 24.5, "JP with the record in the inserted row: 24,5")
    records.Rows.removeByIndex(2, 1)
    settle()
    records.getCellRangeByPosition(0, 3, 5, 4).clearContents(1 | 2 | 4)
    settle()  # the job fills the formula rows from the event loop
    expect_rows(doc, 2, "two records cleared", rows)
    check(kinerja.getCellByPosition(38, 2).getValue() == 12.0, "JP after two records cleared: 12")
    undo.undo()
    settle()  # the job fills the formula rows from the event loop
    expect_rows(doc, len(data), "the clearing undone", rows)
    check(kinerja.getCellByPosition(38, 2).getValue() == 21.5, "JP after the clearing undone: 21,5")
    # setDataArray is no undo step of Calc's (what one Undo takes back is the job's rows): the records cleared.
    records.getCellRangeByPosition(0, 1, 5, len(data)).clearContents(1 | 2 | 4)
    settle()  # the job fills the formula rows from the event loop
    expect_rows(doc, 1, "every record cleared", rows)
    check(kinerja.getCellByPosition(38, 2).getValue() == 0.0, "JP after every record cleared: 0")


def ranked(doc):
    """How many employees Peringkat ranks (its rank column counted)."""
    sheet = doc.Sheets.getByName("Peringkat")
    return sum(1 for (v,) in sheet.getCellRangeByPosition(0, 5, 0, 5 + 20000).getDataArray() if v != "")


def no_errors(doc, what, allowed=()):
    errors = {k: v for k, v in formula_error_cells(doc).items() if v[0] and k not in allowed}
    check(not errors, f"{what}: error cells {errors}")


def pasted_twice_undone_redone(session, source, employees):
    """3b: Calc's Redo of the second paste left formulas with the undone state's results (LibreOffice 7.4): Kinerja
    blank on the first rows and nobody ranked, until the job recalculates after a Redo."""
    pegawai = source.Sheets.getByName("Pegawai")
    # The roster in two pastes into empty cells (a paste over filled cells asks first): names and data, then scores.
    parts = [(pegawai.getCellRangeByPosition(0, 1, 9, employees), "A2"),
             (pegawai.getCellRangeByPosition(10, 1, 30, employees), "K2")]
    doc = session.open(TEMPLATE, as_template=True)
    for cells, at in parts:
        source.CurrentController.select(cells)
        copied = source.CurrentController.getTransferable()
        doc.CurrentController.select(doc.Sheets.getByName("Pegawai").getCellRangeByName(at))
        doc.CurrentController.insertTransferable(copied)
        settle()  # the job fills the formula rows from the event loop
    undo = doc.getUndoManager()
    for step in (undo.undo, undo.undo, undo.redo, undo.redo):
        step()
        settle()  # the job's work after a change and after a Redo runs from the event loop
    name = doc.Sheets.getByName("Pegawai").getCellByPosition(1, 1).getString()
    shown = doc.Sheets.getByName("Kinerja").getCellByPosition(1, 1).getString()
    check(name != "" and shown == name, f"pasted twice, undone, redone: Kinerja B2 {shown!r} (Pegawai B2 {name!r})")
    # J10's recalculation after the Redo can still be waiting in desktop Calc's main thread (settle_until)
    ranked_all = settle_until(lambda: ranked(doc) == employees)
    check(ranked_all, f"pasted twice, undone, redone: {employees} ranked, got {ranked(doc)}")
    doc.close(True)


def main():
    oxt = sys.argv[1]
    mode = sys.argv[2] if len(sys.argv) > 2 else "headless"
    suite = "formula-rows" if mode == "headless" else f"formula-rows-{mode}"
    header, rows = read_csv(ROSTER)
    rows = rows[:EMPLOYEES]
    with CalcSession(oxt, mode=mode) as session:
        folder = os.path.join(session.root, "kerja")
        os.mkdir(folder)
        os.chmod(folder, 0o777)
        shutil.copy(KAMUS, os.path.join(folder, "kamus-contoh.xml"))

        # 1. A new workbook.
        doc = session.open(TEMPLATE, as_template=True)
        expect_rows(doc, 1, "new workbook")
        no_errors(doc, "new workbook")
        doc.Sheets.getByName("Kompetensi").getCellByPosition(18, 0).setString("kamus-contoh.xml")

        # 2. The roster pasted in (saved first, so that the kamus next to the file is found).
        path = os.path.join(folder, "peringkat.ods")
        doc.storeAsURL(uno.systemPathToFileUrl(path), (prop("FilterName", "calc8"),))
        pegawai = doc.Sheets.getByName("Pegawai")
        pegawai.getCellRangeByPosition(0, 1, len(header) - 1, len(rows)).setDataArray(cell_values(header, rows))
        settle()  # the job fills the formula rows from the event loop
        expect_rows(doc, len(rows), f"roster of {len(rows)}")
        hidden = [pegawai.Columns.getByIndex(c).IsVisible for c in range(32, 39)]  # AG:AM
        check(hidden == [False] * 7, f"helper columns AG:AM stay hidden, got {hidden}")
        check(ranked(doc) == len(rows), f"all {len(rows)} ranked, got {ranked(doc)}")
        no_errors(doc, f"roster of {len(rows)}", allowed=("Kompetensi",))  # #N/A: positions the kamus lacks
        kinerja = doc.Sheets.getByName("Kinerja")
        first_score = kinerja.getCellByPosition(4, len(rows)).getValue()
        check(first_score > 0, f"the last employee's score is computed ({first_score})")

        development_records(doc, [r[0] for r in rows[:2]])

        # 3. A name typed below a gap: one undo step; undone, the rows go back.
        undo = doc.getUndoManager()
        steps = len(undo.getAllUndoActionTitles())
        gap_row = len(rows) + 5
        pegawai.getCellByPosition(1, gap_row).setString("Pegawai Tambahan")
        settle()  # the job fills the formula rows from the event loop
        expect_rows(doc, gap_row, "a name below a gap")
        check(len(undo.getAllUndoActionTitles()) == steps + 1,
              f"typing a name is one undo step, got {undo.getAllUndoActionTitles()[:3]}")
        check(kinerja.getCellByPosition(1, gap_row).getString() == "Pegawai Tambahan", "Kinerja shows the new name")
        undo.undo()
        settle()  # the job fills the formula rows from the event loop
        expect_rows(doc, len(rows), "the name undone")
        # A name typed a million rows down by mistake: no million rows of formulas (R5), Calc answers at once.
        pegawai.getCellByPosition(1, 999999).setString("Salah Ketik")
        settle()  # the job fills the formula rows from the event loop
        expect_rows(doc, len(rows), "a name typed at row 1,000,000")
        check(session.alive(), "Calc alive after a name at row 1,000,000")
        undo.undo()
        settle()  # the job fills the formula rows from the event loop

        # 3b. Pasted twice, undone twice, redone twice (Calc's paste, its Undo and Redo: print_job.c J10).
        pasted_twice_undone_redone(session, doc, len(rows))

        # 4. Employees cleared from the end.
        kept = len(rows) - 10
        pegawai.getCellRangeByPosition(0, kept + 1, len(header) - 1, len(rows)).clearContents(1 | 2 | 4)
        settle()  # the job fills the formula rows from the event loop
        expect_rows(doc, kept, "ten employees cleared")
        below = kinerja.getCellRangeByPosition(0, kept + 1, 47, len(rows)).getDataArray()
        check(all(v == "" for row in below for v in row), "nothing left below the last employee on Kinerja")
        check(ranked(doc) == kept, f"{kept} ranked after the clearing, got {ranked(doc)}")
        values = kinerja.getCellRangeByPosition(0, 1, 17, kept).getDataArray()
        doc.store()
        doc.close(True)

        # 5. Opened again as a user opens it: the same rows and results, not modified.
        doc = session.open(path)
        expect_rows(doc, kept, "reopened")
        check(not doc.isModified(), "reopened: not modified")
        kinerja = doc.Sheets.getByName("Kinerja")
        check(kinerja.getCellRangeByPosition(0, 1, 17, kept).getDataArray() == values, "reopened: the same results")
        doc.close(True)

        # 6. Without the blocks' names (a workbook of the 1.x template has none): rows stay as they are.
        doc = session.open(TEMPLATE, as_template=True)
        for name in ROWS["rows"] + ROWS["arrays"] + [ROWS["last_row"]]:
            doc.NamedRanges.removeByName(name)
        before = {n: doc.Sheets.getByName(n).queryContentCells(FORMULA).getRangeAddressesAsString()
                  for n in ("Pegawai", "Kompetensi", "Kinerja", "Peringkat")}
        pegawai = doc.Sheets.getByName("Pegawai")
        pegawai.getCellRangeByPosition(0, 1, len(header) - 1, len(rows)).setDataArray(cell_values(header, rows))
        settle()  # the job fills the formula rows from the event loop
        after = {n: doc.Sheets.getByName(n).queryContentCells(FORMULA).getRangeAddressesAsString()
                 for n in before}
        check(after == before, f"without the names no formula row is added: {before} -> {after}")
        doc.close(True)

        # 6b. A workbook of the template of 2026-12-06: one ASNPROFILE array a row (the block ASNKARIER_ROWS_STANDAR,
        # retired since one ASNPROFILES array took its place): the job still follows it, with the same standards.
        doc = session.open(TEMPLATE, as_template=True)
        kom = doc.Sheets.getByName("Kompetensi")
        kom.getCellByPosition(18, 0).setString(os.path.join(folder, "kamus-contoh.xml"))  # an absolute path
        pegawai = doc.Sheets.getByName("Pegawai")
        pegawai.getCellRangeByPosition(0, 1, len(header) - 1, len(rows)).setDataArray(cell_values(header, rows))
        settle()  # the job fills the formula rows from the event loop
        standards = kom.getCellRangeByPosition(20, 1, 28, len(rows)).getDataArray()
        check(any(v != "" for row in standards for v in row), "some position has a standard in the sample kamus")
        kom.getCellRangeByPosition(20, 1, 28, len(rows)).clearContents(FORMULA)
        doc.NamedRanges.removeByName("ASNKARIER_ARRAY_STANDAR")
        kom.getCellRangeByPosition(20, 1, 28, 1).setArrayFormula(
            '=IF($B2="";"";IFNA(ASNPROFILE($C2;TRANSPOSE($R$4:$R$12);$S$1);""))')
        doc.NamedRanges.addNewByName("ASNKARIER_ROWS_STANDAR", "$Kompetensi.$U$2:$AC$2", CellAddress(), 0)
        pegawai.getCellRangeByPosition(0, 1, len(header) - 1, len(rows)).setDataArray(cell_values(header, rows))
        settle()  # the job fills the formula rows from the event loop
        runs = kom.getCellRangeByPosition(20, 1, 28, 1048575).queryContentCells(FORMULA).getRangeAddressesAsString()
        check(runs == f"Kompetensi.U2:AC{len(rows) + 1}", f"the retired block filled down to the roster's end: {runs}")
        check(kom.getCellRangeByPosition(20, 1, 28, len(rows)).getDataArray() == standards,
              "one ASNPROFILE a row gives what ASNPROFILES gives")
        doc.close(True)

        # 6c. A workbook of the template before ASNJPTOTALS: the records sorted by an array on the hidden sheet Indeks
        # (now a retired array of the records' list) and Kinerja's own block AM:AV: the job still follows both.
        doc = session.open(INDEKS_TEMPLATE, as_template=True)
        check(doc.NamedRanges.hasByName("ASNKARIER_ARRAY_RECORDS_SORTED") and
              not doc.NamedRanges.hasByName("ASNKARIER_ARRAY_JP"), "6c: the old template has Indeks, not the JP array")
        doc.Sheets.getByName("Pegawai").getCellRangeByPosition(0, 1, len(header) - 1, len(rows)).setDataArray(
            cell_values(header, rows))
        settle()  # the job fills the formula rows from the event loop
        runs = doc.Sheets.getByName("Kinerja").getCellRangeByPosition(38, 1, 47, 1048575).queryContentCells(
            FORMULA).getRangeAddressesAsString()
        check(runs == f"Kinerja.AM2:AV{len(rows) + 1}", f"6c: its Kinerja AM:AV filled down to the roster's end: {runs}")
        development_records(doc, [r[0] for r in rows[:2]],
                            dict(RECORD_ROWS, arrays=RECORD_ROWS["retired_arrays"]))
        no_errors(doc, "6c: the old template", allowed=("Kompetensi",))
        doc.close(True)

        # 7. More employees than the 1.x template had rows.
        doc = session.open(TEMPLATE, as_template=True)
        big = list(gen.employees(BEYOND_OLD_TEMPLATE, [f"Unit {k}" for k in range(12)], 77))
        values = cell_values(gen.HEADER, [[str(v) for v in row] for row in big])
        doc.Sheets.getByName("Pegawai").getCellRangeByPosition(0, 1, len(gen.HEADER) - 1, len(big)).setDataArray(values)
        settle()  # the job fills the formula rows from the event loop
        expect_rows(doc, len(big), f"roster of {len(big):,}")
        check(ranked(doc) == len(big), f"all {len(big):,} ranked, got {ranked(doc)}")
        doc.close(True)
    return tally.report(suite)


if __name__ == "__main__":
    sys.exit(main())
