"""Leave starting within two working days of the company's day is urgent in "Waiting for
me" and comes first (eye30s, 8): counted by ``dicel_working_days`` (weekends and
holidays left out) from ``dicel_company_day()``, in the listing's own statement."""

from __future__ import annotations

import datetime as dt
import json

from inbox_helpers import file_leave
from sqlalchemy import text

from dicel_desktop.services import inbox, leave


def _working_day_after(conn, day: dt.date, count: int) -> dt.date:
    """The ``count``-th working day after ``day``."""
    while count:
        day += dt.timedelta(days=1)
        if conn.scalar(text("SELECT public.dicel_working_days(:d, :d)"), {"d": day}):
            count -= 1
    return day


def _file_from(person, start: dt.date):
    with person.engine.begin() as conn:
        return conn.scalar(
            text("SELECT public.dicel_request_leave('annual', :s, :s, 'Family')"), {"s": start}
        )


def test_leave_starting_on_the_next_working_day_is_urgent_and_first(db_dsn, logins):
    boss = logins.person("employee")
    report = logins.person("employee", supervisor=boss)
    later = file_leave(report, week=3, days=1)  # filed first: it waited longest
    with report.engine.connect() as conn:
        today = conn.scalar(text("SELECT public.dicel_company_day()"))
        next_day = _working_day_after(conn, today, 1)
        third_day = _working_day_after(conn, today, 3)
    soon = _file_from(report, next_day)
    not_yet = _file_from(report, third_day)

    with boss.session() as session:
        items = inbox.waiting_for_me(session)
    assert items[0].id == soon
    by_id = {item.id: item for item in items}
    start = by_id[soon].start
    assert start is not None
    assert (start.day, start.today, start.working_days_ahead) == (next_day, today, 1)
    assert by_id[soon].urgent
    assert not by_id[later].urgent and not by_id[not_yet].urgent
    assert by_id[not_yet].start.working_days_ahead == 3
    # Three weeks ahead is beyond any two working days: not counted day by day.
    assert by_id[later].start is None and by_id[later].working_days_ahead is None
    # The rest keep their order: what waited longest first.
    assert [item.id for item in items][1:] == [later, not_yet]
    # A record read again alone (a notification) says the same, and keeps the order.
    with boss.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        again = inbox.read_changed(
            raw, items, [json.dumps({"table": "leave_requests", "id": str(soon)})]
        )
    assert again == items
    # The decision dialog's facts count the same way.
    with boss.session() as session:
        facts = leave.decision_facts(session, soon)
    assert facts.start == start
