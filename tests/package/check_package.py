#!/usr/bin/env python3
"""What the Extension Manager shows of the built .oxt, checked without starting LibreOffice.

  1. description.xml validates against tests/package/description.xsd (LibreOffice's description format);
  2. every file description.xml or the manifest names is in the package;
  3. the icons are 42x42 PNG images, normal and high contrast;
  4. the publisher and the description exist in Indonesian and English, and the descriptions mention the
     committee template and the feedback pages;
  5. the Indonesian licence text is the Indonesian notice followed by the official English GPL text, unchanged;
  6. every function has a help page in both languages, and so has the index; the template lies in the folder
     that is its category in the Template Manager.

Usage: python3 -m tests.package.check_package OXT
"""
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
from tests.calc.tally import Tally  # noqa: E402
D = "{http://openoffice.org/extensions/description/2006}"
XLINK = "{http://www.w3.org/1999/xlink}href"
MANIFEST = "{http://openoffice.org/2001/manifest}"


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def main(argv):
    oxt = zipfile.ZipFile(argv[1])
    names = set(oxt.namelist())
    t = Tally()

    # 1
    description = oxt.read("description.xml")
    schema = ROOT / "tests" / "package" / "description.xsd"
    r = subprocess.run(["xmllint", "--noout", "--schema", str(schema), "-"], input=description,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    t.check(r.returncode == 0, f"package: description.xml does not validate:\n{r.stdout.decode()}")

    # 2
    root = ET.fromstring(description)
    links = [e.get(XLINK) for e in root.iter() if e.get(XLINK)]
    for link in links:
        if "://" not in link:
            t.check(link in names, f"package: description.xml names {link}, which the package lacks")
    manifest = ET.fromstring(oxt.read("META-INF/manifest.xml"))
    for entry in manifest.iter(f"{MANIFEST}file-entry"):
        path = entry.get(f"{MANIFEST}full-path")
        t.check(path in names or any(n.startswith(path + "/") for n in names),
                f"package: the manifest names {path}, which the package lacks")

    # 3
    for kind in ("default", "high-contrast"):
        icon = root.find(f"{D}icon/{D}{kind}")
        t.check(icon is not None, f"package: no {kind} icon in description.xml")
        if icon is not None and icon.get(XLINK) in names:
            size = png_size(oxt.read(icon.get(XLINK)))
            t.check(size == (42, 42), f"package: the {kind} icon is not a 42x42 PNG ({size})")

    # 4
    for parent, child in (("publisher", "name"), ("display-name", "name"), ("extension-description", "src")):
        langs = {e.get("lang") for e in root.findall(f"{D}{parent}/{D}{child}")}
        t.check({"id", "en"} <= langs, f"package: {parent} lacks Indonesian or English ({sorted(langs)})")
    texts = {e.get("lang"): oxt.read(e.get(XLINK)).decode("utf-8")
             for e in root.findall(f"{D}extension-description/{D}src")}
    t.check("templat" in texts.get("id", "").lower() and "umpan balik" in texts.get("id", "").lower(),
            "package: the Indonesian description does not mention the template and the feedback pages")
    t.check("template" in texts.get("en", "").lower() and "feedback" in texts.get("en", "").lower(),
            "package: the English description does not mention the template and the feedback pages")

    # 5
    licence = oxt.read("LICENSE.txt")
    notice = (ROOT / "extension" / "LICENSE-notice-id.txt").read_bytes()
    t.check(licence.startswith(b"                    GNU GENERAL PUBLIC LICENSE"), "package: LICENSE.txt is not the GPL text")
    t.check(oxt.read("LICENSE-id.txt") == notice + licence,
            "package: LICENSE-id.txt is not the Indonesian notice followed by the unchanged GPL text")

    t.check("templates/ASN Karier/peringkat-asn.ots" in names,
            "package: the template is not in templates/ASN Karier/ (its category in the Template Manager)")

    # 6
    spec = tomllib.loads((ROOT / "idl" / "functions.toml").read_text(encoding="utf-8"))
    pages = [f["name"] for f in spec["function"] if not f.get("bench_only")] + ["index"]
    for lang in ("id", "en-US"):
        missing = [p for p in pages if f"help/{lang}/org.asnkarier.calc/{p}.xhp" not in names]
        t.check(not missing, f"package: help pages missing in {lang}: {missing}")

    return t.report("package")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
