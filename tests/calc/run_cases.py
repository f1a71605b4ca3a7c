#!/usr/bin/python3
"""Integration tests in real headless Calc: formulas beside the results the contract expects.

Installs the built .oxt into a throw-away profile (tools/calc_session.py), types every formula of
the case files into a sheet, recalculates, and compares what a user would see. Then runs the
cross-checks against Calc's own built-ins (crosschecks.py), what the installed extension brings
(installed_extension.py) and the bad-input matrix (bad_inputs.py). Prints `integration: N passed, M failed`.

Case files (tests/calc/cases/*.tsv), tab-separated, one case a line:
    FORMULA <TAB> EXPECTED [<TAB> note]
  EXPECTED is a number (compared to 1e-9, relative), "text", "" (an empty string), ^"prefix" (a text that
  starts so), Err:502, #N/A, ...
  or an array {a;b|c;d} (`;` between columns, `|` between rows), entered as an array formula.
    data <TAB> CELL <TAB> v1 <TAB> v2 ...
  In formulas, {DATA} stands for the absolute path of tests/data and {EXAMPLES} for examples/.
  fills the sheet Data from CELL rightwards: a number, "text", _ (leave the cell empty),
  "" (a cell holding an empty string), TRUE/FALSE, or =formula. Formulas refer to it as $Data.A1.
"""
import argparse
import math
import os
import re
import sys

from tools.calc_session import api_formula, CalcSession, cell_result  # noqa: E402

from tests.calc import crosschecks, installed_extension  # noqa: E402
from tests.calc.bad_inputs import bad_input_matrix  # noqa: E402

REL_TOL = 1e-9
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
PLACEHOLDERS = {"{DATA}": os.path.join(ROOT, "tests", "data"), "{EXAMPLES}": os.path.join(ROOT, "examples")}


def split_array(text):
    """'{1;"a"|2;""}' -> [['1', '"a"'], ['2', '""']] (quotes kept; separators inside quotes ignored)."""
    body = text[1:-1]
    rows, row, cur, quoted = [], [], "", False
    for ch in body:
        if ch == '"':
            quoted = not quoted
            cur += ch
        elif ch in ";|" and not quoted:
            row.append(cur.strip())
            cur = ""
            if ch == "|":
                rows.append(row)
                row = []
        else:
            cur += ch
    row.append(cur.strip())
    rows.append(row)
    return rows


def expected_value(token):
    token = token.strip()
    if token.startswith('^"') and token.endswith('"'):
        return ("prefix", token[2:-1].replace('""', '"'))
    if re.fullmatch(r"(Err:\d+|#N/A|#NAME\?|#VALUE!|#DIV/0!)", token):
        return ("error", token)
    if token.startswith('"') and token.endswith('"') and len(token) >= 2:
        s = token[1:-1].replace('""', '"')
        return ("empty", "") if s == "" else ("text", s)
    return ("number", float(token))


def same(got, want):
    if want[0] == "prefix":
        return got[0] == "text" and got[1].startswith(want[1])
    if got[0] != want[0]:
        return False
    if want[0] == "number":
        return math.isclose(got[1], want[1], rel_tol=REL_TOL, abs_tol=REL_TOL)
    return got[1] == want[1]


def show(v):
    return f"{v[1]!r}" if v[0] in ("text", "empty") else str(v[1])


def fill_data(sheet, cell_name, tokens):
    start = sheet.getCellRangeByName(cell_name).getCellAddress()
    for k, tok in enumerate(tokens):
        cell = sheet.getCellByPosition(start.Column + k, start.Row)
        if tok == "_":
            continue
        if tok.startswith("="):
            cell.setFormula(api_formula(tok))
        elif tok in ("TRUE", "FALSE"):
            cell.setFormula(api_formula(f"={tok}()"))
        elif tok == '""':
            cell.setFormula(api_formula('=""'))
        elif tok.startswith('"') and tok.endswith('"'):
            cell.setString(tok[1:-1])
        else:
            cell.setValue(float(tok))


def load_cases(paths):
    cases, data = [], []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                parts = line.split("\t")
                where = f"{os.path.basename(path)}:{lineno}"
                if parts[0] == "data":
                    data.append((parts[1], parts[2:]))
                elif len(parts) >= 2:
                    formula = parts[0]
                    for key, value in PLACEHOLDERS.items():
                        formula = formula.replace(key, value)
                    expected = parts[1]
                    for key, value in PLACEHOLDERS.items():
                        expected = expected.replace(key, value)
                    cases.append((where, formula, expected))
                else:
                    raise SystemExit(f"{where}: expected FORMULA<TAB>EXPECTED")
    return cases, data


def run(session, paths, verbose):
    cases, data = load_cases(paths)
    doc = session.new_spreadsheet()
    sheets = doc.Sheets
    sheets.insertNewByName("Data", 0)
    data_sheet = sheets.getByName("Data")
    for cell_name, tokens in data:
        fill_data(data_sheet, cell_name, tokens)
    sheet = sheets.getByIndex(1)
    placed = []
    row = 0
    for where, formula, expected in cases:
        if expected.startswith("{"):
            want = [[expected_value(t) for t in r] for r in split_array(expected)]
            h, w = len(want), len(want[0])
            sheet.getCellRangeByPosition(0, row, w - 1, row + h - 1).setArrayFormula(api_formula(formula))
        else:
            want = [[expected_value(expected)]]
            h = 1
            sheet.getCellByPosition(0, row).setFormula(api_formula(formula))
        placed.append((where, formula, row, want))
        row += h + 1
    doc.calculateAll()
    passed = failed = 0
    for where, formula, r0, want in placed:
        bad = []
        for i, wrow in enumerate(want):
            for j, wv in enumerate(wrow):
                got = cell_result(sheet.getCellByPosition(j, r0 + i))
                if not same(got, wv):
                    bad.append(f"[{i},{j}] got {show(got)}, want {show(wv)}")
        if bad:
            failed += 1
            print(f"FAIL {where}: {formula}: " + "; ".join(bad))
        else:
            passed += 1
            if verbose:
                print(f"ok {where}: {formula}")
    doc.close(True)
    return passed, failed


def run_checks(session, checks):
    passed = failed = 0
    for check in checks:
        p, f = check(session)
        passed, failed = passed + p, failed + f
    return passed, failed


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--mode", choices=("headless", "desktop"), default="headless")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("cases", nargs="+")
    args = ap.parse_args()
    suite = "integration" if args.mode == "headless" else "integration-desktop"
    passed = failed = 0
    try:
        with CalcSession(args.oxt, mode=args.mode) as session:
            p, f = run(session, args.cases, args.verbose)
            passed, failed = passed + p, failed + f
            p, f = run_checks(session, crosschecks.ALL + installed_extension.ALL + [bad_input_matrix])
            passed, failed = passed + p, failed + f
            if not session.alive():
                print("FAIL: soffice died during the tests")
                failed += 1
        if args.mode == "headless":  # the desktop session has the Indonesian UI already
            with CalcSession(args.oxt, ui_locale="id") as session:
                p, f = run_checks(session, installed_extension.INDONESIAN_UI)
                passed, failed = passed + p, failed + f
    except Exception as e:  # a harness failure is a failed test, and says why
        print(f"FAIL: the Calc session failed: {e}")
        failed += 1
    print(f"{suite}: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
