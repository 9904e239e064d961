#!/usr/bin/env bash
# Runs tests with this machine's clock and the test server's clock set to another day, to
# catch a test (or the program) that holds on most days and fails on a few: a span from
# today crossing 31 December, a weekend, a public holiday, Good Friday to Easter Monday, the
# first or last day of a month, 29 February, 23:30.
#
#   scripts/run-on-day.sh "2027-03-26 10:00" -- tests/db/test_leave_rules.py -k balance
#   TZ=Africa/Kigali scripts/run-on-day.sh "2026-12-31 23:30" -- tests/gui/test_leave_dialog.py
#
# The moment is read in TZ (or the machine's zone when TZ is not set); the tests' server
# takes the same zone (initdb writes TZ into postgresql.conf), so the company's day and the
# desktop's agree as they do in a normal run. Everything after "--" goes to pytest.
#
# How: Debian's libfaketime (apt-get install faketime) preloaded with a fixed offset from
# the true time, so the clock still runs and every process agrees on it: pytest, the
# programs the tests start, and the PostgreSQL server they start (LocalCluster passes the
# environment on to pg_ctl and the server, LD_PRELOAD and FAKETIME included; as root it
# only changes the account, which keeps LD_PRELOAD in force). The steady clock moves by
# the same fixed offset, which keeps its pace: leaving it true
# (FAKETIME_DONT_FAKE_MONOTONIC=1) made libfaketime 0.9.10 fail Python's time.sleep with
# EINVAL.
# Known limit: under libfaketime the server's lock_timeout never fires (seen with
# PostgreSQL 15 and libfaketime 0.9.10, on any day): a test that waits for one
# (test_a_lines_file_locks_the_order) hangs until pytest-timeout; give `--timeout 60` and
# deselect it rather than take it for a date's failure.
# A tool for engineers, not part of the suite: run it on the tests near a change that
# counts days.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 2 ] || [ "$2" != "--" ]; then
    echo "usage: $0 'YYYY-MM-DD[ HH:MM[:SS]]' -- PYTEST-ARGS..." >&2
    exit 2
fi
moment=$1
shift 2

library=""
for candidate in /usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1 \
    /usr/lib/aarch64-linux-gnu/faketime/libfaketimeMT.so.1 \
    /usr/lib/faketime/libfaketimeMT.so.1 /usr/local/lib/faketime/libfaketimeMT.so.1; do
    if [ -r "$candidate" ]; then
        library=$candidate
        break
    fi
done
if [ -z "$library" ]; then
    echo "libfaketime is missing: apt-get install faketime" >&2
    exit 2
fi

# A date alone means 10:00, a working hour: the day's edges are their own moments to try.
case "$moment" in
    *:*) ;;
    *) moment="$moment 10:00:00" ;;
esac
target=$(date -d "$moment" +%s) || {
    echo "not a moment: $moment" >&2
    exit 2
}
offset=$((target - $(date +%s)))

# PYTHON: another interpreter with the project installed (a worktree's, say).
python=${PYTHON:-.venv/bin/python}
echo "--- clock set to $(date -d "@$target" '+%Y-%m-%d %H:%M:%S %Z (%A)') (offset ${offset} s)"
export LD_PRELOAD="$library${LD_PRELOAD:+:$LD_PRELOAD}"
export FAKETIME="${offset:0:1}"
[ "$FAKETIME" = "-" ] || FAKETIME="+"
FAKETIME="$FAKETIME${offset#-}"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
exec "$python" -m pytest "$@"
