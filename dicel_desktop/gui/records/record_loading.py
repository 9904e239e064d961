"""A record window's record through its life: read on the worker as the window opens, an
empty one for New, read again after a workflow step moved it on (``reload``, saying what
was done) or after a record under it changed what the database keeps here (``refresh``,
an order's total following its lines); and the header each shows: the title, the line
under it, the flag and the sum, the workflow's steps, Save and Delete as the record
leaves them.

A record window's helper (``RecordWindow.loading``). Its sentences keep the window's
translation context, "RecordWindow".
"""

from __future__ import annotations

import functools
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.records.actions import actions_for
from dicel_desktop.gui.records.titles import header_texts
from dicel_desktop.gui.records.window_registries import own_new_record
from dicel_desktop.services import records
from dicel_desktop.services.records import Record

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow


def _loading() -> str:
    return QCoreApplication.translate("RecordWindow", "Loading…")


class RecordLoading:
    """The reads and the header of one record window; see the module docstring."""

    def __init__(self, window: RecordWindow) -> None:
        self._window = window
        #: Said once the record is read again after a step ("Approved.").
        self._after_reload_note = ""

    # ----------------------------------------------------------------- reading

    def load(self, record_id: uuid.UUID) -> None:
        window = self._window
        window.title.setText(window.spec.record_title)
        window.subtitle.setText(_loading())
        task = functools.partial(
            records.load_record, table=window.table, role=window.role, record_id=record_id
        )
        window.running.run(
            task, self._on_loaded, self._on_load_failed, busy_text=_loading(), fills_form=True
        )

    def show_new(self) -> None:
        window = self._window
        window.form.load(None, presets=window.presets, context_currency=window.context_currency)
        self.show_header()
        window.under.build()
        self._focus_first_field()
        window.clock.read()

    def _on_loaded(self, record: Record) -> None:
        window = self._window
        reloaded = window.form.record is not None
        window.form.load(record, presets=window.presets, context_currency=window.context_currency)
        self.show_header()
        window.under.build_after_paint()
        if reloaded:
            window.saved.emit(record)
        else:
            self._focus_first_field()
        note, self._after_reload_note = self._after_reload_note, ""
        if note:
            window._show_message(note, error=False)

    def _on_load_failed(self, error: BaseException) -> None:
        window = self._window
        window.subtitle.setText("")
        window.flag_line.show_for(None)
        window._show_message(describe_error(error))
        window.save_button.setEnabled(False)
        window.delete_button.setEnabled(False)

    def reload(self, note: str = "") -> None:
        """Read the record again (after a workflow step moved it on), then say ``note``
        ("Approved."); the lists showing it follow (``saved``)."""
        record = self._window.form.record
        if record is not None and not self._window.running.busy:
            self._after_reload_note = note
            self.load(record.id)

    def refresh(self) -> None:
        """Read the record's fields again, leaving what is under it as it is, unless the
        person is changing it: a record that belongs to it changed what the database keeps
        here (an order's total follows its lines)."""
        window = self._window
        record = window.form.record
        if record is None or window.running.busy or window.form.is_dirty():
            return
        task = functools.partial(
            records.load_record, table=window.table, role=window.role, record_id=record.id
        )
        window.running.run(
            task, self._on_refreshed, self._on_load_failed, busy_text=_loading(), fills_form=True
        )

    def _on_refreshed(self, record: Record) -> None:
        window = self._window
        window.form.load(record, presets=window.presets, context_currency=window.context_currency)
        self.show_header()

    # ----------------------------------------------------------------- New

    def offer_new(self) -> None:
        """New (its button, Ctrl+N): an empty form, after asking what to do with unsaved
        changes; or the table's own dialog (OWN_NEW_RECORDS), this record staying."""
        window = self._window
        if not window.new_button.isVisible() or window.running.busy:
            return
        own = own_new_record(window.table, window.role)
        if own is not None:  # this window's record stays as it is
            window.own_new_dialog = own.open(window, window.worker, window.filed_apart.emit)
            return
        if window.form.is_dirty():
            window.closing.ask_unsaved(self._start_new)
        else:
            self._start_new()

    def _start_new(self) -> None:
        self._window._hide_message()
        self.show_new()

    def _focus_first_field(self) -> None:
        """Typing starts in the first field the person may change, not in whichever
        widget comes first (a generated number, read-only): unless they are already in
        one (a reload leaves the focus where it is)."""
        window = self._window
        form = window.form
        focus = window.focusWidget()
        for editor in form.editors.values():
            if focus is not None and (focus is editor or editor.isAncestorOf(focus)):
                if not editor.is_read_only():
                    return
                break
        first = form.first_field()
        value = form.editors.get("setting_value")
        if window.table == "system_settings" and form.record is not None and value is not None:
            # A saved setting changes by its value: typing starts there, not in its type.
            first = value if not value.is_read_only() else first
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----------------------------------------------------------------- the header

    def show_header(self) -> None:
        window = self._window
        record = window.form.record
        title, note = header_texts(window.spec, record, window.form.frozen_fields())
        window.title.setText(title)
        window.setWindowTitle(f"{title} — DICEL")
        window.subtitle.setText(note)
        window.flag_line.show_for(record)
        window.summary_line.show_for(window.worker, window.table, record)
        window.running.enable_writing()
        self._show_steps()

    def _show_steps(self) -> None:
        window = self._window
        window.steps.show_for(actions_for(window.table, window.role, window.form.record))
        window.held.ask()
        window.under.yield_mnemonics()
