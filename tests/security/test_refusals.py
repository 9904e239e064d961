"""What a real login is told when the database refuses it a right (services.db_errors):
a table it may not write, a column it may not change, a row outside its row security.
Logged in over TCP as DICEL users, in English and with French server messages."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import psycopg
import pytest
import sqlalchemy as sa
from _provisioning_fixtures import Accounts, open_accounts
from french import database_speaks_french
from security_world import LEAVE_DAY
from sqlalchemy import text
from sqlalchemy.orm import Session

from dicel_desktop.domain.errors import NotAllowed
from dicel_desktop.services.db_errors import explain, explain_with_lookup


@pytest.fixture(params=["English", "French"])
def accounts(request, db_dsn: str) -> Iterator[Accounts]:
    if request.param == "French":
        database_speaks_french(db_dsn)
    yield from open_accounts(db_dsn)


def _employee(superuser: psycopg.Connection) -> uuid.UUID:
    department = superuser.execute(
        "INSERT INTO departments (name, code) VALUES ('Audit', %s) RETURNING id",
        (uuid.uuid4().hex[:6],),
    ).fetchone()[0]
    return superuser.execute(
        "INSERT INTO employees (employee_number, department_id, position, hire_date, salary)"
        " VALUES (%s, %s, 'Clerk', '2024-01-01', 500000) RETURNING id",
        (f"EMP-{uuid.uuid4().hex[:6]}", department),
    ).fetchone()[0]


def _refused(engine: sa.Engine, sql: str, params: dict, **context) -> NotAllowed:
    """Run ``sql`` as the engine's login in a Session, as a service would; explain the
    refusal with a lookup on that same Session."""
    with Session(engine) as session:
        with pytest.raises(sa.exc.DBAPIError) as refused:
            session.execute(text(sql), params)
        explained = explain_with_lookup(session, refused.value, **context)
    assert isinstance(explained, NotAllowed), explained
    return explained


def test_a_table_the_role_may_not_write_is_named(accounts: Accounts):
    clerk = accounts.engine_as(accounts.create("inventory"))
    values = {"name": "Audit", "code": "AUD"}
    explained = _refused(
        clerk,
        "INSERT INTO departments (name, code) VALUES (:name, :code)",
        values,
        table="departments",
        values=values,
        action="insert",
    )
    assert explained.message == (
        "Your role cannot add departments. Ask an administrator if you need to."
    )
    assert "field" not in explained.params


def test_a_column_the_role_may_not_change_is_named_and_blamed(accounts: Accounts):
    accounts.superuser.execute(
        "INSERT INTO inventory_items (item_code, item_name, category)"
        " VALUES ('INV-7', 'Toner', 'Supplies')"
    )
    clerk = accounts.engine_as(accounts.create("inventory"))
    values = {"item_name": "Toner, black", "current_stock": 500}
    explained = _refused(
        clerk,
        "UPDATE inventory_items SET item_name = :item_name, current_stock = :current_stock"
        " WHERE item_code = 'INV-7'",
        values,
        table="inventory_items",
        values=values,
        action="update",
    )
    assert explained.message == (
        "Your role cannot change the current stock of items. Undo that change, or ask "
        "someone who may."
    )
    assert explained.params["field"] == "current_stock"


def test_a_row_outside_the_row_security_is_told_apart_from_a_missing_right(
    accounts: Accounts,
):
    someone_else = _employee(accounts.superuser)
    person = accounts.engine_as(accounts.create("employee"))
    values = {
        "employee_id": someone_else,
        "leave_type": "annual",
        "start_date": LEAVE_DAY,
        "end_date": LEAVE_DAY + dt.timedelta(days=4),
    }
    insert = (
        "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date)"
        " VALUES (:employee_id, :leave_type, :start_date, :end_date)"
    )
    explained = _refused(
        person, insert, values, table="leave_requests", values=values, action="insert"
    )
    # Leave has a rule of its own to say (eye36, 2: the general sentence sent a
    # supervisor to check whom it was for, when she does manage them).
    assert explained.code == "leave_row_denied_add"
    assert explained.message == (
        "You can request leave only for yourself (My work › My leave › Request leave…); "  # noqa: RUF001
        "HR files leave for others."
    )
    # Without a session to ask, the two cannot be told apart: a sentence true of both.
    with person.connect() as conn, pytest.raises(sa.exc.DBAPIError) as refused:
        conn.execute(text(insert), values)
    assert explain(refused.value, table="leave_requests", action="insert").code == "denied_save"


def test_a_refused_delete_and_a_refused_read(accounts: Accounts):
    person = accounts.engine_as(accounts.create("employee"))
    explained = _refused(
        person, "DELETE FROM departments", {}, table="departments", action="delete"
    )
    assert explained.message == (
        "Your role cannot delete departments. Ask an administrator if you need to."
    )
    explained = _refused(
        person, "SELECT salary FROM employees", {}, table="employees", action="read"
    )
    assert explained.code in ("denied_read", "denied_read_field")
    assert explained.message.startswith("Your role cannot see")
