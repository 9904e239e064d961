"""Timing helpers shared by the benchmarks and their subprocess runners; a table printer.

Nothing here asserts on wall time: benchmarks print what they measured and whether
each target was met, and leave the judgement to the reader (ARCHITECTURE 2, tests/perf).
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Fresh runs per measurement (the medians are of these).
RUNS = int(os.environ.get("DICEL_PERF_RUNS", "5"))
#: Load average above which the output warns that the numbers may be noisy.
NOISY_LOAD = 1.5
PERF_DIR = Path(__file__).resolve().parent
#: What each runner prints before its JSON result, on a line of its own.
RESULT_MARK = "RESULT "


# --------------------------------------------------------------------------- processes


def memory_kb() -> dict[str, int]:
    """VmRSS (resident now) and VmHWM (peak resident) of this process, in kB."""
    found: dict[str, int] = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0])
    return found


def emit_result(result: dict[str, Any]) -> None:
    """A runner's last word: one line the parent finds (stdout may hold Qt's chatter)."""
    sys.stdout.write(RESULT_MARK + json.dumps(result) + "\n")
    sys.stdout.flush()


def run_json(
    args: Sequence[str], *, env: dict[str, str] | None = None, timeout: float = 600
) -> tuple[dict[str, Any], float]:
    """Run a runner script; (its result, time.monotonic() just before the spawn).

    CLOCK_MONOTONIC is system-wide on Linux, so a child's ``time.monotonic()`` can be
    compared with the parent's spawn time.
    """
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    spawned = time.monotonic()
    done = subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        check=False,
    )
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(RESULT_MARK):
            return json.loads(line[len(RESULT_MARK) :]), spawned
    raise RuntimeError(
        f"{' '.join(args)} gave no result (exit {done.returncode}):\n"
        f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    )


def load_note() -> str:
    one, five, fifteen = os.getloadavg()
    cores = os.cpu_count() or 1
    note = f"load average {one:.2f} / {five:.2f} / {fifteen:.2f} on {cores} cores"
    if one > NOISY_LOAD:
        note += "  (busy machine: numbers may be noisy; rerun when quiet)"
    return note


# --------------------------------------------------------------------------- statistics


@dataclass(frozen=True)
class Stats:
    median: float
    low: float
    high: float
    n: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Stats:
        values = [v for v in values if v is not None]
        if not values:
            return cls(float("nan"), float("nan"), float("nan"), 0)
        return cls(statistics.median(values), min(values), max(values), len(values))

    def show(self, unit: str, digits: int = 1) -> str:
        if not self.n:
            return "n/a"
        m, lo, hi = (f"{v:,.{digits}f}" for v in (self.median, self.low, self.high))
        return f"{m} {unit} ({lo}-{hi})"


def column(results: Sequence[dict[str, Any]], key: str) -> Stats:
    return Stats.of([r[key] for r in results if r.get(key) is not None])


def paired(
    mine: Sequence[dict[str, Any]],
    theirs: Sequence[dict[str, Any]],
    key: str,
    their_key: str | None = None,
) -> Stats:
    """Ratios ``mine[i][key] / theirs[i][their_key]`` run by run, as Stats.

    Run i of each variant ran in the same round, minutes apart at most; on a shared
    machine whose speed drifts (the same code measured 45 ms in one minute and 85 in
    the next here), comparing within a round and then taking the median is steadier
    than dividing medians taken over different moments.
    """
    their_key = their_key or key
    return Stats.of(
        [
            a[key] / b[their_key]
            for a, b in zip(mine, theirs, strict=True)
            if a.get(key) is not None and b.get(their_key)
        ]
    )


# --------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class Line:
    """One measurement: ours against its baselines, and the target it answers to."""

    measurement: str
    ours: str
    baselines: str
    ratio: str
    target: str
    met: bool | None  # None: no target, for information

    @property
    def verdict(self) -> str:
        return "—" if self.met is None else ("yes" if self.met else "NO")


def print_table(title: str, lines: Sequence[Line], notes: Sequence[str] = ()) -> None:
    header = ("measurement", "ours: median (min-max)", "baseline(s)", "ratio", "target", "met?")
    rows = [header] + [
        (ln.measurement, ln.ours, ln.baselines, ln.ratio, ln.target, ln.verdict) for ln in lines
    ]
    # Baselines may span several lines (one per baseline).
    split = [[cell.split("\n") for cell in row] for row in rows]
    widths = [max(len(part) for row in split for part in row[i]) for i in range(len(header))]
    rule = "-+-".join("-" * w for w in widths)
    print()
    print(f"== {title}")
    for index, row in enumerate(split):
        for parts in itertools.zip_longest(*row, fillvalue=""):
            print(" | ".join(p.ljust(w) for p, w in zip(parts, widths, strict=True)).rstrip())
        if index == 0:
            print(rule)
    for note in notes:
        print(f"   {note}")
    sys.stdout.flush()


def ratio(a: float, b: float) -> str:
    if not b or a != a or b != b:  # zero or NaN
        return "n/a"
    return f"{a / b:.2f}x"


# --------------------------------------------------------------------------- Qt helpers
# Imported lazily: the parent (pytest) process never loads Qt for these.


def wait_until(condition: Callable[[], bool], timeout_s: float = 60.0, poll_ms: int = 2) -> bool:
    """Run the event loop until ``condition()`` holds (True) or the time is up (False).

    A real event loop (it sleeps between events), checked every ``poll_ms``: a busy
    loop would take CPU from the worker thread and the server on a 2-core machine.
    Timestamps are taken by whoever makes the condition true, not here.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return True
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_s

    def check() -> None:
        if condition() or time.perf_counter() > deadline:
            loop.quit()

    poll = QTimer()
    poll.setInterval(poll_ms)
    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    return condition()


def settle(ms: int) -> None:
    """Let the event loop run for ``ms`` milliseconds (a person is never that fast)."""
    end = time.perf_counter() + ms / 1000
    wait_until(lambda: time.perf_counter() >= end, timeout_s=ms / 1000 + 5)


def make_heartbeat(interval_ms: int = 5) -> Any:
    """A precise QTimer on the GUI thread that notes when it fired (see Heartbeat)."""
    from PySide6.QtCore import QObject, Qt, QTimer

    class Heartbeat(QObject):
        """Ticks every ``interval_ms``; ``gap()`` is the longest wait between ticks in a
        window of time, minus the interval: how long the GUI thread was not listening."""

        def __init__(self) -> None:
            super().__init__()
            self.interval_ms = interval_ms
            self.ticks: list[float] = []
            self.timer = QTimer(self)
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.setInterval(interval_ms)
            self.timer.timeout.connect(self._on_timer_timeout)

        def _on_timer_timeout(self) -> None:
            self.ticks.append(time.perf_counter())

        def start(self) -> None:
            self.ticks = [time.perf_counter()]
            self.timer.start()

        def stall_ms(self, since: float, until: float) -> float:
            """Longest gap between ticks in [since, until], minus the interval, in ms."""
            marks = [since] + [t for t in self.ticks if since < t < until] + [until]
            gap = max(b - a for a, b in itertools.pairwise(marks))
            return max(0.0, gap * 1000 - self.interval_ms)

    return Heartbeat()


def full_repaint_ms(widget: Any, runs: int = 5) -> float:
    """``widget`` and everything shown in it painted on screen once, median of ``runs``.

    Every visible widget inside is marked dirty first: ``repaint()`` of a parent alone
    leaves alone the children that paint themselves, the viewports of tables, lists and
    plots (a window's ``repaint()`` painted none of its list's cells: 3 ms against 7 ms
    with them, tests/perf/test_gui_stall_benchmark.py).
    """
    from PySide6.QtWidgets import QWidget

    assert widget.isVisible(), "a hidden widget paints nothing"
    widgets = [w for w in widget.findChildren(QWidget) if w.isVisible()]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for child in widgets:
            child.update()
        widget.repaint()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


class PaintWatch:
    """Stops a clock when every widget given to ``expect`` has been painted since.

    ``expect(widgets)`` is called when the figures are in (a dashboard's ``painted``, a
    chart's ``shown``) with what shows them. An event filter on each sees its Paint
    event; a zero-delay timer started at the last one fires once that paint (and the
    window's flush) is done, and the clock is read there. Earlier paints (placeholders,
    the empty page) do not count.
    """

    def __init__(self) -> None:
        from PySide6.QtCore import QObject, QTimer

        paint_type = self._paint_type()
        watch = self

        class Filter(QObject):
            def eventFilter(self, watched: QObject, event: Any) -> bool:
                if event.type() == paint_type and watched in watch.waiting:
                    watch.waiting.discard(watched)
                    watched.removeEventFilter(self)
                    if not watch.waiting and watch.done_at is None:
                        QTimer.singleShot(0, functools.partial(watch._on_all_painted, watch.round))
                return False

        self.filter = Filter()
        self.waiting: set[Any] = set()
        self.done_at: float | None = None
        #: Which ``expect`` the clock is for (a late timer of an earlier one stops none).
        self.round = 0

    @staticmethod
    def _paint_type() -> Any:
        from PySide6.QtCore import QEvent

        return QEvent.Type.Paint

    def expect(self, widgets: list[Any]) -> None:
        assert widgets, "nothing to wait for: the clock would never stop"
        for widget in self.waiting:
            widget.removeEventFilter(self.filter)
        self.round += 1
        self.done_at = None
        self.waiting = set(widgets)
        for widget in widgets:
            widget.installEventFilter(self.filter)
            widget.update()  # no paint is skipped: anything shown paints at least once

    def _on_all_painted(self, round_: int) -> None:
        if round_ == self.round and self.done_at is None:
            self.done_at = time.perf_counter()


def make_paint_probe(viewport: Any) -> Any:
    """Stops a clock at the first paint of ``viewport`` that shows what ``arm`` asks for.

    An event filter sees the Paint event before the widget draws; when the condition
    holds then, what is about to be drawn is real data, and a zero-delay timer started
    there fires once that paint (and the flush of the window) is done: the clock stops
    there. Painting placeholders does not count.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    paint = QEvent.Type.Paint

    class PaintProbe(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.condition: Callable[[], bool] | None = None
            self.painted_at: float | None = None
            self.paints = 0
            viewport.installEventFilter(self)

        def arm(self, condition: Callable[[], bool]) -> None:
            self.condition = condition
            self.painted_at = None
            self.paints = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == paint and self.condition is not None:
                self.paints += 1
                if self.condition():
                    self.condition = None
                    QTimer.singleShot(0, self._on_painted)
            return False

        def _on_painted(self) -> None:
            self.painted_at = time.perf_counter()

        def wait(self, timeout_s: float = 120.0) -> float:
            """perf_counter() when the armed paint was done (raises on timeout)."""
            if not wait_until(lambda: self.painted_at is not None, timeout_s):
                raise TimeoutError("the view never painted what was asked for")
            assert self.painted_at is not None
            return self.painted_at

    return PaintProbe()
