"""No leave request waits for nobody, and a decided request's reason stays (migration
0094), as real logins.

Since 0093 whoever shaped a request may not approve it. With one HR officer, a request
they filed or changed for an employee with no supervisor was offered to nobody; so was
that officer's own request when they report to nobody. Such a request now waits for an
administrator, and only such a one: the administrators' inbox does not fill with the
leave others decide.
"""

from __future__ import annotations

import psycopg
import pytest
from leave_team import Team, make_team, week
from logins import open_logins

from dicel_desktop.services import inbox, leave


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


def _waiting_leave(person) -> set:
    with person.session() as session:
        return {i.id for i in inbox.waiting_for_me(session) if i.table == "leave_requests"}


def _change_dates(team: Team, person, request) -> None:
    with team.psql(person) as conn:
        conn.execute(
            "UPDATE leave_requests SET start_date = start_date + 7, end_date = end_date + 7"
            " WHERE id = %s",
            (request,),
        )
        conn.commit()


def _approve_from_inbox(person, request) -> None:
    with person.session() as session:
        (item,) = [i for i in inbox.waiting_for_me(session) if i.id == request]
        inbox.decide(session, item, True)
        session.commit()


def test_what_the_only_hr_officer_changed_waits_for_an_administrator(team):
    # Olive reports to nobody: her requests wait for HR, and Hana is the only officer.
    request = team.file(team.outsider, week(1, days=2))
    assert request in _waiting_leave(team.hr)
    assert request not in _waiting_leave(team.admin)

    _change_dates(team, team.hr, request)

    assert request not in _waiting_leave(team.hr)
    assert request in _waiting_leave(team.admin)
    _approve_from_inbox(team.admin, request)
    row = team.row(request)
    assert (row["status"], row["approved_by"]) == ("approved", team.admin.user_id)


def test_a_second_hr_officer_keeps_it_out_of_the_administrators_inbox(team):
    hr2 = team.logins.person("hr", first_name="Honore", last_name="Gatete", department="HR")
    request = team.file(team.outsider, week(1, days=2))
    _change_dates(team, team.hr, request)

    assert request in _waiting_leave(hr2)
    assert request not in _waiting_leave(team.admin)


def test_a_deactivated_second_officer_does_not_count(team):
    hr2 = team.logins.person("hr", first_name="Honore", last_name="Gatete", department="HR")
    with team.su() as conn:
        conn.execute("UPDATE users SET is_active = false WHERE id = %s", (hr2.user_id,))
    request = team.file(team.outsider, week(1, days=2))
    _change_dates(team, team.hr, request)

    assert request in _waiting_leave(team.admin)


def test_the_only_hr_officers_own_request_waits_for_an_administrator(team):
    request = team.file(team.hr, week(2, days=3))
    assert request not in _waiting_leave(team.hr)
    assert request in _waiting_leave(team.admin)
    _approve_from_inbox(team.admin, request)
    assert team.row(request)["status"] == "approved"


def test_a_supervisor_who_shaped_it_hands_it_to_hr(team):
    """The employee's supervisor is an HR officer and changed the request: it waits for
    another officer, or, with none, for an administrator."""
    report = team.logins.person("employee", first_name="Yves", supervisor=team.hr)
    request = team.file(report, week(1, days=2))
    assert request in _waiting_leave(team.hr)
    _change_dates(team, team.hr, request)

    assert request not in _waiting_leave(team.hr)
    assert request in _waiting_leave(team.admin)
    hr2 = team.logins.person("hr", first_name="Honore", last_name="Gatete", department="HR")
    assert request in _waiting_leave(hr2)
    assert request not in _waiting_leave(team.admin)


def test_what_a_supervisor_can_decide_waits_for_them_alone(team):
    request = team.file(team.clerk, week(1, days=2))
    assert request in _waiting_leave(team.boss)
    assert request not in _waiting_leave(team.hr)
    assert request not in _waiting_leave(team.admin)
    # HR changed it: the supervisor still approves it, so nobody else is asked.
    _change_dates(team, team.hr, request)
    assert request in _waiting_leave(team.boss)
    assert request not in _waiting_leave(team.hr)
    assert request not in _waiting_leave(team.admin)


def test_nobody_calls_the_helper(team):
    with team.psql(team.admin) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT dicel_leave_waits_for(gen_random_uuid())")


# --------------------------------------------------------------------------- the reason


@pytest.mark.parametrize("decided", ["approved", "rejected"])
def test_a_decided_requests_reason_stays(team, decided):
    request = team.file(team.clerk, week(1, days=2))
    with team.boss.session() as session:
        leave.decide_leave(session, request, decided == "approved", "Seen")
        session.commit()
    for person in (team.hr, team.admin):
        with team.psql(person) as conn, pytest.raises(psycopg.Error) as refused:
            conn.execute(
                "UPDATE leave_requests SET reason = 'Approved by phone' WHERE id = %s",
                (request,),
            )
        assert refused.value.sqlstate == "DL001"
    assert team.row(request)["reason"] == "Family visit"
