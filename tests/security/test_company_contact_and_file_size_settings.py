"""Migration 0129, as the admin login with psql's statements: the company's phone and
e-mail settings (printed on every invoice) are held to the phone and e-mail rules of
0125, and the largest file an upload takes (documents.max_size_mb) is from 0.001 to
100 MB. Refused from psql and said by the settings form before saving, in the same
sentences; what was stored stays."""

from __future__ import annotations

import pytest
from logins import open_logins
from sqlalchemy import text

from dicel_desktop.domain.roles import Role
from dicel_desktop.services import db_errors, records
from dicel_desktop.services.form_rules import validate
from dicel_desktop.services.forms import form_spec

UPSERT = (
    "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
    " VALUES (%s, %s, %s) ON CONFLICT (setting_key)"
    " DO UPDATE SET setting_value = excluded.setting_value"
)
SEEDED = (
    ("company.phone", "+250 252 500 100", "string"),
    ("company.email", "info@dicel.rw", "string"),
    ("documents.max_size_mb", "25", "number"),
)


@pytest.fixture
def logins(db_dsn):
    yield from open_logins(db_dsn)


@pytest.fixture
def jean(logins):
    admin = logins.person(Role.ADMIN, first_name="Jean", last_name="Mugabo")
    with logins.superuser().begin() as conn:
        for row in SEEDED:
            conn.exec_driver_sql(UPSERT, row)
    return admin


def _value(logins, key: str) -> str:
    with logins.superuser().connect() as conn:
        return conn.scalar(
            text("SELECT setting_value FROM system_settings WHERE setting_key = :k"), {"k": key}
        )


def test_psql_cannot_give_the_company_a_phone_or_e_mail_of_another_shape(logins, jean):
    refused = jean.refusal(UPSERT, "company.phone", "0788 123 45", "string")
    assert refused is not None and refused.sqlstate == "DW035"
    error = db_errors.explain(refused, table="system_settings")
    assert error.params["field"] == "setting_value"
    assert error.message == (
        "Setting value “0788 123 45” is not a phone number (9 digits: a number starting"
        " with 0 has 10): type a Rwandan number like +250 788 123 456 or 0788 123 456, or a"
        " foreign one with its country code, like +254 712 345 678."
    )
    for value in ("call the office", " ", "+250 788 123 456 ext 2"):
        assert jean.refusal(UPSERT, "company.phone", value, "string").sqlstate == "DW035"
    for value in ("info@dicel", "info at dicel.rw", " "):
        refused = jean.refusal(UPSERT, "company.email", value, "string")
        assert refused is not None and refused.sqlstate == "DW036", value
        assert "is not an e-mail address" in db_errors.explain(refused).message
    assert _value(logins, "company.phone") == "+250 252 500 100"
    assert _value(logins, "company.email") == "info@dicel.rw"
    # Numbers and addresses of their shape are kept; other string settings stay free.
    assert jean.refusal(UPSERT, "company.phone", "0788 123 456", "string") is None
    assert jean.refusal(UPSERT, "company.email", "Info@DICEL.rw", "string") is None
    assert jean.refusal(UPSERT, "company.name", "call the office", "string") is None


def test_psql_cannot_set_a_file_size_that_takes_no_file_or_too_big_a_one(logins, jean):
    for value in ("0", "-1", "0.0009", "100.5", "1000000000", "99999999999999"):
        refused = jean.refusal(UPSERT, "documents.max_size_mb", value, "number")
        assert refused is not None and refused.sqlstate == "23514", value
        assert refused.diag.constraint_name == "ck_system_settings_setting_value_in_bounds"
        assert "from 0.001 to 100 MB" in db_errors.explain(refused).message
    assert _value(logins, "documents.max_size_mb") == "25"
    for value in ("0.001", "0.5", "100"):
        assert jean.refusal(UPSERT, "documents.max_size_mb", value, "number") is None, value


def _setting(logins, jean, key: str):
    with logins.superuser().connect() as conn:
        setting = conn.scalar(
            text("SELECT id FROM system_settings WHERE setting_key = :k"), {"k": key}
        )
    return setting, jean.call(records.load_record, "system_settings", Role.ADMIN, setting)


def test_the_settings_form_says_it_before_saving(logins, jean):
    form = form_spec("system_settings", Role.ADMIN)
    _id, phone = _setting(logins, jean, "company.phone")
    checked = validate(form, {**phone.values, "setting_value": "0788 123 45"}, new=False)
    # The company's phone, not "Setting value" (eye35 §8), and why (eye35 §4).
    assert checked["setting_value"].message == (
        "The company's phone “0788 123 45” is not a phone number (9 digits: a number"
        " starting with 0 has 10): type a Rwandan number like +250 788 123 456 or"
        " 0788 123 456, or a foreign one with its country code, like +254 712 345 678."
    )
    assert "setting_value" not in validate(
        form, {**phone.values, "setting_value": "+250 788 123 456"}, new=False
    )
    _id, email = _setting(logins, jean, "company.email")
    checked = validate(form, {**email.values, "setting_value": "info@dicel"}, new=False)
    assert checked["setting_value"].message.startswith(
        "The company's e-mail “info@dicel” is not an e-mail address"
    )
    setting, size = _setting(logins, jean, "documents.max_size_mb")
    checked = validate(form, {**size.values, "setting_value": "0"}, new=False)
    assert checked["setting_value"].message == (
        "The largest file size takes a value from 0.001 to 100."
    )
    # The database's own refusal, should the form be passed, reaches the field too.
    error = jean.refused(
        records.save_record,
        "system_settings",
        Role.ADMIN,
        setting,
        size.version,
        {"setting_value": "0"},
    )
    assert error.params.get("field") == "setting_value"
    assert _value(logins, "documents.max_size_mb") == "25"
