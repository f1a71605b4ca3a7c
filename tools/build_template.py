#!/usr/bin/python3
"""Builds the promotion committee's workbook template, extension/templates/peringkat-asn.ots, in headless
Calc with the extension installed (`make template`; the .ots is committed and shipped in the .oxt).

Sheets, all filled by formulas from the roster in Pegawai (from row 2 on; the template holds one row of formulas,
which the extension's job copies down to the roster's last row: idl/functions.toml [formula_rows]):
  Pegawai     the roster, typed or pasted by the HR officer (same columns as examples/roster-*.csv), with its check
              column AF; Periksa Data lists the rows with a problem (tools/template_checks.py)
  Kompetensi  shortfall per competency (ASNPROFILES), JPM (ASNJPM), its category, the weakest
              competencies (ASNWEAKNESSES); the kamus path is cell S1 (empty: the bundled dictionary)
  Kinerja     ASNSCORE with the indicator weights in U2:Y2, predikat (ASNPREDICATE), talent box (ASNNINEBOX)
              and its recommendation, whether the employee meets the requirements of kenaikan pangkat reguler
              (ASNELIGIBLE, ASNMAXGRADE; the reference date in U4) with the reason when not, the angka kredit of a
              pejabat fungsional against what the next pangkat needs (ASNCREDIT, ASNCREDITNEED), and the ranking
              keys (eligibility, score, ASNGRADE, dates, ASNEDULEVEL)
  Peringkat   the committee ranking, one ASNRANKLIST array formula, with the order explained: those who meet
              the requirements first; the others follow, marked
  Distribusi  the kurva distribusi check per unit kerja (ASNDISTRIBUTION): the unit names and their predikat
              organisasi are typed in columns A and B
  Pelatihan   trainings under a budget (ASNTRAININGPLAN), benefit = the total shortfall a training addresses
  Peta Talenta, Umpan Balik   the talent map and one feedback page per employee (tools/template_feedback.py)
Every sheet prints A4 landscape with page numbers; Peringkat's footer carries the signature block.
"""
import argparse
import os
import re
import subprocess
import sys
import zipfile

import uno  # noqa: E402
from tools import function_spec  # noqa: E402
from tools.calc_session import CalcSession, prop  # noqa: E402
from com.sun.star.table import CellAddress  # noqa: E402
from tools.template_checks import (NOT_INSTALLED, NOT_INSTALLED_TEXT, build_check_sheet,  # noqa: E402
                                   build_roster_checks, define_roster_names, input_help, text_cells)
from tools.template_feedback import build_feedback, build_talent_map  # noqa: E402
from tools.template_placement import (ALL_ELIGIBLE, JP_MINIMUM, LAST_RECORD_CELL, build_placement,  # noqa: E402
                                      build_records)
from tools.template_style import (INDONESIAN, INPUT_LAST, SHEET_END, conditional, fill_down, header,  # noqa: E402
                                  number_format, page_style, print_area, styled_cell, widths)

ROWS = 1  # rows of formulas the template holds: the prototype row 2, copied down by the job as the roster grows
TRAININGS = 30
PEGAWAI = ["NIP", "Nama", "Unit Kerja", "Kode Jabatan", "Jabatan", "Golongan", "TMT Golongan", "Masa Kerja",
           "Pendidikan", "Tanggal Lahir", "Disiplin", "Kualitas Kerja", "Adaptasi", "Inovasi", "Kualitas Layanan",
           "M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01",
           "Rating Hasil Kerja", "Rating Perilaku", "Potensial", "Predikat Tahun Lalu", "Hukuman Disiplin",
           "Jenjang JF", "AK PAK Terakhir"]
CODES = PEGAWAI[15:24]
UNITS = 40  # unit kerja rows of the Distribusi sheet
# Kinerja AL's keys: unit number (0: none, 1..) x 10 + predikat (0..5), each counted in a bin of Distribusi's
# FREQUENCY. Room for 200 units, not the template's 40 rows: an officer with more units inserts rows into the list
# (its ranges grow with them), and a unit numbered past the bins would read counts beyond them (#REF!).
UNIT_CAPACITY = 200
DISTRIBUTION_KEYS = 10 * (UNIT_CAPACITY + 1)
PREDIKAT = ("Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang")  # as ASNPREDICATE says
TITLE = "Lembar Peringkat dan Pengembangan ASN"  # what the template manager and the window title show
ORDER_NOTE = ("Urutan peringkat: (1) pegawai yang memenuhi syarat kenaikan pangkat reguler lebih dahulu (masa golongan "
              "paling sedikit 4 tahun, predikat 2 tahun terakhir paling rendah Baik, tidak sedang menjalani hukuman "
              "disiplin, golongan di bawah batas pendidikan; yang tidak memenuhi tetap dicantumkan sesudahnya, bertanda); "
              "(2) nilai kinerja ASNSCORE, dibulatkan 1 desimal, tertinggi dahulu; bila sama, menurut Daftar Urut "
              "Kepangkatan (PP 15/1979, SE Kepala BAKN 03/SE/1980): (3) golongan lebih tinggi, (4) TMT golongan lebih "
              "awal, (5) masa kerja lebih lama, (6) pendidikan lebih tinggi, (7) usia lebih tua. Peringkat yang sama "
              "hanya bila semua kunci sama.")
# Kinerja: the requirements of kenaikan pangkat reguler, one condition a column (AA..AF), then the angka kredit
# of a pejabat fungsional (AG..AJ). The reason text names each condition that fails. Numbers inside these texts
# are written with a decimal comma whatever the UI's locale: FIXED(x;d;1) (no thousands separator) follows the
# UI's locale, so its point, if any, becomes a comma.
def indonesian_fixed(ref, decimals):
    return f'SUBSTITUTE(FIXED({ref};{decimals};1);".";",")'

ELIGIBILITY_REASON = (
    '=IF($B2="";"";IF($S2<>1;"Tidak dinilai: data pegawai ini salah (lihat lembar Periksa Data)";'
    'IF($AF2=1;"Ya";"Tidak: "&TEXTJOIN("; ";1;'
    'IF($AA2<$U$5;"masa golongan "&' + indonesian_fixed("$AA2", 1) + '&" th (min. "&$U$5&")";"");'
    'IF(OR($AB2="Baik";$AB2="Sangat Baik");"";"predikat tahun lalu "&IF($AB2="";"belum ada";$AB2));'
    'IF(OR($AC2="Baik";$AC2="Sangat Baik");"";"predikat tahun ini "&IF($AC2="";"belum ada";$AC2));'
    'IF(LOWER(TRIM($AD2))="ya";"hukuman disiplin";"");'
    'IF($N2<$AK2;"";"batas golongan pendidikan "&$AE2)))))')
CREDIT_TEXT = ('=IF(OR($B2="";$S2<>1;$AG2="");"";IF($AJ2=0;"AK cukup";"AK kurang "&' + indonesian_fixed("$AJ2", 2) + ')&" ("&'
               + indonesian_fixed("$AH2", 2) + '&" dari "&$AI2&")")')


def formula_row(sheet, column, formula):
    """The formula of a column's prototype row (row 2): the extension's job copies it down the roster's rows."""
    sheet.getCellByPosition(column, ROWS).setFormula(formula)


class Formats:
    """The number formats and page styles the sheets share, made once per document."""

    def __init__(self, doc):
        self.date = number_format(doc, "DD/MM/YYYY")
        self.money = number_format(doc, "[$Rp-421] #,##0")
        self.one_decimal = number_format(doc, "0.0")
        self.two_decimals = number_format(doc, "0.00")
        self.plain = page_style(doc, "ASN Karier", "ASN Karier", "")
        self.signature = page_style(doc, "ASN Karier Peringkat", "ASN Karier",
                                    "Mengetahui,\nKetua Tim Penilai Kinerja\n\n\n"
                                    "(................................)  NIP ....................")


def build(doc):
    """The committee workbook: its sheets in order, each built by its own function."""
    doc.CharLocale = INDONESIAN  # the document's default language: Indonesian, not English (USA)
    sheets = doc.Sheets
    # Penempatan right after Distribusi: the talent map, inserted after Distribusi later, comes before it.
    names = ["Pegawai", "Kompetensi", "Kinerja", "Peringkat", "Distribusi", "Penempatan", "Pelatihan", "Pengembangan"]
    sheets.getByIndex(0).setName(names[0])
    for k, n in enumerate(names[1:], start=1):
        sheets.insertNewByName(n, k)
    define_row_names(doc)
    formats = Formats(doc)
    build_roster(doc, formats)
    build_competencies(doc, formats)
    build_performance(doc, formats)
    build_ranking(doc, formats)
    build_distribution(doc, formats)
    build_training(doc, formats)
    build_records(doc, formats)
    build_talent_map(doc)
    build_placement(doc, formats)
    build_feedback(doc, CODES)
    build_roster_checks(doc)
    build_check_sheet(doc, formats.plain)
    freeze_headers(doc)
    fixed_list_rows(doc)
    doc.DocumentProperties.Title = TITLE


def build_roster(doc, formats):
    """Pegawai: the roster."""
    peg = doc.Sheets.getByName("Pegawai")
    header(peg, 0, PEGAWAI)
    define_roster_names(doc)  # dates and pendidikan in the forms HR data has (template_checks.py)
    for c in (6, 9):
        peg.getCellRangeByPosition(c, 1, c, INPUT_LAST).NumberFormat = formats.date
    widths(peg, [42, 42, 45, 24, 55, 22, 24, 20, 26, 24] + [20] * 14 + [34, 34, 20, 30, 30, 24, 24])
    peg.PageStyle = formats.plain


def build_competencies(doc, formats):
    """Kompetensi: shortfalls, JPM, weakest competencies."""
    peg = doc.Sheets.getByName("Pegawai")
    kom = doc.Sheets.getByName("Kompetensi")
    header(kom, 0, ["NIP", "Nama", "Kode Jabatan"] + CODES + ["JPM", "Kategori JPM", "Kompetensi terlemah"])
    # The competency headers show code and name (the name from the kamus); the formulas take the codes from
    # the list R4:R12, never from these headers.
    for k in range(len(CODES)):
        # The name only when the kamus has one (else S holds the code: "M.01 M.01" said nothing).
        kom.getCellByPosition(3 + k, 0).setFormula(f'=$R${4 + k}&IF($S${4 + k}=$R${4 + k};"";" "&$S${4 + k})')
        peg.getCellByPosition(15 + k, 0).setFormula(f"=Kompetensi.{chr(ord('D') + k)}1")
    kom.getCellByPosition(17, 0).setString("Kamus:")
    kom.getCellByPosition(17, 1).setString("(kosong = kamus bawaan)")
    # The kamus path: Text (a name like 2026.xml stays a name), with input help, and what reading it gave.
    text_cells(doc, kom.getCellRangeByPosition(18, 0, 18, 0))
    input_help(kom.getCellRangeByPosition(18, 0, 18, 0), "Kamus kompetensi",
               "Nama berkas kamus XML di folder yang sama dengan berkas ini (mis. kamus.xml), atau jalur lengkapnya. "
               "Kosongkan untuk memakai kamus bawaan.")
    kamus_check = "ASNDICTCHECK($S$1)"
    kom.getCellByPosition(18, 1).setFormula(
        f'=IF(TRIM($S$1)="";"Kamus bawaan dipakai.";IF(LEFT({kamus_check};3)="OK:";"Kamus terbaca: "&MID({kamus_check};5;200);'
        f'"KAMUS TIDAK DAPAT DIBACA - standar kompetensi tidak dihitung. "&MID({kamus_check};8;400)&'
        f'". Periksa nama dan letak berkasnya (di folder berkas ini), atau kosongkan S1 untuk kamus bawaan."))')
    kom.getCellByPosition(18, 1).IsTextWrapped = True
    kom.getCellByPosition(17, 2).setString("Kode")
    kom.getCellByPosition(18, 2).setString("Nama kompetensi")
    for k, code in enumerate(CODES):
        kom.getCellByPosition(17, 3 + k).setString(code)
        kom.getCellByPosition(18, 3 + k).setFormula(f'=IFERROR(ASNCOMPETENCY(R{4 + k};"nama";;$S$1);R{4 + k})')
    formula_row(kom, 0, '=IF(Pegawai.$B2="";"";Pegawai.A2)')
    formula_row(kom, 1, '=IF(Pegawai.$B2="";"";Pegawai.B2)')
    formula_row(kom, 2, '=IF(Pegawai.$B2="";"";Pegawai.D2)')
    # The position's standard for the nine competencies of every employee (U:AC; blank where the position has none
    # or the kamus does not know it): the shortfalls, the JPM and the weakest competencies all read it. One
    # ASNPROFILES array over the roster's rows, which the job sets again as the roster grows: one ASNPROFILE array
    # a row (the template of 2026-12-06) was ten thousand formulas that Calc compiled, and computed again, on every
    # load (a formula calling an add-in is recalculated when its file is opened). Through a named expression, as
    # the ranking (Calc's Redo of an array formula that names an add-in loses the add-in).
    kom.getCellByPosition(20, 0).setString("Standar jabatan (dari kamus):")
    doc.NamedRanges.addNewByName(
        "ASNKARIER_STANDARDS", "ASNPROFILES(ASNKARIER_STANDARD_POSITIONS;TRANSPOSE($Kompetensi.$R$4:$R$12);"
        "$Kompetensi.$S$1)", CellAddress(), 0)
    kom.getCellRangeByPosition(20, 1, 28, 1).setArrayFormula("=ASNKARIER_STANDARDS")
    # Shortfall of each competency against the standard, not below 0 (0 where none is required: a blank standard);
    # a level not assessed yet (blank) has no shortfall to show, nor a row without a name, nor a standard that is an
    # error (a kamus that cannot be read). One array over the roster's rows, set again by the job as the roster
    # grows: 90,000 formula cells fewer at 10,000 employees, each recomputed at every load (the standards come
    # from an add-in). Numbers only, but for those blanks: an array IF, or a table of text and blanks, costs Calc
    # time in the square of its rows (bench/notes.md); a division by 0 turned into "" does not.
    standard, level = "ASNKARIER_STANDARD_TABLE", "ASNKARIER_PLACEMENT_LEVELS"
    gap = f"(IFERROR({standard}*1;0)-{level})"  # a blank standard (text "" to arithmetic) counts 0
    doc.NamedRanges.addNewByName(
        "ASNKARIER_SHORTFALLS", f'IFERROR(({gap}>0)*{gap}/(ASNKARIER_NAME_LIST<>"")/({level}<>"")/'
        f'NOT(ISERROR({standard}))+0;"")', CellAddress(), 0)  # +0: no -0 (0 times a negative gap) shown
    kom.getCellRangeByPosition(3, 1, 11, 1).setArrayFormula("=ASNKARIER_SHORTFALLS")
    # Unknown position (no standard at all): #N/A, as ASNPROFILE says.
    # No level assessed yet: "belum dinilai", not an error.
    formula_row(kom, 12, '=IF($B2="";"";IF(COUNT(Pegawai.$P2:$X2)=0;"belum dinilai";IF(COUNT($U2:$AC2)=0;NA();'
                'ASNJPM(Pegawai.P2:X2;$U2:$AC2))))')
    formula_row(kom, 13, '=IF($B2="";"";IF(ISNUMBER(M2);ASNJPMCATEGORY(M2);M2))')
    formula_row(kom, 14, '=IF($B2="";"";IF(COUNT(Pegawai.$P2:$X2)=0;"belum dinilai";IF(COUNT($U2:$AC2)=0;NA();'
                'ASNWEAKNESSES(Pegawai.P2:X2;$U2:$AC2;$S$4:$S$12;2))))')
    kom.getCellRangeByPosition(12, 1, 12, ROWS).NumberFormat = formats.one_decimal
    widths(kom, [42, 42, 24] + [14] * 9 + [16, 36, 80, 4, 4, 30, 60, 4] + [14] * 9)
    kom.PageStyle = formats.plain
    print_area(kom, 0, 0, 14, 0, 0)  # the header: the job extends it to the filled rows


def build_performance(doc, formats):
    """Kinerja: score, predikat, talent box, eligibility for kenaikan pangkat, angka kredit and the ranking keys."""
    kin = doc.Sheets.getByName("Kinerja")
    header(kin, 0, ["NIP", "Nama", "Jabatan", "Golongan", "Nilai Kinerja", "Predikat", "JPM", "Kotak Talenta",
                    "Memenuhi syarat KP", "Angka kredit (JF)", "Rekomendasi", "Kunci: Syarat KP",
                    "Kunci: Nilai (1 des.)", "Kunci: Golongan", "Kunci: TMT Golongan", "Kunci: Masa Kerja",
                    "Kunci: Pendidikan", "Kunci: Tanggal Lahir"])
    kin.getCellByPosition(19, 0).setString("Indikator")
    kin.getCellByPosition(19, 1).setString("Bobot")
    for k, (name, weight) in enumerate((("Disiplin", 30), ("Kualitas Kerja", 25), ("Adaptasi", 15), ("Inovasi", 15),
                                        ("Kualitas Layanan", 15))):
        kin.getCellByPosition(20 + k, 0).setString(name)
        kin.getCellByPosition(20 + k, 1).setValue(weight)
    kin.getCellByPosition(19, 3).setString("Tanggal acuan KP")
    kin.getCellByPosition(20, 3).setFormula("=TODAY()")  # the HR officer types the KP period's date over it
    kin.getCellByPosition(20, 3).NumberFormat = formats.date
    kin.getCellByPosition(19, 4).setString("Masa golongan minimal (th)")
    kin.getCellByPosition(20, 4).setValue(4)
    header(kin, 0, ["Masa golongan (th)", "Predikat tahun lalu", "Predikat tahun ini", "Hukuman disiplin",
                    "Batas golongan pendidikan", "Memenuhi syarat (1/0)", "Jenjang JF", "AK kumulatif",
                    "AK dibutuhkan", "AK kurang", "Batas golongan (angka)", "Kunci distribusi"], start=26)
    formula_row(kin, 0, '=IF(Pegawai.$B2="";"";Pegawai.A2)')
    formula_row(kin, 1, '=IF(Pegawai.$B2="";"";Pegawai.B2)')
    # Jabatan and golongan as text: a blank one in an incomplete row shows blank, not 0.
    formula_row(kin, 2, '=IF(Pegawai.$B2="";"";Pegawai.E2&"")')
    formula_row(kin, 3, '=IF(Pegawai.$B2="";"";Pegawai.F2&"")')
    # The gate (S): 1 when the row's data has no problem (Pegawai!AF, template_checks.py), 0 when it has one. A row
    # with a problem is computed nowhere and ranked nowhere (a blank key leaves it out of ASNRANKLIST), so that
    # one wrong value never turns the whole ranking into an error; Periksa Data lists it.
    kin.getCellByPosition(18, 0).setString("Data benar (1/0)")
    formula_row(kin, 18, '=IF($B2="";"";IF(Pegawai.$AF2="";1;0))')
    formula_row(kin, 4, '=IF(OR($B2="";$S2<>1);"";ASNSCORE(Pegawai.K2:O2;$U$2:$Y$2))')
    # Not rated yet (both ratings blank): no predikat, shown blank; the KP reason says it is missing.
    formula_row(kin, 5, '=IF(OR($B2="";$S2<>1);"";IF(AND(Pegawai.Y2="";Pegawai.Z2="");"";'
                'ASNPREDICATE(Pegawai.Y2;Pegawai.Z2)))')
    # The JPM is shown, not ranked on: a position the kamus does not know (#N/A on Kompetensi) leaves it blank
    # here, so that one unknown position does not stop the whole ranking.
    formula_row(kin, 6, '=IF($B2="";"";IFERROR(Kompetensi.M2;""))')
    # No rating or no potensial yet: no box (the talent map counts who is missing).
    formula_row(kin, 7, '=IF(OR($B2="";$S2<>1;Pegawai.Y2="";Pegawai.AA2="");"";'
                'ASNNINEBOX(Pegawai.Y2;Pegawai.AA2))')
    formula_row(kin, 8, ELIGIBILITY_REASON)
    formula_row(kin, 9, CREDIT_TEXT)
    formula_row(kin, 10, '=IF(OR($B2="";$H2="");"";ASNNINEBOXINFO(H2;"rekomendasi"))')
    # The keys: blank for a row with a problem (left out of the ranking), and never an error (an error anywhere
    # in the keys would make the whole ranking one error).
    gated = lambda key: f'=IF(OR($B2="";$S2<>1);"";IFERROR({key};""))'  # noqa: E731
    formula_row(kin, 11, gated("$AF2"))
    formula_row(kin, 12, gated("ROUND(E2;1)"))
    formula_row(kin, 13, gated("ASNGRADE(Pegawai.F2)"))
    formula_row(kin, 14, gated("PEGAWAI_TMT_GOLONGAN"))
    formula_row(kin, 15, gated("Pegawai.H2"))
    formula_row(kin, 16, gated("ASNEDULEVEL(PEGAWAI_PENDIDIKAN)"))
    formula_row(kin, 17, gated("PEGAWAI_TANGGAL_LAHIR"))
    # The requirements, one a column (PermenPANRB 6/2022 predikat; PP 99/2000 jo. PP 12/2002 ceilings).
    formula_row(kin, 26, '=IF(OR($B2="";$S2<>1);"";($U$4-PEGAWAI_TMT_GOLONGAN)/365.25)')
    # Optional roster cells are read as text (&""): a formula that returns a reference to an empty cell is
    # "empty" when computed but is saved as 0, so ="" tests on it would differ between a fresh calculation
    # and a workbook opened from its file.
    formula_row(kin, 27, '=IF($B2="";"";Pegawai.AB2&"")')
    formula_row(kin, 28, '=IF($B2="";"";$F2)')
    formula_row(kin, 29, '=IF($B2="";"";IF(Pegawai.AC2="";"tidak";Pegawai.AC2&""))')
    formula_row(kin, 30, '=IF(OR($B2="";$S2<>1);"";ASNMAXGRADE(PEGAWAI_PENDIDIKAN))')
    # The ceiling as a number, compared with the golongan key (N) by the reason text and by AF: computed once.
    formula_row(kin, 36, '=IF(OR($B2="";$S2<>1);"";ASNGRADE($AE2))')
    # The kurva distribusi key: 10 x the unit's row among Distribusi's units + the predikat's place in PREDIKAT
    # (0: none, e.g. a rating no function knows). Distribusi counts these numbers: string criteria over the whole
    # roster, six per unit, took a sixth of a full recalculation at 10,000 employees. Never an error: Distribusi
    # counts the keys with FREQUENCY, which one error turns into errors for every unit; a row whose cells hold an
    # error (a formula typed into the roster) gets key 0, counted for no unit, as COUNTIF skipped it before.
    labels = '{"' + '";"'.join(PREDIKAT) + '"}'
    formula_row(kin, 37, f'=IFERROR(IF($B2="";"";IFNA(MATCH(Pegawai.$C2;Distribusi.$A$5:$A${4 + UNITS};0);0)*10+'
                f'IFERROR(MATCH($F2;{labels};0);0));0)')
    formula_row(kin, 31, '=IF(OR($B2="";$S2<>1);"";IF(AND(ASNELIGIBLE($AA2;$AB2:$AC2;$U$5;$AD2)=1;$N2<$AK2);1;0))')
    # Angka kredit of a pejabat fungsional: banked at the last PAK + the periods since (ASNCREDIT), against
    # what the next pangkat needs (ASNCREDITNEED).
    formula_row(kin, 32, '=IF($B2="";"";Pegawai.AD2&"")')
    formula_row(kin, 33, '=IF(OR($B2="";$S2<>1;$AG2="");"";Pegawai.AE2+IF($AB2="";0;ASNCREDIT($AB2;$AG2))'
                '+IF($AC2="";0;ASNCREDIT($AC2;$AG2)))')
    formula_row(kin, 34, '=IF(OR($B2="";$S2<>1;$AG2="");"";ASNCREDITNEED($AG2))')
    formula_row(kin, 35, '=IF(OR($B2="";$S2<>1;$AG2="");"";MAX(0;$AI2-$AH2))')
    build_succession(doc, kin, formats)
    for c in (14, 17):
        kin.getCellRangeByPosition(c, 1, c, ROWS).NumberFormat = formats.date
    kin.getCellRangeByPosition(4, 1, 4, ROWS).NumberFormat = formats.two_decimals
    kin.getCellRangeByPosition(6, 1, 6, ROWS).NumberFormat = formats.one_decimal
    kin.getCellRangeByPosition(26, 1, 26, ROWS).NumberFormat = formats.one_decimal
    kin.getCellRangeByPosition(33, 1, 35, ROWS).NumberFormat = formats.two_decimals
    # Memenuhi syarat KP: wide enough for "Tidak dinilai: data pegawai ini salah (lihat lembar Periksa Data)"; the
    # longest reasons (three unmet requirements, 114 characters) run on into the Angka kredit cell, mostly empty.
    # Not wrapped: Calc does not grow a row when a formula's result gets longer, so a wrapped reason is cut too.
    widths(kin, [42, 42, 55, 22, 22, 30, 26, 24, 120, 45, 120, 18, 20, 22, 24, 18, 24, 24, 18, 40, 18, 24, 18, 18, 24, 4,
                 22, 30, 30, 20, 24, 22, 26, 20, 20, 20, 20, 20, 22, 34, 16, 24, 22, 120, 22])
    kin.PageStyle = formats.plain
    print_area(kin, 0, 0, 10, 0, 0)


def jp_text(ref):
    """JP as the feedback and the reasons write it: whole as they mostly are, else with one decimal comma."""
    return f'IF(MOD({ref};1)=0;{ref}&"";{indonesian_fixed(ref, 1)})'


def build_succession(doc, kin, formats):
    """Kinerja AM..AS: the development JP of the year (Pengembangan), the retirement age, and whether the employee
    belongs to the kelompok rencana suksesi (PP 11/2017 Pasal 199; docs/rules.md §7.5), with the unmet
    requirements named as the KP column names them; AS is who Penempatan may propose."""
    kin.getCellByPosition(19, 5).setString("Tahun JP pengembangan")
    kin.getCellByPosition(20, 5).setFormula("=YEAR($U$4)-1")  # the year before the reference date: "tahun lalu"
    header(kin, 0, ["JP pengembangan", "Pengembangan (20 JP)", "BUP (th)", "Tanggal BUP", "BUP dalam 1 tahun",
                    "Kelompok rencana suksesi", "Calon penempatan (1/0)"], start=38)
    # AM: each employee's JP of the year U6, one ASNJPTOTALS array over the roster's rows (set again by the job as
    # the roster grows), from Pengembangan's checked columns H:J; blank for a row without a name or with a problem:
    # divided by #N/A there, which IFNA blanks. Not IFERROR: a call that fails (U6 overwritten with a text, a date
    # in U4 that is no date) would be blank too, and AR's test $AM2>=20 holds for "" (Calc orders text after
    # numbers): a silent "Ya". So the call's error shows in every row. Not IF(gate;call;""): an array IF evaluates a
    # branch that is no plain array once per element, and this branch calls the add-in. It
    # replaced a sorted copy of every record (a hidden sheet), a key per record and two binary searches and a SUMIF
    # per employee: five formula cells a record and three an employee, 113,000 at 10,000 employees with 16,653 records
    # (docs/performance.md).
    # Through a named expression, as the ranking (Calc's Redo of an array formula that names an add-in loses it).
    doc.NamedRanges.addNewByName(
        "ASNKARIER_JP_TOTALS", "ASNJPTOTALS(ASNKARIER_NIP_DIGITS;ASNKARIER_RECORD_NIPS;ASNKARIER_RECORD_YEARS;"
        "ASNKARIER_RECORD_JP;$Kinerja.$U$6)", CellAddress(), 0)
    kin.getCellRangeByPosition(38, 1, 38, 1).setArrayFormula(
        '=IFNA(ASNKARIER_JP_TOTALS/IF((ASNKARIER_TALENT_NAMES<>"")*(ASNKARIER_DATA_OK=1);1;NA());"")')
    formula_row(kin, 39, f'=IF($AM2="";"";IF($AM2>={JP_MINIMUM};"Memenuhi {JP_MINIMUM} JP";'
                f'"Kurang "&{jp_text(f"({JP_MINIMUM}-$AM2)")}&" JP"))')
    # BUP (UU 20/2023, PP 11/2017 Pasal 239): 65 for ahli utama, 60 for ahli madya and JPT (kode jabatan JPT-..),
    # 58 for the others; the date it is reached, and whether that is within a year of the reference date.
    jenjang = "LOWER(TRIM($AG2))"
    formula_row(kin, 40, f'=IF(OR($B2="";$S2<>1);"";IF({jenjang}="ahli utama";65;IF(OR({jenjang}="ahli madya";'
                'LEFT(UPPER(TRIM(Pegawai.$D2&""));3)="JPT");60;58)))')
    formula_row(kin, 41, '=IF($AO2="";"";EDATE(PEGAWAI_TANGGAL_LAHIR;12*$AO2))')
    formula_row(kin, 42, '=IF($AP2="";"";IF($AP2<=EDATE($U$4;12);"Ya";"Tidak"))')
    pool = "AND(ISNUMBER($H2);$H2>=7)"
    good = lambda ref: f'OR({ref}="Baik";{ref}="Sangat Baik")'  # noqa: E731
    penalty = 'LOWER(TRIM($AD2))="ya"'
    formula_row(kin, 43, (
        f'=IF($B2="";"";IF($S2<>1;"Tidak dinilai: data pegawai ini salah (lihat lembar Periksa Data)";'
        f'IF(AND({pool};{good("$AB2")};{good("$AC2")};$AM2>={JP_MINIMUM};NOT({penalty}));"Ya";"Tidak: "&TEXTJOIN("; ";1;'
        f'IF({pool};"";IF($H2="";"kotak talenta belum ada";"kotak talenta "&$H2));'
        f'IF({good("$AB2")};"";"predikat tahun lalu "&IF($AB2="";"belum ada";$AB2));'
        f'IF({good("$AC2")};"";"predikat tahun ini "&IF($AC2="";"belum ada";$AC2));'
        f'IF($AM2>={JP_MINIMUM};"";"pengembangan "&{jp_text("$AM2")}&" JP tahun "&$U$6&" (min. {JP_MINIMUM})");'
        f'IF({penalty};"hukuman disiplin";"")))))'))
    # Who Penempatan may propose: the succession group, or all who meet the KP requirements (its switch), never
    # one who reaches the BUP within a year (docs/rules.md §7.5).
    formula_row(kin, 44, f'=IF(OR($B2="";$S2<>1);0;IF($AQ2="Ya";0;IF(Penempatan.$C$3="{ALL_ELIGIBLE}";N($AF2);'
                'IF($AR2="Ya";1;0))))')
    kin.getCellByPosition(41, 1).NumberFormat = formats.date


def build_ranking(doc, formats):
    """Peringkat: the committee's ranking sheet."""
    per = doc.Sheets.getByName("Peringkat")
    per.getCellByPosition(0, 0).setString("DAFTAR PERINGKAT PEGAWAI")
    per.getCellByPosition(0, 0).CharHeight = 14
    per.getCellByPosition(0, 0).CharWeight = 150
    per.getCellByPosition(0, 1).setString("Instansi:")
    per.getCellByPosition(1, 1).setString("(nama instansi)")
    per.getCellByPosition(0, 2).setString("Periode:")
    per.getCellByPosition(1, 2).setString("(periode penilaian)")
    note = per.getCellRangeByPosition(0, 3, 10, 3)
    note.merge(True)
    per.getCellByPosition(0, 3).setString(ORDER_NOTE)
    per.getCellByPosition(0, 3).IsTextWrapped = True
    per.Rows.getByIndex(3).Height = 1900
    header(per, 4, ["Peringkat", "NIP", "Nama", "Jabatan", "Golongan", "Nilai Kinerja", "Predikat", "JPM",
                    "Kotak Talenta", "Memenuhi syarat KP", "Angka kredit (JF)"])
    # ASNRANKLIST answers as many rows as there are employees, and Calc fills the rest of a larger array
    # area with #N/A (the contract says so), which IFNA around the call cannot reach. INDEX over the area's
    # rows and columns stretches the result to the whole area (past the ranking: an error inside the
    # formula), which IFERROR blanks: no error cell below the last employee, on screen or in print.
    # Not IF(ROW(..)>0;ASNRANKLIST(..)): an array IF evaluates its branch once per row whenever the branch
    # is not an array (no employee yet: #N/A), 10,000 rankings when the empty template opens.
    # IFERROR also blanks a ranking that fails on bad data; the status line above the table says so.
    # The last key, Kinerja S (1 for every row whose data is right, blank otherwise), orders nothing: it leaves the
    # rows with a problem out.
    # The ranking lists numbers only: each ranked employee's rank and Kinerja row (ASNKARIER_RANK_ORDER); the
    # table (column A the rank, B:K Kinerja A:J) is read from those rows by INDEX. Listing Kinerja A:J itself (a
    # result of texts and numbers) cost 0.5-1.4 s of the 10,000-employee recalculation; the row numbers cost next to
    # nothing (docs/performance.md).
    # The call is a named expression, not in the array formula's text: the extension's job sets the array again
    # over the roster's rows, and Calc's Redo of an array formula that calls an add-in by name gives a formula
    # whose add-in is unknown (the name is read back in lower case); a named expression is read back as it is.
    doc.NamedRanges.addNewByName("ASNKARIER_RANK_ORDER",
                                 'ASNRANKLIST(ROW(ASNKARIER_RANK_DATA);ASNKARIER_RANK_KEYS;"DDDADDAD")',
                                 CellAddress(), 0)
    place = "ROW(ASNKARIER_RANK_DATA)-1"  # the ranking's n-th row, n = 1 .. the roster's rows
    per.getCellRangeByPosition(0, 5, 0, 4 + ROWS).setArrayFormula(f'=IFERROR(INDEX(ASNKARIER_RANK_ORDER;{place};1);"")')
    per.getCellRangeByPosition(1, 5, 10, 4 + ROWS).setArrayFormula(
        f'=IFERROR(INDEX($Kinerja.$A$1:$J${SHEET_END};INDEX(ASNKARIER_RANK_ORDER;{place};2);'
        'COLUMN($Kinerja.$A$1:$J$1));"")')
    status = per.getCellRangeByPosition(4, 1, 10, 2)
    status.merge(True)
    # The ranks the table shows, counted: a ranking that fails leaves the table blank (IFERROR), so no rank
    # while names exist says it failed. Not ROWS(ASNRANKLIST(..)): that ranked the whole roster a second time.
    ranks = f"COUNT($A$6:$A${SHEET_END})"
    employees = f"COUNTA(Pegawai.$B$2:$B${SHEET_END})"
    left_out = f"({employees}-{ranks})"
    # Without the extension nothing is ranked, and the count would blame the data: it says so instead
    # (template_checks.NOT_INSTALLED).
    per.getCellByPosition(4, 1).setFormula(
        f'=IF({NOT_INSTALLED};"{NOT_INSTALLED_TEXT}";IF({employees}=0;"Belum ada pegawai di lembar Pegawai.";{ranks}&" '
        f'dari "&{employees}&" pegawai diperingkat."&IF({left_out}=0;"";" "&{left_out}&" pegawai tidak diperingkat '
        f'karena datanya salah atau belum lengkap: lihat lembar Periksa Data.")))')
    per.getCellByPosition(4, 1).IsTextWrapped = True
    per.getCellByPosition(4, 1).VertJustify = uno.Enum("com.sun.star.table.CellVertJustify", "TOP")
    # The ranking's rows are formatted to the sheet's end: the array grows with the roster, its formats do not.
    per.getCellRangeByPosition(5, 5, 5, INPUT_LAST).NumberFormat = formats.two_decimals
    per.getCellRangeByPosition(7, 5, 7, INPUT_LAST).NumberFormat = formats.one_decimal
    per.getCellRangeByPosition(9, 5, 10, INPUT_LAST).IsTextWrapped = True
    per.getCellRangeByPosition(0, 5, 10, INPUT_LAST).VertJustify = uno.Enum("com.sun.star.table.CellVertJustify", "TOP")
    # Those who do not meet the requirements stay listed after the others, marked: grey italic on pink.
    marked = styled_cell(doc, "ASN Tidak Memenuhi Syarat", back=0xF8E0E0, italic=True, color=0x7A1F1F)
    conditional(per.getCellRangeByPosition(0, 5, 10, INPUT_LAST), 'LEFT($J6;5)="Tidak"', marked)
    widths(per, [22, 44, 48, 64, 22, 22, 34, 14, 20, 75, 56])
    per.PageStyle = formats.signature
    print_area(per, 0, 0, 10, 4, 4)


def build_distribution(doc, formats):
    """Distribusi: the kurva distribusi check of each unit kerja (SE MenPANRB 3/2023)."""
    dis = doc.Sheets.getByName("Distribusi")
    dis.getCellByPosition(0, 0).setString("PEMERIKSAAN KURVA DISTRIBUSI PREDIKAT KINERJA PER UNIT KERJA")
    dis.getCellByPosition(0, 0).CharHeight = 14
    dis.getCellByPosition(0, 0).CharWeight = 150
    dis.getCellByPosition(0, 1).setString(
        "Isi nama unit kerja (sama dengan kolom Unit Kerja di lembar Pegawai) dan predikat kinerja organisasinya "
        "(Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang). Dasar: SE MenPANRB 3/2023 (PermenPANRB 6/2022 "
        "Pasal 24-25).")
    dis.getCellRangeByPosition(0, 1, 8, 1).merge(True)
    dis.getCellByPosition(0, 1).IsTextWrapped = True
    dis.Rows.getByIndex(1).Height = 1000
    header(dis, 3, ["Unit Kerja", "Predikat Organisasi", "Pegawai", "Sangat Baik", "Baik", "Butuh Perbaikan",
                    "Kurang/Misconduct", "Sangat Kurang", "Hasil pemeriksaan"])
    first, last = 4, 3 + UNITS
    # Column J (not printed): the unit's number, its first row among the units (a unit typed twice counts once).
    # The counts come from Kinerja's key column AL: unit number x 10 + predikat (1..5; 0 for none).
    dis.getCellByPosition(9, 3).setString("Nomor unit")
    fill_down(dis, 9, first, last, f'=IF($A5="";"";MATCH($A5;$A$5:$A${last + 1};0))')
    # The keys are counted once, by one FREQUENCY over the roster (hidden columns K:L below the units: the keys
    # 0..DISTRIBUTION_KEYS-1 and the count of each), and each unit's counts are read from it. A COUNTIF a unit and predikat read the
    # whole roster, six a unit: with 24 units, about 0.8 s of a full recalculation at 50,000 employees
    # (docs/performance.md). Below the units, not beside them: Calc refuses to delete a row that cuts an array, and
    # the officer deletes a unit's row.
    keys = f"Kinerja.$AL$2:$AL${SHEET_END}"
    helper = last + 3  # 0-based: a blank row after the units, then the header
    dis.getCellByPosition(10, helper - 1).setString("Kunci")
    dis.getCellByPosition(11, helper - 1).setString("Jumlah pegawai")
    dis.getCellRangeByPosition(10, helper, 10, helper + DISTRIBUTION_KEYS - 1).setDataArray(
        tuple((float(k),) for k in range(DISTRIBUTION_KEYS)))
    bins = f"$K${helper + 1}:$K${helper + DISTRIBUTION_KEYS}"
    # FREQUENCY answers one more row than it has bins: the count above the last bin (none within UNIT_CAPACITY).
    # Without a single key (an empty roster) it is an error: then every count is 0.
    dis.getCellRangeByPosition(11, helper, 11, helper + DISTRIBUTION_KEYS).setArrayFormula(
        f"=IFERROR(FREQUENCY({keys};{bins});0)")
    counts = f"$L${helper + 1}:$L${helper + 1 + DISTRIBUTION_KEYS}"
    fill_down(dis, 2, first, last,
              f'=IF($A5="";"";SUM(INDEX({counts};$J5*10+1):INDEX({counts};$J5*10+{len(PREDIKAT) + 1})))')
    for k in range(len(PREDIKAT)):
        fill_down(dis, 3 + k, first, last, f'=IF($A5="";"";INDEX({counts};$J5*10+{k + 2}))')
    for c in (10, 11):
        dis.Columns.getByIndex(c).IsVisible = False
    # The check is given the unit's predikat as a list as long as the unit (ASNDISTRIBUTION only counts them):
    # position p (0-based) holds predikat 1 + the number of cumulative counts D, D+E, ... it has reached. Not the
    # roster's predikat with the other units' blanked (REPT over 10,000 rows, once per unit). An employee without a
    # valid predikat counts in C but in none of D..H: the unit is not judged then, and the check says why.
    labels = '{"' + '";"'.join(PREDIKAT) + '"}'
    for r in range(first, last + 1):
        n = r + 1
        p = f"(ROW($A$1:INDEX($A:$A;$C{n}))-1)"
        place = f"1+({p}>=$D{n})+({p}>=$D{n}+$E{n})+({p}>=$D{n}+$E{n}+$F{n})+({p}>=$D{n}+$E{n}+$F{n}+$G{n})"
        dis.getCellRangeByPosition(8, r, 8, r).setArrayFormula(
            f'=IF($A{n}="";"";IF($C{n}=0;"(tidak ada pegawai di unit ini)";IF($B{n}="";"(isi predikat organisasi)";'
            f'IF(SUM($D{n}:$H{n})<$C{n};"(unit ini belum dapat diperiksa: "&($C{n}-SUM($D{n}:$H{n}))&" pegawainya '
            f'belum punya predikat kinerja - lihat lembar Periksa Data dan kolom Predikat lembar Kinerja)";'
            f'ASNDISTRIBUTION(INDEX({labels};{place});$B{n};TRUE())))))')
    dis.getCellRangeByPosition(8, first, 8, last).IsTextWrapped = True
    dis.getCellRangeByPosition(0, first, 8, last).VertJustify = uno.Enum("com.sun.star.table.CellVertJustify", "TOP")
    fits = styled_cell(doc, "ASN Sesuai", back=0xE3F1E0)
    broken = styled_cell(doc, "ASN Tidak Sesuai", back=0xF8E0E0, color=0x7A1F1F)
    conditional(dis.getCellRangeByPosition(8, first, 8, last), '$I5="Sesuai"', fits)
    conditional(dis.getCellRangeByPosition(8, first, 8, last), 'LEFT($I5;12)="Tidak sesuai"', broken)
    widths(dis, [60, 32, 18, 20, 16, 26, 28, 22, 120, 20])
    # Printed after the ranking, as its last pages: numbered on from the ranking's pages.
    dis.PageStyle = page_style(doc, "ASN Karier Distribusi", "ASN Karier", "", continue_numbering=True)
    print_area(dis, 0, 0, 8, 3, 3)


def build_training(doc, formats):
    """Pelatihan: trainings under a budget."""
    pel = doc.Sheets.getByName("Pelatihan")
    pel.getCellByPosition(0, 0).setString("RENCANA PELATIHAN DALAM ANGGARAN")
    pel.getCellByPosition(0, 0).CharWeight = 150
    pel.getCellByPosition(0, 1).setString("Anggaran (Rp):")
    pel.getCellByPosition(1, 1).setValue(250000000)
    pel.getCellByPosition(1, 1).NumberFormat = formats.money
    header(pel, 3, ["Pelatihan", "Kompetensi", "Biaya (Rp)", "Manfaat: total kekurangan level", "Didanai (1/0)"])
    first, last = 4, 3 + TRAININGS
    # The competency's column of Kompetensi summed (rows without an employee hold "", which SUM skips).
    # Not IF(ISNUMBER(range);range;0) over the whole table: an array IF evaluates its branch once per element,
    # which grows with the square of the roster.
    fill_down(pel, 3, first, last, f'=IF(A5="";"";IFNA(SUM(INDEX(Kompetensi.$D$2:$L${SHEET_END};0;'
                                   f'MATCH(B5;Kompetensi.$R$4:$R$12;0)));0))')
    pel.getCellRangeByPosition(4, first, 4, last).setArrayFormula(f"=ASNTRAININGPLAN(D5:D{last + 1};C5:C{last + 1};$B$2)")
    pel.getCellByPosition(0, last + 2).setString("Total yang didanai")
    pel.getCellByPosition(2, last + 2).setFormula(f"=SUMIF(E5:E{last + 1};1;C5:C{last + 1})")
    pel.getCellByPosition(3, last + 2).setFormula(f"=SUMIF(E5:E{last + 1};1;D5:D{last + 1})")
    pel.getCellRangeByPosition(2, first, 2, last + 2).NumberFormat = formats.money
    widths(pel, [90, 45, 30, 40, 24])
    pel.PageStyle = formats.plain
    print_area(pel, 0, 0, 4, last + 2, 3)


def freeze_headers(doc):
    """The header rows (and on the roster sheets the NIP and name columns) stay in view while scrolling."""
    controller = doc.getCurrentController()
    for name, columns, rows in (("Pegawai", 2, 1), ("Periksa Data", 0, 4), ("Kompetensi", 2, 1), ("Kinerja", 2, 1),
                                ("Peringkat", 0, 5), ("Distribusi", 0, 4), ("Pengembangan", 0, 1), ("Penempatan", 0, 7)):
        controller.setActiveSheet(doc.Sheets.getByName(name))
        controller.freezeAtPosition(columns, rows)
    controller.setActiveSheet(doc.Sheets.getByName("Pegawai"))


# The list rows whose height is fixed (first row index, 0-based), to the sheet's end: one line of text each, none
# wrapped. Calc fits a row of "optimal height" to its cells whenever cells are written into it and when a workbook
# loads: it lays out every cell's text and evaluates each cell's conditional formats, recalculating its formula for
# that. At 10,000 employees it was two thirds of filling the workbook (130 s, 44 s with these rows fixed) and about a
# second of opening it; 50,000 could not be pasted (bench/notes.md). Peringkat's rows stay fitted to their wrapped
# reasons, and Kompetensi's second row to the kamus message in S2.
FIXED_ROWS = (("Pegawai", 1), ("Kompetensi", 2), ("Kinerja", 1), ("Pengembangan", 1))


def fixed_list_rows(doc):
    for name, first in FIXED_ROWS:
        rows = doc.Sheets.getByName(name).getCellRangeByPosition(0, first, 0, SHEET_END - 1).Rows
        # Setting OptimalHeight to False alone changes nothing in Calc; a height set is what makes a row fixed.
        rows.Height = rows.getByIndex(0).Height


LAST_ROW_CELL = "$Pegawai.$AM$1"  # hidden: the roster's last row, written by the extension's job


def roster_rows(sheet, first_column, last_column, last_row="ASNKARIER_LAST_ROW"):
    """A named expression for the roster's rows of columns first..last of a sheet: from row 2 to the row in
    ASNKARIER_LAST_ROW (or in the last-row cell of another list: the development records). What an add-in or an
    array expression reads (a range to the sheet's end would hand it a million rows). ROWS() over the whole columns reads no cell; it is there so that Calc recalculates what uses the
    name when any of those cells changes (a range ending in INDEX(..) is followed only at its two ends)."""
    whole = f"${sheet}.${first_column}$2:${last_column}${SHEET_END}"
    return (f"IF(ROWS({whole});${sheet}.${first_column}$2:INDEX(${sheet}.${last_column}$1:${last_column}${SHEET_END};"
            f"{last_row}))")


def define_row_names(doc):
    """The named ranges through which the extension's job (src/binding/print_job.c, formula_rows.c) makes the workbook
    follow its roster while it is open, so that nobody copies formulas or defines a print range by hand:
      - the keys whose filled rows the print areas follow (idl/functions.toml [print_job]);
      - the formula blocks, each its prototype row, copied down to the roster's last row, the array formulas set
        again over the roster's rows, and the cell holding that row ([formula_rows]);
    and the roster's rows as read by add-ins and array expressions (roster_rows). Defined before any formula names
    them; the names the job uses must be the ones functions.toml lists."""
    used = {"ASNKARIER_PEGAWAI": f"$Pegawai.$B$2:$B${SHEET_END}",  # the names: a row with a name is an employee
            "ASNKARIER_UNIT": f"$Distribusi.$A$5:$A${4 + UNITS}",  # the unit kerja typed for the check
            "ASNKARIER_LAST_ROW": LAST_ROW_CELL,
            "ASNKARIER_ROWS_PEGAWAI": "$Pegawai.$AF$2:$AJ$2",  # the check, its count and the NIP's digits
            "ASNKARIER_ROWS_KOMPETENSI": "$Kompetensi.$A$2:$C$2",  # NIP, name, position
            "ASNKARIER_ARRAY_KEKURANGAN": "$Kompetensi.$D$2:$L$2",  # the shortfalls: one array over the roster
            "ASNKARIER_ROWS_JPM": "$Kompetensi.$M$2:$O$2",  # JPM, its category, the weakest competencies
            "ASNKARIER_ROWS_KINERJA": "$Kinerja.$A$2:$S$2",  # not T:Y: the weights and dates beside the table
            "ASNKARIER_ROWS_SYARAT": "$Kinerja.$AA$2:$AL$2",
            "ASNKARIER_ARRAY_NIP_SHARED": "$Pegawai.$AK$2:$AK$2",
            "ASNKARIER_ARRAY_NIP_UNIQUE": "$Pegawai.$AL$2:$AL$2",
            "ASNKARIER_ARRAY_PERINGKAT": "$Peringkat.$B$6:$K$6",  # the ranked employees' Kinerja A:J
            "ASNKARIER_ARRAY_PERINGKAT_RANK": "$Peringkat.$A$6:$A$6",  # and their ranks
            "ASNKARIER_ARRAY_STANDAR": "$Kompetensi.$U$2:$AC$2",  # one ASNPROFILES array over the roster
            "ASNKARIER_ARRAY_JP": "$Kinerja.$AM$2:$AM$2",  # the development JP: one ASNJPTOTALS array over the roster
            "ASNKARIER_ROWS_SUKSESI": "$Kinerja.$AN$2:$AS$2",  # BUP, kelompok rencana suksesi
            "ASNKARIER_RECORDS": f"$Pengembangan.$A$2:$A${SHEET_END}",  # a row with a NIP is a development record
            "ASNKARIER_LAST_RECORD": LAST_RECORD_CELL,
            "ASNKARIER_ROWS_RECORDS": "$Pengembangan.$G$2:$J$2",
            "ASNKARIER_VACANCIES": "$Penempatan.$B$8:$B$37"}
    toml = function_spec.load()
    wanted = {name for area in toml["print_job"]["area"] for name in (area["key"], area.get("fitted_from")) if name}
    for rows in toml["formula_rows"]:
        wanted |= {rows["key"], rows["last_row"]} | set(rows["rows"]) | set(rows["arrays"])
    if wanted != set(used):
        sys.exit(f"build_template.py: functions.toml names {sorted(wanted)}, the template defines {sorted(used)}")
    read = {"ASNKARIER_NIP_KEYS": roster_rows("Pegawai", "AI", "AJ"),  # what ASNRANKS orders to find equal NIPs
            "ASNKARIER_RANK_DATA": roster_rows("Kinerja", "A", "J"),  # what the ranking shows (ASNRANKLIST: its rows)
            "ASNKARIER_RANK_KEYS": roster_rows("Kinerja", "L", "S"),  # and its keys
            "ASNKARIER_STANDARD_POSITIONS": roster_rows("Kompetensi", "C", "C"),  # whose standard ASNPROFILES reads
            "ASNKARIER_STANDARD_TABLE": roster_rows("Kompetensi", "U", "AC"),  # what it gave: the shortfalls read it
            "ASNKARIER_NIP_LIST": roster_rows("Pegawai", "A", "A"),  # Umpan Balik's list of NIPs
            "ASNKARIER_NAME_LIST": roster_rows("Pegawai", "B", "B"),
            "ASNKARIER_TALENT_BOXES": roster_rows("Kinerja", "H", "H"),  # Peta Talenta's names per box
            "ASNKARIER_TALENT_NAMES": roster_rows("Kinerja", "B", "B"),
            "ASNKARIER_PLACEMENT_LEVELS": roster_rows("Pegawai", "P", "X"),  # the levels: ASNSHORTLIST, ASNPLACEMENT
            # and the shortfalls read them
            "ASNKARIER_PLACEMENT_ELIGIBLE": roster_rows("Kinerja", "AS", "AS"),
            # what ASNJPTOTALS reads: the employees' NIP digits and the records' digits, year and JP
            "ASNKARIER_NIP_DIGITS": roster_rows("Pegawai", "AH", "AH"),
            "ASNKARIER_DATA_OK": roster_rows("Kinerja", "S", "S"),  # 1 where the employee's data has no problem
            "ASNKARIER_RECORD_NIPS": roster_rows("Pengembangan", "H", "H", "ASNKARIER_LAST_RECORD"),
            "ASNKARIER_RECORD_YEARS": roster_rows("Pengembangan", "I", "I", "ASNKARIER_LAST_RECORD"),
            "ASNKARIER_RECORD_JP": roster_rows("Pengembangan", "J", "J", "ASNKARIER_LAST_RECORD")}
    for name, content in (used | read).items():
        doc.NamedRanges.addNewByName(name, content, CellAddress(), 0)
    pegawai = doc.Sheets.getByName("Pegawai")
    pegawai.getCellRangeByName(LAST_ROW_CELL.replace("$Pegawai.", "")).setValue(2)  # an empty roster: row 2
    pegawai.Columns.getByName("AM").IsVisible = False


def check_hidden_block_columns(doc):
    """The job copies a block's hidden columns down instead of filling them (formula_rows.c F3): Calc compiles a
    copied formula that uses a named expression again, cell by cell (10 times slower than the fill). So no hidden
    column of a block may use one."""
    named = set(doc.NamedRanges.ElementNames)
    blocks = [block for rows in function_spec.load()["formula_rows"] for block in rows["rows"]]
    for block in blocks:
        cells = doc.NamedRanges.getByName(block).getReferredCells()
        address = cells.RangeAddress
        sheet = doc.Sheets.getByIndex(address.Sheet)
        for column in range(address.StartColumn, address.EndColumn + 1):
            if sheet.Columns.getByIndex(column).IsVisible:
                continue
            formula = sheet.getCellByPosition(column, address.StartRow).getFormula()
            used = sorted(name for name in named if re.search(rf"\b{name}\b", formula))
            if used:
                sys.exit(f"build_template.py: the hidden column {sheet.Columns.getByIndex(column).Name} of {block} "
                         f"uses {used}: the job copies hidden columns, and a copy compiles named expressions again")


def row_formula_name(sheet, column, taken):
    """The named expression of a block column's formula: the sheet and the column's header, as the formula bar shows
    it (Kinerja E, "Nilai Kinerja": KINERJA_NILAI_KINERJA); the column's letter when the header is blank or taken."""
    words = re.sub(r"[^A-Z0-9]+", "_", sheet.getCellByPosition(column, 0).getString().upper()).strip("_")
    base = re.sub(r"[^A-Z0-9]+", "_", sheet.Name.upper())
    name = f"{base}_{words}" if words else f"{base}_{sheet.Columns.getByIndex(column).Name}"
    return name if name not in taken else f"{name}_{sheet.Columns.getByIndex(column).Name}"


def name_row_formulas(doc):
    """Each visible column of a row block computes through a named expression relative to its prototype cell
    (=KINERJA_NILAI_KINERJA), not its formula written out. A workbook stores the formula's text in every row: at
    10,000 employees 132 MB of the 340 MB content.xml, which Calc parses, and compares with the row above to share
    one compiled formula down the column (ScFormulaCell::CompileXML), each time the file is opened. The same roster
    (bench/notes.md): 9.7 MB instead of 16.7 MB on disk, open 10.7-11.5 s instead of 12.8-13.2 s (headless), the
    same values.
    Hidden columns keep their formulas: the job copies them, and a copy compiles a named expression again, cell by
    cell (check_hidden_block_columns). A formula that already is one name stays as it is."""
    doc.calculateAll()  # headers that are formulas (Kompetensi's competency codes) named by what they show
    taken = set(doc.NamedRanges.ElementNames)
    for rows in function_spec.load()["formula_rows"]:
        for block in rows["rows"]:
            if block not in taken:
                continue
            cells = doc.NamedRanges.getByName(block).getReferredCells()
            address = cells.RangeAddress
            sheet = doc.Sheets.getByIndex(address.Sheet)
            for column in range(address.StartColumn, address.EndColumn + 1):
                cell = sheet.getCellByPosition(column, address.StartRow)
                formula = cell.getFormula()
                if (not sheet.Columns.getByIndex(column).IsVisible or not formula.startswith("=")
                        or re.fullmatch(r"=[A-Z_][A-Z0-9_.]*", formula) or cell.getArrayFormula()):
                    continue
                name = row_formula_name(sheet, column, taken)
                doc.NamedRanges.addNewByName(name, formula[1:], cell.CellAddress, 0)
                taken.add(name)
                cell.setFormula("=" + name)


def talent_map_picture(doc, folder):
    """The talent map's page (its coloured grid) as a PNG 256 pixels wide: the template's thumbnail. Calc draws the
    thumbnail from the first sheet, here the empty roster's header row: almost blank in the template manager."""
    sheet = doc.Sheets.getByName("Peta Talenta")
    selection = doc.createInstance("com.sun.star.sheet.SheetCellRanges")
    selection.addRangeAddress(sheet.getPrintAreas()[0], False)
    pdf = os.path.join(folder, "thumbnail.pdf")
    filter_data = uno.Any("[]com.sun.star.beans.PropertyValue", (prop("Selection", selection),))
    uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(pdf),
                                   (prop("FilterName", "calc_pdf_Export"), prop("FilterData", filter_data))))
    subprocess.run(["pdftoppm", "-png", "-singlefile", "-f", "1", "-l", "1", "-scale-to", "256", pdf,
                    os.path.join(folder, "thumbnail")], check=True)
    return os.path.join(folder, "thumbnail.png")


def with_thumbnail(source, thumbnail, out):
    """Copies the .ots with its Thumbnails/thumbnail.png replaced (entries in order: mimetype stays first and
    stored, as ODF requires)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out + ".tmp", "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "Thumbnails/thumbnail.png":
                with open(thumbnail, "rb") as f:
                    data = f.read()
            dst.writestr(info, data, compress_type=info.compress_type)
    os.replace(out + ".tmp", out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    with CalcSession(args.oxt) as session:
        doc = session.new_spreadsheet()
        # Built with automatic calculation off (each formula written would otherwise recalculate its
        # dependents at once), then calculated once, so that the file holds every result.
        doc.enableAutomaticCalculation(False)
        build(doc)
        name_row_formulas(doc)
        check_hidden_block_columns(doc)
        doc.enableAutomaticCalculation(True)
        doc.calculateAll()
        tmp = os.path.join(session.root, "peringkat-asn.ots")
        session.store(doc, tmp, "calc8_template")
        thumbnail = talent_map_picture(doc, session.root)
        doc.close(True)
        with_thumbnail(tmp, thumbnail, args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
