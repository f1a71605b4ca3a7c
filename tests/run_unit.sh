#!/usr/bin/env bash
# run_unit.sh SUFFIX PROGRAM [RUNNER...]: runs one C unit test (through RUNNER when given: wine for the Windows
# build) and prints its output, SUFFIX appended to its suite name (unit-nip: becomes unit-nip-wine:). A test that
# dies before its closing line `NAME: N passed, M failed` is given one, failed, with its exit status: make check
# must not pass a crashed suite silently, and CI shows only the log's tail.
suffix=$1 program=$2
shift 2
out=$("$@" "$program" 2>&1 | tr -d '\r'; echo "exit status ${PIPESTATUS[0]}")
body=$(sed '$d' <<<"$out")
[ -n "$suffix" ] && body=$(sed -E "s/^(unit-[a-z-]+): /\\1$suffix: /" <<<"$body")
echo "$body"
grep -Eq '^[a-z-]+: [0-9]+ passed, [0-9]+ failed' <<<"$body" ||
  echo "$(basename "$program" .exe)$suffix: 0 passed, 1 failed (crashed before its closing line, $(tail -n1 <<<"$out"))"
exit 0
