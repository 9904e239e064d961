"""A suspended employee no longer logs in (migration 0122, sus34), as real logins: HR's
Suspend… turns their DICEL login off as Terminate… does; Reinstate… leaves it off for IT
to turn on (DU017 lifts); and Create login… links no new login to a suspended
employee's number (DU018), as it links none to a terminated one's (DU016)."""

from __future__ import annotations

import re
import uuid

import pytest
from leavers import connects, employment_and_login, step
from sqlalchemy import text

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import cases, db_errors, users


def test_suspending_turns_the_login_off_and_reinstating_leaves_it_to_it(logins):
    hr, admin = logins.person(Role.HR), logins.person(Role.ADMIN)
    suspended = logins.person(Role.FINANCE)
    assert connects(suspended)
    step(hr, "suspend", suspended.employee_id)
    assert employment_and_login(logins, suspended) == ("suspended", False, False)
    assert not connects(suspended)
    with logins.superuser().connect() as conn:
        who = conn.scalar(
            text(
                "SELECT user_id FROM audit_logs WHERE table_name = 'users'"
                " AND record_id = :id AND new_values = '{\"is_active\": false}'"
            ),
            {"id": suspended.user_id},
        )
    assert who == hr.user_id
    # Reinstated, they are active again, their login still off until the administrator turns it on.
    step(hr, "reinstate", suspended.employee_id)
    assert employment_and_login(logins, suspended) == ("active", False, False)
    with admin.engine.begin() as conn:
        assert users.reactivate_user(conn, email=suspended.email)
    assert employment_and_login(logins, suspended) == ("active", True, True)
    assert connects(suspended)


def test_hr_suspends_no_administrator_and_their_login_stays(logins):
    """The last-administrator rule holds: HR is refused an administrator's suspension
    (DW603) before DW601 would refuse their login's; nothing changes."""
    hr, admin = logins.person(Role.HR), logins.person(Role.ADMIN)
    with hr.session() as session, pytest.raises(DicelError) as refused:
        cases.take_step(session, "employees", "suspend", admin.employee_id)
    assert refused.value.code == "administrator_employment_changed"
    assert employment_and_login(logins, admin) == ("active", True, True)


def test_no_login_is_created_for_a_suspended_employees_number(logins):
    hr, admin = logins.person(Role.HR), logins.person(Role.ADMIN)
    with hr.engine.begin() as conn:
        away, number = conn.execute(
            text(
                "INSERT INTO employees (position, hire_date, salary)"
                " VALUES ('Cleaner', current_date - 400, 150000)"
                " RETURNING id, employee_number"
            )
        ).one()
    step(hr, "suspend", away)
    email = f"away-{uuid.uuid4().hex[:6]}@test.dicel.rw"
    with admin.engine.connect() as conn, pytest.raises(DicelError) as refused:
        users.create_user(
            conn,
            email=email,
            first_name="Away",
            last_name="Fornow",
            role=Role.EMPLOYEE,
            password="a long enough password",
            employee_number=number,
        )
    assert refused.value.code == "login_for_a_suspended_employee"
    assert refused.value.message == (
        f"Employee {number} is suspended: no login is linked to them until HR reinstates"
        " them (Reinstate… on their employee record). Nothing was changed."
    )
    with logins.superuser().connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM users WHERE email = :e"), {"e": email}) == 0
        assert conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :e"), {"e": email}) is None
    # Once reinstated, the login is made and linked as for anyone.
    step(hr, "reinstate", away)
    with admin.engine.begin() as conn:
        made = users.create_user(
            conn,
            email=email,
            first_name="Away",
            last_name="Fornow",
            role=Role.EMPLOYEE,
            password="a long enough password",
            employee_number=number,
        )
    with logins.superuser().connect() as conn:
        assert (
            conn.scalar(text("SELECT user_id FROM employees WHERE id = :id"), {"id": away}) == made
        )


@pytest.mark.parametrize(
    ("status", "code", "said"),
    [
        (
            "suspended",
            "DU018",
            "is suspended: no login is linked to them until HR reinstates them (Reinstate… on"
            " their employee record). Nothing was changed.",
        ),
        ("terminated", "DU016", None),
    ],
)
def test_no_employee_is_inserted_already_away_with_a_login(logins, status, code, said):
    """Fix35: DU018 (and DU016) asked only a login linked later (``UPDATE OF user_id``):
    an employee inserted already suspended, or already terminated, with a login attached
    went in, its login active for someone whose access HR had cut (migration 0127).
    HR's own SQL may not give ``status`` or ``user_id`` on an insert (function-only
    columns), so the grant refuses it first; with that grant given (as a later hiring
    step or grant would), the row's own rule refuses it, in the sentence Create login…
    meets, and nothing is written. The same row with no login, or active, goes in."""
    hr = logins.person(Role.HR)
    someone = logins.person(Role.EMPLOYEE, employee=False)
    insert = text(
        "INSERT INTO employees (position, hire_date, salary, status, user_id)"
        " VALUES ('Cleaner', current_date - 400, 150000, :s, :u)"
    )
    values = {"s": status, "u": someone.user_id}
    with hr.engine.connect() as conn, pytest.raises(Exception) as refused:
        conn.execute(insert, values)
    assert refused.value.orig.sqlstate == "42501"  # the grant, first
    with logins.superuser().begin() as conn:
        # To this HR login alone (dropped with it); the path a hiring step would open.
        conn.execute(text(f'GRANT INSERT (status, user_id) ON employees TO "{hr.email}"'))
    with hr.engine.connect() as conn, pytest.raises(Exception) as refused:
        conn.execute(insert, values)
    assert refused.value.orig.sqlstate == code, str(refused.value.orig)
    if said is not None:
        explained = db_errors.explain(refused.value, table="employees")
        assert re.fullmatch(rf"Employee EMP-\S+ {re.escape(said)}", explained.message)
    linked = "SELECT count(*) FROM employees WHERE user_id = :u"
    with logins.superuser().connect() as conn:
        assert conn.scalar(text(linked), {"u": someone.user_id}) == 0
    # Without the login, or as an active employee, it goes in.
    with hr.engine.begin() as conn:
        conn.execute(insert, {**values, "u": None})
        conn.execute(insert, {**values, "s": "active"})
    with logins.superuser().connect() as conn:
        assert conn.scalar(text(linked), {"u": someone.user_id}) == 1
