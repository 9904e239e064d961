"""Holes a psql review found, closed by migration 0068, as real logins: HR named their own
leave approver (their own supervisor, department, position); a leave request moved to
another employee showed them the first one's reason in its history; one login took every
connection slot of the server."""

from __future__ import annotations

import uuid

import pytest
from _provisioning_fixtures import tcp_address
from french import speaking_french
from leave_team import make_team, week
from logins import open_logins
from psycopg import sql
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.db.grants import sync_grants
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import LOGIN_CONNECTION_LIMIT
from dicel_desktop.services import auth, leave
from dicel_desktop.services.db_errors import explain
from dicel_desktop.services.history import record_history

SECRET = "Chemotherapy, please keep it private"


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


def _employee(team, person) -> tuple:
    with team.su() as conn:
        return conn.execute(
            "SELECT e.supervisor_id, e.department_id, e.position, u.department_id, u.position"
            " FROM employees e JOIN users u ON u.id = e.user_id WHERE e.id = %s",
            (person.employee_id,),
        ).fetchone()


# --------------------------------------------------------------------------- DW010


def test_hr_cannot_name_their_own_approver_department_or_position(team):
    hr = team.hr
    before = _employee(team, hr)
    with team.su() as conn:
        finance = conn.execute("SELECT id FROM departments WHERE code = 'FIN'").fetchone()[0]
    for column, value in (
        ("supervisor_id", team.clerk.employee_id),  # an ordinary colleague approves
        ("department_id", finance),
        ("position", "Chief Financial Officer"),
    ):
        with hr.engine.begin() as conn, pytest.raises(DBAPIError) as own:
            conn.execute(
                text(f"UPDATE employees SET {column} = :v WHERE id = :id"),
                {"v": value, "id": hr.employee_id},
            )
        assert own.value.orig.sqlstate == "DW010", column
        said = explain(own.value, table="employees")
        assert said.message == (
            "You cannot change your own supervisor, department or position: they decide who "
            "approves your requests. Someone else in HR must."
        )
    assert _employee(team, hr) == before
    # Nothing was changed, so the colleague has nothing of HR's to approve.
    request = team.file(hr, week(2))
    with team.clerk.session() as session, pytest.raises(DicelError) as refused:
        leave.decide_leave(session, request, True, "sure")
    assert refused.value.code == "record_gone"  # not even shown to them
    assert team.row(request)["status"] == "pending"


def test_another_hr_officer_still_places_them_and_they_place_others(team):
    hr = team.hr
    colleague = team.logins.person("hr", first_name="Ines", department="HR")
    with colleague.engine.begin() as conn:
        conn.execute(
            text("UPDATE employees SET supervisor_id = :s, position = 'HR lead' WHERE id = :id"),
            {"s": team.boss.employee_id, "id": hr.employee_id},
        )
    assert _employee(team, hr)[0] == team.boss.employee_id
    assert _employee(team, hr)[2] == _employee(team, hr)[4] == "HR lead"
    # HR makes themselves a colleague's supervisor: HR decides that leave anyway.
    with hr.engine.begin() as conn:
        conn.execute(
            text("UPDATE employees SET supervisor_id = :s WHERE id = :id"),
            {"s": hr.employee_id, "id": team.outsider.employee_id},
        )
    # The rest of their own record HR still corrects.
    with hr.engine.begin() as conn:
        conn.execute(
            text("UPDATE employees SET work_location = 'Huye' WHERE id = :id"),
            {"id": hr.employee_id},
        )


def test_a_circle_of_supervisors_decides_nobodys_own_request(team):
    clerk, mate = team.clerk, team.mate
    # HR makes each the supervisor of the other.
    with team.hr.engine.begin() as conn:
        for who, boss in ((clerk, mate), (mate, clerk)):
            conn.execute(
                text("UPDATE employees SET supervisor_id = :s WHERE id = :id"),
                {"s": boss.employee_id, "id": who.employee_id},
            )
    request = team.file(clerk, week(3))
    with clerk.session() as session, pytest.raises(DicelError) as refused:
        leave.decide_leave(session, request, True, "me")
    assert refused.value.code == "own_record_decision"
    assert team.row(request)["status"] == "pending"
    with mate.session() as session:
        leave.decide_leave(session, request, True, "fine")
    assert team.row(request)["approved_by"] == mate.user_id


# --------------------------------------------------------------------------- DW113


def test_a_filed_leave_request_stays_with_its_employee(team):
    with team.clerk.session() as session:
        request = leave.request_leave(session, "sick", *week(4), SECRET)
    with team.hr.engine.begin() as conn, pytest.raises(DBAPIError) as moved:
        conn.execute(
            text("UPDATE leave_requests SET employee_id = :e WHERE id = :id"),
            {"e": team.outsider.employee_id, "id": request},
        )
    assert moved.value.orig.sqlstate == "DW113"
    said = explain(moved.value, table="leave_requests")
    assert said.message == (
        "A leave request stays with the employee it was filed for. Cancel or reject it, and "
        "file a new one for the right person."
    )
    assert team.row(request)["employee_id"] == team.clerk.employee_id
    # The other employee never reads it, nor the reason in its history.
    with team.outsider.session() as session:
        assert record_history(session, "leave_requests", request) == []
    # HR still corrects what the request says.
    with team.hr.engine.begin() as conn:
        conn.execute(
            text("UPDATE leave_requests SET reason = 'Medical' WHERE id = :id"), {"id": request}
        )


# --------------------------------------------------------------------------- connections


def _role_limit(team, email: str) -> int:
    with team.su() as conn:
        return conn.execute(
            "SELECT rolconnlimit FROM pg_roles WHERE rolname = %s", (email,)
        ).fetchone()[0]


def test_a_login_at_its_limit_is_told_so_by_a_french_server(team):
    """The login window knows the login's own limit by its name in the server's words,
    whatever language those are in."""
    clerk = team.clerk
    host, port, dbname = tcp_address(team.logins.db_dsn)
    held = [team.psql(clerk) for _ in range(LOGIN_CONNECTION_LIMIT)]
    try:
        with speaking_french(team.logins.db_dsn), pytest.raises(DicelError) as refused:
            auth.login(host, port, dbname, clerk.email, clerk.password)
        assert refused.value.code == "login_connection_limit"
    finally:
        for conn in held:
            conn.close()


def test_a_login_at_its_limit_is_told_and_others_still_log_in(team):
    clerk = team.clerk
    assert _role_limit(team, clerk.email) == LOGIN_CONNECTION_LIMIT
    host, port, dbname = tcp_address(team.logins.db_dsn)
    held = []
    try:
        for _ in range(LOGIN_CONNECTION_LIMIT):
            held.append(team.psql(clerk))
        with pytest.raises(DicelError) as refused:
            auth.login(host, port, dbname, clerk.email, clerk.password)
        assert refused.value.message == (
            f"Your login has too many connections open to the database "
            f"({LOGIN_CONNECTION_LIMIT}): close DICEL on another computer, or ask IT."
        )
        # A connection of the pool of a desktop already open says the same.
        with pytest.raises(DBAPIError) as pooled, clerk.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        assert explain(pooled.value).message == refused.value.message
        # Everyone else still logs in.
        other = auth.login(host, port, dbname, team.mate.email, team.mate.password)
        other.close()
    finally:
        for conn in held:
            conn.close()


def test_sync_grants_limits_a_login_made_without_a_limit(team):
    email = team.clerk.email
    with team.su() as conn:
        conn.execute(sql.SQL("ALTER ROLE {} CONNECTION LIMIT -1").format(sql.Identifier(email)))
    assert _role_limit(team, email) == -1
    with team.logins.superuser().begin() as conn:
        sync_grants(conn)
    assert _role_limit(team, email) == LOGIN_CONNECTION_LIMIT
    # Neither the superuser nor the group roles are limited.
    with team.su() as conn:
        limited = conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolconnlimit <> -1 AND rolname NOT LIKE '%@%'"
        ).fetchall()
    assert limited == []


def test_a_login_made_by_dicel_has_the_limit(team):
    nobody = team.logins.person("employee", employee=False)
    assert _role_limit(team, nobody.email) == LOGIN_CONNECTION_LIMIT
    assert uuid.UUID(str(nobody.user_id))
