"""Build-time generators and the Calc session the tests, benchmarks and `make run` share. Run the scripts as modules
from the repository root: python3 -m tools.<script>."""
