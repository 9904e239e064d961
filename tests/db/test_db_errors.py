"""Database refusals in a person's words (services.db_errors), against a real PostgreSQL
that refuses for real, once in English and once with French server messages: the words
come from SQLSTATEs and constraint names, never from the server's text."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Iterator

import psycopg
import pytest
import sqlalchemy as sa
from french import database_speaks_french
from sqlalchemy import text

from dicel_desktop.db.engine import make_engine
from dicel_desktop.db.models import Base
from dicel_desktop.domain.errors import Conflict, DicelError, InvalidInput
from dicel_desktop.services import db_errors
from dicel_desktop.services.db_error_words import check_error
from dicel_desktop.services.db_errors import explain, explain_with_lookup, with_retry


@pytest.fixture(params=["English", "French"])
def engine(request, db_dsn: str) -> Iterator[sa.Engine]:
    """The test's database, its server messages in English, then in French."""
    if request.param == "French":
        database_speaks_french(db_dsn)
    engine = make_engine(db_dsn)
    try:
        yield engine
    finally:
        engine.dispose()


def refusal(engine: sa.Engine, sql: str, params: dict | None = None) -> sa.exc.DBAPIError:
    """Run ``sql``, which the server must refuse; the error."""
    with engine.connect() as conn, pytest.raises(sa.exc.DBAPIError) as refused:
        conn.execute(text(sql), params or {})
    return refused.value


def said(error: DicelError) -> tuple[str, str | None]:
    return error.message, error.params.get("field")


def test_every_check_of_the_models_gets_a_sentence_of_its_own():
    checks = [
        (table.name, c)
        for table in Base.metadata.tables.values()
        for c in table.constraints
        if isinstance(c, sa.CheckConstraint)
    ]
    assert len(checks) > 70  # the enumeration works
    for table, constraint in checks:
        error = check_error(table, constraint)
        assert error.code != "check_failed", constraint.name
        assert "{" not in error.message, (constraint.name, error.message)
        assert error.params["field"] in Base.metadata.tables[table].c, constraint.name


# --------------------------------------------------------------------------- CHECK


def test_a_range_check_names_the_field_and_its_bounds(engine):
    error = refusal(
        engine, "INSERT INTO customer_feedback (feedback_type, rating) VALUES ('compliment', 7)"
    )
    assert said(explain(error)) == ("Rating must be between 1 and 5.", "rating")


def test_dates_in_order_name_the_later_field(engine):
    error = refusal(
        engine,
        "INSERT INTO invoices (invoice_date, due_date, subtotal, total_amount)"
        " VALUES ('2026-03-10', '2026-03-01', 100, 100)",
    )
    assert said(explain(error)) == (
        "Due date must be on or after the invoice date.",
        "due_date",
    )


def test_a_value_list_offers_the_choices_and_a_currency_asks_for_a_code(engine):
    error = refusal(engine, "INSERT INTO clients (company_name, status) VALUES ('Acme', 'gone')")
    assert said(explain(error)) == (
        "Status must be one of: Prospect, Active, Inactive, Suspended.",
        "status",
    )
    error = refusal(
        engine,
        "INSERT INTO invoices (invoice_date, due_date, subtotal, total_amount, currency)"
        " VALUES ('2026-03-01', '2026-03-10', 1, 1, 'rwf')",
    )
    assert said(explain(error)) == (
        "Currency must be a three-letter currency code such as RWF.",
        "currency",
    )


def test_a_rule_of_the_business_has_its_own_sentence(engine, db_dsn):
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        department = conn.execute(
            "INSERT INTO departments (name, code) VALUES ('Audit', 'AUD') RETURNING id"
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO employees (employee_number, department_id, position, hire_date, salary)"
            " VALUES ('EMP-9', %s, 'Clerk', '2024-01-01', 1)",
            (department,),
        )
    error = refusal(engine, "UPDATE employees SET supervisor_id = id")
    assert said(explain(error)) == (
        "An employee cannot be their own supervisor.",
        "supervisor_id",
    )


# --------------------------------------------------------------------------- NOT NULL, UNIQUE


def test_a_missing_value_is_required(engine):
    error = refusal(engine, "INSERT INTO departments (name, code) VALUES (NULL, 'X')")
    assert said(explain(error, table="departments")) == ("Name is required.", "name")


def test_a_value_already_used_names_the_record_that_holds_it(engine, db_dsn):
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO inventory_items (item_code, item_name, category)"
            " VALUES ('INV-0042', 'Printer toner', 'Supplies')"
        )
    values = {"item_code": "INV-0042", "item_name": "Toner, black", "category": "Supplies"}
    insert = (
        "INSERT INTO inventory_items (item_code, item_name, category)"
        " VALUES (:item_code, :item_name, :category)"
    )
    with engine.connect() as conn:
        with pytest.raises(sa.exc.IntegrityError) as refused:
            conn.execute(text(insert), values)
        looked_up = explain_with_lookup(conn, refused.value, "inventory_items", values, "insert")
    assert isinstance(looked_up, Conflict)
    assert said(looked_up) == (
        "Item code INV-0042 is already used by “Printer toner”.",
        "item_code",
    )
    # Without a session to ask: the value, and what kind of record holds it.
    assert explain(refused.value, table="inventory_items", values=values).message == (
        "Item code INV-0042 is already used by another item."
    )


# --------------------------------------------------------------------------- FOREIGN KEY


def test_a_reference_gone_and_a_record_still_referenced(engine, db_dsn):
    error = refusal(
        engine,
        "INSERT INTO employees (employee_number, department_id, position, hire_date, salary)"
        " VALUES ('EMP-1', gen_random_uuid(), 'Clerk', '2024-01-01', 1)",
    )
    assert said(explain(error, table="employees", action="insert")) == (
        "The department chosen no longer exists (someone may have deleted it). Choose another one.",
        "department_id",
    )
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        department = conn.execute(
            "INSERT INTO departments (name, code) VALUES ('Audit', 'AUD') RETURNING id"
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO employees (employee_number, department_id, position, hire_date, salary)"
            " VALUES ('EMP-2', %s, 'Clerk', '2024-01-01', 1)",
            (department,),
        )
    error = refusal(engine, "DELETE FROM departments WHERE code = 'AUD'")
    assert explain(error, table="departments", action="delete").message == (
        "This department cannot be deleted: employees still refer to it."
    )


# --------------------------------------------------------------------------- values


def test_a_text_too_long_is_found_among_the_values(engine):
    values = {"name": "x" * 150, "code": "LNG"}
    error = refusal(engine, "INSERT INTO departments (name, code) VALUES (:name, :code)", values)
    assert said(explain(error, table="departments", values=values)) == (
        "Name can be at most 100 characters long; it is 150.",
        "name",
    )


# --------------------------------------------------------------------------- transient


def test_a_deadlock_is_said_as_a_clash_not_as_an_unreachable_server(engine, db_dsn):
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("INSERT INTO departments (name, code) VALUES ('One', 'D1'), ('Two', 'D2')")
    barrier = threading.Barrier(2, timeout=10)
    failures: list[BaseException] = []

    def cross(first: str, second: str) -> None:
        try:
            with engine.begin() as conn:
                conn.execute(text("SET LOCAL deadlock_timeout = '100ms'"))
                conn.execute(
                    text("UPDATE departments SET name = name WHERE code = :c"), {"c": first}
                )
                barrier.wait()
                conn.execute(
                    text("UPDATE departments SET name = name WHERE code = :c"), {"c": second}
                )
        except sa.exc.DBAPIError as error:
            failures.append(error)

    other = threading.Thread(target=cross, args=("D2", "D1"))
    other.start()
    cross("D1", "D2")
    other.join(10)
    assert len(failures) == 1  # the server broke the deadlock by refusing one of them
    explained = explain(failures[0])
    assert explained.code == "busy_retry"
    assert "could not be reached" not in explained.message


def test_with_retry_runs_the_unit_of_work_once_more_then_gives_a_sentence(engine):
    attempts: list[int] = []
    raise_serialization = "DO $$ BEGIN RAISE EXCEPTION 'clash' USING ERRCODE = '40001'; END $$"

    def flaky(fail_times: int):
        def work():
            attempts.append(1)
            with engine.begin() as conn:
                if len(attempts) <= fail_times:
                    conn.execute(text(raise_serialization))
                return conn.execute(text("SELECT 42")).scalar_one()

        return work

    assert with_retry(flaky(1)) == 42
    assert len(attempts) == 2
    attempts.clear()
    with pytest.raises(Conflict) as gave_up:
        with_retry(flaky(5))
    assert len(attempts) == 2  # once more, not for ever
    assert gave_up.value.code == "busy_retry"


def test_a_statement_timeout_and_a_lost_connection(engine, db_dsn):
    with engine.connect() as conn:
        conn.execute(text("SET statement_timeout = 50"))
        with pytest.raises(sa.exc.DBAPIError) as slow:
            conn.execute(text("SELECT pg_sleep(2)"))
    assert explain(slow.value).message.startswith("The database took too long to answer.")

    with engine.connect() as conn:
        pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
        with psycopg.connect(db_dsn, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        with pytest.raises(sa.exc.DBAPIError) as lost:
            conn.execute(text("SELECT 1"))
    assert explain(lost.value).message == (
        "The connection to the database was lost. What you typed is still here: try again."
    )


def test_a_server_that_cannot_be_reached():
    engine = make_engine(
        "postgresql://nobody:secret@127.0.0.1:9/nowhere", connect_args={"connect_timeout": 2}
    )
    try:
        with pytest.raises(sa.exc.DBAPIError) as unreachable, engine.connect():
            pass
    finally:
        engine.dispose()
    assert explain(unreachable.value).code == "database_unreachable"


# --------------------------------------------------------------------------- our own codes


def test_a_sqlstate_of_our_own_is_worded_as_registered(engine):
    db_errors.register_sqlstate("DX901", "field_required", InvalidInput)
    db_errors.register_sqlstate("DX901", "field_required", InvalidInput)  # again: the same
    with pytest.raises(ValueError):
        db_errors.register_sqlstate("DX901", "record_busy")  # a code means one thing
    error = refusal(
        engine,
        "DO $$ BEGIN RAISE EXCEPTION 'no due date' USING ERRCODE = 'DX901',"
        " COLUMN = 'due_date', TABLE = 'invoices'; END $$",
    )
    explained = explain(error)
    assert isinstance(explained, InvalidInput)
    assert said(explained) == ("Due date is required.", "due_date")


def test_a_provisioning_refusal_reaching_explain_raw_is_worded(engine):
    with engine.connect() as conn, pytest.raises(sa.exc.DBAPIError) as refused:
        conn.execute(text("DO $$ BEGIN RAISE EXCEPTION 'taken' USING ERRCODE = 'DU005'; END $$"))
    explained = explain(refused.value, values={"email": "jean.mugabo@dicel.rw"})
    assert explained.message == (
        "A DICEL user or database account named jean.mugabo@dicel.rw already exists."
    )


# --------------------------------------------------------------------------- the rest


def test_anything_else_is_a_general_sentence_and_an_error_with_its_traceback(engine, caplog):
    caplog.set_level(logging.DEBUG, logger="dicel_desktop")
    error = refusal(engine, "SELECT no_such_column FROM departments")
    explained = explain(error)
    assert explained.code == "unexpected_error"
    assert "no_such_column" not in explained.message
    logged = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(logged) == 1 and logged[0].exc_info is not None
    explain(error)  # asked again: logged once
    assert len([r for r in caplog.records if r.levelno >= logging.ERROR]) == 1


def test_a_refusal_is_logged_at_info_with_its_sqlstate(engine, caplog):
    caplog.set_level(logging.DEBUG, logger="dicel_desktop")
    error = refusal(
        engine, "INSERT INTO customer_feedback (feedback_type, rating) VALUES ('compliment', 0)"
    )
    explain(error)
    assert [(r.levelno, "23514" in r.getMessage()) for r in caplog.records] == [
        (logging.INFO, True)
    ]


def test_a_workflow_refusal_is_worded_from_the_data_in_its_detail(db_engine):
    """Workflow functions give who and when as JSON in DETAIL (README: the database's
    public interface); the sentence is the client's, in the person's time zone."""
    raise_it = text(
        """DO $$ BEGIN RAISE EXCEPTION 'already decided' USING ERRCODE = 'DW001',
        DETAIL = json_build_object('state', 'approved', 'who', 'Jean Mugabo',
                                   'when', '2026-03-02T10:42:00+00:00')::text; END $$"""
    )
    with db_engine.connect() as conn, pytest.raises(sa.exc.DBAPIError) as refused:
        conn.execute(raise_it)
    error = explain(refused.value, table="leave_requests")
    moment = dt.datetime(2026, 3, 2, 10, 42, tzinfo=dt.UTC).astimezone()
    assert error.code == "already_decided"
    # Not today: the day too (review34 F7).
    assert error.message == (
        f"Already approved by Jean Mugabo at {moment:%H:%M} on {moment.day} {moment:%B %Y}."
    )
