"""A supervisor who is away, and an approved leave ended early (migration 0150), as real
logins (people40 findings 3 and 5).

While Jean (who supervises Aline and Eric) is marked on leave, or has approved leave
covering the company's day, his team's requests stay in his Waiting for me and wait in
HR's too, saying why; whoever decides first wins. HR ends an approved leave early: a new
last day, not before today nor its start, the days counted again (the balance gets back
only the days not taken), a note required; nobody else does.
"""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
from leave_team import make_team, week
from logins import open_logins

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import inbox, leave


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


def _today(team) -> dt.date:
    with team.su() as conn:
        return conn.execute("SELECT public.dicel_company_day()").fetchone()[0]


def _waiting(person) -> dict:
    with person.session() as session:
        return {i.id: i for i in inbox.waiting_for_me(session) if i.table == "leave_requests"}


def _mark(team, person, status: str) -> None:
    with team.su() as conn:
        conn.execute("UPDATE employees SET status = %s WHERE id = %s", (status, person.employee_id))


def _approved(team, person, start: dt.date, end: dt.date, approver) -> object:
    """An approved annual leave of ``person``, as a superuser loads one (its days counted)."""
    with team.su() as conn:
        return conn.execute(
            "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
            " reason, status, approved_by, approved_date)"
            " VALUES (%s, 'annual', %s, %s, 'Rest', 'approved', %s, now()) RETURNING id",
            (person.employee_id, start, end, approver.user_id),
        ).fetchone()[0]


def _working_days(team, start: dt.date, end: dt.date) -> int:
    with team.su() as conn:
        return conn.execute("SELECT public.dicel_working_days(%s, %s)", (start, end)).fetchone()[0]


# ----------------------------------------------------------------- a supervisor away


def test_a_supervisor_marked_on_leave_shares_the_request_with_hr(team):
    request = team.file(team.clerk, week(1, days=2))
    assert request in _waiting(team.boss)
    assert request not in _waiting(team.hr)

    _mark(team, team.boss, "on_leave")

    hr_item = _waiting(team.hr)[request]
    assert (hr_item.away_supervisor, hr_item.away_until) == ("Jean Mugabo", None)
    # He keeps it, and is not told he is away himself.
    boss_item = _waiting(team.boss)[request]
    assert boss_item.away_supervisor is None
    assert request not in _waiting(team.admin)

    _mark(team, team.boss, "active")
    assert request not in _waiting(team.hr)


def test_approved_leave_today_makes_the_supervisor_away_until_its_last_day(team):
    today = _today(team)
    request = team.file(team.clerk, week(1, days=2))
    own = _approved(team, team.boss, today, today + dt.timedelta(days=10), team.hr)

    item = _waiting(team.hr)[request]
    assert (item.away_supervisor, item.away_until) == ("Jean Mugabo", today + dt.timedelta(days=10))

    # A leave that starts tomorrow does not make him away today.
    with team.su() as conn:
        conn.execute(
            "UPDATE leave_requests SET start_date = %s WHERE id = %s",
            (today + dt.timedelta(days=1), own),
        )
    assert request not in _waiting(team.hr)


def test_whoever_decides_first_wins_while_the_supervisor_is_away(team):
    request = team.file(team.clerk, week(1, days=2))
    _mark(team, team.boss, "on_leave")
    (hr_item,) = [i for i in _waiting(team.hr).values() if i.id == request]
    with team.hr.session() as session:
        inbox.decide(session, hr_item, True, "Approved while Jean is away")
        session.commit()

    assert request not in _waiting(team.boss)
    with team.psql(team.boss) as conn, pytest.raises(psycopg.Error) as refused:
        conn.execute("SELECT dicel_decide_leave(%s, false, 'no')", (request,))
    assert refused.value.sqlstate == "DW001"
    row = team.row(request)
    assert (row["status"], row["approved_by"]) == ("approved", team.hr.user_id)


def test_the_supervisor_away_still_decides_their_team(team):
    request = team.file(team.clerk, week(1, days=2))
    _mark(team, team.boss, "on_leave")
    with team.psql(team.boss) as conn:
        conn.execute("SELECT dicel_decide_leave(%s, true, 'From home')", (request,))
        conn.commit()
    assert team.row(request)["status"] == "approved"
    assert request not in _waiting(team.hr)


def test_who_is_away_is_said_only_to_who_may_decide(team):
    request = team.file(team.clerk, week(1, days=2))
    _mark(team, team.boss, "on_leave")
    for person in (team.mate, team.clerk, team.compliance):
        with team.psql(person) as conn:
            rows = conn.execute(
                "SELECT * FROM dicel_leave_supervisor_away(%s)", (request,)
            ).fetchall()
        assert rows == []


# ----------------------------------------------------------------- ended early


def _started_leave(team):
    """Aline's approved annual leave from a week ago to two weeks ahead."""
    today = _today(team)
    start, end = today - dt.timedelta(days=7), today + dt.timedelta(days=14)
    return _approved(team, team.clerk, start, end, team.boss), start, today


def test_hr_ends_a_started_leave_early_and_only_the_days_not_taken_come_back(team):
    request, start, today = _started_leave(team)
    year = start.year
    before = team.clerk.call(leave.balance, team.clerk.employee_id, "annual", year)

    days = team.hr.call(leave.end_leave_early, request, today, "Back at work tomorrow")

    taken = _working_days(team, start, today)
    assert days == taken
    row = team.row(request)
    assert (row["status"], row["end_date"], row["days_requested"]) == ("approved", today, taken)
    assert row["notes"].endswith("Back at work tomorrow")
    after = team.clerk.call(leave.balance, team.clerk.employee_id, "annual", year)
    was = _working_days(team, start, start + dt.timedelta(days=21))
    assert before.taken - after.taken == was - taken
    assert team.audit_updates(request)[-1]["end_date"] == today.isoformat()


def test_ending_early_asks_nothing_of_the_filing_again(team):
    """The allowance lowered since the approval, the start past the 30 days a new
    request may reach back: the leave still ends early (it only gives days back)."""
    request, _start, today = _started_leave(team)
    team.setting("leave.allowance.annual", "1")
    team.setting("leave.max_days_in_past", "0")
    team.hr.call(leave.end_leave_early, request, today + dt.timedelta(days=1), "Called back")
    assert team.row(request)["end_date"] == today + dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("shift", "code", "why"),
    [
        (-1, "leave_end_early_past", "past"),
        (14, "leave_end_early_not_shorter", "not_shorter"),
        (30, "leave_end_early_not_shorter", "not_shorter"),
    ],
)
def test_a_new_last_day_that_does_not_end_it_early_is_refused(team, shift, code, why):
    request, _start, today = _started_leave(team)
    refusal = team.hr.refused(
        leave.end_leave_early, request, today + dt.timedelta(days=shift), "Back"
    )
    assert refusal.code == code
    assert team.row(request)["end_date"] == today + dt.timedelta(days=14)


def test_a_future_leave_ends_on_its_first_day_at_the_earliest(team):
    start, end = week(1, days=5)
    request = _approved(team, team.clerk, start, end, team.boss)
    refusal = team.hr.refused(
        leave.end_leave_early, request, start - dt.timedelta(days=1), "Needed"
    )
    assert refusal.code == "leave_end_early_before_start"
    assert team.hr.call(leave.end_leave_early, request, start, "Needed") == 1


def test_ending_early_needs_a_note_and_an_approved_leave(team):
    request, _start, today = _started_leave(team)
    assert team.hr.refused(leave.end_leave_early, request, today, "  ").code == (
        "leave_end_early_no_note"
    )
    pending = team.file(team.mate, week(2, days=3))
    assert team.hr.refused(leave.end_leave_early, pending, week(2)[0], "x").code == (
        "leave_end_early_pending"
    )
    team.hr.call(leave.cancel_leave, request, "Never went")
    refusal = team.hr.refused(leave.end_leave_early, request, today, "Back")
    assert refusal.code == "already_decided"


def test_only_hr_ends_leave_early_and_never_their_own(team):
    request, _start, today = _started_leave(team)
    for person in (team.boss, team.clerk, team.mate, team.admin):
        assert (
            person.psql_refusal("SELECT dicel_end_leave_early(%s, %s, 'Back')", (request, today))
            == "42501"
        )
        assert not person.call(leave.may_end_early, request)
    assert team.hr.call(leave.may_end_early, request)
    # An HR officer's own leave is another officer's to end early.
    own = _approved(team, team.hr, today - dt.timedelta(days=2), today + dt.timedelta(days=9),
                    team.admin)  # fmt: skip
    assert not team.hr.call(leave.may_end_early, own)
    refusal = team.hr.refused(leave.end_leave_early, own, today, "Back")
    assert refusal.code == "own_leave_end_early"
    # By hand, the leave lock holds the dates of an approved leave (DL001).
    assert (
        team.hr.psql_refusal(
            "UPDATE leave_requests SET end_date = %s WHERE id = %s", (today, request)
        )
        == "DL001"
    )


def test_the_refusal_reads_in_words(team):
    request, _start, today = _started_leave(team)
    with pytest.raises(DicelError) as refused:
        team.hr.call(leave.end_leave_early, request, today - dt.timedelta(days=1), "Back")
    message = refused.value.message
    assert "The days before today" in message
    assert today.isoformat() not in message  # the day written out, not ISO
