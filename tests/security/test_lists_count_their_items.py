"""Migration 0088, as real logins with the ninth review's psql statement (/tmp/psql27w t3):
a list of texts (TEXT[]) keeps at most LIST_ITEMS items and none that is NULL. Its
0085 limit measured the items joined, which skips NULLs: five million NULL certifications
and "First aid" passed the 2,000-character limit. Now DW025 (how many, at most how many)
or DW026 (which item), in the person's words, and nothing changes."""

from __future__ import annotations

import psycopg
import pytest
from catalog import typed_columns_and_checks

from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.text_limits import (
    LIST_ITEMS,
    NOT_TYPED_TABLES,
    items_check_name,
    most_items,
)
from dicel_desktop.services import db_errors

_CERTIFY = "UPDATE security_guards SET training_certifications = {} WHERE id = %s"


@pytest.fixture
def guard(db_dsn):
    with psycopg.connect(db_dsn) as conn:
        return conn.execute(
            "INSERT INTO security_guards (license_number, license_expiry, status,"
            " training_certifications) VALUES ('L-77', current_date + 300, 'active',"
            " ARRAY['First aid']) RETURNING id"
        ).fetchone()[0]


def _certifications(db_dsn, guard) -> list:
    with psycopg.connect(db_dsn) as conn:
        return conn.execute(
            "SELECT training_certifications FROM security_guards WHERE id = %s", (guard,)
        ).fetchone()[0]


def test_five_million_null_items_are_refused_by_their_count(db_dsn, logins, guard):
    officer = logins.person(Role.SECURITY, first_name="Patrick", department="SEC")
    refused = officer.refusal(
        _CERTIFY.format("array_fill(NULL::text, ARRAY[5000000]) || ARRAY['First aid']"), guard
    )
    assert refused is not None and refused.sqlstate == "DW025", refused
    assert refused.diag.column_name == "training_certifications"
    said = db_errors.explain(refused, table="security_guards")
    assert said.code == "list_too_many_items"
    assert (said.params["items"], said.params["most"]) == ("5000001", str(LIST_ITEMS))
    assert said.message.startswith("This list has 5000001 items: it may hold at most 200.")
    assert _certifications(db_dsn, guard) == ["First aid"]


def test_a_null_item_is_refused_and_a_full_list_is_kept(db_dsn, logins, guard):
    officer = logins.person(Role.SECURITY, first_name="Patrick", department="SEC")
    refused = officer.refusal(_CERTIFY.format("ARRAY['First aid', NULL, 'Fire drill']"), guard)
    assert refused is not None and refused.sqlstate == "DW026", refused
    said = db_errors.explain(refused, table="security_guards")
    assert said.code == "list_empty_item" and said.params["position"] == "2"
    assert said.message == "Item 2 of this list is empty: remove it; nothing was saved."
    assert _certifications(db_dsn, guard) == ["First aid"]

    most = most_items("security_guards", "training_certifications")
    full = "ARRAY(SELECT 'C' || n FROM generate_series(1, %s) AS n)"
    refused = officer.refusal(_CERTIFY.format(full), most + 1, guard)
    assert refused is not None and refused.sqlstate == "DW025"
    assert officer.refusal(_CERTIFY.format(full), most, guard) is None
    assert len(_certifications(db_dsn, guard)) == most


def test_a_persons_skills_count_their_items_too(db_dsn, logins):
    """users.skills, as an administrator writes them on a colleague's row."""
    hr = logins.person(Role.ADMIN, first_name="Ada", department="ADM")
    other = logins.person(Role.EMPLOYEE, first_name="Eric", department="OPS")
    refused = hr.refusal(
        "UPDATE users SET skills = array_fill(NULL::text, ARRAY[300]) WHERE id = %s",
        other.user_id,
    )
    assert refused is not None and refused.sqlstate == "DW025", refused


def test_every_list_of_texts_has_its_items_check(db_dsn):
    columns, checks = typed_columns_and_checks(db_dsn)
    lists = {(t, c) for t, c, kind in columns if kind.startswith("_") and t not in NOT_TYPED_TABLES}
    assert {
        ("security_guards", "training_certifications"),
        ("users", "skills"),
        ("users", "certifications"),
        ("candidates", "skills"),
    } <= lists
    missing = sorted(
        (t, c)
        for t, c in lists
        if f"dicel_list_fits({c}, {most_items(t, c)}" not in checks.get(items_check_name(t, c), "")
    )
    assert missing == []
