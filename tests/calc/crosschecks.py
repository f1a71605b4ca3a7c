"""Cross-checks: our functions against Calc's own built-ins (SUMPRODUCT, RANK.EQ, STANDARDIZE, DATE...).

Each check takes a running CalcSession and returns (passed, failed), printing each failure."""
import math
import os
import random

import uno

from tools.calc_session import api_formula, cell_result

REL_TOL = 1e-9
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def same_number(got, want):
    """Both cells show numbers that agree to 1e-9 (relative, or absolute near 0)."""
    return got[0] == want[0] == "number" and math.isclose(got[1], want[1], rel_tol=REL_TOL, abs_tol=REL_TOL)


def score_against_sumproduct(session):
    """ASNSCORE and ASNSCORES against SUMPRODUCT(...)/SUM(...) on random rows (fixed seed).

    SUMPRODUCT treats a blank as 0, which is ASNSCORE's BlankMode 1; rows without blanks are also
    checked in the default mode."""
    rng = random.Random(20261201)
    rows = 300
    doc = session.new_spreadsheet()
    sh = doc.Sheets.getByIndex(0)
    weights = [rng.choice([0, 5, 10, 15, 20, 25, 30, 12.5]) for _ in range(5)]
    weights[0] = 30  # never all zero
    for c, w in enumerate(weights):
        sh.getCellByPosition(c, 0).setValue(w)
    blanks = []
    for r in range(1, rows + 1):
        has_blank = False
        for c in range(5):
            if rng.random() < 0.08:
                has_blank = True
                continue  # leave the cell empty
            sh.getCellByPosition(c, r).setValue(round(rng.uniform(0, 120), rng.choice([0, 1, 2, 6])))
        blanks.append(has_blank)
        n = r + 1
        mode = ";1" if has_blank else ""
        sh.getCellByPosition(6, r).setFormula(api_formula(f"=ASNSCORE(A{n}:E{n};A$1:E$1{mode})"))
        sh.getCellByPosition(7, r).setFormula(api_formula(f"=SUMPRODUCT(A{n}:E{n};A$1:E$1)/SUM(A$1:E$1)"))
    sh.getCellRangeByPosition(8, 1, 8, rows).setArrayFormula(api_formula(f"=ASNSCORES(A2:E{rows + 1};A1:E1;1)"))
    doc.calculateAll()
    passed = failed = 0
    for r in range(1, rows + 1):
        want = cell_result(sh.getCellByPosition(7, r))
        for col, what in ((6, "ASNSCORE"), (8, "ASNSCORES")):
            got = cell_result(sh.getCellByPosition(col, r))
            if same_number(got, want):
                passed += 1
            else:
                failed += 1
                print(f"FAIL crosscheck row {r + 1}: {what} {got} != SUMPRODUCT/SUM {want}")
    doc.close(True)
    print(f"crosscheck ASNSCORE/ASNSCORES vs SUMPRODUCT/SUM: {rows} rows, {failed} mismatches")
    return passed, failed


def ranking_and_stats_against_builtins(session):
    """On a few hundred random rows (fixed seed, with ties and blanks): ASNRANK and ASNRANKS with one key
    against RANK.EQ, ASNZSCORE against STANDARDIZE(x;AVERAGE(r);STDEV(r)), ASNPERCENTILE against a
    COUNTIF formula, and ASNSTATS against COUNT, AVERAGE, STDEV, MIN, QUARTILE.INC, MEDIAN, MAX."""
    rng = random.Random(4)
    rows = 300
    doc = session.new_spreadsheet()
    sh = doc.Sheets.getByIndex(0)
    blank_rows = set(rng.sample(range(1, rows + 1), 10))
    for r in range(1, rows + 1):
        if r not in blank_rows:
            sh.getCellByPosition(0, r).setValue(rng.choice([rng.randint(40, 120), round(rng.uniform(0, 120), 3)]))
    last = rows + 1
    pool = f"$A$2:$A${last}"
    for r in range(1, rows + 1):
        n = r + 1
        if r in blank_rows:
            continue
        sh.getCellByPosition(1, r).setFormula(api_formula(f"=ASNRANK(A{n};{pool})"))
        sh.getCellByPosition(2, r).setFormula(api_formula(f"=RANK.EQ(A{n};{pool})"))
        sh.getCellByPosition(3, r).setFormula(api_formula(f"=ASNRANK(A{n};{pool};1)"))
        sh.getCellByPosition(4, r).setFormula(api_formula(f"=RANK.EQ(A{n};{pool};1)"))
        sh.getCellByPosition(5, r).setFormula(api_formula(f"=ASNZSCORE(A{n};{pool})"))
        sh.getCellByPosition(6, r).setFormula(api_formula(f"=STANDARDIZE(A{n};AVERAGE({pool});STDEV({pool}))"))
        sh.getCellByPosition(7, r).setFormula(api_formula(f"=ASNPERCENTILE(A{n};{pool})"))
        sh.getCellByPosition(8, r).setFormula(api_formula(f'=100*(COUNTIF({pool};"<"&A{n})+0.5*COUNTIF({pool};A{n}))/COUNT({pool})'))
    sh.getCellRangeByPosition(9, 1, 9, rows).setArrayFormula(api_formula(f"=ASNRANKS(A2:A{last})"))
    stats = sh.getCellRangeByPosition(11, 0, 18, 0)
    stats.setArrayFormula(api_formula(f"=ASNSTATS({pool})"))
    builtins = ["COUNT", "AVERAGE", "STDEV", "MIN", "QUARTILE.INC(;1)", "MEDIAN", "QUARTILE.INC(;3)", "MAX"]
    for k, fn in enumerate(builtins):
        f = fn.replace("(;", f"({pool};") if "(" in fn else f"{fn}({pool})"
        sh.getCellByPosition(11 + k, 1).setFormula(api_formula("=" + f))
    doc.calculateAll()
    passed = failed = 0
    for r in range(1, rows + 1):
        if r in blank_rows:
            ranks = cell_result(sh.getCellByPosition(9, r))
            if ranks == ("empty", ""):
                passed += 1
            else:
                failed += 1
                print(f"FAIL crosscheck ASNRANKS row {r + 1}: a blank key gives {ranks}, want an empty string")
            continue
        for ours, theirs, label in ((1, 2, "ASNRANK/RANK.EQ"), (3, 4, "ASNRANK asc/RANK.EQ asc"),
                                    (9, 2, "ASNRANKS/RANK.EQ"), (5, 6, "ASNZSCORE/STANDARDIZE"),
                                    (7, 8, "ASNPERCENTILE/COUNTIF")):
            got, want = cell_result(sh.getCellByPosition(ours, r)), cell_result(sh.getCellByPosition(theirs, r))
            if same_number(got, want):
                passed += 1
            else:
                failed += 1
                print(f"FAIL crosscheck {label} row {r + 1}: {got} != {want}")
    for k, fn in enumerate(builtins):
        got, want = cell_result(sh.getCellByPosition(11 + k, 0)), cell_result(sh.getCellByPosition(11 + k, 1))
        if same_number(got, want):
            passed += 1
        else:
            failed += 1
            print(f"FAIL crosscheck ASNSTATS[{k}] vs {fn}: {got} != {want}")
    doc.close(True)
    print(f"crosscheck ranking/statistics vs RANK.EQ, STANDARDIZE, COUNTIF, ASNSTATS built-ins: {failed} mismatches")
    return passed, failed


def nip_dates_follow_null_date(session):
    """ASNNIP's date parts count from the document's null date, as Calc's DATE() does: checked with the default
    (1899-12-30) and after the workbook is switched to 1904-01-01 (Tools > Options > Calc > Calculate)."""
    doc = session.new_spreadsheet()
    sh = doc.Sheets.getByIndex(0)
    sh.getCellRangeByName("A1").setString("19710917 199301 2 001")
    sh.getCellRangeByName("B1").setFormula(api_formula('=ASNNIP(A1;"lahir")'))
    sh.getCellRangeByName("C1").setFormula(api_formula("=DATE(1971;9;17)"))
    sh.getCellRangeByName("B2").setFormula(api_formula('=ASNNIP(A1;"tmt")'))
    sh.getCellRangeByName("C2").setFormula(api_formula("=DATE(1993;1;1)"))
    passed = failed = 0
    seen = []
    for null_date in (None, (1904, 1, 1)):
        if null_date:
            date = uno.createUnoStruct("com.sun.star.util.Date")
            date.Year, date.Month, date.Day = null_date
            doc.NullDate = date
        doc.calculateAll()
        for row in (0, 1):
            got, want = cell_result(sh.getCellByPosition(1, row)), cell_result(sh.getCellByPosition(2, row))
            if same_number(got, want):
                passed += 1
            else:
                failed += 1
                print(f"FAIL crosscheck ASNNIP null date {null_date or 'default'} row {row + 1}: {got} != DATE {want}")
        seen.append(cell_result(sh.getCellByPosition(1, 0)))
    if seen[0] != seen[1]:  # the switch took effect: the same day is another number
        passed += 1
    else:
        failed += 1
        print(f"FAIL crosscheck ASNNIP: the birth date is {seen[0]} under both null dates")
    doc.close(True)
    print(f"crosscheck ASNNIP date parts vs DATE() under two null dates: {failed} mismatches")
    return passed, failed


ALL = [score_against_sumproduct, ranking_and_stats_against_builtins, nip_dates_follow_null_date]
