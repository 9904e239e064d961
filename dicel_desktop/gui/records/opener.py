"""Opens record windows for the main window: one per record (asking again brings the open
one to the front), new ones empty or with fields given (an invoice line of its invoice),
and tells the lists of a table when one of its records was saved or deleted."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.records.record_form import EditorFactory
from dicel_desktop.gui.records.record_window import PanelFactory, RecordWindow, own_new_record
from dicel_desktop.gui.worker import DbWorker


class RecordOpener(QObject):
    #: A record of this table was created, changed or deleted: its lists may refresh.
    table_changed = Signal(str)
    #: The database said a record of this table changed, in anyone's session (``NOTIFY
    #: dicel_work``, heard by the live inbox's listener where the connection listens):
    #: views that show figures of it read them again (a leave card, balance40).
    notified = Signal(str)

    def __init__(
        self,
        worker: DbWorker,
        role: Role,
        make_editor: EditorFactory,
        panels: Callable[[RecordOpener], PanelFactory] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.role = role
        self.make_editor = make_editor
        self._parent_widget = parent
        self._panels = panels(self) if panels is not None else None
        #: Open windows of saved records, by (table, id).
        self.windows: dict[tuple[str, uuid.UUID], RecordWindow] = {}
        self.new_windows: list[RecordWindow] = []

    def open(self, table: str, record_id: uuid.UUID, **options: Any) -> RecordWindow:
        """The window of a saved record (the one already open, if any)."""
        window = self.windows.get((table, record_id))
        if window is None:
            window = self._make(table, record_id=record_id, **options)
            self.windows[(table, record_id)] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def new(
        self,
        table: str,
        presets: Mapping[str, Any] | None = None,
        **options: Any,
    ) -> RecordWindow | QDialog:
        """A window for a new record of ``table``; ``presets`` fill (and fix) fields. Or,
        where the role files such a record through a dialog of its own (a leave request
        for oneself: ``OWN_NEW_RECORDS``), that dialog."""
        own = own_new_record(table, self.role)
        if own is not None:
            return own.open(
                self._parent_widget, self.worker, lambda _id: self.table_changed.emit(table)
            )
        window = self._make(table, presets=presets, **options)
        self.new_windows.append(window)
        window.show()
        window.raise_()
        return window

    def unsaved_windows(self) -> list[RecordWindow]:
        return [w for w in [*self.windows.values(), *self.new_windows] if w.form.is_dirty()]

    def close_all(self, *, discard: bool = False) -> None:
        """Close every record window (``discard``: without asking about changes)."""
        for window in [*self.windows.values(), *self.new_windows]:
            if discard:
                window.discard_and_close()
            else:
                window.close()

    def _make(self, table: str, **options: Any) -> RecordWindow:
        window = RecordWindow(
            self.worker,
            table,
            self.role,
            self.make_editor,
            panels=self._panels,
            parent=self._parent_widget,
            **options,
        )
        window.saved.connect(lambda record: self._on_saved(window, record))
        window.deleted.connect(lambda _id: self.table_changed.emit(table))
        window.filed_apart.connect(lambda _id: self.table_changed.emit(table))
        window.finished.connect(lambda _result: self._forget(window))
        return window

    def _on_saved(self, window: RecordWindow, record: Any) -> None:
        if window in self.new_windows:  # a new record now has an id
            self.new_windows.remove(window)
            self.windows[(record.table, record.id)] = window
        self.table_changed.emit(record.table)

    def _forget(self, window: RecordWindow) -> None:
        for key, open_window in list(self.windows.items()):
            if open_window is window:
                del self.windows[key]
        if window in self.new_windows:
            self.new_windows.remove(window)
        window.deleteLater()
