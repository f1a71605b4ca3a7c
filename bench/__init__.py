"""Benchmarks (`make bench`). Run the scripts as modules from the repository root: python3 -m bench.<script>."""
