"""What the inbox's tests share (``from inbox_helpers import file_leave``): a person
filing leave as the leave workflow lets them, and a listener's results."""

from __future__ import annotations

import datetime as dt
import queue
import time
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import text

#: Long enough for a busy machine; the tests wait for events, never for a time.
WAIT_S = 20.0

_REQUEST_LEAVE = "public.dicel_request_leave(text, date, date, text)"


def monday(weeks_ahead: int) -> dt.date:
    """A Monday ``weeks_ahead`` weeks from now: working days, never in the past."""
    today = dt.date.today()
    return today + dt.timedelta(days=7 * weeks_ahead + (7 - today.weekday()))


def file_leave(person: Any, *, week: int = 2, days: int = 2, reason: str = "Family visit"):
    """``person`` asks for ``days`` working days of annual leave from the Monday
    ``week`` weeks ahead; the request's id. Through ``dicel_request_leave`` where the
    leave workflow has it, else as the self-service INSERT row security allows."""
    start = monday(week)
    end = start + dt.timedelta(days=days - 1)
    with person.engine.begin() as conn:
        if conn.scalar(text("SELECT to_regprocedure(:f) IS NOT NULL"), {"f": _REQUEST_LEAVE}):
            return conn.scalar(
                text("SELECT public.dicel_request_leave('annual', :s, :e, :r)"),
                {"s": start, "e": end, "r": reason},
            )
        return conn.scalar(
            text(
                "INSERT INTO leave_requests (leave_type, start_date, end_date, days_requested,"
                " reason) VALUES ('annual', :s, :e, :d, :r) RETURNING id"
            ),
            {"s": start, "e": end, "d": days, "r": reason},
        )


def next_result(
    results: queue.Queue, wanted: Callable[[Any], bool], timeout: float = WAIT_S
) -> Any:
    """The first result from a listener's queue that is ``wanted``; fails after
    ``timeout`` seconds without one (a deadline for a failing test, not a measurement)."""
    deadline = time.monotonic() + timeout
    seen = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"no wanted result within {timeout} s; saw {seen!r}")
        try:
            result = results.get(timeout=left)
        except queue.Empty:
            continue
        if wanted(result):
            return result
        seen.append(result)


def ids(items) -> set[uuid.UUID]:
    return {item.id for item in items}
