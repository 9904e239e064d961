"""Under HR's leave request form, while the request is new or pending: the working days of
the dates typed (the public holidays among them named) and the employee's balance of that
type for the year, in the words of the Request leave dialog.

HR files requests for others and corrects pending ones; the form alone showed "Days
requested" empty until saved, and no balance, so an over-balance request was learned of
from the database's refusal. The figures are the database's own
(``services.leave.preview_request`` for that employee, on the DB worker, a moment after
the typing stops; a later answer replaces an earlier one). The database still decides on
saving.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.states import LeaveStatus
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.workflows.leave_request_dialog import PREVIEW_DELAY_MS
from dicel_desktop.gui.workflows.leave_texts import (
    balance_text,
    beyond_text,
    days_text,
    working_days_text,
)
from dicel_desktop.services import leave
from dicel_desktop.services.leave import RequestPreview

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow

__all__ = ["LeaveFormPreview"]

log = logging.getLogger(__name__)

#: The fields the figures follow.
FIELDS = ("employee_id", "leave_type", "start_date", "end_date")


class LeaveFormPreview(QObject):
    """See the module docstring. ``line`` is the label under the window's title."""

    def __init__(self, window: RecordWindow) -> None:
        super().__init__(window)
        self._window = window
        self.line = QLabel()
        self.line.setObjectName("leavePreview")
        self.line.setWordWrap(True)
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.line.hide()
        window.add_header_line(self.line)
        #: Answers of earlier asks are dropped: only the latest counts.
        self._generation = 0
        #: The last answer shown (tests read it), None while nothing is shown.
        self.preview: RequestPreview | None = None
        self.over_balance = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._ask)
        #: The window is closed: a typing pause still counting asks nothing (the worker
        #: may be gone with the window: a full run met one shut down).
        self._closed = False
        window.finished.connect(self._on_window_closed)
        form = window.form
        form.loaded.connect(self._ask)
        for name in FIELDS:
            editor = form.editors.get(name)
            if editor is not None:
                editor.edited.connect(self._timer.start)
        self._ask()  # a new request was shown before this was made

    def _applies(self) -> bool:
        """New or pending: a decided request's days are counted and its balance moved."""
        record = self._window.form.record
        return record is None or record.values.get("status") == LeaveStatus.PENDING

    def _typed(self, name: str) -> Any:
        editor = self._window.form.editors.get(name)
        if editor is None:
            record = self._window.form.record
            return record.values.get(name) if record is not None else None
        try:
            return editor.value()
        except DicelError:
            return None  # not a value yet: the form says so on saving

    def _on_window_closed(self) -> None:
        self._closed = True
        self._timer.stop()

    def _ask(self) -> None:
        self._timer.stop()
        if self._closed:
            return
        self._generation += 1
        generation = self._generation
        leave_type = self._typed("leave_type")
        if not self._applies() or not leave_type:
            self._show(generation, None)
            return
        employee: uuid.UUID | None = self._typed("employee_id")
        start: dt.date | None = self._typed("start_date")
        end: dt.date | None = self._typed("end_date")
        (
            Op(self._window.worker, leave.preview_request, leave_type, start, end, None, employee)
            .for_widget(self._window)
            .on_success(lambda preview: self._show(generation, preview, start, end))
            .on_failure(lambda error: self._failed(generation, error))
            .run()
        )

    def _show(
        self,
        generation: int,
        preview: RequestPreview | None,
        start: dt.date | None = None,
        end: dt.date | None = None,
    ) -> None:
        if generation != self._generation:
            return
        self.preview = preview
        if preview is None:
            self.line.hide()
            return
        balance = balance_text(preview.balance)
        saved = self._window.form.record
        counted = 0  # this request's days already in the balance, as saved
        if (
            saved is not None
            and saved.values.get("leave_type") == preview.balance.leave_type
            and saved.values.get("start_date") is not None
            and saved.values["start_date"].year == preview.balance.year
        ):
            counted = saved.values.get("days_requested") or 0
            # The request counts in its balance as saved, not as typed.
            balance += " " + QCoreApplication.translate(
                "LeaveFormPreview", "Waiting includes this request as saved (%1)."
            ).replace("%1", days_text(counted))
        lines = [working_days_text(preview, start, end), balance]
        beyond = beyond_text(preview, counted)
        #: Whether the dates typed ask for more than the balance left (tests read it).
        self.over_balance = bool(beyond)
        if beyond:
            # Said before Save, as the decision dialog says it before Approve (a
            # user-eye review: HR learned it from the refusal).
            lines.append(beyond)
        self.line.setText("\n".join(lines))
        self.line.show()

    def _failed(self, generation: int, error: BaseException) -> None:
        # The figures are a help; the form and the database's answer on saving stay.
        log.info("Leave preview not read: %s", error)
        self._show(generation, None)
