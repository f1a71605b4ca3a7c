"""The extension under valgrind in Calc. Run the scripts as modules from the repository root: python3 -m
tests.memcheck.<script>."""
