#!/usr/bin/python3
"""The ASN Karier menu's import (vnd.asnkarier:ImportRoster), run through the dispatcher as a script or the menu runs
it (com.sun.star.frame.DispatchHelper, Silent = true), into workbooks made from the installed template:

  1. A roster CSV: the sheet Pegawai equals the roster cell by cell (compared with tools/run_sample.py's own
     conversion of the CSV); the dispatch result says "150 ditambahkan, 0 diperbarui, 0 ditolak".
  2. The roster's changes are one undo step, titled "Impor data pegawai": one Undo empties the roster again (the
     report stays: it says what the import did).
  3. A second file (an assessment: NIP and competency levels; ';', decimal commas, Windows-1252, CRLF, NIPs with
     SIASN's apostrophe and spaces) merges: the levels of the employees it names change, everything else stays,
     a new NIP is added below.
  4. A SIASN "Export Data ASN" file: titles joined to names, dd-mm-yyyy dates, S-1/Sarjana, masa kerja from
     MK_TAHUN and MK_BULAN; its columns without a place are listed on Laporan Impor.
  5. A file with one bad value of each kind: each is listed on Laporan Impor with its source row, NIP, column and
     value; the rows with a bad NIP are refused, the others taken.
  6. Files that cannot be imported (empty, a binary file renamed .csv, a header only, no NIP column, a quote never
     closed, 100,000 rows into a workbook of 10,000 rows as the 1.x template made): the dispatch fails with a
     message, the workbook is unchanged, Calc keeps running.
     An .xlsx and an .ods saved by Calc import like the CSV (also into a roster with a comment, which stays); an .ods
     whose first row is a merged title is refused (no NIP column in its first row), and so is a sheet whose used
     area reaches 26 million cells, and a workbook with a password (Silent).
  7. From a spreadsheet that is not a committee workbook: a new workbook from the template receives the roster; without
     SourceURL, the roster is that spreadsheet's current sheet (as when the SIASN export is opened in Calc).
  8. The menu's other command, vnd.asnkarier:Help (Silent): the URL of the installed extension's function reference,
     a page that names every function, in Indonesian or (Language "en") English.

Usage: python3 -m tests.calc.check_import OXT [headless|desktop]
"""
import csv
import datetime
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
import uno  # noqa: E402
from tools import function_spec  # noqa: E402
from tools.calc_session import CalcSession, prop, settle  # noqa: E402
from tests.calc.tally import Tally  # noqa: E402
from tools.run_sample import TEMPLATE, cell_values, read_csv  # noqa: E402

ROSTER = os.path.join(ROOT, "examples", "roster-medan-marelan.csv")
COLUMNS = 31  # Pegawai A..AE
CAPACITY = 10000

tally = Tally()
check = tally.check


def dispatch(session, doc, command, **arguments):
    """Runs vnd.asnkarier:<command> on the document's frame; (succeeded, result text)."""
    helper = session.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", session.ctx)
    frame = doc.getCurrentController().getFrame()
    args = tuple(prop(k, v) for k, v in arguments.items())
    event = helper.executeDispatch(frame, f"vnd.asnkarier:{command}", "", 0, args)
    session.settle()  # the formula rows follow the roster from the event loop (src/binding/print_job.c J9)
    if event is None or not hasattr(event, "State"):
        return False, f"no dispatch result ({event!r})"
    return event.State == 0, event.Result


def import_file(session, doc, path):
    return dispatch(session, doc, "ImportRoster", SourceURL=uno.systemPathToFileUrl(path), Silent=True)


def roster_block(doc, rows):
    return doc.Sheets.getByName("Pegawai").getCellRangeByPosition(0, 1, COLUMNS - 1, rows).getDataArray()


def report_lines(doc):
    if not doc.Sheets.hasByName("Laporan Impor"):
        return []
    sheet = doc.Sheets.getByName("Laporan Impor")
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    last = cursor.RangeAddress.EndRow
    return [tuple(r) for r in sheet.getCellRangeByPosition(0, 0, 4, last).getDataArray()]


def same_row(got, want):
    """Cells equal as a user sees them: numbers to 1e-9, texts exactly, empty as ''."""
    for g, w in zip(got, want):
        if isinstance(w, float):
            if not isinstance(g, float) or abs(g - w) > 1e-9 * max(1.0, abs(w)):
                return False
        elif g != w:
            return False
    return True


def fresh(session):
    return session.open(TEMPLATE, as_template=True)


def write(folder, name, text, encoding="utf-8", newline="\n"):
    path = os.path.join(folder, name)
    with open(path, "w", encoding=encoding, newline="") as f:
        f.write(text.replace("\n", newline))
    return path


def main():
    oxt = sys.argv[1]
    mode = sys.argv[2] if len(sys.argv) > 2 else "headless"
    folder = tempfile.mkdtemp(prefix="asn-import-")
    os.chmod(folder, 0o777)  # soffice may run as another user (calc_session.py): it reads and writes here
    try:
        with CalcSession(oxt, mode=mode) as session:
            run(session, folder)
            help_command(session)
            check(session.alive(), "Calc is still running after every import")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return tally.report(f"import-{mode}")


def run(session, folder):
    header, rows = read_csv(ROSTER)
    want = cell_values(header, rows)

    # 1. The roster CSV, cell by cell.
    doc = fresh(session)
    ok, result = import_file(session, doc, ROSTER)
    check(ok and result == f"{len(rows)} ditambahkan, 0 diperbarui, 0 ditolak", f"1. roster imported: {ok}, {result!r}")
    got = roster_block(doc, len(rows))
    bad = [k + 2 for k, (g, w) in enumerate(zip(got, want)) if not same_row(g, w)]
    check(not bad, f"1. Pegawai equals the roster cell by cell (rows differing: {bad[:5]})")
    report = report_lines(doc)
    check(len(report) == 4 and report[2][0].endswith("0 catatan"), f"1. Laporan Impor: no notes: {report[:4]}")
    status = doc.Sheets.getByName("Peringkat").getCellByPosition(4, 1).getString()
    check(status.startswith(f"{len(rows)} dari {len(rows)} pegawai diperingkat"), f"1. ranked: {status!r}")

    # 2. One undo step.
    undo = doc.UndoManager
    check(undo.getCurrentUndoActionTitle() == "Impor data pegawai", f"2. undo title {undo.getCurrentUndoActionTitle()!r}")
    undo.undo()
    emptied = all(all(v == "" for v in r) for r in roster_block(doc, len(rows)))
    titles = undo.getAllUndoActionTitles()
    check(emptied and "Impor data pegawai" not in titles,
          f"2. one Undo takes the roster's changes back: emptied {emptied}, undo stack {titles}")
    check(report_lines(doc)[2][0].startswith(f"{len(rows)} ditambahkan"), "2. the report still says what was done")
    ok, result = import_file(session, doc, ROSTER)
    check(ok, f"2. imported again: {result!r}")

    # 3. An assessment file merges: three employees' levels change, one employee is new.
    changed = {rows[k][0]: [str((int(rows[k][15 + c]) % 5) + 1) for c in range(9)] for k in (0, 5, 9)}
    new_nip = "199912312024011001"
    lines = ["NIP;M.01;M.02;M.03;M.04;M.05;M.06;M.07;M.08;SK.01;AK PAK Terakhir"]
    for nip, levels in changed.items():
        shown = f"'{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
        lines.append(";".join([shown] + levels + ["12,5"]))
    lines.append(";".join([new_nip] + ["3"] * 9 + [""]))
    path = write(folder, "asesmen.csv", "\n".join(lines) + "\n", encoding="cp1252", newline="\r\n")
    ok, result = import_file(session, doc, path)
    check(ok and result == "1 ditambahkan, 3 diperbarui, 0 ditolak", f"3. merge: {ok}, {result!r}")
    got = roster_block(doc, len(rows) + 1)
    for k, row in enumerate(want):
        nip = row[0]
        expect = list(row)
        if nip in changed:
            expect[15:24] = [float(v) for v in changed[nip]]
            expect[30] = 12.5
        if not same_row(got[k], expect):
            check(False, f"3. row {k + 2} after the merge: {got[k]} (want {tuple(expect)})")
            break
    else:
        check(True, "3. merged rows changed only in the columns the file has; the others kept")
    added = got[len(rows)]
    check(added[0] == new_nip and added[1] == "" and added[15:24] == (3.0,) * 9 and added[30] == "",
          f"3. the new NIP is added below with only its levels: {added[:2]} {added[15:24]} {added[30]!r}")
    course_history(session, doc, folder, rows)
    doc.close(True)

    # 4. A SIASN export.
    siasn = ("PNS_ID,NIP_BARU,NIP_LAMA,NAMA,GELAR_DEPAN,GELAR_BELAKANG,TANGGAL_LAHIR,AGAMA_ID,AGAMA_NAMA,"
             "GOL_AKHIR_NAMA,TMT_GOLONGAN,MK_TAHUN,MK_BULAN,JABATAN_NAMA,UNOR_NAMA,TINGKAT_PENDIDIKAN_NAMA\n"
             "a1,'198609262015051001,,Siti Aminah,Dr.,\"S.E., M.M.\",26-09-1986,1,Islam,III/c,01-04-2019,10,6,"
             "Analis SDM Aparatur Ahli Muda,Bagian Umum,S-1/Sarjana\n"
             "a2,'199001012015011002,,Budi Santoso,,,01-01-1990,1,Islam,III/a,01-04-2015,9,0,"
             "Pengadministrasi Perkantoran,Bagian Umum,D-III\n")
    path = write(folder, "siasn.csv", siasn)
    doc = fresh(session)
    ok, result = import_file(session, doc, path)
    check(ok and result == "2 ditambahkan, 0 diperbarui, 0 ditolak", f"4. SIASN export: {ok}, {result!r}")
    got = roster_block(doc, 2)
    want_siasn = [("198609262015051001", "Dr. Siti Aminah, S.E., M.M.", "Bagian Umum", "",
                   "Analis SDM Aparatur Ahli Muda", "III/c", 43556.0, 10.5, "S1", 31681.0),
                  ("199001012015011002", "Budi Santoso", "Bagian Umum", "", "Pengadministrasi Perkantoran",
                   "III/a", 42095.0, 9.0, "D3", 32874.0)]
    for k, w in enumerate(want_siasn):
        check(same_row(got[k][:10], w), f"4. SIASN row {k + 2}: {got[k][:10]} (want {w})")
    unused = sorted(r[2] for r in report_lines(doc)[4:] if "tidak ada di lembar Pegawai" in r[4])
    check(unused == ["AGAMA_ID", "AGAMA_NAMA", "NIP_LAMA", "PNS_ID"], f"4. SIASN columns without a place: {unused}")
    doc.close(True)

    # 5. One bad value of each kind.
    body = [header] + [list(r) for r in rows[:12]]
    body[1][0] = "19710715199307200"        # 17 digits: refused
    body[2][0] = body[3][0]                 # a duplicate of the next row's NIP: the later one refused
    body[4][6] = "31-02-2014"               # a date that does not exist
    body[5][5] = "III-x"                    # unknown golongan
    body[6][8] = "Sarjana Hukum"            # unknown education
    body[7][10] = "sembilan puluh"          # not a number
    body[8][0] = ""                         # no NIP: refused
    body[0] = [h if h != "Kualitas Layanan" else "Kualitas Pelayanan Prima" for h in header]  # unknown column
    path = os.path.join(folder, "salah.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(body)
    doc = fresh(session)
    ok, result = import_file(session, doc, path)
    check(ok and result == "9 ditambahkan, 0 diperbarui, 3 ditolak", f"5. bad values: {ok}, {result!r}")
    notes = report_lines(doc)[4:]

    def noted(line, nip, column, value, reason):
        hit = [n for n in notes if n[0] == line and n[1] == nip and n[2] == column and n[3] == value and reason in n[4]]
        check(bool(hit), f"5. Laporan Impor lists line {line} {column} {value!r} ({reason}): {notes}")

    # file lines: the header is line 1, body[k] line k + 1
    noted(2, "19710715199307200", "NIP", "19710715199307200", "NIP bukan 18 angka")
    noted(4, body[3][0], "NIP", body[3][0], "NIP sama dengan baris 3")
    noted(5, body[4][0], "TMT Golongan", "31-02-2014", "TMT Golongan tidak terbaca")
    noted(6, body[5][0], "Golongan", "III-x", "Golongan tidak terbaca")
    noted(7, body[6][0], "Pendidikan", "Sarjana Hukum", "Pendidikan tidak terbaca")
    noted(8, body[7][0], "Disiplin", "sembilan puluh", "Disiplin tidak terbaca")
    noted(9, "", "NIP", "", "NIP kosong")
    check(any(n[2] == "Kualitas Pelayanan Prima" and "tidak dikenal" in n[4] for n in notes),
          "5. an unknown column is listed")
    doc.close(True)

    # 6. Files that cannot be imported leave the workbook as it was. The roster's rows end at row 10,001 here, as in a
    # workbook of the 1.x template (a workbook of this template holds a whole sheet's rows): 100,000 rows do not fit.
    doc = fresh(session)
    doc.NamedRanges.getByName("ASNKARIER_PEGAWAI").setContent("$Pegawai.$B$2:$B$10001")
    ok, _ = import_file(session, doc, ROSTER)
    before = roster_block(doc, len(rows) + 2)
    binary = os.path.join(folder, "roster.csv")
    shutil.copy(os.path.join(ROOT, "build", "asnkarier.oxt"), binary)
    os.chmod(binary, 0o644)
    huge = os.path.join(folder, "besar.csv")
    with open(huge, "w", encoding="utf-8") as f:
        f.write("NIP,Nama\n")
        for k in range(100000):  # 100,000 different valid NIPs
            serial, rest = k % 999 + 1, k // 999
            sex, month, year = rest % 2 + 1, rest // 2 % 12 + 1, 1960 + rest // 24
            f.write(f"{year}{month:02d}01{year + 25}01{sex}{serial:03d},Pegawai {k}\n")
    cases = [("empty", write(folder, "kosong.csv", ""), "kosong"),
             ("binary", binary, "bukan berkas teks"),
             ("header only", write(folder, "judul.csv", ",".join(header) + "\n"), "baris judul"),
             ("no NIP column", write(folder, "tanpa-nip.csv", "Nama,Golongan\nSiti,III/a\n"), "kolom NIP"),
             ("unclosed quote", write(folder, "kutip.csv", "NIP,Nama\n198609262015051001,\"Siti\n"), "tidak pernah ditutup"),
             ("100,000 rows", huge, "paling banyak 10000 pegawai"),
             ("missing file", os.path.join(folder, "tidak-ada.csv"), "tidak dapat dibuka")]
    for what, path, reason in cases:
        ok, result = import_file(session, doc, path)
        check(not ok and reason in result, f"6. {what}: refused with a message: {ok}, {result!r}")
        check(roster_block(doc, len(rows) + 2) == before, f"6. {what}: the workbook is unchanged")
    check(session.alive(), "6. Calc is still running")
    # An .xlsx and an .ods (with merged header cells) saved by Calc import like the CSV.
    source = session.new_spreadsheet()
    sheet = source.Sheets.getByIndex(0)
    sheet.getCellRangeByPosition(0, 0, COLUMNS - 1, len(rows)).setDataArray((tuple(header),) + want)
    for name, filter_name in (("roster.xlsx", "Calc MS Excel 2007 XML"), ("roster-polos.ods", "calc8"),
                              ("roster.ods", "calc8")):
        if name == "roster.ods":
            sheet.getRows().insertByIndex(0, 1)
            sheet.getCellRangeByName("A1").setString("Daftar pegawai")
            sheet.getCellRangeByName("A1:E1").merge(True)
        session.store(source, os.path.join(folder, name), filter_name)
    source.close(True)
    # A comment in the roster: the cells are then written one by one, and the comment stays.
    pegawai = doc.Sheets.getByName("Pegawai")
    pegawai.Annotations.insertNew(pegawai.getCellRangeByName("B3").CellAddress, "cek nama")
    ok, result = import_file(session, doc, os.path.join(folder, "roster.xlsx"))
    check(ok and result == f"0 ditambahkan, {len(rows)} diperbarui, 0 ditolak", f"6. an .xlsx: {ok}, {result!r}")
    check(roster_block(doc, len(rows) + 2) == before, "6. the .xlsx holds the same roster: nothing changed")
    check(pegawai.Annotations.Count == 1 and pegawai.getCellRangeByName("B3").Annotation.String == "cek nama",
          "6. a comment in the roster stays")
    ok, result = import_file(session, doc, os.path.join(folder, "roster-polos.ods"))
    check(ok and result == f"0 ditambahkan, {len(rows)} diperbarui, 0 ditolak", f"6. an .ods: {ok}, {result!r}")
    ok, result = import_file(session, doc, os.path.join(folder, "roster.ods"))
    check(not ok and "kolom NIP" in result, f"6. an .ods whose first row is a merged title: {ok}, {result!r}")
    # A sheet whose used area reaches far (one value in Z1000000: 26 million cells) is refused, not read.
    far = session.new_spreadsheet()
    far.Sheets.getByIndex(0).getCellRangeByName("A1").setString("NIP")
    far.Sheets.getByIndex(0).getCellRangeByName("Z1000000").setValue(1)
    session.store(far, os.path.join(folder, "jauh.ods"), "calc8")
    far.close(True)
    ok, result = import_file(session, doc, os.path.join(folder, "jauh.ods"))
    check(not ok and "terlalu besar" in result, f"6. a used area of 26 million cells: {ok}, {result!r}")
    # A workbook with a password (Silent: no one to type it) is refused with what to do instead, not waited for.
    locked = session.new_spreadsheet()
    locked.Sheets.getByIndex(0).getCellRangeByName("A1:B2").setDataArray((("NIP", "Nama"), (rows[0][0], "X")))
    locked.storeToURL(uno.systemPathToFileUrl(os.path.join(folder, "sandi.ods")),
                      (prop("FilterName", "calc8"), prop("Password", "rahasia")))
    locked.close(True)
    ok, result = import_file(session, doc, os.path.join(folder, "sandi.ods"))
    check(not ok and "kata sandi" in result, f"6. a workbook with a password: {ok}, {result!r}")
    check(roster_block(doc, len(rows) + 2) == before, "6. ... the workbook is unchanged")
    doc.close(True)

    # 7. From a spreadsheet that is not a committee workbook: a new one from the template.
    plain = session.new_spreadsheet()
    made = into_new_workbook(session, "7", lambda: import_file(session, plain, ROSTER), len(rows), want)
    if made:
        made.close(True)
    check(not plain.Sheets.hasByName("Laporan Impor"), "7. the plain spreadsheet is left as it was")
    plain.close(True)

    # 7b. From the current sheet of an open document (the SIASN export opened in Calc, rows pasted into a new
    # spreadsheet): no SourceURL, no file; that sheet is the source.
    opened = session.new_spreadsheet()
    sheet = opened.Sheets.getByIndex(0)
    table = (tuple(header),) + tuple(tuple(str(v) if k == 0 else v for k, v in enumerate(r)) for r in want)
    sheet.getCellRangeByPosition(0, 0, len(header) - 1, len(want)).setDataArray(table)
    made = into_new_workbook(session, "7b", lambda: dispatch(session, opened, "ImportRoster", Silent=True), len(rows),
                             want)
    if made:
        lines = report_lines(made)
        check(lines[:2] and lines[1][0] == f"Lembar: {sheet.Name}", f"7b. the report names the sheet: {lines[:2]}")
        made.close(True)
    opened.close(True)


def course_history(session, doc, folder, rows):
    """3b. SIASN's course history (a jumlahJam column: roster_import.c R13-R15, import_command.c I10) goes to
    Pengembangan: the rows added below its records, one refused with its reason, JP counted on Kinerja; the same file
    again adds nothing (and writes nothing); one Undo takes the import back."""
    year = int(doc.Sheets.getByName("Kinerja").getCellByPosition(20, 5).getValue())
    nips = [rows[k][0] for k in (0, 1)]
    lines = ["nipBaru;namaKursus;jenisKursusNama;tanggalKursus;tahunKursus;jumlahJam;instansiPenyelenggara",
             f"'{nips[0]};Pelatihan Kepemimpinan Pengawas;Diklat Struktural;14-03-{year};;32;LAN",
             f"{nips[0]};Seminar Kepegawaian;Seminar;;{year};4;BKN",
             f"{nips[1]};Kursus Arsip;Kursus;;{year - 1};12,5;ANRI",
             f"{nips[1]};Tanpa JP;Kursus;;{year};;ANRI"]
    path = write(folder, "riwayat-kursus.csv", "\n".join(lines) + "\n")
    records = doc.Sheets.getByName("Pengembangan")
    # A value typed far below by mistake: the records end before it, as the job counts them (formula_rows.c F2), so
    # the import neither reads 900,000 rows nor adds below it.
    records.getCellByPosition(0, 899999).setString("salah ketik")
    ok, result = import_file(session, doc, path)
    check(ok and result == "3 ditambahkan, 0 sudah ada, 1 ditolak", f"3b. course history imported: {ok}, {result!r}")
    got = records.getCellRangeByPosition(0, 1, 5, 3).getDataArray()
    want = ((nips[0], float((datetime.date(year, 3, 14) - datetime.date(1899, 12, 30)).days), "", "Diklat Struktural",
             "Pelatihan Kepemimpinan Pengawas", 32.0),
            (nips[0], "", float(year), "Seminar", "Seminar Kepegawaian", 4.0),
            (nips[1], "", float(year - 1), "Kursus", "Kursus Arsip", 12.5))
    check(got == want, f"3b. Pengembangan holds the records: {got}")
    report = report_lines(doc)
    check(report[0][0] == "Laporan impor catatan pengembangan" and any("JP kosong" in r[4] for r in report[4:]),
          f"3b. the report names the refused row: {report[:6]}")
    settle()  # the job fills the records' formula rows from the event loop
    kinerja = doc.Sheets.getByName("Kinerja")
    jp = [kinerja.getCellByPosition(38, r).getValue() for r in (1, 2)]
    check(jp == [36.0, 0.0], f"3b. JP of {year} on Kinerja: {jp} (want 36 and 0: the second's course is of {year - 1})")
    undo = doc.UndoManager
    check(undo.getCurrentUndoActionTitle() == "Impor catatan pengembangan",
          f"3b. undo title {undo.getCurrentUndoActionTitle()!r}")
    undo.undo()
    settle()
    left = records.getCellRangeByPosition(0, 1, 5, 3).getDataArray()
    check(all(v == "" for row in left for v in row), f"3b. one Undo takes the records back: {left}")
    check(kinerja.getCellByPosition(38, 1).getValue() == 0.0, "3b. and their JP")
    ok, result = import_file(session, doc, path)
    check(ok and result == "3 ditambahkan, 0 sudah ada, 1 ditolak", f"3b. imported again after the Undo: {result!r}")
    ok, result = import_file(session, doc, path)
    check(ok and result == "0 ditambahkan, 3 sudah ada, 1 ditolak", f"3b. the same file again adds nothing: {result!r}")
    records.getCellByPosition(0, 899999).setString("")


def into_new_workbook(session, step, run_import, count, want):
    """Runs an import from a document that is not a committee workbook: it succeeds, one new workbook from the
    template opens and holds the roster. Returns that workbook (or None)."""
    before = sum(1 for _ in iter_components(session))
    ok, result = run_import()
    check(ok and result == f"{count} ditambahkan, 0 diperbarui, 0 ditolak", f"{step}. into a new workbook: {ok}, {result!r}")
    made = [c for c in iter_components(session) if c.supportsService("com.sun.star.sheet.SpreadsheetDocument")
            and c.Sheets.hasByName("Pegawai")]
    check(sum(1 for _ in iter_components(session)) == before + 1 and made,
          f"{step}. a new workbook from the template opened")
    if not made:
        return None
    got = roster_block(made[-1], count)
    check(all(same_row(g, w) for g, w in zip(got, want)), f"{step}. it holds the roster")
    return made[-1]


def help_command(session):
    """8. vnd.asnkarier:Help (Silent): the function reference the menu's Bantuan fungsi ASN Karier opens, a page of the
    installed extension naming every function; Language "en" gives the English one."""
    names = [fn["name"] for fn in function_spec.load()["function"] if not fn.get("bench_only")]
    doc = session.new_spreadsheet()
    for language, page, words in (("id", "id.html", "Fungsi ASN Karier"), ("en", "en-US.html", "ASN Karier functions")):
        ok, result = dispatch(session, doc, "Help", Silent=True, Language=language)
        check(ok and result.startswith("file://") and result.endswith(f"/reference/{page}"), f"8. Help ({language}): {result!r}")
        path = uno.fileUrlToSystemPath(result) if ok else ""
        text = open(path, encoding="utf-8").read() if path and os.path.exists(path) else ""
        missing = [n for n in names if f'id="{n}"' not in text]
        check(words in text and not missing, f"8. the {language} reference names every function (missing: {missing})")
    doc.close(True)


def iter_components(session):
    components = session.desktop.Components.createEnumeration()
    while components.hasMoreElements():
        yield components.nextElement()


if __name__ == "__main__":
    sys.exit(main())
