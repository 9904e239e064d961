#!/usr/bin/env bash
# Sets up DICEL Desktop and starts it in demo mode on a private local database.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/dicel-desktop --demo "$@"
