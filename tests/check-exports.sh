#!/usr/bin/env bash
# The component must export only its component_* entry points and must not need libgsl at run time
# (GSL is linked statically so that the .oxt works where LibreOffice is installed without libgsl).
so=${1:?usage: check-exports.sh LIBRARY}
passed=0 failed=0
ok() { echo "ok: $*"; passed=$((passed + 1)); }
bad() { echo "FAIL: $*"; failed=$((failed + 1)); }

exported=$(nm -D --defined-only "$so" | awk '{print $3}' | sort)
others=$(grep -v '^component_' <<<"$exported" || true)
if [ -z "$others" ] && grep -q '^component_getFactory$' <<<"$exported"; then
    ok "exports only: $(tr '\n' ' ' <<<"$exported")"
else
    bad "unexpected exports: $(tr '\n' ' ' <<<"$others")"
fi
if ldd "$so" | grep -q 'libgsl'; then bad "links libgsl dynamically"; else ok "no dynamic libgsl"; fi
if find src -name '*.cxx' -o -name '*.cpp' -o -name '*.cc' -o -name '*.hxx' | grep -q .; then
    bad "C++ sources under src/"
else
    ok "no C++ sources"
fi
echo "exports: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
