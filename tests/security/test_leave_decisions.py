"""Deciding and cancelling leave, as real logins; who is away, what waits for whom, whose
balance one may see."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
from leave_team import NEXT_YEAR, make_team, monday_before, week
from logins import open_logins

from dicel_desktop.domain.errors import Conflict, DicelError, NotAllowed, NotFound
from dicel_desktop.services import leave


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


def refusal(call) -> DicelError:
    with pytest.raises(DicelError) as refused:
        call()
    return refused.value


def decide(person, request, approve=True, note=None):
    with person.session() as session:
        leave.decide_leave(session, request, approve, note)


def cancel(person, request, note=None):
    with person.session() as session:
        leave.cancel_leave(session, request, note)


# --------------------------------------------------------------------------- deciding


def test_the_supervisor_approves_once_and_the_audit_log_has_that_one_decision(team):
    request = team.file(team.clerk, week(0))
    decide(team.boss, request, note="Enjoy Rubavu")
    row = team.row(request)
    assert (row["status"], row["approved_by"], row["notes"]) == (
        "approved",
        team.boss.user_id,
        "Enjoy Rubavu",
    )
    assert row["approved_date"] is not None
    (entry,) = team.audit_updates(request)
    assert entry["status"] == "approved" and entry["approved_by"] == str(team.boss.user_id)


def test_hr_and_admin_decide_anyones_request_and_compliance_does_not(team):
    first, second, third = (team.file(team.clerk, week(n)) for n in (0, 2, 4))
    decide(team.hr, first, approve=False, note="Audit week")
    decide(team.admin, second)
    assert [team.row(r)["status"] for r in (first, second)] == ["rejected", "approved"]
    refused = refusal(lambda: decide(team.compliance, third))
    assert isinstance(refused, NotAllowed) and refused.code == "not_yours_to_decide"
    assert refused.message == (
        "Only the employee's supervisor, HR or an administrator may decide this leave request."
    )


def test_a_colleague_is_not_a_decider_and_an_outsider_does_not_even_see_the_request(team):
    request = team.file(team.clerk, week(0))
    # Eric shares Aline's supervisor but sees only his own requests.
    assert refusal(lambda: decide(team.mate, request)).code == "record_gone"
    assert refusal(lambda: decide(team.outsider, request)).code == "record_gone"
    assert team.row(request)["status"] == "pending"


def test_nobody_decides_their_own_request_not_even_hr_and_not_with_psql(team):
    mine = team.file(team.hr, week(0))
    refused = refusal(lambda: decide(team.hr, mine))
    assert isinstance(refused, NotAllowed) and refused.code == "own_record_decision"
    assert refused.message == "You cannot decide your own leave request; someone else must."
    # With psql: the function says no, the columns are nobody's to write, and even a
    # superuser cannot make the employee their own approver.
    with team.psql(team.hr, autocommit=True) as conn:
        with pytest.raises(psycopg.Error) as by_function:
            conn.execute("SELECT dicel_decide_leave(%s, true, NULL)", (mine,))
        with pytest.raises(psycopg.Error) as by_update:
            conn.execute("UPDATE leave_requests SET status = 'approved' WHERE id = %s", (mine,))
    assert (by_function.value.sqlstate, by_update.value.sqlstate) == ("DW003", "42501")
    with team.su() as su, pytest.raises(psycopg.Error) as by_superuser:
        su.execute(
            "UPDATE leave_requests SET status = 'approved', approved_by = %s WHERE id = %s",
            (team.hr.user_id, mine),
        )
    assert by_superuser.value.sqlstate == "DW003"
    assert team.row(mine)["status"] == "pending"


def test_a_decided_request_says_who_decided_it_and_when(team):
    request = team.file(team.clerk, week(0))
    decide(team.boss, request)
    refused = refusal(lambda: decide(team.hr, request, approve=False))
    decided_at = team.row(request)["approved_date"].astimezone().strftime("%H:%M")
    assert isinstance(refused, Conflict) and refused.code == "already_decided"
    assert refused.message == f"Already approved by Jean Mugabo at {decided_at}."


def test_a_cancelled_request_can_no_longer_be_decided(team):
    request = team.file(team.clerk, week(0))
    cancel(team.clerk, request)
    refused = refusal(lambda: decide(team.boss, request))
    # Who cancelled it, and when (migration 0121: the state alone before).
    assert refused.code == "already_decided"
    assert refused.message.startswith("Already cancelled by Aline ")


def test_an_approval_checks_the_balance_again(team):
    first = team.file(team.clerk, week(0, days=10))
    second = team.file(team.clerk, week(4, days=8))
    decide(team.boss, first)
    team.setting("leave.allowance.annual", "15")  # HR lowered it since
    refused = refusal(lambda: decide(team.boss, second))
    assert refused.code == "leave_approval_over_balance"
    assert refused.message == (
        f"Approving this request would bring the annual leave taken in {NEXT_YEAR} to 18 "
        "working days, over the allowance of 15 (10 already taken). Reject it, or ask for "
        "a shorter request."
    )
    decide(team.boss, second, approve=False)  # a rejection never needs the balance
    assert team.row(second)["status"] == "rejected"


# --------------------------------------------------------------------------- cancelling


def test_cancelling_an_approved_leave_gives_its_days_back(team):
    request = team.file(team.clerk, week(0, days=10))
    decide(team.boss, request)
    with team.clerk.session() as session:
        before = leave.balance(session, team.clerk.employee_id, "annual", NEXT_YEAR)
        cancel(team.clerk, request, note="Trip postponed")
        after = leave.balance(session, team.clerk.employee_id, "annual", NEXT_YEAR)
    assert (before.taken, before.remaining) == (10, 8)
    assert (after.taken, after.remaining) == (0, 18)
    row = team.row(request)
    assert row["status"] == "cancelled" and row["notes"] == "Trip postponed"


def test_a_started_leave_is_cancelled_by_hr_only(team):
    started = monday_before(7)
    request = team.file(team.clerk, (started, started + dt.timedelta(days=9)))
    decide(team.boss, request)
    refused = refusal(lambda: cancel(team.clerk, request))
    assert refused.code == "leave_already_started"
    assert refused.message == (
        f"This leave started on {started.day} {started:%B %Y}, so only HR can cancel it now."
    )
    cancel(team.hr, request, note="Back early")
    assert team.row(request)["status"] == "cancelled"


def test_only_the_employee_or_hr_cancels_and_a_decided_refusal_stays(team):
    request = team.file(team.clerk, week(0))
    for who in (team.boss, team.admin):
        assert refusal(lambda who=who: cancel(who, request)).code == "leave_cancel_not_yours"
    decide(team.boss, request, approve=False)
    refused = refusal(lambda: cancel(team.clerk, request))
    assert refused.message.startswith("Already rejected by Jean Mugabo at ")  # 0121


def test_the_steps_are_offered_to_whom_may_take_them(team):
    request = team.file(team.clerk, week(0))

    def offers(person) -> tuple[bool, bool]:
        with person.session() as session:
            return leave.may_decide(session, request), leave.may_cancel(session, request)

    assert offers(team.boss) == (True, False)
    assert offers(team.hr) == (True, True)
    assert offers(team.clerk) == (False, True)
    assert offers(team.mate) == (False, False)
    decide(team.boss, request)
    assert offers(team.boss) == (False, False)
    assert offers(team.clerk) == (False, True)


# --------------------------------------------------------------------------- reading


def test_who_else_is_away_is_what_the_decider_may_see(team):
    request = team.file(team.clerk, week(1))
    mates = team.file(team.mate, (week(1)[0] + dt.timedelta(days=3), week(2)[1]))
    team.file(team.mate, week(6))  # another time: not shown
    # Olive is in Finance, not the team; the supervisor does not see her requests anyway.
    team.file(team.outsider, week(1), leave_type="sick")
    decide(team.boss, mates)
    with team.boss.session() as session:
        away = leave.team_away(session, request)
    assert [(a.name, a.status) for a in away] == [("Eric Tester", "approved")]
    assert (away[0].start_date, away[0].end_date) == (
        week(1)[0] + dt.timedelta(days=3),
        week(2)[1],
    )


def test_what_waits_for_whom(team):
    aline = team.file(team.clerk, week(0))
    olive = team.file(team.outsider, week(2))  # no supervisor: HR decides
    team.file(team.boss, week(4))  # Jean's own supervisor is nobody either
    with team.boss.session() as session:
        (item,) = leave.requests_to_decide(session)
    start, end = week(0)
    assert item.id == aline and item.submitted_by == "Aline Tester"
    assert item.title == f"Annual leave, {start.day}\N{EN DASH}{end.day} {start:%B} {NEXT_YEAR}"
    assert item.detail == "5 working days"
    with team.hr.session() as session:
        waiting = {i.submitted_by for i in leave.requests_to_decide(session)}
    assert waiting == {"Olive Tester", "Jean Mugabo"}
    assert olive in {i.id for i in leave.requests_to_decide(team.hr.session())}
    with team.clerk.session() as session:
        assert leave.requests_to_decide(session) == []


def test_a_balance_is_seen_by_its_employee_their_supervisor_and_hr_only(team):
    team.file(team.clerk, week(0))
    for person in (team.clerk, team.boss, team.hr):
        with person.session() as session:
            seen = leave.balance(session, team.clerk.employee_id, "annual", NEXT_YEAR)
        assert seen.pending == 5, person.email
    with team.mate.session() as session:
        refused = refusal(
            lambda: leave.balance(session, team.clerk.employee_id, "annual", NEXT_YEAR)
        )
    assert refused.code == "leave_balance_not_yours"


def test_a_request_one_may_not_see_reads_as_gone(team):
    request = team.file(team.clerk, week(0))
    with team.outsider.session() as session:
        refused = refusal(lambda: leave.decision_facts(session, request))
    assert isinstance(refused, NotFound) and refused.code == "record_gone"
