"""Questions that do not block: a message box shown with ``open()`` (never ``exec()``: a
nested event loop would let answers of the DB worker arrive under it), whose answer runs
the action given for the button clicked. Tests click the box's buttons."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QPlainTextEdit, QWidget

from dicel_desktop.gui.collected import slot_while_whole

Button = QMessageBox.StandardButton


def ask(
    parent: QWidget,
    title: str,
    text: str,
    actions: Mapping[Button, Callable[[], None] | None],
    *,
    default: Button | None = None,
    labels: Mapping[Button, str] | None = None,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    on_closed: Callable[[], None] | None = None,
) -> QMessageBox:
    """Show the question over ``parent`` with a button per key of ``actions`` (relabelled
    by ``labels``); the clicked button's action runs, then ``on_closed``."""
    buttons = Button.NoButton
    for button in actions:
        buttons |= button
    box = QMessageBox(icon, title, text, buttons, parent)
    for button, label in (labels or {}).items():
        box.button(button).setText(label)
    if default is not None:
        box.setDefaultButton(default)
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        action = actions.get(box.standardButton(clicked)) if clicked is not None else None
        box.deleteLater()
        if on_closed is not None:
            on_closed()
        if action is not None:
            action()

    box.finished.connect(answered)
    box.open()
    return box


# --------------------------------------------------------------------------- unsaved typing


def save_label() -> str:
    """The buttons of "Save the changes…?" and "Discard what you typed?", each with its
    own Alt letter in every language: Discard had none, and was reached only by Tab
    (keys38 #5)."""
    return QCoreApplication.translate("Questions", "&Save")


def discard_label() -> str:
    return QCoreApplication.translate("Questions", "&Discard")


def cancel_label() -> str:
    return QCoreApplication.translate("Questions", "&Cancel")


def keep_typing_label() -> str:
    """The answer of "Discard what you typed?" that keeps the typing (its Cancel). Not
    the dialog's own Cancel or Back, which the person just pressed to leave: in
    Kinyarwanda both read "Reka" (leave it), so a person leaving answered "Reka" again
    and was put back in the dialog (eye39 #2)."""
    return QCoreApplication.translate("Questions", "&Keep typing")


def paragraphs_typed(dialog: QWidget) -> bool:
    """Whether a box of ``dialog`` where a person types a paragraph (a note, a reason)
    holds something they typed."""
    return any(
        not box.isReadOnly() and box.toPlainText().strip()
        for box in dialog.findChildren(QPlainTextEdit)
    )


class DiscardGuard(QObject):
    """Esc or Cancel in a dialog where something was typed asks first, with the record
    window's Discard and Keep typing (its Cancel, the default); nothing typed,
    it closes at once (keys38 #3: "Request leave" threw the dates and reason away).

    Only the PERSON's Esc, Cancel and title-bar close ask (discard38): the guard watches
    the dialog's Esc and window close, and its Cancel button calls :meth:`cancel`. The
    dialog's own ``reject()`` (it closes itself once someone else decided the record, a
    refusal ends it, a step is done) never asks. Discard closes it through ``reject``."""

    def __init__(self, dialog: QDialog, typed: Callable[[], bool]) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._typed = typed
        self._discarding = False
        #: The question while it is shown (a second Esc does not ask twice).
        self.question: QMessageBox | None = None
        dialog.installEventFilter(self)

    @slot_while_whole(keeps="_dialog")
    def cancel(self) -> None:
        """The person's Esc or Cancel: the dialog closes if nothing typed is lost, or once
        they say Discard."""
        if self.may_close():
            self._dialog.reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if "_dialog" not in self.__dict__:
            # Python's collector cleared this guard while Qt still sends its dialog's
            # events (a test's teardown): it filters nothing (as DataGrid, stop 39).
            return False
        if watched is self._dialog:
            if (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Cancel)
            ):
                self.cancel()
                return True
            if event.type() == QEvent.Type.Close and event.spontaneous() and not self.may_close():
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    def may_close(self) -> bool:
        if self._discarding or not self._typed():
            return True
        if self.question is None:
            self.question = ask(
                self._dialog,
                self._dialog.windowTitle(),
                QCoreApplication.translate("Questions", "Discard what you typed?"),
                {Button.Discard: self._discard, Button.Cancel: None},
                default=Button.Cancel,
                labels={Button.Discard: discard_label(), Button.Cancel: keep_typing_label()},
                on_closed=self._on_closed,
            )
        return False

    def _on_closed(self) -> None:
        self.question = None

    def _discard(self) -> None:
        self._discarding = True
        self._dialog.reject()
