"""The fields of a case step's dialog (case_step_dialog.py): whom to assign the record to,
how it was resolved, why the step is taken or what was done, the amounts and days the
step asks, and the texts it requires written first (an audit's findings), with what a
recovery case's settling step settles beside them (case_settled_facts.py). Built into
the dialog's form by :class:`CaseStepFields`, which the dialog owns; it reads back what
was typed, and keeps the record as the dialog last read it.

Its words are in the dialog's translation context, "CaseStepDialog", where they were
translated when the dialog built them itself.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QPlainTextEdit, QWidget

from dicel_desktop.domain.case_flows import AmountAsked, Asks, CaseFlow, Stamp, Step
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors.dates import DateEditor
from dicel_desktop.gui.editors.numbers import MoneyEditor
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.translations import tr_label
from dicel_desktop.gui.widgets.message_bar import MessageBar
from dicel_desktop.gui.widgets.required import mark_required
from dicel_desktop.gui.workflows.case_settled_facts import SettledFacts
from dicel_desktop.gui.workflows.case_step_words import (
    DAY_LABELS,
    DONE_NOTE,
    NOTE_LABELS,
    asked_for,
)
from dicel_desktop.services import cases
from dicel_desktop.services.columns import column_label
from dicel_desktop.services.db_error_words import field_words
from dicel_desktop.services.form_types import FieldKind, FieldSpec
from dicel_desktop.services.records import Record

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow

__all__ = ["CaseStepFields"]


def _required_row(form: QFormLayout, label: str, field: QWidget, *, buddy: bool = True) -> None:
    """A row of ``form`` whose label carries the required mark: the step is refused
    without what ``field`` holds."""
    form.addRow(label, field)
    shown = form.labelForField(field)
    if isinstance(shown, QLabel):
        if buddy:
            shown.setBuddy(field)
        mark_required(shown)


class CaseStepFields(QObject):
    """What one step asks, in the dialog's form; see the module docstring."""

    #: A text the step requires was typed: what the record lacks may have changed.
    required_text_edited = Signal()

    def __init__(
        self,
        dialog: QDialog,
        window: RecordWindow,
        flow: CaseFlow,
        step: Step,
        form: QFormLayout,
        message: MessageBar,
    ) -> None:
        super().__init__(dialog)
        record = window.record
        assert record is not None, "a step is offered on a saved record only"
        self._dialog = dialog
        self._window = window
        self._flow = flow
        self._step = step
        self._message = message
        #: The record as the dialog last read it: what was typed is told apart from it.
        self.record: Record = record
        #: Whether the people who can take it have been read (the step waits for them).
        self.assignees_loaded = False
        #: The read of the people who can take it (its request id).
        self.people_request: int | None = None
        self.assignee: QComboBox | None = None
        self.resolution: QPlainTextEdit | None = None
        #: Why the step is taken (``Asks.REASON``), kept with the record.
        self.reason: QPlainTextEdit | None = None
        #: What was said or done (``Asks.NOTE``), kept with the record as a reason is.
        self.note: QPlainTextEdit | None = None
        #: The days the step asks (a policy's next review date), by column.
        self.days: dict[str, DateEditor] = {}
        #: The amounts the step asks (how much of a case came back), by column.
        self.amounts: dict[str, MoneyEditor] = {}
        #: What the step requires written first (an audit's findings), typed here.
        self.texts: dict[str, QPlainTextEdit] = {}
        #: An amount or a day the person changed (``edited``): Esc asks before it goes.
        self.edited = False

        if step.asks is Asks.ASSIGNEE:
            self._add_assignee(form)
        elif step.asks is Asks.RESOLUTION:
            self._add_resolution(form)
        #: What the step settles, said beside the question (a case's amount, its date).
        self.facts = SettledFacts(self, window, flow, step, form).labels
        for amount in step.amounts:
            self._add_amount(form, amount)
        if step.asks is Asks.REASON:
            self._add_reason(form)
        elif step.asks is Asks.NOTE:
            self._add_note(form)
        for column in step.asked_dates:
            self._add_day(form, column)
        self._add_required_texts(form)

    # ----------------------------------------------------------------- building

    def _add_assignee(self, form: QFormLayout) -> None:
        combo = self.assignee = QComboBox()
        combo.setAccessibleName(QCoreApplication.translate("CaseStepDialog", "Assign to"))
        combo.setPlaceholderText(
            QCoreApplication.translate("CaseStepDialog", "Loading the people who can take it…")
        )
        # On, though empty while the people are read: it takes the focus as the dialog
        # opens, so nothing moves the focus once they arrive (a late move took it from
        # the note as it was typed, keys38). The step waits for them (is_busy).
        form.addRow(QCoreApplication.translate("CaseStepDialog", "Assign &to:"), combo)
        label = form.labelForField(combo)
        if isinstance(label, QLabel):
            label.setBuddy(combo)
        self.people_request = (
            Op(self._window.worker, cases.assignable_people, table=self._flow.table)
            .for_widget(self._dialog)
            .on_success(self._on_assignees_loaded)
            .on_failure(self._on_assignees_failed)
            .run()
        )

    def _on_assignees_loaded(self, people: list[cases.Assignee]) -> None:
        assert self.assignee is not None
        self.assignees_loaded = True
        current = self.record.values.get(self._flow.assignee or "")
        for person in people:
            role = tr_label(person.role.label)
            self.assignee.addItem(f"{person.name} ({role})", person.user_id)
        self.assignee.setPlaceholderText(
            QCoreApplication.translate("CaseStepDialog", "Choose a person")
        )
        self.assignee.setCurrentIndex(self.assignee.findData(current) if current else -1)

    def _on_assignees_failed(self, error: DicelError) -> None:
        self.assignees_loaded = True
        self._message.say(describe_error(error))

    def _add_resolution(self, form: QFormLayout) -> None:
        edit = self.resolution = QPlainTextEdit()
        edit.setAccessibleName(QCoreApplication.translate("CaseStepDialog", "Resolution"))
        # Tab leaves the field (to the buttons) rather than typing a tab: keyboard only.
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(
            QCoreApplication.translate(
                "CaseStepDialog", "What was wrong, and what was done about it"
            )
        )
        edit.setPlainText(str(self.record.values.get(self._flow.resolution or "") or ""))
        edit.setMinimumHeight(110)
        # The step is refused without it (DW402): marked as a reason is (eye39 #3).
        _required_row(form, QCoreApplication.translate("CaseStepDialog", "Resol&ution:"), edit)

    def _add_reason(self, form: QFormLayout) -> None:
        edit = self.reason = self._written_box(
            QCoreApplication.translate("CaseStepDialog", "Why (required)")
        )
        _required_row(form, QCoreApplication.translate("CaseStepDialog", "&Why:"), edit)

    def _add_note(self, form: QFormLayout) -> None:
        # What was done, unless the step says it its own way (what the client was told).
        own = NOTE_LABELS.get((self._flow.table, self._step.action), NOTE_LABELS[DONE_NOTE])
        label = QCoreApplication.translate("CaseSteps", own)
        edit = self.note = self._written_box(label.replace("&", "").rstrip(":"))
        _required_row(form, label, edit)

    def _written_box(self, accessible_name: str) -> QPlainTextEdit:
        """The box of a reason or a note: a few lines, required, kept with the record."""
        edit = QPlainTextEdit()
        edit.setAccessibleName(accessible_name)
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(
            QCoreApplication.translate("CaseStepDialog", "Required: it is kept with the record")
        )
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        edit.textChanged.connect(self._message.clear_message)
        return edit

    def _with_colon(self, label: str) -> str:
        """A field's label with the reader's colon, as the labels written whole have it
        (« Motif : »): a bare ":" gave « Montant recouvré *: » once marked required, where
        the other labels read « Motif * : » (eye39 #4)."""
        return QCoreApplication.translate("CaseStepDialog", "%1:").replace("%1", label)

    def _add_amount(self, form: QFormLayout, amount: AmountAsked) -> None:
        """An amount the step asks, required: the record's ``ceiling`` to start with (a
        case marked recovered came back in full unless the person says less), for the
        person to keep or change. Whole francs (DW346), above zero (DW435), at most the
        ceiling (DW436): checked before the press (case_step_checks.py)."""
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
        ceiling = self.record.values.get(amount.ceiling) if amount.ceiling else None
        editor.set_value(self.record.values.get(amount.column) or ceiling)
        editor.edited.connect(self._message.clear_message)
        editor.edited.connect(self._on_field_edited)
        self.amounts[amount.column] = editor
        _required_row(form, self._with_colon(label), editor)

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
        own_day = self.record.values.get(column)
        settled = any(d.column == column and d.how is Stamp.SETTLED for d in self._step.dates)
        editor.set_value(own_day if own_day is not None or not settled else "today")
        editor.edited.connect(self._on_field_edited)
        self.days[column] = editor
        _required_row(form, label, editor)

    def _add_required_texts(self, form: QFormLayout) -> None:
        """A box for each text the step requires written first that this person may
        write (an audit's findings): the button said "Write the findings" while they
        could not be typed here."""
        for column in self._step.requires:
            if asked_for(self._flow, self._step, column):
                continue
            if not self._window.spec.editable(column, new=False):
                continue
            label = tr_label(column_label(self._flow.table, column))
            edit = QPlainTextEdit()
            edit.setAccessibleName(label)
            edit.setTabChangesFocus(True)
            edit.setPlainText(str(self.record.values.get(column) or ""))
            edit.setMinimumHeight(110)
            edit.textChanged.connect(self.required_text_edited)
            # The step is refused without it; its label names no buddy, as it never did.
            _required_row(form, self._with_colon(label), edit, buddy=False)
            self.texts[column] = edit

    @slot_while_whole(keeps="_window")
    def _on_field_edited(self) -> None:
        self.edited = True

    # ----------------------------------------------------------------- reading

    def first_to_type(self) -> QWidget | None:
        """The field the focus starts in: what is written first, else what is chosen."""
        boxes = (self.resolution, self.reason, self.note, *self.texts.values())
        chosen = (self.assignee, *self.days.values())
        return next((field for field in (*boxes, *chosen) if field is not None), None)

    def blamed(self, field: object) -> QWidget | None:
        """The field a refusal names (its ``field`` parameter), if it is one of these."""
        named: dict[object, QWidget | None] = {
            "reason": self.reason,
            "note": self.note,
            **self.days,
            **self.amounts,
        }
        if field == self._flow.assignee and self.assignee is not None:
            return self.assignee
        if field == self._flow.resolution and self.resolution is not None:
            return self.resolution
        return named.get(field)

    def changed_from_record(self) -> bool:
        """Whether something here differs from the record: a resolution or a required
        text changed from the record's, a reason or a note written, an amount or a day
        changed."""
        if self.resolution is not None:
            stored = str(self.record.values.get(self._flow.resolution or "") or "")
            if self.resolution.toPlainText().strip() != stored.strip():
                return True
        written = (self.reason, self.note)
        if any(box is not None and box.toPlainText().strip() for box in written):
            return True
        return bool(self.typed()) or self.edited

    def typed(self) -> dict[str, str]:
        """The texts typed here that differ from the record's."""
        return {
            column: edit.toPlainText()
            for column, edit in self.texts.items()
            if edit.toPlainText() != str(self.record.values.get(column) or "")
        }

    def written(self) -> dict[str, Any]:
        """The step's arguments chosen and written here: whom to, how, why, what."""
        arguments: dict[str, Any] = {}
        if self.assignee is not None:
            arguments["assignee"] = self.assignee.currentData()
        if self.resolution is not None:
            arguments["resolution"] = self.resolution.toPlainText()
        if self.reason is not None:
            arguments["reason"] = self.reason.toPlainText()
        if self.note is not None:
            arguments["note"] = self.note.toPlainText()
        return arguments

    def amounts_given(self) -> dict[str, Decimal | None]:
        """The amounts typed, by column (checked first: case_step_checks.py)."""
        return {column: editor.value() for column, editor in self.amounts.items()}

    def days_given(self) -> dict[str, Any]:
        """The days given, by column; raises DicelError for one that is not a day."""
        return {column: editor.value() for column, editor in self.days.items()}

    def set_enabled(self, on: bool) -> None:
        fields = (self.assignee, self.resolution, self.reason, self.note)
        editors = (*self.amounts.values(), *self.days.values(), *self.texts.values())
        for field in (*fields, *editors):
            if field is not None:
                field.setEnabled(on)
