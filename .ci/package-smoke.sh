#!/usr/bin/env bash
# Builds the .deb, installs it, starts both programs from it, and removes it again.
set -euo pipefail
cd "$(dirname "$0")/../build"
rm -f subdesk_*.deb
cpack -G DEB >cpack.log || { cat cpack.log; exit 1; }
deb=$(ls subdesk_*.deb)
if [ "$(id -u)" -ne 0 ]; then
  echo "package-smoke: built $deb; skipping install (needs root)."
  exit 0
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=600 "./$deb" >apt-install.log
/usr/bin/subdesk --version
/usr/bin/subdesk-cli --version
tmp=$(mktemp -d)
/usr/bin/subdesk-cli --db "$tmp/smoke.subdesk" demo --customers 20 --seed 3 >/dev/null
/usr/bin/subdesk-cli --db "$tmp/smoke.subdesk" db check
timeout 60 xvfb-run -a /usr/bin/subdesk --db "$tmp/smoke.subdesk" --quit-after 1500
test -f /usr/share/applications/io.github.subdesk.SubDesk.desktop
DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -q subdesk >/dev/null
test ! -e /usr/bin/subdesk
rm -rf "$tmp"
echo "package-smoke: $deb installs, starts and uninstalls cleanly."
