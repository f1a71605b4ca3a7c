#!/usr/bin/env bash
# Installs the Debian packages the build and the tests need, when they are missing.
# Runs apt-get directly as root, through sudo otherwise. Quiet when everything is there.
set -euo pipefail

packages=(gcc make libc6-dev clang libclang-rt-14-dev zip unzip python3 python3-uno libreoffice-dev libgsl-dev libxml2-dev
          libreoffice-l10n-id poppler-utils util-linux valgrind)
# Calc itself: either the GUI-less package or the full one satisfies us.
if ! dpkg-query -W -f='${Status}' libreoffice-calc 2>/dev/null | grep -q 'install ok installed'; then
    packages+=(libreoffice-calc-nogui)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing missing build packages: ${missing[*]}"
as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
