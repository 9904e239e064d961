"""How a record window closes, and the questions it asks over itself: Esc, Close or the
window's close button ask first what to do with unsaved changes (Save, Discard, or keep
editing), as New does; a closing window lets go of its operation and stops its lists;
a record deleted here closes its window without asking.

A record window's helper (``RecordWindow.closing``); ``RecordWindow.reject`` asks it
whether to close. Its sentences keep the window's translation context, "RecordWindow".
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from dicel_desktop.gui.questions import ask, cancel_label, discard_label, save_label
from dicel_desktop.gui.records.titles import in_question

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow


class WindowClosing:
    """The closing and the questions of one record window; see the module docstring."""

    def __init__(self, window: RecordWindow) -> None:
        self._window = window
        #: The person chose to close (or the record is gone): no question asked.
        self.confirmed = False

    def may_close(self) -> bool:
        """Whether the window closes now: with unsaved changes it asks first (and closes
        on the answer); closing, its operation is cancelled and its lists stop."""
        window = self._window
        if window.form.is_dirty() and not self.confirmed:
            self.ask_unsaved(self._close_now)
            return False
        window.running.cancel()
        window.under.close_lists()
        return True

    def on_deleted(self, record_id: uuid.UUID) -> None:
        """The record was deleted here: said, and the window closes."""
        self._window.deleted.emit(record_id)
        self._close_now()

    def _close_now(self) -> None:
        self.confirmed = True
        self._window.reject()

    def ask_unsaved(self, then: Callable[[], None]) -> None:
        """Save, discard or keep editing; ``then`` runs after a save or a discard."""
        window = self._window
        record = window.form.record
        if record is not None:
            name = in_question(record)  # "this performance review", not "Performance review"
        else:
            name = QCoreApplication.translate("RecordWindow", "the new %1").replace(
                "%1", window._what()
            )
        text = QCoreApplication.translate("RecordWindow", "Save the changes to %1?").replace(
            "%1", name
        )

        def save_then() -> None:
            window.saving.after_save = then
            window.save()

        window._ask(
            text,
            {
                QMessageBox.StandardButton.Save: save_then,
                QMessageBox.StandardButton.Discard: then,
                QMessageBox.StandardButton.Cancel: None,
            },
            default=QMessageBox.StandardButton.Save,
            # Each with its Alt letter: Discard had none (keys38 #5).
            labels={
                QMessageBox.StandardButton.Save: save_label(),
                QMessageBox.StandardButton.Discard: discard_label(),
                QMessageBox.StandardButton.Cancel: cancel_label(),
            },
        )

    def ask(
        self,
        text: str,
        actions: Mapping[QMessageBox.StandardButton, Callable[[], None] | None],
        *,
        default: QMessageBox.StandardButton | None = None,
        labels: Mapping[QMessageBox.StandardButton, str] | None = None,
    ) -> None:
        """A question over the window that does not block; the answer runs its action."""
        window = self._window

        def closed() -> None:
            window.question = None

        # The record's title, without the unsaved mark "* ": a question has nothing
        # unsaved of its own (eye35b #5).
        title = window.windowTitle().removeprefix("* ")
        window.question = ask(
            window, title, text, actions, default=default, labels=labels, on_closed=closed
        )
