"""A throw-away headless Calc with the built extension installed, driven over UNO (python3-uno).

Used by the integration tests, `make run` and the benchmarks. What it does, and why:
  1. makes a fresh profile and starts soffice once with --terminate_after_init, because a profile
     that was never started loses its extensions on the first real start;
  2. installs the .oxt with `unopkg add -s` into that profile (install=False: not, as on a computer without it);
  3. starts soffice listening on a free loopback port and connects (a named pipe would not do: its
     name includes the uid, and the client and soffice run under different users when root).
unopkg refuses to run as root without --shared, so as root every LibreOffice process runs as the
unprivileged user `nobody` (setpriv), with the profile owned by it.

Two modes (the `mode` argument):
  "headless"  soffice --headless: the C locale, no display (fast; what the tests ran in first);
  "desktop"   Calc as HR officers run it: a real window on a private Xvfb display, the gtk3 plugin,
              LANG/LC_ALL=id_ID.UTF-8 (so the process's C numeric locale uses the decimal comma) and the
              Indonesian UI. Headless Calc stays in the C locale and hid two defects every user hit.
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

import uno  # noqa: F401  (python3-uno: sets up the UNO runtime)
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

SOFFICE = "/usr/lib/libreoffice/program/soffice"
UNOPKG = "/usr/lib/libreoffice/program/unopkg"
NOBODY = 65534
MODES = ("headless", "desktop")
DESKTOP_LOCALE = "id_ID.UTF-8"
LOAD_SECONDS = 300  # a desktop load that has not returned by then is hung (the largest test workbook loads in ~30 s)


class VirtualDisplay:
    """A private Xvfb server (Xvfb picks a free display number itself: -displayfd) with a window manager,
    as a user's desktop has: without one, gtk3 windows stay 24 pixels wide and never get their content."""

    def __init__(self):
        r, w = os.pipe()
        self.proc = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", "1600x1000x24", "-nolisten", "tcp",
                                      "-ac", "-noreset"], pass_fds=(w,), stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        os.close(w)
        with os.fdopen(r) as f:
            number = f.readline().strip()
        if not number:
            self.proc.kill()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        self.window_manager = subprocess.Popen(["openbox"], env=dict(os.environ, DISPLAY=self.display),
                                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def close(self):
        self.window_manager.terminate()
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


class CalcSession:
    def __init__(self, oxt, keep=False, env=None, ui_locale=None, start_timeout=60, mode="headless",
                 settings=(), install=True):
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        self.mode = mode
        self.settings = tuple(settings)  # more (node, property, value) profile settings, e.g. the recalc mode
        self.install = install  # False: a LibreOffice without the extension, as on a computer that lacks it
        self.display = None
        if mode == "desktop":
            ui_locale = ui_locale or "id"
        self.oxt = os.path.abspath(oxt)
        self.keep = keep
        self.root = tempfile.mkdtemp(prefix="asnkarier-calc-")
        self.profile = os.path.join(self.root, "profile")
        self.port = free_port()
        self.proc = None
        self.desktop = None
        self.extra_env = env or {}
        self.ui_locale = ui_locale
        self.start_timeout = start_timeout
        os.chmod(self.root, 0o777)
        if os.geteuid() == 0:
            os.chown(self.root, NOBODY, NOBODY)

    # -- processes -------------------------------------------------------------------------------
    def _cmd(self, argv):
        if os.geteuid() == 0:
            return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"] + argv
        return argv

    def _env(self):
        env = dict(os.environ)
        env["HOME"] = self.root
        env.pop("DISPLAY", None)
        if self.mode == "desktop":
            env.update({"DISPLAY": self.display.display, "SAL_USE_VCLPLUGIN": "gtk3", "LANG": DESKTOP_LOCALE,
                        "LC_ALL": DESKTOP_LOCALE, "LANGUAGE": "id", "NO_AT_BRIDGE": "1"})
        env.update(self.extra_env)
        return env

    def _run(self, argv, timeout=180):
        r = subprocess.run(self._cmd(argv), env=self._env(), cwd=self.root, timeout=timeout,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if r.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)} failed ({r.returncode}):\n{r.stdout}")
        return r.stdout

    def start(self):
        user = f"-env:UserInstallation=file://{self.profile}"
        oxt_copy = os.path.join(self.root, os.path.basename(self.oxt))
        shutil.copy(self.oxt, oxt_copy)
        os.chmod(oxt_copy, 0o644)
        if self.mode == "desktop":
            self.display = VirtualDisplay()
        self._run([SOFFICE, "--headless", "--terminate_after_init", "--norestore", user])
        self._set_profile_items(self._profile_items())
        if self.install:
            self._run([UNOPKG, "add", "-s", user, oxt_copy])
        return self._launch()

    def _launch(self):
        """Starts soffice on the prepared profile and connects to it."""
        user = f"-env:UserInstallation=file://{self.profile}"
        self.port = free_port()
        self.loads = 0  # documents loaded by this process
        headless = ["--headless", "--invisible"] if self.mode == "headless" else []
        self.proc = subprocess.Popen(
            self._cmd([SOFFICE] + headless + ["--norestore", "--nologo", "--nodefault", "--nolockcheck", user,
                                              f"--accept=socket,host=127.0.0.1,port={self.port};urp;StarOffice.ComponentContext"]),
            env=self._env(), cwd=self.root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)  # its own process group: close() can end soffice.bin and its launcher together
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + self.start_timeout
        while True:
            try:
                self.ctx = resolver.resolve(
                    f"uno:socket,host=127.0.0.1,port={self.port};urp;StarOffice.ComponentContext")
                break
            except NoConnectException:
                if time.time() > deadline or self.proc.poll() is not None:
                    raise RuntimeError("soffice did not start listening")
                time.sleep(0.2)
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        global _current
        _current = self
        return self

    def settle(self):
        """Lets Calc run the events it has queued. The extension's job fills a committee workbook's formula rows and
        sets its print areas from LibreOffice's event loop after a change (src/binding/print_job.c J9), as soon as
        the change has ended: a script that changes the roster and then reads results lets those events run first,
        as the desktop does between a user's keystrokes."""
        self.smgr.createInstanceWithContext("com.sun.star.awt.Toolkit", self.ctx).processEventsToIdle()

    def version(self):
        """(major, minor) of the running LibreOffice, from its configuration (Setup/Product/ooSetupVersion)."""
        if getattr(self, "_version", None) is None:
            self._version = self._read_version()
        return self._version

    def _read_version(self):
        provider = self.smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", self.ctx)
        access = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                      (prop("nodepath", "/org.openoffice.Setup/Product"),))
        return tuple(int(x) for x in access.getByName("ooSetupVersion").split(".")[:2])

    def _profile_items(self):
        """(path, property, value) settings written into the fresh profile before the real start."""
        items = []
        if self.ui_locale:  # the user interface language (needs that language pack installed)
            items.append(("/org.openoffice.Office.Linguistic/General", "UILocale", self.ui_locale))
        if self.mode == "desktop":  # no dialog may wait for a click that never comes
            items.append(("/org.openoffice.Office.Common/Misc", "ShowTipOfTheDay", "false"))
            items.append(("/org.openoffice.Setup/Product", "ooSetupLastVersion", "99.0"))
        return items + list(self.settings)

    def _set_profile_items(self, items):
        if not items:
            return
        path = os.path.join(self.profile, "user", "registrymodifications.xcu")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        added = "".join(f'<item oor:path="{node}"><prop oor:name="{name}" oor:op="fuse"><value>{value}</value></prop></item>\n'
                        for node, name, value in items)
        text = text.replace("</oor:items>", added + "</oor:items>")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def close(self):
        if self.desktop is not None and self.alive():
            try:
                # A document a test left modified (say, after a failed check) would make desktop Calc ask
                # "Save document?" and wait for a click that never comes: nothing here is kept.
                components = self.desktop.Components.createEnumeration()
                while components.hasMoreElements():
                    component = components.nextElement()
                    try:  # one that refuses (a read-only document) must not keep the others modified
                        component.setModified(False)
                    except Exception:
                        pass
            except Exception:
                pass
            try:
                self.desktop.terminate()
            except Exception:
                pass
        if self.proc is not None:
            try:
                self.proc.wait(timeout=30 if self.start_timeout <= 60 else 900)
            except subprocess.TimeoutExpired:
                self._kill()  # the launcher and soffice.bin, which the launcher starts as its child
        if self.display is not None:
            self.display.close()
        if not self.keep:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.close()

    # -- documents -------------------------------------------------------------------------------
    def load_arguments(self):
        """Desktop mode opens documents in real windows, as a user does; headless ones stay hidden."""
        return (prop("Hidden", self.mode == "headless"),)

    def _shown(self, doc):
        """Desktop mode: the window is maximised, as a user's usually is (a new profile remembers no size)."""
        if self.mode == "desktop" and doc is not None:
            doc.getCurrentController().getFrame().getContainerWindow().IsMaximized = True
        return doc

    def _load(self, url, arguments):
        """loadComponentFromURL. Desktop Calc (LibreOffice 7.4, gtk3) can deadlock in it: while the new window's
        menu bar is set up, the UNO thread asks the system clipboard for the Paste state through a nested gtk
        main loop, and the main thread waits for that loop's context (seen once in make check: the load never
        returned, and make check waited until killed). So a desktop load is watched: if it has not returned in
        LOAD_SECONDS, soffice is ended; when no other document was open (none is lost), soffice is started again
        on the same profile and the load tried once more, else the test fails at once."""
        if self.mode != "desktop":
            return self.desktop.loadComponentFromURL(url, "_blank", 0, arguments)
        for attempt in (1, 2):
            alone = self.loads == 0 or not self._open_documents()
            result = {}

            def load():
                try:
                    result["doc"] = self.desktop.loadComponentFromURL(url, "_blank", 0, arguments)
                except Exception as e:  # reported below, in the caller's thread
                    result["error"] = e
            worker = threading.Thread(target=load, daemon=True)
            worker.start()
            worker.join(LOAD_SECONDS)
            if not worker.is_alive():
                if "error" in result:
                    raise result["error"]
                self.loads += 1
                return result["doc"]
            self._kill()
            print(f"desktop Calc did not return from loading {url} within {LOAD_SECONDS} s (attempt {attempt}): "
                  f"{'starting it again' if alone and attempt == 1 else 'giving up'}", file=sys.stderr)
            if not alone or attempt == 2:
                raise RuntimeError(f"desktop Calc hung while loading {url}")
            self._launch()

    def _open_documents(self):
        """How many documents the running soffice has open (1 when it cannot tell: then nothing is restarted)."""
        try:
            found = self.desktop.getComponents().createEnumeration()
            count = 0
            while found.hasMoreElements():
                found.nextElement()
                count += 1
            return count
        except Exception:
            return 1

    def _kill(self):
        try:
            os.killpg(self.proc.pid, 9)
        except OSError:
            self.proc.kill()
        self.proc.wait(timeout=30)

    def new_spreadsheet(self):
        return self._shown(self._load("private:factory/scalc", self.load_arguments()))

    def open(self, path, as_template=False):
        """Opens a file as File > Open does; as_template=True as File > New > Templates does (a new,
        untitled document made from the file)."""
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        extra = (prop("AsTemplate", True),) if as_template else ()
        return self._shown(self._load(url, self.load_arguments() + extra))

    def store(self, doc, path, filter_name):
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        doc.storeToURL(url, (prop("FilterName", filter_name),))


_current = None  # the session started last (settle() without a session at hand)


ADDIN_PREFIX = "org.asnkarier.calc.AsnKarier."  # an add-in function's programmatic name: this + its name in lower case
ENGLISH_NAMES_FROM = (7, 4)  # the first LibreOffice whose API formulas take an add-in's English name (7.0 does not)


def api_formula(formula):
    """`formula` as setFormula (Calc's API grammar) takes it in the LibreOffice of the session started last. LibreOffice
    7.0 knows an add-in function there only by its programmatic name (=org.asnkarier.calc.AsnKarier.asnscore(...)),
    which every version takes; from 7.4 on also by its English name (=ASNSCORE(...)), left as it is. A user types
    the English or the Indonesian name in every version: that is the UI's grammar, not this one."""
    if _current is None or _current.version() >= ENGLISH_NAMES_FROM:
        return formula
    return re.sub(r"\b(ASN[A-Z]+)(?=\s*\()", lambda m: ADDIN_PREFIX + m.group(1).lower(), formula)


def settle():
    """CalcSession.settle() of the session started last."""
    if _current is not None:
        _current.settle()


def settle_until(done, seconds=10.0):
    """settle() until done() is true, for at most `seconds`; done()'s last answer. In desktop Calc the event loop
    runs in Calc's main thread as well: one processEventsToIdle from a script can return while a callback that the
    job posted during a Redo is still to run there (measured: the ranking read empty after one settle, full after
    the next). A user sees it a moment later; a check waits as long, and still fails when it never comes."""
    deadline = time.monotonic() + seconds
    while True:
        settle()
        answer = done()
        if answer or time.monotonic() > deadline:
            return answer
        time.sleep(0.1)


def median_recalc(doc, repeat):
    """Seconds of a full recalculation (calculateAll), the median of `repeat`, after one that is not counted
    (the first calculation after formulas were set also compiles and fills caches)."""
    import statistics

    doc.calculateAll()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        doc.calculateAll()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def soffice_peak_kib(session):
    """The peak resident memory (VmHWM, KiB) of the session's soffice.bin process, or None."""
    pid = None
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                with open(f"/proc/{p}/cmdline", "rb") as f:
                    cmd = f.read()
            except OSError:
                continue
            if b"soffice.bin" in cmd and str(session.port).encode() in cmd:
                pid = p
    if pid is None:
        return None
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return None


# Calc's error codes (formula/errorcodes.hxx) as the user sees them.
ERROR_TEXT = {502: "Err:502", 504: "Err:504", 511: "Err:511", 519: "#VALUE!", 523: "Err:523",
              525: "#NAME?", 532: "#DIV/0!", 32767: "#N/A"}


def formula_error_cells(doc):
    """{sheet name: (count, first cell name)} of the formula cells whose result is an error, as the document
    holds them now (no recalculation is asked for)."""
    from com.sun.star.sheet.FormulaResult import ERROR

    found = {}
    for sheet in doc.Sheets:
        ranges = sheet.queryFormulaCells(ERROR)
        count, first = 0, None
        for address in ranges.getRangeAddresses():
            count += (address.EndRow - address.StartRow + 1) * (address.EndColumn - address.StartColumn + 1)
            if first is None:
                first = sheet.getCellByPosition(address.StartColumn, address.StartRow).AbsoluteName
        found[sheet.Name] = (count, first)
    return found


def cell_result(cell):
    """What the user sees in a cell: ('error', 'Err:502'), ('number', 81.0), ('text', 'Baik') or ('empty', '')."""
    err = cell.getError()
    if err:
        return ("error", ERROR_TEXT.get(err, f"Err:{err}"))
    t = cell.getType().value  # EMPTY, VALUE, TEXT, FORMULA
    if t == "FORMULA":
        rt = cell.FormulaResultType2  # com.sun.star.sheet.FormulaResult: VALUE 1, STRING 2, ERROR 4
        if rt == 2:
            s = cell.getString()
            return ("empty", "") if s == "" else ("text", s)
        return ("number", cell.getValue())
    if t == "VALUE":
        return ("number", cell.getValue())
    if t == "TEXT":
        return ("text", cell.getString())
    return ("empty", "")
