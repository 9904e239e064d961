#!/usr/bin/env bash
# Builds the Linux bundle and tries it the way a PC without Python or PostgreSQL would:
# unpacked in a temporary folder outside the checkout, started with no virtualenv on PATH.
# The bundled dicel-admin migrates a fresh database, and the bundled dicel-desktop --demo
# draws the Finance tab on a real X server (Xvfb, the xcb platform) with the bundle's
# own PostgreSQL (tests/bundle/test_bundle_smoke.py).
#
#     scripts/smoke-bundle.sh                     # build/linux/build.sh, then the smoke test
#     scripts/smoke-bundle.sh dist/dicel-desktop-0.1.0-linux-x86_64.tar.gz   # no build
#
# scripts/setup.sh installs what it needs (xvfb and xauth among it) and the checkout's
# .venv for pytest, which only drives the bundle: the programs under test run from it.
set -euo pipefail
cd "$(dirname "$0")/.."
DICEL_EXTRAS=${DICEL_EXTRAS:-dev,embedded} scripts/setup.sh

tarball=${1:-}
if [ -z "$tarball" ]; then
    build/linux/build.sh
    tarball=$(ls -t dist/dicel-desktop-*-linux-"$(uname -m)".tar.gz | head -n 1)
fi
[ -f "$tarball" ] || { echo "smoke-bundle.sh: no bundle at $tarball" >&2; exit 2; }

# mkdtemp makes it 0700; as root, the demo server runs as the postgres account, which
# must reach the bundle's server programs, so open it like an installed /opt folder.
unpacked=$(mktemp -d "${TMPDIR:-/tmp}/dicel-bundle-smoke.XXXXXX")
trap 'rm -rf "$unpacked"' EXIT
chmod 0755 "$unpacked"
tar -C "$unpacked" -xzf "$tarball"
bundle=$(find "$unpacked" -mindepth 1 -maxdepth 1 -type d -name 'dicel-desktop-*' | head -n 1)
echo "--- smoke test of $tarball ($(du -sh "$bundle" | cut -f1) unpacked) in $bundle"

DICEL_BUNDLE_DIR=$bundle QT_QPA_PLATFORM=offscreen \
    .venv/bin/python -m pytest -q -p no:randomly tests/bundle
