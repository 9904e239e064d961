"""A phone or e-mail stored before migration 0125 stays until someone writes another
(migration 0130, review35 F1 and F2).

0125 held each such column by a CHECK added NOT VALID where old rows broke it, and
PostgreSQL asks every CHECK on every UPDATE of the row: a person whose old profile phone
was one digit short could no longer log in (the login stamp is an UPDATE of users), nor
HR save their employee record (the sync trigger updates the login). Here the old rows are
made the way they came: at 0124, before any rule, then upgraded to head.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from _provisioning_fixtures import tcp_address
from helpers import drop_database, refused_here
from logins import Person, open_logins

from dicel_desktop.db import migrate
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import auth
from dicel_desktop.services.db_errors import explain

OLD_PHONE = "0788 123 45"  # one digit short: what 0125 was written to catch
OLD_CONTACT = {"name": "Ana", "relationship": "Sister", "phone": "0788 55 66"}


@dataclass
class People:
    """The module's database walked from 0124 to head, and its people."""

    dsn: str
    clerk: Person  # an employee whose old phone and contact stay
    visitor: Person  # a login without an employee record, its old contact
    hr: Person
    admin: Person
    #: An employee made as ``clerk`` was, whose numbers the refusals' test changes.
    changed: Person


@pytest.fixture(scope="module")
def people(revision_templates, _admin) -> Iterator[People]:
    """An employee and a login without an employee record, each holding a number of
    another shape stored before 0125; HR and an administrator to act on them. One walk
    down to 0124 and up for the module (each test had its own): no test writes what
    another asserts (the refusals' test changes its own employee's numbers; the login
    and the saves leave the old numbers as they were)."""
    name = f"old_number_{uuid.uuid4().hex[:8]}"
    dsn = revision_templates.new_database("head", name)
    try:
        with contextlib.contextmanager(open_logins)(dsn) as logins:
            clerk, changed = logins.person(Role.INVENTORY), logins.person(Role.INVENTORY)
            visitor = logins.person(Role.CX, employee=False)
            hr, admin = logins.person(Role.HR), logins.person(Role.ADMIN)
            migrate.downgrade(dsn, "0124")
            with psycopg.connect(dsn) as su:
                for person in (clerk, changed):
                    su.execute(
                        "UPDATE users SET phone = %s WHERE id = %s", (OLD_PHONE, person.user_id)
                    )
                    su.execute(
                        "UPDATE employees SET emergency_contact = %s WHERE id = %s",
                        (json.dumps(OLD_CONTACT), person.employee_id),
                    )
                su.execute(
                    "UPDATE users SET emergency_contact = %s WHERE id = %s",
                    (json.dumps(OLD_CONTACT), visitor.user_id),
                )
            migrate.upgrade(dsn, "head")
            yield People(dsn, clerk, visitor, hr, admin, changed)
    finally:
        drop_database(_admin, name)


def _psql(person, db_dsn) -> psycopg.Connection:
    from urllib.parse import quote, urlsplit

    parts = urlsplit(db_dsn)
    netloc = f"{quote(person.email, safe='')}:{person.password}@{parts.hostname}:{parts.port}"
    return psycopg.connect(parts._replace(netloc=netloc).geturl())


def test_a_login_whose_old_phone_is_of_another_shape_still_logs_in(people):
    clerk, visitor, db_dsn = people.clerk, people.visitor, people.dsn
    host, port, dbname = tcp_address(db_dsn)
    for person in (clerk, visitor):  # the review's repro 1 and 2
        logged_in = auth.login(host, port, dbname, person.email, person.password)
        logged_in.close()
    with psycopg.connect(db_dsn) as su:
        stamped = su.execute(
            "SELECT count(*) FROM users WHERE id = ANY(%s) AND last_login IS NOT NULL",
            ([clerk.user_id, visitor.user_id],),
        ).fetchone()
    assert stamped == (2,)


def test_hr_saves_the_employee_and_an_administrator_the_login(people):
    clerk, visitor, hr, admin, db_dsn = (
        people.clerk, people.visitor, people.hr, people.admin, people.dsn,
    )  # fmt: skip
    with _psql(hr, db_dsn) as by_hr:
        # The sync trigger writes the login, whose old phone stays unasked.
        by_hr.execute(
            "UPDATE employees SET position = 'Senior clerk' WHERE id = %s", (clerk.employee_id,)
        )
        # The contact's name changes, its old phone with it unchanged: not asked.
        renamed = {**OLD_CONTACT, "name": "Ana Uwera"}
        by_hr.execute(
            "UPDATE employees SET emergency_contact = %s WHERE id = %s",
            (json.dumps(renamed), clerk.employee_id),
        )
    with _psql(admin, db_dsn) as by_admin:
        for person in (clerk, visitor):
            by_admin.execute("SELECT dicel_change_role(%s, 'sales')", (person.email,))
    with psycopg.connect(db_dsn) as su:
        row = su.execute(
            "SELECT u.position, u.role, u.phone, u.emergency_contact FROM users u WHERE u.id = %s",
            (clerk.user_id,),
        ).fetchone()
    assert row == ("Senior clerk", "sales", OLD_PHONE, {**OLD_CONTACT, "name": "Ana Uwera"})


def test_a_new_or_changed_value_of_another_shape_is_still_refused(people):
    clerk, hr, admin, db_dsn = people.changed, people.hr, people.admin, people.dsn
    with _psql(admin, db_dsn) as by_admin:
        refused = refused_here(
            by_admin, "UPDATE users SET phone = '0788 123 4' WHERE id = %s", (clerk.user_id,)
        )
        assert refused.sqlstate == "DW035"
        assert explain(refused, table="users").params["field"] == "phone"
        by_admin.execute("UPDATE users SET phone = '0788 123 456' WHERE id = %s", (clerk.user_id,))
    with _psql(hr, db_dsn) as by_hr:
        changed = {**OLD_CONTACT, "phone": "0788 55 67"}
        refused = refused_here(
            by_hr,
            "UPDATE employees SET emergency_contact = %s WHERE id = %s",
            (json.dumps(changed), clerk.employee_id),
        )
        assert refused.sqlstate == "DW035"
        assert explain(refused, table="employees").code == "contact_phone_not_a_number"
        refused = refused_here(
            by_hr,
            "INSERT INTO employees (position, hire_date, salary, emergency_contact)"
            " VALUES ('Clerk', '2024-01-01', 500000, %s)",
            (json.dumps(OLD_CONTACT),),
        )
        assert refused.sqlstate == "DW035"
    with psycopg.connect(db_dsn) as su:  # the superuser too, as 0125
        refused = refused_here(su, "INSERT INTO leads (company_name, phone) VALUES ('X', '12')")
        assert refused.sqlstate == "DW035"


def test_a_refusal_on_the_login_met_from_an_employees_save_says_whose_field_it_is(db_dsn):
    with psycopg.connect(db_dsn) as su:
        refused = refused_here(
            su, "SELECT dicel_phone_checked('0788 123 45', 'users', 'phone', NULL)"
        )
    error = explain(refused, table="employees")
    assert error.code == "login_phone_not_a_number"
    assert "field" not in error.params  # not on HR's form: no field to mark
    assert error.message == (
        "The login's phone “0788 123 45” is not a phone number, and this save writes the"
        " login too. It is not on this form: an administrator corrects it on the user's"
        " record, then save again."
    )
    # On the login's own form it is the field's own sentence.
    assert explain(refused, table="users").code == "phone_not_a_number"
