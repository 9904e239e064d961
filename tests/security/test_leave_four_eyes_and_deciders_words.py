"""Four eyes on leave, and a decider's words stay theirs (migration 0093), as real logins
with the psql a clerk would use.

F2: an HR officer changed a colleague's pending request (dates, type, reason, a file) and
approved it alone. The approval is now refused to whoever, not being the employee,
shaped it (DW005, as for expenses and orders since 0027); a rejection stays open to
them; another HR officer or the supervisor still approves it; the employee's own change
blocks nobody; the inbox does not offer it to the one who shaped it.

F3: HR rewrote decided requests' notes (the decider's note, a cancellation's), and HR or
finance a paid period's notes (the approval's and cancellation's words). A request's
notes are now the leave functions' alone; a pay period's are its people's while it is
pending, the functions' after (DL001).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import psycopg
import pytest
from finance_data import account, setting
from helpers import last_march
from leave_team import Team, make_team, week
from logins import open_logins
from sqlalchemy import text

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import documents, inbox, leave, payroll


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        found = make_team(logins)
        found.hr2 = logins.person("hr", first_name="Honore", last_name="Gatete", department="HR")
        yield found


def _psql(team: Team, person, statement: str, params=()) -> str | None:
    """``statement`` from ``person``'s psql, committed when it passes; else its SQLSTATE."""
    with team.psql(person) as conn:
        try:
            conn.execute(statement, params)
        except psycopg.Error as error:
            return error.sqlstate
        conn.commit()
    return None


def _version(team: Team, request):
    """The request's version as the record window shows it: its files' changes included
    (the decision facts give ``updated_at`` to a decider it does not wait for)."""
    with team.su() as conn:
        return conn.execute(
            "SELECT greatest(updated_at, dicel_files_changed_at('leave_requests', id))"
            " FROM leave_requests WHERE id = %s",
            (request,),
        ).fetchone()[0]


def _decide_in_sql(team: Team, person, request, approve: bool, *, shown=False) -> str | None:
    if shown:
        version = _version(team, request)
        return _psql(
            team, person, "SELECT dicel_decide_leave(%s, %s, 'ok', %s)", (request, approve, version)
        )
    return _psql(team, person, "SELECT dicel_decide_leave(%s, %s, 'ok')", (request, approve))


def _decide(team: Team, person, request, approve=True, note=None):
    with person.session() as session:
        leave.decide_leave(session, request, approve, note, shown=_version(team, request))


_CHANGES = {
    "dates": "UPDATE leave_requests SET start_date = start_date + 7, end_date = end_date + 7"
    " WHERE id = %s",
    "type": "UPDATE leave_requests SET leave_type = 'sick' WHERE id = %s",
    "reason": "UPDATE leave_requests SET reason = 'Approved by phone' WHERE id = %s",
}


def _shape(team: Team, person, request, change: str) -> None:
    if change == "file":
        with person.session() as session:
            documents.attach(
                session, "leave_requests", request, "note.pdf", "application/pdf", b"%PDF-1.4 x"
            )
            session.commit()
        return
    assert _psql(team, person, _CHANGES[change], (request,)) is None


# --------------------------------------------------------------------------- F2


@pytest.mark.parametrize("change", ["dates", "type", "reason", "file"])
def test_hr_who_changed_a_request_does_not_approve_it_and_another_still_does(team, change):
    request = team.file(team.clerk, week(1, days=2))
    _shape(team, team.hr, request, change)

    # From psql, both signatures; from the window (on what it showed).
    assert _decide_in_sql(team, team.hr, request, True) == "DW005"
    assert _decide_in_sql(team, team.hr, request, True, shown=True) == "DW005"
    with pytest.raises(DicelError) as refused:
        _decide(team, team.hr, request)
    assert refused.value.code == "changed_record_approval"
    row = team.row(request)
    assert (row["status"], row["approved_by"], row["approved_date"]) == ("pending", None, None)

    # Another HR officer approves it, on what they are shown.
    _decide(team, team.hr2, request, note="Seen by a second pair of eyes")
    row = team.row(request)
    assert (row["status"], row["approved_by"]) == ("approved", team.hr2.user_id)


def test_the_supervisor_approves_what_hr_changed(team):
    request = team.file(team.clerk, week(1, days=2))
    _shape(team, team.hr, request, "dates")
    _decide(team, team.boss, request)
    assert team.row(request)["status"] == "approved"


def test_hr_who_changed_a_request_may_still_reject_it(team):
    request = team.file(team.clerk, week(1, days=2))
    _shape(team, team.hr, request, "reason")
    _decide(team, team.hr, request, approve=False, note="Not in the audit week")
    row = team.row(request)
    assert (row["status"], row["approved_by"], row["notes"]) == (
        "rejected",
        team.hr.user_id,
        "Not in the audit week",
    )


def test_hr_who_files_for_someone_else_does_not_approve_it_alone(team):
    """Filing a request for a colleague writes all it asks for."""
    start, end = week(2, days=2)
    with team.psql(team.hr) as conn:
        (request,) = conn.execute(
            "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date, reason)"
            " VALUES (%s, 'annual', %s, %s, 'Filed by HR') RETURNING id",
            (team.outsider.employee_id, start, end),
        ).fetchone()
        conn.commit()
    assert _decide_in_sql(team, team.hr, request, True) == "DW005"
    _decide(team, team.hr2, request)
    assert team.row(request)["status"] == "approved"


def test_the_employees_own_change_does_not_block_their_supervisor(team):
    request = team.file(team.clerk, week(1, days=2))
    _shape(team, team.clerk, request, "dates")
    _shape(team, team.clerk, request, "reason")
    _shape(team, team.clerk, request, "file")
    _decide(team, team.boss, request)
    assert team.row(request)["status"] == "approved"


def test_a_holiday_hr_adds_does_not_make_them_a_shaper(team):
    """A holiday recounts the request's days (an audit entry in HR's name): not a change
    of what it asks for."""
    start, end = week(1, days=3)
    request = team.file(team.outsider, (start, end))
    with team.psql(team.hr) as conn:
        conn.execute("INSERT INTO holidays (holiday_date, name) VALUES (%s, 'Feast')", (start,))
        conn.commit()
    assert team.row(request)["days_requested"] == 2
    _decide(team, team.hr, request)
    assert team.row(request)["status"] == "approved"


def _waiting_leave(person) -> set:
    with person.session() as session:
        return {i.id for i in inbox.waiting_for_me(session) if i.table == "leave_requests"}


def test_the_inbox_does_not_offer_it_to_whoever_changed_it(team):
    # Olive has no supervisor: her requests wait for HR.
    request = team.file(team.outsider, week(1, days=2))
    assert request in _waiting_leave(team.hr)
    _shape(team, team.hr, request, "dates")

    assert request not in _waiting_leave(team.hr)
    with team.psql(team.hr) as conn:
        listed = conn.execute("SELECT id FROM dicel_leave_requests_to_decide(%s)", (request,))
        assert listed.fetchall() == []
    assert request in _waiting_leave(team.hr2)
    with team.hr2.session() as session:
        (item,) = [i for i in inbox.waiting_for_me(session) if i.id == request]
        inbox.decide(session, item, True)
        session.commit()
    assert team.row(request)["status"] == "approved"


# --------------------------------------------------------------------------- F3: leave notes


def test_hr_rewrites_no_decider_words(team):
    decided = team.file(team.clerk, week(1, days=2))
    _decide(team, team.boss, decided, note="Enjoy Rubavu")
    cancelled = team.file(team.clerk, week(3, days=2))
    with team.clerk.session() as session:
        leave.cancel_leave(session, cancelled, "Plans changed")
        session.commit()
    pending = team.file(team.mate, week(5, days=2))

    # The functions wrote their words.
    assert team.row(decided)["notes"] == "Enjoy Rubavu"
    assert team.row(cancelled)["notes"] == "Plans changed"
    # Nobody rewrites them by hand, nor writes a pending request's notes, nor files one
    # with notes already "decided".
    for person in (team.hr, team.admin):
        for request in (decided, cancelled, pending):
            statement = "UPDATE leave_requests SET notes = 'rewritten' WHERE id = %s"
            assert _psql(team, person, statement, (request,)) == "42501"
    assert (
        _psql(
            team,
            team.hr,
            "UPDATE leave_requests SET notes = 'rewritten'"
            " WHERE status IN ('cancelled', 'rejected', 'approved')",
        )
        == "42501"
    )
    start, end = week(7, days=2)
    assert (
        _psql(
            team,
            team.clerk,
            "INSERT INTO leave_requests (leave_type, start_date, end_date, notes)"
            " VALUES ('annual', %s, %s, 'Approved by Jean')",
            (start, end),
        )
        == "42501"
    )
    assert team.row(decided)["notes"] == "Enjoy Rubavu"
    assert team.row(cancelled)["notes"] == "Plans changed"
    # HR still corrects what a pending request asks for (and so loses its approval).
    assert _psql(team, team.hr, _CHANGES["reason"], (pending,)) is None
    # HR's cancellation appends its words to the employee's.
    with team.hr.session() as session:
        leave.cancel_leave(session, decided, "Called back for the audit")
        session.commit()
    assert team.row(decided)["notes"] == "Enjoy Rubavu\nCalled back for the audit"


# --------------------------------------------------------------------------- F3: pay notes

MARCH = last_march()


@pytest.fixture
def pay(logins, db_dsn):
    setting(db_dsn, "payroll.allowance_rate_percent", "10")
    officer = logins.person("hr", first_name="Grace", salary=Decimal("800000"))
    colleague = logins.person("hr", first_name="Aline", salary=Decimal("700000"))
    manager = logins.person("finance", first_name="Jean", salary=Decimal("900000"))
    logins.person("employee", first_name="Eric")
    return officer, colleague, manager


def _period_notes(person, period) -> str | None:
    with person.engine.begin() as conn:
        return conn.scalar(text("SELECT notes FROM payroll_periods WHERE id = :p"), {"p": period})


def _note_refusal(person, period, note: str) -> str | None:
    refused = person.refusal("UPDATE payroll_periods SET notes = %s WHERE id = %s", note, period)
    return None if refused is None else refused.sqlstate


def test_a_paid_periods_notes_are_the_functions_words(pay):
    officer, colleague, manager = pay
    with officer.session() as session:
        period = payroll.run_payroll(session, *MARCH)
    # Pending: its people note things.
    for person in (officer, colleague, manager):
        assert _note_refusal(person, period, f"Checked by {person.email}") is None
    with manager.session() as session:
        payroll.approve_payroll(session, period, "Approved for the 25th")
        net = payroll.period_totals(session, period).net
    words = f"Checked by {manager.email}\nApproved for the 25th"
    assert _period_notes(manager, period) == words

    for person in (officer, colleague, manager):
        assert _note_refusal(person, period, "rewritten") == "DL001"
    bank = account(manager, "Payroll account", opening=net + 1000)
    with manager.session() as session:
        payroll.pay_payroll(session, period, bank, dt.date.today(), "bank_transfer")
    for person in (officer, colleague, manager):
        assert _note_refusal(person, period, "rewritten") == "DL001"
        # Sent back as it is, it is no change (a form saving other fields).
        assert _note_refusal(person, period, words) is None
    assert _period_notes(manager, period) == words


def test_a_cancelled_periods_notes_stay(pay):
    officer, colleague, manager = pay
    with officer.session() as session:
        period = payroll.run_payroll(session, *MARCH)
    with manager.session() as session:
        payroll.cancel_payroll(session, period, "Wrong allowance rate")
    assert _period_notes(manager, period) == "Wrong allowance rate"
    for person in (officer, colleague, manager):
        assert _note_refusal(person, period, "rewritten") == "DL001"
    assert _period_notes(manager, period) == "Wrong allowance rate"
