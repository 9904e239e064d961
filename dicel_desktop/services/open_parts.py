"""What a step leaves open: the records of another table that belong to the one the step
closes and are still open, said in the step's dialog before the press. No Qt here.

A risk closed while incidents of it were still open or under investigation read as a
risk dealt with (eye30s 7, eye31 6): the risk's owner may still close it (a risk can be
closed and its last incident resolved afterwards), but not without being told. Nothing
is refused: a rule the database keeps is a refusal, and this is a fact to weigh. A
training programme completed with people still enrolled (code review 31, F1): their
enrolments are still recorded afterwards (migration 0110), and HR is told which. A job
posting filled or cancelled with candidates still open (psql review 33): since 0115 they
can only be rejected or withdrawn there (DW463), and HR is told which, before the press.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.domain.states import CandidateStatus, EnrollmentStatus, IncidentStatus
from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP

__all__ = ["OPEN_PARTS", "OpenPart", "Parts", "open_parts"]


@dataclass(frozen=True)
class Parts:
    """Records of ``table`` pointing by ``link`` to the one a step closes, still in one
    of ``open_states``; each named by ``named`` (SQL over the part, ``p``). ``one`` and
    ``several`` say them, one part or more (``%1`` the list, ``%2`` how many), in the
    ``OpenPartsLine`` context: two sentences, as English has no translator to choose
    the noun's form."""

    table: str
    link: str
    named: str
    open_states: tuple[str, ...]
    one: str
    several: str


#: (table, action) -> the parts that step leaves open, said before it is taken.
OPEN_PARTS: dict[tuple[str, str], Parts] = {
    ("risk_assessments", "close"): Parts(
        "risk_incidents",
        "risk_assessment_id",
        "p.incident_number",
        (IncidentStatus.OPEN, IncidentStatus.INVESTIGATING),
        QT_TRANSLATE_NOOP(
            "OpenPartsLine",
            "Still open: one incident of this risk, %1. Closing the risk leaves it as it is.",
        ),
        QT_TRANSLATE_NOOP(
            "OpenPartsLine",
            "Still open: %2 incidents of this risk, %1. Closing the risk leaves them as they are.",
        ),
    ),
    # Each person by name (their number without a login), as the enrolments list shows.
    ("training_programs", "complete"): Parts(
        "training_enrollments",
        "training_program_id",
        "(SELECT coalesce(nullif(concat_ws(' ', u.first_name, u.last_name), ''),"
        " e.employee_number) FROM public.employees AS e"
        " LEFT JOIN public.users AS u ON u.id = e.user_id WHERE e.id = p.employee_id)",
        (EnrollmentStatus.ENROLLED, EnrollmentStatus.IN_PROGRESS),
        QT_TRANSLATE_NOOP(
            "OpenPartsLine",
            "Still open: one enrolment of this programme, %1. Once the programme is"
            " completed, it is still marked completed, failed or dropped.",
        ),
        QT_TRANSLATE_NOOP(
            "OpenPartsLine",
            "Still open: %2 enrolments of this programme, %1. Once the programme is"
            " completed, each is still marked completed, failed or dropped.",
        ),
    ),
}
# Cancelled, its enrolments are neither started nor completed any more (DW441): they
# are dropped (or failed), and HR is told which before the press.
OPEN_PARTS[("training_programs", "cancel")] = dataclasses.replace(
    OPEN_PARTS[("training_programs", "complete")],
    one=QT_TRANSLATE_NOOP(
        "OpenPartsLine",
        "Still open: one enrolment of this programme, %1. Once the programme is cancelled,"
        " it can only be marked dropped or failed.",
    ),
    several=QT_TRANSLATE_NOOP(
        "OpenPartsLine",
        "Still open: %2 enrolments of this programme, %1. Once the programme is cancelled,"
        " each can only be marked dropped or failed.",
    ),
)

# A posting filled or cancelled holds its candidates' steps but rejecting and withdrawing
# (DW463, migration 0115); the step is not refused for them (docs/decisions.md, fix33):
# the posting's state is a fact about the position, said on the day.
_CANDIDATES_OPEN = (
    CandidateStatus.APPLIED,
    CandidateStatus.SCREENING,
    CandidateStatus.INTERVIEW,
    CandidateStatus.OFFERED,
)
OPEN_PARTS[("job_postings", "fill")] = Parts(
    "candidates",
    "job_posting_id",
    "concat_ws(' ', p.first_name, p.last_name)",
    _CANDIDATES_OPEN,
    QT_TRANSLATE_NOOP(
        "OpenPartsLine",
        "Still open: one candidate for this posting, %1. Once it is filled, they can no"
        " longer be hired, only rejected or withdrawn: hire the person taking the job first.",
    ),
    QT_TRANSLATE_NOOP(
        "OpenPartsLine",
        "Still open: %2 candidates for this posting, %1. Once it is filled, none can be hired"
        " any more, only rejected or withdrawn: hire the person taking the job first.",
    ),
)
OPEN_PARTS[("job_postings", "cancel")] = dataclasses.replace(
    OPEN_PARTS[("job_postings", "fill")],
    one=QT_TRANSLATE_NOOP(
        "OpenPartsLine",
        "Still open: one candidate for this posting, %1. Once it is cancelled, they can only"
        " be rejected or withdrawn.",
    ),
    several=QT_TRANSLATE_NOOP(
        "OpenPartsLine",
        "Still open: %2 candidates for this posting, %1. Once it is cancelled, each can only"
        " be rejected or withdrawn.",
    ),
)


@dataclass(frozen=True)
class OpenPart:
    #: Its number, or the person it is of ("" when it has none).
    name: str
    status: str


def open_parts(session: Session, table: str, action: str, record_id: uuid.UUID) -> list[OpenPart]:
    """The parts the step ``action`` on the record would leave open, as the caller may
    read them (row security: what they cannot see is not said), oldest first; none for a
    step that leaves nothing open."""
    parts = OPEN_PARTS.get((table, action))
    if parts is None:
        return []
    rows = session.execute(
        sa.text(
            f"SELECT {parts.named} AS named, p.status FROM public.{parts.table} AS p"
            f" WHERE p.{parts.link} = :id AND p.status = ANY(:open)"
            f" ORDER BY p.created_at, named"
        ),
        {"id": record_id, "open": list(parts.open_states)},
    ).all()
    session.rollback()
    return [OpenPart(named or "", status) for named, status in rows]
