#!/usr/bin/python3
"""Builds the promotion committee's workbook template, extension/templates/peringkat-asn.ots, in headless
Calc with the extension installed (`make template`; the .ots is committed and shipped in the .oxt).

Sheets, all filled by formulas from the roster in Pegawai (rows 2..501, up to 500 employees):
  Pegawai     the roster, typed or pasted by the HR officer (same columns as examples/roster-*.csv)
  Kompetensi  shortfall per competency (ASNREQUIRED), JPM (ASNJPM + ASNPROFILE), its category, the weakest
              competencies (ASNWEAKNESSES); the kamus path is cell S1 (empty: the bundled dictionary)
  Kinerja     ASNSCORE with the indicator weights in S2:W2, predikat (ASNPREDICATE), talent box (ASNNINEBOX)
              and its recommendation, and the ranking keys (ASNGRADE, ASNEDULEVEL, dates)
  Peringkat   the committee ranking, one ASNRANKLIST array formula, with the order explained
  Pelatihan   trainings under a budget (ASNTRAININGPLAN), benefit = the total shortfall a training addresses
Every sheet prints A4 landscape with page numbers; Peringkat's footer carries the signature block.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import uno  # noqa: E402
from calc_session import CalcSession, prop  # noqa: E402
from com.sun.star.lang import Locale  # noqa: E402
from com.sun.star.sheet.FillDirection import TO_BOTTOM, TO_RIGHT  # noqa: E402
from com.sun.star.table import CellRangeAddress  # noqa: E402

ROWS = 500  # employees the template holds
LAST = ROWS + 1
TRAININGS = 30
PEGAWAI = ["NIP", "Nama", "Unit Kerja", "Kode Jabatan", "Jabatan", "Golongan", "TMT Golongan", "Masa Kerja",
           "Pendidikan", "Tanggal Lahir", "Disiplin", "Kualitas Kerja", "Adaptasi", "Inovasi", "Kualitas Layanan",
           "M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01",
           "Rating Hasil Kerja", "Rating Perilaku", "Potensial"]
CODES = PEGAWAI[15:24]
ORDER_NOTE = ("Urutan peringkat: (1) nilai kinerja ASNSCORE, dibulatkan 1 desimal, tertinggi dahulu; bila sama, menurut "
              "Daftar Urut Kepangkatan (PP 15/1979, SE Kepala BAKN 03/SE/1980): (2) golongan lebih tinggi, (3) TMT "
              "golongan lebih awal, (4) masa kerja lebih lama, (5) pendidikan lebih tinggi, (6) usia lebih tua. "
              "Peringkat yang sama hanya bila semua kunci sama.")


def col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def header(sheet, row, labels, start=0):
    for k, text in enumerate(labels):
        cell = sheet.getCellByPosition(start + k, row)
        cell.setString(text)
        cell.CharWeight = 150  # bold
        cell.CellBackColor = 0xDDE7F0


def fill_down(sheet, column, first_row, last_row, formula):
    sheet.getCellByPosition(column, first_row).setFormula(formula)
    sheet.getCellRangeByPosition(column, first_row, column, last_row).fillAuto(TO_BOTTOM, 1)


def number_format(doc, code):
    formats = doc.NumberFormats
    locale = Locale("en", "US", "")
    key = formats.queryKey(code, locale, False)
    return key if key != -1 else formats.addNew(code, locale)


def widths(sheet, mm):
    for k, w in enumerate(mm):
        sheet.Columns.getByIndex(k).Width = int(w * 100)


def page_style(doc, name, footer_left, footer_center):
    styles = doc.StyleFamilies.getByName("PageStyles")
    if not styles.hasByName(name):
        styles.insertByName(name, doc.createInstance("com.sun.star.style.PageStyle"))
    st = styles.getByName(name)
    st.IsLandscape = True
    st.Width, st.Height = 29700, 21000  # A4 landscape, 1/100 mm
    st.LeftMargin = st.RightMargin = 1200
    st.TopMargin = st.BottomMargin = 1000
    st.HeaderIsOn = False
    st.FooterIsOn = True
    st.FooterHeight = 1800 if footer_center else 600
    content = st.RightPageFooterContent
    content.LeftText.setString(footer_left)
    content.CenterText.setString(footer_center)
    right = content.RightText
    right.setString("")
    cursor = right.createTextCursor()
    right.insertString(cursor, "Halaman ", False)
    right.insertTextContent(cursor, doc.createInstance("com.sun.star.text.TextField.PageNumber"), False)
    right.insertString(cursor, " dari ", False)
    right.insertTextContent(cursor, doc.createInstance("com.sun.star.text.TextField.PageCount"), False)
    st.RightPageFooterContent = content
    st.ScaleToPagesX = 1  # fit the width of a page
    st.ScaleToPagesY = 0
    return name


def print_area(sheet, first_col, first_row, last_col, last_row, title_row=None):
    address = CellRangeAddress()
    address.Sheet = sheet.RangeAddress.Sheet
    address.StartColumn, address.StartRow, address.EndColumn, address.EndRow = first_col, first_row, last_col, last_row
    sheet.setPrintAreas((address,))
    if title_row is not None:
        titles = CellRangeAddress()
        titles.Sheet = address.Sheet
        titles.StartRow = titles.EndRow = title_row
        sheet.setTitleRows(titles)
        sheet.setPrintTitleRows(True)


def build(doc):
    sheets = doc.Sheets
    names = ["Pegawai", "Kompetensi", "Kinerja", "Peringkat", "Pelatihan"]
    sheets.getByIndex(0).setName(names[0])
    for k, n in enumerate(names[1:], start=1):
        sheets.insertNewByName(n, k)
    date_fmt = number_format(doc, "DD/MM/YYYY")
    money_fmt = number_format(doc, "#,##0")
    one_dec = number_format(doc, "0.0")
    two_dec = number_format(doc, "0.00")
    plain = page_style(doc, "ASN Karier", "ASN Karier", "")
    signature = page_style(doc, "ASN Karier Peringkat", "ASN Karier",
                           "Mengetahui,\nKetua Tim Penilai Kinerja\n\n\n(................................)  NIP ....................")

    # Pegawai: the roster.
    peg = sheets.getByName("Pegawai")
    header(peg, 0, PEGAWAI)
    for c in (6, 9):
        peg.getCellRangeByPosition(c, 1, c, ROWS).NumberFormat = date_fmt
    widths(peg, [42, 42, 45, 24, 55, 18, 24, 18, 18, 24] + [18] * 14 + [34, 34, 20])
    peg.PageStyle = plain

    # Kompetensi: shortfalls, JPM, weakest competencies.
    kom = sheets.getByName("Kompetensi")
    header(kom, 0, ["NIP", "Nama", "Kode Jabatan"] + CODES + ["JPM", "Kategori JPM", "Kompetensi terlemah"])
    kom.getCellByPosition(17, 0).setString("Kamus:")
    kom.getCellByPosition(17, 1).setString("(kosong = kamus bawaan)")
    kom.getCellByPosition(17, 2).setString("Kode")
    kom.getCellByPosition(18, 2).setString("Nama kompetensi")
    for k, code in enumerate(CODES):
        kom.getCellByPosition(17, 3 + k).setString(code)
        kom.getCellByPosition(18, 3 + k).setFormula(f'=IFERROR(ASNCOMPETENCY(R{4 + k};"nama";;$S$1);R{4 + k})')
    fill_down(kom, 0, 1, ROWS, '=IF(Pegawai.$B2="";"";Pegawai.A2)')
    fill_down(kom, 1, 1, ROWS, '=IF(Pegawai.$B2="";"";Pegawai.B2)')
    fill_down(kom, 2, 1, ROWS, '=IF(Pegawai.$B2="";"";Pegawai.D2)')
    # Shortfall of each competency against the position's standard (0 where none is required).
    kom.getCellByPosition(3, 1).setFormula(
        '=IF($B2="";0;MAX(0;IFNA(ASNREQUIRED($C2;D$1;$S$1);0)-INDEX(Pegawai.$P2:$X2;1;COLUMN()-3)))')
    kom.getCellRangeByPosition(3, 1, 11, 1).fillAuto(TO_RIGHT, 1)
    kom.getCellRangeByPosition(3, 1, 11, ROWS).fillAuto(TO_BOTTOM, 1)
    fill_down(kom, 12, 1, ROWS, '=IF($B2="";"";ASNJPM(Pegawai.P2:X2;ASNPROFILE($C2;$D$1:$L$1;$S$1)))')
    fill_down(kom, 13, 1, ROWS, '=IF($B2="";"";ASNJPMCATEGORY(M2))')
    fill_down(kom, 14, 1, ROWS, '=IF($B2="";"";ASNWEAKNESSES(Pegawai.P2:X2;ASNPROFILE($C2;$D$1:$L$1;$S$1);$S$4:$S$12;2))')
    kom.getCellRangeByPosition(12, 1, 12, ROWS).NumberFormat = one_dec
    widths(kom, [42, 42, 24] + [14] * 9 + [16, 36, 80, 4, 4, 30, 60])
    kom.PageStyle = plain
    print_area(kom, 0, 0, 14, LAST - 1, 0)

    # Kinerja: score, predikat, talent box and the ranking keys.
    kin = sheets.getByName("Kinerja")
    header(kin, 0, ["NIP", "Nama", "Jabatan", "Golongan", "Nilai Kinerja", "Predikat", "JPM", "Kotak Talenta",
                    "Rekomendasi", "Kunci: Nilai (1 des.)", "Kunci: Golongan", "Kunci: TMT Golongan",
                    "Kunci: Masa Kerja", "Kunci: Pendidikan", "Kunci: Tanggal Lahir"])
    kin.getCellByPosition(17, 0).setString("Indikator")
    kin.getCellByPosition(17, 1).setString("Bobot")
    for k, (name, weight) in enumerate((("Disiplin", 30), ("Kualitas Kerja", 25), ("Adaptasi", 15), ("Inovasi", 15),
                                        ("Kualitas Layanan", 15))):
        kin.getCellByPosition(18 + k, 0).setString(name)
        kin.getCellByPosition(18 + k, 1).setValue(weight)
    fill_down(kin, 0, 1, ROWS, '=IF(Pegawai.$B2="";"";Pegawai.A2)')
    fill_down(kin, 1, 1, ROWS, '=IF(Pegawai.$B2="";"";Pegawai.B2)')
    fill_down(kin, 2, 1, ROWS, '=IF(Pegawai.$B2="";"";Pegawai.E2)')
    fill_down(kin, 3, 1, ROWS, '=IF(Pegawai.$B2="";"";Pegawai.F2)')
    fill_down(kin, 4, 1, ROWS, '=IF($B2="";"";ASNSCORE(Pegawai.K2:O2;$S$2:$W$2))')
    fill_down(kin, 5, 1, ROWS, '=IF($B2="";"";ASNPREDICATE(Pegawai.Y2;Pegawai.Z2))')
    fill_down(kin, 6, 1, ROWS, '=IF($B2="";"";Kompetensi.M2)')
    fill_down(kin, 7, 1, ROWS, '=IF($B2="";"";ASNNINEBOX(Pegawai.Y2;Pegawai.AA2))')
    fill_down(kin, 8, 1, ROWS, '=IF($B2="";"";ASNNINEBOXINFO(H2;"rekomendasi"))')
    fill_down(kin, 9, 1, ROWS, '=IF($B2="";"";ROUND(E2;1))')
    fill_down(kin, 10, 1, ROWS, '=IF($B2="";"";ASNGRADE(Pegawai.F2))')
    fill_down(kin, 11, 1, ROWS, '=IF($B2="";"";Pegawai.G2)')
    fill_down(kin, 12, 1, ROWS, '=IF($B2="";"";Pegawai.H2)')
    fill_down(kin, 13, 1, ROWS, '=IF($B2="";"";ASNEDULEVEL(Pegawai.I2))')
    fill_down(kin, 14, 1, ROWS, '=IF($B2="";"";Pegawai.J2)')
    for c in (11, 14):
        kin.getCellRangeByPosition(c, 1, c, ROWS).NumberFormat = date_fmt
    kin.getCellRangeByPosition(4, 1, 4, ROWS).NumberFormat = two_dec
    kin.getCellRangeByPosition(6, 1, 6, ROWS).NumberFormat = one_dec
    widths(kin, [42, 42, 55, 18, 22, 30, 14, 16, 120, 20, 18, 24, 18, 18, 24, 4, 4, 18, 18, 24, 18, 18, 24])
    kin.PageStyle = plain
    print_area(kin, 0, 0, 8, LAST - 1, 0)

    # Peringkat: the committee's ranking sheet.
    per = sheets.getByName("Peringkat")
    per.getCellByPosition(0, 0).setString("DAFTAR PERINGKAT PEGAWAI")
    per.getCellByPosition(0, 0).CharHeight = 14
    per.getCellByPosition(0, 0).CharWeight = 150
    per.getCellByPosition(0, 1).setString("Instansi:")
    per.getCellByPosition(1, 1).setString("(nama instansi)")
    per.getCellByPosition(0, 2).setString("Periode:")
    per.getCellByPosition(1, 2).setString("(periode penilaian)")
    note = per.getCellRangeByPosition(0, 3, 8, 3)
    note.merge(True)
    per.getCellByPosition(0, 3).setString(ORDER_NOTE)
    per.getCellByPosition(0, 3).IsTextWrapped = True
    per.Rows.getByIndex(3).Height = 1500
    header(per, 4, ["Peringkat", "NIP", "Nama", "Jabatan", "Golongan", "Nilai Kinerja", "Predikat", "JPM",
                    "Kotak Talenta"])
    # ASNRANKLIST answers as many rows as there are employees, and Calc fills the rest of a larger array
    # area with #N/A (the contract says so), which IFNA around the call cannot reach. IF over the area's
    # rows stretches the result to the whole area first (rows past the ranking become #N/A inside the
    # formula), so IFNA blanks them: no error cell below the last employee, on screen or in print.
    per.getCellRangeByPosition(0, 5, 8, 4 + ROWS).setArrayFormula(
        f'=IFNA(IF(ROW(Kinerja.A2:A{LAST})>0;ASNRANKLIST(Kinerja.A2:H{LAST};Kinerja.J2:O{LAST};"DDADDA"));"")')
    per.getCellRangeByPosition(5, 5, 5, 4 + ROWS).NumberFormat = two_dec
    per.getCellRangeByPosition(7, 5, 7, 4 + ROWS).NumberFormat = one_dec
    widths(per, [20, 44, 48, 70, 20, 28, 38, 16, 28])
    per.PageStyle = signature
    print_area(per, 0, 0, 8, 4 + ROWS, 4)

    # Pelatihan: trainings under a budget.
    pel = sheets.getByName("Pelatihan")
    pel.getCellByPosition(0, 0).setString("RENCANA PELATIHAN DALAM ANGGARAN")
    pel.getCellByPosition(0, 0).CharWeight = 150
    pel.getCellByPosition(0, 1).setString("Anggaran (Rp):")
    pel.getCellByPosition(1, 1).setValue(250000000)
    pel.getCellByPosition(1, 1).NumberFormat = money_fmt
    header(pel, 3, ["Pelatihan", "Kompetensi", "Biaya (Rp)", "Manfaat: total kekurangan level", "Didanai (1/0)"])
    first, last = 4, 3 + TRAININGS
    fill_down(pel, 3, first, last, f'=IF(A5="";"";SUMPRODUCT((Kompetensi.$D$1:$L$1=B5)*Kompetensi.$D$2:$L${LAST}))')
    pel.getCellRangeByPosition(4, first, 4, last).setArrayFormula(f"=ASNTRAININGPLAN(D5:D{last + 1};C5:C{last + 1};$B$2)")
    pel.getCellByPosition(0, last + 2).setString("Total yang didanai")
    pel.getCellByPosition(2, last + 2).setFormula(f"=SUMIF(E5:E{last + 1};1;C5:C{last + 1})")
    pel.getCellByPosition(3, last + 2).setFormula(f"=SUMIF(E5:E{last + 1};1;D5:D{last + 1})")
    pel.getCellRangeByPosition(2, first, 2, last + 2).NumberFormat = money_fmt
    widths(pel, [90, 24, 30, 40, 24])
    pel.PageStyle = plain
    print_area(pel, 0, 0, 4, last + 2, 3)
    doc.Sheets.getByName("Peringkat")  # the sheet the committee reads first
    doc.getCurrentController().setActiveSheet(per) if doc.getCurrentController() else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    with CalcSession(args.oxt) as session:
        doc = session.new_spreadsheet()
        build(doc)
        tmp = os.path.join(session.root, "peringkat-asn.ots")
        session.store(doc, tmp, "calc8_template")
        doc.close(True)
        with open(tmp, "rb") as f, open(args.out, "wb") as g:
            g.write(f.read())
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
