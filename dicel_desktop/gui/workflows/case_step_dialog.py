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

What each step says (its question, its button, the labels of what it asks, what the
record lacks for it) is in case_step_words.py; ``step_question``, ``step_button_text``
and ``missing_sentence`` are imported from here too.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from dicel_desktop.domain.amounts import HOME_CURRENCY, Amount
from dicel_desktop.domain.case_flows import (
    AmountAsked,
    Asks,
    CaseFlow,
    Stamp,
    Step,
    takes_shown,
)
from dicel_desktop.domain.errors import DicelError, InvalidInput
from dicel_desktop.domain.text_rules import is_blank
from dicel_desktop.gui.admin.action_dialog import sessions_warning
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors import dates
from dicel_desktop.gui.editors.dates import DateEditor
from dicel_desktop.gui.editors.numbers import MoneyEditor
from dicel_desktop.gui.error_sentences import describe_error, sentence, without_nothing_changed
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.questions import DiscardGuard
from dicel_desktop.gui.records.titles import in_question
from dicel_desktop.gui.translations import put_in, record_name, tr_label
from dicel_desktop.gui.unanswered import Unanswered
from dicel_desktop.gui.widgets.fit import keep_fitted
from dicel_desktop.gui.widgets.message_bar import MessageBar
from dicel_desktop.gui.widgets.required import mark_required
from dicel_desktop.gui.workflows.case_step_words import (
    BACK_BY_DEFAULT,
    DAY_LABELS,
    DONE_NOTE,
    NOTE_LABELS,
    asked_for,
    missing_sentence,
    step_button_text,
    step_question,
)
from dicel_desktop.gui.workflows.form_step_dialog import MOVED_ON, date_text, money_text
from dicel_desktop.gui.workflows.leave_ended_line import ENDING_STEPS, LeaveEndedLine
from dicel_desktop.gui.workflows.open_parts_line import OpenPartsLine
from dicel_desktop.gui.workflows.payslip_cut_line import CUTTING_STEPS, PayslipCutLine
from dicel_desktop.services import cases, records
from dicel_desktop.services.columns import column_label
from dicel_desktop.services.db_error_words import field_words, table_words
from dicel_desktop.services.db_errors import NOTE_STEPS
from dicel_desktop.services.form_types import FieldKind, FieldSpec
from dicel_desktop.services.open_parts import OPEN_PARTS
from dicel_desktop.services.records import Record
from dicel_desktop.services.users import SessionsLeftOpen

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow

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
        self._record = record
        self._busy = False
        #: The step on its way (its request id): its waiting is said in the message line.
        self._pending: int | None = None
        #: Says "Working… (no answer from the server yet)" when the status bar says it.
        self.unanswered = Unanswered(window.worker, self, self._unanswered_busy, self._say_waiting)
        self._assignees_loaded = False
        #: The read of the people who can take it (its request id).
        self._people_request: int | None = None
        self.assignee: QComboBox | None = None
        self.resolution: QPlainTextEdit | None = None
        #: Why the step is taken (``Asks.REASON``), kept with the record.
        self.reason: QPlainTextEdit | None = None
        #: What was said or done (``Asks.NOTE``), kept with the record as a reason is.
        self.note: QPlainTextEdit | None = None
        #: What the step settles, said beside the question (a case's amount, its date).
        self.facts: dict[str, QLabel] = {}
        #: The days the step asks (a policy's next review date), by column.
        self.days: dict[str, DateEditor] = {}
        #: The amounts the step asks (how much of a case came back), by column.
        self.amounts: dict[str, MoneyEditor] = {}
        #: What the step requires written first (an audit's findings), typed here.
        self.texts: dict[str, QPlainTextEdit] = {}
        #: An amount or a day the person changed (``edited``): Esc asks before it goes.
        self._edited = False
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
        #: What the record lacks for this step (an audit's findings): said up front, and
        #: the step's button stays off (the database would refuse it, DW402).
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
        if step.asks is Asks.ASSIGNEE:
            self._add_assignee(form)
        elif step.asks is Asks.RESOLUTION:
            self._add_resolution(form)
        self._add_settled_facts(form)
        for amount in step.amounts:
            self._add_amount(form, amount)
        if step.asks is Asks.REASON:
            self._add_reason(form)
        elif step.asks is Asks.NOTE:
            self._add_note(form)
        for column in step.asked_dates:
            self._add_day(form, column)
        self._add_required_texts(form, window)
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
        #: Why the database would refuse the step now (a pending payslip, DW492: run
        #: before a month-end leaving, it pays no untaken leave, migration 0158), asked
        #: as the dialog opens, on the day the step stamps: said as what is missing is,
        #: the button off. The record window's own check may not have answered yet.
        self.held = ""
        #: Whether that is still being asked (tests wait).
        self.asking_held = (flow.table, step.action) in CUTTING_STEPS
        if self.asking_held:
            Op(window.worker, cases.what_stops_step, flow.table, step.action, record.id).for_widget(
                self
            ).on_success(self._on_held).on_failure(self._on_held_unknown).run()
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
        if dialog.resolution is not None:
            dialog.resolution.setFocus(Qt.FocusReason.OtherFocusReason)
        elif dialog.reason is not None:
            dialog.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        elif dialog.note is not None:
            dialog.note.setFocus(Qt.FocusReason.OtherFocusReason)
        elif dialog.texts:
            next(iter(dialog.texts.values())).setFocus(Qt.FocusReason.OtherFocusReason)
        elif dialog.assignee is not None:
            dialog.assignee.setFocus(Qt.FocusReason.OtherFocusReason)
        elif dialog.days:
            next(iter(dialog.days.values())).setFocus(Qt.FocusReason.OtherFocusReason)
        elif dialog.back_button.isDefault():
            # Nothing to type: Space as well as Enter goes back from a step for good.
            dialog.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return dialog

    @property
    def is_busy(self) -> bool:
        return self._busy or (self.assignee is not None and not self._assignees_loaded)

    # ----------------------------------------------------------------- fields

    def _add_assignee(self, form: QFormLayout) -> None:
        combo = self.assignee = QComboBox()
        combo.setAccessibleName(self.tr("Assign to"))
        combo.setPlaceholderText(self.tr("Loading the people who can take it…"))
        # On, though empty while the people are read: it takes the focus as the dialog
        # opens, so nothing moves the focus once they arrive (a late move took it from
        # the note as it was typed, keys38). The step waits for them (is_busy).
        form.addRow(self.tr("Assign &to:"), combo)
        label = form.labelForField(combo)
        if isinstance(label, QLabel):
            label.setBuddy(combo)
        self._people_request = (
            Op(self._window.worker, cases.assignable_people, table=self._flow.table)
            .for_widget(self)
            .on_success(self._on_assignees_loaded)
            .on_failure(self._on_assignees_failed)
            .run()
        )

    def _on_assignees_loaded(self, people: list[cases.Assignee]) -> None:
        assert self.assignee is not None
        self._assignees_loaded = True
        current = self._record.values.get(self._flow.assignee or "")
        for person in people:
            role = tr_label(person.role.label)
            self.assignee.addItem(f"{person.name} ({role})", person.user_id)
        self.assignee.setPlaceholderText(self.tr("Choose a person"))
        self.assignee.setCurrentIndex(self.assignee.findData(current) if current else -1)

    def _on_assignees_failed(self, error: DicelError) -> None:
        self._assignees_loaded = True
        self.message.say(describe_error(error))

    def _add_resolution(self, form: QFormLayout) -> None:
        edit = self.resolution = QPlainTextEdit()
        edit.setAccessibleName(self.tr("Resolution"))
        # Tab leaves the field (to the buttons) rather than typing a tab: keyboard only.
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(self.tr("What was wrong, and what was done about it"))
        edit.setPlainText(str(self._record.values.get(self._flow.resolution or "") or ""))
        edit.setMinimumHeight(110)
        form.addRow(self.tr("Resol&ution:"), edit)
        label = form.labelForField(edit)
        if isinstance(label, QLabel):
            label.setBuddy(edit)
            # The step is refused without it (DW402): marked as a reason is (eye39 #3).
            mark_required(label)

    def _add_reason(self, form: QFormLayout) -> None:
        edit = self.reason = QPlainTextEdit()
        edit.setAccessibleName(self.tr("Why (required)"))
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(self.tr("Required: it is kept with the record"))
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        edit.textChanged.connect(self.message.clear_message)
        form.addRow(self.tr("&Why:"), edit)
        label = form.labelForField(edit)
        if isinstance(label, QLabel):
            label.setBuddy(edit)
            mark_required(label)

    def _add_note(self, form: QFormLayout) -> None:
        # What was done, unless the step says it its own way (what the client was told).
        own = NOTE_LABELS.get((self._flow.table, self._step.action), NOTE_LABELS[DONE_NOTE])
        label = QCoreApplication.translate("CaseSteps", own)
        edit = self.note = QPlainTextEdit()
        edit.setAccessibleName(label.replace("&", "").rstrip(":"))
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(self.tr("Required: it is kept with the record"))
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        edit.textChanged.connect(self.message.clear_message)
        form.addRow(label, edit)
        shown = form.labelForField(edit)
        if isinstance(shown, QLabel):
            shown.setBuddy(edit)
            mark_required(shown)

    def _add_settled_facts(self, form: QFormLayout) -> None:
        """A recovery case settled (recovered, written off): the amount it involved, and
        the completion date the step writes (today: the step's own day)."""
        if not (self._flow.table == "recovery_cases" and self._step.resolves):
            return
        amount = self._record.values.get("amount_involved")
        facts = [("amount", self.tr("Amount involved:"), money_text(amount, None))]
        stamped = "actual_completion_date" not in self._step.asked_dates
        if stamped:
            # Stamped today (a write-off), the company's day as the database counts it
            # (read with the case); the day a case was recovered is asked.
            facts.append(("completed", self.tr("Completion date:"), self._completion_day()))
        for key, label, value in facts:
            fact = QLabel(value)
            fact.setAccessibleName(label.rstrip(":"))
            fact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, fact)
            self.facts[key] = fact
        if stamped:
            # The day the step will stamp is the company's day when it is taken: a dialog
            # left open past the company's midnight says the new one, looked at as a date
            # editor looks at its today (date38; worked out, no query).
            timer = QTimer(self)
            timer.setInterval(dates.TODAY_CHECK_MS)
            timer.timeout.connect(self._say_completion_day)
            timer.start()

    def _completion_day(self) -> str:
        """Today as the database will stamp it: the company's, read with the case and
        moved on by the steady clock (the desktop's where none was read)."""
        return date_text(self._window.company_today or dt.date.today())

    @slot_while_whole(keeps="_window")
    def _say_completion_day(self) -> None:
        fact = self.facts.get("completed")
        if fact is not None:
            fact.setText(self._completion_day())

    def _with_colon(self, label: str) -> str:
        """A field's label with the reader's colon, as the labels written whole have it
        (« Motif : »): a bare ":" gave « Montant recouvré *: » once marked required, where
        the other labels read « Motif * : » (eye39 #4)."""
        return self.tr("%1:").replace("%1", label)

    def _add_amount(self, form: QFormLayout, amount: AmountAsked) -> None:
        """An amount the step asks, required: the record's ``ceiling`` to start with (a
        case marked recovered came back in full unless the person says less), for the
        person to keep or change. Whole francs (DW346), above zero (DW435), at most the
        ceiling (DW436): said here before the press, as the database refuses them."""
        table = self._flow.table
        label = tr_label(field_words(table, amount.column)["label"])
        editor = MoneyEditor(
            FieldSpec(
                amount.column,
                label,
                FieldKind.MONEY,
                required=True,
                precision=15,
                scale=2,
                whole_units=True,
                table=table,
            ),
            whole_units=True,
        )
        ceiling = self._record.values.get(amount.ceiling) if amount.ceiling else None
        editor.set_value(self._record.values.get(amount.column) or ceiling)
        editor.edited.connect(self.message.clear_message)
        editor.edited.connect(self._on_field_edited)
        self.amounts[amount.column] = editor
        form.addRow(self._with_colon(label), editor)
        shown = form.labelForField(editor)
        if isinstance(shown, QLabel):
            shown.setBuddy(editor)
            mark_required(shown)

    def _amounts_given(self) -> dict[str, Decimal | None] | None:
        """The amounts typed, or None after saying what is wrong with one (the focus
        there): not a number, a fraction of a franc, none or not above zero, above its
        ceiling, in the sentences of the database's refusals."""
        given: dict[str, Decimal | None] = {}
        words = table_words(self._flow.table)
        for amount in self._step.amounts:
            editor = self.amounts[amount.column]
            said = field_words(self._flow.table, amount.column)
            problem: DicelError | None = None
            value: Decimal | None = None
            try:
                value = editor.value()
            except DicelError as error:
                problem = error
            ceiling = self._record.values.get(amount.ceiling) if amount.ceiling else None
            if problem is None and (value is None or value <= 0):
                problem = InvalidInput(
                    "case_amount_missing",
                    **words,
                    **said,
                    action=self._step.done,
                    flow_table=self._flow.table,
                )
            elif problem is None and ceiling is not None and value > Decimal(ceiling):
                ceiling_said = field_words(self._flow.table, amount.ceiling or "")
                problem = InvalidInput(
                    "case_amount_above",
                    **words,
                    **said,
                    ceiling_name=ceiling_said["name"],
                    ceiling_label=ceiling_said["label"],
                    most=Amount(Decimal(ceiling), HOME_CURRENCY),
                    currency=HOME_CURRENCY,
                    action=self._step.done,
                    flow_table=self._flow.table,
                )
            if problem is not None:
                self.message.say(describe_error(problem))
                editor.setFocus(Qt.FocusReason.OtherFocusReason)
                return None
            given[amount.column] = value
        return given

    def _unsaid(self) -> str:
        """The database's refusal of a step without its reason (DW490) or note (DW491),
        said before asking it; "" when one is written (what shows:
        ``dicel_given_text``'s blank)."""
        box, code = (
            (self.reason, "case_reason_missing")
            if self.reason is not None
            else (self.note, NOTE_STEPS.get(self._flow.table, "case_note_missing"))
        )
        if box is None or not is_blank(box.toPlainText()):
            return ""
        words = table_words(self._flow.table)
        return sentence(
            InvalidInput(code, **words, action=self._step.done, flow_table=self._flow.table)
        )

    def _add_day(self, form: QFormLayout, column: str) -> None:
        """A day the step asks, required; the record's own to start with, for the person
        to keep or change. A day ahead (``Stamp.ASKED``, a policy's next review) the
        database refuses empty or not after today (DW408, DW409); a day something
        happened (``Stamp.SETTLED``, a case settled) empty, after today or before the
        record's floor (DW429-DW431), and starts at today when the record has none: most
        cases are marked recovered the day they are settled."""
        own = DAY_LABELS.get((self._flow.table, column))
        label = (
            QCoreApplication.translate("CaseSteps", own)
            if own is not None
            else self._with_colon(tr_label(field_words(self._flow.table, column)["label"]))
        )
        editor = DateEditor(
            FieldSpec(column, label.replace("&", "").rstrip(":"), FieldKind.DATE, required=True)
        )
        # Today is the company's, read with the record: the day the database asks
        # against (a desktop a day ahead proposed a day it refused).
        window = self._window
        editor.count_today_by(lambda: window.company_today)
        own_day = self._record.values.get(column)
        settled = any(d.column == column and d.how is Stamp.SETTLED for d in self._step.dates)
        editor.set_value(own_day if own_day is not None or not settled else "today")
        editor.edited.connect(self._on_field_edited)
        self.days[column] = editor
        form.addRow(label, editor)
        shown = form.labelForField(editor)
        if isinstance(shown, QLabel):
            shown.setBuddy(editor)
            mark_required(shown)

    def _add_required_texts(self, form: QFormLayout, window: RecordWindow) -> None:
        """A box for each text the step requires written first that this person may
        write (an audit's findings): the button said "Write the findings" while they
        could not be typed here."""
        for column in self._step.requires:
            if asked_for(self._flow, self._step, column):
                continue
            if not window.spec.editable(column, new=False):
                continue
            label = tr_label(column_label(self._flow.table, column))
            edit = QPlainTextEdit()
            edit.setAccessibleName(label)
            edit.setTabChangesFocus(True)
            edit.setPlainText(str(self._record.values.get(column) or ""))
            edit.setMinimumHeight(110)
            edit.textChanged.connect(self._show_missing)
            form.addRow(self._with_colon(label), edit)
            shown = form.labelForField(edit)
            if isinstance(shown, QLabel):
                mark_required(shown)  # the step is refused without it
            self.texts[column] = edit

    @slot_while_whole(keeps="_window")
    def _on_field_edited(self) -> None:
        self._edited = True

    def typed_by_person(self) -> bool:
        """Whether Esc or Back would throw typing away: a resolution or a required text
        changed from the record's, a reason or a note written, an amount or a day changed.
        Not while the step is on its way (its answer decides), nor once someone else moved
        the record on (what stays typed is there to copy; nothing could take it)."""
        if self._busy or self.moved_on:
            return False
        if self.resolution is not None:
            stored = str(self._record.values.get(self._flow.resolution or "") or "")
            if self.resolution.toPlainText().strip() != stored.strip():
                return True
        written = (self.reason, self.note)
        if any(box is not None and box.toPlainText().strip() for box in written):
            return True
        return bool(self._typed()) or self._edited

    def _typed(self) -> dict[str, str]:
        """The texts typed here that differ from the record's."""
        return {
            column: edit.toPlainText()
            for column, edit in self.texts.items()
            if edit.toPlainText() != str(self._record.values.get(column) or "")
        }

    def _on_held(self, refusal: DicelError | None) -> None:
        self.asking_held = False
        if refusal is not None:
            self.held = without_nothing_changed(describe_error(refusal))
            self._show_missing()

    def _on_held_unknown(self, error: DicelError) -> None:
        # Left to the database: pressed, the step meets its refusal, if any.
        self.asking_held = False

    @slot_while_whole(keeps="_window")
    def _show_missing(self) -> None:
        """Say what is still missing, or what holds the step, the step's button off."""
        values = {**self._record.values, **self._typed()}
        self.missing = missing_sentence(self._flow, self._step, values) or self.held
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
        unsaid = self._unsaid()
        if unsaid:
            box = self.reason or self.note
            assert box is not None
            self.message.say(unsaid)
            box.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        arguments: dict[str, Any] = {}
        if self.assignee is not None:
            arguments["assignee"] = self.assignee.currentData()
        if self.resolution is not None:
            arguments["resolution"] = self.resolution.toPlainText()
        if self.reason is not None:
            arguments["reason"] = self.reason.toPlainText()
        if self.note is not None:
            arguments["note"] = self.note.toPlainText()
        if self.amounts:
            amounts = self._amounts_given()
            if amounts is None:
                return
            arguments["amounts"] = amounts
        if self.days:
            try:
                arguments["days"] = {c: editor.value() for c, editor in self.days.items()}
            except DicelError as error:  # a day that is not one
                self.message.say(describe_error(error))
                return
        if self._step.decided_by_another:  # on what the window showed (migration 0078)
            # Its files included (migration 0079).
            arguments["shown"] = self._record.decision_version
        elif takes_shown(self._flow, self._step):
            # Allowed from several states: a step a colleague took since (a hold, another
            # assignee) refuses this one rather than being undone by it (migration 0143).
            arguments["shown"] = self._record.version
        typed = self._typed()
        if typed:  # written here: saved with the step
            step: Any = functools.partial(
                cases.write_and_take_step,
                role=self._window.role,
                version=self._record.version,
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
                record_id=self._record.id,
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
            self._record = record

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
            self._record = saved
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
                self._record.id,
            ).for_widget(self).on_success(self._on_read_again).run()
        field = error.params.get("field")
        if field == self._flow.assignee and self.assignee is not None:
            self.assignee.setFocus(Qt.FocusReason.OtherFocusReason)
        elif field == self._flow.resolution and self.resolution is not None:
            self.resolution.setFocus(Qt.FocusReason.OtherFocusReason)
        elif field == "reason" and self.reason is not None:
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        elif field == "note" and self.note is not None:
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)
        elif field in self.days:
            self.days[field].setFocus(Qt.FocusReason.OtherFocusReason)
        elif field in self.amounts:
            self.amounts[field].setFocus(Qt.FocusReason.OtherFocusReason)

    def _unanswered_busy(self, request_id: int) -> str:
        """ "Working…" while the step ``request_id`` waits and the message line says it;
        the choice's placeholder while the people who can take it are read."""
        if request_id == self._people_request and not self._assignees_loaded:
            return self.tr("Loading the people who can take it…")
        if not self._busy or request_id != self._pending:
            return ""
        working = self.tr("Working…")
        return working if self.message.text() == working else ""

    def _say_waiting(self, words: str) -> None:
        if self.unanswered.said_for == self._people_request and self.assignee is not None:
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
        fields = (self.assignee, self.resolution, self.reason, self.note)
        editors = (*self.amounts.values(), *self.days.values(), *self.texts.values())
        for field in (*fields, *editors):
            if field is not None:
                field.setEnabled(not busy)
        if busy:
            self.message.say(self.tr("Working…"), problem=False)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def reject(self) -> None:
        # A step on its way to the server is not abandoned half-way: Esc waits for it.
        if not self._busy:
            super().reject()
