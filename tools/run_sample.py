#!/usr/bin/python3
"""`make run`: the main job on a sample roster, in real headless Calc with the extension installed.

Reads the roster CSV (never writes it), builds the workbook an HR officer would keep (sheets
Pegawai and Bobot), adds the ASN Karier formula columns, recalculates, and writes
  OUT/<roster>-hasil.ods   the workbook with its formulas
  OUT/<roster>-hasil.csv   the Pegawai sheet's values
then prints where they are and a short summary.
"""
import argparse
import csv
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calc_session import CalcSession, cell_result  # noqa: E402

# Indicator weights (bobot), a local choice of the instansi: the sheet Bobot holds them, editable.
WEIGHTS = [("Disiplin", 30), ("Kualitas Kerja", 25), ("Adaptasi", 15), ("Inovasi", 15), ("Kualitas Layanan", 15)]
RESULT_COLUMNS = [
    # header, formula for row r (1-based); columns: D:H indicators, I SKP, J perilaku, K inovasi, L/M ratings
    ("Nilai Indikator", "=ASNSCORE(D{r}:H{r};$Bobot.$B$2:$F$2)"),
    ("Nilai Kinerja PP30", "=ASNPERFORMANCE(I{r};J{r};\"PP30\")"),
    ("Predikat PP30", "=ASNCATEGORY(O{r};\"PP30\";K{r})"),
    ("Predikat 2022", "=ASNPREDICATE(L{r};M{r})"),
]


def read_roster(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    rows = list(csv.reader(lines))
    return rows[0], rows[1:]


def build(doc, header, rows):
    sheets = doc.Sheets
    sheet = sheets.getByIndex(0)
    sheets.insertNewByName("Bobot", 1)
    bobot = sheets.getByName("Bobot")
    bobot.getCellByPosition(0, 0).setString("Indikator")
    bobot.getCellByPosition(0, 1).setString("Bobot")
    for k, (name, w) in enumerate(WEIGHTS):
        bobot.getCellByPosition(k + 1, 0).setString(name)
        bobot.getCellByPosition(k + 1, 1).setValue(w)
    sheet.setName("Pegawai")
    full_header = header + [h for h, _ in RESULT_COLUMNS]
    for c, h in enumerate(full_header):
        sheet.getCellByPosition(c, 0).setString(h)
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            cell = sheet.getCellByPosition(c, r)
            if v == "":
                continue  # a blank stays blank: ASNSCORE skips it
            if c >= 3 and c <= 10:
                cell.setValue(float(v))
            else:
                cell.setString(v)  # NIP stays text: 18 digits are an identifier, not a number
        for k, (_, formula) in enumerate(RESULT_COLUMNS):
            sheet.getCellByPosition(len(header) + k, r).setFormula(formula.format(r=r + 1))
    return sheet


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--roster", required=True)
    ap.add_argument("--out", default="out")
    args = ap.parse_args()
    header, rows = read_roster(args.roster)
    os.makedirs(args.out, exist_ok=True)
    base = os.path.splitext(os.path.basename(args.roster))[0]
    ods = os.path.abspath(os.path.join(args.out, f"{base}-hasil.ods"))
    csv_out = os.path.abspath(os.path.join(args.out, f"{base}-hasil.csv"))
    with CalcSession(args.oxt) as session:
        doc = session.new_spreadsheet()
        sheet = build(doc, header, rows)
        doc.calculateAll()
        first = len(header)
        results = [[cell_result(sheet.getCellByPosition(first + k, r)) for k in range(len(RESULT_COLUMNS))]
                   for r in range(1, len(rows) + 1)]
        # Written through a copy in the session's folder: soffice may run as another user there.
        tmp_ods = os.path.join(session.root, "result.ods")
        tmp_csv = os.path.join(session.root, "result.csv")
        session.store(doc, tmp_ods, "calc8")
        session.store(doc, tmp_csv, "Text - txt - csv (StarCalc)")
        doc.close(True)
        for src, dst in ((tmp_ods, ods), (tmp_csv, csv_out)):
            with open(src, "rb") as f, open(dst, "wb") as g:
                g.write(f.read())
    errors = [(r, res) for r, row in enumerate(results) for res in row if res[0] == "error"]
    scores = [row[0][1] for row in results if row[0][0] == "number"]
    print(f"roster: {len(rows)} employees from {args.roster}")
    print(f"mean indicator score (ASNSCORE): {sum(scores) / len(scores):.2f}")
    print("predikat PP30 (ASNCATEGORY):", dict(Counter(row[2][1] for row in results)))
    print("predikat 2022 (ASNPREDICATE):", dict(Counter(row[3][1] for row in results)))
    print(f"workbook: {ods}")
    print(f"values:   {csv_out}")
    if errors:
        print(f"{len(errors)} cells show an error, e.g. row {errors[0][0] + 2}: {errors[0][1][1]}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
