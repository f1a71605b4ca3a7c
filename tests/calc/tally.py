"""Counts a test script's checks and prints the closing line CI reads (`NAME: N passed, M failed`)."""


class Tally:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, ok, what):
        """Counts one check; a failed one is printed with what it checked."""
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {what}")

    def report(self, suite):
        """Prints the closing line; returns the exit status."""
        print(f"{suite}: {self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0
