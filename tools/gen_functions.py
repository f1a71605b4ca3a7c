#!/usr/bin/env python3
"""Generate the IDL, the CalcAddIns.xcu and the C dispatch table from idl/functions.toml.

One list of functions feeds all three places Calc looks at, so they cannot disagree:
  - the IDL method signatures (what Calc's introspection sees and calls),
  - the .xcu (names and descriptions the Function Wizard shows; parameter nodes must match
    the IDL parameter names exactly or the wizard shows ###),
  - the C table the binding dispatches on (method name -> handler, parameter kinds),
  - the .components files (Linux, Windows) that register the implementation under the same names,
  - the print-area job: its registration, its Jobs.xcu and the C table of the areas it keeps ([print_job]), and
    the formula-row blocks the same job keeps on its lists, the roster and the development records ([[formula_rows]]),
  - the ASN Karier menu: the command handler's registration, ProtocolHandler.xcu, Addons.xcu and the C table of
    the commands ([commands]).

Usage:
  python3 -m tools.gen_functions write            regenerate the committed release files
  python3 -m tools.gen_functions check            exit 1 when a committed file differs from what would be generated
  python3 -m tools.gen_functions bench OUTDIR     write the benchmark build's IDL, .xcu and dispatch table (with bench_only functions)
"""
import re
import sys
import tomllib
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "idl" / "functions.toml"
IDL_OUT = ROOT / "idl" / "XAsnKarier.idl"
XCU_OUT = ROOT / "extension" / "CalcAddIns.xcu"
TABLE_OUT = ROOT / "src" / "binding" / "function_table.c"
HANDLERS_OUT = ROOT / "src" / "binding" / "handlers.h"
COMPONENTS_OUT = ROOT / "registration" / "asnkarier.components"
WINDOWS_COMPONENTS_OUT = ROOT / "registration" / "asnkarier-windows.components"
JOBS_OUT = ROOT / "extension" / "Jobs.xcu"
PROTOCOL_OUT = ROOT / "extension" / "ProtocolHandler.xcu"
ADDONS_OUT = ROOT / "extension" / "Addons.xcu"
ROWS_KIND = {"aligned": "ASN_PRINT_ROWS_ALIGNED", "compact": "ASN_PRINT_ROWS_COMPACT"}

UNO_TYPE = {"range": "sequence< sequence< any > >", "value": "any",
            "document": "com::sun::star::beans::XPropertySet"}
C_KIND = {"range": "ASN_PARAM_RANGE", "value": "ASN_PARAM_VALUE", "document": "ASN_PARAM_DOCUMENT"}
BANNER = "GENERATED from idl/functions.toml by tools/gen_functions.py. Do not edit: edit the .toml and run `make generate`."


def load():
    data = tomllib.loads(SOURCE.read_text(encoding="utf-8"))
    functions = data["function"]
    seen = set()
    for f in functions:
        f.setdefault("params", [])
        for key in ("method", "name", "handler", "category", "en", "id"):
            if key not in f:
                sys.exit(f"{SOURCE}: function {f.get('method', '?')} lacks '{key}'")
        if f["method"] in seen:
            sys.exit(f"{SOURCE}: method {f['method']} appears twice")
        seen.add(f["method"])
        if not f["name"].startswith("ASN"):
            sys.exit(f"{SOURCE}: display name {f['name']} must start with ASN (contract)")
        names = set()
        for p in f["params"]:
            if p["kind"] not in UNO_TYPE:
                sys.exit(f"{SOURCE}: {f['method']}.{p['name']}: unknown kind {p['kind']}")
            if p["name"] in names:
                sys.exit(f"{SOURCE}: {f['method']}: parameter {p['name']} twice")
            names.add(p["name"])
            # The Function Wizard shows these: plain words like LibreOffice's own ("Tanggal awal"), not
            # joined words ("ModeKosong", "TopN"); the programmatic p["name"] is what stays CamelCase.
            for key in ("en_name", "id_name"):
                if re.search(r"[a-z][A-Z]|[a-z]N\b", p.get(key, "")):
                    sys.exit(f"{SOURCE}: {f['method']}.{p['name']}: {key} {p.get(key)!r} joins words")
    job = data["print_job"]
    for area in job["area"]:
        if area.get("rows") not in ROWS_KIND:
            sys.exit(f"{SOURCE}: print_job area {area.get('sheet')}: rows must be one of {', '.join(ROWS_KIND)}")
        if not re.fullmatch(r"ASNKARIER_[A-Z_]+", area.get("key", "")):
            sys.exit(f"{SOURCE}: print_job area {area.get('sheet')}: key must be a named range ASNKARIER_...")
        if not isinstance(area.get("header_last_row"), int) or area["header_last_row"] < 0:
            sys.exit(f"{SOURCE}: print_job area {area.get('sheet')}: header_last_row must be a row number")
        if "fitted_from" in area and not re.fullmatch(r"ASNKARIER_[A-Z_]+", area["fitted_from"]):
            sys.exit(f"{SOURCE}: print_job area {area.get('sheet')}: fitted_from must be a named range ASNKARIER_...")
    data["addin"]["job"] = job
    groups = data["formula_rows"]
    for rows in groups:
        rows.setdefault("retired_rows", [])
        rows.setdefault("retired_arrays", [])
        for name in ([rows["key"], rows["last_row"]] + rows["rows"] + rows["arrays"] + rows["retired_rows"]
                     + rows["retired_arrays"]):
            if not re.fullmatch(r"ASNKARIER_[A-Z_]+", name):
                sys.exit(f"{SOURCE}: formula_rows: {name} must be a named range ASNKARIER_...")
    data["addin"]["formula_rows"] = groups
    commands = data["commands"]
    if not commands.get("protocol", "").endswith(":"):
        sys.exit(f"{SOURCE}: commands.protocol must end with ':'")
    for c in commands["command"]:
        for key in ("name", "run", "title_en", "title_id"):
            if key not in c:
                sys.exit(f"{SOURCE}: command {c.get('name', '?')} lacks '{key}'")
        if not re.fullmatch(r"[A-Z][A-Za-z]+", c["name"]) or not re.fullmatch(r"asn_[a-z_]+_run", c["run"]):
            sys.exit(f"{SOURCE}: command {c['name']}: a CamelCase name and a C function asn_..._run")
    data["addin"]["commands"] = commands
    return data["addin"], functions


def module_path(qualified):
    parts = qualified.split(".")
    return parts[:-1], parts[-1]


def idl_text(addin, functions):
    modules, iface = module_path(addin["interface"])
    out = [f"/* {BANNER} */", ""]
    out.append(" ".join(f"module {m} {{" for m in modules))
    out.append("")
    out.append("/** The spreadsheet functions of ASN Karier (contract: docs/functions.md, v1).")
    out.append("    Every method returns any: a number, a text, a sequence< sequence< any > > or void (#N/A). */")
    out.append(f"published interface {iface} : com::sun::star::uno::XInterface")
    out.append("{")
    for f in functions:
        args = ", ".join(f"[in] {UNO_TYPE[p['kind']]} {p['name']}" for p in f["params"])
        out.append(f"    /** {f['name']}: {f['en']} */")
        out.append(f"    any {f['method']}({args});")
    out.append("};")
    out.append("")
    out.append(" ".join("};" for _ in modules))
    out.append("")
    return "\n".join(out)


def xcu_text(addin, functions):
    def texts(prop, en, idn, ind):
        pad = " " * ind
        return (f'{pad}<prop oor:name="{prop}">\n'
                f'{pad}  <value xml:lang="en-US">{escape(en)}</value>\n'
                f'{pad}  <value xml:lang="id">{escape(idn)}</value>\n'
                f'{pad}</prop>\n')

    out = ['<?xml version="1.0" encoding="UTF-8"?>\n', f"<!-- {BANNER} -->\n",
           '<oor:component-data xmlns:oor="http://openoffice.org/2001/registry" '
           'xmlns:xs="http://www.w3.org/2001/XMLSchema" oor:name="CalcAddIns" oor:package="org.openoffice.Office">\n',
           '  <node oor:name="AddInInfo">\n',
           f'    <node oor:name="{addin["service"]}" oor:op="replace">\n',
           '      <node oor:name="AddInFunctions">\n']
    for f in functions:
        out.append(f'        <node oor:name="{f["method"]}" oor:op="replace">\n')
        # The display name is the same in every UI language (contract: a sheet typed in one UI works in another).
        out.append(texts("DisplayName", f["name"], f["name"], 10))
        out.append(texts("Description", f["en"], f["id"], 10))
        out.append(f'          <prop oor:name="Category">\n            <value>{escape(f["category"])}</value>\n          </prop>\n')
        out.append('          <node oor:name="Parameters">\n')
        for p in f["params"]:
            if p["kind"] == "document":
                continue  # Calc fills it in (the calling document) and never shows it
            out.append(f'            <node oor:name="{p["name"]}" oor:op="replace">\n')
            out.append(texts("DisplayName", p["en_name"], p["id_name"], 14))
            out.append(texts("Description", p["en"], p["id"], 14))
            out.append('            </node>\n')
        out.append('          </node>\n')
        out.append('        </node>\n')
    out.append('      </node>\n    </node>\n  </node>\n</oor:component-data>\n')
    return "".join(out)


def components_text(addin, library):
    # environment="uno": the library is binary UNO (C), bridged into LibreOffice's C++ world. One file per
    # platform (the manifest names each with its platform): the same component in asnkarier.so or .dll.
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- {BANNER} -->
<components xmlns="http://openoffice.org/2010/uno-components">
  <component loader="com.sun.star.loader.SharedLibrary" environment="uno" uri="{library}">
    <implementation name="{addin['implementation']}">
      <service name="{addin['service']}"/>
      <service name="com.sun.star.sheet.AddIn"/>
    </implementation>
    <implementation name="{addin['job']['implementation']}">
      <service name="{addin['job']['service']}"/>
    </implementation>
    <implementation name="{addin['commands']['implementation']}">
      <service name="com.sun.star.frame.ProtocolHandler"/>
    </implementation>
  </component>
</components>
"""


def jobs_text(job):
    # onDocumentAdded: the job executor's own event for OnLoadFinished (any document loaded, also from a template)
    # and OnCreate (a new one). Not onDocumentOpened (OnNew, OnLoad): sfx2 sends those only once a document is shown
    # in a window (SfxObjectShell::PostActivateEvent_Impl), never for a hidden one, such as a script's or a
    # converter's. Context: spreadsheets only (framework/source/jobs/jobdata.cxx, hasCorrectContext).
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- {BANNER} -->
<oor:component-data xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
                    oor:name="Jobs" oor:package="org.openoffice.Office">
  <node oor:name="Jobs">
    <node oor:name="AsnKarierPrintAreas" oor:op="replace">
      <prop oor:name="Service">
        <value>{job['service']}</value>
      </prop>
      <prop oor:name="Context">
        <value>com.sun.star.sheet.SpreadsheetDocument</value>
      </prop>
    </node>
  </node>
  <node oor:name="Events">
    <node oor:name="onDocumentAdded" oor:op="fuse">
      <node oor:name="JobList">
        <node oor:name="AsnKarierPrintAreas" oor:op="replace"/>
      </node>
    </node>
  </node>
</oor:component-data>
"""


def protocol_text(commands):
    # The framework creates the handler by its implementation name for every URL of the protocol (framework/source/
    # services/.../handlercache.cxx): one node per handler, named so.
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- {BANNER} -->
<oor:component-data xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
                    oor:name="ProtocolHandler" oor:package="org.openoffice.Office">
  <node oor:name="HandlerSet">
    <node oor:name="{commands['implementation']}" oor:op="replace">
      <prop oor:name="Protocols" oor:type="oor:string-list">
        <value>{escape(commands['protocol'])}*</value>
      </prop>
    </node>
  </node>
</oor:component-data>
"""


def addons_text(commands):
    # OfficeMenuBar: a top-level menu of its own (before Window), only where Context matches: spreadsheets.
    def titles(en, idn, indent):
        pad = " " * indent
        return (f'{pad}<prop oor:name="Title" oor:type="xs:string">\n'
                f'{pad}  <value xml:lang="en-US">{escape(en)}</value>\n'
                f'{pad}  <value xml:lang="id">{escape(idn)}</value>\n'
                f'{pad}</prop>')
    items = []
    for k, c in enumerate(commands["command"]):
        items.append(f"""          <node oor:name="m{k + 1:02d}" oor:op="replace">
            <prop oor:name="URL" oor:type="xs:string">
              <value>{escape(commands['protocol'] + c['name'])}</value>
            </prop>
{titles(c['title_en'], c['title_id'], 12)}
            <prop oor:name="Target" oor:type="xs:string">
              <value>_self</value>
            </prop>
            <prop oor:name="Context" oor:type="xs:string">
              <value>com.sun.star.sheet.SpreadsheetDocument</value>
            </prop>
          </node>""")
    body = "\n".join(items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- {BANNER} -->
<oor:component-data xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
                    oor:name="Addons" oor:package="org.openoffice.Office">
  <node oor:name="AddonUI">
    <node oor:name="OfficeMenuBar">
      <node oor:name="{commands['implementation']}.menu" oor:op="replace">
{titles(commands['menu_en'], commands['menu_id'], 8)}
        <prop oor:name="Context" oor:type="xs:string">
          <value>com.sun.star.sheet.SpreadsheetDocument</value>
        </prop>
        <node oor:name="Submenu">
{body}
        </node>
      </node>
    </node>
  </node>
</oor:component-data>
"""


def c_string(s):
    b = s.encode("utf-8")
    out = []
    for ch in b:
        c = chr(ch)
        if c in '\\"':
            out.append("\\" + c)
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append(f'\\{ch:03o}')
    return '"' + "".join(out) + '"'


def handlers_text(functions):
    out = [f"/* {BANNER} */", "/* The handlers the dispatch table names; each lives in a src/binding/fn_*.c file. */",
           "#ifndef ASN_BINDING_HANDLERS_H", "#define ASN_BINDING_HANDLERS_H", "", '#include "arguments.h"', ""]
    out += [f"void {f['handler']}(asn_call *call);" for f in functions]
    out += ["", "#endif", ""]
    return "\n".join(out)


def bench_handlers_text(functions):
    out = [f"/* {BANNER} */", "/* The benchmark build's own handlers (src/binding/fn_bench.c). */",
           "#ifndef ASN_BINDING_BENCH_HANDLERS_H", "#define ASN_BINDING_BENCH_HANDLERS_H", "", '#include "arguments.h"', ""]
    out += [f"void {f['handler']}(asn_call *call);" for f in functions if f.get("bench_only", False)]
    out += ["", "#endif", ""]
    return "\n".join(out)


def table_text(addin, functions, bench=False):
    """The dispatch table and the component's names. With `bench`, the benchmark build's table: every function,
    the bench_only ones declared in bench_handlers.h beside it (their handlers are src/binding/fn_bench.c, which only
    that build links)."""
    out = [f"/* {BANNER} */",
           "/* The dispatch table and the names of the component" + (" (the benchmark build's)" if bench else "") + ". */",
           '#include "arguments.h"', '#include "command_handler.h"', '#include "formula_rows.h"',
           '#include "handlers.h"', '#include "print_job.h"', '#include "uno_implementing.h"', ""]
    if bench:
        out += ['#include "bench_handlers.h"', ""]
    out.append(f"#define ASN_SERVICE_NAME {c_string(addin['service'])}")
    out.append(f"#define ASN_IMPLEMENTATION_NAME {c_string(addin['implementation'])}")
    out.append(f"#define ASN_INTERFACE_NAME {c_string(addin['interface'])}")
    out.append(f"#define ASN_JOB_SERVICE_NAME {c_string(addin['job']['service'])}")
    out.append(f"#define ASN_JOB_IMPLEMENTATION_NAME {c_string(addin['job']['implementation'])}")
    out.append(f"#define ASN_COMMANDS_IMPLEMENTATION_NAME {c_string(addin['commands']['implementation'])}")
    out.append(f"#define ASN_COMMAND_PROTOCOL {c_string(addin['commands']['protocol'])}")
    out.append("")
    out.append("const asn_command_info asn_commands[] = { /* each run function is declared in command_handler.h */")
    for c in addin["commands"]["command"]:
        out.append(f"    {{ {c_string(c['name'])}, {c['run']} }},")
    out.append("};")
    out.append("const size_t asn_command_count = sizeof asn_commands / sizeof asn_commands[0];")
    out.append("")
    out.append("const asn_print_area_info asn_print_areas[] = {")
    for a in addin["job"]["area"]:
        fitted = c_string(a["fitted_from"]) if "fitted_from" in a else "NULL"
        out.append(f"    {{ {c_string(a['sheet'])}, {c_string(a['key'])}, {{ {ROWS_KIND[a['rows']]}, {a['header_last_row']} }}, "
                   f"{fitted} }},")
    out.append("};")
    out.append("const size_t asn_print_area_count = sizeof asn_print_areas / sizeof asn_print_areas[0];")
    out.append("")
    groups = addin["formula_rows"]
    for g, rows in enumerate(groups):
        # The job follows the retired row blocks and arrays too, in the workbooks made from an older template that
        # define them.
        for kind, names in (("rows", rows["rows"] + rows["retired_rows"]),
                            ("arrays", rows["arrays"] + rows["retired_arrays"])):
            out.append(f"static const char *const formula_{kind}_{g}[] = {{ "
                       + ", ".join(c_string(n) for n in names) + " };")
        out.append(f"_Static_assert(sizeof formula_arrays_{g} / sizeof formula_arrays_{g}[0] <= "
                   "ASN_FORMULA_LIST_MAX_ARRAYS, \"formula_rows.c F5 holds at most ASN_FORMULA_LIST_MAX_ARRAYS "
                   "arrays of a list\");")
    out.append("const asn_formula_list asn_formula_lists[] = {")
    for g, rows in enumerate(groups):
        out.append(f"    {{ {c_string(rows['key'])}, {c_string(rows['last_row'])},")
        out.append(f"      formula_rows_{g}, sizeof formula_rows_{g} / sizeof formula_rows_{g}[0],")
        out.append(f"      formula_arrays_{g}, sizeof formula_arrays_{g} / sizeof formula_arrays_{g}[0] }},")
    out.append("};")
    out.append("const size_t asn_formula_list_count = sizeof asn_formula_lists / sizeof asn_formula_lists[0];")
    out.append("")
    for f in functions:
        if f["params"]:
            out.append(f"static const asn_param_info {f['handler']}_params[] = {{")
            for p in f["params"]:
                out.append(f"    {{ {c_string(p['name'])}, {C_KIND[p['kind']]},")
                out.append(f"      {{ {c_string(p['en_name'])}, {c_string(p['id_name'])} }},")
                out.append(f"      {{ {c_string(p['en'])},")
                out.append(f"        {c_string(p['id'])} }} }},")
            out.append("};")
    out.append("")
    out.append("const asn_function_info asn_functions[] = {")
    for f in functions:
        params = f"{f['handler']}_params" if f["params"] else "NULL"
        out.append(f"    {{ {c_string(f['method'])}, {c_string(f['name'])}, {c_string(f['category'])}, {f['handler']},")
        out.append(f"      {len(f['params'])}, {params},")
        out.append(f"      {{ {c_string(f['en'])},")
        out.append(f"        {c_string(f['id'])} }} }},")
    out.append("};")
    out.append("const size_t asn_function_count = sizeof asn_functions / sizeof asn_functions[0];")
    out.append("")
    out += ["const char asn_service_name[] = ASN_SERVICE_NAME;",
            "const char asn_implementation_name[] = ASN_IMPLEMENTATION_NAME;",
            "const char asn_interface_name[] = ASN_INTERFACE_NAME;",
            "const char asn_job_service_name[] = ASN_JOB_SERVICE_NAME;",
            "const char asn_job_implementation_name[] = ASN_JOB_IMPLEMENTATION_NAME;",
            "const char asn_commands_implementation_name[] = ASN_COMMANDS_IMPLEMENTATION_NAME;",
            "const char asn_command_protocol[] = ASN_COMMAND_PROTOCOL;",
            "#ifndef ASN_EXTENSION_ID",
            '#error "ASN_EXTENSION_ID must be defined by the build (from description.xml)"',
            "#endif",
            "const char asn_extension_identifier[] = ASN_EXTENSION_ID;", ""]
    return "\n".join(out)


def main(argv):
    addin, functions = load()
    release = [f for f in functions if not f.get("bench_only")]
    outputs = {
        IDL_OUT: idl_text(addin, release),
        XCU_OUT: xcu_text(addin, release),
        TABLE_OUT: table_text(addin, release),
        COMPONENTS_OUT: components_text(addin, "asnkarier.so"),
        WINDOWS_COMPONENTS_OUT: components_text(addin, "asnkarier.dll"),
        HANDLERS_OUT: handlers_text(release),
        JOBS_OUT: jobs_text(addin["job"]),
        PROTOCOL_OUT: protocol_text(addin["commands"]),
        ADDONS_OUT: addons_text(addin["commands"]),
    }
    cmd = argv[1] if len(argv) > 1 else "write"
    if cmd == "write":
        for path, text in outputs.items():
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
                print(f"wrote {path.relative_to(ROOT)}")
        return 0
    if cmd == "check":
        stale = [str(p.relative_to(ROOT)) for p, t in outputs.items()
                 if not p.exists() or p.read_text(encoding="utf-8") != t]
        if stale:
            print("function list drift: regenerate with `make generate`: " + ", ".join(stale))
            return 1
        print(f"function list: IDL, .xcu and dispatch table agree ({len(release)} functions)")
        return 0
    if cmd == "bench" and len(argv) == 3:
        outdir = Path(argv[2])
        outdir.mkdir(parents=True, exist_ok=True)
        (outdir / "XAsnKarier.idl").write_text(idl_text(addin, functions), encoding="utf-8")
        (outdir / "CalcAddIns.xcu").write_text(xcu_text(addin, functions), encoding="utf-8")
        (outdir / "function_table.c").write_text(table_text(addin, functions, bench=True), encoding="utf-8")
        (outdir / "bench_handlers.h").write_text(bench_handlers_text(functions), encoding="utf-8")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
