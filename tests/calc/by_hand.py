"""Driving desktop Calc as a person does: keystrokes and the clipboard through the X server (xdotool, xclip), so
that what Calc does with typed, picked and pasted input is what is tested — not what setString or setDataArray
does, which skips Calc's input handling (number recognition, AutoCorrect, validity, the Text Import dialog).

UNO is used only to move to a cell (as a click would) and to read results; every value goes in by hand.
"""
import os
import re
import subprocess
import time


class ByHand:
    def __init__(self, session, doc):
        if session.mode != "desktop":
            raise ValueError("input by hand needs desktop Calc (a real window on the session's display)")
        self.display = session.display.display
        self.doc = doc
        self.clipboard = None
        self.window = self._window()

    def _env(self):
        return dict(os.environ, DISPLAY=self.display)

    def xdotool(self, *args):
        return subprocess.run(["xdotool", *args], env=self._env(), capture_output=True, text=True,
                              timeout=60).stdout

    def _window(self):
        title = self.doc.getCurrentController().getFrame().Title
        deadline = time.time() + 20
        while time.time() < deadline:
            # xdotool takes a regular expression: "siasn.csv (hanya-baca)" must match itself.
            found = self.xdotool("search", "--onlyvisible", "--name", "^" + re.escape(title) + "$").split()
            if found:
                return found[-1]
            time.sleep(0.3)
        raise RuntimeError(f"no window titled {title!r}")

    def focus(self):
        self.xdotool("windowactivate", "--sync", self.window)
        time.sleep(0.5)

    def goto(self, sheet_name, cell_name):
        """Makes the cell the current one, as a click on it does (no input yet)."""
        controller = self.doc.getCurrentController()
        sheet = self.doc.Sheets.getByName(sheet_name)
        controller.setActiveSheet(sheet)
        controller.select(sheet.getCellRangeByName(cell_name))
        self.focus()
        return sheet.getCellRangeByName(cell_name)

    def keys(self, *names, pause=0.4):
        for name in names:
            self.xdotool("key", "--clearmodifiers", name)
            time.sleep(pause)

    def type(self, text, enter=True):
        """Types text as keystrokes (AutoCorrect and AutoInput act on it as they do for a person)."""
        self.xdotool("type", "--delay", "40", text)
        if enter:
            self.keys("Return")

    def copy_text(self, text):
        """Puts plain text on the clipboard, as copying from a text editor does. xclip keeps serving it."""
        self.release_clipboard()
        self.clipboard = subprocess.Popen(["xclip", "-selection", "clipboard", "-quiet"], stdin=subprocess.PIPE,
                                          env=self._env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.clipboard.stdin.write(text.encode("utf-8"))
        self.clipboard.stdin.close()
        time.sleep(0.5)

    def release_clipboard(self):
        if self.clipboard is not None:
            self.clipboard.terminate()
            self.clipboard.wait(timeout=10)
            self.clipboard = None

    def dialog_title(self):
        """The title of the window that has the focus (a dialog, when one is open)."""
        return self.xdotool("getactivewindow", "getwindowname").strip()

    def wait_for_dialog(self, words, seconds=15):
        """Waits until a window whose title contains one of `words` has the focus; its title, or None."""
        deadline = time.time() + seconds
        while time.time() < deadline:
            title = self.dialog_title()
            if any(w.lower() in title.lower() for w in words):
                return title
            time.sleep(0.3)
        return None

    def screenshot(self, path):
        subprocess.run(["import", "-display", self.display, "-window", "root", path], check=True, timeout=60)
        return path

    def close(self):
        self.release_clipboard()
