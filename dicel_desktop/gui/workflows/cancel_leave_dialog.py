"""Cancel a leave request: a confirmation that says which leave and what happens to its
days, with an optional note. Opened over the request's record window (the step "Cancel
leave…", offered to its employee and to HR)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.unanswered import Unanswered
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.leave_texts import days_text, leave_type_text, span_text
from dicel_desktop.services import leave

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow
    from dicel_desktop.services.records import Record

_ERROR = QColor("#c62828")


class CancelLeaveDialog(QDialog):
    """See the module docstring; :meth:`open_for` opens it over a record window."""

    #: The request was cancelled.
    cancelled = Signal()

    def __init__(self, worker: DbWorker, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.worker = worker
        self.request_id: uuid.UUID = record.id
        self._busy = False
        self.setWindowTitle(self.tr("Cancel leave"))

        values = record.values
        what = (
            self.tr("Cancel the %1 of %2 (%3)?")
            .replace("%1", leave_type_text(values["leave_type"]).lower())
            .replace("%2", span_text(values["start_date"], values["end_date"]))
            .replace("%3", days_text(values["days_requested"]))
        )
        if values.get("status") == "approved":
            what += " " + self.tr("It was approved: its days go back to the balance.")
        self.question = QLabel(what)
        self.question.setWordWrap(True)
        note_label = QLabel(self.tr("&Why (optional):"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Why the leave is cancelled"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 14)
        note_label.setBuddy(self.note)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._colour_message(problem=True)
        self.message.hide()
        #: The cancellation on its way (its request id).
        self._pending: int | None = None
        #: Says "Cancelling… (no answer from the server yet)" under the note when the
        #: status bar says so (wait40b).
        self.unanswered = Unanswered(worker, self, self._unanswered_busy, self._say_busy)

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
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.keep_button.setFocus()

    @classmethod
    def open_for(cls, window: RecordWindow) -> CancelLeaveDialog:
        """Open over ``window`` (a leave request's); the window reloads once cancelled."""
        assert window.record is not None
        dialog = cls(window.worker, window.record, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.cancelled.connect(
            lambda: window.reload(
                QCoreApplication.translate(
                    "CancelLeaveDialog",
                    "The leave is cancelled.",
                )
            )
        )
        dialog.open()
        return dialog

    @property
    def is_busy(self) -> bool:
        return self._busy

    def _cancel_leave(self) -> None:
        if self._busy:
            return
        self._busy = True
        # Said while it runs (wait40b: the dialog showed only its buttons off).
        self._say_busy(self.tr("Cancelling…"))
        for button in (self.cancel_leave_button, self.keep_button):
            button.setEnabled(False)
        note = self.note.toPlainText().strip() or None
        self._pending = (
            Op(self.worker, leave.cancel_leave, self.request_id, note)
            .for_widget(self)
            .explaining("leave_requests", action="update")
            .on_success(self._on_cancelled)
            .on_failure(self._on_refused)
            .run()
        )

    def _on_cancelled(self, _none: object) -> None:
        self._busy = False
        self._pending = None
        self.cancelled.emit()
        self.accept()

    def _unanswered_busy(self, request_id: int) -> str:
        """ "Cancelling…" while the cancellation ``request_id`` waits."""
        return self.tr("Cancelling…") if self._busy and request_id == self._pending else ""

    def _say_busy(self, words: str) -> None:
        self._colour_message(problem=False)
        self.message.setText(words)
        self.message.show()

    def _colour_message(self, *, problem: bool) -> None:
        palette = self.message.palette()
        plain = self.palette().color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText, _ERROR if problem else plain)
        self.message.setPalette(palette)

    def _on_refused(self, error: DicelError) -> None:
        self._busy = False
        self._pending = None
        self._colour_message(problem=True)
        self.message.setText(describe_error(error))
        self.message.show()
        self.keep_button.setEnabled(True)
        self.keep_button.setText(self.tr("Close"))
        self.keep_button.setFocus()

    def reject(self) -> None:
        if not self._busy:
            super().reject()
