"""Only an administrator changes an administrator's employment status or termination date
(migration 0067), as real logins. Migration 0057 refused HR only the ending of it (DW602):
HR still suspended an administrator, marked them on leave, or wrote their termination date
straight into the record, through the steps and with psql alike.
"""

from __future__ import annotations

import datetime as dt

import pytest
from flow_steps import refusal, row_of, take
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.domain.roles import Role
from dicel_desktop.services import cases, records

SAID = (
    "Only an administrator may change the employment status or termination date of "
    "Claude Nshuti, who administers DICEL."
)


@pytest.fixture
def office(logins):
    hr = logins.person(Role.HR)
    admin = logins.person(Role.ADMIN, first_name="Claude", last_name="Nshuti")
    other_admin = logins.person(Role.ADMIN)
    return hr, admin, other_admin


def _employment(logins, person) -> tuple:
    return row_of(logins, "employees", person.employee_id, "status", "termination_date")


@pytest.mark.parametrize("action", ["suspend", "start_leave"])
def test_hr_changes_no_administrators_status_by_a_step(logins, office, action):
    hr, admin, _other = office
    with hr.session() as session:
        stopped = cases.what_stops_step(session, "employees", action, admin.employee_id)
    assert stopped is not None and stopped.message == SAID
    refused = refusal(hr, "employees", action, admin.employee_id)
    assert (refused.code, refused.message) == ("administrator_employment_changed", SAID)
    assert _employment(logins, admin) == ("active", None)


@pytest.mark.parametrize(
    "change",
    [
        "SELECT dicel_suspend_employee(:e)",
        "SELECT dicel_start_leave_employee(:e)",
        # The status itself is written by the steps only (42501); the date is a column.
        "UPDATE employees SET termination_date = current_date WHERE id = :e",
    ],
    ids=["suspended", "on_leave", "termination_date"],
)
def test_hr_changes_no_administrators_employment_with_psql(logins, office, change):
    hr, admin, _other = office
    with pytest.raises(DBAPIError) as refused, hr.engine.begin() as conn:
        conn.execute(text(change), {"e": admin.employee_id})
    assert refused.value.orig.sqlstate == "DW603"
    assert _employment(logins, admin) == ("active", None)


def test_hr_writing_an_administrators_termination_date_in_the_form_is_told_why(logins, office):
    hr, admin, _other = office
    with hr.session() as session:
        record = records.load_record(session, "employees", hr.role, admin.employee_id)
    with hr.session() as session, pytest.raises(Exception) as refused:
        records.save_record(
            session, "employees", hr.role, admin.employee_id, record.version,
            {"termination_date": dt.date(2026, 12, 31)},
        )  # fmt: skip
    assert refused.value.message == SAID
    assert _employment(logins, admin) == ("active", None)


def test_ending_it_is_still_said_as_ending_it(logins, office):
    hr, admin, _other = office
    refused = refusal(hr, "employees", "terminate", admin.employee_id)
    assert refused.code == "administrator_employment"
    with pytest.raises(DBAPIError) as called, hr.engine.begin() as conn:
        conn.execute(text("SELECT dicel_terminate_employee(:e)"), {"e": admin.employee_id})
    assert called.value.orig.sqlstate == "DW602"
    assert _employment(logins, admin) == ("active", None)


def test_an_administrator_changes_it_and_hr_anyone_elses(logins, office):
    hr, admin, other_admin = office
    with other_admin.session() as session:
        assert cases.what_stops_step(session, "employees", "suspend", admin.employee_id) is None
    take(other_admin, "employees", "suspend", admin.employee_id)
    take(other_admin, "employees", "reinstate", admin.employee_id)
    with other_admin.engine.begin() as conn:
        conn.execute(
            text("UPDATE employees SET termination_date = '2027-01-31' WHERE id = :e"),
            {"e": admin.employee_id},
        )
    assert _employment(logins, admin) == ("active", dt.date(2027, 1, 31))

    staff = logins.person(Role.FINANCE)
    with hr.session() as session:
        assert cases.what_stops_step(session, "employees", "suspend", staff.employee_id) is None
    take(hr, "employees", "suspend", staff.employee_id)
    take(hr, "employees", "reinstate", staff.employee_id)
    take(hr, "employees", "start_leave", staff.employee_id)
    with hr.engine.begin() as conn:
        conn.execute(
            text("UPDATE employees SET termination_date = '2027-01-31' WHERE id = :e"),
            {"e": staff.employee_id},
        )
    assert _employment(logins, staff) == ("on_leave", dt.date(2027, 1, 31))
