"""An emergency contact is one person written as texts (migration 0135, psql36 #1).

An HR clerk stored a JSON list of free text as an employee's emergency contact, and a
Security clerk one on another officer's guard record: ``dicel_contact_shapes`` read the
parts of objects only, so neither the phone's shape (DW035) nor the name-and-phone rule
(DW031) was asked, and the sync copied the list onto the login. The attempts of the
review, as the demo logins psql would connect, each rolled back.
"""

from __future__ import annotations

import json

import psycopg
import pytest
from helpers import refused_here

from dicel_desktop.domain.contact_rules import contact_fault
from dicel_desktop.services.db_errors import explain

HR = "aline.uwase@dicel.rw"
SECURITY = "patrick.habimana@dicel.rw"
ADMIN = "jean.mugabo@dicel.rw"
EMPLOYEE = "josiane.murekatete@dicel.rw"

SENTENCE = (
    'The emergency contact is one person, each part a text in quotes, as {"name": "Ana'
    ' Uwera", "relationship": "Sister", "phone": "0788 123 456"} (an "email" too if they'
    " have one): correct it, or clear the contact."
)

#: (what psql wrote, (kind, part) as the refusal's DETAIL says it).
NOT_ONE_PERSON = (
    # The review's own attempts.
    ([{"name": "Mama", "phone": "call 07 88 any time", "email": "mama at home"}], ("array", None)),
    ("call my brother, any time", ("string", None)),
    (["Mama", "call 07 88"], ("array", None)),
    # Its parts of another JSON type than text.
    ({"name": "Mama", "phone": 788123456}, ("number", "phone")),
    ({"name": ["Mama", "Papa"], "phone": "0788 123 456"}, ("array", "name")),
    (
        {"name": "Mama", "relationship": {"is": "mother"}, "phone": "0788 123 456"},
        ("object", "relationship"),
    ),
    ({"name": "Mama", "phone": "0788 123 456", "email": True}, ("boolean", "email")),
    (788123456, ("number", None)),
)
#: What stays a contact: the form's objects (a part may be null), and no contact at all.
ONE_PERSON = (
    {"name": "Grace Uwase", "relationship": "Spouse", "phone": "+250 782 672 541"},
    {"name": "Grace Uwase", "relationship": None, "phone": "0788 123 456", "email": None},
    None,
)


@pytest.fixture
def login(psql_login):
    return psql_login


def _employee_update(email: str) -> str:
    return (
        "UPDATE employees SET emergency_contact = %s::jsonb"
        f" WHERE user_id = (SELECT id FROM users WHERE email = '{email}')"
    )


def _guard_not_of(conn: psycopg.Connection, email: str) -> str:
    """A guard record that is not ``email``'s own (DW012 keeps one's own)."""
    (guard,) = conn.execute(
        "SELECT g.id FROM security_guards g WHERE g.user_id IS DISTINCT FROM"
        " (SELECT id FROM users WHERE email = %s) ORDER BY g.id LIMIT 1",
        (email,),
    ).fetchone()
    return str(guard)


def test_hr_cannot_store_a_list_or_a_text_as_an_employees_contact(login):
    hr = login(HR)
    update = _employee_update(EMPLOYEE)
    (before,) = hr.execute(
        "SELECT emergency_contact FROM users WHERE email = %s", (EMPLOYEE,)
    ).fetchone()
    for contact, (kind, part) in NOT_ONE_PERSON:
        refused = refused_here(hr, update, (json.dumps(contact),))
        assert refused.sqlstate == "DW032", contact
        assert json.loads(refused.diag.message_detail) == {"kind": kind, "part": part}
        assert (refused.diag.table_name, refused.diag.column_name) == (
            "employees",
            "emergency_contact",
        )
        error = explain(refused, table="employees")
        assert (error.code, error.params["field"]) == (
            "contact_not_one_person",
            "emergency_contact",
        )
        assert error.message == SENTENCE
        assert contact_fault(contact) == (kind, part), contact  # the window's mirror
    # The login's copy did not take any of them.
    assert hr.execute(
        "SELECT emergency_contact FROM users WHERE email = %s", (EMPLOYEE,)
    ).fetchone() == (before,)
    for contact in ONE_PERSON:
        hr.execute("SAVEPOINT kept")
        hr.execute(update, (None if contact is None else json.dumps(contact),))
        hr.execute("ROLLBACK TO SAVEPOINT kept")
        assert contact_fault(contact) is None


def test_psql_says_why_in_its_own_message(login):
    refused = refused_here(login(HR), _employee_update(EMPLOYEE), ('"call my brother"',))
    assert refused.diag.message_primary == (
        "employees.emergency_contact: an emergency contact is one person, a JSON object of"
        " texts (name, relationship, phone, email), not a JSON string"
    )
    refused = refused_here(login(HR), _employee_update(EMPLOYEE), ('{"phone": 788123456}',))
    assert refused.diag.message_primary.endswith("not a phone written as a JSON number")


def test_security_cannot_store_a_list_on_another_officers_guard_record(login):
    security = login(SECURITY)
    guard = _guard_not_of(security, SECURITY)
    update = "UPDATE security_guards SET emergency_contact = %s::jsonb WHERE id = %s"
    for contact, (kind, part) in NOT_ONE_PERSON:
        refused = refused_here(security, update, (json.dumps(contact), guard))
        assert refused.sqlstate == "DW032", contact
        assert json.loads(refused.diag.message_detail) == {"kind": kind, "part": part}
        error = explain(refused, table="security_guards")
        assert (error.code, error.params["field"]) == (
            "contact_not_one_person",
            "emergency_contact",
        )
    # Nor on a new guard, and an object of texts is still kept.
    refused = refused_here(
        security,
        "INSERT INTO security_guards (license_number, emergency_contact)"
        " VALUES ('LIC-0135', '[\"call 07 88\"]')",
    )
    assert refused.sqlstate == "DW032"
    security.execute(update, (json.dumps(ONE_PERSON[0]), guard))


def test_the_logins_copy_is_asked_when_written_by_hand_not_when_the_sync_copies_it(login, demo_dsn):
    """No login writes ``users.emergency_contact`` (0125); a superuser writing it by hand
    is asked. The sync's copy of HR's contact is not asked again (0133): a contact stored
    before 0135 still lets a login be made for its employee."""
    refused = refused_here(
        login(ADMIN),
        "UPDATE users SET emergency_contact = '[\"Mama\"]' WHERE email = %s",
        (EMPLOYEE,),
    )
    assert refused.sqlstate == "42501"  # no login writes it at all
    old = ["Mama", "call 07 88"]
    with psycopg.connect(demo_dsn) as su:
        with pytest.raises(psycopg.Error) as by_hand:
            su.execute(
                "UPDATE users SET emergency_contact = %s::jsonb WHERE email = %s",
                (json.dumps(old), EMPLOYEE),
            )
        assert by_hand.value.sqlstate == "DW032"
        assert by_hand.value.diag.table_name == "users"
        su.rollback()
        su.execute("SET session_replication_role = replica")  # stored before 0135
        number = su.execute(
            "INSERT INTO employees (position, hire_date, salary, emergency_contact)"
            " VALUES ('Driver', '2020-01-01', 300000, %s::jsonb) RETURNING employee_number",
            (json.dumps(old),),
        ).fetchone()[0]
        su.execute("SET session_replication_role = origin")
        su.execute(f'SET SESSION AUTHORIZATION "{ADMIN}"')
        su.execute(
            "SELECT dicel_create_user(%s, %s, 'Test', 'Driver', 'employee', NULL, %s, NULL)",
            ("old.list@dicel.rw", "SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy", number),
        )
        su.execute("RESET SESSION AUTHORIZATION")
        assert su.execute(
            "SELECT emergency_contact FROM users WHERE email = 'old.list@dicel.rw'"
        ).fetchone() == (old,)
        # HR saving that employee's other fields keeps the old contact; writing another
        # list is refused.
        su.execute(f'SET SESSION AUTHORIZATION "{HR}"')
        su.execute(
            "UPDATE employees SET position = 'Senior driver', emergency_contact ="
            " emergency_contact WHERE employee_number = %s",
            (number,),
        )
        with pytest.raises(psycopg.Error) as changed:
            su.execute(
                "UPDATE employees SET emergency_contact = '[\"Papa\"]' WHERE employee_number = %s",
                (number,),
            )
        assert changed.value.sqlstate == "DW032"
        su.rollback()
