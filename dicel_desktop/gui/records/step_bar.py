"""The workflow steps beside a record window's Save: a button per step offered on the
record (gui/records/actions.py), each shown once the database says this person may take
it when the step asks (``RecordAction.available``), and the step a person opened the
record for taken at once (``RecordAction.at_once``: a decider's decision)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.error_sentences import describe_error, without_nothing_changed
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.records.actions import RecordAction, step_text
from dicel_desktop.gui.records.titles import in_a_list, step_named
from dicel_desktop.services.db_errors import SAID_TOGETHER

if TYPE_CHECKING:
    from dicel_desktop.domain.errors import DicelError
    from dicel_desktop.gui.records.record_window import RecordWindow

log = logging.getLogger(__name__)


class _OpenDialog(QObject):
    """The dialog of the step being taken, while it is open: forgotten as it finishes,
    by a slot of this object (a child of the window). A lambda holding the step bar, and
    through it the window, kept by the dialog's connection, could be the window's last
    reference, freed as the closed dialog was deleted, and delete the window, which
    deleted the dialog a second time (the payroll page's crash, split44; lambdas44)."""

    def __init__(self, window: RecordWindow) -> None:
        super().__init__(window)
        self.dialog: QDialog | None = None

    def hold(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._on_finished)

    @slot_while_whole(int, keeps="dialog")
    def _on_finished(self, _result: int) -> None:
        if self.dialog is self.sender():
            self.dialog = None


class StepBar:
    """The step buttons of one record window; ``layout`` goes into its button row."""

    def __init__(self, window: RecordWindow) -> None:
        self._window = window
        self.layout = QHBoxLayout()
        self._buttons: list[QPushButton] = []
        #: The function each button's step calls.
        self._functions: dict[QPushButton, str] = {}
        #: The step of each button that asks what stops it, and its tooltip before that.
        self._stoppable: dict[QPushButton, tuple[RecordAction, str]] = {}
        #: Buttons still waiting for the database's answer (hidden meanwhile).
        self._asking: set[QPushButton] = set()
        #: Buttons whose step is asked what stops it (shown meanwhile, as they are).
        self._checking: set[QPushButton] = set()
        #: Answers about availability count for the buttons they were asked for only.
        self._generation = 0
        #: A step is taken at once the first time the window shows its record, never on
        #: a reload after a step (the person has seen it).
        self._taken_at_once = False
        #: The dialog of the step being taken, while it is open (:attr:`dialog`).
        self._open = _OpenDialog(window)
        #: Why each disabled button's step is held (``RecordAction.stopped_by``).
        self._stopped: dict[QPushButton, DicelError] = {}
        #: Those reasons said in the window, each once, under the buttons: a greyed
        #: button said why only in its tooltip (eye32 #2), which a clerk who does not
        #: hover never reads.
        self.note = QLabel()
        self.note.setObjectName("steps_note")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()

    def offered(self) -> list[QPushButton]:
        """The buttons shown now (a step still being asked about is not)."""
        return [b for b in self._buttons if b not in self._asking]

    def buttons(self) -> list[QPushButton]:
        """Every step's button, those still being asked about too (they may show)."""
        return list(self._buttons)

    @property
    def asking(self) -> bool:
        """Whether the database's answer about a step is still awaited."""
        return bool(self._asking or self._checking)

    def _drop(self, button: QPushButton) -> None:
        """A step not available to this person: its button goes."""
        self._buttons.remove(button)
        self._functions.pop(button, None)
        self._stoppable.pop(button, None)
        if self._stopped.pop(button, None) is not None:
            self._say_why_stopped()
        self.layout.removeWidget(button)
        button.deleteLater()

    def offers(self, function: str) -> bool:
        """Whether a step calling ``function`` is offered now."""
        return any(self._functions.get(b) == function for b in self.offered())

    def show_for(self, actions: Sequence[RecordAction]) -> None:
        """Offer ``actions`` on the window's record, in their order."""
        for button in self._buttons:
            self.layout.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        self._functions = {}
        self._stoppable = {}
        self._stopped = {}
        self._say_why_stopped()
        self._asking = set()
        self._checking = set()
        self._generation += 1
        record = self._window.record
        for action in actions:
            button = QPushButton(step_text(action.label))
            tooltip = step_text(action.tooltip) if action.tooltip else ""
            if (
                action.tooltip_in_target
                and record is not None
                and record.values.get(action.state_column) == action.target
            ):
                tooltip = action.tooltip_in_target
            lacks = action.lacks(record) if action.lacks and record is not None else ""
            button.setToolTip("\n".join(t for t in (tooltip, lacks) if t))
            button.clicked.connect(lambda _=False, action=action: self.take(action))
            self.layout.addWidget(button)
            self._buttons.append(button)
            self._functions[button] = action.function
            if action.available is not None and record is not None:
                button.hide()
                self._asking.add(button)
                self._ask(action, button, record.id)
            if action.stopped_by is not None and record is not None:
                self._stoppable[button] = (action, button.toolTip())
                self._checking.add(button)
                self._ask_what_stops(action, button, record.id)

    def recheck(self) -> None:
        """Ask again what stops the steps that say it, after a step was refused: what
        the window was told when it showed the record may have changed since (the
        order's supplier blocked meanwhile). The buttons follow the answer; the form,
        and whatever was typed in it, are left as they are."""
        record = self._window.record
        if record is None:
            return
        for button, (action, _tooltip) in list(self._stoppable.items()):
            if shiboken6.isValid(button):
                self._checking.add(button)
                self._ask_what_stops(action, button, record.id)

    def take(self, action: RecordAction) -> None:
        """Take ``action`` on the window's record: its dialog opens over the window.

        A step acts on the record as saved, so it is refused while the form holds
        unsaved changes, with what was typed kept: taken over them, the step would save
        the record as the database holds it and the reload after it would throw away
        what the person typed (an incident's actions taken, resolved with the old text).
        Saving them first is not done for the person either: a change can cost an
        approval (DW005), or be refused, and they should see that before the step."""
        if self._window.form.is_dirty():
            self._window.message.say(
                QCoreApplication.translate(
                    "StepBar", "Save or undo your changes first, then take this step."
                )
            )
            return
        dialog = action.run(self._window)
        if dialog is not None:
            self._open.hold(dialog)

    @property
    def dialog(self) -> QDialog | None:
        """The dialog of the step being taken, while it is open."""
        return self._open.dialog

    def _ask(self, action: RecordAction, button: QPushButton, record_id: uuid.UUID) -> None:
        generation = self._generation

        def answered(available: bool) -> None:
            if generation != self._generation or not shiboken6.isValid(button):
                return
            self._asking.discard(button)
            if not available:
                self._drop(button)
                if action.hidden_by is not None:
                    self._ask_why_hidden(action, record_id)
                return
            button.show()
            if action.at_once and not self._taken_at_once:
                self._taken_at_once = True
                self.take(action)

        def failed(error: BaseException) -> None:
            # Not offered; the record itself still works.
            log.info("Could not ask whether %s is available: %s", action.function, error)
            if generation == self._generation and shiboken6.isValid(button):
                self._asking.discard(button)
                self._drop(button)

        assert action.available is not None
        (
            Op(self._window.worker, action.available, record_id)
            .for_widget(self._window)
            .on_success(answered)
            .on_failure(failed)
            .run()
        )

    def _ask_why_hidden(self, action: RecordAction, record_id: uuid.UUID) -> None:
        """Say under the window's title why a step this person takes elsewhere is not
        offered on this record (their own leave once started), when the step says why."""
        generation = self._generation

        def answered(refusal: DicelError | None) -> None:
            if refusal is not None and generation == self._generation:
                self._window.add_note(describe_error(refusal))

        def failed(error: BaseException) -> None:
            log.info("Could not ask why %s is not offered: %s", action.function, error)

        assert action.hidden_by is not None
        (
            Op(self._window.worker, action.hidden_by, record_id)
            .for_widget(self._window)
            .on_success(answered)
            .on_failure(failed)
            .run()
        )

    def _ask_what_stops(
        self, action: RecordAction, button: QPushButton, record_id: uuid.UUID
    ) -> None:
        """Disable ``button`` when the database would refuse its step now, saying why in
        its tooltip (a purchase order whose supplier is blocked)."""
        generation = self._generation

        def current() -> bool:
            return generation == self._generation and shiboken6.isValid(button)

        def answered(refusal: DicelError | None) -> None:
            if not current():
                return
            self._checking.discard(button)
            tooltip = self._stoppable.get(button, (action, button.toolTip()))[1]
            if refusal is None:  # asked again, it may have been stopped before
                button.setEnabled(True)
                button.setToolTip(tooltip)
                if self._stopped.pop(button, None) is not None:
                    self._say_why_stopped()
                return
            button.setEnabled(False)
            said = held_sentence(refusal)
            button.setToolTip("\n".join(t for t in (tooltip, said) if t))
            self._stopped[button] = refusal
            self._say_why_stopped()

        def failed(error: BaseException) -> None:
            # Left as it is: pressed, the step meets the database's refusal, if any.
            log.info("Could not ask what stops %s: %s", action.function, error)
            if current():
                self._checking.discard(button)

        assert action.stopped_by is not None
        (
            Op(self._window.worker, action.stopped_by, record_id)
            .for_widget(self._window)
            .on_success(answered)
            .on_failure(failed)
            .run()
        )

    def _say_why_stopped(self) -> None:
        """Say under the buttons why the disabled ones are held, each reason once: the
        same sentence of two steps once, and a reason worded per step (a case not begun)
        once for all the steps it holds, naming them (``SAID_TOGETHER``)."""
        groups: dict[object, tuple[DicelError, list[QPushButton]]] = {}
        for button in self._buttons:
            refusal = self._stopped.get(button)
            if refusal is None:
                continue
            together = SAID_TOGETHER.get(refusal.code)
            if together is None:
                key: object = describe_error(refusal)
            else:
                others = sorted((k, repr(v)) for k, v in refusal.params.items() if k != "action")
                key = (together, tuple(others))
            groups.setdefault(key, (refusal, []))[1].append(button)
        lines: list[str] = []
        for refusal, buttons in groups.values():
            together = SAID_TOGETHER.get(refusal.code)
            if together is not None and len(buttons) > 1:
                params = {k: v for k, v in refusal.params.items() if k != "action"}
                steps = in_a_list([step_named(b.text()) for b in buttons])
                said = held_sentence(type(refusal)(together, **params, steps=steps))
            else:
                said = held_sentence(refusal)
            if said not in lines:
                lines.append(said)
        self.note.setText("\n".join(lines))
        self.note.setVisible(bool(lines))


def held_sentence(refusal: DicelError) -> str:
    """The refusal's sentence as the reason a step is held, before any click: without
    the "Nothing was changed." a refusal after a click ends with (DW492's), which reads
    oddly where nothing was tried (``error_sentences.without_nothing_changed``)."""
    return without_nothing_changed(describe_error(refusal))
