#!/usr/bin/env bash
# The component must export only its component_* entry points and must not need libgsl at run time
# (GSL is linked statically so that the .oxt works where LibreOffice is installed without libgsl), and it
# must load on glibc 2.31 (Debian 11, Ubuntu 20.04): no symbol of a newer glibc version.
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
GLIBC_BASELINE=2.31
newest=$(objdump -T "$so" | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -1)
if [ -n "$newest" ] && [ "$(printf '%s\n' "$newest" "$GLIBC_BASELINE" | sort -V | tail -1)" = "$GLIBC_BASELINE" ]; then
    ok "newest glibc symbol version $newest (baseline $GLIBC_BASELINE)"
else
    bad "needs glibc $newest, newer than $GLIBC_BASELINE: $(objdump -T "$so" | grep -o "GLIBC_$newest.*" | tr -s ' ' | tr '\n' ';')"
fi
if find src -name '*.cxx' -o -name '*.cpp' -o -name '*.cc' -o -name '*.hxx' | grep -q .; then
    bad "C++ sources under src/"
else
    ok "no C++ sources"
fi
echo "exports: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
