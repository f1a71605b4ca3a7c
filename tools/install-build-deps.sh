#!/usr/bin/env bash
# Installs the Debian packages the build and the tests need, when they are missing.
# Runs apt-get directly as root, through sudo otherwise. Quiet when everything is there.
set -euo pipefail

# Calc is the full (GUI) package with the gtk3 plugin: the integration tests also run in desktop Calc
# under Xvfb with a window manager and the Indonesian locale and UI, as HR officers use it (xvfb, openbox,
# locales, l10n-id). xmllint (libxml2-utils) validates description.xml. mingw-w64 and wine build and run
# the Windows unit tests; dpkg-dev unpacks the Debian source packages they are cross-built from. xdotool, xclip
# and imagemagick (import) type, paste and take screenshots in the tests that fill the workbook by hand.
packages=(gcc make libc6-dev clang libclang-rt-14-dev zip unzip python3 python3-uno libreoffice-dev libgsl-dev libxml2-dev
          libreoffice-calc libreoffice-gtk3 libreoffice-l10n-id xvfb xauth openbox locales fonts-dejavu-core
          poppler-utils util-linux valgrind libxml2-utils mingw-w64 wine wine64 dpkg-dev
          xdotool xclip imagemagick)

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    as_root=(sudo)
fi

# The Indonesian locale the desktop tests run in (LANG=id_ID.UTF-8): generated once.
ensure_locale() {
    locale -a 2>/dev/null | grep -qi '^id_ID\.utf-\?8$' && return 0
    echo "generating the locale id_ID.UTF-8"
    "${as_root[@]}" sed -i 's/^# *\(id_ID.UTF-8 UTF-8\)/\1/' /etc/locale.gen
    grep -q '^id_ID.UTF-8 UTF-8' /etc/locale.gen || echo 'id_ID.UTF-8 UTF-8' | "${as_root[@]}" tee -a /etc/locale.gen >/dev/null
    "${as_root[@]}" locale-gen >/dev/null
}

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing missing build packages: ${missing[*]}"
    if [ ${#as_root[@]} -gt 0 ] && ! command -v sudo >/dev/null; then
        echo "need root or sudo to install: ${missing[*]}" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
ensure_locale
