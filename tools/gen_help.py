#!/usr/bin/env python3
"""Generate the extension help (one page per function plus an index page, in Indonesian and English).

LibreOffice compiles the pages of an extension's help folder when the extension is installed
(desktop/source/deployment/registry/help); each page carries the help ID `org.asnkarier.calc:<method>`
and index keywords, so LibreOffice's help finds it by either.

Sources, so that the pages never drift from what the functions do:
  - idl/functions.toml: names, descriptions, parameters (display names and descriptions in both languages),
    the regulation behind each function (rule_*) and its errors (errors_*);
  - tests/calc/cases/*.tsv: the examples, with the results the integration suite checks in real Calc.

The same pages as one HTML file per language (REFDIR/id.html, REFDIR/en-US.html), which the menu's command
ASN Karier > Bantuan fungsi opens in the web browser: F1 cannot reach an extension's pages, and LibreOffice 25.2
terminates when its help is asked for one by help ID.

Usage: python3 -m tools.gen_help OUTDIR [REFDIR]     writes OUTDIR/<lang>/org.asnkarier.calc/*.xhp (and REFDIR/<lang>.html)
"""
import html
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from tools import function_spec

ROOT = Path(__file__).resolve().parent.parent
EXTENSION_ID = "org.asnkarier.calc"
# Folder names LibreOffice matches against the UI locale (id; en-US, with en as its fallback).
LANGUAGES = {"id": "id", "en": "en-US"}
MAX_EXAMPLES = 3
# Cases that probe limits (1E308 weights, locale traps) prove the code, not how to use it.
EDGE_CASE_FILES = {"hardening.tsv", "locale.tsv"}
MAX_ERROR_EXAMPLES = 2

WORDS = {
    "id": {"syntax": "Sintaks", "params": "Parameter", "optional": "opsional", "examples": "Contoh",
           "errors": "Galat", "rule": "Dasar aturan", "returns": "hasilnya", "index_title": "Fungsi ASN Karier",
           "index_intro": "Fungsi lembar kerja ASN Karier untuk manajemen karier ASN. Setiap nama fungsi diawali "
                          "ASN dan sama di semua bahasa antarmuka. Pemisah argumen adalah titik koma (;); contoh "
                          "ditulis dengan titik desimal seperti pada rumus yang disimpan, hasil ditulis dengan koma "
                          "desimal. Argumen opsional boleh dihilangkan atau dikosongkan (;;).",
           "array": "hasil berupa larik; masukkan sebagai rumus larik (Ctrl+Shift+Enter)",
           "back": "Semua fungsi ASN Karier", "no_params": "Tanpa parameter.", "title": "Fungsi {}",
           "empty": "(teks kosong)"},
    "en": {"syntax": "Syntax", "params": "Parameters", "optional": "optional", "examples": "Examples",
           "errors": "Errors", "rule": "Regulation", "returns": "returns", "index_title": "ASN Karier functions",
           "index_intro": "The spreadsheet functions of ASN Karier for managing the careers of Indonesian civil "
                          "servants (ASN). Every function name starts with ASN and is the same in every UI "
                          "language. Arguments are separated by semicolons (;). Optional arguments may be omitted "
                          "or left empty (;;).",
           "array": "an array result; enter it as an array formula (Ctrl+Shift+Enter)",
           "back": "All ASN Karier functions", "no_params": "No parameters.", "title": "{} function",
           "empty": "(empty text)"},
}


def load_functions():
    spec = function_spec.load()
    functions = [f for f in spec["function"] if not f.get("bench_only")]
    for f in functions:
        f.setdefault("params", [])
        for key in ("rule_en", "rule_id", "errors_en", "errors_id"):
            if not f.get(key):
                sys.exit(f"idl/functions.toml: {f['name']} lacks {key} (its help page needs it)")
    return functions


def load_cases():
    """(formula, expected, comment) of every case line, in file order."""
    cases = []
    for path in sorted((ROOT / "tests" / "calc" / "cases").glob("*.tsv")):
        if path.name in EDGE_CASE_FILES:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("="):
                continue
            parts = line.split("\t")
            cases.append((parts[0], parts[1] if len(parts) > 1 else "", parts[2] if len(parts) > 2 else ""))
    return cases


def self_contained(formula):
    """A formula a reader can type as it is: no reference to the test's data sheet or files."""
    return not re.search(r"\$?Data\.|\{DATA\}|\{EXAMPLES\}|[A-Z]+\$?[0-9]+:", formula)


def examples_for(name, cases):
    mine = [c for c in cases if c[0].startswith(f"={name}(") and self_contained(c[0])]
    good = [c for c in mine if not c[1].startswith(("Err:", "#"))][:MAX_EXAMPLES]
    bad = [c for c in mine if c[1].startswith(("Err:", "#"))][:MAX_ERROR_EXAMPLES]
    if not good:
        sys.exit(f"tests/calc/cases: no self-contained example of {name} for its help page")
    return good + bad


def decimal(text, lang):
    """A number as the reader's UI shows it (decimal comma in Indonesian), at most 6 decimals."""
    value = float(text)
    if value == int(value) and abs(value) < 1e15:
        shown = str(int(value))
    else:
        shown = f"{value:.6f}".rstrip("0").rstrip(".")
        if float(shown) != value:
            shown += "…"
    return shown.replace(".", ",") if lang == "id" else shown


def shown_result(expected, lang):
    if expected == '""':
        return WORDS[lang]["empty"]
    if expected.startswith('"') and expected.endswith('"'):
        return expected[1:-1]
    if expected.startswith("{"):
        cells = re.split(r'(;|\|)', expected[1:-1])
        return "{" + "".join(c if c in ";|" or not re.fullmatch(r"-?[0-9.]+(e-?[0-9]+)?", c) else decimal(c, lang)
                             for c in cells) + "} — " + WORDS[lang]["array"]
    if re.fullmatch(r"-?[0-9.]+(e-?[0-9]+)?", expected):
        return decimal(expected, lang)
    return expected


class Page:
    """One xhp help document; every paragraph gets a unique id, as the help compiler requires."""

    def __init__(self, lang, filename, title):
        self.lang = LANGUAGES[lang]
        self.parts = []
        self.count = 0
        self.filename = filename
        self.title = title

    def _id(self, prefix):
        self.count += 1
        return f"{prefix}{self.count:04d}"

    def bookmark_hid(self, help_id):
        self.parts.append(f'<bookmark xml-lang="{self.lang}" branch="hid/{help_id}" id="{self._id("bm_hid")}" '
                          f'localize="false"/>')

    def bookmark_index(self, *values):
        inner = "".join(f"<bookmark_value>{escape(v)}</bookmark_value>" for v in values)
        self.parts.append(f'<bookmark xml-lang="{self.lang}" branch="index" id="{self._id("bm_idx")}">{inner}'
                          f'</bookmark>')

    def heading(self, text, level):
        self.parts.append(f'<paragraph role="heading" id="{self._id("hd_id")}" xml-lang="{self.lang}" '
                          f'level="{level}">{escape(text)}</paragraph>')

    def paragraph(self, xml, role="paragraph"):
        self.parts.append(f'<paragraph role="{role}" id="{self._id("par_id")}" xml-lang="{self.lang}">{xml}'
                          f'</paragraph>')

    def items(self, xml_items):
        self.parts.append('<list type="unordered">')
        for xml in xml_items:
            self.parts.append(f'<listitem><paragraph role="listitem" id="{self._id("par_id")}" '
                              f'xml-lang="{self.lang}">{xml}</paragraph></listitem>')
        self.parts.append("</list>")

    def text(self):
        topic = self.filename.replace("/", "_").replace(".", "_")
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                "<!-- GENERATED by tools/gen_help.py from idl/functions.toml and tests/calc/cases. -->\n"
                '<helpdocument version="1.0">\n<meta>\n'
                f'<topic id={quoteattr(topic)} indexer="include" status="PUBLISH">\n'
                f'<title id="tit" xml-lang="{self.lang}">{escape(self.title)}</title>\n'
                f"<filename>/{self.filename}</filename>\n</topic>\n</meta>\n<body>\n"
                + "\n".join(self.parts) + "\n</body>\n</helpdocument>\n")


def help_id(f):
    """The help ID of a function's page (None: the index page); LibreOffice's help finds a page by it."""
    return f"{EXTENSION_ID}:{f['method'] if f else 'index'}"


def page_title(f, lang):
    """The title the help window shows (None: the index page); different per language, so tests can tell."""
    return WORDS[lang]["title"].format(f["name"]) if f else WORDS[lang]["index_title"]


def link(target, text):
    return f'<link href="{EXTENSION_ID}/{target}">{escape(text)}</link>'


def code(text):
    return f'<item type="input">{escape(text)}</item>'


def syntax(f, lang):
    args = []
    for p in f["params"]:
        if p["kind"] == "document":
            continue
        name = p[f"{lang}_name"]
        args.append(f"[{name}]" if p["en"].startswith("Optional.") else name)
    return f"{f['name']}({'; '.join(args)})"


def function_page(f, lang, cases):
    w = WORDS[lang]
    page = Page(lang, f"{EXTENSION_ID}/{f['name']}.xhp", page_title(f, lang))
    page.bookmark_hid(help_id(f))
    page.bookmark_index(f["name"], f"ASN Karier;{f['name']}")
    page.heading(f["name"], 1)
    page.paragraph(escape(f[lang]))
    page.heading(w["syntax"], 2)
    page.paragraph(code(syntax(f, lang)), role="code")
    page.heading(w["params"], 2)
    shown = [p for p in f["params"] if p["kind"] != "document"]
    if shown:
        page.items(f"{code(p[f'{lang}_name'])}: {escape(p[lang])}" for p in shown)
    else:
        page.paragraph(escape(w["no_params"]))
    page.heading(w["examples"], 2)
    page.items(f"{code(formula)} {w['returns']} {code(shown_result(expected, lang))}"
               for formula, expected, _ in examples_for(f["name"], cases))
    page.heading(w["errors"], 2)
    page.paragraph(escape(f[f"errors_{lang}"]))
    page.heading(w["rule"], 2)
    page.paragraph(escape(f[f"rule_{lang}"]))
    page.paragraph(link("index.xhp", w["back"]))
    return page


def index_page(functions, lang):
    w = WORDS[lang]
    page = Page(lang, f"{EXTENSION_ID}/index.xhp", page_title(None, lang))
    page.bookmark_hid(help_id(None))
    page.bookmark_index("ASN Karier", w["index_title"])
    page.heading(w["index_title"], 1)
    page.paragraph(escape(w["index_intro"]))
    page.items(f"{link(f['name'] + '.xhp', f['name'])}: {escape(f[lang])}" for f in functions)
    return page


def html_reference(functions, lang, cases):
    """Every function on one HTML page: the index first, then each function's syntax, parameters, examples (with
    the results the integration suite checks), errors and regulation."""
    w = WORDS[lang]
    e = html.escape
    out = [f'<!DOCTYPE html>\n<html lang="{LANGUAGES[lang]}">\n<head>\n<meta charset="utf-8">',
           f"<title>{e(w['index_title'])}</title>",
           "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
           "code{background:#f2f2f2;padding:0 .2em}h2{border-top:1px solid #ccc;padding-top:1em}</style>",
           "<!-- GENERATED by tools/gen_help.py from idl/functions.toml and tests/calc/cases. -->",
           "</head>\n<body>", f"<h1>{e(w['index_title'])}</h1>", f"<p>{e(w['index_intro'])}</p>", "<ul>"]
    out += [f'<li><a href="#{f["name"]}">{f["name"]}</a>: {e(f[lang])}</li>' for f in functions]
    out.append("</ul>")
    for f in functions:
        out.append(f'<h2 id="{f["name"]}">{f["name"]}</h2>')
        out.append(f"<p>{e(f[lang])}</p>")
        out.append(f"<h3>{e(w['syntax'])}</h3><p><code>{e(syntax(f, lang))}</code></p>")
        out.append(f"<h3>{e(w['params'])}</h3>")
        shown = [p for p in f["params"] if p["kind"] != "document"]
        if shown:
            out.append("<ul>" + "".join(f"<li><code>{e(p[f'{lang}_name'])}</code>: {e(p[lang])}</li>"
                                        for p in shown) + "</ul>")
        else:
            out.append(f"<p>{e(w['no_params'])}</p>")
        out.append(f"<h3>{e(w['examples'])}</h3><ul>")
        out += [f"<li><code>{e(formula)}</code> {e(w['returns'])} <code>{e(shown_result(expected, lang))}</code></li>"
                for formula, expected, _ in examples_for(f["name"], cases)]
        out.append("</ul>")
        out.append(f"<h3>{e(w['errors'])}</h3><p>{e(f[f'errors_{lang}'])}</p>")
        out.append(f"<h3>{e(w['rule'])}</h3><p>{e(f[f'rule_{lang}'])}</p>")
        out.append(f'<p><a href="#">{e(w["back"])}</a></p>')
    out.append("</body>\n</html>\n")
    return "\n".join(out)


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__)
        return 2
    out = Path(argv[1])
    functions = load_functions()
    cases = load_cases()
    for lang, folder in LANGUAGES.items():
        target = out / folder / EXTENSION_ID
        target.mkdir(parents=True, exist_ok=True)
        pages = [function_page(f, lang, cases) for f in functions] + [index_page(functions, lang)]
        for page in pages:
            (out / folder / page.filename).write_text(page.text(), encoding="utf-8")
    if len(argv) == 3:
        reference = Path(argv[2])
        reference.mkdir(parents=True, exist_ok=True)
        for lang, folder in LANGUAGES.items():
            (reference / f"{folder}.html").write_text(html_reference(functions, lang, cases), encoding="utf-8")
    print(f"help: {len(functions)} function pages and an index page in {', '.join(LANGUAGES.values())}"
          + (", and the reference as HTML" if len(argv) == 3 else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
