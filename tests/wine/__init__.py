"""The Windows DLL under wine. Run the scripts as modules from the repository root: python3 -m tests.wine.<script>."""
