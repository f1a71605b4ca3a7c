"""The tests: C unit tests, Calc integration tests (tests.calc), the package and wine checks. Run the scripts as
modules from the repository root: python3 -m tests.<script>."""
