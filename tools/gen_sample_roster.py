#!/usr/bin/env python3
"""Writes examples/roster-contoh.csv: a small synthetic roster for `make run` and the README.

Fixed seed, so the file is the same on every run. The people are fictitious: names are drawn from
common Indonesian given names and NIPs are made up (18 digits: birth date, CPNS TMT, sex, serial).
"""
import csv
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "examples" / "roster-contoh.csv"
GIVEN = ["Andi", "Budi", "Citra", "Dewi", "Eka", "Fajar", "Gita", "Hendra", "Indah", "Joko", "Kartika", "Lestari",
         "Maya", "Nur", "Oki", "Putri", "Rahmat", "Sari", "Taufik", "Umi", "Wahyu", "Yuni", "Zainal", "Rina"]
FAMILY = ["Siregar", "Nasution", "Lubis", "Harahap", "Simanjuntak", "Sitompul", "Ginting", "Tarigan", "Saragih",
          "Damanik", "Purba", "Sembiring", "Hasibuan", "Pohan", "Rangkuti", "Batubara"]
UNITS = ["Sekretariat", "Bidang Mutasi", "Bidang Pengembangan Kompetensi", "Bidang Penilaian Kinerja",
         "Kecamatan Medan Marelan", "Kelurahan Rengas Pulau"]
RATINGS = ["Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"]
HEADER = ["NIP", "Nama", "Unit Kerja", "Disiplin", "Kualitas Kerja", "Adaptasi", "Inovasi", "Kualitas Layanan",
          "Nilai SKP", "Nilai Perilaku", "Ada Inovasi", "Rating Hasil Kerja", "Rating Perilaku"]


def nip(rng, i):
    born = f"{rng.randint(1968, 1998)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    tmt = f"{int(born[:4]) + rng.randint(22, 28)}{rng.randint(1, 12):02d}"
    return f"{born}{tmt}{rng.choice('12')}{i:03d}"


def main():
    rng = random.Random(20261201)
    rows = []
    for i in range(1, 41):
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        indicators = [round(rng.triangular(55, 120, 88), 1) for _ in range(5)]
        if i % 9 == 0:
            indicators[rng.randrange(5)] = ""  # not yet assessed: ASNSCORE skips it by default
        skp = round(rng.triangular(60, 120, 92), 2)
        behavior = round(rng.triangular(60, 115, 88), 2)
        innovation = "1" if rng.random() < 0.2 else "0"
        rows.append([nip(rng, i), name, rng.choice(UNITS), *indicators, skp, behavior, innovation,
                     rng.choices(RATINGS, weights=[2, 6, 1])[0], rng.choices(RATINGS, weights=[2, 7, 1])[0]])
    with OUT.open("w", newline="", encoding="utf-8") as f:
        f.write("# Data fiktif untuk contoh ASN Karier / fictitious sample data: these people do not exist.\n")
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows(rows)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
