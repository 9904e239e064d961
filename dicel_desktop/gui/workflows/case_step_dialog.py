"""The dialog of one step of a ticket or case (domain/case_flows.py): says what the step
does to which record, asks what it needs (whom to assign it to, how it was resolved, why
it is taken: a write-off, a contract's end, migration 0071), and takes it through
``services.cases`` on the DB worker. A recovery case's settling steps say the amount
involved, and the day the step writes as its completion date; Mark recovered… asks how
much came back, the amount involved to start with (migration 0106).

Opened with :meth:`CaseStepDialog.open_for` (``open()``, never ``exec()``). While the
step runs, the dialog stays with its buttons off; a refusal is shown in its words above
the buttons with what was typed kept, and the record window behind reloads so it shows
the record as it is now. After the step the dialog closes and the window reloads.

The fields it asks are built and read by case_step_fields.py, what it checks before the
press is in case_step_checks.py; this module lays them out and takes the step. What each
step says (its question, its button, the labels of what it asks, what the record lacks
for it) is in case_step_words.py; ``step_question``, ``step_button_text`` and
``missing_sentence`` are imported from here too.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from dicel_desktop.domain.case_flows import CaseFlow, Step, takes_shown
from dicel_desktop.domain.errors import DicelError, InvalidInput
from dicel_desktop.gui.admin.action_dialog import sessions_warning
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.questions import DiscardGuard
from dicel_desktop.gui.records.titles import in_question
from dicel_desktop.gui.translations import put_in, record_name, tr_label
from dicel_desktop.gui.unanswered import Unanswered
from dicel_desktop.gui.widgets.fit import keep_fitted
from dicel_desktop.gui.widgets.message_bar import MessageBar
from dicel_desktop.gui.workflows.case_step_checks import CaseStepChecks
from dicel_desktop.gui.workflows.case_step_fields import CaseStepFields
from dicel_desktop.gui.workflows.case_step_words import (
    BACK_BY_DEFAULT,
    missing_sentence,
    step_button_text,
    step_question,
)
from dicel_desktop.gui.workflows.form_step_dialog import MOVED_ON
from dicel_desktop.gui.workflows.leave_ended_line import ENDING_STEPS, LeaveEndedLine
from dicel_desktop.gui.workflows.open_parts_line import OpenPartsLine
from dicel_desktop.gui.workflows.payslip_cut_line import CUTTING_STEPS, PayslipCutLine
from dicel_desktop.services import cases, records
from dicel_desktop.services.open_parts import OPEN_PARTS
from dicel_desktop.services.records import Record
from dicel_desktop.services.users import SessionsLeftOpen

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow

__all__ = [
    "STEP_SINCE_SHOWN",
    "CaseStepDialog",
    "missing_sentence",
    "step_button_text",
    "step_question",
]

#: A step refused for one a colleague took since the window read the record (DW447,
#: migration 0143): the dialog takes the record as it is now for the next press.
STEP_SINCE_SHOWN = frozenset(
    {
        "step_since_shown",
        "step_since_shown_assigned",
        "step_since_shown_changed",
        "step_since_shown_nobody",
    }
)


class CaseStepDialog(QDialog):
    """One step on the record of a record window; see the module docstring."""

    def __init__(self, window: RecordWindow, flow: CaseFlow, step: Step) -> None:
        super().__init__(window)
        record = window.record
        assert record is not None, "a step is offered on a saved record only"
        self._window = window
        self._flow = flow
        self._step = step
        self._busy = False
        #: The step on its way (its request id): its waiting is said in the message line.
        self._pending: int | None = None
        #: Says "Working… (no answer from the server yet)" when the status bar says it.
        self.unanswered = Unanswered(window.worker, self, self._unanswered_busy, self._say_waiting)
        #: Someone else moved the record on first (the refusal says who): the step cannot
        #: be taken, and Esc no longer asks before what is typed goes (discard39).
        self.moved_on = ""

        # As the window's button says it ("Start audit", not "Start"), without its dots.
        from dicel_desktop.gui.workflows.cases import step_label

        said = step_label(step.action, flow.table).replace("&", "").removesuffix("…")
        # The record named as its window names it, in the person's language ("Résoudre —
        # Réclamation, Burera Motors Ltd, 5 novembre 2026"), not in the database's English.
        self.setWindowTitle(f"{said} — {record_name(tr_label(record.title))}")
        # "Close this feedback?" for a record titled by its kind only, not "Close Feedback?";
        # elided before a vowel ("le désistement d'Alice Uwera").
        self.question = QLabel(put_in(step_question(step, flow), in_question(record)))
        self.question.setWordWrap(True)
        self.message = MessageBar()
        #: What the record lacks for this step (an audit's findings), or what holds it:
        #: said up front, and the step's button stays off (the database would refuse it,
        #: DW402, DW492).
        self.missing = missing_sentence(flow, step, record.values)
        self.buttons = QDialogButtonBox()
        take = step_button_text(step.action, flow.table)
        self.take_button = QPushButton(take)
        self.take_button.setAccessibleName(take.replace("&", ""))
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setToolTip(self.tr("Close this without taking the step (Esc)"))
        self.buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_take_clicked)
        #: The person's Esc and Back ask before typing goes; the dialog's own reject()
        #: does not (discard38, discard39).
        self.discard_guard = DiscardGuard(self, self.typed_by_person)
        self.buttons.rejected.connect(self.discard_guard.cancel)
        self._set_default_button()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.question)
        form = QFormLayout()
        #: What the step asks, and the record as last read (case_step_fields.py).
        self.fields = CaseStepFields(self, window, flow, step, form, self.message)
        self.fields.required_text_edited.connect(self._show_missing)
        # The fields by name, as tests and the focus find them (built once, never replaced).
        self.assignee = self.fields.assignee
        self.resolution = self.fields.resolution
        self.reason, self.note = self.fields.reason, self.fields.note
        self.facts, self.days = self.fields.facts, self.fields.days
        self.amounts, self.texts = self.fields.amounts, self.fields.texts
        layout.addLayout(form)
        #: What the step leaves open (a risk's incidents), said before the press.
        self.open_parts: OpenPartsLine | None = None
        if (flow.table, step.action) in OPEN_PARTS:
            self.open_parts = OpenPartsLine(window.worker, flow.table, step.action, record.id, self)
            layout.addWidget(self.open_parts)
        #: The approved payslip the step cuts to the days worked (migration 0120).
        self.payslip_cut: PayslipCutLine | None = None
        if (flow.table, step.action) in CUTTING_STEPS:
            self.payslip_cut = PayslipCutLine(window.worker, step.action, record.id, self)
            layout.addWidget(self.payslip_cut)
        #: What holds the step, or is missing or wrong for it (case_step_checks.py).
        self.checks = CaseStepChecks(self, window, flow, step, self.fields)
        self.checks.held_found.connect(self._show_missing)
        #: The open leave the step cancels (migration 0146).
        self.leave_ended: LeaveEndedLine | None = None
        if (flow.table, step.action) in ENDING_STEPS:
            # The employee by name: "Terminating Claire Uwera cancels …" (eyefix41).
            self.leave_ended = LeaveEndedLine(
                window.worker, record.id, self, record.names.get("user_id")
            )
            layout.addWidget(self.leave_ended)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        # A refusal shown, changed or gone: the whole question and the whole message show.
        keep_fitted(self)
        self._show_missing()

    @classmethod
    def open_for(cls, window: RecordWindow, flow: CaseFlow, step: Step) -> CaseStepDialog:
        dialog = cls(window, flow, step)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        first = dialog.fields.first_to_type()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        elif dialog.back_button.isDefault():
            # Nothing to type: Space as well as Enter goes back from a step for good.
            dialog.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return dialog

    @property
    def is_busy(self) -> bool:
        return self._busy or (self.assignee is not None and not self.fields.assignees_loaded)

    # ----------------------------------------------------------------- the checks shown

    @property
    def held(self) -> str:
        """Why the database would refuse the step now, as asked when it opened."""
        return self.checks.held

    @property
    def asking_held(self) -> bool:
        """Whether that is still being asked (tests wait)."""
        return self.checks.asking_held

    def typed_by_person(self) -> bool:
        """Whether Esc or Back would throw typing away (what the fields hold differs
        from the record). Not while the step is on its way (its answer decides), nor once
        someone else moved the record on (what stays typed is there to copy; nothing
        could take it)."""
        if self._busy or self.moved_on:
            return False
        return self.fields.changed_from_record()

    @slot_while_whole(keeps="_window")
    def _show_missing(self) -> None:
        """Say what is still missing, or what holds the step, the step's button off."""
        self.missing = self.checks.missing()
        if self.missing:
            self.message.say(self.missing)
        elif self.message.text() and not self._busy:
            self.message.clear_message()
        self.take_button.setEnabled(not self.missing and not self._busy and not self.moved_on)
        self.take_button.setToolTip(self.moved_on or self.missing)
        self._set_default_button()

    def _set_default_button(self) -> None:
        """Enter takes the step, unless it is off or withdraws the record for good."""
        back = bool(self.missing or self.moved_on) or self._step.action in BACK_BY_DEFAULT
        self.take_button.setAutoDefault(not back)
        self.take_button.setDefault(not back)
        self.back_button.setDefault(back)

    # ----------------------------------------------------------------- taking the step

    @slot_while_whole(keeps="_window")
    def _on_take_clicked(self) -> None:
        if self.is_busy or self.missing:
            return
        unsaid = self.checks.unsaid()
        if unsaid:
            box = self.reason or self.note
            assert box is not None
            self.message.say(unsaid)
            box.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        arguments = self.fields.written()
        if self.amounts:
            problem = self.checks.amount_problem()
            if problem is not None:
                error, editor = problem
                self.message.say(describe_error(error))
                editor.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            arguments["amounts"] = self.fields.amounts_given()
        if self.days:
            try:
                arguments["days"] = self.fields.days_given()
            except DicelError as error:  # a day that is not one
                self.message.say(describe_error(error))
                return
        record = self.fields.record
        if self._step.decided_by_another:  # on what the window showed (migration 0078)
            # Its files included (migration 0079).
            arguments["shown"] = record.decision_version
        elif takes_shown(self._flow, self._step):
            # Allowed from several states: a step a colleague took since (a hold, another
            # assignee) refuses this one rather than being undone by it (migration 0143).
            arguments["shown"] = record.version
        typed = self.fields.typed()
        if typed:  # written here: saved with the step
            step: Any = functools.partial(
                cases.write_and_take_step,
                role=self._window.role,
                version=record.version,
                texts=typed,
            )
        else:
            step = cases.take_step
        self._set_busy(True)
        self._pending = (
            Op(
                self._window.worker,
                step,
                table=self._flow.table,
                action=self._step.action,
                record_id=record.id,
                **arguments,
            )
            .for_widget(self)
            .explaining(self._flow.table, action="update")
            .on_success(self._on_taken)
            .on_failure(self._on_refused)
            .run()
        )

    def _on_taken(self, result: object) -> None:
        self._set_busy(False)
        self.accept()
        # Taken: a login it turned off whose sessions could not be ended after it is
        # said with the record, not as a refusal of the step (which is done).
        note = sessions_warning(result) if isinstance(result, SessionsLeftOpen) else ""
        self._window.reload(note)

    def _on_read_again(self, record: Record | None) -> None:
        if record is not None:
            self.fields.record = record

    def _on_refused(self, error: DicelError) -> None:
        if error.code in MOVED_ON:
            # Someone else's step came first ("Already resolved by …"): this one cannot be
            # taken any more; what was typed stays, to copy, and Esc closes unasked.
            self.moved_on = describe_error(error)
        self._set_busy(False)
        self.message.say(describe_error(error))
        saved = cases.saved_before(error)
        if saved is not None:
            # What was typed here was saved before the step was refused: the next press
            # (and the window's Save) go over that version, not the one it replaced.
            self.fields.record = saved
        if saved is not None or not isinstance(error, InvalidInput):
            # Someone else moved it, it is gone, or what was typed here is saved: the
            # window shows it as it is now.
            self._window.reload()
        if error.code in STEP_SINCE_SHOWN and saved is None:
            # Refused for a step taken since: the next press is on the record as it is
            # now, which the window behind shows (0032's way for decisions).
            Op(
                self._window.worker,
                records.load_record,
                self._flow.table,
                self._window.role,
                self.fields.record.id,
            ).for_widget(self).on_success(self._on_read_again).run()
        blamed = self.fields.blamed(error.params.get("field"))
        if blamed is not None:
            blamed.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unanswered_busy(self, request_id: int) -> str:
        """ "Working…" while the step ``request_id`` waits and the message line says it;
        the choice's placeholder while the people who can take it are read."""
        if request_id == self.fields.people_request and not self.fields.assignees_loaded:
            return self.tr("Loading the people who can take it…")
        if not self._busy or request_id != self._pending:
            return ""
        working = self.tr("Working…")
        return working if self.message.text() == working else ""

    def _say_waiting(self, words: str) -> None:
        said_for = self.unanswered.said_for
        if said_for == self.fields.people_request and self.assignee is not None:
            self.assignee.setPlaceholderText(words)  # "Choose a person" once they come
            return
        self.message.say(words, problem=False)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if not busy:
            self._pending = None
        self.take_button.setEnabled(not busy and not self.missing and not self.moved_on)
        if self.moved_on:
            self.take_button.setToolTip(self.moved_on)
            self._set_default_button()
        self.back_button.setEnabled(not busy)
        self.fields.set_enabled(not busy)
        if busy:
            self.message.say(self.tr("Working…"), problem=False)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def reject(self) -> None:
        # A step on its way to the server is not abandoned half-way: Esc waits for it.
        if not self._busy:
            super().reject()
