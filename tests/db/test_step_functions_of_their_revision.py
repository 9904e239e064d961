"""A revision's case step functions are that revision's (migration 0078's code review).

Migrations 0011-0072 made the case steps from the declaration as it is now, which since
migration 0074 calls ``dicel_given_text``/``dicel_given_reason``: a database at 0071-0073
(built there, or downgraded to it) had eight steps calling helpers it did not have, and
failed when they were taken. Each migration now makes them as they were at its revision
(``db/case_functions/``' switches), so a database stopped at 0073 takes them all.
"""

from __future__ import annotations

import re
import secrets
import uuid

import psycopg
import pytest
from logins import _dsn_as
from minimal_rows import minimal_row
from psycopg import sql

_CALLED = re.compile(r"\bpublic\.(dicel_\w+)\s*\(")


@pytest.fixture
def at_0073(database_at):
    """A database built up to 0073 (a clone of the session's template there)."""
    return database_at("0073")


def test_no_function_at_0073_calls_a_function_a_later_revision_makes(at_0073):
    with psycopg.connect(at_0073) as conn:
        functions = conn.execute(
            "SELECT p.proname::text, p.prosrc FROM pg_proc p"
            " WHERE p.pronamespace = 'public'::regnamespace"
        ).fetchall()
    present = {name for name, _body in functions}
    missing = {
        (name, called)
        for name, body in functions
        for called in _CALLED.findall(body)
        if called not in present
    }
    assert missing == set()


def test_an_it_ticket_is_resolved_at_0073(at_0073):
    """Resolved by an IT login through its step's function, as at that revision."""
    email = f"it-{uuid.uuid4().hex[:8]}@test.dicel.rw"
    password = secrets.token_urlsafe(12)
    with psycopg.connect(at_0073, autocommit=True) as su:
        row = minimal_row("it_support_tickets") | {"status": "open"}
        ticket = su.execute(
            sql.SQL("INSERT INTO it_support_tickets ({}) VALUES ({}) RETURNING id").format(
                sql.SQL(", ").join(map(sql.Identifier, row)),
                sql.SQL(", ").join(sql.Placeholder() * len(row)),
            ),
            list(row.values()),
        ).fetchone()[0]
        su.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE dicel_it").format(
                sql.Identifier(email), sql.Literal(password)
            )
        )
        # EXECUTE as sync-grants gives it (after an upgrade to head only).
        su.execute("GRANT EXECUTE ON FUNCTION dicel_resolve_it_ticket(uuid, text) TO dicel_it")
        su.execute(
            "INSERT INTO users (email, password_hash, first_name, last_name, role)"
            " VALUES (%s, '-', 'Eric', 'Habimana', 'it')",
            (email,),
        )
    try:
        with psycopg.connect(_dsn_as(at_0073, email, password)) as it:
            it.execute("SELECT dicel_resolve_it_ticket(%s, %s)", (ticket, "  Replaced the cable. "))
            it.commit()
        with psycopg.connect(at_0073) as su:
            resolved = su.execute(
                "SELECT status, resolution FROM it_support_tickets WHERE id = %s", (ticket,)
            ).fetchone()
        # Trimmed as before 0074: spaces around it.
        assert resolved == ("resolved", "Replaced the cable.")
    finally:
        with psycopg.connect(at_0073, autocommit=True) as su:
            su.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(email)))
