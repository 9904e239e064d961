"""What the two leave steps opened over a request's record window share: Cancel leave…
and End early… (away40 wrote the second as a copy of the first). A note, a message line
under it (busy words in the window's text colour, a refusal in red), the step on its way
(``is_busy``; Esc waits for its answer, as the other step dialogs do) and the "(no answer
from the server yet)" words when the status bar says so (wait40b). The dialog grows to
show a refusal of several lines on its own row, under the note (eyefix41: it was drawn
over the note). The note's label says whose words they are and who reads them: an HR
officer's reason is read by the employee and their supervisor (eyefix41). Each dialog
writes its question and buttons, in its own translation context."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QPushButton, QWidget

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.translations import put_in
from dicel_desktop.gui.unanswered import Unanswered
from dicel_desktop.gui.widgets.fit import keep_fitted
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.form_step_dialog import month_text
from dicel_desktop.gui.workflows.leave_texts import person_in_name
from dicel_desktop.services import leave

if TYPE_CHECKING:
    from dicel_desktop.services.records import Record

#: The leave dialogs' red (LeaveRequestDialog's too).
_ERROR = QColor("#c62828")


def whose_leave(template: str, person: str | None, own: bool, own_template: str) -> str:
    """``own_template`` for the reader's own leave ("Cancel your annual leave …?"), else
    ``template`` with %1 the employee's name ("the employee" where it could not be read).
    French puts no « de » before the name (« ce congé annuel pour Hélène Rwema »): it
    would need « d' » before some names and not others (eye34 #8)."""
    if own:
        return own_template
    return put_in(template, person or QCoreApplication.translate("LeaveStepDialog", "the employee"))


class PaidBackWords(QObject):
    """What the next payroll run will pay back of a signed month once the step is taken
    (migration 0160), in the plural form of its count: lupdate reads a plural form only
    from ``self.tr``'s count (scripts/ts_kept.py)."""

    def said(self, found: leave.PaidBackLater) -> str:
        words = self.tr(
            "The %n working day(s) of %2 already taken off a payslip will be paid back by"
            " the next payroll run.",
            "",
            found.days,
        )
        # English has no translator: its "(s)" is said here (as the export's rows).
        words = words.replace("(s)", "" if found.days == 1 else "s")
        # The word before the month elided where French does (before avril, août, octobre).
        return put_in(words, month_text(found.period_start), "%2")

    def pending(self, period_start: dt.date) -> str:
        """The person's payslip in a run made before the step: it does not pay the days
        back, the next run made does."""
        return put_in(
            self.tr(
                "The pending payroll run of %1 was made before and does not include them:"
                " cancel it and run it again to pay them there."
            ),
            month_text(period_start),
            "%1",
        )


class LeaveStepDialog(QDialog):
    """A leave request's step dialog: see the module docstring. A subclass lays out
    :attr:`note_label`, :attr:`note` and :attr:`message` in that order with its own
    question and buttons (a stretch above the buttons: room to spare goes there, not
    between the label and its box), starts its step with :meth:`_run` and says what a
    refusal leaves possible in :meth:`_after_refusal`."""

    def __init__(self, worker: DbWorker, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.worker = worker
        self.request_id: uuid.UUID = record.id
        #: Whose leave: the reader's own (the employee cancelling it), or the person's
        #: name as the record names them ("Claire Uwera"; None if it could not be read).
        self.own = bool(record.own)
        self.person = person_in_name(record.names.get("employee_id"))
        self._busy = False
        #: The step on its way (its request id), and the words said while it runs.
        self._pending: int | None = None
        self._busy_words = ""
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 14)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setBuddy(self.note)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._colour_message(problem=True)
        self.message.hide()
        #: What the next payroll run pays back once the step is taken (approved unpaid
        #: leave a signed run took off: migration 0160), said before the click.
        self.paid_back = QLabel()
        self.paid_back.setWordWrap(True)
        self.paid_back.hide()
        self._pays_back = (
            record.values.get("leave_type") == "unpaid"
            and record.values.get("status") == "approved"
        )
        self._paid_back_asked = 0
        #: The last answer said (None until one came), and the pending run it named.
        self.paid_back_found: tuple[leave.PaidBackLater, ...] | None = None
        self.paid_back_pending: dt.date | None = None
        self.unanswered = Unanswered(worker, self, self._unanswered_busy, self._say_busy)
        # A refusal of two lines (French) was drawn over the note: the window did not
        # grow for it, and the note, fixed in height, could not give way.
        keep_fitted(self)

    def _note_words(self, *, optional: bool) -> str:
        """The note's label: the writer's reason, and who reads it with the request (the
        employee, their supervisor, HR)."""
        if self.own:
            # Only Cancel leave… is offered on one's own leave, and there the note is
            # optional (End early… is never one's own: DW122).
            return QCoreApplication.translate(
                "LeaveStepDialog", "&Your reason (optional), shown to your supervisor and HR:"
            )
        words = (
            QCoreApplication.translate(
                "LeaveStepDialog", "&Your reason (optional), shown to %1 and their supervisor:"
            )
            if optional
            else QCoreApplication.translate(
                "LeaveStepDialog", "&Your reason, shown to %1 and their supervisor:"
            )
        )
        return whose_leave(words, self.person, False, words)

    def _ask_paid_back(self, new_end: dt.date | None) -> None:
        """Ask what the next run would pay back if the leave were cancelled (``new_end``
        None) or ended on ``new_end``; the line under the question says it."""
        if not self._pays_back:
            return
        self._paid_back_asked += 1
        asked = self._paid_back_asked
        (
            Op(self.worker, leave.paid_back_later, self.request_id, new_end)
            .for_widget(self)
            .explaining("leave_requests", action="read")
            .on_success(lambda found: self._say_paid_back(asked, found))
            # Not said when it cannot be read: the step is the same either way.
            .on_failure(lambda _error: self._say_paid_back(asked, leave.PaidBack(())))
            .run()
        )

    def _say_paid_back(self, asked: int, found: leave.PaidBack) -> None:
        if asked != self._paid_back_asked:
            return  # an answer for a day chosen before
        self.paid_back_found = found.months
        self.paid_back_pending = found.pending_run
        words = PaidBackWords()
        said = [words.said(month) for month in found.months]
        if found.months and found.pending_run is not None:
            said.append(words.pending(found.pending_run))
        self.paid_back.setText(" ".join(said))
        self.paid_back.setVisible(bool(found.months))

    @property
    def is_busy(self) -> bool:
        return self._busy

    def _run(
        self,
        busy_words: str,
        buttons: Sequence[QPushButton],
        op: Op,
        on_success: Callable[[Any], None],
    ) -> None:
        """Send ``op`` (a change of the request), saying ``busy_words`` under the note
        and turning ``buttons`` off while it runs."""
        if self._busy:
            return
        self._busy = True
        self._busy_words = busy_words
        self._say_busy(busy_words)
        for button in buttons:
            button.setEnabled(False)
        self._pending = (
            op.for_widget(self)
            .explaining("leave_requests", action="update")
            .on_success(on_success)
            .on_failure(self._on_refused)
            .run()
        )

    def _done(self) -> None:
        self._busy = False
        self._pending = None

    def _on_refused(self, error: DicelError) -> None:
        # What was typed stays, to correct and try again.
        self._done()
        self._colour_message(problem=True)
        self.message.setText(describe_error(error))
        self.message.show()
        self._after_refusal()

    def _after_refusal(self) -> None:
        """The buttons after a refusal (the subclass's)."""

    def _unanswered_busy(self, request_id: int) -> str:
        """The busy words while the step ``request_id`` waits."""
        return self._busy_words if self._busy and request_id == self._pending else ""

    def _say_busy(self, words: str) -> None:
        self._colour_message(problem=False)
        self.message.setText(words)
        self.message.show()

    def _colour_message(self, *, problem: bool) -> None:
        palette = self.message.palette()
        plain = self.palette().color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText, _ERROR if problem else plain)
        self.message.setPalette(palette)

    def reject(self) -> None:
        if not self._busy:
            super().reject()
