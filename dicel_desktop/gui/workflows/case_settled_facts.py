"""What a recovery case's settling step (recovered, written off) settles, said in its
dialog's form beside what it asks (case_step_fields.py): the amount the case involved,
and the completion date the step stamps when it does not ask it (a write-off: today, the
company's day as the database counts it). Facts, not fields: nothing here is typed.

Its words are in the dialog's translation context, "CaseStepDialog", where they were
translated when the dialog built them itself.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QFormLayout, QLabel

from dicel_desktop.domain.case_flows import CaseFlow, Step
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors import dates
from dicel_desktop.gui.workflows.form_step_dialog import date_text, money_text

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow

__all__ = ["SettledFacts"]


class SettledFacts(QObject):
    """The facts of one settling step, as rows of its dialog's form; see the module
    docstring. ``labels`` is empty for any other step."""

    def __init__(
        self, parent: QObject, window: RecordWindow, flow: CaseFlow, step: Step, form: QFormLayout
    ) -> None:
        super().__init__(parent)
        self._window = window
        #: The facts said, by key: "amount", and "completed" when the step stamps it.
        self.labels: dict[str, QLabel] = {}
        if not (flow.table == "recovery_cases" and step.resolves):
            return
        record = window.record
        assert record is not None, "a step is offered on a saved record only"
        amount = record.values.get("amount_involved")
        involved = QCoreApplication.translate("CaseStepDialog", "Amount involved:")
        facts = [("amount", involved, money_text(amount, None))]
        stamped = "actual_completion_date" not in step.asked_dates
        if stamped:
            # Stamped today (a write-off), the company's day as the database counts it
            # (read with the case); the day a case was recovered is asked.
            completed = QCoreApplication.translate("CaseStepDialog", "Completion date:")
            facts.append(("completed", completed, self._completion_day()))
        for key, label, value in facts:
            fact = QLabel(value)
            fact.setAccessibleName(label.rstrip(":"))
            fact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, fact)
            self.labels[key] = fact
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
        fact = self.labels.get("completed")
        if fact is not None:
            fact.setText(self._completion_day())
