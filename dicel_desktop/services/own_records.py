"""Decisions nobody takes on their own record (DW003): an expense one filed, a purchase
order one raised. Asked before the step is offered, so Approve… and Reject… show
disabled saying why instead of being refused once pressed."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.domain.errors import DicelError, NotAllowed
from dicel_desktop.services.db_error_words import table_words

#: The tables whose decision functions refuse the record's creator (DW003: migrations
#: 0013 ``dicel_decide_purchase_order``, 0014 ``dicel_decide_expense``).
_DECIDED_BY_ANOTHER = frozenset({"expenses", "purchase_orders"})


def own_decision_stops(table: str) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """``fn(session, record_id)``: the refusal a decision on the caller's own record of
    ``table`` meets (DW003), None for anyone else's or a record not to be read. One
    read, as the caller."""
    if table not in _DECIDED_BY_ANOTHER:
        raise ValueError(f"{table} is not decided by another")
    query = sa.text(
        f"SELECT t.created_by = public.dicel_current_user_id() FROM public.{table} t"
        " WHERE t.id = :id"
    )

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        own = session.execute(query, {"id": record_id}).scalar()
        session.rollback()
        return NotAllowed("own_record_decision", **table_words(table)) if own else None

    return stops
