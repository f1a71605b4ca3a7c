#!/usr/bin/env bash
# Cross-builds GSL and libxml2 as static libraries for Windows x86-64 (x86_64-w64-mingw32) from Debian's own
# source packages, the same versions the Linux build links, and prints the prefix they are installed in.
#
# The result is cached outside the work tree, keyed by this recipe and the source versions, so that a rebuild
# or a fresh clone on the same machine does not repeat it (about 2 minutes on 2 cores, most of it libxml2):
#   ${ASN_MINGW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/asnkarier/mingw}/r<recipe>-gsl-<version>_libxml2-<version>/
# Needs a deb-src entry for Debian's archive: added (as root, or through sudo) when apt knows no source, for the
# archive the machine's apt sources use (tools/apt-mirror.sh).
set -euo pipefail

host=x86_64-w64-mingw32
as_root=()
[ "$(id -u)" -ne 0 ] && as_root=(sudo)

# The GSL folders whose objects make up the library's libgsl.a (what src/ includes: statistics, sort, errno).
GSL_PARTS="utils sys err statistics sort ieee-utils"
# Part of the cache key: a changed recipe builds anew.
RECIPE=2

source_version() { apt-cache showsrc "$1" 2>/dev/null | sed -n 's/^Version: //p' | head -1; }

if [ -z "$(source_version gsl)" ]; then
    echo "adding a deb-src entry for Debian's source packages" >&2
    mirror=$("$(dirname "$0")/apt-mirror.sh")
    codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
    printf 'Types: deb-src\nURIs: %s\nSuites: %s %s-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
        "$mirror" "$codename" "$codename" |
        "${as_root[@]}" tee /etc/apt/sources.list.d/asnkarier-deb-src.sources >/dev/null
    "${as_root[@]}" apt-get update -qq >&2
fi
gsl_version=$(source_version gsl)
xml_version=$(source_version libxml2)
cache=${ASN_MINGW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/asnkarier/mingw}
prefix="$cache/r$RECIPE-gsl-${gsl_version}_libxml2-${xml_version}"
if [ -f "$prefix/.complete" ]; then
    echo "$prefix"
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$prefix"
cd "$work"
jobs=$(nproc)
echo "cross-building GSL $gsl_version and libxml2 $xml_version for $host into $prefix (once)" >&2

if [ ! -f "$prefix/.gsl-complete" ]; then
apt-get source -qq gsl="$gsl_version" >/dev/null 2>&1
# Only the parts of GSL the library uses (statistics, sorting, the error handler and what they need), as
# one static libgsl.a: 20 seconds instead of 9 minutes for all of GSL.
(cd gsl-*/ &&
 ./configure --host=$host --prefix="$prefix" --enable-static --disable-shared CFLAGS="-O2" >/dev/null &&
 make -C gsl >/dev/null &&
 for part in $GSL_PARTS; do
     make -j"$jobs" -C "$part" $(sed -n 's/^noinst_LTLIBRARIES = //p' "$part/Makefile.am") >/dev/null
 done &&
 mkdir -p objects "$prefix/lib" "$prefix/include/gsl" &&
 (cd objects && for part in $GSL_PARTS; do $host-ar x ../"$part"/.libs/*.a; done) &&
 $host-ar rcs "$prefix/lib/libgsl.a" objects/*.o &&
 cp -L gsl/*.h "$prefix/include/gsl/") >&2
touch "$prefix/.gsl-complete"
fi

apt-get source -qq libxml2="$xml_version" >/dev/null 2>&1
# Debian's patches touch Makefile.am: date the autotools inputs back so that make does not ask for automake.
find libxml2-*/ \( -name Makefile.am -o -name configure.ac -o -name '*.m4' \) -exec touch -d '2000-01-01' {} +
# Win32 threads, built for linking into a DLL (LIBXML_STATIC_FOR_DLL): libxml2 keeps its per-thread state in
# Win32 TLS and frees it when our DllMain forwards DLL_THREAD_DETACH to xmlDllMain; a plain static build
# would start a helper thread for every Calc thread instead. No HTTP, FTP, iconv, zlib, lzma, python.
(cd libxml2-*/ &&
 { [ -x configure ] || NOCONFIGURE=1 ./autogen.sh >/dev/null 2>&1; } &&
 ./configure --host=$host --prefix="$prefix" --enable-static --disable-shared --with-threads --without-http \
     --without-ftp --without-iconv --without-zlib --without-lzma --without-python --without-icu \
     --without-readline --without-modules --without-debug CFLAGS="-O2 -DLIBXML_STATIC_FOR_DLL" >/dev/null &&
 { ! grep -q '^#define HAVE_COMPILER_TLS' config.h || { echo "libxml2 chose compiler (emulated) TLS" >&2; exit 1; }; } &&
 make -j"$jobs" libxml2.la >/dev/null && make install-libLTLIBRARIES install-data >/dev/null) >&2

touch "$prefix/.complete"
echo "$prefix"
