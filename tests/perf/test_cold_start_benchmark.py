"""Cold start of ``dicel-desktop --demo`` to the login window painted (issue 4, item 8).

Run on demand: ``.venv/bin/pytest tests/perf -s -p no:randomly -k cold``. Prints a
table; asserts nothing about wall time.

Wall time from spawning the process to the end of the login window's first paint
(tests/perf/start_probe.py), against the floor: a bare PySide6 window with the same
widgets (tests/perf/bare_login.py). The demo database exists already (created in the
fixture), as on every start but the first; the login window paints before the demo
server is started, so that start is timed separately, for information. Offscreen.
"""

from __future__ import annotations

import os
import statistics

import pytest
from _measure import PERF_DIR, RUNS, Line, Stats, load_note, print_table, ratio, run_json

pytestmark = [pytest.mark.perf, pytest.mark.timeout(3600)]

#: A start costs a fraction of a second: more runs than the grid's, for steadier medians.
COLD_RUNS = max(RUNS, 11)
PROBE = str(PERF_DIR / "start_probe.py")
BARE = str(PERF_DIR / "bare_login.py")


def _start(args: list[str], env: dict[str, str]) -> dict[str, object]:
    result, spawned = run_json(args, env=env, timeout=120)
    result["paint_ms"] = (float(result["painted_at"]) - spawned) * 1000
    if "ready_at" in result:
        result["ready_ms"] = (float(result["ready_at"]) - spawned) * 1000
    return result


def test_cold_start_to_the_login_window(demo_folder) -> None:
    env = {"DICEL_DEMO_DIR": str(demo_folder)}
    print()
    print(f"Cold start benchmark; before: {load_note()}")
    # Unused first runs: the OS caches the program's files, as after any earlier start.
    _start([PROBE, "--demo"], env)
    _start([BARE], env)

    ours: list[dict[str, object]] = []
    floor: list[dict[str, object]] = []
    loads: list[float] = []
    for run in range(COLD_RUNS):
        pair = [(ours, [PROBE, "--demo"]), (floor, [BARE])]
        for into, args in pair if run % 2 == 0 else pair[::-1]:
            into.append(_start(args, env))
        loads.append(os.getloadavg()[0])
    ready = [_start([PROBE, "--demo", "--until-ready"], env) for _ in range(3)]
    failed = [r["failed"] for r in ready if "failed" in r]
    assert not failed, failed

    mine = Stats.of([float(r["paint_ms"]) for r in ours])
    bare = Stats.of([float(r["paint_ms"]) for r in floor])
    server = Stats.of([float(r["ready_ms"]) for r in ready])
    heavy = sorted({name for r in ours for name in r["heavy_at_paint"]})  # type: ignore[attr-defined]
    modules = statistics.median(int(r["modules_at_paint"]) for r in ours)  # type: ignore[arg-type]
    bare_modules = statistics.median(int(r["modules_at_paint"]) for r in floor)  # type: ignore[arg-type]
    lines = [
        Line(
            "spawn to login window painted",
            mine.show("ms"),
            f"floor (bare window): {bare.show('ms')}",
            f"{ratio(mine.median, bare.median)} floor",
            "≤ 2x floor",
            mine.median <= 2 * bare.median,
        ),
        Line(
            "heavy modules imported at first paint\n(sqlalchemy, psycopg, pyqtgraph, "
            "alembic,\nkeyring, numpy, platformdirs)",
            ", ".join(heavy) or "none",
            "",
            "",
            "none",
            not heavy,
        ),
        Line(
            "modules in sys.modules at first paint",
            f"{modules:.0f}",
            f"floor: {bare_modules:.0f}",
            "",
            "(none)",
            None,
        ),
        Line(
            "spawn to demo users listed\n(server started; 3 runs)",
            server.show("ms", 0),
            "",
            "",
            "(none)",
            None,
        ),
    ]
    notes = [
        f"{COLD_RUNS} fresh processes each, medians (min-max), alternating; offscreen; the "
        "demo database already created",
        f"load average during the runs: {', '.join(f'{x:.2f}' for x in loads)}; "
        f"after: {load_note()}",
    ]
    print_table("Cold start: dicel-desktop --demo", lines, notes)
