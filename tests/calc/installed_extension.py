"""What the installed extension brings besides its functions' results: the Function Wizard's descriptions, formulas
that survive saving, dictionaries read from files, the committee template on the template path, the help pages,
and the LibreOffice version the session runs.

Each check takes a running CalcSession and returns (passed, failed), printing each failure."""
import os
import re
import shutil
import time
import urllib.parse

import uno
from com.sun.star.beans import Property
from com.sun.star.ucb import Command

from tools import function_spec, gen_help, run_sample
from tools.calc_session import api_formula, cell_result, prop, settle

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def function_wizard(session):
    """The Function Wizard's source (FunctionDescriptions) lists every function with its
    description and parameter names, taken from CalcAddIns.xcu, in the session's UI language
    (id in a session started with the Indonesian UI, as desktop mode is; en otherwise)."""
    lang = "id" if session.ui_locale == "id" else "en"
    spec = function_spec.load()
    descriptions = session.smgr.createInstanceWithContext("com.sun.star.sheet.FunctionDescriptions", session.ctx)
    found = {}
    for i in range(descriptions.getCount()):
        props = {p.Name: p.Value for p in descriptions.getByIndex(i)}
        found[props["Name"]] = props
    passed = failed = 0
    for fn in spec["function"]:
        if fn.get("bench_only"):
            continue
        props = found.get(fn["name"])
        problems = []
        if props is None:
            problems.append("missing from the Function Wizard")
        else:
            if props.get("Description") != fn[lang]:
                problems.append(f"description {props.get('Description')!r}")
            names = [a.Name for a in props.get("Arguments") or ()]
            want = [p[f"{lang}_name"] for p in fn.get("params", []) if p["kind"] != "document"]
            if names != want:
                problems.append(f"arguments {names} != {want}")
            # Issue 15: plain words, as LibreOffice's own ("Tanggal awal"), never "ModeKosong" or "TopN".
            joined = [n for n in names if re.search(r"[a-z][A-Z]|[a-z]N\b", n)]
            if joined:
                problems.append(f"joined words in parameter names {joined}")
        if problems:
            failed += 1
            print(f"FAIL function wizard ({lang}) {fn['name']}: " + "; ".join(problems))
        else:
            passed += 1
    return passed, failed


def saved_document(session):
    """A saved roster keeps working: formulas are stored under their programmatic names and
    compute again after the document is reopened."""
    doc = session.new_spreadsheet()
    sh = doc.Sheets.getByIndex(0)
    sh.getCellByPosition(0, 0).setFormula(api_formula("=ASNSCORE({80;90;70};{50;30;20})"))
    sh.getCellByPosition(0, 1).setFormula(api_formula('=ASNPREDICATE("atas";"atas")'))
    path = os.path.join(session.root, "saved.ods")
    session.store(doc, path, "calc8")
    doc.close(True)
    doc = session.open(path)
    doc.calculateAll()
    sh = doc.Sheets.getByIndex(0)
    got = [cell_result(sh.getCellByPosition(0, 0)), cell_result(sh.getCellByPosition(0, 1))]
    doc.close(True)
    if got == [("number", 81.0), ("text", "Sangat Baik")]:
        return 1, 0
    print(f"FAIL saved document: after reopening got {got}")
    return 0, 1


def dictionaries_in_files(session):
    """Dictionaries from files, as a user keeps them: a saved document that names its dictionary by a
    relative path (resolved against the document's folder, also after reopening), a file that changes
    while the document is open, and hostile files (external entity, entity bomb, a 100 MB file, a FIFO,
    a directory), each answered with ERROR: text and Err:502 within a second, with Calc alive."""
    folder = os.path.join(session.root, "bkpsdm")
    os.makedirs(os.path.join(folder, "kamus"), exist_ok=True)
    shutil.copy(os.path.join(ROOT, "examples", "kamus-contoh.xml"), os.path.join(folder, "kamus", "kamus.xml"))
    for name in ("hostile-xxe.xml", "hostile-bomb.xml"):
        shutil.copy(os.path.join(ROOT, "tests", "data", "kamus", name), os.path.join(folder, name))
    with open(os.path.join(folder, "besar.xml"), "wb") as f:
        f.truncate(100 * 1024 * 1024)
    os.mkfifo(os.path.join(folder, "fifo.xml"))
    for dirpath, dirnames, filenames in os.walk(session.root):
        for n in dirnames + filenames:
            os.chmod(os.path.join(dirpath, n), 0o777)
    os.chmod(folder, 0o777)
    passed = failed = 0

    def check(label, got, want):
        nonlocal passed, failed
        ok = got == want if not callable(want) else want(got)
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL dictionaries: {label}: got {got}, want {want if not callable(want) else 'a match'}")

    doc = session.new_spreadsheet()
    sh = doc.Sheets.getByIndex(0)
    sh.getCellByPosition(0, 0).setFormula(api_formula('=ASNREQUIRED("ADM-KPG";"T.KPG.01";"kamus/kamus.xml")'))
    sh.getCellByPosition(0, 1).setFormula(api_formula('=ASNDICTCHECK("kamus/kamus.xml")'))
    path = os.path.join(folder, "peringkat.ods")
    session.store(doc, path, "calc8")
    doc.close(True)
    doc = session.open(path)
    doc.calculateAll()
    sh = doc.Sheets.getByIndex(0)
    check("relative path after reopening", cell_result(sh.getCellByPosition(0, 0)), ("number", 4.0))
    check("ASNDICTCHECK relative", cell_result(sh.getCellByPosition(0, 1)), ("text", "OK: 13 kompetensi, 11 jabatan"))

    # The file changes while the document is open: the next recalculation reads it again.
    kamus = os.path.join(folder, "kamus", "kamus.xml")
    with open(kamus, encoding="utf-8") as f:
        text = f.read()
    with open(kamus, "w", encoding="utf-8") as f:
        f.write(text.replace('<standar kompetensi="T.KPG.01" level="4"/>', '<standar kompetensi="T.KPG.01" level="5"/>'))
    os.utime(kamus, (time.time() + 5, time.time() + 5))
    time.sleep(0.1)  # a file confirmed moments ago is not asked again for 20 ms (kamus_cache.c, R6)
    doc.calculateAll()
    check("a changed file is read again", cell_result(sh.getCellByPosition(0, 0)), ("number", 5.0))

    for k, name in enumerate(("hostile-xxe.xml", "hostile-bomb.xml", "besar.xml", "fifo.xml", "kamus")):
        sh.getCellByPosition(1, k).setFormula(api_formula(f'=ASNDICTCHECK("{name}")'))
        sh.getCellByPosition(2, k).setFormula(api_formula(f'=ASNREQUIRED("J";"A";"{name}")'))
        t = time.perf_counter()
        doc.calculateAll()
        seconds = time.perf_counter() - t
        check(f"{name}: ASNDICTCHECK", cell_result(sh.getCellByPosition(1, k)),
              lambda r, n=name: r[0] == "text" and r[1].startswith(f"ERROR: {n}"))
        check(f"{name}: ASNREQUIRED", cell_result(sh.getCellByPosition(2, k)), ("error", "Err:502"))
        check(f"{name}: within a second", seconds < 1.0, True)
    check("Calc alive", session.alive(), True)
    doc.close(True)
    return passed, failed


def template_installed(session):
    """After installation the committee template sits on LibreOffice's template path (File > New >
    Templates), in its own category folder, opens as a new document, and its ranking sheet holds the
    ASNRANKLIST formula (through a named expression)."""
    paths = session.smgr.createInstanceWithContext("com.sun.star.util.PathSettings", session.ctx)
    internal = [u for u in paths.getPropertyValue("Template_internal") if u.endswith("asnkarier.oxt/templates")]
    if not internal:
        print("FAIL template: the extension's templates folder is not on the template path")
        return 0, 1
    url = internal[0]
    if url.startswith("vnd.sun.star.expand:"):
        expander = session.ctx.getValueByName("/singletons/com.sun.star.util.theMacroExpander")
        url = expander.expandMacros(urllib.parse.unquote(url[len("vnd.sun.star.expand:"):]))
    # In the subfolder the Template Manager shows as the category "ASN Karier" (extension/Paths.xcu).
    doc = session.desktop.loadComponentFromURL(url + "/ASN%20Karier/peringkat-asn.ots", "_blank", 0,
                                               (prop("AsTemplate", True), prop("Hidden", True)))
    # The ranking's array formulas (its ranks, and the rows they list) read ASNRANKLIST through the named
    # expression ASNKARIER_RANK_ORDER.
    ok = doc is not None and doc.Sheets.hasByName("Peringkat") and \
        all("ASNKARIER_RANK_ORDER" in doc.Sheets.getByName("Peringkat").getCellByPosition(c, 5).getFormula().upper()
            for c in (0, 1)) and \
        "ASNRANKLIST" in doc.NamedRanges.getByName("ASNKARIER_RANK_ORDER").getContent().upper()
    untitled = doc is not None and doc.getURL() == ""  # opened as a new document, not the template itself
    status = ranking_status(doc) if ok else ("", "", "", "", "")
    if doc is not None:
        doc.close(True)
    # The ranking's status line in its three states; the unit's kurva distribusi check with one employee of
    # predikat Baik (100 % Baik breaks the organisation predikat Baik's 70 %), then with that employee's rating
    # one no function knows (no valid predikat: the unit is not judged, and the check says why).
    want = ("Belum ada pegawai di lembar Pegawai.", "1 dari 1 pegawai diperingkat.",
            "0 dari 1 pegawai diperingkat. 1 pegawai tidak diperingkat karena datanya salah",
            "Tidak sesuai: Baik 1 dari 1 pegawai (100", "(unit ini belum dapat diperiksa: 1 pegawainya belum punya")
    said = all(got.startswith(w) for got, w in zip(status, want))
    if ok and untitled and said:
        return 5, 0
    print(f"FAIL template: opened {ok}, as a new document {untitled}, ranking and distribution status {status}")
    return 0, 5


def ranking_status(doc):
    """The ranking's status line (Peringkat E2) with no employee, one valid employee, and that employee with a
    golongan no function knows: that row is left out of the ranking (Periksa Data names it), and the line says so.
    Then the kurva distribusi check (Distribusi I5) of that employee's unit: with the employee's predikat, and
    with a rating no function knows."""
    header, rows = run_sample.read_csv(os.path.join(ROOT, "examples", "roster-medan-marelan.csv"))
    pegawai = doc.Sheets.getByName("Pegawai")
    line = doc.Sheets.getByName("Peringkat").getCellByPosition(4, 1)
    seen = [line.getString()]
    row = run_sample.cell_values(header, rows[:1])
    pegawai.getCellRangeByPosition(0, 1, len(header) - 1, 1).setDataArray(row)
    settle()  # the job fills the formula rows from the event loop
    doc.calculateAll()
    seen.append(line.getString())
    distribution = doc.Sheets.getByName("Distribusi")
    distribution.getCellRangeByPosition(0, 4, 1, 4).setDataArray(((rows[0][header.index("Unit Kerja")], "Baik"),))
    settle()  # the job fills the formula rows from the event loop
    doc.calculateAll()
    verdict = distribution.getCellByPosition(8, 4).getString()
    rating = pegawai.getCellByPosition(header.index("Rating Hasil Kerja"), 1)
    kept = rating.getString()
    rating.setString("bukan rating")
    doc.calculateAll()
    unjudged = distribution.getCellByPosition(8, 4).getString()
    rating.setString(kept)
    pegawai.getCellByPosition(header.index("Golongan"), 1).setString("bukan golongan")
    settle()  # the job fills the formula rows from the event loop
    doc.calculateAll()
    seen.append(line.getString())
    return tuple(seen) + (verdict, unjudged)


def help_pages(session):
    """The extension's help is registered when the .oxt is installed (its help part deployed by the Extension
    Manager), and LibreOffice's help finds every function's page, and the index page, by its help ID, in
    Indonesian and in English (Language=id, en-US), with the title gen_help.py gave that language's page.
    Only the pages' properties are read: LibreOffice renders a help page with the XSLT of its own help files,
    which a machine without a help pack lacks."""
    passed = failed = 0
    manager = session.ctx.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
    ours = [e for repository in ("user", "shared") for e in manager.getDeployedExtensions(repository, None, None)
            if e.getIdentifier().Value == gen_help.EXTENSION_ID]
    helps = [p for e in ours for p in e.getBundle(None, None)
             if p.getPackageType().getMediaType() == "application/vnd.sun.star.help"]
    registered = [p for p in helps if p.isRegistered(None, None).Value.Value]
    if registered:
        passed += 1
    else:
        failed += 1
        print(f"FAIL help: the extension's help part is not registered ({len(ours)} extension, {len(helps)} help parts)")

    version = session.version()
    if version[0] >= 25:
        # LibreOffice 25.2 ends itself ("Unspecified Application Error") when its help is asked for any
        # extension's page by help ID, even a minimal one; its own pages are unaffected. Nothing in LibreOffice
        # asks for an add-in function's help ID (see README), so users cannot meet it; the lookup is checked on
        # the versions where it works.
        print(f"help pages: lookup by help ID not checked on LibreOffice {'.'.join(map(str, version))}")
        return passed, failed
    ucb = session.smgr.createInstanceWithContext("com.sun.star.ucb.UniversalContentBroker", session.ctx)
    wanted = []
    for name in ("IsErrorDocument", "Title"):
        p = Property()
        p.Name, p.Handle = name, -1
        wanted.append(p)
    command = Command("getPropertyValues", -1, uno.Any("[]com.sun.star.beans.Property", tuple(wanted)))
    for f in gen_help.load_functions() + [None]:
        for lang, folder in gen_help.LANGUAGES.items():
            # The form sfx2 builds for a help ID (SfxHelp::CreateHelpURL_Impl: the ID URI-encoded).
            url = (f"vnd.sun.star.help://scalc/{urllib.parse.quote(gen_help.help_id(f), safe='')}"
                   f"?Language={folder}&System=UNIX")
            row = ucb.queryContent(ucb.createContentIdentifier(url)).execute(command, 0, None)
            error, title = row.getBoolean(1), row.getString(2)
            if not error and title == gen_help.page_title(f, lang):
                passed += 1
            else:
                failed += 1
                print(f"FAIL help page {url}: error document {error}, title {title!r}")
    return passed, failed


ALL = [function_wizard, saved_document, dictionaries_in_files, template_installed, help_pages]
# Also in a headless session with the Indonesian UI (desktop mode has that UI already, so ALL covers it there).
INDONESIAN_UI = [function_wizard]
