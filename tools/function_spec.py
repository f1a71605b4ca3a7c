"""idl/functions.toml, the one list of the functions, menu commands and workbook names, as the scripts read it.

Python 3.11's tomllib; before 3.11 (Debian 11's Python, in the chroot of `make compat-oldest`) the toml package
(python3-toml), which reads the same file."""
import os

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    tomllib = None
    import toml

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "idl", "functions.toml")


def load():
    """The whole file as a dict."""
    if tomllib is None:
        return toml.load(PATH)
    with open(PATH, "rb") as f:
        return tomllib.load(f)
