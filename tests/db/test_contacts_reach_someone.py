"""One emergency contact, the employee's, and phones and e-mails of their shape
(migration 0125, contact35).

Real logins on the demo company as psql would connect them, each attempt rolled back;
the migration's reconciliation on a database of the test's own, taken back to 0124.
"""

from __future__ import annotations

import json
import logging
import random

import psycopg
import pytest
from helpers import refused_here

from dicel_desktop.db import migrate
from dicel_desktop.domain.contact_rules import (
    CONTACT_COLUMNS,
    EMAIL_COLUMNS,
    EMAIL_SAMPLES,
    PHONE_COLUMNS,
    PHONE_SAMPLES,
    contact_gap,
    contact_lacks_both,
    email_cause,
    email_fits,
    phone_cause,
    phone_fits,
    shape_trigger_name,
)
from dicel_desktop.services.db_errors import explain
from dicel_desktop.services.form_rules import validate
from dicel_desktop.services.forms import form_spec

HR = "aline.uwase@dicel.rw"
ADMIN = "jean.mugabo@dicel.rw"
SALES = "grace.uwimana@dicel.rw"
CLIENT = "emmanuel.nshimiyimana@dicel.rw"
EMPLOYEE = "josiane.murekatete@dicel.rw"
REVISION = "0125_one_emergency_contact_and_phones_and_e_mails_of_their_shape"


@pytest.fixture
def login(psql_login):
    return psql_login


def validate_contact(contact):
    """The form's sentence for ``contact`` typed on HR's employee form, before saving."""
    spec = form_spec("employees", "hr")
    checked = validate(spec, {"emergency_contact": contact}, new=False, loaded={})
    return checked["emergency_contact"]


def _texts(alphabet: str, count: int, seed: int) -> list[str]:
    """``count`` texts of up to 18 characters of ``alphabet``, the same every run."""
    rng = random.Random(seed)
    return ["".join(rng.choices(alphabet, k=rng.randint(0, 18))) for _ in range(count)]


# --------------------------------------------------------------------------- one rule


def test_the_database_reads_a_phone_and_an_e_mail_as_the_window_does(demo_dsn):
    phones = [t for t, _ in PHONE_SAMPLES] + _texts("0123456789+ ().-/x2", 600, 35)
    emails = [t for t, _ in EMAIL_SAMPLES] + _texts("ab.@-_+'Z9 éİ\u212a", 600, 36)
    with psycopg.connect(demo_dsn) as su:
        in_db = su.execute(
            "SELECT array_agg(public.dicel_phone_fits(p) ORDER BY n)"
            " FROM unnest(%s::text[]) WITH ORDINALITY AS t(p, n)",
            (phones,),
        ).fetchone()[0]
        assert dict(zip(phones, in_db, strict=True)) == {p: phone_fits(p) for p in phones}
        in_db = su.execute(
            "SELECT array_agg(public.dicel_email_fits(e) ORDER BY n)"
            " FROM unnest(%s::text[]) WITH ORDINALITY AS t(e, n)",
            (emails,),
        ).fetchone()[0]
        assert dict(zip(emails, in_db, strict=True)) == {e: email_fits(e) for e in emails}
    assert [t for t, fits in PHONE_SAMPLES if phone_fits(t) != fits] == []
    assert [t for t, fits in EMAIL_SAMPLES if email_fits(t) != fits] == []


#: (text, why it is no phone number) as both sides say it (migration 0132, eye35 §4).
PHONE_CAUSE_SAMPLES = (
    ("0788 123 45", "national_digits"),
    ("00250788123456", "double_zero"),
    ("0788-ABC", "letters"),
    ("+250 788 123 456 / 0722 123 456", "two_numbers"),
    ("0788123456, 0722123456", "two_numbers"),
    ("+250 788 123 45", "country_digits"),
    ("78812345", "no_country_code"),
    ("788123456", "no_country_code"),
    ("+0788123456", "plus_zero"),
    ("123456", "digit_count"),
    # Each slip of the marks its own cause (migration 0134; one, "marks", in 0132).
    ("0788)123(456", "brackets"),
    ("(0788) (123) 456", "brackets"),
    ("0788 () 123456", "brackets"),
    ("0788#123456", "stray_mark"),
    ("0788\t123456", "stray_mark"),
    ("0788 123 456 ext", "letters"),
    ("0788+123456", "plus_inside"),
    ("0788 123 456 ", "blank_end"),
    (" +250 788 123 456", "blank_end"),
    ("-0788 123 456", "ends"),
    ("0788 123 456.", "ends"),
    ("+ 250 788 123 456", "ends"),
    ("(+250) 788 123 456", None),
)


def test_the_database_says_why_a_phone_is_refused_as_the_window_does(demo_dsn):
    """Eye35 §4: "not a phone number" alone left the clerk counting digits. The cause is
    one code, the same on both sides, for the samples and generated texts."""
    phones = [t for t, _ in (*PHONE_SAMPLES, *PHONE_CAUSE_SAMPLES)]
    phones += _texts("0123456789+ ().-/,x2", 600, 131)
    emails = [t for t, _ in EMAIL_SAMPLES] + ["a@b.rw, c@d.rw", "a@b.rw c@d.rw", "@@"]
    emails += _texts("ab.@-_+,Z9 é", 300, 132)
    with psycopg.connect(demo_dsn) as su:
        in_db = su.execute(
            "SELECT array_agg(public.dicel_phone_cause(p) ORDER BY n)"
            " FROM unnest(%s::text[]) WITH ORDINALITY AS t(p, n)",
            (phones,),
        ).fetchone()[0]
        assert dict(zip(phones, in_db, strict=True)) == {p: phone_cause(p) for p in phones}
        in_db = su.execute(
            "SELECT array_agg(public.dicel_email_cause(e) ORDER BY n)"
            " FROM unnest(%s::text[]) WITH ORDINALITY AS t(e, n)",
            (emails,),
        ).fetchone()[0]
        assert dict(zip(emails, in_db, strict=True)) == {e: email_cause(e) for e in emails}
    assert {t: phone_cause(t) for t, _ in PHONE_CAUSE_SAMPLES} == dict(PHONE_CAUSE_SAMPLES)
    assert email_cause("sales@ikaze-uniforms.rw, info@ikaze.rw") == "two_addresses"


def test_a_refused_phone_says_why_in_psql_and_in_the_window(login):
    """Eye35 §4: DW035's DETAIL gives the cause, so psql shows it and the window's
    sentence after a refusal is the one it says before saving."""
    client = login(CLIENT)
    refused = refused_here(
        client, "INSERT INTO clients (company_name, phone) VALUES ('Ikaze', '00250788123456')"
    )
    assert refused.sqlstate == "DW035"
    assert json.loads(refused.diag.message_detail)["cause"] == "double_zero"
    assert "(double_zero)" in refused.diag.message_primary
    error = explain(refused, table="clients")
    assert "is not a phone number (00 at the start: write + instead): type" in error.message
    refused = refused_here(
        client,
        "INSERT INTO clients (company_name, email) VALUES ('Ikaze', 'a@ikaze.rw, b@ikaze.rw')",
    )
    assert json.loads(refused.diag.message_detail)["cause"] == "two_addresses"
    assert "(two addresses: one per box)" in explain(refused, table="clients").message
    # The form letterheads print is a number.
    client.execute(
        "INSERT INTO clients (company_name, phone) VALUES ('Ikaze', '(+250) 788 123 456')"
    )


def test_an_emergency_contact_needs_a_name_and_a_phone(login, demo_dsn):
    """Eye35 §5: HR blanked a contact's name and "Brother · +250 795 708 361" was saved;
    blanked its phone, and a mother no one could reach. A new or changed contact with
    anything in it has both (DW031); a relationship stays optional; a contact stored
    without a name stays while nobody changes it."""
    hr = login(HR)
    update = (
        "UPDATE employees SET emergency_contact = %s::jsonb"
        " WHERE user_id = (SELECT id FROM users WHERE email = %s)"
    )
    cases = (
        ({"phone": "+250 795 708 361", "relationship": "Brother"}, "contact_without_name"),
        ({"name": " ", "phone": "+250 795 708 361"}, "contact_without_name"),
        ({"name": "Liliane Mazimpaka", "relationship": "Mother"}, "contact_without_phone"),
        ({"name": "Liliane", "phone": None}, "contact_without_phone"),
        # Review35c F6: neither, said at once (not the phone, then the name), marked on
        # the name line, where the typing starts.
        ({"relationship": "Mother"}, "contact_without_name_or_phone"),
        ({"name": " ", "relationship": "Mother"}, "contact_without_name_or_phone"),
    )
    for contact, code in cases:
        refused = refused_here(hr, update, (json.dumps(contact), EMPLOYEE))
        assert refused.sqlstate == "DW031", contact
        error = explain(refused, table="employees")
        assert (error.code, error.params["field"]) == (code, "emergency_contact"), contact
        both = code == "contact_without_name_or_phone"
        assert contact_lacks_both(contact) is both
        assert contact_gap(contact) == ("phone" if code.endswith("phone") else "name")
        assert error.params["part"] == ("name" if both else contact_gap(contact))
        assert validate_contact(contact).code == code, contact
    for contact in (
        {"name": "Liliane", "phone": "0788 123 456"},
        {"name": "Liliane", "phone": "0788 123 456", "relationship": "Mother"},
        {},
        {"name": " ", "relationship": "\n"},  # blanks: no contact
    ):
        hr.execute("SAVEPOINT kept")
        hr.execute(update, (json.dumps(contact), EMPLOYEE))
        hr.execute("ROLLBACK TO SAVEPOINT kept")
        assert contact_gap(contact) is None
    with psycopg.connect(demo_dsn) as su:
        su.execute("SET session_replication_role = replica")  # stored before 0132
        su.execute(update, (json.dumps({"phone": "0788 123 456"}), EMPLOYEE))
        su.execute(  # and the login's copy, as the sync trigger keeps it
            "UPDATE users SET emergency_contact = %s::jsonb WHERE email = %s",
            (json.dumps({"phone": "0788 123 456"}), EMPLOYEE),
        )
        su.execute("SET session_replication_role = origin")
        # The contact written again unchanged, with another field: the old contact is
        # not asked (the trigger fires, UPDATE OF emergency_contact, and lets it pass).
        su.execute(
            "UPDATE employees SET emergency_contact = emergency_contact,"
            " position = position || '' WHERE user_id = (SELECT id FROM users WHERE email = %s)",
            (EMPLOYEE,),
        )
        # A name corrected, its phone stored before 0130 kept: only the name is asked.
        old = {"name": "Liliane", "phone": "788 123 456", "relationship": "Mother"}
        su.execute("SET session_replication_role = replica")
        su.execute(update, (json.dumps(old), EMPLOYEE))
        su.execute("SET session_replication_role = origin")
        su.execute(update, (json.dumps({**old, "name": "Liliane Mazimpaka"}), EMPLOYEE))
        with pytest.raises(psycopg.Error) as changed:
            su.execute(update, (json.dumps({"phone": "0788 123 457"}), EMPLOYEE))
        assert changed.value.sqlstate == "DW031"
        su.rollback()


_VERIFIER = "SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy"


@pytest.mark.parametrize(
    "contact",
    [
        {"phone": "0788 123 456", "relationship": "Brother"},  # stored before 0132
        {"name": "Liliane", "phone": "788 123 456", "relationship": "Mother"},  # before 0130
    ],
)
def test_a_login_is_made_for_an_employee_with_an_old_contact(demo_dsn, contact):
    """Review35c F1: ``dicel_create_user`` links the employee record, the sync copies its
    contact onto the login, and 0132's trigger asked that copy as a new contact: the
    administrator, whose New user dialog has no contact, was told to type a name. The
    login's copy is HR's (0125) and is not asked again (0133); HR's write still is."""
    with psycopg.connect(demo_dsn) as conn:
        conn.execute("SET session_replication_role = replica")  # stored before 0130/0132
        number = conn.execute(
            "INSERT INTO employees (position, hire_date, salary, emergency_contact)"
            " VALUES ('Driver', '2020-01-01', 300000, %s::jsonb) RETURNING employee_number",
            (json.dumps(contact),),
        ).fetchone()[0]
        conn.execute("SET session_replication_role = origin")
        conn.execute(f'SET SESSION AUTHORIZATION "{ADMIN}"')
        conn.execute(
            "SELECT dicel_create_user(%s, %s, 'Test', 'Driver', 'employee', NULL, %s, NULL)",
            ("old.contact@dicel.rw", _VERIFIER, number),
        )
        conn.execute("RESET SESSION AUTHORIZATION")
        (copied,) = conn.execute(
            "SELECT emergency_contact FROM users WHERE email = 'old.contact@dicel.rw'"
        ).fetchone()
        assert copied == contact
        # HR changing that contact is still asked, on the employee record.
        conn.execute(f'SET SESSION AUTHORIZATION "{HR}"')
        with pytest.raises(psycopg.Error) as changed:
            conn.execute(
                "UPDATE employees SET emergency_contact = %s::jsonb WHERE employee_number = %s",
                (json.dumps({**contact, "relationship": "Cousin", "phone": "788 123 457"}), number),
            )
        assert changed.value.sqlstate in ("DW031", "DW035")
        assert changed.value.diag.table_name == "employees"
        conn.rollback()


def test_every_phone_and_e_mail_column_of_the_models_is_held_to_its_shape(demo_dsn):
    from dicel_desktop.db.models import Base

    columns = {
        (table.name, column.name)
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if column.name in ("phone", "email", "emergency_contact")
    }
    assert columns - {("users", "email")} == {*PHONE_COLUMNS, *EMAIL_COLUMNS, *CONTACT_COLUMNS}
    _0125 = migrate.earlier_revision(REVISION)
    assert (_0125.PHONE_COLUMNS, _0125.EMAIL_COLUMNS, _0125.CONTACT_COLUMNS) == (
        PHONE_COLUMNS,
        EMAIL_COLUMNS,
        CONTACT_COLUMNS,
    )
    with psycopg.connect(demo_dsn) as su:
        tables = {t for t, _c in (*PHONE_COLUMNS, *EMAIL_COLUMNS, *CONTACT_COLUMNS)}
        triggers = su.execute(
            "SELECT tgrelid::regclass::text, tgargs FROM pg_trigger"
            " WHERE tgname::text = ANY(%s) AND NOT tgisinternal",
            ([shape_trigger_name(t) for t in tables],),
        ).fetchall()
        asked = {
            (table, column)
            for table, arguments in triggers
            for column in bytes(arguments).decode().split("\x00")
            if column
        }
        # Since migration 0130 a trigger per table asks each on a new or changed value;
        # since 0133 not the login's copy of the contact, which the sync alone writes
        # from the employee's (review35c F1).
        assert asked == {*PHONE_COLUMNS, *EMAIL_COLUMNS, *CONTACT_COLUMNS} - {
            ("users", "emergency_contact")
        }
        # The demo company passes every rule (it is loaded with triggers off).
        for table, column in (*PHONE_COLUMNS, *EMAIL_COLUMNS):
            stored = su.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL")
            fits = phone_fits if column == "phone" else email_fits
            assert [v for (v,) in stored if not fits(v)] == [], (table, column)
        for table, column in CONTACT_COLUMNS:
            stored = su.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL")
            contacts = [c for (c,) in stored]
            assert [c for c in contacts if not phone_fits(_part(c, "phone"))] == [], table
            assert [c for c in contacts if not email_fits(_part(c, "email"))] == [], table
            assert [c for c in contacts if contact_gap(c) is not None] == [], table


def _part(contact, key: str) -> str | None:
    value = contact.get(key) if isinstance(contact, dict) else None
    return None if value is None else str(value)


# --------------------------------------------------------------------------- refusals


def test_a_lead_with_a_rwandan_number_a_digit_short_is_refused_naming_the_field(login):
    sales = login(SALES)
    refused = refused_here(
        sales,
        "UPDATE leads SET phone = '0788 123 45'"
        " WHERE id = (SELECT id FROM leads WHERE status = 'new' ORDER BY lead_number LIMIT 1)",
    )
    assert refused.sqlstate == "DW035"
    error = explain(refused, table="leads")
    assert error.code == "phone_not_a_number"
    assert error.params["field"] == "phone"
    assert error.message == (
        "Phone “0788 123 45” is not a phone number (9 digits: a number starting with 0 has"
        " 10): type a Rwandan number like +250 788 123 456 or 0788 123 456, or a foreign"
        " one with its country code, like +254 712 345 678."
    )
    # A number of its shape is kept.
    sales.execute(
        "UPDATE leads SET phone = '+254 712 345 678'"
        " WHERE id = (SELECT id FROM leads WHERE status = 'new' ORDER BY lead_number LIMIT 1)"
    )


def test_a_clients_e_mail_without_its_domain_is_refused(login):
    client = login(CLIENT)
    refused = refused_here(
        client,
        "INSERT INTO clients (company_name, email) VALUES ('Akagera Traders', 'info@akagera')",
    )
    assert refused.sqlstate == "DW036"
    error = explain(refused, table="clients")
    assert error.code == "email_not_an_address"
    assert error.params["field"] == "email"
    assert "“info@akagera” is not an e-mail address:" in error.message
    client.execute(
        "INSERT INTO clients (company_name, email, phone)"
        " VALUES ('Akagera Traders', 'Info@Akagera.rw', '0788 123 456')"
    )


def test_an_emergency_contacts_phone_is_a_phone_number_whoever_writes_it(login, demo_dsn):
    hr = login(HR)
    bad = json.dumps({"name": "Ana", "relationship": "Sister", "phone": "ask at reception"})
    update = (
        "UPDATE employees SET emergency_contact = %s::jsonb"
        " WHERE user_id = (SELECT id FROM users WHERE email = %s)"
    )
    refused = refused_here(hr, update, (bad, EMPLOYEE))
    assert refused.sqlstate == "DW035"
    error = explain(refused, table="employees")
    assert error.code == "contact_phone_not_a_number"
    assert error.params["field"] == "emergency_contact"
    assert error.message.startswith(
        "The emergency contact's phone “ask at reception” is not a phone number"
    )
    with psycopg.connect(demo_dsn) as su:  # the superuser too: the demo writes this shape
        su.execute("SAVEPOINT attempt")
        with pytest.raises(psycopg.Error) as by_superuser:
            su.execute(
                "UPDATE security_guards SET emergency_contact ="
                ' \'{"name": "Ana", "phone": "12"}\''
                " WHERE id = (SELECT id FROM security_guards LIMIT 1)"
            )
        assert by_superuser.value.sqlstate == "DW035"
        su.execute("ROLLBACK TO SAVEPOINT attempt")
        with pytest.raises(psycopg.Error) as email:
            su.execute(
                # The employee's (since 0133 the login's copy is the sync's, not asked).
                "UPDATE employees SET emergency_contact ="
                ' \'{"name": "Ana", "phone": "0788 123 456", "email": "ana@"}\''
                " WHERE user_id = (SELECT id FROM users WHERE email = %s)",
                (ADMIN,),
            )
        assert email.value.sqlstate == "DW036"
        assert explain(email.value).code == "contact_email_not_an_address"
        su.rollback()


# --------------------------------------------------------------------------- one contact


def test_the_users_copy_follows_the_employees_and_no_one_writes_it_by_hand(login):
    hr, admin = login(HR), login(ADMIN)
    contact = {"name": "Ana Uwera", "relationship": "Sister", "phone": "+254 712 345 678"}
    hr.execute(
        "UPDATE employees SET emergency_contact = %s::jsonb"
        " WHERE user_id = (SELECT id FROM users WHERE email = %s)",
        (json.dumps(contact), EMPLOYEE),
    )
    (copy,) = hr.execute(
        "SELECT emergency_contact FROM users WHERE email = %s", (EMPLOYEE,)
    ).fetchone()
    assert copy == contact
    refused = refused_here(
        admin,
        'UPDATE users SET emergency_contact = \'{"name": "Someone else"}\' WHERE email = %s',
        (EMPLOYEE,),
    )
    assert refused.sqlstate == "42501"


# --------------------------------------------------------------------------- the upgrade


def _person(su, email: str, user_contact, employee_contact=None, *, employee: bool = True):
    (user_id,) = su.execute(
        "INSERT INTO users (email, password_hash, first_name, last_name, role, emergency_contact)"
        " VALUES (%s, 'x', 'A', 'B', 'employee', %s) RETURNING id",
        (email, None if user_contact is None else json.dumps(user_contact)),
    ).fetchone()
    if employee:
        su.execute(
            "INSERT INTO employees (user_id, position, hire_date, salary, emergency_contact)"
            " VALUES (%s, 'Clerk', '2024-01-01', 500000, %s)",
            (user_id, None if employee_contact is None else json.dumps(employee_contact)),
        )
    return user_id


def test_the_upgrade_gives_each_user_their_employees_contact_and_keeps_old_numbers(db_dsn, caplog):
    ana = {"name": "Ana", "phone": "+250 788 100 200"}
    eric = {"name": "Eric", "phone": "+250 788 300 400"}
    migrate.downgrade(db_dsn, "0124")
    with psycopg.connect(db_dsn) as su:
        both = _person(su, "both@dicel.rw", eric, ana)
        only_user = _person(su, "only.user@dicel.rw", eric, None)
        no_employee = _person(su, "no.employee@dicel.rw", eric, employee=False)
        su.execute(
            "INSERT INTO clients (company_name, phone, email)"
            " VALUES ('Old Client', 'call the office', 'old@client.rw')"
        )
    with caplog.at_level(logging.WARNING, logger="alembic.runtime.migration"):
        migrate.upgrade(db_dsn, "0125")
    with psycopg.connect(db_dsn) as su:
        contacts = {
            user: (own, employees)
            for user, own, employees in su.execute(
                "SELECT u.id, u.emergency_contact, e.emergency_contact FROM users u"
                " LEFT JOIN employees e ON e.user_id = u.id WHERE u.id = ANY(%s)",
                ([both, only_user, no_employee],),
            ).fetchall()
        }
        assert contacts[both] == (ana, ana)  # both set: the employee's wins
        assert contacts[only_user] == (eric, eric)  # the employee takes the user's
        assert contacts[no_employee] == (eric, None)  # no HR record: kept as it is
        validated = dict(
            su.execute(
                "SELECT conname::text, convalidated FROM pg_constraint WHERE conname = ANY(%s)",
                (["ck_clients_phone_shape", "ck_clients_email_shape"],),
            ).fetchall()
        )
        # The old number stays, its CHECK on new writes only; the clean one is validated.
        assert validated == {"ck_clients_phone_shape": False, "ck_clients_email_shape": True}
        assert su.execute(
            "SELECT phone FROM clients WHERE company_name = 'Old Client'"
        ).fetchone() == ("call the office",)
        with pytest.raises(psycopg.Error) as new_write:
            su.execute("INSERT INTO clients (company_name, phone) VALUES ('New Client', 'call me')")
        assert new_write.value.sqlstate == "DW035"
    said = caplog.text
    assert "1 employee(s) took their login's contact" in said
    assert "1 login(s) now show their employee record's contact" in said
    assert "clients: 1 row(s) hold a phone number or e-mail address of another shape" in said


def test_the_downgrade_gives_0124s_sync_back(db_dsn):
    definition = (
        "SELECT pg_get_functiondef('public.dicel_sync_user_from_employee()'::regprocedure),"
        " pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = 'employees_sync_user'"
    )
    with psycopg.connect(db_dsn) as su:
        at_head = su.execute(definition).fetchone()
    assert "emergency_contact" in at_head[0] and "emergency_contact" in at_head[1]
    migrate.downgrade(db_dsn, "0124")
    with psycopg.connect(db_dsn) as su:
        at_0124 = su.execute(definition).fetchone()
        assert "emergency_contact" not in at_0124[0] + at_0124[1]
        assert "pg_temp" in at_0124[0]
        assert su.execute(
            "SELECT count(*) FROM pg_proc WHERE proname LIKE 'dicel\\_%%\\_fits'"
            " AND proname IN ('dicel_phone_fits', 'dicel_email_fits')"
        ).fetchone() == (0,)
    migrate.upgrade(db_dsn, "head")
    with psycopg.connect(db_dsn) as su:
        assert su.execute(definition).fetchone() == at_head


def test_0132s_downgrade_gives_0130s_rules_back(db_dsn):
    """0132 down: no cause functions, "(+250) …" refused again, a contact without a name
    taken; up again: the same functions as at head."""
    definitions = (
        "SELECT p.oid::regprocedure::text, pg_get_functiondef(p.oid) FROM pg_proc p"
        " WHERE p.proname IN ('dicel_phone_fits', 'dicel_phone_checked', 'dicel_email_checked',"
        " 'dicel_contact_shapes', 'dicel_phone_cause', 'dicel_email_cause') ORDER BY 1"
    )
    with psycopg.connect(db_dsn) as su:
        at_head = su.execute(definitions).fetchall()
    assert len(at_head) == 6
    migrate.downgrade(db_dsn, "0130")
    with psycopg.connect(db_dsn) as su:
        assert [name for name, _ in su.execute(definitions)] == [
            "dicel_contact_shapes()",
            "dicel_email_checked(text,text,text,text)",
            "dicel_phone_checked(text,text,text,text)",
            "dicel_phone_fits(text)",
        ]
        assert su.execute("SELECT dicel_phone_fits('(+250) 788 123 456')").fetchone() == (False,)
        su.execute(
            'UPDATE employees SET emergency_contact = \'{"phone": "0788 123 456"}\''
            " WHERE id = (SELECT id FROM employees LIMIT 1)"
        )
        su.rollback()
    migrate.upgrade(db_dsn, "head")
    with psycopg.connect(db_dsn) as su:
        assert su.execute(definitions).fetchall() == at_head
