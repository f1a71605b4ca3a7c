"""How the committee template meets data typed, picked and pasted by hand (built by tools/build_template.py):

  Pegawai       identifiers (NIP, kode jabatan) are Text cells, so an 18-digit NIP is never turned into a number
                that has lost its last digits; validity lists with input help for the labelled columns (ratings,
                potensial, predikat, hukuman disiplin, jenjang; golongan and pendidikan as suggestions); column AF
                "Pemeriksaan data" names every wrong value of the row in Indonesian (row, NIP, column, value, what
                is expected), and conditional formats mark the wrong cells.
  Periksa Data  one place listing every row with a problem, and how many there are.

A row with a problem is left out of the ranking and of the computed sheets (Kinerja column S is its gate), and
every sheet that leaves someone out says how many and where to look; the other rows go on. The checks call the
same functions the computed sheets call, so that a value the check accepts is a value they can compute with.
"""
import uno
from tools.template_style import INPUT_LAST, SHEET_END, conditional, header, print_area, styled_cell, widths

CHECK_SHEET = "Periksa Data"
CHECK_COLUMN = 31   # Pegawai AF: the row's problems, "" when none
COUNT_COLUMN = 32   # Pegawai AG (hidden): running count of rows with a problem, for the listing
# Pegawai AH:AL (hidden): the NIP's 18 digits (AH; "" when it is not 18 digits once the apostrophe, spaces, dots
# and hyphens HR data has are removed), and duplicate NIPs found in O(n log n): the digits as two 9-digit numbers
# (AI, AJ: a double holds 15 digits exactly, not 18), their ASNRANKS with shared ties (AK) and with unique ties in
# row order (AL). A row whose two ranks differ has an equal NIP above it: the row whose unique rank is its shared
# rank. (MATCH against the roster from every row made the recalculation of 10,000 employees quadratic.)
NIP_KEYS = 33
NIP_SEPARATORS = ("'", "’", " ", ".", "-")
LISTED = 500        # problem rows listed on Periksa Data
CHECK_NAME = "PEMERIKSAAN_DATA"  # the named expression of the check
RATINGS = ("Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi")
POTENTIALS = ("Tinggi", "Menengah", "Rendah")
PREDIKAT = ("Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang")
PENALTY = ("tidak", "ya")
LEVELS_JF = ("Ahli Pertama", "Ahli Muda", "Ahli Madya", "Ahli Utama", "Pemula", "Terampil", "Mahir", "Penyelia")
GOLONGAN = tuple(f"{r}/{g}" for r, gs in (("I", "abcd"), ("II", "abcd"), ("III", "abcd"), ("IV", "abcde"))
                 for g in gs)
EDUCATION = ("SD", "SMP", "SLTA", "D1", "D2", "D3", "D4", "S1", "S2", "S3")
DATE_HINT = "ketik tanggal seperti 01/04/2022 atau 01-04-2022 (hari-bulan-tahun)"


# The forms HR data really has, read where the meaning is unambiguous: named expressions with references relative to
# the row they are used in (defined at Pegawai!A2), used by the check and by the computed sheets alike.
#   a date: a Calc date, or text in the id-ID order dd-mm-yyyy, d/m/yyyy, dd.mm.yyyy, or ISO yyyy-mm-dd (a day that
#           does not exist, such as 31-02-2022, is an error, not 3 March)
#   pendidikan: what ASNEDULEVEL knows, or its form before a "/" (SIASN's "S-1/Sarjana", "D-III/Diploma III")
DMY = r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$"
YMD = r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"


def date_of(ref):
    t = f"TRIM({ref})"

    def part(pattern, group):
        return f'VALUE(REGEX({t};"{pattern}";"${group}"))'

    def checked(y, m, d):  # DATE rolls 31-02 over into March: only a date whose day and month survive counts
        return (f"IF(AND(DAY(DATE({y};{m};{d}))={d};MONTH(DATE({y};{m};{d}))={m});DATE({y};{m};{d});NA())")
    return (f'IF(ISNUMBER({ref});{ref};IF(ISTEXT({ref});IF(NOT(ISNA(REGEX({t};"{DMY}")));'
            f'{checked(part(DMY, 3), part(DMY, 2), part(DMY, 1))};IF(NOT(ISNA(REGEX({t};"{YMD}")));'
            f'{checked(part(YMD, 1), part(YMD, 2), part(YMD, 3))};NA()));NA()))')


# Without the extension (a workbook opened on a computer that lacks it) Calc computes every formula that calls one of
# its functions again when the file opens, to an error (LibreOffice gives such formulas the recalc mode ONLOAD), and
# all that depends on them: the stored results are not shown (bench/notes.md, What opening costs). The checks would
# then call every golongan, pendidikan and rating unknown, and the ranking would be empty without a word why; so the
# check column, Periksa Data and Peringkat say instead that the extension is missing. ASNVERSION() is an error then.
NOT_INSTALLED = "ASNKARIER_NOT_INSTALLED"
NOT_INSTALLED_TEXT = ("Ekstensi ASN Karier tidak terpasang di LibreOffice ini: pemeriksaan, nilai dan peringkat berkas "
                      "ini tidak dapat dihitung (yang tampil bukan hasilnya). Pasang asnkarier.oxt (Perkakas > Manajer "
                      "Ekstensi), mulai ulang LibreOffice, lalu buka lagi berkas ini.")
# A row's check when the extension is missing, after "Baris n (NIP ..): ".
NOT_INSTALLED_ROW = "ekstensi ASN Karier tidak terpasang - data baris ini tidak dapat diperiksa"
ROSTER_NAMES = {
    NOT_INSTALLED: "ISERROR(ASNVERSION())",
    "PEGAWAI_TMT_GOLONGAN": date_of("$Pegawai.$G2"),
    "PEGAWAI_TANGGAL_LAHIR": date_of("$Pegawai.$J2"),
    "PEGAWAI_PENDIDIKAN": 'IF(ISERROR(ASNEDULEVEL($Pegawai.$I2));REGEX($Pegawai.$I2;"\\s*/.*$";"");$Pegawai.$I2)',
}
ACCEPTED_FORMS = ("Tanggal: tanggal Calc, atau teks 01-04-2022, 1/4/2022, 01.04.2022, 2022-04-01. Pendidikan: SD, SMP, "
                  "SLTA, D1-D4, S1-S3 dan bentuk seperti D-III, S-1, Strata 1, S-1/Sarjana.")


def define_roster_names(doc):
    """The named expressions above; before any formula that uses them is written."""
    base = doc.Sheets.getByName("Pegawai").getCellByPosition(0, 1).CellAddress
    for name, content in ROSTER_NAMES.items():
        doc.NamedRanges.addNewByName(name, content, base, 0)


def quoted(ref):
    """The cell's value inside a message, in quotes: "S-1/Sarjana"."""
    return f'""""&{ref}&""""'


def date_problem(ref, value, name):
    return (f'IF(ISNUMBER({value});"";IF({ref}="";"{name} kosong";"{name} "&{quoted(ref)}&" bukan tanggal - '
            f'{DATE_HINT}"))')


POINT_HINT = ("tulis koma desimal (mis. 33,4); data dengan titik desimal: di dialog Impor Teks pilih Bahasa "
              "Inggris (AS)")


def number_problem(ref, name):
    """A number column holding text: a decimal point (33.4 from a CSV pasted into an Indonesian Calc) gets the hint
    how to bring it in; anything else is named as not a number."""
    return (f'IF(ISNUMBER({ref});"";IF({ref}="";"{name} kosong";"{name} "&{quoted(ref)}&" bukan angka"&'
            f'IF(ISNUMBER(NUMBERVALUE({ref};"."));" - {POINT_HINT}";"")))')


def row_problems():
    """Pegawai!AF2: every problem of the row's values, joined by "; ", after "Baris n (NIP ...): "."""
    nip = ('IF(ISNUMBER($A2);"NIP tersimpan sebagai angka (digit terakhirnya hilang) - ketik ulang NIP sebagai teks";'
           'IF($A2="";"NIP kosong";'
           f'IF($AH2="";"NIP "&{quoted("$A2")}&" bukan 18 angka";'
           f'IF($AL2<>$AK2;"NIP sama dengan baris "&(MATCH($AK2;$AL$2:$AL${SHEET_END};0)+1);""))))')
    parts = [
        nip,
        'IF($B2="";"Nama kosong";"")',
        f'IF($F2="";"Golongan kosong";IF(ISERROR(ASNGRADE($F2));"Golongan "&{quoted("$F2")}&" tidak dikenal - '
        f'tulis seperti III/b";""))',
        date_problem("$G2", "PEGAWAI_TMT_GOLONGAN", "TMT Golongan"),
        number_problem("$H2", "Masa Kerja"),
        f'IF($I2="";"Pendidikan kosong";IF(ISERROR(ASNEDULEVEL(PEGAWAI_PENDIDIKAN));"Pendidikan "&{quoted("$I2")}&" tidak dikenal - '
        f'pakai {", ".join(EDUCATION)} (juga D-III, S-1, Strata 1, S-1/Sarjana)";""))',
        date_problem("$J2", "PEGAWAI_TANGGAL_LAHIR", "Tanggal Lahir"),
        'IF(ISERROR(ASNSCORE($K2:$O2;Kinerja.$U$2:$Y$2));"Nilai indikator (kolom K-O: "&TEXTJOIN(" / ";0;$K2:$O2)&'
        f'") harus angka"&IF(COUNTA($K2:$O2)>COUNT($K2:$O2);" - {POINT_HINT}";"");"")',
        'IF(COUNTA($P2:$X2)>COUNT($P2:$X2);"Level kompetensi (kolom P-X) harus angka 0-5";'
        'IF(COUNT($P2:$X2)=0;"";IF(OR(MIN($P2:$X2)<0;MAX($P2:$X2)>5);"Level kompetensi (kolom P-X) harus 0-5";"")))',
        f'IF(AND($Y2="";$Z2="");"";IF(ISERROR(ASNPREDICATE($Y2;$Z2));"Rating hasil kerja/perilaku "&{quoted("$Y2")}'
        f'&" / "&{quoted("$Z2")}&" tidak dikenal - pilih {", ".join(RATINGS)}";""))',
        f'IF($AA2="";"";IF(ISERROR(ASNNINEBOX("Sesuai Ekspektasi";$AA2));"Potensial "&{quoted("$AA2")}&'
        f'" tidak dikenal - pilih {", ".join(POTENTIALS)}";""))',
        f'IF($AB2="";"";IF(ISERROR(ASNELIGIBLE(0;$AB2:$AB2));"Predikat Tahun Lalu "&{quoted("$AB2")}&'
        f'" tidak dikenal - pilih {", ".join(PREDIKAT)}";""))',
        f'IF($AC2="";"";IF(ISERROR(ASNELIGIBLE(0;{{"Baik";"Baik"}};0;$AC2));"Hukuman Disiplin "&{quoted("$AC2")}&'
        f'" - tulis ya atau tidak";""))',
        f'IF($AD2="";"";IF(ISERROR(ASNCREDIT("Baik";$AD2));"Jenjang JF "&{quoted("$AD2")}&" tidak dikenal - '
        f'mis. {", ".join(LEVELS_JF)}";{number_problem("$AE2", "AK PAK Terakhir")}))',
    ]
    joined = "TEXTJOIN(\"; \";1;" + ";".join(parts) + ")"
    nip_text = 'IF(ISNUMBER($A2);TEXT($A2;"0");$A2)'
    prefix = f'"Baris "&ROW()&" (NIP "&{nip_text}&"): "'
    return (f'=IF(AND($A2="";$B2="");"";IF({NOT_INSTALLED};{prefix}&"{NOT_INSTALLED_ROW}";'
            f'IF({joined}="";"";{prefix}&{joined})))')


def validity(cell_range, values, title, message, strict=True):
    """A list to pick from, with input help. strict: a typed value outside the list is refused with a warning the
    officer can override (WARNING, not STOP: HR data has other valid forms); otherwise the list only suggests."""
    v = cell_range.Validation
    v.Type = uno.Enum("com.sun.star.sheet.ValidationType", "LIST")
    v.setFormula1(";".join(f'"{x}"' for x in values))
    v.ShowList = 1
    v.IgnoreBlankCells = True
    v.ShowInputMessage = True
    v.InputTitle = title
    v.InputMessage = message
    v.ShowErrorMessage = strict
    v.ErrorAlertStyle = uno.Enum("com.sun.star.sheet.ValidationAlertStyle", "WARNING")
    v.ErrorTitle = title
    v.ErrorMessage = f"Nilai ini tidak ada dalam daftar. {message}"
    cell_range.Validation = v


def input_help(cell_range, title, message):
    v = cell_range.Validation
    v.Type = uno.Enum("com.sun.star.sheet.ValidationType", "ANY")
    v.ShowInputMessage = True
    v.InputTitle = title
    v.InputMessage = message
    cell_range.Validation = v


def text_cells(doc, cell_range):
    """The Text number format (@): what is typed, picked or pasted stays as the characters typed."""
    cell_range.NumberFormat = doc.NumberFormats.queryKey("@", uno.createUnoStruct("com.sun.star.lang.Locale"), False)


def nip_digits(ref):
    """A formula part: the 18 digits of the NIP written in cell `ref` as text, once SIASN's apostrophe, spaces, dots
    and hyphens are removed; "" when that is not 18 digits (or the cell holds a number: its last digits are lost)."""
    digits = ref
    for separator in NIP_SEPARATORS:  # SUBSTITUTE, not a REGEX replace: a regular expression is compiled per call
        digits = f'SUBSTITUTE({digits};"{separator}";"")'
    return f'IF(ISTEXT({ref});IFNA(REGEX({digits};"^[0-9]{{18}}$");"");"")'


def build_roster_checks(doc):
    """Pegawai's Text cells, lists, the check column AF with its running count AG, and the marks on wrong cells:
    the input formats, lists and marks to the sheet's end, the formulas in the prototype row 2 (the extension's job
    copies them down the roster's rows, idl/functions.toml [formula_rows])."""
    rows = INPUT_LAST
    peg = doc.Sheets.getByName("Pegawai")
    text_cells(doc, peg.getCellRangeByPosition(0, 1, 0, rows))  # NIP
    text_cells(doc, peg.getCellRangeByPosition(3, 1, 3, rows))  # Kode Jabatan
    input_help(peg.getCellRangeByPosition(0, 1, 0, rows), "NIP",
               "18 angka, sebagai teks (sel ini berformat Teks). Boleh ditempel dari SIASN.")
    column = lambda c: peg.getCellRangeByPosition(c, 1, c, rows)  # noqa: E731
    validity(column(5), GOLONGAN, "Golongan", "Mis. III/b (juga III-b, IIIb).", strict=False)
    validity(column(8), EDUCATION, "Pendidikan", "SD, SMP, SLTA, D1-D4, S1-S3 (juga D-III, S-1, S-1/Sarjana).",
             strict=False)
    for c, name in ((6, "TMT Golongan"), (9, "Tanggal Lahir")):
        input_help(column(c), name, "Tanggal hari/bulan/tahun, mis. 01/04/2022; juga 01-04-2022 dan 2022-04-01.")
    validity(column(24), RATINGS, "Rating Hasil Kerja", "Pilih Di Atas, Sesuai atau Di Bawah Ekspektasi.")
    validity(column(25), RATINGS, "Rating Perilaku", "Pilih Di Atas, Sesuai atau Di Bawah Ekspektasi.")
    validity(column(26), POTENTIALS, "Potensial", "Pilih Tinggi, Menengah atau Rendah.")
    validity(column(27), PREDIKAT, "Predikat Tahun Lalu", "Predikat kinerja tahun lalu (PermenPANRB 6/2022).")
    validity(column(28), PENALTY, "Hukuman Disiplin", "ya bila sedang menjalani hukuman disiplin; kosong = tidak.")
    validity(column(29), LEVELS_JF, "Jenjang JF", "Hanya untuk pejabat fungsional; kosongkan bila bukan.")

    header(peg, 0, ["Pemeriksaan data", "Jumlah baris bermasalah"], start=CHECK_COLUMN)
    # The check is one named expression with references relative to AF2, used by every row: the file stores its
    # 2,500 characters once, not once per employee.
    doc.NamedRanges.addNewByName(CHECK_NAME, row_problems()[1:], peg.getCellByPosition(CHECK_COLUMN, 1).CellAddress, 0)
    peg.getCellByPosition(CHECK_COLUMN, 1).setFormula(f"={CHECK_NAME}")
    peg.getCellByPosition(COUNT_COLUMN, 1).setFormula('=N(AG1)+IF(AF2="";0;1)')
    peg.Columns.getByIndex(COUNT_COLUMN).IsVisible = False
    header(peg, 0, ["NIP (18 angka)", "NIP 1-9", "NIP 10-18", "Urutan NIP", "Urutan NIP unik"], start=NIP_KEYS)
    peg.getCellByPosition(NIP_KEYS, 1).setFormula("=" + nip_digits("$A2"))
    peg.getCellByPosition(NIP_KEYS + 1, 1).setFormula('=IF($AH2="";"";VALUE(LEFT($AH2;9)))')
    peg.getCellByPosition(NIP_KEYS + 2, 1).setFormula('=IF($AH2="";"";VALUE(RIGHT($AH2;9)))')
    # Rows without a valid NIP have blank keys: ASNRANKS gives them "" in both columns (equal: no duplicate). The
    # keys are AI:AJ of the roster's rows (ASNKARIER_NIP_KEYS); the job sets each array over those rows.
    # Named expressions hold the calls: Calc's Redo of an array formula that calls an add-in by name loses the add-in
    # (build_template.py, Peringkat), and the job sets these arrays again as the roster grows.
    for column, ties in ((NIP_KEYS + 3, "shared"), (NIP_KEYS + 4, "unique")):
        name = f"ASNKARIER_NIP_RANKS_{ties.upper()}"
        doc.NamedRanges.addNewByName(name, f'ASNRANKS(ASNKARIER_NIP_KEYS;"AA";"{ties}")',
                                     uno.createUnoStruct("com.sun.star.table.CellAddress"), 0)
        peg.getCellRangeByPosition(column, 1, column, 1).setArrayFormula(f'=IFERROR({name};"")')
    for c in range(NIP_KEYS, NIP_KEYS + 5):
        peg.Columns.getByIndex(c).IsVisible = False
    peg.getCellRangeByPosition(CHECK_COLUMN, 1, CHECK_COLUMN, rows).IsTextWrapped = False

    wrong = styled_cell(doc, "ASN Isian Salah", back=0xF8D0D0, color=0x7A1F1F)
    conditional(peg.getCellRangeByPosition(CHECK_COLUMN, 1, CHECK_COLUMN, rows), '$AF2<>""', wrong)
    marks = {  # the cells a problem names, marked where the check finds them
        0: 'AND(OR($A2<>"";$B2<>"");OR($AH2="";$AL2<>$AK2))',
        5: 'AND($B2<>"";ISERROR(ASNGRADE($F2)))',
        6: 'AND($B2<>"";NOT(ISNUMBER(PEGAWAI_TMT_GOLONGAN)))',
        7: 'AND($B2<>"";NOT(ISNUMBER($H2)))',
        8: 'AND($B2<>"";ISERROR(ASNEDULEVEL(PEGAWAI_PENDIDIKAN)))',
        9: 'AND($B2<>"";NOT(ISNUMBER(PEGAWAI_TANGGAL_LAHIR)))',
        24: 'AND($Y2<>"";ISERROR(ASNPREDICATE($Y2;"Sesuai Ekspektasi")))',
        25: 'AND($Z2<>"";ISERROR(ASNPREDICATE("Sesuai Ekspektasi";$Z2)))',
        26: 'AND($AA2<>"";ISERROR(ASNNINEBOX("Sesuai Ekspektasi";$AA2)))',
        27: 'AND($AB2<>"";ISERROR(ASNELIGIBLE(0;$AB2:$AB2)))',
        28: 'AND($AC2<>"";ISERROR(ASNELIGIBLE(0;{"Baik";"Baik"};0;$AC2)))',
        29: 'AND($AD2<>"";ISERROR(ASNCREDIT("Baik";$AD2)))',
    }
    for c, formula in marks.items():
        conditional(peg.getCellRangeByPosition(c, 1, c, rows), formula, wrong)
    conditional(peg.getCellRangeByPosition(10, 1, 14, rows), 'AND(K2<>"";NOT(ISNUMBER(K2)))', wrong)
    conditional(peg.getCellRangeByPosition(15, 1, 23, rows), 'AND(P2<>"";OR(NOT(ISNUMBER(P2));P2<0;P2>5))', wrong)
    peg.Columns.getByIndex(CHECK_COLUMN).Width = 26000
    # The roster prints with its check column, as far as its filled rows (the print-area job keeps the last row;
    # idl/functions.toml [print_job]). Saved as the header alone, as the job sets it for an empty roster: a new
    # workbook starts with nothing for the job to change (a change then would be an Undo step of its own).
    print_area(peg, 0, 0, CHECK_COLUMN, 0, 0)


def build_check_sheet(doc, page_style_name):
    """Periksa Data, right after Pegawai: how many rows have a problem, and each of them (the first LISTED)."""
    sheets = doc.Sheets
    sheets.insertNewByName(CHECK_SHEET, 1)
    sheet = sheets.getByName(CHECK_SHEET)
    sheet.getCellByPosition(0, 0).setString("PEMERIKSAAN DATA PEGAWAI")
    sheet.getCellByPosition(0, 0).CharWeight = 150
    sheet.getCellByPosition(0, 0).CharHeight = 14
    total = f"MAX(Pegawai.$AG$2:$AG${SHEET_END})"  # the running count at the roster's last row
    sheet.getCellByPosition(0, 1).setFormula(
        f'=IF({NOT_INSTALLED};"{NOT_INSTALLED_TEXT}";IF(COUNTA(Pegawai.$A$2:$B${SHEET_END})=0;'
        f'"Belum ada pegawai di lembar Pegawai.";IF({total}=0;"Semua baris lembar Pegawai terisi dengan benar.";'
        f'{total}&" baris lembar Pegawai perlu diperbaiki. Baris itu tidak ikut diperingkat sampai diperbaiki; pegawai '
        f'lain tetap diperingkat. Sel yang salah bertanda merah di lembar Pegawai.")))')
    sheet.getCellByPosition(0, 1).IsTextWrapped = True
    sheet.Rows.getByIndex(1).Height = 1000
    header(sheet, 3, ["Masalah (baris lembar Pegawai, NIP, kolom, isian, yang diharapkan)"])
    counts = f"Pegawai.$AG$2:$AG${SHEET_END}"
    problems = f"Pegawai.$AF$2:$AF${SHEET_END}"
    # The k-th problem row: the first row whose running count is k (an exact MATCH: Calc caches the column's
    # lookups, so 500 listed rows do not scan the roster 500 times).
    first = sheet.getCellByPosition(0, 4)
    first.setFormula(f'=IF(ROW()-4>{total};"";INDEX({problems};MATCH(ROW()-4;{counts};0)))')
    sheet.getCellRangeByPosition(0, 4, 0, 3 + LISTED).fillAuto(
        uno.Enum("com.sun.star.sheet.FillDirection", "TO_BOTTOM"), 1)
    sheet.getCellByPosition(0, 4 + LISTED).setFormula(
        f'=IF({total}>{LISTED};"... dan "&({total}-{LISTED})&" baris lain: lihat kolom AF lembar Pegawai (saring '
        f'dengan AutoFilter).";"")')
    # Not wrapped: a row's height does not follow a formula's result, so a wrapped line would be cut; unwrapped, a
    # long line runs on over the empty columns to its right.
    widths(sheet, [270])
    sheet.PageStyle = page_style_name
    # Printing the workbook prints the summary only: the listing's 500 formula rows would print as blank pages
    # whatever they show (select the listed rows and print the selection to have them on paper).
    print_area(sheet, 0, 0, 0, 1)
    return sheet
