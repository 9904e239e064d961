"""A help written under a record form from what is typed, while the record is new or
still pending: asked of the database on the DB worker a moment after the typing stops
in the fields it follows, a later answer replacing an earlier one. The leave request
form's days and balance (``LeaveFormPreview``) and the expense form's budget line
(``ExpenseBudgetNote``) are two.

A failed ask shows nothing: the figures are a help, and the form and the database's
answer on saving stay. A closed window asks nothing more (its worker may be gone with it:
a full run met one shut down).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.collected import slot_while_whole

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow

__all__ = ["PREVIEW_DELAY_MS", "FormPreview"]

log = logging.getLogger(__name__)

#: How long typing pauses before the figures are asked again.
PREVIEW_DELAY_MS = 250


class FormPreview(QObject):
    """See the module docstring. A subclass names the ``fields`` it follows and the
    ``pending`` state its help is for, asks in ``request`` and shows in ``show``; it calls
    ``follow`` once its widgets are in place."""

    #: The form's fields whose typing asks again.
    fields: tuple[str, ...] = ()
    #: The record's state in which what is typed can still change (new records too).
    pending: str = "pending"

    def __init__(self, window: RecordWindow) -> None:
        super().__init__(window)
        self._window = window
        #: Answers of earlier asks are dropped: only the latest counts.
        self._generation = 0
        #: The ask whose answer is shown.
        self._answered = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._ask)
        self._closed = False

    def follow(self) -> None:
        """Ask now (a new record was shown before this was made), again when the record
        is loaded and when typing in ``fields`` pauses."""
        window, form = self._window, self._window.form
        window.finished.connect(self._on_window_closed)
        form.loaded.connect(self._ask)
        for name in self.fields:
            editor = form.editors.get(name)
            if editor is not None:
                editor.edited.connect(self._timer.start)
        self._ask()

    @property
    def asking(self) -> bool:
        """Whether an answer is awaited (or typing pauses before asking)."""
        return self._timer.isActive() or self._answered != self._generation

    def request(self, generation: int) -> None:
        """Ask the database (an ``Op`` whose answer goes to ``answer(generation, …)``)."""
        raise NotImplementedError

    def show(self, answer: Any, *context: Any) -> None:
        """Write ``answer`` (None: nothing to say) under the form."""
        raise NotImplementedError

    def answer(self, generation: int, answer: Any, *context: Any) -> None:
        """``answer`` to the ask ``generation``: shown if no later ask was made since."""
        if generation != self._generation:
            return
        self._answered = generation
        self.show(answer, *context)

    def failed(self, generation: int, error: BaseException) -> None:
        log.info("%s not read: %s", type(self).__name__, error)
        self.answer(generation, None)

    def typed(self, name: str) -> Any:
        """What the form holds in ``name`` now (the record's value for a field it does not
        show), None for what is not a value yet (the form says so on saving)."""
        editor = self._window.form.editors.get(name)
        if editor is None:
            record = self._window.form.record
            return record.values.get(name) if record is not None else None
        try:
            return editor.value()
        except DicelError:
            return None

    def _applies(self) -> bool:
        record = self._window.form.record
        return record is None or record.values.get("status") == self.pending

    @slot_while_whole(keeps="_window")
    def _on_window_closed(self) -> None:
        self._closed = True
        self._timer.stop()

    @slot_while_whole(keeps="_window")
    def _ask(self) -> None:
        self._timer.stop()
        if self._closed:
            return
        self._generation += 1
        if self._applies():
            self.request(self._generation)
        else:
            self.answer(self._generation, None)
