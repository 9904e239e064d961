"""Migration 0126, as the admin login with psql's statements: a leave allowance, and how
far back a leave request may start, are whole days from 0 to 366. 1000 days of annual
leave was taken, and 18.5; 99999999999 days back stopped every leave request on a bare
integer overflow. Refused from psql and said by the form before saving, in the
administrator's words; 366 (the inbox benchmark's) and 0 are taken."""

from __future__ import annotations

import pytest
from logins import open_logins
from sqlalchemy import text

from dicel_desktop.domain.roles import Role
from dicel_desktop.services import db_errors, records
from dicel_desktop.services.form_rules import validate
from dicel_desktop.services.forms import form_spec

CHECK = "ck_system_settings_setting_value_in_bounds"
UPSERT = (
    "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
    " VALUES (%s, %s, 'number') ON CONFLICT (setting_key)"
    " DO UPDATE SET setting_value = excluded.setting_value"
)
KEYS = ("leave.allowance.annual", "leave.allowance.maternity", "leave.max_days_in_past")


@pytest.fixture
def logins(db_dsn):
    yield from open_logins(db_dsn)


@pytest.fixture
def jean(logins):
    admin = logins.person(Role.ADMIN, first_name="Jean", last_name="Mugabo")
    with logins.superuser().begin() as conn:
        for key in KEYS:
            conn.exec_driver_sql(UPSERT, (key, "18"))
    return admin


def _value(logins, key: str) -> str:
    with logins.superuser().connect() as conn:
        return conn.scalar(
            text("SELECT setting_value FROM system_settings WHERE setting_key = :k"), {"k": key}
        )


def test_psql_cannot_set_leave_past_a_year_or_between_days(logins, jean):
    for key in KEYS:
        for value in ("367", "1000", "18.5", "-1", "99999999999"):
            refused = jean.refusal(UPSERT, key, value)
            assert refused is not None and refused.sqlstate == "23514", (key, value)
            assert refused.diag.constraint_name == CHECK
            assert "whole number of days from 0 to 366" in db_errors.explain(refused).message
            assert _value(logins, key) == "18"
    # A year of whole days is taken, a leap year's too (the inbox benchmark sets 366).
    for key in KEYS:
        for value in ("366", "0", "18.0"):
            assert jean.refusal(UPSERT, key, value) is None, (key, value)
            assert _value(logins, key) == value
    # The payment terms and the minute counts nothing reads keep no ceiling.
    for key, value in (("invoice.payment_terms_days", "400"), ("attendance.grace_minutes", "2000")):
        assert jean.refusal(UPSERT, key, value) is None, key


def test_the_form_says_the_bound_before_saving(logins, jean):
    form = form_spec("system_settings", Role.ADMIN)
    with logins.superuser().connect() as conn:
        setting = conn.scalar(
            text("SELECT id FROM system_settings WHERE setting_key = 'leave.allowance.annual'")
        )
    record = jean.call(records.load_record, "system_settings", Role.ADMIN, setting)
    for value in ("1000", "18.5"):
        checked = validate(form, {**record.values, "setting_value": value}, new=False)
        # Named by what it is, under its purpose, not by its key (eye35 §8).
        assert checked["setting_value"].message == (
            "This allowance takes a whole number of days from 0 to 366: "
            "leave is counted in whole days, and a year has at most 366."
        )
    assert "setting_value" not in validate(
        form, {**record.values, "setting_value": "366"}, new=False
    )
    # The database's own refusal, should the form be passed, reaches the field too.
    error = jean.refused(
        records.save_record,
        "system_settings",
        Role.ADMIN,
        setting,
        record.version,
        {"setting_value": "1000"},
    )
    assert error.params.get("field") == "setting_value"
    assert _value(logins, "leave.allowance.annual") == "18"
