#!/usr/bin/env bash
# Sets up everything the test suite needs, then runs it (pytest's own exit status).
# Tests start their own PostgreSQL unless DICEL_TEST_DSN names a superuser DSN.
set -euo pipefail
cd "$(dirname "$0")/.."
DICEL_EXTRAS=dev scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/lint-imports
exec .venv/bin/python -m pytest "$@"
