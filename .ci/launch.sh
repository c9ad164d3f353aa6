#!/usr/bin/env bash
# Installs what is missing, builds SubDesk and starts it. On first start SubDesk creates a demo
# company in your application-data folder; pass --db FILE to open another company file.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting SubDesk on a virtual X display (xvfb-run). Set DISPLAY to see the window."
  exec xvfb-run -a -s "-screen 0 1280x800x24" ./build/app/gui/subdesk "$@"
fi
exec ./build/app/gui/subdesk "$@"
