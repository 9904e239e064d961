#!/usr/bin/env bash
# Sets up DICEL Desktop on a fresh Debian 12 / Ubuntu 24.04 machine: system packages
# (PostgreSQL server for demo mode and tests, the libraries Qt needs) and a virtualenv
# in .venv with the project installed. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
    postgresql            # server binaries for demo mode and the tests (15 on Debian 12, 16 on Ubuntu 24.04)
    libpq5                # libpq for Qt's QPSQL driver (benchmarks compare against it)
    python3-venv python3-pip
    pgbouncer             # the login through a pooler (tests/pgbouncer.py starts its own; skipped without)
    locales               # fr_FR.UTF-8: the tests run the error mapping against a French-speaking server
    libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0
    libxcb-xinerama0 libxcb-image0
    xvfb xauth            # an X server without a screen: the bundle's smoke test (scripts/smoke-bundle.sh)
)

need_apt=0
for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_apt=1
done
if [ "$need_apt" = 1 ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${APT_PACKAGES[@]}"
fi

# A server whose messages are in French must give the same sentences (tests/db/
# test_db_errors.py asks the test server for lc_messages = fr_FR.UTF-8): the OS locale must
# exist for PostgreSQL to accept that setting.
if ! locale -a 2>/dev/null | grep -qi '^fr_FR\.utf-\?8$'; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO localedef -i fr_FR -f UTF-8 fr_FR.UTF-8
fi

# The Debian package starts a system cluster we do not use; demo mode and the tests run
# their own private server, so nothing here depends on it.
PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[${DICEL_EXTRAS:-test}]"

# The compiled translations (dicel_desktop/i18n/*.qm, git-ignored) from the .ts sources;
# the program would also compile them at its first start.
.venv/bin/python -m dicel_desktop.gui.translations
