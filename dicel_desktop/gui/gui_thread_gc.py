"""Python's cycle collector runs on the GUI thread only.

The collector runs on whichever thread happens to allocate when a generation's threshold
is passed: often the DB worker, in the middle of connecting. A cycle it frees there may
hold a Qt object (a window closed, its actions, a lambda connected to it), whose C++
destructor then runs on the worker: it takes Qt's signal-slot locks, and asks for the
GIL to reach a Python override, while the GUI thread holds the GIL and waits for those
same locks destroying another object. That deadlock hung a full run of the tests for good
(stop 21, a stack taken with py-spy: ``QObject::~QObject`` on ``dicel-db-worker`` under
``gc_collect_main``, the main thread in ``QBasicMutex::lockInternal``); freeing a widget
off the GUI thread can crash as well. (Anki does the same for the same reason.)

So the automatic collector is turned off, and a timer on the GUI thread collects what it
would have: the youngest generation when its count passed its threshold, an older one
when theirs did, and the oldest only as CPython would, once the objects moved into it
since its last collection are a quarter of those it kept then (``LONG_LIVED_SHARE``). A
full collection walks every object not frozen (``gui.app.freeze_long_lived_objects``):
collected whenever its count came due, it ran every tenth middle one, a stall that grows
with the session's objects (CPython skips it for that reason, gcmodule.c, bpo-4074).
Objects without cycles are freed as before, by reference counting, on the thread that
drops them.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QTimer

__all__ = ["CHECK_MS", "LONG_LIVED_SHARE", "collect_due", "collect_on_gui_thread"]

#: How often the GUI thread looks whether a collection is due.
CHECK_MS = 250
#: The oldest generation is collected once the objects moved into it since its last
#: collection are at least its size then divided by this (CPython's own rule).
LONG_LIVED_SHARE = 4

_timer: QTimer | None = None


@dataclass
class _Oldest:
    """What CPython keeps to decide on a full collection (not readable from Python)."""

    #: Objects in the oldest generation after its last collection here.
    kept: int = 0
    #: Objects moved into it by middle collections since (the survivors of each).
    moved_in: int = 0


_oldest = _Oldest()


def collect_on_gui_thread() -> None:
    """Turn the automatic collector off and collect on this (the GUI) thread from now on.
    Called where the first worker thread is made; once is enough."""
    global _timer
    app = QCoreApplication.instance()
    if app is None or _timer is not None:
        return
    gc.disable()
    _timer = QTimer(app)
    _timer.setObjectName("guiThreadGc")
    _timer.setInterval(CHECK_MS)
    _timer.timeout.connect(collect_due)
    _timer.start()
    app.destroyed.connect(_forget)


def collect_due() -> int | None:
    """Collect the generation the automatic collector would have now, if any; the
    generation collected, or None."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] < thresholds[0]:
        return None
    generation = 0
    if counts[1] >= thresholds[1]:
        generation = 1
        if counts[2] >= thresholds[2] and _oldest.moved_in >= _oldest.kept // LONG_LIVED_SHARE:
            generation = 2
    if generation == 2:
        gc.collect(2)
        _oldest.kept, _oldest.moved_in = len(gc.get_objects(2)), 0
    elif generation == 1:
        # What a middle collection does not free moves into the oldest generation.
        young = len(gc.get_objects(0)) + len(gc.get_objects(1))
        _oldest.moved_in += max(young - gc.collect(1), 0)
    else:
        gc.collect(0)
    return generation


def collect_anywhere_again() -> None:
    """The automatic collector back, the timer stopped: once no thread of the GUI's runs
    any more (the test suite, after its GUI tests)."""
    if _timer is not None:
        _timer.stop()
    _forget()


def _forget(_app: QObject | None = None) -> None:
    global _timer
    _timer = None
    gc.enable()
