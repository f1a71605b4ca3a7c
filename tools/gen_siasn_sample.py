#!/usr/bin/env python3
"""Writes the Pematangsiantar sample as an office receives it: two files that ASN Karier > Impor data pegawai...
merges by NIP (`make run` imports both, one after the other).

  examples/siasn-pematangsiantar.csv      identity data in the shape of SIASN's "Export Data ASN": NIP_BARU with
                                          SIASN's leading apostrophe, names with GELAR_DEPAN/GELAR_BELAKANG apart,
                                          dd-mm-yyyy dates, S-1/Sarjana and D-III, masa kerja as MK_TAHUN + MK_BULAN,
                                          columns the committee workbook has no place for (PNS_ID, AGAMA_NAMA, ...)
  examples/penilaian-pematangsiantar.csv  what the committee collects: NIP, kode jabatan, the work indicators, the
                                          assessment centre's competency levels, the SKP ratings, potential, last
                                          year's predikat, disciplinary sentence, jenjang and angka kredit
                                          (semicolon-separated, as a spreadsheet in an Indonesian locale saves it)

Both come from examples/roster-pematangsiantar.csv (written by tools/gen_sample_roster.py): the same fictitious
people. Titles follow the education (S1 a bachelor's title chosen by the NIP's serial, S2 M.Si., D3 A.Md.).
"""
import csv
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SOURCE = EXAMPLES / "roster-pematangsiantar.csv"
SIASN_HEADER = ["PNS_ID", "NIP_BARU", "NIP_LAMA", "NAMA", "GELAR_DEPAN", "GELAR_BELAKANG", "TEMPAT_LAHIR_NAMA",
                "TANGGAL_LAHIR", "JENIS_KELAMIN", "AGAMA_NAMA", "GOL_AKHIR_NAMA", "TMT_GOLONGAN", "MK_TAHUN",
                "MK_BULAN", "JABATAN_NAMA", "UNOR_NAMA", "TINGKAT_PENDIDIKAN_NAMA"]
EDUCATION = {"SMA": "SLTA", "D3": "D-III", "D4": "D-IV", "S1": "S-1/Sarjana", "S2": "S-2/Magister", "S3": "S-3/Doktor"}
BACHELOR = ["S.E.", "S.Sos.", "S.H.", "S.Kom.", "S.AP."]
ASSESSMENT = ["NIP", "Kode Jabatan", "Disiplin", "Kualitas Kerja", "Adaptasi", "Inovasi", "Kualitas Layanan", "M.01",
              "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01", "Rating Hasil Kerja", "Rating Perilaku",
              "Potensial", "Predikat Tahun Lalu", "Hukuman Disiplin", "Jenjang JF", "AK PAK Terakhir"]


def day_month_year(iso):
    year, month, day = iso.split("-")
    return f"{day}-{month}-{year}"


def titles(education, nip):
    if education == "S1":
        return "", BACHELOR[int(nip[-3:]) % len(BACHELOR)]
    if education == "S2":
        return "", "M.Si."
    if education == "S3":
        return "Dr.", "M.Si."
    if education == "D3":
        return "", "A.Md."
    return "", ""


def main():
    with open(SOURCE, encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    rows = list(csv.DictReader(lines))
    note = "# Data fiktif / fictitious: these people do not exist. Written by tools/gen_siasn_sample.py.\n"
    with open(EXAMPLES / "siasn-pematangsiantar.csv", "w", encoding="utf-8", newline="") as f:
        f.write(note)
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(SIASN_HEADER)
        for k, r in enumerate(rows):
            before, after = titles(r["Pendidikan"], r["NIP"])
            years = float(r["Masa Kerja"])
            whole = int(years)
            months = min(11, round((years - whole) * 12))
            sex = "Perempuan" if r["NIP"][14] == "2" else "Laki-laki"
            w.writerow([f"A8F{k:05d}", "'" + r["NIP"], "", r["Nama"], before, after, "Pematangsiantar",
                        day_month_year(r["Tanggal Lahir"]), sex, "Islam" if k % 3 else "Kristen", r["Golongan"],
                        day_month_year(r["TMT Golongan"]), whole, months, r["Jabatan"], r["Unit Kerja"],
                        EDUCATION.get(r["Pendidikan"], r["Pendidikan"])])
    with open(EXAMPLES / "penilaian-pematangsiantar.csv", "w", encoding="utf-8", newline="") as f:
        f.write(note)
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(ASSESSMENT)
        for r in rows:
            w.writerow([r[c].replace(".", ",") if c in ASSESSMENT[2:7] or c == "AK PAK Terakhir" else r[c]
                        for c in ASSESSMENT])


if __name__ == "__main__":
    main()
