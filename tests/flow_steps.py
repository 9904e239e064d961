"""What the tests of the case flows' steps share (tests/db/test_*_flows.py): a record
filed as a department types it, read back as the database holds it, and a step taken or
refused as a real login takes it. No Qt here: the window tests use step_windows.py."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from logins import Person
from sqlalchemy import exc, text

from dicel_desktop.domain.case_flows import Asks, flow_of
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import cases


def insert_row(person: Person, table: str, **row: object) -> uuid.UUID:
    """A new record of ``table`` with ``row``, as ``person`` types it in: its id."""
    columns = ", ".join(row)
    with person.engine.begin() as conn:
        return conn.scalar(
            text(
                f"INSERT INTO {table} ({columns}) VALUES ({', '.join(':' + c for c in row)})"
                " RETURNING id"
            ),
            row,
        )


def raised(person: Person, statement: str, *params) -> exc.DBAPIError:
    """What the database says to ``statement`` run as ``person`` (as psql sends it), which
    must be a refusal."""
    with person.engine.begin() as conn, pytest.raises(exc.DBAPIError) as refused:
        conn.exec_driver_sql(statement, params)
    return refused.value


def guard(
    person: Person,
    logins,
    *,
    first_name: str = "Yvonne",
    last_name: str = "Guard",
    licence: str = "RNP/PSL/2025/0007",
) -> uuid.UUID:
    """A guard (a new employee's login) as security (``person``) records them: its id."""
    employee = logins.person(Role.EMPLOYEE, first_name=first_name, last_name=last_name)
    return insert_row(
        person,
        "security_guards",
        user_id=employee.user_id,
        license_number=licence,
        license_expiry=dt.date.today() + dt.timedelta(days=800),
    )


def hours_ahead(days: int) -> dt.datetime:
    """A whole hour ``days`` from now (UTC): a shift planned ahead, whatever today is."""
    now = dt.datetime.now(dt.UTC)
    return now.replace(minute=0, second=0, microsecond=0) + dt.timedelta(days=days)


def shift(
    person: Person, guard: uuid.UUID | None, start: dt.datetime, hours: float = 8
) -> uuid.UUID:
    """A shift at the main gate of ``guard`` (or nobody's) from ``start``, as ``person``
    plans it."""
    return insert_row(
        person,
        "security_assignments",
        guard_id=guard,
        location="Main gate",
        shift_start=start,
        shift_end=start + dt.timedelta(hours=hours),
    )


def row_of(logins, table: str, record: uuid.UUID, *columns: str) -> tuple:
    """``columns`` of ``record`` as the database holds them (read as its superuser)."""
    with logins.superuser().connect() as conn:
        return tuple(
            conn.execute(
                text(f"SELECT {', '.join(columns)} FROM {table} WHERE id = :id"), {"id": record}
            ).one()
        )


def server_today(person: Person) -> dt.date:
    """The server's date, as the steps read it."""
    with person.engine.connect() as conn:
        return conn.scalar(text("SELECT current_date"))


def take(person: Person, table: str, action: str, record: uuid.UUID) -> None:
    """``person`` takes the step ``action`` on ``record`` (its own transaction)."""
    with person.session() as session:
        cases.take_step(session, table, action, record, **_reason(table, action))


def _reason(table: str, action: str) -> dict[str, object]:
    """A reason for a step that asks why (migration 0071: a write-off, a contract's end),
    a note for one that asks what was done and the day it happened, today (migration
    0101: a complaint answered, a case recovered)."""
    step = flow_of(table).step(action)
    if step.asks is Asks.REASON:
        return {"reason": "As agreed with the client."}
    if step.asks is Asks.NOTE:
        return {
            "note": "Agreed with the client.",
            "days": {c: dt.date.today() for c in step.asked_dates},
        }
    return {}


def refusal(person: Person, table: str, action: str, record: uuid.UUID) -> DicelError:
    """The refusal ``person`` meets taking ``action`` on ``record``."""
    with person.session() as session, pytest.raises(DicelError) as refused:
        cases.take_step(session, table, action, record, **_reason(table, action))
    return refused.value


def policy_under_review(logins) -> tuple[Person, Person, uuid.UUID]:
    """Two compliance officers, Chantal Kayitesi and Aimable Twagirayezu, and an active
    policy whose review Chantal started: Aimable's to approve, not hers."""
    chantal = logins.person("compliance", first_name="Chantal", last_name="Kayitesi")
    aimable = logins.person("compliance", first_name="Aimable", last_name="Twagirayezu")
    with logins.superuser().begin() as conn:
        policy = conn.scalar(
            text(
                "INSERT INTO compliance_policies (policy_name, policy_category, status,"
                " review_date) VALUES ('Gifts', 'Ethics', 'active', current_date + 30)"
                " RETURNING id"
            )
        )
    with chantal.engine.begin() as conn:
        conn.execute(text("SELECT dicel_start_review_compliance_policy(:p)"), {"p": policy})
    return chantal, aimable, policy
