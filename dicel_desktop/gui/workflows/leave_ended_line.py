"""The amber line of Terminate employment… naming the leave the step cancels (migration
0146, ``services.leaving.leave_ended``): "Terminating cancels this leave, which starts
after the termination date: Annual leave, 21-28 December 2026 (pending)." The database
cancels it in the step's own transaction (and the supervisor's Waiting for me drops it),
so this is a fact said before the press, not a refusal: hidden while there is nothing to
say, or when it could not be read. A pending request with a day up to the termination
date stays to be decided, and the line says so too (migration 0149)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dicel_desktop.gui.workflows.fact_line import FactLine
from dicel_desktop.gui.workflows.leave_texts import leave_type_text, span_text, state_text
from dicel_desktop.services import leaving
from dicel_desktop.services.leaving import EndedLeave

if TYPE_CHECKING:
    from dicel_desktop.gui.worker import DbWorker

__all__ = ["ENDING_STEPS", "LeaveEndedLine", "leave_ended_text"]

#: The employee steps whose database trigger cancels open leave.
ENDING_STEPS = frozenset({("employees", "terminate")})


def _each(leaves: list[EndedLeave]) -> str:
    return "; ".join(
        QCoreApplication.translate("CaseSteps", "%1, %2 (%3)")
        .replace("%1", leave_type_text(leave.leave_type))
        .replace("%2", span_text(leave.start, leave.end))
        .replace("%3", state_text(leave.status).lower())
        for leave in leaves
    )


def leave_ended_text(ended: list[EndedLeave]) -> str:
    """A sentence naming each leave the termination cancels, and one naming each pending
    request it keeps to be decided ("" for none)."""
    cancelled = [leave for leave in ended if not leave.kept]
    kept = [leave for leave in ended if leave.kept]
    sentences = []
    if cancelled:
        sentences.append(
            QCoreApplication.translate(
                "CaseSteps",
                "Terminating cancels this leave, which starts after the termination date: %1.",
            ).replace("%1", _each(cancelled))
        )
    if kept:
        sentences.append(
            QCoreApplication.translate(
                "CaseSteps",
                "This pending leave has days up to the termination date and stays for the"
                " supervisor or HR to decide, so that the final payslip counts it: %1.",
            ).replace("%1", _each(kept))
        )
    return " ".join(sentences)


class LeaveEndedLine(FactLine):
    """See the module docstring; ``asking`` while the read is under way (tests wait)."""

    def __init__(self, worker: DbWorker, employee_id: uuid.UUID, parent: QWidget) -> None:
        super().__init__(worker, leaving.leave_ended, (employee_id,), leave_ended_text, parent)
