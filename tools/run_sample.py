#!/usr/bin/python3
"""`make run`: the promotion committee's ranking workbook from a roster, in real headless Calc.

For each roster CSV (examples/roster-*.csv, or a SIASN export examples/siasn-*.csv): opens the template
extension/templates/peringkat-asn.ots, brings the roster into the sheet Pegawai with the extension's own command
(ASN Karier > Impor data pegawai..., vnd.asnkarier:ImportRoster; after a SIASN export, the office's assessment file
examples/penilaian-<roster>.csv merged into it by NIP the same way), fills Distribusi with the units' predikat organisasi of
examples/unit-<roster>.csv, Pelatihan with examples/pelatihan-contoh.csv and Penempatan with the vacancies
examples/formasi-<roster>.csv (pasted, as an officer pastes them: the file has the sheet's columns), brings the
development record examples/pengembangan-<roster>.csv into Pengembangan with the same import command (a file with a
JP column is a development record), sets the KP reference date
(1 October 2026, a KP period), points the competency dictionary at examples/kamus-contoh.xml (copied beside
the output, referred to by a relative path), recalculates, and writes
  OUT/peringkat-<roster>.ods   the workbook, formulas and all
  OUT/peringkat-<roster>.pdf   the ranking sheet, the kurva distribusi check, the talent map and the proposed
                               placement in the vacancies, A4 landscape, ready to sign
  OUT/penempatan-<roster>.csv  the vacancies with their three best candidates and the proposed placement (NIP, JPM)
  OUT/suksesi-<roster>.csv     per employee the development JP, the BUP and the kelompok rencana suksesi
  OUT/peringkat-<roster>.csv   the ranking as values
  OUT/umpan-balik-<roster>.pdf one feedback page per employee (sheet Umpan Balik), in NIP order, written by the
                               extension's command (ASN Karier > Cetak umpan balik semua pegawai...)
then prints the top ten. Input files are only read, never written.
"""
import argparse
import csv
import datetime
import os
import shutil
import sys

import uno  # noqa: E402
from tools.calc_session import MODES, CalcSession, cell_result, formula_error_cells, prop  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
TEMPLATE = os.path.join(ROOT, "extension", "templates", "peringkat-asn.ots")
KAMUS = os.path.join(ROOT, "examples", "kamus-contoh.xml")
TRAININGS = os.path.join(ROOT, "examples", "pelatihan-contoh.csv")
KP_DATE = datetime.date(2026, 10, 1)  # the KP period the sample workbooks are judged for
RANKING_HEADER = ["Peringkat", "NIP", "Nama", "Jabatan", "Golongan", "Nilai Kinerja", "Predikat", "JPM",
                  "Kotak Talenta", "Memenuhi syarat KP", "Angka kredit (JF)"]
DATE_COLUMNS = {"TMT Golongan", "Tanggal Lahir"}
NUMBER_COLUMNS = {"Masa Kerja", "Disiplin", "Kualitas Kerja", "Adaptasi", "Inovasi", "Kualitas Layanan",
                  "M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01", "AK PAK Terakhir"}
PLACES = {"pematangsiantar": "Pemerintah Kota Pematangsiantar (contoh fiktif)",
          "medan-marelan": "Kecamatan Medan Marelan, Kota Medan (contoh fiktif)",
          "binjai": "Pemerintah Kota Binjai (contoh fiktif)"}


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(line for line in f if not line.startswith("#")))
    return rows[0], rows[1:]


def serial_date(text):
    return float((datetime.date.fromisoformat(text) - datetime.date(1899, 12, 30)).days)


def cell_values(header, rows):
    out = []
    for row in rows:
        values = []
        for name, v in zip(header, row):
            if v == "":
                values.append("")
            elif name in DATE_COLUMNS:
                values.append(serial_date(v))
            elif name in NUMBER_COLUMNS:
                values.append(float(v))
            else:
                values.append(v)
        out.append(tuple(values))
    return tuple(out)


def import_roster(session, doc, roster):
    """The roster into Pegawai through the extension's own command, as Impor data pegawai... in the ASN Karier menu
    does (vnd.asnkarier:ImportRoster, without its file dialog)."""
    helper = session.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", session.ctx)
    event = helper.executeDispatch(doc.getCurrentController().getFrame(), "vnd.asnkarier:ImportRoster", "", 0,
                                   (prop("SourceURL", uno.systemPathToFileUrl(os.path.abspath(roster))),
                                    prop("Silent", True)))
    session.settle()  # the formula rows follow the roster from the event loop (src/binding/print_job.c J9)
    if getattr(event, "State", 1) != 0:
        raise RuntimeError(f"Impor data pegawai failed for {roster}: {getattr(event, 'Result', event)!r}")
    return event.Result


def sample_file(kind, name):
    """examples/<kind>-<name>.csv as (header, rows); empty when the sample has none."""
    path = os.path.join(ROOT, "examples", f"{kind}-{name}.csv")
    return read_csv(path) if os.path.exists(path) else ([], [])


def record_values(rows):
    """Development records as cells: the NIP as text, the date as a date, year and JP as numbers."""
    return tuple((r[0], serial_date(r[1]) if r[1] else "", float(r[2]) if r[2] else "", r[3], r[4], float(r[5]))
                 for r in rows)


def fill(doc, place, units, name=""):
    sheets = doc.Sheets
    sheets.getByName("Kompetensi").getCellByPosition(18, 0).setString("kamus-contoh.xml")  # relative to the .ods
    sheets.getByName("Kinerja").getCellByPosition(20, 3).setValue(serial_date(KP_DATE.isoformat()))
    sheets.getByName("Distribusi").getCellRangeByPosition(0, 4, 1, 3 + len(units)).setDataArray(
        tuple(tuple(u) for u in units))
    ranking = sheets.getByName("Peringkat")
    ranking.getCellByPosition(1, 1).setString(place)
    ranking.getCellByPosition(1, 2).setString("Penilaian kinerja 2026 (data fiktif)")
    t_header, trainings = read_csv(TRAININGS)
    data = tuple((t[0], t[1], float(t[2])) for t in trainings)
    sheets.getByName("Pelatihan").getCellRangeByPosition(0, 4, 2, 3 + len(data)).setDataArray(data)
    _, vacancies = sample_file("formasi", name)
    if vacancies:
        sheets.getByName("Penempatan").getCellRangeByPosition(1, 7, 3, 6 + len(vacancies)).setDataArray(
            tuple(tuple(v) for v in vacancies))


PLACEMENT_HEADER = ["Kode Jabatan", "Unit Kerja", "Calon 1", "JPM 1", "Calon 2", "JPM 2", "Calon 3", "JPM 3",
                    "Usulan", "JPM usulan"]
SUCCESSION_HEADER = ["NIP", "JP pengembangan", "Pengembangan (20 JP)", "BUP (th)", "Tanggal BUP", "BUP dalam 1 tahun",
                     "Kelompok rencana suksesi", "Calon penempatan (1/0)"]


def shown_candidate(text):
    """(NIP, JPM) of a candidate as Penempatan shows it ("Nama\nNIP 1986...\nUnit\nJPM 89,7 - ..."); ("", "")
    for a message such as "(tidak ada calon)"."""
    lines = text.split("\n")
    if len(lines) < 4 or not lines[1].startswith("NIP "):
        return "", text
    return lines[1][4:], lines[3].split()[1].replace(",", ".")


def placement_rows(doc, count):
    sheet = doc.Sheets.getByName("Penempatan")
    rows = []
    for values in sheet.getCellRangeByPosition(1, 7, 7, 6 + count).getDataArray():
        row = [values[0], values[1]]
        for text in values[3:7]:
            row += list(shown_candidate(text))
        rows.append(row)
    return rows


def succession_rows(doc, count):
    sheet = doc.Sheets.getByName("Kinerja")
    nips = sheet.getCellRangeByPosition(0, 1, 0, count).getDataArray()
    values = sheet.getCellRangeByPosition(38, 1, 44, count).getDataArray()
    return [[n[0]] + list(v) for n, v in zip(nips, values)]


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def export_sheets(doc, path, names):
    """Writes the print areas of the named sheets to one PDF (page numbers running through it): the other
    sheets' print areas are cleared for the export (a sheet without one then prints nothing) and put back."""
    saved = {}
    for k in range(doc.Sheets.Count):
        sheet = doc.Sheets.getByIndex(k)
        if sheet.Name not in names:
            saved[sheet.Name] = sheet.getPrintAreas()
            sheet.setPrintAreas(())
    try:
        doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", "calc_pdf_Export"),))
    finally:
        for name, areas in saved.items():
            doc.Sheets.getByName(name).setPrintAreas(areas)


def write_feedback(session, doc, folder, name):
    """Every employee's feedback page (sheet Umpan Balik) in one PDF, NIP order, through the extension's own command,
    as Cetak umpan balik semua pegawai... in the ASN Karier menu does (vnd.asnkarier:ExportFeedback, without its
    dialogs). Returns the PDF's path and the command's answer ("150 halaman")."""
    path = os.path.join(folder, f"umpan-balik-{name}.pdf")
    helper = session.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", session.ctx)
    event = helper.executeDispatch(doc.getCurrentController().getFrame(), "vnd.asnkarier:ExportFeedback", "", 0,
                                   (prop("TargetURL", uno.systemPathToFileUrl(path)), prop("Silent", True)))
    if getattr(event, "State", 1) != 0:
        raise RuntimeError(f"Cetak umpan balik failed: {getattr(event, 'Result', event)!r}")
    return path, event.Result


def ranking_rows(sheet, count):
    """The ranked rows as cell_result gives them ((kind, value) per cell), read in one call (getDataArray) with the
    error cells found by one query: cell by cell, 5,000 rows took half a minute of calls to Calc."""
    from com.sun.star.sheet.FormulaResult import ERROR

    block = sheet.getCellRangeByPosition(0, 5, len(RANKING_HEADER) - 1, 4 + count)
    errors = set()
    for a in block.queryFormulaCells(ERROR).getRangeAddresses():
        errors.update((r, c) for r in range(a.StartRow - 5, a.EndRow - 4) for c in range(a.StartColumn, a.EndColumn + 1))
    rows = []
    for r, values in enumerate(block.getDataArray()):
        row = []
        for c, v in enumerate(values):
            if (r, c) in errors:
                row.append(cell_result(sheet.getCellByPosition(c, 5 + r)))
            elif isinstance(v, float):
                row.append(("number", v))
            else:
                row.append(("text", v) if v != "" else ("empty", ""))
        rows.append(row)
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--out", default="out")
    ap.add_argument("--mode", choices=MODES, default="headless",
                    help="headless Calc (default) or desktop Calc under Xvfb in the Indonesian locale")
    ap.add_argument("rosters", nargs="+")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    status = 0
    with CalcSession(args.oxt, mode=args.mode) as session:
        for roster in args.rosters:
            header, rows = read_csv(roster)
            name = os.path.splitext(os.path.basename(roster))[0].replace("roster-", "").replace("siasn-", "")
            place = PLACES.get(name, name)
            work = os.path.join(session.root, f"peringkat-{name}.ods")
            shutil.copy(KAMUS, os.path.join(session.root, "kamus-contoh.xml"))
            os.chmod(os.path.join(session.root, "kamus-contoh.xml"), 0o644)
            doc = session.open(TEMPLATE, as_template=True)
            _, units = read_csv(os.path.join(ROOT, "examples", f"unit-{name}.csv"))
            imported = import_roster(session, doc, roster)
            # A SIASN export carries identity data only: the committee's assessment file, merged by NIP, fills the rest.
            assessment = os.path.join(os.path.dirname(roster), f"penilaian-{name}.csv")
            if os.path.basename(roster).startswith("siasn-") and os.path.exists(assessment):
                imported += f"; {os.path.basename(assessment)}: {import_roster(session, doc, assessment)}"
            fill(doc, place, units, name)
            # The development record through the same command (a file with a JP column goes to Pengembangan).
            records = os.path.join(ROOT, "examples", f"pengembangan-{name}.csv")
            if os.path.exists(records):
                imported += f"; {os.path.basename(records)}: {import_roster(session, doc, records)}"
            # Saved first, so that the relative kamus path has a folder; then recalculated.
            doc.storeAsURL(uno.systemPathToFileUrl(work), (prop("FilterName", "calc8"),))
            doc.calculateAll()
            ranking = doc.Sheets.getByName("Peringkat")
            # The print areas (the ranked rows of the 10,000 the template holds, the units typed) are set by the
            # extension's print-area job while the roster is filled in, as for a user: not here.
            last_column = len(RANKING_HEADER) - 1
            distribution = doc.Sheets.getByName("Distribusi")
            # Wrapped reasons and verdicts need their rows' height fitted to the computed text (Calc does not
            # refit rows when a formula's result changes; switching the flag off and on makes it measure).
            for rows_ in (ranking.getCellRangeByPosition(0, 5, last_column, 4 + len(rows)).Rows,
                          distribution.getCellRangeByPosition(0, 4, 8, 3 + len(units)).Rows):
                rows_.OptimalHeight = False
                rows_.OptimalHeight = True
            pdf = os.path.join(session.root, f"peringkat-{name}.pdf")
            # The PDF: the ranking, the kurva distribusi check of every unit, the talent map, the placement.
            export_sheets(doc, pdf, ("Peringkat", "Distribusi", "Peta Talenta", "Penempatan"))
            feedback, printed = write_feedback(session, doc, session.root, name)
            doc.store()
            ranked = ranking_rows(ranking, len(rows))
            _, vacancies = sample_file("formasi", name)
            placed = placement_rows(doc, len(vacancies))
            succession = succession_rows(doc, len(rows))
            verdicts = [(distribution.getCellByPosition(0, 4 + k).getString(),
                         distribution.getCellByPosition(8, 4 + k).getString()) for k in range(len(units))]
            error_cells = {sheet: n for sheet, (n, _) in formula_error_cells(doc).items() if n}
            doc.close(True)
            extra = {f"penempatan-{name}.csv": (PLACEMENT_HEADER, placed),
                     f"suksesi-{name}.csv": (SUCCESSION_HEADER, succession)}
            for file_name, (head, body) in extra.items():
                write_csv(os.path.join(args.out, file_name), head, body)
            for src in (work, pdf, feedback):
                shutil.copy(src, os.path.join(args.out, os.path.basename(src)))
            shutil.copy(KAMUS, os.path.join(args.out, "kamus-contoh.xml"))
            csv_path = os.path.join(args.out, f"peringkat-{name}.csv")
            with open(csv_path, "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow(RANKING_HEADER)
                for row in ranked:
                    w.writerow([v[1] for v in row])
            errors = [v for row in ranked for v in row if v[0] == "error"]
            print(f"\n{place}: {len(rows)} pegawai (Impor data pegawai: {imported}; Cetak umpan balik: {printed})")
            for path in (work, pdf, csv_path, feedback):
                print(f"  {os.path.join(args.out, os.path.basename(path))}")
            print("  10 besar / top ten:")
            for row in ranked[:10]:
                rank, nip, nama, jabatan, gol, nilai, predikat, jpm, box, syarat, ak = (v[1] for v in row)
                print(f"  {rank:>4.0f}. {nama:<24} {gol:<6} {jabatan[:34]:<34} nilai {nilai:6.2f}  {predikat:<17} "
                      f"JPM {jpm:5.1f}  kotak {box:.0f}  KP: {syarat[:40]}")
            eligible = sum(1 for row in ranked if row[9][1] == "Ya")
            print(f"  memenuhi syarat KP: {eligible} dari {len(ranked)}")
            print("  kurva distribusi / distribution check:")
            for unit, verdict in verdicts:
                print(f"    {unit:<32} {verdict}")
            members = sum(1 for row in succession if row[6] == "Ya")
            print(f"  kelompok rencana suksesi: {members} dari {len(succession)}; usulan penempatan / proposed placement:")
            for code, unit, *candidates in placed:
                nip, jpm = candidates[6], candidates[7]
                print(f"    {code:<13} {unit[:34]:<34} {nip or jpm} {'JPM ' + jpm if nip else ''}")
            if errors:
                print(f"  {len(errors)} cells of the ranking show an error, e.g. {errors[0][1]}")
                status = 1
            if error_cells:
                print(f"  the workbook holds error cells: {error_cells}")
                status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
