#!/bin/sh
# Installs the Debian packages kiln builds with, when they are missing.
# As root it runs apt-get itself; as another user it prints the command.
set -e
pkgs="gcc make pkg-config libjavascriptcoregtk-4.1-dev libuv1-dev libssl-dev zlib1g-dev libbrotli-dev libzstd-dev libc-ares-dev"
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "kiln: installing Debian packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends$missing
else
  echo "kiln: missing Debian packages:$missing" >&2
  echo "kiln: install them with:  sudo apt-get update && sudo apt-get install -y$missing" >&2
  exit 1
fi
