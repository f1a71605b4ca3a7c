#!/usr/bin/python3
"""A roster with one wrong value of each kind, in the committee workbook made from the installed template:
every wrong value is named on Periksa Data (row, NIP, column, value), the other employees are still ranked,
mapped on Peta Talenta and given a feedback page, and no sheet holds an error cell that a wrong value caused.
The forms HR data really has (dates as text dd-mm-yyyy / yyyy-mm-dd / dd.mm.yyyy, "S-1/Sarjana") are taken.

Input here goes in by setDataArray: what Calc does with typed, picked and pasted input is check_by_hand.py's.

Usage: python3 -m tests.calc.check_roster_problems OXT [headless|desktop]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
import uno  # noqa: E402,F401
from tools.calc_session import CalcSession, cell_result, formula_error_cells  # noqa: E402
from tests.calc.tally import Tally  # noqa: E402
from tools.run_sample import TEMPLATE, cell_values, read_csv  # noqa: E402

ROSTER = os.path.join(ROOT, "examples", "roster-medan-marelan.csv")
COLUMN = {name: k for k, name in enumerate(("NIP", "Nama", "Unit Kerja", "Kode Jabatan", "Jabatan", "Golongan",
                                             "TMT Golongan", "Masa Kerja", "Pendidikan", "Tanggal Lahir"))}
COLUMN.update({"M.01": 15, "SK.01": 23, "Rating Hasil Kerja": 24, "Rating Perilaku": 25, "Potensial": 26,
               "Predikat Tahun Lalu": 27, "Hukuman Disiplin": 28, "Jenjang JF": 29, "AK PAK Terakhir": 30})

# (row of the roster, 0-based; column; value; what the problem list must say) — one wrong value of each kind.
WRONG = [
    (1, "Pendidikan", "Sarjana Hukum", 'Pendidikan "Sarjana Hukum" tidak dikenal'),
    (2, "Rating Hasil Kerja", "Sesuai Ekspetasi", 'Rating hasil kerja/perilaku "Sesuai Ekspetasi"'),
    (3, "Golongan", "III-x", 'Golongan "III-x" tidak dikenal'),
    (4, "NIP", 197109171993012001.0, "NIP tersimpan sebagai angka"),
    (5, "NIP", "19710917199301200", 'NIP "19710917199301200" bukan 18 angka'),
    (6, "NIP", None, "NIP sama dengan baris 2"),  # None: the first employee's NIP
    (7, "TMT Golongan", "31-02-2022", 'TMT Golongan "31-02-2022" bukan tanggal'),
    (8, "Tanggal Lahir", "lahir 1980", 'Tanggal Lahir "lahir 1980" bukan tanggal'),
    (9, "Potensial", "Sedang", 'Potensial "Sedang" tidak dikenal'),
    (10, "Predikat Tahun Lalu", "Cukup Baik", 'Predikat Tahun Lalu "Cukup Baik" tidak dikenal'),
    (11, "Hukuman Disiplin", "ringan", 'Hukuman Disiplin "ringan"'),
    (12, "Masa Kerja", "12.5", 'Masa Kerja "12.5" bukan angka - tulis koma desimal'),
    (13, "Jenjang JF", "Ahli Senior", 'Jenjang JF "Ahli Senior" tidak dikenal'),
]
# Accepted forms: these rows must have no problem and be ranked.
ACCEPTED = [
    (14, "TMT Golongan", "01-04-2022"),
    (15, "TMT Golongan", "2022-04-01"),
    (16, "Tanggal Lahir", "15.07.1980"),
    (17, "Pendidikan", "S-1/Sarjana"),
    (18, "Pendidikan", "D-III/Diploma III"),
]
NOT_ASSESSED = 19  # competency levels blank: ranked, "belum dinilai"
NOT_RATED = 20     # both ratings blank: ranked (does not meet the KP requirements), not on the talent map
EMPLOYEES = 24

tally = Tally()
check = tally.check


def roster():
    header, rows = read_csv(ROSTER)
    data = [list(r) for r in cell_values(header, rows[:EMPLOYEES])]
    for row, column, value, _ in WRONG:
        data[row][COLUMN[column]] = data[0][0] if value is None else value
    for row, column, value in ACCEPTED:
        data[row][COLUMN[column]] = value
    for k in range(COLUMN["M.01"], COLUMN["SK.01"] + 1):
        data[NOT_ASSESSED][k] = ""
    data[NOT_RATED][COLUMN["Rating Hasil Kerja"]] = data[NOT_RATED][COLUMN["Rating Perilaku"]] = ""
    return data


def main():
    oxt, mode = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "headless")
    data = roster()
    with CalcSession(oxt, mode=mode) as session:
        doc = session.open(TEMPLATE, as_template=True)
        peg = doc.Sheets.getByName("Pegawai")
        peg.getCellRangeByPosition(0, 1, len(data[0]) - 1, len(data)).setDataArray(tuple(tuple(r) for r in data))
        session.settle()  # the formula rows follow the roster from the event loop (src/binding/print_job.c J9)
        doc.calculateAll()
        listed = [doc.Sheets.getByName("Periksa Data").getCellByPosition(0, r).getString() for r in range(4, 60)]
        listed = [x for x in listed if x]
        wrong_rows = {row for row, *_ in WRONG}
        for row, column, _, words in WRONG:
            nip = data[row][0]
            nip_text = f"{nip:.0f}" if isinstance(nip, float) else nip
            line = next((x for x in listed if x.startswith(f"Baris {row + 2} (NIP {nip_text}): ")), "")
            check(words in line, f"{column} on row {row + 2} is named: {line!r} (want {words!r})")
        check(len(listed) == len(WRONG), f"only the wrong rows are listed: {len(listed)} lines, {listed}")
        summary = doc.Sheets.getByName("Periksa Data").getCellByPosition(0, 1).getString()
        check(summary.startswith(f"{len(WRONG)} baris lembar Pegawai perlu diperbaiki"), f"summary: {summary!r}")

        # The others: ranked, mapped, given a page.
        ranking = doc.Sheets.getByName("Peringkat")
        ranked = {ranking.getCellByPosition(1, r).getString() for r in range(5, 5 + EMPLOYEES)} - {""}
        complete = {data[r][0] for r in range(EMPLOYEES) if r not in wrong_rows}
        check(ranked == complete, f"every complete row is ranked, no wrong one: missing {complete - ranked}, "
                                  f"extra {ranked - complete}")
        status = ranking.getCellByPosition(4, 1).getString()
        check(status.startswith(f"{len(complete)} dari {EMPLOYEES} pegawai diperingkat. {len(WRONG)} pegawai tidak "
                                f"diperingkat"), f"Peringkat's status line: {status!r}")
        kinerja = doc.Sheets.getByName("Kinerja")
        jpm = cell_result(kinerja.getCellByPosition(6, NOT_ASSESSED + 1))
        check(jpm == ("text", "belum dinilai"), f"no competency levels yet: JPM {jpm}")
        # The shortfalls (Kompetensi D:L, one array over the roster) against the levels and the standards (U:AC):
        # the standard less the level, not below 0 (no standard: 0); nothing where no level is given.
        table = doc.Sheets.getByName("Kompetensi").getCellRangeByPosition(3, 1, 28, EMPLOYEES).getDataArray()
        levels = doc.Sheets.getByName("Pegawai").getCellRangeByPosition(15, 1, 23, EMPLOYEES).getDataArray()

        def shortfall(level, standard):
            if not isinstance(level, float):
                return ""
            return max(0.0, (standard if isinstance(standard, float) else 0.0) - level)
        differ = [(r + 2, k, table[r][k], levels[r][k], table[r][17 + k]) for r in range(EMPLOYEES) for k in range(9)
                  if table[r][k] != shortfall(levels[r][k], table[r][17 + k])
                  or str(table[r][k]).startswith("-")]  # -0.0 == 0.0 to Python: no negative zero
        blank = sum(1 for r in range(EMPLOYEES) for k in range(9) if table[r][k] == "")
        check(not differ and blank >= 9, f"the shortfalls: {len(differ)} differ from standard - level, e.g. "
                                         f"{differ[:3]} (row, competency, shown, level, standard); {blank} blank")
        reason = kinerja.getCellByPosition(8, NOT_RATED + 1).getString()
        check(reason.startswith("Tidak:") and "predikat tahun ini belum ada" in reason, f"not rated yet: {reason!r}")
        talent = doc.Sheets.getByName("Peta Talenta")
        lines = " ".join(talent.getCellByPosition(0, r).getString() for r in range(9, 13))
        mapped = len(complete) - 1  # the employee not rated yet has no box
        check(f"Pegawai dipetakan: {mapped} dari {EMPLOYEES} pegawai" in lines, f"talent map: {lines!r}")
        check(f"Belum dipetakan ({EMPLOYEES - mapped} pegawai" in lines,
              f"the talent map names who is missing: {lines!r}")
        feedback = doc.Sheets.getByName("Umpan Balik")
        for row in (0, ACCEPTED[0][0], ACCEPTED[3][0], NOT_ASSESSED):
            feedback.getCellRangeByName("H2").setString(data[row][0])
            doc.calculateAll()
            name = feedback.getCellRangeByName("B6").getString()
            errors = formula_error_cells(doc).get("Umpan Balik", (0, None))
            check(name == data[row][1] and errors[0] == 0,
                  f"row {row + 2}'s feedback page: {name!r}, error cells {errors}")
        # No error cell that a wrong value caused, on any sheet (Kompetensi's JPM is #N/A only for a position the
        # bundled kamus does not know, as the contract says: the sample roster's positions are in kamus-contoh.xml).
        errors = {k: v for k, v in formula_error_cells(doc).items() if v[0] and k != "Kompetensi"}
        check(not errors, f"no error cells: {errors}")
        doc.close(True)
    return tally.report(f"roster-problems-{mode}")


if __name__ == "__main__":
    sys.exit(main())
