#!/usr/bin/python3
"""`make memcheck`: headless soffice under valgrind memcheck (LibreOffice's own `soffice --valgrind`
mechanism), evaluating the integration workbook (tests/calc/cases/*.tsv: every function, every error case),
then shutting down so that leaks are reported. Fails on any error or definite leak whose stack passes
through our library (asnkarier.so); LibreOffice's own noise is suppressed (tests/memcheck/libreoffice.supp)
or, where not, ignored because it does not touch our code. Takes about a minute on the development machine.
Prints `memcheck: N passed, M failed`."""
import glob
import os
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
from tools.calc_session import CalcSession  # noqa: E402
from tests.calc import run_cases  # noqa: E402


# A frame of ours: our library by name (frames without debug information, e.g. GSL linked into it), or one of
# our source files (frames with debug information show file:line, not the library; valgrind runs with
# --fullpath-after= so that the path includes src/core or src/binding).
OUR_FRAME = re.compile(r"asnkarier\.so|[(/]src/(?:core|binding)/[\w.]+\.c:\d+\)")


def our_problems(log_dir):
    """Error and definite-leak records with a frame of ours in their stack."""
    found = []
    for path in glob.glob(os.path.join(log_dir, "vg.*.log")):
        text = open(path, encoding="utf-8", errors="replace").read()
        # A record: lines of one pid from a headline to the next blank line.
        for record in re.split(r"\n==\d+== \n", text):
            if not OUR_FRAME.search(record):
                continue
            headline = next((line for line in record.splitlines()
                             if re.search(r"Invalid|uninitialised|Mismatched|definitely lost|overlap|free", line)), None)
            if headline and "possibly lost" not in headline and "still reachable" not in headline:
                found.append(record.strip())
    return found


def main():
    oxt = sys.argv[1]
    cases = sorted(glob.glob(os.path.join(HERE, "..", "calc", "cases", "*.tsv")))
    t = time.time()
    session = CalcSession(oxt, start_timeout=900, env={
        "VALGRIND": "memcheck",
        "VALGRIND_OPTS": f"--suppressions={os.path.join(HERE, 'libreoffice.supp')} --leak-check=full "
                         f"--show-leak-kinds=definite --fullpath-after= --log-file=/tmp/asnkarier-vg/vg.%p.log",
    })
    os.makedirs("/tmp/asnkarier-vg", exist_ok=True)
    os.chmod("/tmp/asnkarier-vg", 0o777)
    for old in glob.glob("/tmp/asnkarier-vg/vg.*.log"):
        os.remove(old)
    passed = failed = 0
    try:
        session.start()
        p, f = run_cases.run(session, cases, False)
        print(f"cases under valgrind: {p} passed, {f} failed")
    finally:
        session.close()
    problems = our_problems("/tmp/asnkarier-vg")
    for record in problems[:10]:
        print(record[:3000])
        print("-" * 60)
    if problems or f:
        failed = 1
    else:
        passed = 1
    print(f"memcheck: {len(problems)} errors through our library, {time.time() - t:.0f} s under valgrind")
    print(f"memcheck: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
