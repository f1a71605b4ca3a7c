#!/usr/bin/python3
"""Builds the promotion committee's workbook template, extension/templates/peringkat-asn.ots, in headless
Calc with the extension installed (`make template`; the .ots is committed and shipped in the .oxt).

Sheets, all filled by formulas from the roster in Pegawai (rows 2..10001, up to 10,000 employees; ASN_TEMPLATE_ROWS changes it for experiments):
  Pegawai     the roster, typed or pasted by the HR officer (same columns as examples/roster-*.csv), with its check
              column AF; Periksa Data lists the rows with a problem (tools/template_checks.py)
  Kompetensi  shortfall per competency (ASNREQUIRED), JPM (ASNJPM + ASNPROFILE), its category, the weakest
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
import subprocess
import sys
import tomllib
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import uno  # noqa: E402
from calc_session import CalcSession, prop  # noqa: E402
from com.sun.star.sheet.FillDirection import TO_BOTTOM, TO_RIGHT  # noqa: E402
from com.sun.star.table import CellAddress  # noqa: E402
from template_checks import (build_check_sheet, build_roster_checks, define_roster_names, input_help,  # noqa: E402
                             text_cells)
from template_feedback import build_feedback, build_talent_map  # noqa: E402
from template_style import (INDONESIAN, conditional, fill_down, header, number_format, page_style,  # noqa: E402
                            print_area, styled_cell, widths)

ROWS = int(os.environ.get("ASN_TEMPLATE_ROWS", 10000))  # employees the template holds
LAST = ROWS + 1
TRAININGS = 30
PEGAWAI = ["NIP", "Nama", "Unit Kerja", "Kode Jabatan", "Jabatan", "Golongan", "TMT Golongan", "Masa Kerja",
           "Pendidikan", "Tanggal Lahir", "Disiplin", "Kualitas Kerja", "Adaptasi", "Inovasi", "Kualitas Layanan",
           "M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01",
           "Rating Hasil Kerja", "Rating Perilaku", "Potensial", "Predikat Tahun Lalu", "Hukuman Disiplin",
           "Jenjang JF", "AK PAK Terakhir"]
CODES = PEGAWAI[15:24]
UNITS = 40  # unit kerja rows of the Distribusi sheet
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


def build(doc):
    doc.CharLocale = INDONESIAN  # the document's default language: Indonesian, not English (USA)
    sheets = doc.Sheets
    names = ["Pegawai", "Kompetensi", "Kinerja", "Peringkat", "Distribusi", "Pelatihan"]
    sheets.getByIndex(0).setName(names[0])
    for k, n in enumerate(names[1:], start=1):
        sheets.insertNewByName(n, k)
    date_fmt = number_format(doc, "DD/MM/YYYY")
    money_fmt = number_format(doc, "[$Rp-421] #,##0")
    one_dec = number_format(doc, "0.0")
    two_dec = number_format(doc, "0.00")
    plain = page_style(doc, "ASN Karier", "ASN Karier", "")
    signature = page_style(doc, "ASN Karier Peringkat", "ASN Karier",
                           "Mengetahui,\nKetua Tim Penilai Kinerja\n\n\n(................................)  NIP ....................")

    # Pegawai: the roster.
    peg = sheets.getByName("Pegawai")
    header(peg, 0, PEGAWAI)
    define_roster_names(doc)  # dates and pendidikan in the forms HR data has (template_checks.py)
    for c in (6, 9):
        peg.getCellRangeByPosition(c, 1, c, ROWS).NumberFormat = date_fmt
    widths(peg, [42, 42, 45, 24, 55, 22, 24, 20, 26, 24] + [20] * 14 + [34, 34, 20, 30, 30, 24, 24])
    peg.PageStyle = plain

    # Kompetensi: shortfalls, JPM, weakest competencies.
    kom = sheets.getByName("Kompetensi")
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
    fill_down(kom, 0, 1, ROWS, '=IF(Pegawai.$B2="";"";Pegawai.A2)')
    fill_down(kom, 1, 1, ROWS, '=IF(Pegawai.$B2="";"";Pegawai.B2)')
    fill_down(kom, 2, 1, ROWS, '=IF(Pegawai.$B2="";"";Pegawai.D2)')
    # The position's standard for the nine competencies, one ASNPROFILE a row (U:AC, an array formula; blank
    # where the position has none or the kamus does not know it): the shortfalls, the JPM and the weakest
    # competencies all read it, 4 add-in calls a row instead of 14.
    kom.getCellByPosition(20, 0).setString("Standar jabatan (dari kamus):")
    for n in range(2, ROWS + 2):
        kom.getCellRangeByPosition(20, n - 1, 28, n - 1).setArrayFormula(
            f'=IF($B{n}="";"";IFNA(ASNPROFILE($C{n};TRANSPOSE($R$4:$R$12);$S$1);""))')
    # Shortfall of each competency against the standard (0 where none is required).
    # A level not assessed yet (blank) has no shortfall to show.
    kom.getCellByPosition(3, 1).setFormula('=IF(OR($B2="";INDEX(Pegawai.$P2:$X2;1;COLUMN()-3)="");"";'
                                           'IFERROR(MAX(0;N(U2)-INDEX(Pegawai.$P2:$X2;1;COLUMN()-3));""))')
    kom.getCellRangeByPosition(3, 1, 11, 1).fillAuto(TO_RIGHT, 1)
    kom.getCellRangeByPosition(3, 1, 11, ROWS).fillAuto(TO_BOTTOM, 1)
    # Unknown position (no standard at all): #N/A, as ASNPROFILE says.
    # No level assessed yet: "belum dinilai", not an error.
    fill_down(kom, 12, 1, ROWS, '=IF($B2="";"";IF(COUNT(Pegawai.$P2:$X2)=0;"belum dinilai";IF(COUNT($U2:$AC2)=0;NA();'
                                'ASNJPM(Pegawai.P2:X2;$U2:$AC2))))')
    fill_down(kom, 13, 1, ROWS, '=IF($B2="";"";IF(ISNUMBER(M2);ASNJPMCATEGORY(M2);M2))')
    fill_down(kom, 14, 1, ROWS,
              '=IF($B2="";"";IF(COUNT(Pegawai.$P2:$X2)=0;"belum dinilai";IF(COUNT($U2:$AC2)=0;NA();'
              'ASNWEAKNESSES(Pegawai.P2:X2;$U2:$AC2;$S$4:$S$12;2))))')
    kom.getCellRangeByPosition(12, 1, 12, ROWS).NumberFormat = one_dec
    widths(kom, [42, 42, 24] + [14] * 9 + [16, 36, 80, 4, 4, 30, 60, 4] + [14] * 9)
    kom.PageStyle = plain
    print_area(kom, 0, 0, 14, LAST - 1, 0)

    # Kinerja: score, predikat, talent box, eligibility for kenaikan pangkat, angka kredit and the ranking keys.
    kin = sheets.getByName("Kinerja")
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
    kin.getCellByPosition(20, 3).NumberFormat = date_fmt
    kin.getCellByPosition(19, 4).setString("Masa golongan minimal (th)")
    kin.getCellByPosition(20, 4).setValue(4)
    header(kin, 0, ["Masa golongan (th)", "Predikat tahun lalu", "Predikat tahun ini", "Hukuman disiplin",
                    "Batas golongan pendidikan", "Memenuhi syarat (1/0)", "Jenjang JF", "AK kumulatif",
                    "AK dibutuhkan", "AK kurang", "Batas golongan (angka)", "Kunci distribusi"], start=26)
    fill_down(kin, 0, 1, ROWS, '=IF(Pegawai.$B2="";"";Pegawai.A2)')
    fill_down(kin, 1, 1, ROWS, '=IF(Pegawai.$B2="";"";Pegawai.B2)')
    # Jabatan and golongan as text: a blank one in an incomplete row shows blank, not 0.
    fill_down(kin, 2, 1, ROWS, '=IF(Pegawai.$B2="";"";Pegawai.E2&"")')
    fill_down(kin, 3, 1, ROWS, '=IF(Pegawai.$B2="";"";Pegawai.F2&"")')
    # The gate (S): 1 when the row's data has no problem (Pegawai!AF, template_checks.py), 0 when it has one. A row
    # with a problem is computed nowhere and ranked nowhere (a blank key leaves it out of ASNRANKLIST), so that
    # one wrong value never turns the whole ranking into an error; Periksa Data lists it.
    kin.getCellByPosition(18, 0).setString("Data benar (1/0)")
    fill_down(kin, 18, 1, ROWS, '=IF($B2="";"";IF(Pegawai.$AF2="";1;0))')
    fill_down(kin, 4, 1, ROWS, '=IF(OR($B2="";$S2<>1);"";ASNSCORE(Pegawai.K2:O2;$U$2:$Y$2))')
    # Not rated yet (both ratings blank): no predikat, shown blank; the KP reason says it is missing.
    fill_down(kin, 5, 1, ROWS, '=IF(OR($B2="";$S2<>1);"";IF(AND(Pegawai.Y2="";Pegawai.Z2="");"";'
                               'ASNPREDICATE(Pegawai.Y2;Pegawai.Z2)))')
    # The JPM is shown, not ranked on: a position the kamus does not know (#N/A on Kompetensi) leaves it blank
    # here, so that one unknown position does not stop the whole ranking.
    fill_down(kin, 6, 1, ROWS, '=IF($B2="";"";IFERROR(Kompetensi.M2;""))')
    # No rating or no potensial yet: no box (the talent map counts who is missing).
    fill_down(kin, 7, 1, ROWS, '=IF(OR($B2="";$S2<>1;Pegawai.Y2="";Pegawai.AA2="");"";'
                               'ASNNINEBOX(Pegawai.Y2;Pegawai.AA2))')
    fill_down(kin, 8, 1, ROWS, ELIGIBILITY_REASON)
    fill_down(kin, 9, 1, ROWS, CREDIT_TEXT)
    fill_down(kin, 10, 1, ROWS, '=IF(OR($B2="";$H2="");"";ASNNINEBOXINFO(H2;"rekomendasi"))')
    # The keys: blank for a row with a problem (left out of the ranking), and never an error (an error anywhere
    # in the keys would make the whole ranking one error).
    gated = lambda key: f'=IF(OR($B2="";$S2<>1);"";IFERROR({key};""))'  # noqa: E731
    fill_down(kin, 11, 1, ROWS, gated("$AF2"))
    fill_down(kin, 12, 1, ROWS, gated("ROUND(E2;1)"))
    fill_down(kin, 13, 1, ROWS, gated("ASNGRADE(Pegawai.F2)"))
    fill_down(kin, 14, 1, ROWS, gated("PEGAWAI_TMT_GOLONGAN"))
    fill_down(kin, 15, 1, ROWS, gated("Pegawai.H2"))
    fill_down(kin, 16, 1, ROWS, gated("ASNEDULEVEL(PEGAWAI_PENDIDIKAN)"))
    fill_down(kin, 17, 1, ROWS, gated("PEGAWAI_TANGGAL_LAHIR"))
    # The requirements, one a column (PermenPANRB 6/2022 predikat; PP 99/2000 jo. PP 12/2002 ceilings).
    fill_down(kin, 26, 1, ROWS, '=IF(OR($B2="";$S2<>1);"";($U$4-PEGAWAI_TMT_GOLONGAN)/365.25)')
    # Optional roster cells are read as text (&""): a formula that returns a reference to an empty cell is
    # "empty" when computed but is saved as 0, so ="" tests on it would differ between a fresh calculation
    # and a workbook opened from its file.
    fill_down(kin, 27, 1, ROWS, '=IF($B2="";"";Pegawai.AB2&"")')
    fill_down(kin, 28, 1, ROWS, '=IF($B2="";"";$F2)')
    fill_down(kin, 29, 1, ROWS, '=IF($B2="";"";IF(Pegawai.AC2="";"tidak";Pegawai.AC2&""))')
    fill_down(kin, 30, 1, ROWS, '=IF(OR($B2="";$S2<>1);"";ASNMAXGRADE(PEGAWAI_PENDIDIKAN))')
    # The ceiling as a number, compared with the golongan key (N) by the reason text and by AF: computed once.
    fill_down(kin, 36, 1, ROWS, '=IF(OR($B2="";$S2<>1);"";ASNGRADE($AE2))')
    # The kurva distribusi key: 10 x the unit's row among Distribusi's units + the predikat's place in PREDIKAT
    # (0: none, e.g. a rating no function knows). Distribusi counts these numbers: string criteria over the whole
    # roster, six per unit, took a sixth of a full recalculation at 10,000 employees.
    labels = '{"' + '";"'.join(PREDIKAT) + '"}'
    fill_down(kin, 37, 1, ROWS, f'=IF($B2="";"";IFNA(MATCH(Pegawai.$C2;Distribusi.$A$5:$A${4 + UNITS};0);0)*10+'
                                f'IFERROR(MATCH($F2;{labels};0);0))')
    fill_down(kin, 31, 1, ROWS,
              '=IF(OR($B2="";$S2<>1);"";IF(AND(ASNELIGIBLE($AA2;$AB2:$AC2;$U$5;$AD2)=1;$N2<$AK2);1;0))')
    # Angka kredit of a pejabat fungsional: banked at the last PAK + the periods since (ASNCREDIT), against
    # what the next pangkat needs (ASNCREDITNEED).
    fill_down(kin, 32, 1, ROWS, '=IF($B2="";"";Pegawai.AD2&"")')
    fill_down(kin, 33, 1, ROWS, '=IF(OR($B2="";$S2<>1;$AG2="");"";Pegawai.AE2+IF($AB2="";0;ASNCREDIT($AB2;$AG2))'
                                '+IF($AC2="";0;ASNCREDIT($AC2;$AG2)))')
    fill_down(kin, 34, 1, ROWS, '=IF(OR($B2="";$S2<>1;$AG2="");"";ASNCREDITNEED($AG2))')
    fill_down(kin, 35, 1, ROWS, '=IF(OR($B2="";$S2<>1;$AG2="");"";MAX(0;$AI2-$AH2))')
    for c in (14, 17):
        kin.getCellRangeByPosition(c, 1, c, ROWS).NumberFormat = date_fmt
    kin.getCellRangeByPosition(4, 1, 4, ROWS).NumberFormat = two_dec
    kin.getCellRangeByPosition(6, 1, 6, ROWS).NumberFormat = one_dec
    kin.getCellRangeByPosition(26, 1, 26, ROWS).NumberFormat = one_dec
    kin.getCellRangeByPosition(33, 1, 35, ROWS).NumberFormat = two_dec
    # Memenuhi syarat KP: wide enough for "Tidak dinilai: data pegawai ini salah (lihat lembar Periksa Data)"; the
    # longest reasons (three unmet requirements, 114 characters) run on into the Angka kredit cell, mostly empty.
    # Not wrapped: Calc does not grow a row when a formula's result gets longer, so a wrapped reason is cut too.
    widths(kin, [42, 42, 55, 22, 22, 30, 26, 24, 120, 45, 120, 18, 20, 22, 24, 18, 24, 24, 18, 40, 18, 24, 18, 18, 24, 4,
                 22, 30, 30, 20, 24, 22, 26, 20, 20, 20, 20])
    kin.PageStyle = plain
    print_area(kin, 0, 0, 10, LAST - 1, 0)

    # Peringkat: the committee's ranking sheet.
    per = sheets.getByName("Peringkat")
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
    ranking = f'ASNRANKLIST(Kinerja.A2:J{LAST};Kinerja.L2:S{LAST};"DDDADDAD")'
    per.getCellRangeByPosition(0, 5, 10, 4 + ROWS).setArrayFormula(
        f'=IFERROR(INDEX({ranking};ROW(Kinerja.A2:A{LAST})-1;COLUMN(Kinerja.A1:K1));"")')
    status = per.getCellRangeByPosition(4, 1, 10, 2)
    status.merge(True)
    # The ranks the table shows, counted: a ranking that fails leaves the table blank (IFERROR), so no rank
    # while names exist says it failed. Not ROWS(ASNRANKLIST(..)): that ranked the whole roster a second time.
    ranks = f"COUNT($A$6:$A${5 + ROWS})"
    employees = f"COUNTA(Pegawai.$B$2:$B${LAST})"
    left_out = f"({employees}-{ranks})"
    per.getCellByPosition(4, 1).setFormula(
        f'=IF({employees}=0;"Belum ada pegawai di lembar Pegawai.";{ranks}&" dari "&{employees}&" pegawai '
        f'diperingkat."&IF({left_out}=0;"";" "&{left_out}&" pegawai tidak diperingkat karena datanya salah atau belum '
        f'lengkap: lihat lembar Periksa Data."))')
    per.getCellByPosition(4, 1).IsTextWrapped = True
    per.getCellByPosition(4, 1).VertJustify = uno.Enum("com.sun.star.table.CellVertJustify", "TOP")
    per.getCellRangeByPosition(5, 5, 5, 4 + ROWS).NumberFormat = two_dec
    per.getCellRangeByPosition(7, 5, 7, 4 + ROWS).NumberFormat = one_dec
    per.getCellRangeByPosition(9, 5, 10, 4 + ROWS).IsTextWrapped = True
    per.getCellRangeByPosition(0, 5, 10, 4 + ROWS).VertJustify = uno.Enum("com.sun.star.table.CellVertJustify", "TOP")
    # Those who do not meet the requirements stay listed after the others, marked: grey italic on pink.
    marked = styled_cell(doc, "ASN Tidak Memenuhi Syarat", back=0xF8E0E0, italic=True, color=0x7A1F1F)
    conditional(per.getCellRangeByPosition(0, 5, 10, 4 + ROWS), 'LEFT($J6;5)="Tidak"', marked)
    widths(per, [22, 44, 48, 64, 22, 22, 34, 14, 20, 75, 56])
    per.PageStyle = signature
    print_area(per, 0, 0, 10, 4 + ROWS, 4)

    # Distribusi: the kurva distribusi check of each unit kerja (SE MenPANRB 3/2023).
    dis = sheets.getByName("Distribusi")
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
    keys = f"Kinerja.$AL$2:$AL${LAST}"
    fill_down(dis, 2, first, last, f'=IF($A5="";"";COUNTIFS({keys};">="&$J5*10;{keys};"<"&$J5*10+10))')
    for k in range(len(PREDIKAT)):
        fill_down(dis, 3 + k, first, last, f'=IF($A5="";"";COUNTIF({keys};$J5*10+{k + 1}))')
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
    print_area(dis, 0, 0, 8, last, 3)

    # Pelatihan: trainings under a budget.
    pel = sheets.getByName("Pelatihan")
    pel.getCellByPosition(0, 0).setString("RENCANA PELATIHAN DALAM ANGGARAN")
    pel.getCellByPosition(0, 0).CharWeight = 150
    pel.getCellByPosition(0, 1).setString("Anggaran (Rp):")
    pel.getCellByPosition(1, 1).setValue(250000000)
    pel.getCellByPosition(1, 1).NumberFormat = money_fmt
    header(pel, 3, ["Pelatihan", "Kompetensi", "Biaya (Rp)", "Manfaat: total kekurangan level", "Didanai (1/0)"])
    first, last = 4, 3 + TRAININGS
    # The competency's column of Kompetensi summed (rows without an employee hold "", which SUM skips).
    # Not IF(ISNUMBER(range);range;0) over the whole table: an array IF evaluates its branch once per element,
    # which grows with the square of the roster.
    fill_down(pel, 3, first, last, f'=IF(A5="";"";IFNA(SUM(INDEX(Kompetensi.$D$2:$L${LAST};0;'
                                   f'MATCH(B5;Kompetensi.$R$4:$R$12;0)));0))')
    pel.getCellRangeByPosition(4, first, 4, last).setArrayFormula(f"=ASNTRAININGPLAN(D5:D{last + 1};C5:C{last + 1};$B$2)")
    pel.getCellByPosition(0, last + 2).setString("Total yang didanai")
    pel.getCellByPosition(2, last + 2).setFormula(f"=SUMIF(E5:E{last + 1};1;C5:C{last + 1})")
    pel.getCellByPosition(3, last + 2).setFormula(f"=SUMIF(E5:E{last + 1};1;D5:D{last + 1})")
    pel.getCellRangeByPosition(2, first, 2, last + 2).NumberFormat = money_fmt
    widths(pel, [90, 45, 30, 40, 24])
    pel.PageStyle = plain
    print_area(pel, 0, 0, 4, last + 2, 3)

    follow_filled_rows(doc)
    build_talent_map(doc, LAST)
    build_feedback(doc, LAST, CODES)
    build_roster_checks(doc, ROWS)
    build_check_sheet(doc, ROWS, plain)
    freeze_headers(doc)
    doc.DocumentProperties.Title = TITLE


def freeze_headers(doc):
    """The header rows (and on the roster sheets the NIP and name columns) stay in view while scrolling."""
    controller = doc.getCurrentController()
    for name, columns, rows in (("Pegawai", 2, 1), ("Periksa Data", 0, 4), ("Kompetensi", 2, 1), ("Kinerja", 2, 1),
                                ("Peringkat", 0, 5), ("Distribusi", 0, 4)):
        controller.setActiveSheet(doc.Sheets.getByName(name))
        controller.freezeAtPosition(columns, rows)
    controller.setActiveSheet(doc.Sheets.getByName("Pegawai"))


def follow_filled_rows(doc):
    """The named ranges whose filled rows the print areas of Pegawai, Kompetensi, Kinerja, Peringkat and Distribusi follow:
    the extension's print-area job (src/binding/print_job.c) keeps each area's last row on them while the workbook
    is open, so nobody defines a print range by hand. Which sheet follows which key is idl/functions.toml's
    [print_job]; the keys must be the ones it names."""
    keys = {"ASNKARIER_PEGAWAI": f"$Pegawai.$B$2:$B${LAST}",  # the names: a row with a name is an employee
            "ASNKARIER_UNIT": f"$Distribusi.$A$5:$A${4 + UNITS}"}  # the unit kerja typed for the check
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "idl", "functions.toml"), "rb") as f:
        wanted = {area["key"] for area in tomllib.load(f)["print_job"]["area"]}
    if wanted != set(keys):
        sys.exit(f"build_template.py: the print areas follow {sorted(wanted)}, the template defines {sorted(keys)}")
    for name, content in keys.items():
        doc.NamedRanges.addNewByName(name, content, CellAddress(), 0)


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
