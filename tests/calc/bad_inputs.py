"""The bad-input matrix: every function x every argument x every class of bad input, in real Calc.

Generated from idl/functions.toml, so a new function is covered the day it is added: each function's
`example` (a valid call) is broken one argument at a time. Every result must be one the contract defines:
Err:502 (invalid input), #N/A (nothing found), Err:523 (beyond limits) or a proper value, and never #VALUE!,
Err:504, #NAME?, another error, or a crash. Where the contract is specific, the check is too:
  - text where a number belongs (the example argument is a number) -> Err:502;
  - a number where a label belongs (the example is a quoted label) -> Err:502, or for lookup keys
    (Position, Competency, Code, Competencies: a number is looked up as a code) #N/A or Err:502;
  - mismatched range sizes (functions pairing several ranges; a range marked `paired = false` in
    functions.toml, e.g. ASNJPTOTALS' NIPs, is not paired with the others) -> Err:502;
  - an extra argument -> Err:504 (Calc counts arguments before calling us).
Classes: blank, text, a number for a label, mismatched sizes, an empty range, a 1,048,576-row range, -1,
1E+300, an unknown label, an omitted argument, and an extra argument.
"""
import os
import time

from tools import function_spec  # noqa: E402
from tools.calc_session import api_formula, cell_result

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
ALLOWED_ERRORS = {"Err:502", "#N/A", "Err:523"}
LOOKUP_KEYS = {"Position", "Competency", "Code", "Competencies"}


def cases(spec):
    for fn in spec["function"]:
        if fn.get("bench_only"):
            continue
        visible = [p for p in fn.get("params", []) if p["kind"] != "document"]
        example = fn["example"]
        ranges = [p for p in visible if p["kind"] == "range"]
        first_range = ranges[0]["name"] if ranges else None
        for k, p in enumerate(visible):
            numeric = example[k] != "" and '"' not in example[k]
            label = example[k].startswith('"')
            classes = [("blank", "$Bad.A1:A1", None), ("unknown label", '"tidak dikenal"', None),
                       ("-1", "-1", None), ("1E+300", "1E+300", None)]
            if p["kind"] == "range":
                classes += [("text", "$Bad.B1:D1", "Err:502" if numeric else None),
                            ("number for a label", "{12345}", None),
                            ("empty range", "$Bad.A1:A10", None)]
                if len(ranges) > 1 and p.get("paired", True):
                    classes.append(("mismatched size", "{1;2;3;4;5;6;7}", "Err:502"))
                if p["name"] == first_range:
                    classes.append(("1048576 rows", "$Bad.F1:F1048576", None))
            else:
                classes += [("text", '"abc"', "Err:502" if numeric else None),
                            ("number for a label", "12345",
                             ("lookup" if p["name"] in LOOKUP_KEYS else "Err:502") if label else None),
                            ("omitted", "", None), ("range for a value", "$Bad.B1:D1", None)]
            for cls, text, strict in classes:
                args = list(example)
                args[k] = text
                yield fn["name"], p["name"], cls, f"={fn['name']}({';'.join(args)})", strict
        extra = ";".join(example + ["1"]) if example else "1"
        yield fn["name"], "(all)", "extra argument", f"={fn['name']}({extra})", "Err:504"


def bad_input_matrix(session):
    spec = function_spec.load()
    doc = session.new_spreadsheet()
    sheets = doc.Sheets
    sheets.insertNewByName("Bad", 0)
    bad = sheets.getByName("Bad")
    for c, t in enumerate(("x", "y", "z")):
        bad.getCellByPosition(1 + c, 0).setString(t)
    matrix = sheets.getByIndex(1)
    matrix.setName("Matrix")
    rows = list(cases(spec))
    for r, (name, param, cls, formula, _) in enumerate(rows):
        matrix.getCellByPosition(0, r).setString(name)
        matrix.getCellByPosition(1, r).setString(param)
        matrix.getCellByPosition(2, r).setString(cls)
        matrix.getCellByPosition(3, r).setFormula(api_formula(formula))
    t = time.perf_counter()
    doc.calculateAll()
    seconds = time.perf_counter() - t
    passed = failed = 0
    functions = set()
    for r, (name, param, cls, formula, strict) in enumerate(rows):
        functions.add(name)
        got = cell_result(matrix.getCellByPosition(3, r))
        if strict == "Err:504" or strict == "Err:502":
            ok = got == ("error", strict)
        elif strict == "lookup":
            ok = got in (("error", "#N/A"), ("error", "Err:502"))
        else:
            ok = got[0] != "error" or got[1] in ALLOWED_ERRORS
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL bad input: {name} {param} [{cls}] {formula} -> {got[1]!r}, want {strict or 'a defined result'}")
    alive = session.alive()
    if not alive:
        failed += 1
        print("FAIL bad input: soffice died")
    doc.close(True)
    print(f"bad-input matrix: {len(rows)} cells over {len(functions)} functions, recalculated in {seconds:.1f} s, "
          f"{failed} failures")
    return passed, failed
