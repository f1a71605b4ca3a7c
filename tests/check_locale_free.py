#!/usr/bin/env python3
"""Fails when a conversion between text and numbers that depends on the process locale appears in src/
outside the one module allowed to hold them (src/core/support/locale_free.c).

Why: desktop Calc runs with the user's C numeric locale (id_ID: decimal comma), so strtod("2.5") reads 2 and
"%.2f" writes "2,50". Headless Calc stays in the C locale and never shows it; this check does not depend on
where the tests run.

Flagged, outside the allowed module:
  - the locale-reading parsers: strtod/strtof/strtold, atof/atoi/atol/atoll, strtol/strtoul/strtoll/strtoull,
    strtoimax/strtoumax, the wide and *_l variants, the scanf family;
  - locale switching or reading: setlocale, uselocale, newlocale, localeconv, nl_langinfo, strfmon, strftime,
    strerror and perror (their text is in the user's language), strcoll, strxfrm;
  - a printf-family call whose format holds a floating conversion (%f %e %g %a, any case, with flags, width,
    precision) or the ' grouping flag, or whose format is not a string literal (it cannot be checked).
Messages with numbers go through asn_format / asn_fail, which format in the C locale.

Usage: python3 -m tests.check_locale_free [DIR]     (default: src/ of this project)
       check_locale_free.py --self-test
Prints `locale-check: N passed, M failed` (a file is one test; the self-test's cases are tests too)."""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALLOWED = {"core/support/locale_free.c"}

PARSERS = r"(?:strto(?:d|f|ld|l|ul|ll|ull|imax|umax)(?:_l)?|wcsto(?:d|f|ld|l|ul|ll|ull)|ato(?:f|i|l|ll)|" \
          r"v?[sf]?w?scanf(?:_s)?|_strtod_l|_atof_l)"
LOCALE = r"(?:setlocale|uselocale|newlocale|localeconv|nl_langinfo|strfmon|strftime|_create_locale|" \
         r"strerror(?:_r|_l|_s)?|perror|strcoll|strxfrm)"
# printf family: the index of the format argument.
PRINTF = {"printf": 0, "vprintf": 0, "fprintf": 1, "vfprintf": 1, "dprintf": 1, "vdprintf": 1, "sprintf": 1,
          "vsprintf": 1, "snprintf": 2, "vsnprintf": 2, "asprintf": 1, "vasprintf": 1, "wprintf": 0,
          "fwprintf": 1, "swprintf": 2, "vswprintf": 2, "_snprintf": 2, "_vsnprintf": 2}
FLOAT_CONVERSION = re.compile(r"%[-+ #0']*(?:\*|\d+)?(?:\.(?:\*|\d+))?(?:hh|h|ll|l|L|q|j|z|t)?[aAeEfFgG]")
GROUPING = re.compile(r"%[-+ #0]*'")


def strip_comments_and_keep_strings(text):
    """The source with comments blanked (line numbers kept); string and char literals stay."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("".join(ch if ch == "\n" else " " for ch in text[i:j]))
            i = j
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def call_arguments(text, open_paren):
    """The top-level arguments of the call whose '(' is at open_paren, as source strings."""
    args, depth, cur, i = [], 0, [], open_paren + 1
    while i < len(text):
        c = text[i]
        if c in "\"'":
            j = i + 1
            while j < len(text) and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            cur.append(text[i:j + 1])
            i = j + 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                args.append("".join(cur).strip())
                return args
            depth -= 1
        elif c == "," and depth == 0:
            args.append("".join(cur).strip())
            cur = []
            i += 1
            continue
        cur.append(c)
        i += 1
    return args


def literal_format(arg):
    """The text of a format made only of adjacent string literals, or None."""
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"', arg)
    rest = re.sub(r'"(?:[^"\\]|\\.)*"', "", arg).strip()
    return "".join(parts) if parts and not rest else None


def problems(text):
    """(line, message) for each locale-dependent conversion in C source `text`."""
    code = strip_comments_and_keep_strings(text)
    bare = re.sub(r'"(?:[^"\\\n]|\\.)*"', lambda m: " " * len(m.group(0)), code)  # no strings: names only
    found = []

    def line_of(pos):
        return code.count("\n", 0, pos) + 1

    for m in re.finditer(rf"\b({PARSERS}|{LOCALE})\s*\(", bare):
        found.append((line_of(m.start()), f"{m.group(1)}() depends on the process locale"))
    for m in re.finditer(r"\b(" + "|".join(map(re.escape, PRINTF)) + r")\s*\(", bare):
        name = m.group(1)
        args = call_arguments(code, m.end() - 1)
        index = PRINTF[name]
        if len(args) <= index:
            continue  # a declaration or a macro parameter list, not a call
        fmt = literal_format(args[index])
        if fmt is None:
            found.append((line_of(m.start()), f"{name}() with a format that is not a literal cannot be checked"))
        elif FLOAT_CONVERSION.search(fmt.replace("%%", "")) or GROUPING.search(fmt.replace("%%", "")):
            found.append((line_of(m.start()), f"{name}() formats a number with the process locale: \"{fmt}\""))
    return found


SELF_TEST = [  # (source, how many problems)
    ('double v = strtod(s, NULL);', 1),
    ('int n = atoi(v);', 1),
    ('long n = strtol(hex, NULL, 16);', 1),
    ('sscanf(s, "%lf", &d);', 1),
    ('snprintf(buf, 32, "%.15g", v);', 1),
    ('snprintf(buf, cap, "%.2f", x);', 1),
    ('fprintf(stderr, "%s %E\\n", a, b);', 1),
    ('snprintf(buf, cap, "%\'d", n);', 1),
    ('snprintf(buf, cap, "ok " "%-8.3Lf", x);', 1),
    ('vsnprintf(buf, cap, format, ap);', 1),
    ('setlocale(LC_ALL, "");', 1),
    ('asn_fail(st, ASN_INVALID, "cannot open (%s)", strerror(errno));', 1),
    ('snprintf(buf, cap, "%s: %zu (%d%%)", a, n, k);', 0),
    ('snprintf(buf, cap, "%%f is not a conversion");', 0),
    ('/* strtod(s) in a comment */ x = 1; // atof too', 0),
    ('const char *m = "use strtod( here";', 0),
    ('asn_fail(st, ASN_INVALID, "%.15g", v);', 0),
    ('int mystrtod(const char *s);', 0),
]


def self_test():
    passed = failed = 0
    for source, want in SELF_TEST:
        got = len(problems(source))
        if got == want:
            passed += 1
        else:
            failed += 1
            print(f"FAIL self-test: {source!r}: {got} problems, want {want}")
    return passed, failed


def main():
    if sys.argv[1:] == ["--self-test"]:
        passed, failed = self_test()
        print(f"locale-check: {passed} passed, {failed} failed")
        return 1 if failed else 0
    top = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "src"
    passed, failed = self_test()
    for path in sorted(top.rglob("*")):
        if path.suffix not in (".c", ".h", ".inc") or path.relative_to(top).as_posix() in ALLOWED:
            continue
        found = problems(path.read_text(encoding="utf-8", errors="replace"))
        for line, message in found:
            print(f"FAIL {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}:{line}: {message}")
        if found:
            failed += 1
        else:
            passed += 1
    print(f"locale-check: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
