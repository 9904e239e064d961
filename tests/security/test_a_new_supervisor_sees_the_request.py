"""A new supervisor sees their report's pending leave at once, and the former one stops
seeing it (migration 0152; 0151's left item). Aline's supervisor is Jean; HR makes Olive
her supervisor. Nothing of Aline's request changes, so before 0152 no notification
named it: Olive's Waiting for me learned of it at its next full read, and Jean's kept
offering a decision the database refused. Now the database sends the notification a
change of her request sends; each inbox, reading again what the notifications name
(``inbox.read_changed``, as the live inbox does), shows it where it now waits."""

from __future__ import annotations

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


def test_a_new_supervisor_is_told_and_the_former_one_too(team):
    request = team.file(team.clerk, week(1, days=2))
    decided = team.file(team.mate, week(2, days=1))  # Eric's stays Jean's
    with (
        team.psql(team.outsider, autocommit=True) as olive,
        team.psql(team.boss, autocommit=True) as jean,
    ):
        olives = inbox.read_waiting(olive)
        jeans = inbox.read_waiting(jean)
        assert request not in leave_ids(olives)
        assert {request, decided} <= leave_ids(jeans)
        olive.execute("LISTEN dicel_work")
        jean.execute("LISTEN dicel_work")

        with team.psql(team.hr) as hr:
            hr.execute(
                "UPDATE employees SET supervisor_id = %s WHERE id = %s",
                (team.outsider.employee_id, team.clerk.employee_id),
            )
        payloads = notices_until(olive, request)
        assert json.loads(payloads[-1]) == {
            "table": "leave_requests",
            "id": str(request),
            "operation": "UPDATE",
        }
        olives = inbox.read_changed(olive, olives, payloads)
        assert olives is not None and request in leave_ids(olives)

        jeans = inbox.read_changed(jean, jeans, notices_until(jean, request))
        assert jeans is not None
        assert request not in leave_ids(jeans)
        assert decided in leave_ids(jeans)  # only the employee's own requests are named


def test_a_change_of_anything_else_names_no_request(team):
    request = team.file(team.clerk, week(1, days=2))
    with team.psql(team.boss, autocommit=True) as jean:
        jean.execute("LISTEN dicel_work")
        with team.su() as su:
            su.execute(
                "UPDATE employees SET position = 'Senior clerk' WHERE id = %s",
                (team.clerk.employee_id,),
            )
            su.execute("NOTIFY dicel_work, 'end'")
        payloads = []
        for notice in jean.notifies(timeout=10):
            if notice.payload == "end":
                break
            payloads.append(notice.payload)
        assert all(json.loads(p)["id"] != str(request) for p in payloads)
