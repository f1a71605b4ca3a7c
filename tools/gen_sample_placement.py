#!/usr/bin/env python3
"""Writes the sample development records and vacancies of examples/ (fixed seed: the same files every run).

  examples/pengembangan-<roster>.csv  the development record of the roster's employees (sheet Pengembangan):
                                      NIP, Tanggal, Tahun, Jenis, Nama Kegiatan, JP. Activities of 2025 carry a
                                      date; older ones only the year, as SIASN's course history (tahunKursus)
                                      gives it. About a third of the employees reach 20 JP in 2025.
  examples/formasi-<roster>.csv       vacant positions to fill (sheet Penempatan): Kode Jabatan (a jabatan of
                                      examples/kamus-contoh.xml whose standard uses the nine competencies the
                                      workbook holds), Unit Kerja, Keterangan.
The columns are those of the sheets, so a file pastes into its sheet as it is. THE DATA ARE FICTITIOUS.
"""
import csv
import datetime
import random
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ROSTERS = ("medan-marelan", "pematangsiantar", "binjai")
KINDS = ("Pelatihan", "Kursus", "Seminar", "Konferensi", "E-learning", "Coaching/Mentoring", "Tugas Belajar")
TOPICS = ("Pelayanan Publik", "Manajemen Kinerja", "Penyusunan Naskah Dinas", "Analisis Jabatan", "Kearsipan Digital",
          "Kepemimpinan Pengawas", "Integritas dan Antikorupsi", "Literasi Data", "Manajemen ASN", "Komunikasi Publik")
JP = (2, 4, 6, 8, 10, 12, 16, 20, 24, 32)
VACANCIES = {
    "medan-marelan": [("SEKCAM", "Kecamatan Medan Marelan", "Pensiun 2026"),
                      ("KASI-PEM", "Kecamatan Medan Marelan", "Mutasi"),
                      ("KASUBBAG-PEG", "Kecamatan Medan Marelan", "Jabatan baru")],
    "pematangsiantar": [("SEKCAM", "Kecamatan Siantar Barat", "Pensiun 2026"),
                        ("SEKCAM", "Kecamatan Siantar Timur", "Promosi pejabat lama"),
                        ("KASI-PEM", "Kecamatan Siantar Utara", "Mutasi"),
                        ("KASUBBAG-PEG", "Sekretariat Daerah", "Jabatan baru"),
                        ("KASUBBAG-PEG", "Dinas Pendidikan", "Pensiun 2026")],
    "binjai": [("SEKCAM", "Kecamatan Binjai Kota", "Pensiun 2026"),
               ("SEKCAM", "Kecamatan Binjai Utara", "Mutasi"),
               ("KASI-PEM", "Kecamatan Binjai Timur", "Promosi pejabat lama"),
               ("KASI-PEM", "Kecamatan Binjai Selatan", "Pensiun 2026"),
               ("KASUBBAG-PEG", "Dinas Kesehatan", "Jabatan baru"),
               ("KASUBBAG-PEG", "Badan Kepegawaian dan Pengembangan SDM", "Mutasi")],
}
HEADER_NOTE = "# Data fiktif / fictitious. Written by tools/gen_sample_placement.py.\n"


def nips(name):
    with open(EXAMPLES / f"roster-{name}.csv", encoding="utf-8") as f:
        return [r["NIP"] for r in csv.DictReader(line for line in f if not line.startswith("#"))]


def records(rng, roster):
    rows = []
    for nip in roster:
        active = rng.random()
        count = 0 if active < 0.25 else 1 if active < 0.55 else 2 if active < 0.85 else 3
        for _ in range(count):
            day = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randrange(365))
            rows.append([nip, day.isoformat(), "", rng.choice(KINDS), f"{rng.choice(TOPICS)} {day.year}",
                         rng.choice(JP)])
        if rng.random() < 0.3:  # an older activity, as SIASN lists it: the year only
            rows.append([nip, "", rng.choice((2023, 2024)), rng.choice(KINDS), rng.choice(TOPICS), rng.choice(JP)])
    return rows


def main():
    rng = random.Random(26)
    for name in ROSTERS:
        with open(EXAMPLES / f"pengembangan-{name}.csv", "w", encoding="utf-8", newline="") as f:
            f.write(HEADER_NOTE)
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["NIP", "Tanggal", "Tahun", "Jenis", "Nama Kegiatan", "JP"])
            w.writerows(records(rng, nips(name)))
        with open(EXAMPLES / f"formasi-{name}.csv", "w", encoding="utf-8", newline="") as f:
            f.write(HEADER_NOTE)
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["Kode Jabatan", "Unit Kerja", "Keterangan"])
            w.writerows(VACANCIES[name])


if __name__ == "__main__":
    main()
