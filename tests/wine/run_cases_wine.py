#!/usr/bin/env python3
"""Every case of tests/calc/cases, evaluated by the Windows DLL under wine through its own UNO entry points.

tests/wine/host.exe loads build/win/asnkarier.dll (beside the stand-ins sal3.dll and cppu3.dll), creates the
add-in through the factory and calls its dispatcher; this driver turns each case's formula into the arguments
Calc would pass, and compares the answer with the expected value the way Calc would show it:
  - a range parameter gets sequence<sequence<any>>: numbers, texts, and "" for an empty cell (Calc's
    ScRangeToSequence::FillMixedArray), a single value as a 1x1 array;
  - a value parameter gets an any: void when omitted, the cell's value for a single cell (0 for an empty one),
    an array for a range (also a 1x1 range written B5:B5) or an inline array; TRUE() is the number 1;
  - the hidden document parameter is an unsaved document (no URL), as in the Calc suite;
  - IllegalArgumentException shows as Err:502, NoConvergenceException as Err:523, a void result as #N/A; an
    array result fills the expected area as an array formula does (a single row or column repeats, cells
    beyond the result are #N/A), and a formula that is not an array formula shows the top-left element.
Cases whose answer comes from Calc before our code runs (a wrong number of arguments) are counted apart.
Then: relative kamus paths beside a document on a drive, and calls on four Windows threads at once.

Usage: python3 -m tests.wine.run_cases_wine HOST_DIR CASE_FILES...   (HOST_DIR holds host.exe and the DLLs)
Prints `wine-host: N passed, M failed`.
"""
import math
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
from tools import function_spec  # noqa: E402
from tests.calc.run_cases import expected_value, load_cases, same, show, split_array  # noqa: E402

WINE_ROOT = "Z:"  # wine maps / to Z:


class DecidedByCalc(Exception):
    """A case whose result Calc decides before calling the add-in."""


class TooLargeForHost(Exception):
    """A case whose arguments do not fit one line of the host's protocol (host.c reads lines of HOST_LINE bytes)."""


HOST_LINE = 1 << 20  # host.c: static char line[1 << 20]


def windows_path(text):
    """The case's absolute paths as a Windows user writes the same files: Z:/... (wine maps / to Z:), and
    file:///Z:/... for file URLs. Only quoted texts that start with / or file:/// are paths."""
    text = re.sub(r'"file:///', '"file:///' + WINE_ROOT + '/', text)
    return re.sub(r'"/', '"' + WINE_ROOT + '/', text)


def cell_name(name):
    m = re.fullmatch(r"\$?([A-Z]+)\$?(\d+)", name)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return col - 1, int(m.group(2)) - 1


def data_sheet(data):
    cells = {}
    for start, tokens in data:
        c0, r = cell_name(start)
        for k, tok in enumerate(tokens):
            if tok == "_":
                continue
            if tok in ("TRUE", "FALSE"):
                value = 1.0 if tok == "TRUE" else 0.0
            elif tok.startswith('"') and tok.endswith('"'):
                value = tok[1:-1]
            else:
                value = float(tok)
            cells[(c0 + k, r)] = value
    return cells


def split_arguments(text):
    """'a;{1;2};"x;y";F(1;2)' -> ['a', '{1;2}', '"x;y"', 'F(1;2)']"""
    args, cur, depth, quoted = [], "", 0, False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in "({":
            depth += 1
        elif not quoted and ch in ")}":
            depth -= 1
        elif not quoted and depth == 0 and ch == ";":
            args.append(cur.strip())
            cur = ""
            continue
        cur += ch
    args.append(cur.strip())
    return args


def literal(token):
    token = token.strip()
    if token.startswith('"'):
        return token[1:-1].replace('""', '"')
    if token in ("TRUE()", "TRUE"):
        return 1.0
    if token in ("FALSE()", "FALSE"):
        return 0.0
    return float(token)


class Evaluator:
    def __init__(self, functions, cells, host):
        self.functions = functions
        self.cells = cells
        self.host = host

    def reference(self, text):
        """A reference as (matrix, single): single is True for one cell written without a colon."""
        m = re.fullmatch(r"\$?Data\.(\$?[A-Z]+\$?\d+)(?::(\$?[A-Z]+\$?\d+))?", text)
        if not m:
            return None
        c0, r0 = cell_name(m.group(1))
        c1, r1 = cell_name(m.group(2)) if m.group(2) else (c0, r0)
        rows = [[self.cells.get((c, r), None) for c in range(c0, c1 + 1)] for r in range(r0, r1 + 1)]
        return rows, m.group(2) is None

    def value(self, text):
        """An argument's value: a number, a text, None (empty cell), a matrix (list of rows), or a raise."""
        text = text.strip()
        ref = self.reference(text)
        if ref:
            rows, single = ref
            if single:
                return ("cell", rows[0][0])
            return ("matrix", rows)
        if text.startswith("{"):
            return ("matrix", [[literal(t) for t in row] for row in split_array(text)])
        m = re.fullmatch(r"([A-Z][A-Z0-9.]*)\((.*)\)", text, re.S)
        if m and m.group(1) == "POWER":
            a, b = (self.value(x)[1] for x in split_arguments(m.group(2)))
            return ("scalar", math.pow(a, b))
        if m and m.group(1) in ("TRUE", "FALSE"):
            return ("scalar", literal(text))
        if m:
            kind, result = self.call(m.group(1), m.group(2))
            if kind == "error":
                raise DecidedByCalc(f"an error value ({result}) as an argument")
            return ("matrix", result) if isinstance(result, list) else ("scalar", result)
        return ("scalar", literal(text))

    def call(self, name, inner):
        fn = self.functions.get(name)
        if fn is None:
            raise DecidedByCalc(f"{name} is not an ASN function")
        texts = split_arguments(inner) if inner.strip() else []
        visible = [p for p in fn["params"] if p["kind"] != "document"]
        if len(texts) > len(visible):
            raise DecidedByCalc("more arguments than parameters (Calc: Err:504)")
        encoded, k = [], 0
        for p in fn["params"]:
            if p["kind"] == "document":
                encoded.append("D")  # an unsaved document: no URL
                continue
            text = texts[k] if k < len(texts) else ""
            k += 1
            if p["kind"] == "range":
                if text == "":
                    raise DecidedByCalc("an omitted range argument (Calc: Err:504)")
                kind, v = self.value(text)
                rows = v if kind == "matrix" else [[v]]
                encoded.append("R" + matrix(rows))
            else:
                if text == "":
                    encoded.append("Vv")
                    continue
                kind, v = self.value(text)
                if kind == "matrix":
                    encoded.append("M" + matrix(v))
                elif kind == "cell":
                    encoded.append("V" + cell(0.0 if v is None else v))
                else:
                    encoded.append("V" + cell(v))
        return self.host.call(fn["method"], encoded)


def cell(v):
    if v is None:
        return "s"  # an empty cell inside a range: "" (FillMixedArray)
    if isinstance(v, float):
        return "d" + repr(v)
    return "s" + v.encode("utf-8").hex()


def matrix(rows):
    return f"{len(rows)}x{len(rows[0])}:" + ",".join(cell(v) for row in rows for v in row)


def decode_cell(token):
    if token == "v":
        return None
    if token[0] == "d":
        return float(token[1:])
    if token[0] == "b":
        return float(token[1:])
    if token[0] == "s":
        return bytes.fromhex(token[1:]).decode("utf-8")
    raise ValueError(f"unexpected cell {token}")


class Host:
    def __init__(self, folder):
        env = dict(os.environ, WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=")
        folder = os.path.abspath(folder)
        self.proc = subprocess.Popen(["wine", os.path.join(folder, "host.exe")], cwd=folder, env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     text=True, encoding="utf-8")
        self.ready = self.read()

    def read(self):
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the host ended")
        return line.rstrip("\r\n")

    def call(self, method, args):
        request = "\t".join([method] + args) + "\n"
        if len(request.encode("utf-8")) >= HOST_LINE:
            raise TooLargeForHost(f"{len(request):,} characters")
        self.proc.stdin.write(request)
        self.proc.stdin.flush()
        line = self.read()
        parts = line.split("\t")
        if parts[0] not in ("OK", "EX") or len(parts) < 2:  # MISMATCH (threads), FATAL, or a crash report
            raise RuntimeError(f"the host answered {line!r}")
        if parts[0] == "EX":
            shown = {"com.sun.star.lang.IllegalArgumentException": "Err:502",
                     "com.sun.star.sheet.NoConvergenceException": "Err:523"}.get(parts[1])
            if shown is None:
                raise RuntimeError(f"{parts[1]}: {bytes.fromhex(parts[2]).decode()}")
            return ("error", shown)
        result = parts[1]
        if result.startswith("M"):
            shape, cells = result[1:].split(":", 1)
            rows, cols = (int(x) for x in shape.split("x"))
            values = [decode_cell(t) for t in cells.split(",")] if rows and cols else []
            return ("value", [values[r * cols:(r + 1) * cols] for r in range(rows)])
        v = decode_cell(result)
        return ("error", "#N/A") if v is None else ("value", v)

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


def shown(v):
    if isinstance(v, float):
        return ("number", v)
    return ("empty", "") if v == "" else ("text", v)


def displayed(result, h, w):
    """What an array formula over h x w cells (or a plain formula, 1 x 1) shows."""
    kind, v = result
    if kind == "error":
        return [[("error", v)] * w for _ in range(h)]
    if not isinstance(v, list):
        return [[shown(v)] * w for _ in range(h)]
    rows, cols = len(v), len(v[0]) if v else 0
    out = []
    for i in range(h):
        row = []
        for j in range(w):
            ii = 0 if rows == 1 else i
            jj = 0 if cols == 1 else j
            row.append(shown(v[ii][jj]) if ii < rows and jj < cols else ("error", "#N/A"))
        out.append(row)
    return out


def checked_calls(host, calls):
    """(label, method, args, wanted answer) each sent to the host; returns (passed, failed)."""
    passed = failed = 0
    for label, method, args, want in calls:
        got = host.call(method, args)
        if got == want:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {label}: got {got}, want {want}")
    return passed, failed


def document_paths(host):
    """A relative kamus path is found beside a saved document, here one on drive Z: (a Windows file URL in the
    hidden document argument), also written with backslashes; a drive-relative path is refused (W2)."""
    examples = WINE_ROOT + os.path.join(ROOT, "examples")
    document = "D" + f"file:///{examples}/roster.ods".encode().hex()
    return checked_calls(host, [
        (f"relative kamus path {path!r} beside {examples}/roster.ods", "asnrequired",
         [document, "V" + cell("ADM-KPG"), "V" + cell("T.KPG.01"), "V" + cell(path)], want)
        for path, want in (("kamus-contoh.xml", ("value", 4.0)), ("..\\examples\\kamus-contoh.xml", ("value", 4.0)),
                           ("Z:kamus-contoh.xml", ("error", "Err:502")))])


def threads(host):
    """The same calls on 4 Windows threads at once, 200 times each, each answer equal to the single call's; the
    threads then end, so the DLL's DllMain passes DLL_THREAD_DETACH on to libxml2 (dllmain_windows.c)."""
    kamus = WINE_ROOT + os.path.join(ROOT, "examples", "kamus-contoh.xml")
    return checked_calls(host, [
        ("asnrequired on 4 threads", "THREADS",
         ["4", "asnrequired", "D", "V" + cell("ADM-KPG"), "V" + cell("T.KPG.01"), "V" + cell(kamus)], ("value", 4.0)),
        ("asnscores on 4 threads", "THREADS",
         ["4", "asnscores", "R2x3:d80,d90,d70,d60,s,d60", "R1x3:d50,d30,d20", "V" + cell(0.0)],
         ("value", [[81.0], [60.0]]))])


def main(argv):
    folder, paths = argv[1], argv[2:]
    spec = function_spec.load()
    functions = {f["name"]: dict(f, params=f.get("params", [])) for f in spec["function"] if not f.get("bench_only")}
    cases, data = load_cases(paths)
    host = Host(folder)
    evaluator = Evaluator(functions, data_sheet(data), host)
    passed = failed = calc_only = too_large = 0
    if not host.ready.startswith("READY"):
        print(f"FAIL the host did not start: {host.ready}")
        failed += 1
    elif host.ready.endswith(", XJob"):  # the print-area job's factory and object answered too
        passed += 1
    else:
        print(f"FAIL the print-area job: {host.ready}")
        failed += 1
    for where, formula, expected in cases:
        formula = windows_path(formula)
        expected = re.sub(r'(["\s])/(?=\w)', r'\1' + WINE_ROOT + '/', windows_path(expected))  # paths in messages
        if expected.startswith("{"):
            want = [[expected_value(t) for t in r] for r in split_array(expected)]
        else:
            want = [[expected_value(expected)]]
        m = re.fullmatch(r"=([A-Z][A-Z0-9]*)\((.*)\)", formula, re.S)
        try:
            if not m:
                raise DecidedByCalc("not a single function call")
            result = evaluator.call(m.group(1), m.group(2))
        except DecidedByCalc:
            calc_only += 1
            continue
        except TooLargeForHost:
            too_large += 1
            continue
        except RuntimeError as e:
            failed += 1
            print(f"FAIL {where}: {formula}: {e}")
            continue
        got = displayed(result, len(want), len(want[0]))
        bad = [f"[{i},{j}] got {show(g)}, want {show(w)}" for i, (grow, wrow) in enumerate(zip(got, want))
               for j, (g, w) in enumerate(zip(grow, wrow)) if not same(g, w)]
        if bad:
            failed += 1
            print(f"FAIL {where}: {formula}: " + "; ".join(bad))
        else:
            passed += 1
    for check in (document_paths, threads):
        p, f = check(host)
        passed, failed = passed + p, failed + f
    host.close()
    print(f"wine-host: {len(cases) - calc_only - too_large} of {len(cases)} cases through the DLL "
          f"({calc_only} decided by Calc before the add-in is called, {too_large} with arguments beyond the host's "
          f"line of {HOST_LINE:,} bytes: checked in Calc only)")
    print(f"wine-host: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
