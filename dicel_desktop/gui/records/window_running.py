"""A record window's operations on the DB worker and its busy state: a read, a save or a
delete runs as a named service operation (``services.records``) with its refusals worded
for the table; while it runs the form is read-only, New, Save and Delete are off and the
message line says what runs ("Saving…", then the longer words if the server is slow to
answer: gui/unanswered). Save and Delete are enabled from here too, by what the record's
state and the person's role leave them.

A record window's helper (``RecordWindow.running``); the load, the save path and the
held fields run through it. Its sentences keep the window's translation context,
"RecordWindow".
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.records.titles import header_texts
from dicel_desktop.services import records

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow


class WindowRunning:
    """The operations of one record window; see the module docstring."""

    def __init__(self, window: RecordWindow) -> None:
        self._window = window
        #: An operation runs: the form is read-only and the buttons are off.
        self.busy = False
        #: The worker's request id of the operation under way (cancelled on close).
        self.pending: int | None = None
        #: What the message line says while it runs ("Loading…").
        self.busy_text = ""
        self._operation: Op | None = None

    def run(
        self,
        task: functools.partial,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        busy_text: str,
        fills_form: bool = False,
    ) -> None:
        """Run a records operation (``partial(fn, **arguments)``) on the worker, with its
        refusals worded for this table and the values it writes. ``fills_form``: its
        answer goes straight into ``form.load`` (a read), which locks the fields itself."""
        window = self._window
        self.set_busy(True, busy_text)
        action = {
            records.create_record: "insert",
            records.save_record: "update",
            records.delete_record: "delete",
        }.get(task.func, "read")
        values = task.keywords.get("values") or task.keywords.get("changes") or {}

        def done(result: Any) -> None:
            self.pending = None
            self.set_busy(False, form_loads=fills_form)
            on_done(result)

        def failed(error: BaseException) -> None:
            self.pending = None
            self.set_busy(False)
            on_error(error)

        self._operation = (
            Op(window.worker, task.func, **task.keywords)
            .for_widget(window)
            .explaining(window.table, values, action=action)
            .on_success(done)
            .on_failure(failed)
        )
        self.pending = self._operation.run()

    def cancel(self) -> None:
        """The operation under way is let go of (the window closes)."""
        if self.pending is not None:
            self._window.worker.cancel(self.pending)
            self.pending = None

    def unanswered_busy(self, request_id: int) -> str:
        """The busy text of this window's operation ``request_id`` while it runs and its
        message line says it ("" otherwise): the status bar is at the main window's foot,
        this window may be elsewhere (watch39)."""
        if not self.busy or request_id != self.pending:
            return ""
        return self.busy_text if self._window.message.text() == self.busy_text else ""

    def say_waiting(self, words: str) -> None:
        """The longer words, in place of the busy text: the form stays as typed and
        read-only, and the answer ends them as it ends the busy text."""
        self.busy_text = words
        self._window._show_message(words, error=False)

    def set_busy(self, busy: bool, text: str = "", *, form_loads: bool = False) -> None:
        """``form_loads``: the form is loaded next, in this same slot, and locks its
        fields as it fills them (``RecordForm.set_read_only(until_load=True)``)."""
        window = self._window
        self.busy = busy
        window.form.set_read_only(busy or window.spec.read_only, until_load=form_loads)
        window.new_button.setEnabled(not busy)
        self.enable_writing()
        window.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
        if busy:
            self.busy_text = text
            window._show_message(text, error=False)
        elif window.message.text() == self.busy_text:
            window._hide_message()

    def enable_writing(self) -> None:
        """Save and Delete, while nothing runs and the record may change: a record in a
        final state (a closed ticket) is read only, as the database holds it, and Save
        needs a field left to change (a submitted review's lock freezes them all)."""
        window = self._window
        form = window.form
        final = form.is_final()
        may_change = form.may_change_anything()
        window.save_button.setEnabled(not self.busy and not final and may_change)
        # Off for a reason the window says above the form: the button says it too ("Save
        # (Ctrl+S)" alone, on an active policy, gave none).
        why = "" if self.busy else self._held_because()
        shut = final or not may_change
        window.save_button.setToolTip(
            why if shut and why else QCoreApplication.translate("RecordWindow", "Save (Ctrl+S)")
        )
        held = window.held.delete_held
        window.delete_button.setEnabled(
            not self.busy and not final and form.record is not None and held is None
        )
        window.delete_button.setToolTip(held or (why if final else ""))

    def _held_because(self) -> str:
        """Why the record may not change (what its state or the person's role makes it),
        as the line under the title says it; "" when nothing holds it."""
        window = self._window
        if window.form.record is None:
            return ""
        return header_texts(window.spec, window.form.record, window.form.frozen_fields())[1]
