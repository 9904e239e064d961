"""What a case step's dialog (case_step_dialog.py) checks before its button is pressed, in
the sentences of the database's refusals: what the record lacks for the step (an audit's
findings, DW402), what holds it (a pending payslip, DW492, asked as the dialog opens),
a reason or a note left blank (DW490, DW491), an amount that is none, not above zero or
above its ceiling (DW435, DW436). :class:`CaseStepChecks` says them; the dialog shows
them and keeps its button off while one holds.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from dicel_desktop.domain.amounts import HOME_CURRENCY, Amount
from dicel_desktop.domain.case_flows import CaseFlow, Step
from dicel_desktop.domain.errors import DicelError, InvalidInput
from dicel_desktop.domain.text_rules import is_blank
from dicel_desktop.gui.error_sentences import describe_error, sentence, without_nothing_changed
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.workflows.case_step_fields import CaseStepFields
from dicel_desktop.gui.workflows.case_step_words import missing_sentence
from dicel_desktop.gui.workflows.payslip_cut_line import CUTTING_STEPS
from dicel_desktop.services import cases
from dicel_desktop.services.db_error_words import field_words, table_words
from dicel_desktop.services.db_errors import NOTE_STEPS

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow

__all__ = ["CaseStepChecks"]


class CaseStepChecks(QObject):
    """The checks of one step before its press; see the module docstring."""

    #: What holds the step came back from the database: what is missing changed.
    held_found = Signal()

    def __init__(
        self,
        dialog: QDialog,
        window: RecordWindow,
        flow: CaseFlow,
        step: Step,
        fields: CaseStepFields,
    ) -> None:
        super().__init__(dialog)
        self._flow = flow
        self._step = step
        self._fields = fields
        #: Why the database would refuse the step now (a pending payslip, DW492: run
        #: before a month-end leaving, it pays no untaken leave, migration 0158), asked
        #: as the dialog opens, on the day the step stamps: said as what is missing is,
        #: the button off. The record window's own check may not have answered yet.
        self.held = ""
        #: Whether that is still being asked (tests wait).
        self.asking_held = (flow.table, step.action) in CUTTING_STEPS
        if self.asking_held:
            record_id = fields.record.id
            (
                Op(window.worker, cases.what_stops_step, flow.table, step.action, record_id)
                .for_widget(dialog)
                .on_success(self._on_held)
                .on_failure(self._on_held_unknown)
                .run()
            )

    def _on_held(self, refusal: DicelError | None) -> None:
        self.asking_held = False
        if refusal is not None:
            self.held = without_nothing_changed(describe_error(refusal))
            self.held_found.emit()

    def _on_held_unknown(self, error: DicelError) -> None:
        # Left to the database: pressed, the step meets its refusal, if any.
        self.asking_held = False

    def missing(self) -> str:
        """What the record, with what was typed here, still lacks for the step, or what
        holds it; "" when nothing does."""
        values = {**self._fields.record.values, **self._fields.typed()}
        return missing_sentence(self._flow, self._step, values) or self.held

    def unsaid(self) -> str:
        """The database's refusal of a step without its reason (DW490) or note (DW491),
        said before asking it; "" when one is written (what shows:
        ``dicel_given_text``'s blank)."""
        fields = self._fields
        box, code = (
            (fields.reason, "case_reason_missing")
            if fields.reason is not None
            else (fields.note, NOTE_STEPS.get(self._flow.table, "case_note_missing"))
        )
        if box is None or not is_blank(box.toPlainText()):
            return ""
        words = table_words(self._flow.table)
        return sentence(
            InvalidInput(code, **words, action=self._step.done, flow_table=self._flow.table)
        )

    def amount_problem(self) -> tuple[DicelError, QWidget] | None:
        """What is wrong with the first amount that is wrong, and its field: not a
        number, a fraction of a franc, none or not above zero, above its ceiling, in the
        sentences of the database's refusals; None when all are right."""
        words = table_words(self._flow.table)
        record = self._fields.record
        for amount in self._step.amounts:
            editor = self._fields.amounts[amount.column]
            said = field_words(self._flow.table, amount.column)
            problem: DicelError | None = None
            value: Decimal | None = None
            try:
                value = editor.value()
            except DicelError as error:
                problem = error
            ceiling = record.values.get(amount.ceiling) if amount.ceiling else None
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
                return problem, editor
        return None
