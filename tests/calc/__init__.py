"""Integration tests in real Calc. Run the scripts as modules from the repository root: python3 -m tests.calc.<script>."""
