"""The steps of a leave request's record window: "Approve or reject…" for whoever may
decide it (at once for them: they opened it to decide), "Cancel leave…" for its employee
and HR, "End early…" for HR on an approved leave (migration 0150); and, under its form,
the working days and balance as typed. The database says who may
(``dicel_may_decide_leave``, ``dicel_may_cancel_leave``, ``dicel_may_end_leave_early``)
and decides in the end anyway."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog

from dicel_desktop.gui.records.actions import RecordAction, register
from dicel_desktop.gui.records.record_window import (
    FORM_COMPANIONS,
    OWN_NEW_RECORDS,
    OwnNewRecord,
)
from dicel_desktop.gui.workflows.cancel_leave_dialog import CancelLeaveDialog
from dicel_desktop.gui.workflows.end_leave_early_dialog import EndLeaveEarlyDialog
from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog
from dicel_desktop.gui.workflows.leave_form_preview import LeaveFormPreview
from dicel_desktop.gui.workflows.leave_request_dialog import LeaveRequestDialog
from dicel_desktop.services import leave
from dicel_desktop.services.forms import form_spec

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from dicel_desktop.domain.roles import Role
    from dicel_desktop.gui.records.record_window import RecordWindow
    from dicel_desktop.gui.worker import DbWorker


def _decide(window: RecordWindow) -> QDialog:
    return LeaveDecisionDialog.open_for(window)


def _cancel(window: RecordWindow) -> QDialog:
    return CancelLeaveDialog.open_for(window)


def _end_early(window: RecordWindow) -> QDialog:
    return EndLeaveEarlyDialog.open_for(window)


register(
    "leave_requests",
    RecordAction(
        QT_TRANSLATE_NOOP("LeaveSteps", "&Approve or reject…"),
        "dicel_decide_leave",
        _decide,
        frozenset({"pending"}),
        tooltip=QT_TRANSLATE_NOOP(
            "LeaveSteps", "Decide on this request, with the balance and the team's leave in view"
        ),
        available=leave.may_decide,
        at_once=True,
    ),
)
register(
    "leave_requests",
    RecordAction(
        QT_TRANSLATE_NOOP("LeaveSteps", "Cancel &leave…"),
        "dicel_cancel_leave",
        _cancel,
        frozenset({"pending", "approved"}),
        tooltip=QT_TRANSLATE_NOOP(
            "LeaveSteps", "Withdraw this request, or give an approved leave's days back"
        ),
        available=leave.may_cancel,
        hidden_by=leave.why_not_cancel,
    ),
)
# HR cuts an approved leave short (migration 0150): the days not taken go back.
register(
    "leave_requests",
    RecordAction(
        QT_TRANSLATE_NOOP("LeaveSteps", "End &early…"),
        "dicel_end_leave_early",
        _end_early,
        frozenset({"approved"}),
        tooltip=QT_TRANSLATE_NOOP(
            "LeaveSteps",
            "Give this approved leave an earlier last day: the days not taken go back",
        ),
        available=leave.may_end_early,
    ),
)

# The working days and the balance as typed, under the form (HR files and corrects).
FORM_COMPANIONS["leave_requests"] = LeaveFormPreview


def _files_only_own_leave(role: Role) -> bool:
    # Self-service's rights alone (0003's leave_requests_file_own: for oneself); HR and
    # admin file leave for anyone, through the form with its Employee field.
    return form_spec("leave_requests", role).owner is not None


def _request_leave(
    parent: QWidget, worker: DbWorker, on_filed: Callable[[object], None]
) -> QDialog:
    dialog = LeaveRequestDialog.open_for(parent, worker)
    dialog.filed.connect(on_filed)
    return dialog


# New on a leave request is Request leave… for oneself, as New (Ctrl+N) in My leave is.
OWN_NEW_RECORDS["leave_requests"] = OwnNewRecord(
    _files_only_own_leave,
    _request_leave,
    QT_TRANSLATE_NOOP("RecordWindow", "Request leave for yourself (Ctrl+N)"),
)
