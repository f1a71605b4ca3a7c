#!/usr/bin/env bash
# make compat: the integration cases (tests/calc/run_cases.py, headless), the print-area job
# (tests/calc/check_print_areas.py) and the formula rows (tests/calc/check_formula_rows.py) with the .oxt built here, on the LibreOffice of another Debian release, inside a
# debootstrap chroot built from Debian's packages (from the archive the machine's apt sources use:
# tools/apt-mirror.sh). ASN_COMPAT_SUITE picks the release: trixie (LibreOffice 25.2, the newest; the default) or
# bullseye (LibreOffice 7.0, the oldest the extension supports: make compat-oldest).
# The chroot is cached outside the work tree (about 1 GB; built once, in a few minutes):
#   ${ASN_COMPAT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/asnkarier/compat}/<suite>-root
# The work tree is mounted read-only at /project inside it. Needs root (debootstrap, mount, chroot).
# Prints `compat-<LibreOffice version>: N passed, M failed`, `compat-print-areas-<version>: ...` and
# `compat-formula-rows-<version>: ...`.
set -euo pipefail

suite=${ASN_COMPAT_SUITE:-trixie}
oxt=${1:?usage: compat.sh OXT}
here=$(cd "$(dirname "$0")/.." && pwd)
cache=${ASN_COMPAT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/asnkarier/compat}
root="$cache/$suite-root"
if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=ASN_COMPAT_SUITE,ASN_COMPAT_CACHE,XDG_CACHE_HOME,HOME "$0" "$@"
fi

if [ ! -f "$root/.complete" ]; then
    command -v debootstrap >/dev/null || apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
    rm -rf "$root"
    mkdir -p "$cache"
    echo "building a Debian $suite chroot with LibreOffice in $root (once)" >&2
    debootstrap --variant=minbase \
        --include=libreoffice-calc-nogui,libreoffice-l10n-id,python3-uno,python3,fonts-dejavu-core,util-linux,poppler-utils \
        "$suite" "$root" "$("$here/tools/apt-mirror.sh")" >&2
    touch "$root/.complete"
fi
# A chroot cached before the print-area check lacks pdfinfo/pdftotext: added once. A Python older than 3.11 (Debian
# 11's) reads idl/functions.toml with python3-toml (tools/function_spec.py).
if ! chroot "$root" sh -c 'command -v pdfinfo' >/dev/null; then
    chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin apt-get install -y -qq --no-install-recommends \
        poppler-utils >&2
fi
if ! chroot "$root" python3 -c 'import tomllib' 2>/dev/null && ! chroot "$root" python3 -c 'import toml' 2>/dev/null; then
    chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin apt-get install -y -qq --no-install-recommends \
        python3-toml >&2
fi
version=$(chroot "$root" dpkg-query -W -f='${Version}' libreoffice-calc-nogui | sed 's/^[0-9]*://; s/-.*//')

mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
bind() {
    mkdir -p "$2"
    mount --bind "$1" "$2"
    mounted+=("$2")
}
bind /proc "$root/proc"
bind /dev "$root/dev"
bind "$here" "$root/project"
mount -o remount,bind,ro "$root/project"

chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 PYTHONDONTWRITEBYTECODE=1 \
    sh -c 'cd /project && exec python3 -m tests.calc.run_cases "$@"' run_cases --oxt "/project/${oxt#"$here"/}" --mode headless \
        $(cd "$here" && ls tests/calc/cases/*.tsv | sed 's|^|/project/|') |
    sed -u "s/^integration: /compat-libreoffice-$version: /"
chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 PYTHONDONTWRITEBYTECODE=1 \
    sh -c 'cd /project && exec python3 -m tests.calc.check_print_areas "$@"' check_print_areas "/project/${oxt#"$here"/}" headless |
    sed -u "s/^print-areas: /compat-print-areas-libreoffice-$version: /"
chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 PYTHONDONTWRITEBYTECODE=1 \
    sh -c 'cd /project && exec python3 -m tests.calc.check_formula_rows "$@"' check_formula_rows "/project/${oxt#"$here"/}" headless |
    sed -u "s/^formula-rows: /compat-formula-rows-libreoffice-$version: /"
