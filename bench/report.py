#!/usr/bin/python3
"""`make bench`: runs every benchmark of bench/ in turn and writes docs/performance.md, one table per
benchmark (each figure beside Calc's built-in equivalent and the ratio), the machine it ran on, and the
explanations kept in bench/notes.md."""
import argparse
import datetime
import os
import platform
import re
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
BENCHES = [  # (script, oxt, title)
    ("bench_score.py", "build/asnkarier-bench.oxt", "Scoring 100,000 rows × 5 indicators"),
    ("bench_ranking.py", "build/asnkarier.oxt", "Ranking whole rosters"),
    ("bench_training_plan.py", "build/asnkarier.oxt", "Training plan under a budget"),
    ("bench_placement.py", "build/asnkarier.oxt", "Shortlists and placement in vacancies"),
    ("bench_kamus.py", "build/asnkarier-bench.oxt", "Competency dictionary lookups and loading"),
    ("bench_workbook.py", "build/asnkarier.oxt", "The committee workbook as its roster grows: 30 to 50,000 employees"),
    ("bench_import.py", "build/asnkarier.oxt", "Impor data pegawai (the ASN Karier menu's import)"),
    ("bench_export.py", "build/asnkarier.oxt", "Cetak umpan balik semua pegawai (the ASN Karier menu's feedback PDF)"),
]


def notes():
    text = open(os.path.join(ROOT, "bench", "notes.md"), encoding="utf-8").read()
    return {m.group(1): m.group(2).strip() for m in re.finditer(r"^## (\S+)\n(.*?)(?=^## |\Z)", text, re.M | re.S)}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--workbook-sizes", help="roster sizes for bench_workbook.py (default: its own, up to 50,000, "
                    "which takes over an hour in both Calc modes); the document says which were run")
    args = ap.parse_args()
    explained = notes()
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    lo = subprocess.run(["/usr/lib/libreoffice/program/soffice", "--version"], stdout=subprocess.PIPE, text=True).stdout.strip()
    out = ["# Performance", "",
           "Written by `make bench` (bench/report.py) from one run of every benchmark in `bench/`; each benchmark",
           "runs in a fresh headless Calc with the extension installed (the committee workbook also in desktop Calc, id_ID).",
           "Do not edit by hand: the explanations live",
           "in `bench/notes.md`.", "",
           f"Machine: {cpu}, {os.cpu_count()} cores, {platform.platform()}; {lo}; "
           f"{datetime.date.today().isoformat()}." + (f" The committee workbook was measured at {args.workbook_sizes} "
                                                      "employees in this run (`--workbook-sizes`)."
                                                      if args.workbook_sizes else ""), ""]
    failed = 0
    for script, oxt, title in BENCHES:
        print(f"running bench/{script} ...", flush=True)
        extra = ["--sizes", args.workbook_sizes] if script == "bench_workbook.py" and args.workbook_sizes else []
        run = subprocess.run(["/usr/bin/python3", "-m", f"bench.{script[:-3]}", "--oxt", os.path.join(ROOT, oxt)] + extra,
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        print(run.stdout, flush=True)
        table = [line for line in run.stdout.splitlines() if line.startswith("|")]
        out += [f"## {title} (`bench/{script}`)", ""]
        if run.returncode != 0 or not table:
            failed += 1
            out += ["(the benchmark failed in this run)", ""]
            continue
        out += table + [""]
        if script in explained:
            out += [explained[script], ""]
    with open(os.path.join(ROOT, "docs", "performance.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("wrote docs/performance.md")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
