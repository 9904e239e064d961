"""Python's cycle collector frees cycles on the GUI thread only (gui/gui_thread_gc.py).

A full run of the suite hung for good when the collector, run by an allocation on the DB
worker, freed a closed window's widgets there: their destructors waited for the GIL the
GUI thread held while it waited for their Qt locks."""

from __future__ import annotations

import gc
import threading

from helpers import WAIT_MS

from dicel_desktop.gui import gui_thread_gc
from dicel_desktop.gui.worker import DbWorker


class _Marker:
    """Says on which thread it was freed."""

    def __init__(self, freed_on: list[str]) -> None:
        self.freed_on = freed_on
        self.me = self  # a cycle: only the collector frees it

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


def test_a_cycle_dropped_is_freed_on_the_gui_thread_not_by_a_workers_allocations(qtbot):
    worker = DbWorker()  # what every window makes first
    try:
        assert not gc.isenabled()
        gc.collect()
        freed_on: list[str] = []
        # Cycles dropped at once, twice past the youngest generation's threshold: garbage
        # only the collector frees, and a collection due even after whatever else the
        # test's own objects free meanwhile (the count is of objects still there).
        while gc.get_count()[0] <= 2 * gc.get_threshold()[0]:
            _Marker(freed_on)

        def allocate() -> None:
            # Far past the youngest generation's threshold, as connecting to the
            # database does: the automatic collector would run here.
            kept = [[] for _ in range(gc.get_threshold()[0] * 20)]
            del kept

        thread = threading.Thread(target=allocate, name="dicel-db-worker")
        thread.start()
        thread.join()
        assert freed_on == []
        qtbot.waitUntil(lambda: bool(freed_on), timeout=WAIT_MS)  # the GUI thread's timer
        assert set(freed_on) == {threading.main_thread().name}
    finally:
        worker.shutdown()


def test_a_collection_is_due_only_past_a_threshold(qtbot):
    DbWorker().shutdown()
    gc.collect()
    assert gui_thread_gc.collect_due() is None
    kept = [[] for _ in range(gc.get_threshold()[0] + 10)]
    assert gui_thread_gc.collect_due() == 0
    del kept


class _Box:
    """An object the collector tracks and counts (an empty list may come from the lists'
    free list, which the count does not see)."""

    __slots__ = ("item",)


def test_the_oldest_generation_waits_for_a_quarter_of_its_size_as_cpython_does(qtbot, monkeypatch):
    """A full collection walks every object: it comes once the objects moved into the
    oldest generation since its last one are a quarter of those it kept, not whenever
    its count comes due (that was every tenth middle collection, a stall growing with
    the session)."""
    DbWorker().shutdown()
    # Counts of its own: the suite's earlier tests leave the collector's (a fresh window
    # full of objects kept after a full collection put its quarter out of this reach).
    monkeypatch.setattr(gui_thread_gc, "_oldest", gui_thread_gc._Oldest())
    thresholds = gc.get_threshold()
    gc.set_threshold(100, 2, 2)
    try:
        gc.collect()

        def turn(keep: list[object], objects: int = 150) -> int | None:
            """One turn of the timer after ``objects`` new objects, alive at the collection
            and kept in ``keep`` or dropped after it."""
            fresh = [_Box() for _ in range(objects)]
            due = gc.get_count()
            collected = gui_thread_gc.collect_due()
            keep.extend(fresh)
            due_by_count.append((due, collected))
            return collected

        due_by_count: list[tuple[tuple[int, int, int], int | None]] = []
        kept = [_Box() for _ in range(20_000)]
        # Until a first full collection here: it knows the oldest generation's size.
        assert any(turn([]) == 2 for _ in range(200))
        size = len(gc.get_objects(2))
        assert size >= 20_000

        # Short-lived objects: a middle collection moves few into the oldest generation.
        due_by_count.clear()
        for _ in range(100):
            turn([])
        skipped = [c for (counts, c) in due_by_count if counts[1] >= 2 and counts[2] >= 2]
        assert skipped, "the count never came due: the thresholds did not apply"
        assert set(skipped) == {1}, "a full collection for a handful of new survivors"

        # Survivors past a quarter of it: the next due full collection comes.
        survivors: list[object] = []
        due_by_count.clear()
        collected = [turn(survivors, 1_000) for _ in range(size // 4 // 1_000 + 60)]
        assert 2 in collected
        # Not at the first due count (the old rule: within the first few turns), but
        # once about a quarter moved in. Each turn keeps a thousand of its own; the
        # process's other survivors move in too, so the quarter comes a little sooner
        # than a thousand a turn alone would bring it: half of it is the floor.
        first_full = collected.index(2)
        assert (first_full + 1) * 1_000 >= size // 8
        del kept, survivors
    finally:
        gc.set_threshold(*thresholds)
        gc.collect()
