#!/usr/bin/python3
"""`make run` checked end to end on the small sample roster: the ranking in the workbook against an
independent computation in Python (eligibility for kenaikan pangkat first, then order, ranks, ties; the reason
given for each employee who does not meet the requirements; the angka kredit of each pejabat fungsional), the
kurva distribusi verdict of every unit, the PDF's pages and text, the talent map (its counts against ASNNINEBOX and
the box computed here) and the feedback PDF (one page per employee in NIP order, its numbers those of the workbook).
the development JP, retirement age and kelompok rencana suksesi of every employee, and the placement sheet
(each vacancy's three best candidates; a placement no assignment beats, found here by brute force).
Usage: python3 -m tests.calc.check_sample_run OXT [headless|desktop]   (desktop: Calc under Xvfb in the Indonesian locale)
Prints `sample-run: N passed, M failed` (`sample-run-desktop: ...` in desktop mode)."""
import csv
import datetime
import itertools
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from decimal import ROUND_HALF_UP, Decimal

from tests.calc.tally import Tally

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
ROSTER = os.path.join(ROOT, "examples", "roster-medan-marelan.csv")
UNITS = os.path.join(ROOT, "examples", "unit-medan-marelan.csv")
RECORDS = os.path.join(ROOT, "examples", "pengembangan-medan-marelan.csv")
VACANCIES = os.path.join(ROOT, "examples", "formasi-medan-marelan.csv")
KAMUS = os.path.join(ROOT, "examples", "kamus-contoh.xml")
CODES = ["M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01"]
KP_DATE = datetime.date(2026, 10, 1)  # tools/run_sample.py's reference date
GOOD = ("Baik", "Sangat Baik")
# ASNPREDICATE's matrix: [work result][behaviour], ratings 3 above, 2 meets, 1 below.
RATING = {"Di Atas Ekspektasi": 3, "Sesuai Ekspektasi": 2, "Di Bawah Ekspektasi": 1}
PREDICATE = {3: {1: "Kurang/Misconduct", 2: "Baik", 3: "Sangat Baik"},
             2: {1: "Kurang/Misconduct", 2: "Baik", 3: "Baik"},
             1: {1: "Sangat Kurang", 2: "Butuh Perbaikan", 3: "Butuh Perbaikan"}}
CEILING = {"SD": "II/a", "SMP": "II/c", "SMA": "III/b", "D1": "III/b", "D2": "III/b", "D3": "III/c", "D4": "III/d",
           "S1": "III/d", "S2": "IV/a", "S3": "IV/b"}  # PP 99/2000 jo. PP 12/2002
CREDIT = {"Ahli Pertama": (12.5, 50), "Terampil": (5.0, 20)}  # annual coefficient, AK for the next pangkat
PERCENT = {"Sangat Baik": 150, "Baik": 100, "Butuh Perbaikan": 75, "Kurang/Misconduct": 50, "Sangat Kurang": 25}
OUT = os.path.join(ROOT, "build", "sample-out")  # + "-desktop" in desktop mode
WEIGHTS = [30, 25, 15, 15, 15]  # the template's default indicator weights (sheet Kinerja)
EDUCATION = {"SD": 1, "SMP": 2, "SMA": 3, "D1": 4, "D2": 5, "D3": 6, "D4": 7, "S1": 7, "S2": 8, "S3": 9}
tally = Tally()
check = tally.check


def grade(golongan):
    roman, ruang = golongan.split("/")
    return ("I", "II", "III", "IV").index(roman) * 4 + "abcde".index(ruang) + 1


def predicate(r):
    return PREDICATE[RATING[r["Rating Hasil Kerja"]]][RATING[r["Rating Perilaku"]]]


def unmet(r):
    """The requirements of kenaikan pangkat reguler this employee does not meet (empty: eligible)."""
    years = (KP_DATE - datetime.date.fromisoformat(r["TMT Golongan"])).days / 365.25
    reasons = []
    if years < 4:
        reasons.append("masa golongan")
    if r["Predikat Tahun Lalu"] not in GOOD:
        reasons.append("predikat tahun lalu")
    if predicate(r) not in GOOD:
        reasons.append("predikat tahun ini")
    if r["Hukuman Disiplin"] == "ya":
        reasons.append("hukuman disiplin")
    if grade(r["Golongan"]) >= grade(CEILING[r["Pendidikan"]]):
        reasons.append("batas golongan pendidikan")
    return reasons


def expected_ranking():
    """The committee order computed here from the CSV alone: those who meet the requirements first, then the
    score (1 decimal, as ROUND), then the Daftar Urut Kepangkatan keys; equal keys share a rank."""
    with open(ROSTER, encoding="utf-8") as f:
        rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    keyed = []
    for i, r in enumerate(rows):
        values = [(float(r[k]), w) for k, w in zip(("Disiplin", "Kualitas Kerja", "Adaptasi", "Inovasi", "Kualitas Layanan"),
                                                    WEIGHTS) if r[k] != ""]
        score = sum(v * w for v, w in values) / sum(w for _, w in values)
        score1 = float(Decimal(repr(score)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
        roman, ruang = r["Golongan"].split("/")
        grade = ("I", "II", "III", "IV").index(roman) * 4 + "abcde".index(ruang) + 1
        key = (bool(unmet(r)), -score1, -grade, datetime.date.fromisoformat(r["TMT Golongan"]), -float(r["Masa Kerja"]),
               -EDUCATION[r["Pendidikan"]], datetime.date.fromisoformat(r["Tanggal Lahir"]))
        keyed.append((key, i, r["NIP"]))
    keyed.sort()
    ranking, rank = [], 0
    for pos, (key, _, nip) in enumerate(keyed):
        if pos == 0 or key != keyed[pos - 1][0]:
            rank = pos + 1
        ranking.append((rank, nip))
    return ranking, rows


def check_requirements(rows, table):
    """Memenuhi syarat KP: "Ya" exactly for those who meet every requirement; otherwise "Tidak: " naming each
    requirement not met, and no other."""
    by_nip = {r["NIP"]: r for r in rows}
    names = ("masa golongan", "predikat tahun lalu", "predikat tahun ini", "hukuman disiplin", "batas golongan pendidikan")
    wrong = []
    for shown in table:
        reasons = unmet(by_nip[shown["NIP"]])
        text = shown["Memenuhi syarat KP"]
        if not reasons:
            ok = text == "Ya"
        else:
            ok = text.startswith("Tidak: ") and all((n in text) == (n in reasons) for n in names)
        if not ok:
            wrong.append(f"{shown['NIP']}: {text!r}, want {reasons or 'Ya'}")
    check(not wrong, f"the eligibility column: {len(wrong)} wrong, e.g. {wrong[:3]}")
    eligible = sum(1 for r in rows if not unmet(r))
    check(0 < eligible < len(rows), f"the sample has eligible and ineligible employees ({eligible} of {len(rows)})")


def numbers(text):
    """The numbers in a text written by FIXED in either locale: "12.50" (C locale) or "12,50" (id_ID)."""
    return [float(n.replace(",", ".")) for n in re.findall(r"\d+(?:[.,]\d+)?", text)]


def check_credit(rows, table):
    """Angka kredit (JF): the AK banked at the last PAK plus last year's and this year's ASNCREDIT, against what
    the next pangkat needs; "AK cukup (cum dari need)" or "AK kurang short (cum dari need)"; empty for others."""
    by_nip = {r["NIP"]: r for r in rows}
    wrong, functional = [], 0
    for shown in table:
        r = by_nip[shown["NIP"]]
        text = shown["Angka kredit (JF)"]
        if not r["Jenjang JF"]:
            if text != "":
                wrong.append(f"{r['NIP']}: {text!r} for a non-functional position")
            continue
        functional += 1
        coefficient, need = CREDIT[r["Jenjang JF"]]
        total = float(r["AK PAK Terakhir"]) + sum(PERCENT[p] / 100 * coefficient
                                                 for p in (r["Predikat Tahun Lalu"], predicate(r)))
        short = max(0.0, need - total)
        want = [short, total, need] if short > 0 else [total, need]
        got = numbers(text)
        ok = text.startswith("AK kurang" if short > 0 else "AK cukup") and len(got) == len(want) and \
            all(abs(g - w) <= 0.005 for g, w in zip(got, want))
        if not ok:
            wrong.append(f"{r['NIP']}: {text!r}, want {want}")
    check(functional > 0, "the sample has functional employees")
    check(not wrong, f"the angka kredit column: {len(wrong)} wrong, e.g. {wrong[:3]}")


def check_distribution(rows, text):
    """Each unit's kurva distribusi verdict in the PDF, against the rules computed here (SE MenPANRB 3/2023)."""
    with open(UNITS, encoding="utf-8") as f:
        units = list(csv.DictReader(line for line in f if not line.startswith("#")))
    for u in units:
        got = [p for r in rows if r["Unit Kerja"] == u["Unit Kerja"] for p in [predicate(r)]]
        n = len(got)
        c = {k: got.count(k) for k in PERCENT}
        sb, b, bp, km, sk = (c["Sangat Baik"], c["Baik"], c["Butuh Perbaikan"], c["Kurang/Misconduct"],
                             c["Sangat Kurang"])
        rules = {"Istimewa": [100 * sb <= 70 * n],
                 "Baik": [100 * b <= 70 * n, bp + km >= 1],
                 "Butuh Perbaikan": [100 * bp >= 60 * n, 100 * sb <= 10 * n],
                 "Kurang": [100 * km >= 60 * n, 100 * bp >= 10 * n, 100 * sb <= 10 * n],
                 "Sangat Kurang": [100 * sk >= 60 * n, 100 * (km + bp) >= 10 * n, sb == 0]}[u["Predikat Organisasi"]]
        want = "Sesuai" if all(rules) else "Tidak sesuai"
        line = next((ln for ln in text.splitlines() if ln.strip().startswith(u["Unit Kerja"])), "")
        shown = "Tidak sesuai" if "Tidak sesuai" in line else "Sesuai" if "Sesuai" in line else None
        check(shown == want, f"distribution of {u['Unit Kerja']}: the PDF says {shown!r}, want {want!r} ({line.strip()!r})")


# The nine-box of the regulation's figure (docs/rules.md §4.2): [performance 1..3][potential 1..3].
BOX = {1: {1: 1, 2: 3, 3: 6}, 2: {1: 2, 2: 5, 3: 8}, 3: {1: 4, 2: 7, 3: 9}}
POTENTIAL = {"Rendah": 1, "Menengah": 2, "Tinggi": 3}


def indonesian(value, decimals):
    """A number as the workbook's Indonesian formats show it: 97,83."""
    return str(Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)).replace(".", ",")


def check_talent_map(rows, table, text):
    """The talent map page: per box the count of employees, equal to ASNNINEBOX's boxes in the workbook and to
    the box computed here from the ratings; the counts add up to the roster."""
    page = next((p for p in text.split("\f") if "PETA TALENTA" in p), "")
    check(page != "", "the committee PDF has the talent map page")
    shown = {int(b): int(n) for b, n in re.findall(r"Kotak (\d): (\d+) pegawai", page)}
    check(sorted(shown) == list(range(1, 10)), f"the talent map shows the nine boxes ({sorted(shown)})")
    from_workbook = {b: sum(1 for r in table if float(r["Kotak Talenta"]) == b) for b in range(1, 10)}
    computed = {b: 0 for b in range(1, 10)}
    for r in rows:
        computed[BOX[RATING[r["Rating Hasil Kerja"]]][POTENTIAL[r["Potensial"]]]] += 1
    check(sum(shown.values()) == len(rows), f"the talent map's counts add up to {sum(shown.values())}, want {len(rows)}")
    check(shown == from_workbook, f"talent map counts {shown}, ASNNINEBOX in the workbook {from_workbook}")
    check(shown == computed, f"talent map counts {shown}, computed from the ratings {computed}")
    pool = sum(computed[b] for b in (7, 8, 9))
    check(f"kelompok rencana suksesi (kotak 7-9): {pool} pegawai" in " ".join(page.split()),
          f"the talent pool's count ({pool}) is shown")


def check_feedback(rows, table, pdf):
    """One feedback page per employee, in NIP order, each with the NIP and the name; on every page the score,
    predikat, JPM and box of the workbook's ranking table and the development JP of the year; no error anywhere."""
    info = subprocess.run(["pdfinfo", pdf], stdout=subprocess.PIPE, text=True).stdout
    pages = int(next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "0"))
    check(pages == len(rows), f"the feedback PDF has {pages} pages, want one per employee ({len(rows)})")
    check("595.3" in info and "841.89" in info and info.index("595.3") < info.index("841.89"), "A4 portrait pages")
    # One export of every page (ASN Karier > Cetak umpan balik semua pegawai...): fonts embedded once, small pages.
    per_page = os.path.getsize(pdf) / max(1, pages)
    check(per_page <= 15 * 1024, f"the feedback PDF: {per_page / 1024:.1f} KB a page (at most 15)")
    fonts = subprocess.run(["pdffonts", pdf], stdout=subprocess.PIPE, text=True).stdout.splitlines()[2:]
    names = [line.split()[0] for line in fonts if line.strip()]
    check(names and len(names) == len(set(names)), f"each font of the feedback PDF embedded once: {names}")
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], stdout=subprocess.PIPE, text=True).stdout
    texts = text.split("\f")
    for error in ("#N/A", "Err:", "Galat", "#VALUE", "#NAME"):
        check(error not in text, f"no {error} in the feedback PDF")
    by_nip = {r["NIP"]: r for r in rows}
    shown = {r["NIP"]: r for r in table}
    year = KP_DATE.year - 1
    jp = development_jp(year)
    wrong = []
    for k, nip in enumerate(sorted(by_nip)):
        page = " ".join(texts[k].split()) if k < len(texts) else ""
        r, t = by_nip[nip], shown.get(nip, {})
        # the development JP of the year, with a decimal comma (computed here from the records)
        want = [nip, r["Nama"], "LEMBAR UMPAN BALIK", "Atasan langsung",
                f"{jp.get(nip, 0.0):g}".replace(".", ",") + f" JP pada tahun {year}"]
        if t:
            want += [indonesian(float(t["Nilai Kinerja"]), 2), t["Predikat"], indonesian(float(t["JPM"]), 1) + " %",
                     f"Kotak {float(t['Kotak Talenta']):.0f} - "]
        missing = [w for w in want if w not in page]
        if missing:
            wrong.append(f"page {k + 1} ({nip}) lacks {missing}")
    check(not wrong, f"feedback pages: {len(wrong)} wrong, e.g. {wrong[:3]}")
    weak = sum(1 for p in texts if "Kompetensi di bawah standar jabatan:" in " ".join(p.split()))
    trained = sum(1 for p in texts if "(M." in p.split("PELATIHAN YANG DIRENCANAKAN")[-1])
    check(0 < weak < len(rows), f"some pages name weaknesses ({weak}) and some do not")
    check(0 < trained <= weak, f"some pages list funded trainings ({trained}), only where there is a weakness")


def read_rows(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def development_jp(year):
    """JP per NIP in `year` from the sample's development records (the year given, else the date's)."""
    jp = {}
    for r in read_rows(RECORDS):
        y = int(r["Tahun"]) if r["Tahun"] else datetime.date.fromisoformat(r["Tanggal"]).year
        if y == year:
            jp[r["NIP"]] = jp.get(r["NIP"], 0.0) + float(r["JP"])
    return jp


def retirement(r):
    """(BUP age, the date it is reached): 65 ahli utama, 60 ahli madya and JPT, 58 the others."""
    age = 65 if r["Jenjang JF"] == "Ahli Utama" else 60 if r["Jenjang JF"] == "Ahli Madya" or \
        r["Kode Jabatan"].startswith("JPT") else 58
    born = datetime.date.fromisoformat(r["Tanggal Lahir"])
    try:
        return age, born.replace(year=born.year + age)
    except ValueError:  # born on 29 February: EDATE gives the 28th
        return age, born.replace(year=born.year + age, day=28)


def succession_unmet(r, jp):
    """The kelompok rencana suksesi requirements this employee does not meet (PP 11/2017 Pasal 199)."""
    box = BOX[RATING[r["Rating Hasil Kerja"]]][POTENTIAL[r["Potensial"]]]
    reasons = []
    if box < 7:
        reasons.append("kotak talenta")
    if r["Predikat Tahun Lalu"] not in GOOD:
        reasons.append("predikat tahun lalu")
    if predicate(r) not in GOOD:
        reasons.append("predikat tahun ini")
    if jp < 20:
        reasons.append("pengembangan")
    if r["Hukuman Disiplin"] == "ya":
        reasons.append("hukuman disiplin")
    return reasons


def check_succession(rows, shown):
    """Kinerja's JP, BUP and kelompok rencana suksesi columns (make run's suksesi CSV) against this computation
    from the CSVs; returns the NIPs Penempatan may propose (members not reaching the BUP within a year)."""
    jp = development_jp(KP_DATE.year - 1)
    by_nip = {r["NIP"]: r for r in shown}
    wrong, members, eligible = [], 0, set()
    names = ("kotak talenta", "predikat tahun lalu", "predikat tahun ini", "pengembangan", "hukuman disiplin")
    for r in rows:
        got = by_nip.get(r["NIP"])
        want_jp = jp.get(r["NIP"], 0.0)
        reasons = succession_unmet(r, want_jp)
        age, reached = retirement(r)
        near = reached <= KP_DATE.replace(year=KP_DATE.year + 1)
        text = got and got["Kelompok rencana suksesi"]
        ok = got is not None and abs(float(got["JP pengembangan"]) - want_jp) < 1e-9 and \
            got["Pengembangan (20 JP)"] == ("Memenuhi 20 JP" if want_jp >= 20 else f"Kurang {20 - want_jp:g} JP").replace(".", ",") and \
            float(got["BUP (th)"]) == age and got["BUP dalam 1 tahun"] == ("Ya" if near else "Tidak") and \
            (text == "Ya" if not reasons else text.startswith("Tidak: ") and all((n in text) == (n in reasons) for n in names)) and \
            float(got["Calon penempatan (1/0)"]) == (0 if reasons or near else 1)
        if not ok:
            wrong.append(f"{r['NIP']}: {got}, want JP {want_jp}, BUP {age} {reached}, unmet {reasons}")
        members += not reasons
        if not reasons and not near:
            eligible.add(r["NIP"])
    check(not wrong, f"the succession columns: {len(wrong)} wrong, e.g. {wrong[:2]}")
    check(0 < members < len(rows), f"the sample has members of the kelompok rencana suksesi ({members} of {len(rows)})")
    check(any(retirement(r)[1] <= KP_DATE.replace(year=KP_DATE.year + 1) for r in rows),
          "the sample has employees within a year of their BUP")
    return eligible


def standards():
    """{kode jabatan: {competency: level}} of the sample kamus."""
    ns = {"k": "urn:asnkarier:kamus:1"}
    root = ElementTree.parse(KAMUS).getroot()
    return {j.get("kode"): {s.get("kompetensi"): int(s.get("level")) for s in j.findall("k:standar", ns)}
            for j in root.findall("k:jabatan", ns)}


def jpm(r, standard):
    """JPM as ASNJPM over the competencies the position requires: min(100, 100 x sum of levels / sum required)."""
    levels = [float(r[c]) for c in standard]
    return min(100.0, 100.0 * sum(levels) / sum(standard.values())), sum(levels)


def check_placement(rows, eligible, shown):
    """Penempatan (make run's penempatan CSV): per vacancy the three best eligible candidates (JPM, then sum of
    levels, then roster order), and a placement that fills as many vacancies as any assignment can with JPM >= 68
    and, among those, has the largest total JPM (brute force over every assignment here)."""
    vacancies = read_rows(VACANCIES)
    kamus = standards()
    check(len(shown) == len(vacancies), f"Penempatan lists {len(shown)} vacancies, want {len(vacancies)}")
    options = []
    for v, got in zip(vacancies, shown):
        standard = kamus[v["Kode Jabatan"]]
        scored = sorted(((-jpm(r, standard)[0], -jpm(r, standard)[1], k, r["NIP"]) for k, r in enumerate(rows)
                         if r["NIP"] in eligible), key=lambda t: t[:3])
        want = [(nip, indonesian(-j, 1).replace(",", ".")) for j, _, _, nip in scored[:3]]
        have = [(got[f"Calon {k}"], got[f"JPM {k}"]) for k in (1, 2, 3)]
        check(have == want, f"{v['Kode Jabatan']} ({v['Unit Kerja']}): shortlist {have}, want {want}")
        options.append({nip: round(-j, 4) for j, _, _, nip in scored if -j >= 68})
    best = (-1, -1.0)
    candidates = sorted(set().union(*options))
    for choice in itertools.product(*[[None] + sorted(o) for o in options]):
        taken = [c for c in choice if c]
        if len(taken) != len(set(taken)):
            continue
        value = (len(taken), round(sum(options[k][c] for k, c in enumerate(choice) if c), 4))
        best = max(best, value)
    placed = [got["Usulan"] for got in shown]
    taken = [p for p in placed if p]
    valid = len(taken) == len(set(taken)) and all(not p or p in options[k] for k, p in enumerate(placed))
    value = (len(taken), round(sum(options[k][p] for k, p in enumerate(placed) if p), 4)) if valid else None
    check(valid and value == best, f"the placement {placed}: {value}, the best assignment has {best} "
                                   f"(of {len(candidates)} candidates)")
    check(best[0] > 0, "the sample placement fills vacancies")
    jpms = {got[f"JPM {k}"] for got in shown for k in (1, 2, 3)}
    check(len(jpms) > 1, f"the shortlists' JPM differ ({sorted(jpms)})")


def main():
    global OUT
    oxt = sys.argv[1]
    mode = sys.argv[2] if len(sys.argv) > 2 else "headless"
    suite = "sample-run" if mode == "headless" else f"sample-run-{mode}"
    if mode != "headless":
        OUT += f"-{mode}"
    run = subprocess.run(["/usr/bin/python3", "-m", "tools.run_sample", "--oxt", oxt, "--out", OUT,
                          "--mode", mode, ROSTER], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print(run.stdout[-2000:])
    check(run.returncode == 0, f"make run exited {run.returncode}")
    records = len(read_rows(RECORDS))
    check(f"pengembangan-medan-marelan.csv: {records} ditambahkan, 0 sudah ada, 0 ditolak" in run.stdout,
          f"make run imports the {records} development records with Impor data pegawai")
    want, rows = expected_ranking()
    produced = os.path.join(OUT, "peringkat-medan-marelan.csv")
    table = []
    if os.path.exists(produced):
        with open(produced, encoding="utf-8") as f:
            table = list(csv.DictReader(f))
    got = [(float(r["Peringkat"]), r["NIP"]) for r in table]
    check(len(got) == len(want), f"ranking has {len(got)} rows, want {len(want)}")
    for k, ((rank_w, nip_w), (rank_g, nip_g)) in enumerate(zip(want, got)):
        check(nip_w == nip_g and rank_w == rank_g, f"position {k + 1}: got {rank_g:.0f} {nip_g}, want {rank_w} {nip_w}")
    check_requirements(rows, table)
    check_credit(rows, table)
    own = [float(r["JPM"]) for r in table if r["JPM"] not in ("", "belum dinilai")]
    check(sum(1 for j in own if j < 100) * 4 >= len(own),
          f"the sample's JPM against the employees' own positions differ: {sum(1 for j in own if j < 100)} of "
          f"{len(own)} below 100")
    eligible = check_succession(rows, read_rows(os.path.join(OUT, "suksesi-medan-marelan.csv"))
                                if os.path.exists(os.path.join(OUT, "suksesi-medan-marelan.csv")) else [])
    placement = os.path.join(OUT, "penempatan-medan-marelan.csv")
    check_placement(rows, eligible, read_rows(placement) if os.path.exists(placement) else [])
    for name in ("peringkat-medan-marelan.ods", "kamus-contoh.xml"):
        check(os.path.exists(os.path.join(OUT, name)), f"{name} written")

    pdf = os.path.join(OUT, "peringkat-medan-marelan.pdf")
    info = subprocess.run(["pdfinfo", pdf], stdout=subprocess.PIPE, text=True).stdout
    pages = int(next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "0"))
    check("841.89 x 595.3" in info, "A4 landscape pages")
    # 150 ranked rows (those with a long reason take two or three lines), one page of the distribution check,
    # one of the talent map, one of the placement.
    check(6 <= pages <= 10, f"the PDF has {pages} pages")
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], stdout=subprocess.PIPE, text=True).stdout
    for needle in ("DAFTAR PERINGKAT PEGAWAI", "Kecamatan Medan Marelan", "Daftar Urut Kepangkatan",
                   "Memenuhi syarat KP", "Angka kredit (JF)", "PEMERIKSAAN KURVA DISTRIBUSI",
                   "Ketua Tim Penilai Kinerja", f"Halaman 1 dari {pages}", f"Halaman {pages} dari {pages}",
                   "USULAN PENEMPATAN DALAM JABATAN LOWONG", "Pejabat Pembina Kepegawaian (PPK)"):
        check(needle in text, f"the PDF shows {needle!r}")
    check(text.count("Ketua Tim Penilai Kinerja") == pages - 3, "the signature block on every page of the ranking")
    check(text.index("PETA TALENTA") < text.index("USULAN PENEMPATAN"), "the placement is printed after the talent map")
    for error in ("#N/A", "Err:", "Galat", "#VALUE", "#NAME"):
        check(error not in text, f"no {error} in the PDF")
    # Indonesian number formats, whatever the UI's locale: scores with a decimal comma (105,26), JPM (100,0).
    two = [str(Decimal(repr(float(r["Nilai Kinerja"]))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)) for r in table]
    missing = [s.replace(".", ",") for s in two if s.replace(".", ",") not in text]
    check(two and not missing, f"every score with a decimal comma ({len(missing)} missing, e.g. {missing[:3]})")
    check(not any(s in text for s in two), "no score with a decimal point")
    check_distribution(rows, text)
    missing = [r["NIP"] for r in rows if r["NIP"] not in text]
    check(not missing, f"every employee is in the PDF ({len(missing)} missing)")
    ranking_pages = text[:text.index("PEMERIKSAAN KURVA DISTRIBUSI")]
    printed = re.findall(r"\b\d{18}\b", ranking_pages)  # NIPs: one printed row of the ranking each
    check(len(printed) == len(rows) and len(set(printed)) == len(rows),
          f"the ranking prints {len(printed)} rows ({len(set(printed))} NIPs), want {len(rows)}: no blank or repeated rows")
    check_talent_map(rows, table, subprocess.run(["pdftotext", pdf, "-"], stdout=subprocess.PIPE, text=True).stdout)
    check_feedback(rows, table, os.path.join(OUT, "umpan-balik-medan-marelan.pdf"))
    return tally.report(suite)


if __name__ == "__main__":
    sys.exit(main())
