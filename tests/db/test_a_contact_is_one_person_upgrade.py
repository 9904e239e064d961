"""Migration 0135 (psql36 #1): an emergency contact is one person written as texts. The
upgrade counts the stored contacts it would refuse and keeps them, as 0130 and 0132 keep
an old number (each is asked when someone writes another); the downgrade gives 0134's
schema back."""

from __future__ import annotations

import json
import logging

import psycopg
import pytest

from dicel_desktop.db import migrate

#: The function and triggers 0135 adds.
DEFINITIONS = (
    "SELECT 'function', pg_get_functiondef(p.oid) FROM pg_proc p"
    " WHERE p.proname = 'dicel_contact_object'"
    " UNION ALL SELECT tgname::text, pg_get_triggerdef(oid) FROM pg_trigger"
    " WHERE tgname::text LIKE '%%\\_contact\\_object' ORDER BY 1"
)


def _stored_before(su: psycopg.Connection) -> dict[str, object]:
    """A contact of each kind 0135 refuses, written at 0134 as psql36 wrote them."""
    (user_id,) = su.execute(
        "INSERT INTO users (email, password_hash, first_name, last_name, role, emergency_contact)"
        " VALUES ('no.employee@dicel.rw', 'x', 'A', 'B', 'employee', %s) RETURNING id",
        (json.dumps({"name": "Mama", "phone": 788123456}),),
    ).fetchone()
    (employee_id,) = su.execute(
        "INSERT INTO employees (position, hire_date, salary, emergency_contact)"
        " VALUES ('Clerk', '2024-01-01', 500000, %s) RETURNING id",
        (json.dumps([{"name": "Mama", "phone": "call 07 88 any time"}]),),
    ).fetchone()
    (guard_id,) = su.execute(
        "INSERT INTO security_guards (license_number, emergency_contact)"
        " VALUES ('LIC-1', %s) RETURNING id",
        (json.dumps("call my brother, any time"),),
    ).fetchone()
    # And a contact of one person, which is not counted.
    su.execute(
        "INSERT INTO security_guards (license_number, emergency_contact) VALUES ('LIC-2', %s)",
        (json.dumps({"name": "Ana", "phone": "0788 123 456"}),),
    )
    return {"users": user_id, "employees": employee_id, "security_guards": guard_id}


def test_0135_counts_the_contacts_it_would_refuse_and_keeps_them(db_dsn, caplog):
    migrate.downgrade(db_dsn, "0134")
    with psycopg.connect(db_dsn) as su:
        stored = _stored_before(su)
    with caplog.at_level(logging.WARNING, logger="alembic.runtime.migration"):
        migrate.upgrade(db_dsn, "head")
    for table in ("users", "employees", "security_guards"):
        assert (
            f"{table}: 1 emergency contact(s) are not one person written as texts; they stay,"
            " and each is asked when someone writes another" in caplog.text
        ), table
    with psycopg.connect(db_dsn) as su:
        kept = {
            table: su.execute(
                f"SELECT emergency_contact FROM {table} WHERE id = %s", (row,)
            ).fetchone()[0]
            for table, row in stored.items()
        }
        assert kept["security_guards"] == "call my brother, any time"
        assert isinstance(kept["employees"], list)
        # The rows take every other write, their contact written again unchanged too.
        su.execute(
            "UPDATE employees SET position = 'Senior clerk', emergency_contact ="
            " emergency_contact WHERE id = %s",
            (stored["employees"],),
        )
        su.execute(
            "UPDATE security_guards SET status = 'suspended', emergency_contact ="
            " emergency_contact WHERE id = %s",
            (stored["security_guards"],),
        )
        su.execute("UPDATE users SET last_login = now() WHERE id = %s", (stored["users"],))
        su.commit()
        # Another list written in its place is refused, as a new one is.
        for table, row in stored.items():
            with pytest.raises(psycopg.Error) as written:
                su.execute(
                    f"UPDATE {table} SET emergency_contact = '[\"Papa\"]' WHERE id = %s", (row,)
                )
            assert written.value.sqlstate == "DW032", table
            su.rollback()


def test_0135s_downgrade_gives_0134s_schema_back(db_dsn):
    with psycopg.connect(db_dsn) as su:
        at_head = su.execute(DEFINITIONS).fetchall()
    assert [name for name, _ in at_head] == [
        "employees_contact_object",
        "function",
        "security_guards_contact_object",
        "users_contact_object",
    ]
    assert "WHEN ((pg_trigger_depth() = 0))" in dict(at_head)["users_contact_object"]
    migrate.downgrade(db_dsn, "0134")
    with psycopg.connect(db_dsn) as su:
        assert su.execute(DEFINITIONS).fetchall() == []
        # A list is taken again, as 0134 took it.
        su.execute(
            "UPDATE employees SET emergency_contact = '[\"Mama\"]'"
            " WHERE id = (SELECT id FROM employees LIMIT 1)"
        )
        su.rollback()
    migrate.upgrade(db_dsn, "head")
    with psycopg.connect(db_dsn) as su:
        assert su.execute(DEFINITIONS).fetchall() == at_head
