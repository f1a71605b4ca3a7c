"""Checks of the built .oxt. Run the scripts as modules from the repository root: python3 -m tests.package.<script>."""
