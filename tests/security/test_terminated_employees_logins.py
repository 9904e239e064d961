"""A terminated employee no longer logs in (migration 0053), as real logins: HR's
Terminate… deactivates their DICEL login in the same transaction, as IT's deactivation
does, and never leaves the company without an active administrator (DW601)."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from leavers import connects, dsn, employment_and_login, step
from sqlalchemy import text

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import cases, users


def test_hr_terminating_an_employee_ends_their_login_and_the_audit_log_says_who(logins):
    hr = logins.person(Role.HR)
    leaver = logins.person(Role.FINANCE)
    assert connects(leaver)
    with psycopg.connect(dsn(leaver)) as still_open:
        assert still_open.execute("SELECT public.dicel_current_user_id()").fetchone() == (
            leaver.user_id,
        )
        still_open.commit()
        step(hr, "terminate", leaver.employee_id)
        assert employment_and_login(logins, leaver) == ("terminated", False, False)
        assert not connects(leaver)
        # A session already open is ended, as after IT's deactivation (migration 0055).
        with pytest.raises(psycopg.OperationalError):
            still_open.execute("SELECT public.dicel_current_user_id()")
    with logins.superuser().connect() as conn:
        logged = conn.execute(
            text(
                "SELECT user_id, action, old_values, new_values FROM audit_logs"
                " WHERE table_name = 'users' AND record_id = :id AND user_id IS NOT NULL"
            ),
            {"id": leaver.user_id},
        ).all()
    assert [tuple(row) for row in logged] == [
        (hr.user_id, "UPDATE", {"is_active": True}, {"is_active": False})
    ]
    # An employee without a login is terminated as before, and so is one whose login
    # IT already deactivated.
    admin = logins.person(Role.ADMIN)
    with hr.engine.begin() as conn:
        no_login = conn.scalar(
            text(
                "INSERT INTO employees (position, hire_date, salary)"
                " VALUES ('Security Guard', current_date - 400, 310000) RETURNING id"
            )
        )
    step(hr, "terminate", no_login)
    gone = logins.person(Role.SALES)
    with admin.engine.begin() as conn:
        users.deactivate_user(conn, email=gone.email)
    step(hr, "terminate", gone.employee_id)
    with logins.superuser().connect() as conn:
        assert (
            conn.scalar(text("SELECT status FROM employees WHERE id = :id"), {"id": no_login})
            == "terminated"
        )
    assert employment_and_login(logins, gone) == ("terminated", False, False)


def test_terminating_the_last_active_administrators_record_is_refused(logins):
    hr = logins.person(Role.HR)
    admin = logins.person(Role.ADMIN)
    with hr.session() as session, pytest.raises(DicelError) as refused:
        cases.take_step(session, "employees", "terminate", admin.employee_id)
    # Since migration 0057 HR ends no administrator's employment at all (DW602), the
    # last one's included; DW601 still stands behind it for any other path.
    assert refused.value.code == "administrator_employment"
    # Nothing changed: still employed, still logging in.
    assert employment_and_login(logins, admin) == ("active", True, True)
    assert connects(admin)
    # Another administrator terminates them; their login goes with them.
    other = logins.person(Role.ADMIN)
    step(other, "terminate", admin.employee_id)
    assert employment_and_login(logins, admin) == ("terminated", False, False)
    assert not connects(admin)


def test_it_deactivates_as_before_and_a_leaver_who_is_the_last_admin_stays(logins):
    """dicel_deactivate_user now calls the routine it shares with the trigger: IT's
    deactivation is what it was, and the two share the last-administrator rule."""
    hr = logins.person(Role.HR)
    admin = logins.person(Role.ADMIN)
    other = logins.person(Role.ADMIN)
    with admin.engine.begin() as conn:
        users.deactivate_user(conn, email=other.email.upper())
    assert employment_and_login(logins, other) == ("active", False, False)
    with admin.engine.connect() as conn, pytest.raises(DicelError) as own:
        users.deactivate_user(conn, email=admin.email)
    with admin.engine.connect() as conn, pytest.raises(DicelError) as nobody:
        users.deactivate_user(conn, email="nobody-here@test.dicel.rw")
    assert (own.value.code, nobody.value.code) == ("cannot_change_self", "user_not_found")
    # The one active administrator left is not terminated by HR either (DW602, 0057).
    with hr.session() as session, pytest.raises(DicelError) as refused:
        cases.take_step(session, "employees", "terminate", admin.employee_id)
    assert refused.value.code == "administrator_employment"
    assert employment_and_login(logins, admin) == ("active", True, True)


def test_a_leavers_login_is_not_reactivated_nor_a_login_linked_to_them(logins):
    """Migration 0054: IT's Reactivate… brought a terminated employee's login back, and a
    login could be linked to someone who had already left."""
    hr, admin = logins.person(Role.HR), logins.person(Role.ADMIN)
    leaver = logins.person(Role.FINANCE)
    step(hr, "terminate", leaver.employee_id)
    with admin.engine.connect() as conn, pytest.raises(DicelError) as refused:
        users.reactivate_user(conn, email=leaver.email)
    with logins.superuser().connect() as conn:
        number = conn.scalar(
            text("SELECT employee_number FROM employees WHERE id = :id"),
            {"id": leaver.employee_id},
        )
    assert refused.value.code == "login_of_a_leaver"
    assert refused.value.message == (
        f"{leaver.email} is the login of employee {number}, who has left the company: it"
        " stays inactive. Someone who comes back is hired again as a new employee."
    )
    assert employment_and_login(logins, leaver) == ("terminated", False, False)
    assert not connects(leaver)
    # Nor is a login made for someone who had left without one (Create login… links the
    # record of the number given).
    with hr.engine.begin() as conn:
        gone, gone_number = conn.execute(
            text(
                "INSERT INTO employees (position, hire_date, salary)"
                " VALUES ('Cleaner', current_date - 400, 150000)"
                " RETURNING id, employee_number"
            )
        ).one()
    step(hr, "terminate", gone)
    with admin.engine.connect() as conn, pytest.raises(DicelError) as linked:
        users.create_user(
            conn,
            email=f"back-{uuid.uuid4().hex[:6]}@test.dicel.rw",
            first_name="Back",
            last_name="Again",
            role=Role.EMPLOYEE,
            password="a long enough password",
            employee_number=gone_number,
        )
    assert linked.value.code == "login_of_a_leaver"
    assert linked.value.params["employee"] == gone_number
    # Anyone else is reactivated as before.
    other = logins.person(Role.SALES)
    with admin.engine.begin() as conn:
        users.deactivate_user(conn, email=other.email)
        assert users.reactivate_user(conn, email=other.email)


def test_a_session_opened_while_hr_terminates_ends_after_the_commit(logins, monkeypatch):
    """Migration 0055 ends the leaver's sessions before the termination commits; one
    opened in between (a script reconnecting in a loop) is ended once it has (0058)."""
    from dicel_desktop.services import units

    hr = logins.person(Role.HR)
    leaver = logins.person(Role.FINANCE)
    racers: list[psycopg.Connection] = []
    real = units.run_compiled

    def racing(db, compiled, values):
        rows = real(db, compiled, values)
        if not racers:  # the step ran and is not committed: the login still logs in
            racers.append(psycopg.connect(dsn(leaver), autocommit=True))
        return rows

    monkeypatch.setattr(units, "run_compiled", racing)
    # A step is sent alone, committed as it ends (stop 27): no client can come between
    # it and its COMMIT then. In a transaction of the session's (as a read-only start
    # makes it), one can: that is the race 0058 closes.
    monkeypatch.setattr(units, "run_alone", lambda *args: None)
    step(hr, "terminate", leaver.employee_id)
    (racer,) = racers
    try:
        with pytest.raises(psycopg.OperationalError):
            racer.execute("SELECT count(*) FROM public.transactions")
    finally:
        racer.close()
    assert employment_and_login(logins, leaver) == ("terminated", False, False)
