#!/usr/bin/env bash
# The Windows DLL imports only LibreOffice's sal3.dll and cppu3.dll, KERNEL32.dll and the C runtime (no
# libwinpthread, libgcc_s or libxml2 DLL to ship), exports only the component entry points, and uses no
# emulated thread-local storage (MinGW's __emutls; Win32 TLS slots serve: src/core/support/platform_windows.c W9).
dll=${1:?usage: check-dll.sh DLL}
passed=0 failed=0
ok() { echo "ok: $*"; passed=$((passed + 1)); }
bad() { echo "FAIL: $*"; failed=$((failed + 1)); }
objdump=x86_64-w64-mingw32-objdump

imports=$($objdump -p "$dll" | sed -n 's/^\s*DLL Name: //p' | sort | tr '\n' ' ')
unexpected=$(tr ' ' '\n' <<<"$imports" | grep -v -x -e sal3.dll -e cppu3.dll -e KERNEL32.dll -e msvcrt.dll -e '' || true)
if [ -z "$unexpected" ] && grep -q sal3.dll <<<"$imports" && grep -q cppu3.dll <<<"$imports"; then
    ok "imports only: $imports"
else
    bad "imports $imports (unexpected: $(tr '\n' ' ' <<<"$unexpected"))"
fi
exports=$($objdump -p "$dll" | sed -n '/\[Ordinal\/Name Pointer\] Table/,/^$/p' | sed -n 's/^\s*\[ *[0-9]*\] //p' | sort | tr '\n' ' ')
if [ "$exports" = "component_getFactory component_getImplementationEnvironment " ]; then
    ok "exports only: $exports"
else
    bad "exports: $exports"
fi
if x86_64-w64-mingw32-nm "$dll" | grep -qi emutls; then bad "uses emulated TLS (__emutls)"; else ok "no emulated TLS"; fi
echo "exports-windows: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
