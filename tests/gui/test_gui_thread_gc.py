"""Python's cycle collector frees cycles on the GUI thread only (gui/gui_thread_gc.py).

A full run of the suite hung for good when the collector, run by an allocation on the DB
worker, freed a closed window's widgets there: their destructors waited for the GIL the
GUI thread held while it waited for their Qt locks."""

from __future__ import annotations

import gc
import threading

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
        qtbot.waitUntil(lambda: bool(freed_on), timeout=10_000)  # the GUI thread's timer
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
