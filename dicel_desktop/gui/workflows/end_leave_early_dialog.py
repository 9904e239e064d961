"""End an approved leave early (HR, migration 0150): the new last day and why. Opened
over the request's record window (the step "End early…"). The database counts the days
again, so the balance gets back only those not taken; a refusal (a day before today, no
note) is said in the dialog and what was typed stays. While the step runs the dialog
says "Ending…", and the longer words when the server has not answered (wait40b's
Cancel leave…, gui40fix)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.locale_writing import day_in_pattern
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.leave_step_dialog import LeaveStepDialog, whose_leave
from dicel_desktop.gui.workflows.leave_texts import days_text, leave_type_text, span_text
from dicel_desktop.services import leave

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow
    from dicel_desktop.services.records import Record


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class EndLeaveEarlyDialog(LeaveStepDialog):
    """See the module docstring; :meth:`open_for` opens it over a record window."""

    #: The leave now ends on the day chosen.
    ended = Signal(object)

    def __init__(
        self,
        worker: DbWorker,
        record: Record,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        """``today``: the company's day (``RecordWindow.company_today``, read with the
        request), the day proposed; the desktop's where none was read."""
        super().__init__(worker, record, parent)
        self.setWindowTitle(self.tr("End leave early"))

        values = record.values
        start: dt.date = values["start_date"]
        end: dt.date = values["end_date"]
        # Whose leave, in every language (eyefix41: the question named only its dates).
        # Never the officer's own (DW122): the employee is named.
        self.question = QLabel(
            whose_leave(
                self.tr("End %1's %2 (%3, %4) early?"),
                self.person,
                False,
                "",
            )
            .replace("%2", leave_type_text(values["leave_type"]).lower())
            .replace("%3", span_text(start, end))
            .replace("%4", days_text(values["days_requested"]))
            + " "
            + self.tr(
                "Its working days are counted again: those after the new last day go back "
                "to the balance."
            )
        )
        self.question.setWordWrap(True)

        self.last_day = QDateEdit()
        self.last_day.setCalendarPopup(True)
        # Its first day at the earliest, the day before its last at the latest; the
        # database says the rest (today at the earliest) in words.
        self.last_day.setDateRange(_qdate(start), _qdate(end - dt.timedelta(days=1)))
        today = today or dt.date.today()
        self.last_day.setDate(_qdate(min(max(today, start), end - dt.timedelta(days=1))))
        self.last_day.setAccessibleName(self.tr("New last day of the leave"))
        self.note.setAccessibleName(self.tr("Why the leave ends early"))
        form = QFormLayout()
        form.addRow(self.tr("New &last day:"), self.last_day)
        # The note's label above it, the width of the dialog: it says who reads it.
        self.note_label.setText(self._note_words(optional=False))

        self.end_button = QPushButton(self.tr("&End leave early"))
        self.end_button.setAutoDefault(False)
        self.keep_button = QPushButton(self.tr("&Keep it"))
        # Ending a leave is deliberate: Enter alone keeps it as it is.
        self.keep_button.setDefault(True)
        self.end_button.clicked.connect(self._end_early)
        self.keep_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.keep_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.question)
        layout.addLayout(form)
        layout.addWidget(self.paid_back)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(480)
        self.last_day.setFocus()
        # What the next payroll run pays back follows the day chosen (migration 0160).
        self.last_day.dateChanged.connect(self._on_last_day_changed)
        self._ask_paid_back(self.last_day.date().toPython())

    @classmethod
    def open_for(cls, window: RecordWindow) -> EndLeaveEarlyDialog:
        """Open over ``window`` (a leave request's); the window reloads once ended."""
        assert window.record is not None
        # The company's day, read with the request, not the desktop's (a desktop a day
        # behind proposed a day the database refused; one ahead, a day too late).
        dialog = cls(window.worker, window.record, window, today=window.company_today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.ended.connect(dialog.reloads_window)
        dialog.open()
        return dialog

    @slot_while_whole(object, keeps="worker")
    def reloads_window(self, day: dt.date) -> None:
        """The window the dialog opened over (its parent) reads the leave again, saying
        its new last day."""
        # Declared on the dialog, reading its window (its parent) when called: a lambda
        # holding the window, kept by the dialog's connection, could be the window's last
        # reference and delete it as the closed dialog was deleted (lambdas44).
        window = self.parentWidget()
        if window is not None:
            window.reload(
                QCoreApplication.translate(
                    "EndLeaveEarlyDialog", "The leave now ends on %1."
                ).replace("%1", day_in_pattern(_qdate(day), "dddd d MMMM yyyy"))
            )

    @slot_while_whole(QDate, keeps="worker")
    def _on_last_day_changed(self, day: QDate) -> None:
        self._ask_paid_back(day.toPython())

    @slot_while_whole(keeps="worker")
    def _end_early(self) -> None:
        # Said while it runs (gui40fix: it showed only its buttons off); a row lock held
        # by a payroll run or another officer is an ordinary wait here.
        day = self.last_day.date().toPython()
        note = self.note.toPlainText().strip() or None
        self._run(
            self.tr("Ending…"),
            (self.end_button, self.keep_button),
            Op(self.worker, leave.end_leave_early, self.request_id, day, note),
            lambda _days: self._on_ended(day),
        )

    def _on_ended(self, day: dt.date) -> None:
        self._done()
        self.ended.emit(day)
        self.accept()

    def _after_refusal(self) -> None:
        # The day and the note are there to correct and try again.
        for button in (self.end_button, self.keep_button):
            button.setEnabled(True)
