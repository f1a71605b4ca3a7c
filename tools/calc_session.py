"""A throw-away headless Calc with the built extension installed, driven over UNO (python3-uno).

Used by the integration tests, `make run` and the benchmarks. What it does, and why
(shared/notes/calc-addin-in-c.md, "Installing and testing headless"):
  1. makes a fresh profile and starts soffice once with --terminate_after_init, because a profile
     that was never started loses its extensions on the first real start;
  2. installs the .oxt with `unopkg add -s` into that profile;
  3. starts soffice listening on a free loopback port and connects (a named pipe would not do: its
     name includes the uid, and the client and soffice run under different users when root).
unopkg refuses to run as root without --shared, so as root every LibreOffice process runs as the
unprivileged user `nobody` (setpriv), with the profile owned by it.
"""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

import uno  # noqa: F401  (python3-uno: sets up the UNO runtime)
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

SOFFICE = "/usr/lib/libreoffice/program/soffice"
UNOPKG = "/usr/lib/libreoffice/program/unopkg"
NOBODY = 65534


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


class CalcSession:
    def __init__(self, oxt, keep=False, env=None, ui_locale=None, start_timeout=60):
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
        self._run([SOFFICE, "--headless", "--terminate_after_init", "--norestore", user])
        if self.ui_locale:
            self._set_ui_locale(self.ui_locale)
        self._run([UNOPKG, "add", "-s", user, oxt_copy])
        self.proc = subprocess.Popen(
            self._cmd([SOFFICE, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
                       "--nolockcheck", user, f"--accept=socket,host=127.0.0.1,port={self.port};urp;StarOffice.ComponentContext"]),
            env=self._env(), cwd=self.root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
        return self

    def _set_ui_locale(self, locale):
        """Sets the user interface language of the profile (needs that language pack installed)."""
        path = os.path.join(self.profile, "user", "registrymodifications.xcu")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        item = ('<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="UILocale" oor:op="fuse">'
                f'<value>{locale}</value></prop></item>\n')
        text = text.replace("</oor:items>", item + "</oor:items>")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def close(self):
        try:
            if self.desktop is not None and self.alive():
                self.desktop.terminate()
        except Exception:
            pass
        if self.proc is not None:
            try:
                self.proc.wait(timeout=30 if self.start_timeout <= 60 else 900)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        if not self.keep:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.close()

    # -- documents -------------------------------------------------------------------------------
    def new_spreadsheet(self):
        return self.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))

    def open(self, path):
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        return self.desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))

    def store(self, doc, path, filter_name):
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        doc.storeToURL(url, (prop("FilterName", filter_name),))


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


# Calc's error codes (formula/errorcodes.hxx) as the user sees them.
ERROR_TEXT = {502: "Err:502", 504: "Err:504", 511: "Err:511", 519: "#VALUE!", 523: "Err:523",
              525: "#NAME?", 532: "#DIV/0!", 32767: "#N/A"}


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
