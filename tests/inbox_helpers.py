"""What the inbox's tests share (``from inbox_helpers import file_leave``): a person
filing leave as the leave workflow lets them, and a listener's results."""

from __future__ import annotations

import datetime as dt
import json
import queue
import time
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import text

#: Long enough for a busy machine; the tests wait for events, never for a time.
WAIT_S = 20.0


def monday(weeks_ahead: int) -> dt.date:
    """A Monday ``weeks_ahead`` weeks from now: working days, never in the past."""
    today = dt.date.today()
    return today + dt.timedelta(days=7 * weeks_ahead + (7 - today.weekday()))


def working_monday(conn: Any, week: int, days: int = 1) -> dt.date:
    """The first Monday from ``week`` weeks ahead whose ``days`` days are all working days
    (``dicel_working_days``: no public holiday among them)."""
    while True:
        start = monday(week)
        end = start + dt.timedelta(days=days - 1)
        counted = conn.scalar(
            text("SELECT public.dicel_working_days(:s, :e)"), {"s": start, "e": end}
        )
        if counted == days:
            return start
        week += 1


def file_leave(person: Any, *, week: int = 2, days: int = 2, reason: str = "Family visit"):
    """``person`` asks for ``days`` working days of annual leave from the Monday
    ``week`` weeks ahead (a week later where a public holiday falls in it), through
    ``dicel_request_leave``; the request's id."""
    with person.engine.begin() as conn:
        start = working_monday(conn, week, days)
        end = start + dt.timedelta(days=days - 1)
        return conn.scalar(
            text("SELECT public.dicel_request_leave('annual', :s, :e, :r)"),
            {"s": start, "e": end, "r": reason},
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


def leave_ids(items) -> set[uuid.UUID]:
    """The ids of the leave requests among an inbox's items."""
    return {item.id for item in items if item.table == "leave_requests"}


def notices_until(conn: Any, record_id: Any, timeout: float = 10) -> list[str]:
    """The payloads of the notifications ``conn`` receives until one names ``record_id``
    (none such within ``timeout`` seconds: all it received)."""
    payloads: list[str] = []
    for notice in conn.notifies(timeout=timeout):
        payloads.append(notice.payload)
        if json.loads(notice.payload)["id"] == str(record_id):
            break
    return payloads
