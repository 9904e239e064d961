"""A supervisor going away, or coming back, reaches HR's Waiting for me at once (card40,
migration 0151; away40's left item). Jean supervises Aline: while he is away her pending
request waits for HR too (0150). Nothing of her request changes when he goes away, so
before 0151 HR's inbox learned it at its next full read only; now the database sends the
notification a change of her request sends, and HR's inbox, reading again what the
notifications name (``inbox.read_changed``, as the live inbox does), shows it with why."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from inbox_helpers import leave_ids, notices_until
from leave_team import make_team, week
from logins import open_logins

from dicel_desktop.services import inbox


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


def test_a_supervisor_marked_on_leave_and_back_reaches_hrs_inbox_at_once(team):
    request = team.file(team.clerk, week(1, days=2))
    with team.psql(team.hr, autocommit=True) as hr:
        shown = inbox.read_waiting(hr)
        assert request not in leave_ids(shown)
        hr.execute("LISTEN dicel_work")

        with team.su() as su:
            su.execute(
                "UPDATE employees SET status = 'on_leave' WHERE id = %s", (team.boss.employee_id,)
            )
        payloads = notices_until(hr, request)
        assert json.loads(payloads[-1]) == {
            "table": "leave_requests",
            "id": str(request),
            "operation": "UPDATE",
        }
        shown = inbox.read_changed(hr, shown, payloads)
        assert shown is not None
        (item,) = [i for i in shown if i.id == request]
        assert (item.away_supervisor, item.away_until) == ("Jean Mugabo", None)

        with team.su() as su:
            su.execute(
                "UPDATE employees SET status = 'active' WHERE id = %s", (team.boss.employee_id,)
            )
        shown = inbox.read_changed(hr, shown, notices_until(hr, request))
        assert shown is not None
        assert request not in leave_ids(shown)


def test_approved_leave_covering_today_reaches_hrs_inbox_and_its_end_too(team):
    request = team.file(team.clerk, week(1, days=2))
    with team.su() as su:
        today = su.execute("SELECT public.dicel_company_day()").fetchone()[0]
    with team.psql(team.hr, autocommit=True) as hr:
        shown = inbox.read_waiting(hr)
        assert request not in leave_ids(shown)
        hr.execute("LISTEN dicel_work")
        with team.su() as su:
            # Leave weeks ahead: he is there today, and nothing is said of his team.
            su.execute(
                "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
                " reason, status, approved_by, approved_date)"
                " VALUES (%s, 'annual', %s, %s, 'Rest', 'approved', %s, now())",
                (team.boss.employee_id, *week(30, days=2), team.hr.user_id),
            )
            su.execute("NOTIFY dicel_work, 'end'")  # after that statement's notifications
        before: list[str] = []
        for notice in hr.notifies(timeout=10):
            if notice.payload == "end":
                break
            before.append(notice.payload)
        assert before  # the leave's own notification
        assert all(json.loads(p)["id"] != str(request) for p in before)
        with team.su() as su:
            own = su.execute(
                "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
                " reason, status, approved_by, approved_date)"
                " VALUES (%s, 'annual', %s, %s, 'Rest', 'approved', %s, now()) RETURNING id",
                (team.boss.employee_id, today, today + dt.timedelta(days=10), team.hr.user_id),
            ).fetchone()[0]
        shown = inbox.read_changed(hr, shown, notices_until(hr, request))
        assert shown is not None
        (item,) = [i for i in shown if i.id == request]
        assert item.away_until == today + dt.timedelta(days=10)

        # Cancelled while taken (HR's correction): he is back, and HR's list says so.
        with team.su() as su:
            su.execute("UPDATE leave_requests SET status = 'cancelled' WHERE id = %s", (own,))
        shown = inbox.read_changed(hr, shown, notices_until(hr, request))
        assert shown is not None
        assert request not in leave_ids(shown)
