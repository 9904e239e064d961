"""The amber line of Terminate employment… naming the leave the step cancels (migration
0146, ``services.leaving.leave_ended``): "Terminating Claire Uwera cancels this leave,
which starts after the termination date: Annual leave, 21-28 December 2026 (pending)."
The database cancels it in the step's own transaction (and the supervisor's Waiting for
me drops it), so this is a fact said before the press, not a refusal: hidden while there
is nothing to say, or when it could not be read. A pending request with a day up to the
termination date stays to be decided, and the line says so too (migration 0149).

The sentences name the employee, agree with the number of leaves ("this leave", "these
2 leaves"; French « ce congé », « ces 2 congés ») and say each state as the leave's
(« approuvé », not the request's « approuvée »): eye40b 6, eyefix41."""

from __future__ import annotations

import functools
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from dicel_desktop.gui.translations import put_in
from dicel_desktop.gui.workflows.fact_line import FactLine
from dicel_desktop.gui.workflows.leave_texts import leave_state_text, leave_type_text, span_text
from dicel_desktop.services import leaving
from dicel_desktop.services.leaving import EndedLeave

if TYPE_CHECKING:
    from dicel_desktop.gui.worker import DbWorker

__all__ = ["ENDING_STEPS", "LeaveEndedLine", "leave_ended_text"]

#: The employee steps whose database trigger cancels open leave.
ENDING_STEPS = frozenset({("employees", "terminate")})


class LeaveEnded(QObject):
    """The line's sentences. Those with a count are ``self.tr`` with it (lupdate reads a
    plural form from nothing else); English takes its one-leave sentence by itself, as it
    has no catalogue to choose from."""

    def cancelled(self, n: int) -> str:
        if n == 1:
            return self.tr(
                "Terminating %1 cancels this leave, which starts after the termination date: %2."
            )
        return self.tr(
            "Terminating %1 cancels these %n leaves, which start after the termination date: %2.",
            "",
            n,
        )

    def kept(self, n: int) -> str:
        """After the sentence above, which named the employee."""
        if n == 1:
            return self.tr(
                "This pending leave has days up to the termination date and stays for the"
                " supervisor or HR to decide, so that the final payslip counts it: %2."
            )
        return self.tr(
            "These %n pending leaves have days up to the termination date and stay for the"
            " supervisor or HR to decide, so that the final payslip counts them: %2.",
            "",
            n,
        )

    def kept_alone(self, n: int) -> str:
        """The same, the employee named in it (nothing is cancelled)."""
        if n == 1:
            return self.tr(
                "This pending leave of %1 has days up to the termination date and stays for"
                " the supervisor or HR to decide, so that the final payslip counts it: %2."
            )
        return self.tr(
            "These %n pending leaves of %1 have days up to the termination date and stay for"
            " the supervisor or HR to decide, so that the final payslip counts them: %2.",
            "",
            n,
        )

    def each(self) -> str:
        # One leave: its type, its dates, its state.
        return self.tr("%1, %2 (%3)")

    def between(self) -> str:
        # Between two leaves of the list (French « ; », spaced).
        return self.tr("; ")

    def employee(self) -> str:
        # Where the employee's name could not be read.
        return self.tr("the employee")


_WORDS = LeaveEnded()


def _each(leaves: list[EndedLeave]) -> str:
    return _WORDS.between().join(
        _WORDS.each()
        .replace("%1", leave_type_text(leave.leave_type))
        .replace("%2", span_text(leave.start, leave.end))
        .replace("%3", leave_state_text(leave.status))
        for leave in leaves
    )


def leave_ended_text(ended: list[EndedLeave], person: str | None = None) -> str:
    """A sentence naming ``person`` and each leave the termination cancels, and one
    naming each pending request it keeps to be decided ("" for none)."""
    cancelled = [leave for leave in ended if not leave.kept]
    kept = [leave for leave in ended if leave.kept]
    who = person or _WORDS.employee()
    sentences = []
    if cancelled:
        said = put_in(_WORDS.cancelled(len(cancelled)), who)
        sentences.append(said.replace("%2", _each(cancelled)))
    if kept:
        said = _WORDS.kept(len(kept)) if cancelled else put_in(_WORDS.kept_alone(len(kept)), who)
        sentences.append(said.replace("%2", _each(kept)))
    return " ".join(sentences)


class LeaveEndedLine(FactLine):
    """See the module docstring; ``asking`` while the read is under way (tests wait).
    ``person``: the employee's name, as the sentences say it."""

    def __init__(
        self,
        worker: DbWorker,
        employee_id: uuid.UUID,
        parent: QWidget,
        person: str | None = None,
    ) -> None:
        text_of = functools.partial(leave_ended_text, person=person)
        super().__init__(worker, leaving.leave_ended, (employee_id,), text_of, parent)
