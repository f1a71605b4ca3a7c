"""The two sheets of the template that give the appraisal back to people (built by tools/build_template.py):

  Umpan Balik   one A4 page for one employee, chosen by NIP in cell H2 (a list of the roster's "NIP - Nama"): identity,
                score and predikat of this year and the last, the competency profile against the position's
                standard (a table with data bars), JPM, strengths and weaknesses in sentences (ASNSTRENGTHS,
                ASNWEAKNESSES), the nine-box position with its meaning and follow-up (ASNNINEBOXINFO), whether the
                employee is in the talent pool, the funded trainings of the Pelatihan plan that address a
                weakness, and a signature block. Everything is a formula of H2, so a chosen NIP shows its page;
                `make run` prints one page per employee by choosing each NIP in turn.
  Peta Talenta  the 3x3 nine-box grid as in PermenPANRB 3/2020 (potential across, performance up): each box
                coloured, with its number, meaning, the count of employees and the first names in roster order
                ("+N lainnya"); the talent pool (boxes 7-9) framed.

Helper cells sit right of the print areas in hidden columns (Umpan Balik I, Peta Talenta G:J), so they never
print and do not distract; Umpan Balik's column H holds only the chooser.
"""
import uno
from com.sun.star.table import BorderLine2
from tools.template_style import SHEET_END, number_format, page_style, print_area, widths

FEEDBACK = "Umpan Balik"
TALENT_MAP = "Peta Talenta"
SELECTED_NIP = "$H$2"  # the NIP whose page is shown (Umpan Balik)
HELPER = 8  # Umpan Balik's hidden helper column, I
CHOSEN_NIP = "$I$2"  # the NIP part of H2 (the list shows "NIP - Nama")
ROW = "$I$3"  # its row in the roster (1 = the first employee), 0 when none is chosen
FIRST_NAMES = 5  # names shown in a box of the talent map before "+N lainnya"
# (box, performance row 0 = top, potential column 0 = left), as in the regulation's figure (docs/rules.md §4.2).
BOXES = ((4, 0, 0), (7, 0, 1), (9, 0, 2), (2, 1, 0), (5, 1, 1), (8, 1, 2), (1, 2, 0), (3, 2, 1), (6, 2, 2))
BOX_COLOURS = {9: 0x2E7D32, 8: 0x81C784, 7: 0x81C784, 6: 0xFFF59D, 5: 0xFFF59D, 4: 0xFFF59D, 3: 0xFFCC80,
               2: 0xFFCC80, 1: 0xE57373}
TALENT_POOL = (7, 8, 9)
TOP = uno.Enum("com.sun.star.table.CellVertJustify", "TOP")
CENTER = uno.Enum("com.sun.star.table.CellVertJustify", "CENTER")
HCENTER = uno.Enum("com.sun.star.table.CellHoriJustify", "CENTER")
LEFT = uno.Enum("com.sun.star.table.CellHoriJustify", "LEFT")
DATABAR = 2  # com.sun.star.sheet.ConditionEntryType
DATABAR_VALUE = 4  # com.sun.star.sheet.DataBarEntryType


def merged(sheet, first_col, row, last_col, text=None, formula=None, bold=False, wrap=False, size=None):
    """Merges columns first_col..last_col of one row and puts a text or a formula in it."""
    if last_col > first_col:
        sheet.getCellRangeByPosition(first_col, row, last_col, row).merge(True)
    cell = sheet.getCellByPosition(first_col, row)
    if formula is not None:
        cell.setFormula(formula)
    elif text is not None:
        cell.setString(text)
    if bold:
        cell.CharWeight = 150
    if wrap:
        cell.IsTextWrapped = True
        cell.VertJustify = TOP
    if size:
        cell.CharHeight = size
    return cell


def label(sheet, column, row, text):
    """A field's label: top-aligned beside a value that may wrap onto several lines."""
    cell = sheet.getCellByPosition(column, row)
    cell.setString(text)
    cell.IsTextWrapped = True
    cell.VertJustify = TOP
    return cell


def section(sheet, row, title):
    cell = merged(sheet, 0, row, 5, title, bold=True)
    sheet.getCellRangeByPosition(0, row, 5, row).CellBackColor = 0xDDE7F0
    return cell


def line(width, colour=0x000000):
    border = BorderLine2()
    border.OuterLineWidth = width
    border.LineWidth = width
    border.Color = colour
    return border


def data_bars(doc, sheet, cells, colour, full):
    """A data bar over `cells` from 0 to `full` (a fixed scale, the same on every page: a bar of value `full` fills
    the cell's width), solid `colour`, the value shown."""
    ranges = doc.createInstance("com.sun.star.sheet.SheetCellRanges")
    ranges.addRangeAddress(cells.RangeAddress, False)
    formats = sheet.ConditionalFormats
    formats.createByRange(ranges)
    bar_format = formats.ConditionalFormats[-1]
    bar_format.createEntry(DATABAR, 0)
    bar = bar_format.getByIndex(0)
    ends = bar.DataBarEntries
    for end, value in zip(ends, ("0", f"{full:.4f}")):
        end.Type = DATABAR_VALUE
        end.Formula = value
    bar.DataBarEntries = ends
    bar.Color = colour
    bar.UseGradient = False


def roster_value(column, sheet="Pegawai", text=False):
    """The chosen employee's value in a column of the roster (or of another sheet laid out row by row like it).
    text: read as text, so that an empty optional cell shows empty rather than 0."""
    value = f"INDEX({sheet}.${column}$2:${column}${SHEET_END};{ROW})"
    as_text = '&""' if text else ""
    return f'=IF({ROW}=0;"";{value}{as_text})'


def build_feedback(doc, codes):
    """The Umpan Balik sheet; `codes` are the competency columns P.. of Pegawai in order (their names are in
    Kompetensi.S4:S12). The employee's values are read with INDEX to the sheet's last row."""
    sheets = doc.Sheets
    sheets.insertNewByName(FEEDBACK, sheets.Count)
    sheet = sheets.getByName(FEEDBACK)
    date_fmt = number_format(doc, "DD/MM/YYYY")
    general = number_format(doc, "General")
    signed = number_format(doc, "+General;-General;0")
    two_dec = number_format(doc, "0.00")
    percent = number_format(doc, '0.0" %"')
    widths(sheet, [38, 63, 20, 36, 14, 32, 4, 60])

    # The chooser, right of the page: a list of the roster's NIPs, each with its name ("NIP - Nama"), sorted.
    sheet.getCellByPosition(7, 0).setString("Pilih NIP pegawai:")
    sheet.getCellByPosition(7, 0).CharWeight = 150
    chooser = sheet.getCellByPosition(7, 1)
    chooser.CellBackColor = 0xFFF3B0
    # Text: a NIP picked from the list or typed stays 18 characters; in a Standard cell Calc makes it a number
    # that has lost its last digits (1,97109171993012E+17), which matches nobody.
    chooser.NumberFormat = doc.NumberFormats.queryKey("@", uno.createUnoStruct("com.sun.star.lang.Locale"), False)
    validation = chooser.Validation
    validation.Type = uno.Enum("com.sun.star.sheet.ValidationType", "LIST")
    # An expression: Calc evaluates it as an array. Empty rows give "" (one blank entry at the top of the sorted
    # list); an error there would be listed once per row as "#N/A".
    # The roster's rows (named ranges the extension keeps on them: an array over a million rows would be slow).
    nips, names = "ASNKARIER_NIP_LIST", "ASNKARIER_NAME_LIST"
    validation.setFormula1(f'IF({nips}="";"";{nips}&" - "&{names})')
    validation.ShowList = 2  # sorted: an NIP is found by its first digits (the birth date)
    validation.ShowInputMessage = True
    validation.InputTitle = "NIP pegawai"
    validation.InputMessage = "Pilih dari daftar (Alt+Panah Bawah) atau ketik NIP dari lembar Pegawai."
    # No refusal: a typed NIP without its name is not an entry of the list, and is right. A3 names an NIP that
    # is not in the roster.
    validation.ShowErrorMessage = False
    chooser.Validation = validation
    # The NIP is what stands before the first space: "199303032015032013 - Nama" and a typed NIP alike.
    sheet.getCellByPosition(HELPER, 1).setFormula(
        f'=IF(ISNUMBER({SELECTED_NIP});"";LEFT(TRIM({SELECTED_NIP});FIND(" ";TRIM({SELECTED_NIP})&" ")-1))')
    sheet.getCellByPosition(HELPER, 2).setFormula(
        f'=IF(OR({CHOSEN_NIP}="";ISNUMBER({SELECTED_NIP}));0;IFERROR(MATCH({CHOSEN_NIP};'
        f'Pegawai.$A$2:$A${SHEET_END};0);0))')
    sheet.getCellByPosition(HELPER, 3).setString("(baris pegawai di lembar Pegawai; 0 = belum dipilih)")
    sheet.Columns.getByIndex(HELPER).IsVisible = False

    merged(sheet, 0, 0, 5, "LEMBAR UMPAN BALIK KINERJA DAN KOMPETENSI PEGAWAI", bold=True, size=14)
    merged(sheet, 0, 1, 5, formula='=Peringkat.B2&" - "&Peringkat.B3')
    merged(sheet, 0, 2, 5, formula=(
        f'=IF({ROW}>0;"";IF({SELECTED_NIP}="";"Pilih NIP pegawai di sel H2 (di kanan halaman ini).";'
        f'IF(ISNUMBER({SELECTED_NIP});"NIP di H2 terbaca sebagai angka: format sel H2 sebagai Teks, lalu pilih lagi.";'
        f'"NIP "&{CHOSEN_NIP}&" tidak ada di lembar Pegawai.")))'))

    section(sheet, 3, "IDENTITAS PEGAWAI")
    pairs = (("NIP", roster_value("A"), "Golongan", roster_value("F")),
             ("Nama", roster_value("B"), "TMT Golongan", roster_value("G")),
             ("Jabatan", roster_value("E"), "Pendidikan", roster_value("I")),
             ("Unit Kerja", roster_value("C"), "Masa Kerja (th)", roster_value("H")))
    for k, (name, value, name2, value2) in enumerate(pairs):
        r = 4 + k
        label(sheet, 0, r, name)
        merged(sheet, 1, r, 2, formula=value, wrap=True)
        label(sheet, 3, r, name2)
        merged(sheet, 4, r, 5, formula=value2, wrap=True).HoriJustify = LEFT
    sheet.getCellByPosition(4, 5).NumberFormat = date_fmt
    sheet.getCellByPosition(4, 7).NumberFormat = general

    section(sheet, 9, "KINERJA")
    performance = (("Nilai kinerja", roster_value("E", "Kinerja"), "Predikat tahun ini",
                    roster_value("F", "Kinerja")),
                   ("Rating hasil kerja", roster_value("Y", text=True), "Predikat tahun lalu",
                    roster_value("AB", text=True)),
                   ("Rating perilaku", roster_value("Z", text=True), "Potensial", roster_value("AA", text=True)))
    for k, (name, value, name2, value2) in enumerate(performance):
        r = 10 + k
        label(sheet, 0, r, name)
        merged(sheet, 1, r, 2, formula=value, wrap=True).HoriJustify = LEFT
        label(sheet, 3, r, name2)
        merged(sheet, 4, r, 5, formula=value2, wrap=True)
    sheet.getCellByPosition(1, 10).NumberFormat = two_dec
    sheet.getCellByPosition(1, 10).HoriJustify = LEFT
    label(sheet, 0, 13, "Kenaikan pangkat")
    merged(sheet, 1, 13, 5, formula=roster_value("I", "Kinerja"), wrap=True)
    sheet.Rows.getByIndex(13).Height = 900
    # The development JP of the year Kinerja counts (U6), against the 20 JP of PP 11/2017 Pasal 203.
    label(sheet, 0, 14, "Pengembangan kompetensi")
    merged(sheet, 1, 14, 5, wrap=True, formula=(
        f'=IF({ROW}=0;"";IF(INDEX(Kinerja.$AM$2:$AM${SHEET_END};{ROW})="";"";'
        f'SUBSTITUTE(INDEX(Kinerja.$AM$2:$AM${SHEET_END};{ROW})&"";".";",")&'
        f'" JP pada tahun "&Kinerja.$U$6&" - "&INDEX(Kinerja.$AN$2:$AN${SHEET_END};{ROW})))'))

    # The competency profile: the employee's level against the position's standard in the kamus.
    section(sheet, 15, "PROFIL KOMPETENSI TERHADAP STANDAR JABATAN")
    table_head = 16
    for k, text in enumerate(("Kode", "Kompetensi", "Level pegawai", "Standar jabatan", "Selisih", "Keterangan")):
        cell = sheet.getCellByPosition(k, table_head)
        cell.setString(text)
        cell.CharWeight = 150
        cell.IsTextWrapped = True
    first = table_head + 1
    standard = f"Kompetensi.$U$2:$AC${SHEET_END}"
    for k, code in enumerate(codes):
        r, n = first + k, first + k + 1  # n: the row's number in formulas
        sheet.getCellByPosition(0, r).setString(code)
        sheet.getCellByPosition(1, r).setFormula(f"=Kompetensi.S{4 + k}")
        # A level not filled in stays blank (INDEX of an empty cell gives 0 once the file is saved and opened):
        # the strengths and weaknesses then say the levels are incomplete rather than count it as level 0.
        level = f"INDEX(Pegawai.$P$2:$X${SHEET_END};{ROW};{k + 1})"
        sheet.getCellByPosition(2, r).setFormula(f'=IF({ROW}=0;"";IF({level}="";"";{level}))')
        # The position's standard, as Kompetensi computed it (blank where the position does not require the
        # competency, or the kamus does not know the position).
        sheet.getCellByPosition(3, r).setFormula(
            f'=IF({ROW}=0;"";IF(INDEX({standard};{ROW};{k + 1})="";"";INDEX({standard};{ROW};{k + 1})))')
        sheet.getCellByPosition(4, r).setFormula(f'=IF(OR(C{n}="";D{n}="");"";C{n}-D{n})')
        sheet.getCellByPosition(5, r).setFormula(
            f'=IF({ROW}=0;"";IF(E{n}="";"tidak disyaratkan";IF(E{n}<0;"di bawah standar";'
            f'IF(E{n}>0;"di atas standar";"sesuai standar"))))')
    end = first + len(codes) - 1
    sheet.getCellRangeByPosition(2, first, 3, end).NumberFormat = general
    sheet.getCellRangeByPosition(4, first, 4, end).NumberFormat = signed
    sheet.getCellRangeByPosition(2, first, 4, end).HoriJustify = HCENTER
    a, b = first + 1, end + 1
    jpm_row = end + 1
    label(sheet, 0, jpm_row, "JPM")
    # A position the kamus does not know has no standard, hence no JPM (#N/A on Kompetensi): said in words here.
    no_standard = '"(jabatan ini tidak ada di kamus)"'
    jpm = f"INDEX(Kompetensi.$M$2:$M${SHEET_END};{ROW})"
    sheet.getCellByPosition(1, jpm_row).setFormula(f'=IF({ROW}=0;"";IFNA({jpm};{no_standard}))')
    sheet.getCellByPosition(1, jpm_row).NumberFormat = percent
    sheet.getCellByPosition(1, jpm_row).HoriJustify = LEFT
    label(sheet, 3, jpm_row, "Kategori JPM")
    merged(sheet, 4, jpm_row, 5, formula=f'=IF({ROW}=0;"";IFNA(INDEX(Kompetensi.$N$2:$N${SHEET_END};{ROW});""))')

    # The profile drawn in the table itself: Calc data bars over the levels and the standards, the same scale on every
    # page; level 5 fills the level column, and the standard's wider column ends at a higher value, so that a level is
    # as long in both (LibreOffice's DataBar ignores MaximumLength set through the API). Not a
    # chart object: the feedback PDF of a whole roster is one export of every page (vnd.asnkarier:ExportFeedback),
    # where a chart object costs a page about 150 ms (150 pages: 23.5 s with charts, 0.5 s without) and the budget is
    # 24 ms a page.
    level_width, standard_width = (sheet.Columns.getByIndex(c).Width for c in (2, 3))
    data_bars(doc, sheet, sheet.getCellRangeByPosition(2, first, 2, end), 0x9DC3E6, 5)
    data_bars(doc, sheet, sheet.getCellRangeByPosition(3, first, 3, end), 0xC9C9C9, 5 * standard_width / level_width)
    # A long competency name ("Pengembangan Diri dan Orang Lain") is made smaller rather than cut by the bar beside it.
    sheet.getCellRangeByPosition(1, first, 1, end).ShrinkToFit = True
    sheet.getCellByPosition(0, end + 2).setString(
        "Batang: biru = level pegawai, abu-abu = standar jabatan (skala 0 sampai 5).")
    sheet.getCellByPosition(0, end + 2).CharHeight = 8

    # Strengths and weaknesses in sentences; the contract's text with decimal commas and "level" units.
    words = jpm_row + 3
    section(sheet, words, "KEKUATAN DAN HAL YANG PERLU DIKEMBANGKAN")
    for k, (function, name, intro, none) in enumerate((
            ("ASNSTRENGTHS", "Kekuatan", "Kompetensi di atas standar jabatan: ",
             "Belum ada kompetensi di atas standar jabatan."),
            ("ASNWEAKNESSES", "Perlu dikembangkan", "Kompetensi di bawah standar jabatan: ",
             "Semua kompetensi yang disyaratkan sudah memenuhi standar jabatan."))):
        r = words + 1 + k
        helper = sheet.getCellByPosition(HELPER, r)
        helper.setFormula(f'=IF({ROW}=0;"";IFERROR({function}(C{a}:C{b};D{a}:D{b};B{a}:B{b};3);"#"))')
        label(sheet, 0, r, name)
        merged(sheet, 1, r, 5, wrap=True, formula=(
            f'=IF(I{r + 1}="";IF({ROW}=0;"";"{none}");IF(I{r + 1}="#";"Standar kompetensi jabatan ini tidak ada di '
            f'kamus, atau level pegawai belum lengkap.";"{intro}"&SUBSTITUTE(REGEX(I{r + 1};"(\\d)\\.(\\d)";"$1,$2";"g");'
            f'")";" level)")&"."))'))
        sheet.Rows.getByIndex(r).Height = 900

    box_section = words + 4
    section(sheet, box_section, "POSISI PADA PETA TALENTA (NINE-BOX)")
    box = f"INDEX(Kinerja.$H$2:$H${SHEET_END};{ROW})"
    sheet.getCellByPosition(HELPER, box_section + 1).setFormula(f'=IF({ROW}=0;"";IFERROR({box};""))')
    kotak = f"I{box_section + 2}"
    rows = (("Kotak", f'=IF({kotak}="";"";"Kotak "&{kotak}&" - "&ASNNINEBOXINFO({kotak};"kategori"))'),
            ("Tindak lanjut", f'=IF({kotak}="";"";ASNNINEBOXINFO({kotak};"rekomendasi"))'),
            # The box alone does not make a member: Kinerja AR says Ya, or which requirement is not met.
            ("Kelompok rencana suksesi", f'=IF({ROW}=0;"";INDEX(Kinerja.$AR$2:$AR${SHEET_END};{ROW}))'))
    for k, (name, formula) in enumerate(rows):
        r = box_section + 1 + k
        label(sheet, 0, r, name)
        merged(sheet, 1, r, 5, formula=formula, wrap=True)
    sheet.Rows.getByIndex(box_section + 2).Height = 900

    # Funded trainings (Pelatihan, column E = 1) for a competency this employee is below standard in.
    training = box_section + 5
    section(sheet, training, "PELATIHAN YANG DIRENCANAKAN UNTUK PEGAWAI INI")
    helper = sheet.getCellRangeByPosition(HELPER, training + 1, HELPER, training + 1)
    helper.setArrayFormula(
        f'=IF({ROW}=0;"";IFERROR(TEXTJOIN("; ";1;IF((Pelatihan.$E$5:$E$34=1)*ISNUMBER(MATCH(Pelatihan.$B$5:$B$34;'
        f'IF($E${a}:$E${b}<0;$A${a}:$A${b};"");0));Pelatihan.$A$5:$A$34&" ("&Pelatihan.$B$5:$B$34&")";""));""))')
    merged(sheet, 0, training + 1, 5, wrap=True, formula=(
        f'=IF({ROW}=0;"";IF(I{training + 2}="";"Belum ada pelatihan yang didanai untuk kompetensi yang perlu '
        f'dikembangkan.";I{training + 2}&"."))'))
    sheet.Rows.getByIndex(training + 1).Height = 1400

    sign = training + 3
    merged(sheet, 3, sign, 5, "................, ........................ 20....")
    merged(sheet, 0, sign + 1, 2, "Pegawai yang dinilai,")
    merged(sheet, 3, sign + 1, 5, "Atasan langsung,")
    for r in range(sign + 2, sign + 5):
        sheet.Rows.getByIndex(r).Height = 600
    merged(sheet, 0, sign + 5, 2, formula=f'=IF({ROW}=0;"(................................)";"("&{roster_value("B")[1:]}&")")')
    merged(sheet, 3, sign + 5, 5, "(................................)")
    merged(sheet, 0, sign + 6, 2, formula=f'="NIP "&IF({ROW}=0;"....................";{roster_value("A")[1:]})')
    merged(sheet, 3, sign + 6, 5, "NIP ....................")

    sheet.PageStyle = page_style(doc, "ASN Karier Umpan Balik", "ASN Karier - lembar umpan balik pegawai", "",
                                 portrait=True, one_page=True, numbered=False)
    print_area(sheet, 0, 0, 5, sign + 6)
    return sheet


def build_talent_map(doc):
    """The Peta Talenta sheet: the nine-box grid of every employee of Kinerja's column H."""
    sheets = doc.Sheets
    # Right after Distribusi: printed as the committee document's last page, numbered on from it.
    after = [sheets.getByIndex(k).Name for k in range(sheets.Count)].index("Distribusi") + 1
    sheets.insertNewByName(TALENT_MAP, after)
    sheet = sheets.getByName(TALENT_MAP)
    widths(sheet, [14, 42, 72, 72, 72, 4, 10, 12, 100, 60])
    merged(sheet, 0, 0, 4, "PETA TALENTA PEGAWAI (NINE-BOX)", bold=True, size=14)
    merged(sheet, 0, 1, 4, formula='=Peringkat.B2&" - "&Peringkat.B3')
    merged(sheet, 0, 2, 4, wrap=True, text=(
        "Sumbu tegak: kinerja (hasil pemeringkatan kinerja); sumbu datar: potensial. Dasar: PermenPANRB 3/2020 jo. "
        "PermenPANRB 20/2025. Kotak 7, 8 dan 9 (bingkai tebal) adalah kelompok rencana suksesi (talent pool)."))
    sheet.Rows.getByIndex(2).Height = 900

    # An employee whose box is an error (a rating or potential no function knows) counts in no box and does
    # not turn every box's names into that error: errors read as 0 (IFERROR over a range, element by element).
    # The roster's rows of Kinerja's boxes and names: named ranges the extension keeps on them (the arrays below
    # work element by element, so they must not reach the sheet's end).
    box_column = "ASNKARIER_TALENT_BOXES"  # for COUNTIF, which skips errors itself
    boxes = f"IFERROR({box_column};0)"
    names = "ASNKARIER_TALENT_NAMES"
    sheet.getCellByPosition(6, 3).setString("Kotak")
    sheet.getCellByPosition(7, 3).setString("Jumlah")
    sheet.getCellByPosition(8, 3).setString("Nama pertama (urut daftar pegawai)")
    sheet.getCellByPosition(9, 3).setString("Arti")
    helper_row = {}
    for k, number in enumerate(range(1, 10)):
        r = 4 + k
        n = r + 1
        helper_row[number] = n
        sheet.getCellByPosition(6, r).setValue(number)
        sheet.getCellByPosition(7, r).setFormula(f"=COUNTIF({box_column};G{n})")
        # The row of the FIRST_NAMES-th employee in the box bounds the names shown (roster order). REPT and
        # arithmetic work element by element; an array IF would evaluate its branch once per employee.
        cut = f"SMALL(ROW({box_column})+({boxes}<>G{n})*1E7;MIN({FIRST_NAMES};H{n}))"
        sheet.getCellRangeByPosition(8, r, 8, r).setArrayFormula(
            f'=IF(H{n}=0;"";TEXTJOIN(", ";1;REPT({names};({boxes}=G{n})*(ROW({box_column})<={cut})))'
            f'&IF(H{n}>{FIRST_NAMES};" +"&(H{n}-{FIRST_NAMES})&" lainnya";""))')
        sheet.getCellByPosition(9, r).setFormula(f'=ASNNINEBOXINFO(G{n};"kategori")')

    grid_top = 4
    merged_cell = sheet.getCellRangeByPosition(0, grid_top, 0, grid_top + 2)
    merged_cell.merge(True)
    axis = sheet.getCellByPosition(0, grid_top)
    axis.setString("KINERJA")
    axis.CharWeight = 150
    axis.RotateAngle = 9000
    axis.HoriJustify = HCENTER
    axis.VertJustify = CENTER
    for k, text in enumerate(("Di atas ekspektasi", "Sesuai ekspektasi", "Di bawah ekspektasi")):
        cell = sheet.getCellByPosition(1, grid_top + k)
        cell.setString(text)
        cell.CharWeight = 150
        cell.IsTextWrapped = True
        cell.VertJustify = CENTER
        sheet.Rows.getByIndex(grid_top + k).Height = 4600
    for k, text in enumerate(("Rendah", "Menengah", "Tinggi")):
        cell = sheet.getCellByPosition(2 + k, grid_top + 3)
        cell.setString(text)
        cell.CharWeight = 150
        cell.HoriJustify = HCENTER
    potential = merged(sheet, 2, grid_top + 4, 4, "POTENSIAL", bold=True)
    potential.HoriJustify = HCENTER
    for number, row, column in BOXES:
        cell = sheet.getCellByPosition(2 + column, grid_top + row)
        n = helper_row[number]
        cell.setFormula(f'="Kotak {number}: "&H{n}&" pegawai"&CHAR(10)&J{n}&IF(H{n}=0;"";CHAR(10)&CHAR(10)&I{n})')
        cell.IsTextWrapped = True
        cell.VertJustify = TOP
        cell.CellBackColor = BOX_COLOURS[number]
        if number in (9, 1):
            cell.CharColor = 0xFFFFFF
        thin, thick = line(20, 0x606060), line(110, 0x1B3A1B)
        border = thick if number in TALENT_POOL else thin
        cell.TopBorder = cell.BottomBorder = cell.LeftBorder = cell.RightBorder = border
    total = grid_top + 6
    pool = "+".join(f"H{helper_row[b]}" for b in TALENT_POOL)
    merged(sheet, 0, total, 4, formula=(
        f'="Pegawai dipetakan: "&SUM(H5:H13)&" dari "&COUNTA(Pegawai.$B$2:$B${SHEET_END})&" pegawai; kelompok '
        f'rencana suksesi (kotak 7-9): "&({pool})&" pegawai."'), bold=True)
    # Who is not on the map, by name (rating or potensial not filled in, or wrong): the first FIRST_NAMES.
    unmapped = f"({names}<>\"\")*(IFERROR({box_column};\"\")=\"\")"
    missing = f"SUMPRODUCT({unmapped})"
    sheet.getCellRangeByPosition(6, 14, 6, 14).setArrayFormula(
        f'=IF({missing}=0;"";TEXTJOIN(", ";1;REPT({names};{unmapped}*(ROW({box_column})<=SMALL(ROW({box_column})+'
        f'(1-{unmapped})*1E7;MIN({FIRST_NAMES};{missing}))))))')
    merged(sheet, 0, total + 1, 4, wrap=True, formula=(
        f'=IF({missing}=0;"";"Belum dipetakan ("&{missing}&" pegawai: rating hasil kerja atau potensial belum diisi, '
        f'atau datanya salah - lihat lembar Periksa Data): "&G15&IF({missing}>{FIRST_NAMES};" +"&({missing}-'
        f'{FIRST_NAMES})&" lainnya";"")&".")'))
    sheet.Rows.getByIndex(total + 1).Height = 900
    for c in range(6, 10):
        sheet.Columns.getByIndex(c).IsVisible = False
    sheet.PageStyle = page_style(doc, "ASN Karier Peta Talenta", "ASN Karier", "", one_page=True,
                                 continue_numbering=True)
    print_area(sheet, 0, 0, 4, total + 1)
    return sheet
