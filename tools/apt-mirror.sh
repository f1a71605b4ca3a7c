#!/usr/bin/env bash
# Prints the Debian archive this machine's apt sources use for its release's main component (e.g. for a chroot
# or a deb-src entry), so that the project names no mirror of its own: the machine's configuration decides.
# Exits 1 with a message when apt names none.
set -euo pipefail
codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
mirror=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE) $(COMPONENT) $(TARGET_OF)' 2>/dev/null |
    awk -v release="$codename" '$2 == release && $3 == "main" && $4 == "deb" { print $1; exit }')
if [ -z "$mirror" ]; then
    echo "apt-mirror.sh: the apt sources name no archive for ${codename:-this release}'s main component" >&2
    exit 1
fi
echo "${mirror%/}"
