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
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from dicel_desktop.domain.states import LeaveStatus
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.workflows.form_preview import FormPreview
from dicel_desktop.gui.workflows.leave_texts import (
    balance_text,
    beyond_text,
    days_text,
    share_text,
    working_days_text,
)
from dicel_desktop.services import leave
from dicel_desktop.services.leave import RequestPreview

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow

__all__ = ["LeaveFormPreview"]

#: The fields the figures follow.
FIELDS = ("employee_id", "leave_type", "start_date", "end_date")


class LeaveFormPreview(FormPreview):
    """See the module docstring. ``line`` is the label under the window's title."""

    fields = FIELDS
    pending = LeaveStatus.PENDING

    def __init__(self, window: RecordWindow) -> None:
        super().__init__(window)
        self.line = QLabel()
        self.line.setObjectName("leavePreview")
        self.line.setWordWrap(True)
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.line.hide()
        window.add_header_line(self.line)
        #: The last answer shown (tests read it), None while nothing is shown.
        self.preview: RequestPreview | None = None
        self.over_balance = False
        self.follow()

    def request(self, generation: int) -> None:
        leave_type = self.typed("leave_type")
        if not leave_type:
            self.answer(generation, None)
            return
        employee: uuid.UUID | None = self.typed("employee_id")
        start: dt.date | None = self.typed("start_date")
        end: dt.date | None = self.typed("end_date")
        saved = self._window.form.record
        # The request as saved, of this type: its days are in the balances already (each
        # in its year, migration 0156), so what is typed replaces them.
        held = None
        if (
            saved is not None
            and saved.values.get("leave_type") == leave_type
            and saved.values.get("start_date") is not None
            and saved.values.get("end_date") is not None
        ):
            held = (saved.values["start_date"], saved.values["end_date"])
        (
            Op(
                self._window.worker,
                leave.preview_request,
                leave_type,
                start,
                end,
                None,
                employee,
                held,
            )
            .for_widget(self._window)
            .on_success(lambda preview: self.answer(generation, preview, start, end))
            .on_failure(lambda error: self.failed(generation, error))
            .run()
        )

    def show(
        self,
        preview: RequestPreview | None,
        start: dt.date | None = None,
        end: dt.date | None = None,
    ) -> None:
        self.preview = preview
        if preview is None:
            self.line.hide()
            return
        lines = [working_days_text(preview, start, end)]
        shares = preview.shares
        for share in shares:
            # A leave across the year end: each year's balance, with its days there.
            balance = balance_text(share.balance)
            if len(shares) > 1:
                balance = f"{share_text(share)} {balance}".lstrip()
            if share.counted:
                # The request counts in its balance as saved, not as typed.
                balance += " " + QCoreApplication.translate(
                    "LeaveFormPreview", "Waiting includes this request as saved (%1)."
                ).replace("%1", days_text(share.counted))
            lines.append(balance)
        beyond = beyond_text(preview)
        #: Whether the dates typed ask for more than the balance left (tests read it).
        self.over_balance = bool(beyond)
        if beyond:
            # Said before Save, as the decision dialog says it before Approve (a
            # user-eye review: HR learned it from the refusal).
            lines.append(beyond)
        self.line.setText("\n".join(lines))
        self.line.show()
