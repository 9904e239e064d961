"""Keeps "Waiting for me" current for the main window, without a refresh.

The work listener (services/work_listener.py) reads the inbox on a connection and a
thread of its own whenever the database says work changed (or at an interval where the
connection cannot listen), and hands each list to the GUI thread through the DB
worker's ``call_in_gui``: the GUI thread never waits for it. New items while the window
is in the background give a desktop notice (gui/desktop_notice.py). Decisions taken in
the window, and records of the inbox's tables saved there, make it read again at once
(polling, the next poll could be a while).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.desktop_notice import DesktopNotice
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.tabs.inbox_model import kind_label
from dicel_desktop.gui.translations import record_name
from dicel_desktop.services import inbox, work_listener
from dicel_desktop.services.inbox import Decision, WaitingItem

if TYPE_CHECKING:
    from dicel_desktop.gui.main_window import MainWindow

#: The tables whose records come and go in the inbox.
_INBOX_TABLES = frozenset(kind.table for kind in inbox.KINDS.values())


class LiveInbox(QObject):
    def __init__(self, window: MainWindow, refresh_table: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self._page = window.my_work.inbox
        #: Lists of other tables to reload after decisions taken here.
        self._refresh_table = refresh_table
        #: Told of new work while the window is behind (tests read ``notice.last``).
        self.notice = DesktopNotice(window)
        self.notice.clicked.connect(self._on_notice_clicked)
        self._page.items_arrived.connect(self._on_items_arrived)
        self._page.decided.connect(self._on_decided)
        window.records.table_changed.connect(self._on_record_changed)
        self.listener = self._start(window.logged_in, window.worker.call_in_gui)

    def _start(self, logged_in: Any, call_in_gui: Callable[..., None]):
        page = self._page
        listener = work_listener.WorkListener(
            work_listener.engine_connector(logged_in.engine),
            inbox.read_waiting,
            # These run on the listener's thread: each only queues a call for the GUI.
            lambda items: call_in_gui(page.show_items, items),
            fetch_changed=inbox.read_changed,
            mode=getattr(logged_in, "live_updates", "auto"),
            on_state=lambda state: call_in_gui(page.show_state, state),
            on_error=lambda error: call_in_gui(self._on_listener_failed, error),
            on_notified=lambda payloads: call_in_gui(self._on_notified, payloads),
            day_of=inbox.company_day,
            poll_interval=work_listener.POLL_INTERVAL_S,
        )
        listener.start()
        return listener

    def stop(self) -> None:
        """On closing the window (logging out): returns at once."""
        self.listener.stop()
        self.notice.close()

    # ----------------------------------------------------------------- slots

    @slot_while_whole(list, keeps="_window")
    def _on_items_arrived(self, items: list[WaitingItem]) -> None:
        window = self._window
        if window.isActiveWindow() and not window.isMinimized():
            return  # the count on the tab says it
        title = self.tr("Waiting for your decision")
        if len(items) == 1:
            (item,) = items
            text = self.tr(
                "{kind}: {title}",
            ).format(kind=kind_label(item.kind), title=record_name(item.title))
            if item.submitted_by:
                text = self.tr("{what}, from {name}").format(what=text, name=item.submitted_by)
        else:
            text = self.tr("%n new items wait for your decision.", "", len(items))
        self.notice.notify(title, text)

    @slot_while_whole(keeps="_window")
    def _on_notice_clicked(self) -> None:
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        window.tabs.setCurrentWidget(window.my_work)
        if "waiting" in window.my_work.section_keys():
            window.my_work.show_section("waiting")

    @slot_while_whole(list, keeps="_window")
    def _on_decided(self, decisions: list[Decision]) -> None:
        self.listener.refresh()
        for table in sorted({d.item.table for d in decisions if d.decided}):
            self._refresh_table(table)

    @slot_while_whole(str, keeps="_window")
    def _on_record_changed(self, table: str) -> None:
        if table in _INBOX_TABLES:
            self.listener.refresh()

    def _on_notified(self, payloads: list[str]) -> None:
        """Tell the window's views which tables the database said changed (the payload's
        table only: its id is read again under the reader's rights, or not at all)."""
        for table in sorted({_table_of(p) for p in payloads} - {None}):
            self._window.records.notified.emit(table)

    def _on_listener_failed(self, error: BaseException) -> None:
        self._page.show_problem(describe_error(error))


def _table_of(payload: str) -> str | None:
    """The table a ``dicel_work`` payload names; None for one that does not read (any
    login may NOTIFY the channel)."""
    try:
        table = json.loads(payload)["table"]
    except (ValueError, KeyError, TypeError):
        return None
    return table if isinstance(table, str) else None
