"""Tells a chart when records of its tables change, from a listener of its own.

It reuses the work listener (services/work_listener.py) on a connection of its own: the
listener's "read" is only a marker of which tables changed, taken from the
notifications' payloads (migration 0015's ``dicel_work``: table, id, operation); the
chart then reads its figures again through the DB worker, under the viewer's rights. On
a connection that cannot listen (a pooler in transaction mode) nothing arrives: the chart
changes when it is shown again or its choosers change.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable

from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import work_listener

log = logging.getLogger(__name__)

#: What a read hands over: a change of the watched tables, or nothing worth a re-read.
_CHANGED, _OTHER = "changed", "other"


class TableWatch:
    """Calls ``on_changed()`` on the GUI thread after a change of ``tables`` (and on
    every (re)connection, so nothing missed while disconnected goes unseen)."""

    def __init__(self, worker: DbWorker, tables: Iterable[str], on_changed: Callable[[], None]):
        self._worker = worker
        self._tables = frozenset(tables)
        self._on_changed = on_changed
        self.listener: work_listener.WorkListener | None = None
        self._wanted = False

    def start(self) -> None:
        """Find the window's engine (through the worker: a session knows it), then listen."""
        if self._wanted:
            return
        self._wanted = True
        if self._worker.is_shut_down:
            return
        self._worker.submit(lambda session: session.get_bind(), self._listen, self._failed)

    def stop(self, *_args: object) -> None:
        """Stop listening (returns at once); ``start()`` listens again."""
        self._wanted = False
        if self.listener is not None:
            self.listener.stop()
            self.listener = None

    def _listen(self, engine) -> None:
        if not self._wanted or self.listener is not None:
            return
        call_in_gui = self._worker.call_in_gui
        connected_before = False

        def on_result(marker: str) -> None:
            # The first read follows the first connection: the chart has just read its
            # figures itself. After a reconnection, something may have been missed.
            nonlocal connected_before
            first, connected_before = not connected_before, True
            if marker == _CHANGED and not first:
                call_in_gui(self._changed)

        self.listener = work_listener.WorkListener(
            work_listener.engine_connector(engine),
            lambda _connection: _CHANGED,
            on_result,
            fetch_changed=self._which,
        )
        self.listener.start()

    def _which(self, _connection, _previous, payloads: list[str]) -> str:
        for payload in payloads:
            try:
                if json.loads(payload).get("table") in self._tables:
                    return _CHANGED
            except (ValueError, AttributeError):
                log.debug("Not a change notification: %r", payload)
        return _OTHER

    def _changed(self) -> None:
        if self._wanted:
            self._on_changed()

    def _failed(self, error: BaseException) -> None:
        log.warning("Live updates of a chart could not start: %s", error)
