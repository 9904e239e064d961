"""A system setting's value must read as its type (migration 0010), whoever writes it:
an administrator logged in as themself, or psql as the superuser."""

from __future__ import annotations

import psycopg
import pytest
from logins import Logins
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

CHECK = "ck_system_settings_setting_value_matches_type"

ACCEPTED = [
    ("number", "18"),
    ("number", "0.3"),
    ("number", "-2"),
    ("number", "5000000"),
    ("boolean", "true"),
    ("boolean", "false"),
    ("date", "2026-01-01"),
    ("date", "2024-02-29"),
    ("json", '["in_app", "email"]'),
    ("json", '{"a": {"b": [1, 2.5, null]}}'),
    ("json", "42"),
    ("string", "anything at all, even 18"),
    ("string", ""),
    ("number", None),
    (None, "no type is a string"),
]

REFUSED = [
    ("number", "abc"),
    ("number", "1,000"),
    ("number", "1e3"),
    ("number", "NaN"),
    ("number", " 18"),
    ("number", ""),
    ("boolean", "yes"),
    ("boolean", "True"),
    ("boolean", "1"),
    ("date", "2026-02-30"),
    ("date", "0000-01-01"),
    ("date", "31/01/2026"),
    ("date", "2026-1-5"),
    ("json", "{'single': 'quotes'}"),
    ("json", "[1, 2"),
    ("json", ""),
]


def _insert(conn, kind: str | None, value: str | None) -> None:
    conn.execute(
        text(
            "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
            " VALUES (:k, :v, :t)"
        ),
        {"k": f"test.{kind}.{value!r}", "v": value, "t": kind},
    )


@pytest.mark.parametrize(("kind", "value"), ACCEPTED)
def test_an_admin_stores_values_that_read_as_their_type(logins: Logins, kind, value):
    admin = logins.person("admin", employee=False)
    with admin.engine.begin() as conn:
        _insert(conn, kind, value)


@pytest.mark.parametrize(("kind", "value"), REFUSED)
def test_a_value_that_does_not_read_as_its_type_is_refused_by_name(logins: Logins, kind, value):
    admin = logins.person("admin", employee=False)
    with admin.engine.connect() as conn, pytest.raises(IntegrityError) as refused:
        _insert(conn, kind, value)
    assert refused.value.orig.sqlstate == "23514"
    assert refused.value.orig.diag.constraint_name == CHECK


def test_changing_the_type_alone_is_refused_and_the_superuser_is_bound_too(db_dsn: str):
    with psycopg.connect(db_dsn, autocommit=True) as su:
        su.execute(
            "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
            " VALUES ('leave.annual_days', '18', 'number')"
        )
        with pytest.raises(psycopg.errors.CheckViolation):
            su.execute("UPDATE system_settings SET setting_type = 'date'")
        with pytest.raises(psycopg.errors.CheckViolation):
            su.execute("UPDATE system_settings SET setting_value = 'eighteen'")
        su.execute("UPDATE system_settings SET setting_type = 'string'")
        su.execute("UPDATE system_settings SET setting_value = 'eighteen'")
        row = su.execute("SELECT setting_value, setting_type FROM system_settings").fetchone()
    assert row == ("eighteen", "string")
