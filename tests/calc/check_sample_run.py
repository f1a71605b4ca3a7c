#!/usr/bin/python3
"""`make run` checked end to end on the small sample roster: the ranking in the workbook against an
independent computation in Python (order, ranks, ties), and the PDF's pages and text.
Usage: check_sample_run.py OXT [headless|desktop]   (desktop: Calc under Xvfb in the Indonesian locale)
Prints `sample-run: N passed, M failed` (`sample-run-desktop: ...` in desktop mode)."""
import csv
import datetime
import os
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
ROSTER = os.path.join(ROOT, "examples", "roster-medan-marelan.csv")
OUT = os.path.join(ROOT, "build", "sample-out")  # + "-desktop" in desktop mode
WEIGHTS = [30, 25, 15, 15, 15]  # the template's default indicator weights (sheet Kinerja)
EDUCATION = {"SD": 1, "SMP": 2, "SMA": 3, "D1": 4, "D2": 5, "D3": 6, "D4": 7, "S1": 7, "S2": 8, "S3": 9}
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {what}")


def expected_ranking():
    """The committee order computed here from the CSV alone: score (1 decimal, as ROUND), then the
    Daftar Urut Kepangkatan keys; equal keys share a rank."""
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
        key = (-score1, -grade, datetime.date.fromisoformat(r["TMT Golongan"]), -float(r["Masa Kerja"]),
               -EDUCATION[r["Pendidikan"]], datetime.date.fromisoformat(r["Tanggal Lahir"]))
        keyed.append((key, i, r["NIP"]))
    keyed.sort()
    ranking, rank = [], 0
    for pos, (key, _, nip) in enumerate(keyed):
        if pos == 0 or key != keyed[pos - 1][0]:
            rank = pos + 1
        ranking.append((rank, nip))
    return ranking, rows


def main():
    global OUT
    oxt = sys.argv[1]
    mode = sys.argv[2] if len(sys.argv) > 2 else "headless"
    suite = "sample-run" if mode == "headless" else f"sample-run-{mode}"
    if mode != "headless":
        OUT += f"-{mode}"
    run = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", "run_sample.py"), "--oxt", oxt, "--out", OUT,
                          "--mode", mode, ROSTER], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print(run.stdout[-2000:])
    check(run.returncode == 0, f"make run exited {run.returncode}")
    want, rows = expected_ranking()
    produced = os.path.join(OUT, "peringkat-medan-marelan.csv")
    got = []
    if os.path.exists(produced):
        with open(produced, encoding="utf-8") as f:
            got = [(float(r["Peringkat"]), r["NIP"]) for r in csv.DictReader(f)]
    check(len(got) == len(want), f"ranking has {len(got)} rows, want {len(want)}")
    for k, ((rank_w, nip_w), (rank_g, nip_g)) in enumerate(zip(want, got)):
        check(nip_w == nip_g and rank_w == rank_g, f"position {k + 1}: got {rank_g:.0f} {nip_g}, want {rank_w} {nip_w}")
    for name in ("peringkat-medan-marelan.ods", "kamus-contoh.xml"):
        check(os.path.exists(os.path.join(OUT, name)), f"{name} written")

    pdf = os.path.join(OUT, "peringkat-medan-marelan.pdf")
    info = subprocess.run(["pdfinfo", pdf], stdout=subprocess.PIPE, text=True).stdout
    pages = int(next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "0"))
    check("841.89 x 595.3" in info, "A4 landscape pages")
    # 150 ranked rows, about 33 a page with the title block: 4 or 5 pages.
    check(4 <= pages <= 6, f"the PDF has {pages} pages")
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], stdout=subprocess.PIPE, text=True).stdout
    for needle in ("DAFTAR PERINGKAT PEGAWAI", "Kecamatan Medan Marelan", "Daftar Urut Kepangkatan",
                   "Ketua Tim Penilai Kinerja", f"Halaman 1 dari {pages}", f"Halaman {pages} dari {pages}"):
        check(needle in text, f"the PDF shows {needle!r}")
    check(text.count("Ketua Tim Penilai Kinerja") == pages, "the signature block on every page")
    missing = [r["NIP"] for r in rows if r["NIP"] not in text]
    check(not missing, f"every employee is in the PDF ({len(missing)} missing)")
    print(f"{suite}: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
