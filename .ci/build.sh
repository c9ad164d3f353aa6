#!/usr/bin/env bash
# Configures and builds SubDesk into ./build (RelWithDebInfo, warnings as errors in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/deps.sh
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSUBDESK_WERROR=$werror >build-configure.log \
  || { cat build-configure.log; exit 1; }
cmake --build build -j"$(nproc)"
