"""Cancel a leave request: a confirmation that says which leave and what happens to its
days, with an optional note. Opened over the request's record window (the step "Cancel
leave…", offered to its employee and to HR)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.leave_step_dialog import LeaveStepDialog, whose_leave
from dicel_desktop.gui.workflows.leave_texts import days_text, leave_type_text, span_text
from dicel_desktop.services import leave

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow
    from dicel_desktop.services.records import Record


class CancelLeaveDialog(LeaveStepDialog):
    """See the module docstring; :meth:`open_for` opens it over a record window."""

    #: The request was cancelled.
    cancelled = Signal()

    def __init__(self, worker: DbWorker, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(worker, record, parent)
        self.setWindowTitle(self.tr("Cancel leave"))

        values = record.values
        # Whose leave, in every language (eyefix41: the question named only its dates).
        what = (
            whose_leave(
                self.tr("Cancel %1's %2 (%3, %4)?"),
                self.person,
                self.own,
                self.tr("Cancel your %2 (%3, %4)?"),
            )
            .replace("%2", leave_type_text(values["leave_type"]).lower())
            .replace("%3", span_text(values["start_date"], values["end_date"]))
            .replace("%4", days_text(values["days_requested"]))
        )
        if values.get("status") == "approved":
            what += " " + self.tr("It was approved: its days go back to the balance.")
        self.question = QLabel(what)
        self.question.setWordWrap(True)
        self.note_label.setText(self._note_words(optional=True))
        self.note.setAccessibleName(self.tr("Why the leave is cancelled"))

        self.cancel_leave_button = QPushButton(self.tr("Cancel &leave"))
        self.cancel_leave_button.setAutoDefault(False)
        self.keep_button = QPushButton(self.tr("&Keep it"))
        # Cancelling is deliberate: Enter alone keeps the leave.
        self.keep_button.setDefault(True)
        self.cancel_leave_button.clicked.connect(self._cancel_leave)
        self.keep_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_leave_button)
        buttons.addWidget(self.keep_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.question)
        layout.addWidget(self.paid_back)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.keep_button.setFocus()
        self._ask_paid_back(None)

    @classmethod
    def open_for(cls, window: RecordWindow) -> CancelLeaveDialog:
        """Open over ``window`` (a leave request's); the window reloads once cancelled."""
        assert window.record is not None
        dialog = cls(window.worker, window.record, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.cancelled.connect(dialog.reloads_window)
        dialog.open()
        return dialog

    @slot_while_whole(keeps="worker")
    def reloads_window(self) -> None:
        """The window the dialog opened over (its parent) reads the leave again."""
        # Declared on the dialog, reading its window (its parent) when called: a lambda
        # holding the window, kept by the dialog's connection, could be the window's last
        # reference and delete it as the closed dialog was deleted (lambdas44).
        window = self.parentWidget()
        if window is not None:
            window.reload(
                QCoreApplication.translate("CancelLeaveDialog", "The leave is cancelled.")
            )

    @slot_while_whole(keeps="worker")
    def _cancel_leave(self) -> None:
        # Said while it runs (wait40b: the dialog showed only its buttons off).
        note = self.note.toPlainText().strip() or None
        self._run(
            self.tr("Cancelling…"),
            (self.cancel_leave_button, self.keep_button),
            Op(self.worker, leave.cancel_leave, self.request_id, note),
            self._on_cancelled,
        )

    def _on_cancelled(self, _none: object) -> None:
        self._done()
        self.cancelled.emit()
        self.accept()

    def _after_refusal(self) -> None:
        self.keep_button.setEnabled(True)
        self.keep_button.setText(self.tr("Close"))
        self.keep_button.setFocus()
