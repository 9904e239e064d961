"""Migration 0085, as real logins: every typed text has a size limit (domain/text_limits.py)
in the database, and a workflow function's text is measured before anything is done with
it. A column's text over its limit is refused with DW024 on INSERT and UPDATE; a leave's
reason over 2,000 characters with DW020 (the psql review's 50,000,000); a decision's note
over 100,000 with DW024; nothing is changed. Every typed text column has its CHECK, and
every workflow function taking a note, reason, resolution or reference measures it.
"""

from __future__ import annotations

import uuid

import psycopg
import pytest
from catalog import typed_columns_and_checks
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from leave_team import week
from logins import Person
from sqlalchemy import text

from dicel_desktop.db.engine import make_engine
from dicel_desktop.db.text_limits import (
    MEASURED,
    MEASURED_END,
    functions_taking_texts,
    unmeasured,
)
from dicel_desktop.domain.text_limits import (
    LONG_TEXT,
    NOT_TYPED_TABLES,
    REASON,
    SHORT_TEXTS,
    check_name,
    most_characters,
)
from dicel_desktop.services import db_errors

TICKET = (
    "INSERT INTO it_support_tickets (category, subject, description) VALUES (%s, %s, %s)"
    " RETURNING id"
)
REQUEST = "SELECT dicel_request_leave('annual', %s, %s, %s)"


@pytest.fixture
def staff(logins):
    boss = logins.person("employee", first_name="Jean", department="OPS")
    clerk = logins.person("employee", first_name="Aline", supervisor=boss, department="OPS")
    it = logins.person("it", first_name="Ivan", department="IT")
    return boss, clerk, it


def _psql(person: Person) -> psycopg.Connection:
    """A plain connection as ``person``, as psql would have."""
    url = person.engine.url.set(drivername="postgresql")
    return psycopg.connect(url.render_as_string(hide_password=False))


def _ticket(person: Person, description: str = "Printer jams") -> uuid.UUID:
    with person.engine.begin() as conn:
        return conn.exec_driver_sql(TICKET, ("hardware", "Printer", description)).scalar()


def _description(person: Person, ticket: uuid.UUID) -> str:
    with person.engine.connect() as conn:
        return conn.scalar(
            text("SELECT description FROM it_support_tickets WHERE id = :id"), {"id": ticket}
        )


# --------------------------------------------------------------------------- columns


def test_a_tickets_description_over_its_limit_is_refused_on_insert_and_update(staff):
    _boss, clerk, it = staff
    too_long = "é" * (LONG_TEXT + 1)  # two bytes each: the CHECK counts the characters
    refused = clerk.refusal(TICKET, "hardware", "Printer", too_long)
    assert refused is not None and refused.sqlstate == "DW024"
    assert refused.diag.column_name == "description"
    assert refused.diag.table_name == "it_support_tickets"
    said = db_errors.explain(refused, table="it_support_tickets")
    assert said.code == "text_over_limit"
    assert (said.params["length"], said.params["most"]) == (str(LONG_TEXT + 1), str(LONG_TEXT))
    with it.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM it_support_tickets")) == 0

    ticket = _ticket(clerk)
    refused = it.refusal(
        "UPDATE it_support_tickets SET description = %s WHERE id = %s", too_long, ticket
    )
    assert refused is not None and refused.sqlstate == "DW024"
    assert _description(it, ticket) == "Printer jams"


def test_a_short_text_keeps_its_shorter_limit(logins):
    """A supplier's address is one of the texts meant short (2,000 characters)."""
    buyer = logins.person("inventory", first_name="Ines", department="INV")
    most = most_characters("suppliers", "address")
    assert most < LONG_TEXT
    insert = "INSERT INTO suppliers (supplier_name, address) VALUES (%s, %s)"
    refused = buyer.refusal(insert, "Kigali Paper", "a" * (most + 1))
    assert refused is not None and refused.sqlstate == "DW024"
    assert refused.diag.column_name == "address"
    assert buyer.refusal(insert, "Kigali Paper", "a" * most) is None


# --------------------------------------------------------------------------- arguments


def test_a_leave_reason_of_fifty_million_characters_is_refused_before_anything(staff):
    """The psql review: repeat('x', 50000000) as a leave's reason was accepted."""
    _boss, clerk, _it = staff
    start, end = week(1)
    with _psql(clerk) as conn:
        with pytest.raises(psycopg.Error) as refused:
            conn.execute(
                "SELECT dicel_request_leave('annual', %s, %s, repeat('x', 50000000))",
                (start, end),
            )
        assert refused.value.sqlstate == "DW020"
        assert refused.value.diag.column_name == "reason"
        conn.rollback()
        said = db_errors.explain(refused.value, table="leave_requests")
        assert said.params["length"] == "50000000" and said.params["most"] == str(REASON)
        (count,) = conn.execute("SELECT count(*) FROM leave_requests").fetchone()
        assert count == 0


def test_a_decisions_note_over_its_limit_is_refused_and_the_leave_stays(staff):
    boss, clerk, _it = staff
    start, end = week(2)
    with clerk.engine.begin() as conn:
        leave = conn.exec_driver_sql(REQUEST, (start, end, "Family visit")).scalar()
    for statement in (
        "SELECT dicel_decide_leave(%s, false, %s)",
        "SELECT dicel_cancel_leave(%s, %s)",
    ):
        person = boss if "decide" in statement else clerk
        refused = person.refusal(statement, leave, "n" * (LONG_TEXT + 1))
        assert refused is not None and refused.sqlstate == "DW024", statement
        assert refused.diag.column_name == "note"
    with clerk.engine.connect() as conn:
        status, notes = conn.execute(
            text("SELECT status, notes FROM leave_requests WHERE id = :id"), {"id": leave}
        ).one()
    assert (status, notes) == ("pending", None)


# --------------------------------------------------------------------------- every text


def test_every_typed_text_column_has_its_limit(db_dsn):
    """A new TEXT column is limited by default: this fails until its migration calls
    db/text_limits.add_limits (and it has the domain's limit)."""
    columns, checks = typed_columns_and_checks(db_dsn)
    typed = {(t, c) for t, c, _type in columns if t not in NOT_TYPED_TABLES}
    assert ("leave_requests", "reason") in typed and ("it_support_tickets", "description") in typed
    missing = sorted(
        (t, c)
        for t, c in typed
        if f"<= {most_characters(t, c)}" not in checks.get(check_name(t, c), "")
    )
    assert missing == []
    assert len({check_name(t, c) for t, c in typed}) == len(typed)
    # Every short text named is a typed text column.
    assert set(SHORT_TEXTS) <= typed


def test_every_workflow_function_measures_its_texts_first(db_dsn):
    engine = make_engine(db_dsn)
    try:
        with engine.connect() as conn:
            found = functions_taking_texts(conn.exec_driver_sql)
    finally:
        engine.dispose()
    names = {signature.split("(")[0] for signature, _c, _t in found}
    assert {"dicel_request_leave", "dicel_decide_leave", "dicel_cancel_expense"} <= names
    # Migration 0090: each text measured, not merely a body mentioning "Migration 0085"
    # (dicel_move_stock's notes was not): the block (MEASURED), or a measure of its own.
    assert [(s, unmeasured(create, t)) for s, create, t in found if unmeasured(create, t)] == []
    blocks = [s for s, create, _t in found if MEASURED in create]
    assert "dicel_decide_leave(uuid,boolean,text)" in blocks, blocks


def test_the_leave_functions_lock_leave_counting_after_their_measure(db_dsn):
    """Migration 0088 wrote the holidays' lock into these two after 0085's measure, in the
    database only: a later migration rebuilding one from an earlier revision's text, and
    measuring it again, would drop it without a word."""
    engine = make_engine(db_dsn)
    try:
        with engine.connect() as conn:
            bodies = dict(
                conn.exec_driver_sql(
                    "SELECT p.oid::regprocedure::text, p.prosrc FROM pg_proc p"
                    " WHERE p.pronamespace = 'public'::regnamespace"
                    " AND p.proname IN ('dicel_cancel_leave', 'dicel_decide_leave')"
                ).all()
            )
    finally:
        engine.dispose()
    lock = "PERFORM pg_catalog.pg_advisory_xact_lock_shared(18500, 0);"
    for signature in ("dicel_cancel_leave(uuid,text)", "dicel_decide_leave(uuid,boolean,text)"):
        body = bodies[signature]
        assert lock in body, signature
        # After the measure, before the request is read or changed.
        assert body.index(MEASURED_END) < body.index(lock), signature
        assert body.index(lock) < body.index("public.leave_requests"), signature


# --------------------------------------------------------------------------- around the limit

_CHARACTERS = st.sampled_from(["x", "é", "\u4e2d", "\U0001d538", " "])


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(delta=st.integers(-3, 3), fill=_CHARACTERS, data=st.data())
def test_lengths_around_each_limit(staff, delta, fill, data):
    """A text of one, two, three or four bytes a character, a few characters either side
    of a limit: refused exactly when over it, whatever its bytes."""
    _boss, clerk, it = staff
    head = data.draw(st.text(_CHARACTERS, min_size=1, max_size=5).map(lambda s: "a" + s))
    start, end = week(3)
    # A reason: 2,000 characters as typed (its blanks around it count).
    reason = (head + fill * REASON)[: REASON + delta]
    if not reason.strip():
        return
    with _psql(clerk) as conn:
        try:
            conn.execute(REQUEST, (start, end, reason))
            refused = None
        except psycopg.Error as error:
            refused = error.sqlstate
        conn.rollback()
    assert refused == ("DW020" if len(reason) > REASON else None), len(reason)
    # A ticket's description: 100,000.
    description = (head + fill * LONG_TEXT)[: LONG_TEXT + delta].strip()
    with _psql(it) as conn:
        try:
            conn.execute(TICKET, ("hardware", "Printer", description))
            refused = None
        except psycopg.Error as error:
            refused = error.sqlstate
        conn.rollback()
    assert refused == ("DW024" if len(description) > LONG_TEXT else None), len(description)
