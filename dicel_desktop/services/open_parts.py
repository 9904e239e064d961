"""What a step leaves open: the records of another table that belong to the one the step
closes and are still open, said in the step's dialog before the press. No Qt here.

A risk closed while incidents of it were still open or under investigation read as a
risk dealt with (eye30s 7, eye31 6): the risk's owner may still close it (a risk can be
closed and its last incident resolved afterwards), but not without being told. Nothing
is refused: a rule the database keeps is a refusal, and this is a fact to weigh.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.domain.states import IncidentStatus

__all__ = ["OPEN_PARTS", "OpenPart", "Parts", "open_parts"]


@dataclass(frozen=True)
class Parts:
    """Records of ``table`` pointing by ``link`` to the one a step closes, still in one
    of ``open_states``; each named by ``number``."""

    table: str
    link: str
    number: str
    open_states: tuple[str, ...]


#: (table, action) -> the parts that step leaves open, said before it is taken.
OPEN_PARTS: dict[tuple[str, str], Parts] = {
    ("risk_assessments", "close"): Parts(
        "risk_incidents",
        "risk_assessment_id",
        "incident_number",
        (IncidentStatus.OPEN, IncidentStatus.INVESTIGATING),
    ),
}


@dataclass(frozen=True)
class OpenPart:
    number: str
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
            f"SELECT p.{parts.number}, p.status FROM public.{parts.table} AS p"
            f" WHERE p.{parts.link} = :id AND p.status = ANY(:open)"
            f" ORDER BY p.created_at, p.{parts.number}"
        ),
        {"id": record_id, "open": list(parts.open_states)},
    ).all()
    session.rollback()
    return [OpenPart(number, status) for number, status in rows]
