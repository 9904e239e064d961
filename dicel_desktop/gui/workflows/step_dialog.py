"""What the purchasing and stock dialogs share: the facts they show are read, and the step
they take is run, on the DB worker as ``gui.operations.Op``; a refusal is shown in the
dialog in words (it stays open, with what was typed); the buttons are off while a call
is under way and Esc waits for it. No transaction stays open while a dialog is shown.

A subclass lays out its own widgets above :attr:`message` and :attr:`buttons` (use
:meth:`lay_out`), calls :meth:`read` for what it shows and :meth:`take_step` when the
person confirms, and says what a step achieved through its own signal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.questions import DiscardGuard, paragraphs_typed
from dicel_desktop.gui.theme import error_colour
from dicel_desktop.gui.unanswered import Unanswered, loading_text, working_text
from dicel_desktop.gui.widgets.fit import keep_fitted
from dicel_desktop.gui.worker import DbWorker

#: Red that reads on the light and the dark palette alike (as the admin dialogs').


#: The buttons that take a step (Approve, Reject, Pay…), as against Cancel.
STEP_ROLES = frozenset(
    {
        QDialogButtonBox.ButtonRole.AcceptRole,
        QDialogButtonBox.ButtonRole.DestructiveRole,
        QDialogButtonBox.ButtonRole.YesRole,
        QDialogButtonBox.ButtonRole.ApplyRole,
    }
)


class MovesOn:
    """What a step dialog does once its record moved on, said once for every step dialog
    (:class:`StepDialog`, ``FormStepDialog``; review35 F6): :meth:`settle` and
    :meth:`reload_under`. The dialog has :attr:`buttons`, a QDialogButtonBox, and calls
    :meth:`hold_step_buttons` whenever it turns its buttons back on."""

    buttons: QDialogButtonBox
    #: The record moved on: the step's buttons stay off, saying why.
    moved_on = ""

    def settle(self, why: str) -> None:
        """Nothing is left to take here (someone else's step came first, or the record
        was decided before the dialog opened): the step's buttons go off, each saying
        ``why`` ("Already approved by Claude Habimana at 10:42."), and Cancel reads Close.
        A second click said the same refusal again (race34's "Already cancelled by …")."""
        self.moved_on = why
        self.hold_step_buttons()
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            # FormStepDialog's context: where its translation has always been.
            cancel.setText(QCoreApplication.translate("FormStepDialog", "Close"))
            cancel.setFocus()

    def hold_step_buttons(self) -> None:
        """Keep the step's buttons off once the record moved on (after a read or a step
        turned every button back on)."""
        if not self.moved_on:
            return
        for button in self.buttons.buttons():
            if self.buttons.buttonRole(button) in STEP_ROLES:
                button.setEnabled(False)
                button.setToolTip(self.moved_on)
                button.setDefault(False)

    def reload_under(self) -> None:
        """The window (or the inbox) under the dialog shows its record as it is now too:
        its ``reload``, where it has one."""
        parent = self.parentWidget()  # type: ignore[attr-defined]
        reload = getattr(parent, "reload", None)
        if callable(reload):
            reload()


class StepDialog(MovesOn, QDialog):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.worker = worker
        self._busy = False
        #: A step (not a read) is on its way: Esc waits for its answer.
        self._taking = False
        self._ops: list[Op] = []
        #: The read or step on its way (its request id): its waiting is said here.
        self._pending: int | None = None
        #: Says in the message line that the server has not answered it yet (wait40):
        #: the dialog shows no busy words of its own, only its buttons off.
        self.unanswered = Unanswered(worker, self, self._unanswered_busy, self._say_waiting)
        self.message = QLabel()
        self.message.setObjectName("stepMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._colour_message(problem=True)
        self.message.hide()
        # Made with its parent: a button made default before the layout holds it is then
        # the dialog's default (QDialog picks its own otherwise).
        self.buttons = QDialogButtonBox(self)
        #: The person's Esc and Cancel ask before typing goes; the dialog's own reject()
        #: (a step done, the record moved on) does not (discard38, discard39).
        self.discard_guard = DiscardGuard(self, self.typed_by_person)
        self.buttons.rejected.connect(self.discard_guard.cancel)
        self._focus: QWidget | None = None
        self._left_at: QWidget | None = None
        # A message shown or changed: the dialog grows to show it whole.
        keep_fitted(self)

    def lay_out(self, *parts: QWidget | QLayout) -> QVBoxLayout:
        """The dialog's layout: ``parts`` from the top, then the message, the buttons."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        return layout

    @property
    def is_busy(self) -> bool:
        return self._busy

    # ----------------------------------------------------------------- running

    def read(self, fn: Callable[..., Any], on_done: Callable[[Any], None], **kwargs: Any) -> None:
        """Read what the dialog shows (``fn(session, **kwargs)``) on the worker."""
        self._start(Op(self.worker, fn, **kwargs), on_done, table=None, values={})

    def take_step(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None],
        *,
        table: str,
        on_refused: Callable[[DicelError], None] | None = None,
        **kwargs: Any,
    ) -> None:
        """Run the step (``fn(session, **kwargs)``, a services function that commits);
        its refusals are worded for ``table`` and shown here, then given to
        ``on_refused``."""
        self.message.hide()
        self._start(
            Op(self.worker, fn, **kwargs),
            on_done,
            table=table,
            values=kwargs,
            on_refused=on_refused,
        )

    def _start(
        self,
        op: Op,
        on_done: Callable[[Any], None],
        *,
        table: str | None,
        values: Mapping[str, Any],
        on_refused: Callable[[DicelError], None] | None = None,
    ) -> None:
        # Said first: a subclass's busy_changed tells a step (it holds the note) from a
        # read (the note takes what is typed).
        self._taking = table is not None
        self._set_busy(True)

        def done(result: Any) -> None:
            self._taking = False
            self._set_busy(False)
            if self.unanswered.shows(self.message.text()):
                self.message.hide()  # answered: what it says now is the result's
            on_done(result)

        def failed(error: DicelError) -> None:
            self._taking = False
            self._set_busy(False)
            self.show_problem(describe_error(error))
            if on_refused is not None:
                on_refused(error)

        op.for_widget(self).on_success(done).on_failure(failed)
        if table is not None:
            op.explaining(table, values, action="update")
        self._ops.append(op)
        self._pending = op.run()

    def _unanswered_busy(self, request_id: int) -> str:
        """What the dialog is doing while ``request_id``, its own, waits: its step, or
        the read of what it shows. Not over a refusal it says (a read after one)."""
        if not self._busy or request_id != self._pending:
            return ""
        if not self.message.isHidden() and not self.unanswered.shows(self.message.text()):
            return ""
        return working_text() if self._taking else loading_text()

    def _say_waiting(self, words: str) -> None:
        self._colour_message(problem=False)
        self.message.setText(words)
        self.message.show()

    def _colour_message(self, *, problem: bool) -> None:
        palette = self.message.palette()
        plain = self.palette().color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText, error_colour(palette) if problem else plain)
        self.message.setPalette(palette)

    def show_problem(self, text: str) -> None:
        self._colour_message(problem=True)
        self.message.setText(text)
        self.message.show()
        # Screen readers say it with the dialog.
        self.setAccessibleDescription(text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if not busy:
            self._pending = None
        if busy:
            # Turning the fields off takes the focus from them: it comes back after.
            self._focus = self.focusWidget()
        for button in self.buttons.buttons():
            button.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
        self.busy_changed(busy)
        self.hold_step_buttons()
        if busy:
            #: Where turning things off left the focus: it comes back only from there.
            self._left_at = self.focusWidget()
            return
        focus, self._focus = self._focus, None
        left_at, self._left_at = self._left_at, None
        # Only if the person has not moved it since: a read ending a second after the
        # dialog opened took the focus back from wherever they had gone (keys38, 1).
        if self.focusWidget() is not left_at:
            return
        if focus is not None and shiboken6.isValid(focus) and focus.isEnabled():
            focus.setFocus()

    def busy_changed(self, busy: bool) -> None:
        """A subclass turns its fields off and on here."""

    def typed_by_person(self) -> bool:
        """Whether Esc or Cancel would throw typing away. Not while a step is on its way
        (its answer decides), nor once the record moved on (a refusal that ends the step:
        what stays typed is there to copy, and nothing could take it)."""
        return not self._taking and not self.moved_on and self.typed_here()

    def typed_here(self) -> bool:
        """What the person typed in this dialog: a note, a reason; a subclass says its
        own boxes."""
        return paragraphs_typed(self)

    def reject(self) -> None:
        # A step on its way to the server is not abandoned half-way: Esc waits for it. A
        # read (the order read again after a refusal) is not a step: Esc closes.
        if not self._taking:
            super().reject()
