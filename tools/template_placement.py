"""The committee workbook's sheets for filling vacant positions (issue 26), built by tools/build_template.py:
  Pengembangan  the development record an HR office keeps (PP 11/2017 Pasal 203: at least 20 JP a year), one
                activity a row: NIP, tanggal, tahun, jenis, nama kegiatan, JP. Hidden columns hold each record's NIP
                digits, the year it counts for and its JP, blank where the record is wrong (column G says why);
                Kinerja AM sums them for every employee in one ASNJPTOTALS call (SUMIFS over 30,000 records for
                10,000 employees took 90 s a recalculation; the sorted copy of the records and two binary searches
                an employee that came after it were five formula cells a record and three an employee). 20 JP a year:
                docs/rules.md §7.6.
  Penempatan    the vacancies (kode jabatan from the kamus, unit, keterangan), for each the three best candidates
                (ASNSHORTLIST) and the proposed placement of the whole set (ASNPLACEMENT), from the kelompok rencana
                suksesi or from all who meet the KP requirements (the switch in C3); the PPK decides.
The records are a list of their own whose formula rows the extension's job keeps (idl/functions.toml
[[formula_rows]], the second list), as it keeps the roster's.
"""
import uno  # noqa: F401

from tools.template_checks import input_help, nip_digits, text_cells, validity
from tools.template_style import INPUT_LAST, SHEET_END, conditional, header, page_style, print_area, styled_cell, widths

RECORDS = "Pengembangan"
PLACEMENT = "Penempatan"
KINDS = ("Pelatihan", "Kursus", "Seminar", "Konferensi", "E-learning", "Coaching/Mentoring", "Tugas Belajar")
VACANCIES = 30  # vacancy rows of Penempatan
VACANCY_TOP = 7  # the first vacancy's row (0-based)
SHORTLIST = 3  # candidates per vacancy: the three names a selection committee hands to the PPK
SUCCESSION_ONLY = "Kelompok rencana suksesi"
ALL_ELIGIBLE = "Semua yang memenuhi syarat KP"
JP_MINIMUM = 20  # PP 11/2017 Pasal 203 ayat (4)
# Pengembangan's columns: input A:F, the visible check G, the hidden H:J (what ASNJPTOTALS reads), K empty and hidden,
# the last-record cell L1 (hidden). No array formula spans the records' rows: Calc would refuse to delete a record's
# row ("part of an array"), which an officer does to remove a wrong entry.
RECORD_CHECK, RECORD_DIGITS, RECORD_YEAR, RECORD_JP = 6, 7, 8, 9


LAST_RECORD_CELL = "$Pengembangan.$L$1"  # hidden: the records' last row, written by the extension's job


def build_records(doc, formats):
    """Pengembangan: the development record, one activity a row."""
    sheet = doc.Sheets.getByName(RECORDS)
    header(sheet, 0, ["NIP", "Tanggal", "Tahun", "Jenis", "Nama Kegiatan", "JP", "Keterangan"])
    text_cells(doc, sheet.getCellRangeByPosition(0, 1, 0, INPUT_LAST))
    input_help(sheet.getCellRangeByPosition(0, 1, 0, INPUT_LAST), "NIP",
               "18 angka NIP pegawai (seperti di lembar Pegawai). Satu baris satu kegiatan.")
    sheet.getCellRangeByPosition(1, 1, 1, INPUT_LAST).NumberFormat = formats.date
    input_help(sheet.getCellRangeByPosition(2, 1, 2, INPUT_LAST), "Tahun",
               "Tahun kegiatan (mis. tahunKursus dari SIASN). Kosong: tahun dari kolom Tanggal.")
    validity(sheet.getCellRangeByPosition(3, 1, 3, INPUT_LAST), KINDS, "Jenis kegiatan",
             "Bentuk pengembangan kompetensi (PP 11/2017 Pasal 210); jenis lain dari SIASN boleh ditulis apa adanya.",
             strict=False)
    input_help(sheet.getCellRangeByPosition(5, 1, 5, INPUT_LAST), "JP",
               "Jam pelajaran kegiatan ini (1 JP = 45 menit; jumlahJam di SIASN).")
    # G: what keeps a record out of the count, in words. H: the NIP's 18 digits; I: the year counted; J: the JP. A
    # record without digits, a year or a numeric JP has I and J blank and takes no part (ASNJPTOTALS skips blanks,
    # where a text would be Err:502 for every employee).
    cells = {
        RECORD_DIGITS: "=" + nip_digits("$A2"),  # as Pegawai reads its NIPs
        RECORD_YEAR: '=IF(OR($H2="";NOT(ISNUMBER($F2)));"";IF(TRIM($C2&"")<>"";IFERROR(VALUE(TRIM($C2&""));"");'
                     'IF(ISNUMBER($B2);YEAR($B2);"")))',
        RECORD_JP: '=IF($I2="";"";$F2)',
        RECORD_CHECK: ('=IF($A2="";"";IF($H2="";IF(ISNUMBER($A2);"NIP terbaca sebagai angka: format kolom A sebagai '
                       'Teks dan tulis lagi";"NIP bukan 18 angka");IF(NOT(ISNUMBER($F2));"JP bukan angka";'
                       'IF($I2="";"tahun atau tanggal kosong";""))))'),
    }
    for column, formula in cells.items():
        sheet.getCellByPosition(column, 1).setFormula(formula)
    for column in range(RECORD_DIGITS, RECORD_JP + 2):  # and K, empty: the narrow columns before L1 out of sight
        sheet.Columns.getByIndex(column).IsVisible = False
    header(sheet, 0, ["NIP (18 angka)", "Tahun dihitung", "JP dihitung"], start=RECORD_DIGITS)
    # A record whose NIP is not on the roster is marked (a conditional format: computed only where it is shown).
    unknown = styled_cell(doc, "ASN NIP Tidak Dikenal", back=0xF8E0E0, color=0x7A1F1F)
    conditional(sheet.getCellRangeByPosition(0, 1, 0, INPUT_LAST),
                f'AND($H2<>"";COUNTIF(Pegawai.$AH$2:$AH${SHEET_END};$H2)=0)', unknown)
    # What the sheet counts, right of the records (one line, not wrapped: the header row keeps its height).
    note = sheet.getCellByPosition(12, 0)  # M1
    note.setFormula('="JP dihitung untuk tahun "&Kinerja.$U$6&" (lembar Kinerja, U6). NIP berwarna merah: tidak ada di '
                    'lembar Pegawai."')
    note.IsTextWrapped = False
    note.CellBackColor = -1
    note.CharWeight = 100
    last_record = sheet.getCellRangeByName(LAST_RECORD_CELL.replace(f"${RECORDS}.", ""))
    last_record.setValue(2)  # no record: row 2
    sheet.Columns.getByIndex(last_record.CellAddress.Column).IsVisible = False
    widths(sheet, [42, 24, 16, 36, 90, 14, 60, 4, 4, 4, 4, 4, 120])
    quiet_headers(sheet, 0, range(RECORD_DIGITS, RECORD_JP + 1))
    sheet.PageStyle = formats.plain
    print_area(sheet, 0, 0, 6, 0, 0)


def quiet_headers(sheet, row, columns):
    """The headers of hidden helper columns on one line: wrapped in their narrow columns they made the header row
    as tall as a page (Calc fits a row's height to hidden cells too)."""
    for column in columns:
        sheet.getCellByPosition(column, row).IsTextWrapped = False
    sheet.Rows.getByIndex(row).OptimalHeight = True


def candidate(row, jpm):
    """An employee of the roster's row `row` (1 = Pegawai row 2) with a JPM, in four lines."""
    return (f'INDEX(Pegawai.$B$2:$B${SHEET_END};{row})&CHAR(10)&"NIP "&INDEX(Pegawai.$A$2:$A${SHEET_END};{row})&CHAR(10)&'
            f'INDEX(Pegawai.$C$2:$C${SHEET_END};{row})&CHAR(10)&"JPM "&SUBSTITUTE(FIXED({jpm};1;1);".";",")&" - "&'
            f'ASNJPMCATEGORY({jpm};"seleksi")')


def build_placement(doc, formats):
    """Penempatan: vacancies, their shortlists and the proposed placement."""
    sheet = doc.Sheets.getByName(PLACEMENT)  # made right after Distribusi: printed after the talent map
    sheet.getCellByPosition(0, 0).setString("USULAN PENEMPATAN DALAM JABATAN LOWONG")
    sheet.getCellByPosition(0, 0).CharHeight = 14
    sheet.getCellByPosition(0, 0).CharWeight = 150
    sheet.getCellByPosition(0, 1).setFormula('=Peringkat.B2&" - "&Peringkat.B3')
    # The settings: labels over A:B, values in C (C3 the switch Kinerja AS reads, C4 the lowest JPM).
    for r, text in ((2, "Calon dari:"), (3, "JPM minimal:")):
        sheet.getCellRangeByPosition(0, r, 1, r).merge(True)
        sheet.getCellByPosition(0, r).setString(text)
    switch = sheet.getCellRangeByPosition(2, 2, 2, 2)
    sheet.getCellByPosition(2, 2).setString(SUCCESSION_ONLY)
    validity(switch, (SUCCESSION_ONLY, ALL_ELIGIBLE), "Calon",
             "Kelompok rencana suksesi saja, atau semua pegawai yang memenuhi syarat kenaikan pangkat (kolom Memenuhi "
             "syarat KP di lembar Kinerja).")
    sheet.getCellByPosition(2, 3).setValue(68)
    input_help(sheet.getCellRangeByPosition(2, 3, 2, 3), "JPM minimal",
               "JPM paling rendah untuk diusulkan (68 = batas bawah Masih Memenuhi Syarat).")
    for r in (2, 3):
        sheet.getCellByPosition(2, r).CellBackColor = 0xFFF3B0
    note = sheet.getCellRangeByPosition(0, 4, 7, 4)
    note.merge(True)
    sheet.getCellByPosition(0, 4).setString(
        "Tiga calon terbaik tiap jabatan menurut JPM terhadap standar kompetensi jabatan di kamus, dan usulan "
        "penempatan seluruh formasi sekaligus: sebanyak mungkin formasi terisi, lalu jumlah JPM terbesar (metode "
        "Hungaria). Calon: anggota kelompok rencana suksesi (kotak talenta 7-9, predikat 2 tahun terakhir paling "
        "rendah Baik, paling sedikit 20 JP pengembangan kompetensi tahun lalu, tidak sedang menjalani hukuman "
        "disiplin; PP 11/2017 Pasal 199) atau semua yang memenuhi syarat KP, tanpa pegawai yang mencapai batas usia "
        "pensiun dalam satu tahun. Usulan ini bahan pertimbangan; penetapan dalam jabatan adalah keputusan Pejabat "
        "Pembina Kepegawaian (PPK).")
    sheet.getCellByPosition(0, 4).IsTextWrapped = True
    sheet.Rows.getByIndex(4).Height = 2300
    header(sheet, VACANCY_TOP - 1, ["No", "Kode Jabatan", "Unit Kerja", "Keterangan", "Calon 1", "Calon 2", "Calon 3",
                                    "Usulan penempatan"])
    first, last = VACANCY_TOP, VACANCY_TOP + VACANCIES - 1
    text_cells(doc, sheet.getCellRangeByPosition(1, first, 3, last))
    input_help(sheet.getCellRangeByPosition(1, first, 1, last), "Kode jabatan",
               "Kode atau nama jabatan yang lowong, seperti di kamus kompetensi (lembar Kompetensi, S1). Jabatan yang "
               "sama dua kali: dua formasi.")
    # Hidden: J:K each vacancy's shortlist (3 rows from J8 + 3k: row within the roster, JPM), L:M the placement,
    # N how many competencies of the position's standard Pegawai lacks (a kompetensi teknis: the functions refuse a
    # standard they cannot compare, Err:502; -1 when the kamus cannot be read), O the vacancy as the placement reads it (blank when its shortlist
    # failed: one such vacancy would otherwise leave the whole placement an error).
    shortlist_col, placement_col, missing_col, position_col = 9, 11, 13, 14
    header(sheet, VACANCY_TOP - 1, ["Calon (baris)", "JPM", "Usulan (baris)", "JPM", "Kompetensi di luar Pegawai",
                                    "Formasi dihitung"], start=shortlist_col)
    levels = "ASNKARIER_PLACEMENT_LEVELS;Kompetensi.$R$4:$R$12;ASNKARIER_PLACEMENT_ELIGIBLE"
    sheet.getCellRangeByPosition(placement_col, first, placement_col + 1, last).setArrayFormula(
        f"=ASNPLACEMENT($O${first + 1}:$O${last + 1};{levels};$C$4;Kompetensi.$S$1)")
    for k in range(VACANCIES):
        r = first + k
        n, top = r + 1, first + SHORTLIST * k + 1  # 1-based: the vacancy's row, its shortlist's first row
        sheet.getCellByPosition(0, r).setFormula(f'=IF($B{n}="";"";{k + 1})')
        sheet.getCellRangeByPosition(shortlist_col, top - 1, shortlist_col + 1, top + SHORTLIST - 2).setArrayFormula(
            f'=IF($B{n}="";"";ASNSHORTLIST($B{n};{levels};{SHORTLIST};Kompetensi.$S$1))')
        sheet.getCellByPosition(missing_col, r).setFormula(
            f'=IF($B{n}="";"";IF(ISERROR(INDEX(ASNPROFILE($B{n};;Kompetensi.$S$1);1;1));-1;'
            f'SUMPRODUCT(ISNUMBER(ASNPROFILE($B{n};;Kompetensi.$S$1))*1)-'
            f'SUMPRODUCT(ISNUMBER(ASNPROFILE($B{n};Kompetensi.$R$4:$R$12;Kompetensi.$S$1))*1)))')
        sheet.getCellByPosition(position_col, r).setFormula(f'=IF(ISERROR($J{top});"";$B{n})')
        unknown = (f'IF(ISNA($J{top});"(kode jabatan tidak ada di kamus)";IF(N($N{n})<0;"(kamus tidak dapat dibaca: '
                   f'lihat lembar Kompetensi, S2)";IF(N($N{n})>0;"(standar jabatan ini memuat kompetensi yang tidak ada '
                   f'di lembar Pegawai, mis. kompetensi teknis: belum dapat dihitung)";"(tidak dapat dihitung: periksa '
                   f'level kompetensi di lembar Pegawai)")))')
        for j in range(SHORTLIST):
            h = top + j
            none = '"(tidak ada calon)"' if j == 0 else '""'
            sheet.getCellByPosition(4 + j, r).setFormula(
                f'=IF($B{n}="";"";IFERROR(IF($J{h}="";{none};{candidate(f"$J{h}", f"$K{h}")});{unknown}))')
        sheet.getCellByPosition(7, r).setFormula(
            f'=IF($B{n}="";"";IF(ISERROR($J{top});{unknown};IFERROR(IF($L{n}="";'
            f'"(tidak terisi: tidak ada calon lain dengan JPM paling rendah "&$C$4&")";{candidate(f"$L{n}", f"$M{n}")});'
            f'"(tidak dapat dihitung: periksa JPM minimal di C4)")))')
    for column in range(shortlist_col, position_col + 1):
        sheet.Columns.getByIndex(column).IsVisible = False
    rows = sheet.getCellRangeByPosition(0, first, 7, last)
    rows.IsTextWrapped = True
    rows.VertJustify = uno.Enum("com.sun.star.table.CellVertJustify", "TOP")
    for r in range(first, last + 1):
        sheet.Rows.getByIndex(r).Height = 2500  # four or five lines a candidate: Calc does not grow a row for a formula
    proposed = styled_cell(doc, "ASN Usulan", back=0xE3F1E0)
    conditional(sheet.getCellRangeByPosition(7, first, 7, last), 'AND($B8<>"";LEFT($H8;1)<>"(")', proposed)
    widths(sheet, [10, 30, 36, 28, 58, 58, 58, 60, 4, 14, 14, 14, 14, 14, 20])
    quiet_headers(sheet, VACANCY_TOP - 1, range(shortlist_col, position_col + 1))
    sheet.PageStyle = page_style(doc, "ASN Karier Penempatan", "ASN Karier", "", continue_numbering=True)
    print_area(sheet, 0, 0, 7, VACANCY_TOP - 1, VACANCY_TOP - 1)
    return first, last
