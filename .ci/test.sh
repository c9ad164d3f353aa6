#!/usr/bin/env bash
# Installs what is missing, builds SubDesk, runs every test (ctest: unit, database, CLI, GUI under
# the offscreen platform, layering, formatting, benchmarks that print their figures) and checks
# that the Debian package installs, starts and uninstalls.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
bash .ci/build.sh
export XDG_RUNTIME_DIR=$(mktemp -d /tmp/subdesk-xdg.XXXXXX)
chmod 700 "$XDG_RUNTIME_DIR"
ctest --test-dir build --output-on-failure -j2 --timeout 600 --label-exclude bench
# Benchmarks run alone, after the tests, so their figures are not skewed by parallel tests.
for bench in build/tests/bench/bench_*; do
  [ -f "$bench" ] && [ -x "$bench" ] || continue
  QT_QPA_PLATFORM=offscreen "$bench"
done
bash .ci/package-smoke.sh
echo "All checks passed in $(( $(date +%s) - start )) s."
