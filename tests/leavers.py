"""What the tests of a leaver's login share (terminated, migration 0053; suspended,
migration 0122): whether a person's login still connects, and their employment and
login as the database holds them."""

from __future__ import annotations

import uuid

import psycopg
from logins import Person
from sqlalchemy import text

from dicel_desktop.services import cases


def dsn(person: Person) -> str:
    """A libpq URL logging in as ``person`` (a new connection, not the engine's pool)."""
    return person.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


def connects(person: Person) -> bool:
    try:
        psycopg.connect(dsn(person), connect_timeout=10).close()
    except psycopg.OperationalError:
        return False
    return True


def step(hr: Person, action: str, employee: uuid.UUID) -> None:
    with hr.session() as session:
        cases.take_step(session, "employees", action, employee)


def employment_and_login(logins, person: Person) -> tuple:
    """(employee status, users.is_active, the role may log in)."""
    with logins.superuser().connect() as conn:
        return tuple(
            conn.execute(
                text(
                    "SELECT e.status, u.is_active, r.rolcanlogin FROM employees e"
                    " JOIN users u ON u.id = e.user_id"
                    " JOIN pg_roles r ON r.rolname = u.email WHERE e.id = :id"
                ),
                {"id": person.employee_id},
            ).one()
        )
