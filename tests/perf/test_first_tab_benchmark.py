"""From Log in to the main window's first tab painted, in a fresh process (start37).

Run on demand: ``.venv/bin/pytest tests/perf -s -p no:randomly -k first_tab``. Prints a
table; asserts nothing about wall time.

tests/perf/first_tab_probe.py logs in to the demo company (its server started once for
the benchmark) as the finance manager, who opens the Finance tab (its dashboard: figures
and a chart), and as an employee, whose window is My work alone; it notes when the login
was asked for, when the window first painted and when its first tab had its figures and
rows and was painted with them. The floor is a bare PySide6 main window with a tab
widget, a side list and a table of 50 rows (tests/perf/bare_main_window.py), spawn to
first paint, measured in the same rounds. A fresh settings folder each run: a first
login on the desktop, whatever the last run left open.
"""

from __future__ import annotations

import os
import statistics
import tempfile

import pytest
from _measure import PERF_DIR, RUNS, Line, Stats, load_note, print_table, ratio, run_json

pytestmark = [pytest.mark.perf, pytest.mark.timeout(3600)]

#: A login and a window cost a second or two: more runs than the grid's.
FIRST_TAB_RUNS = max(RUNS, 7)
PROBE = str(PERF_DIR / "first_tab_probe.py")
BARE = str(PERF_DIR / "bare_main_window.py")
#: Who logs in, and the tab they open (None: the window's first, My work).
PEOPLE = (
    ("finance manager, Finance tab", "eric.niyonzima@dicel.rw", "Finance"),
    ("employee, My work", "josiane.murekatete@dicel.rw", None),
)


def _run(args: list[str]) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as config:
        result, spawned = run_json(args, env={"XDG_CONFIG_HOME": config}, timeout=300)
    assert "failed" not in result, result["failed"]
    loaded = float(result["loaded_at"])  # type: ignore[arg-type]
    result["spawn_ms"] = (loaded - spawned) * 1000
    if "login_at" in result:
        result["login_ms"] = (loaded - float(result["login_at"])) * 1000  # type: ignore[arg-type]
        result["shown_ms"] = (float(result["shown_at"]) - float(result["login_at"])) * 1000  # type: ignore[arg-type]
    return result


def test_login_to_the_first_tab_painted(demo_folder) -> None:
    from dicel_desktop.demo_mode import start_demo_database

    demo = start_demo_database(demo_folder)
    try:
        print()
        print(f"First tab benchmark; before: {load_note()}")
        port = str(demo.cluster.port)
        probes = {
            who: [PROBE, "--port", port, "--email", email, *(["--tab", tab] if tab else [])]
            for who, email, tab in PEOPLE
        }
        # Unused first runs: the OS caches the program's files, the server its pages.
        for args in probes.values():
            _run(args)
        _run([BARE])

        ours: dict[str, list[dict[str, object]]] = {who: [] for who in probes}
        floor: list[dict[str, object]] = []
        loads: list[float] = []
        for run in range(FIRST_TAB_RUNS):
            order = [*probes.items(), ("floor", [BARE])]
            for who, args in order if run % 2 == 0 else order[::-1]:
                (floor if who == "floor" else ours[who]).append(_run(args))
            loads.append(os.getloadavg()[0])
    finally:
        demo.cluster.stop()

    bare = Stats.of([float(r["spawn_ms"]) for r in floor])  # type: ignore[arg-type]
    lines = []
    for who, results in ours.items():
        login = Stats.of([float(r["login_ms"]) for r in results])  # type: ignore[arg-type]
        shown = Stats.of([float(r["shown_ms"]) for r in results])  # type: ignore[arg-type]
        spawn = Stats.of([float(r["spawn_ms"]) for r in results])  # type: ignore[arg-type]
        modules = statistics.median(int(r["modules_at_loaded"]) for r in results)  # type: ignore[arg-type]
        charts = any(r["charts_imported"] for r in results)
        lines += [
            Line(
                f"{who}:\nLog in to first tab painted",
                login.show("ms", 0),
                "",
                "",
                "(none)",
                None,
            ),
            Line(
                "  Log in to the window's first paint",
                shown.show("ms", 0),
                "",
                "",
                "(none)",
                None,
            ),
            Line(
                "  spawn to first tab painted\n  (imports, login, window)",
                spawn.show("ms", 0),
                f"floor (bare main window): {bare.show('ms', 0)}",
                f"{ratio(spawn.median, bare.median)} floor",
                "(none)",
                None,
            ),
            Line(
                "  modules loaded then",
                f"{modules:.0f}{' (charts: pyqtgraph)' if charts else ''}",
                f"floor: {statistics.median(int(r['modules_at_loaded']) for r in floor):.0f}",  # type: ignore[arg-type]
                "",
                "(none)",
                None,
            ),
        ]
    notes = [
        f"{FIRST_TAB_RUNS} fresh processes each, medians (min-max), alternating; offscreen; "
        "the demo server already up; a fresh settings folder each run",
        f"load average during the runs: {', '.join(f'{x:.2f}' for x in loads)}; "
        f"after: {load_note()}",
    ]
    print_table("Log in to the first tab painted", lines, notes)
