"""Four holes a psql review found, closed by migration 0057, as real logins: an employee
read the drafts of their own performance review in its history; whoever reinstated
someone approved the run that paid them; HR changed their own bank details and hire
date; HR ended an administrator's employment, locking their login out for good."""

from __future__ import annotations

import json
import uuid
from decimal import Decimal

import pytest
from finance_data import setting, sql_value
from flow_steps import refusal, row_of, take
from helpers import last_march
from logins import Person, new_review
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import cases, inbox, payroll
from dicel_desktop.services.db_errors import explain
from dicel_desktop.services.history import named_history, record_history

REVIEWS = "performance_reviews"
SECRET = "DRAFT SECRET: put on PIP"
MARCH = last_march()
# The April after it: begun at least, so payroll may run for it.
APRIL = (MARCH[0].replace(month=4), MARCH[0].replace(month=4, day=30))


# --------------------------------------------------------------------------- H1 history


def _raw_history(person: Person, record: uuid.UUID) -> list[tuple]:
    """(action, old_values, new_values) of ``record``'s history as ``person`` runs it."""
    with person.engine.connect() as conn:
        return [
            tuple(row)
            for row in conn.execute(
                text(
                    "SELECT action, old_values, new_values"
                    " FROM dicel_record_history('performance_reviews', :id)"
                ),
                {"id": record},
            )
        ]


def _write(hr: Person, review: uuid.UUID, words: str) -> None:
    with hr.engine.begin() as conn:
        conn.execute(
            text("UPDATE performance_reviews SET recommendations = :w WHERE id = :id"),
            {"w": words, "id": review},
        )


def test_an_employee_reads_no_draft_of_their_review_in_its_history(logins):
    boss = logins.person(Role.EMPLOYEE)
    clerk = logins.person(Role.EMPLOYEE, supervisor=boss)
    hr = logins.person(Role.HR)
    review = new_review(hr, clerk)
    _write(hr, review, SECRET)
    _write(hr, review, "Keep leading the Huye office.")
    take(hr, REVIEWS, "share", review)

    seen = _raw_history(clerk, review)
    assert SECRET not in json.dumps(seen, default=str)
    # The share alone, without what it replaced; not the INSERT nor the drafts' UPDATEs.
    ((action, old, new),) = seen
    assert (action, old, new["status"]) == ("UPDATE", None, "submitted")

    # What the record window's History panel reads (services.history).
    with clerk.session() as session:
        entries = named_history(session, REVIEWS, review).entries
    assert [(e.action, [(c.column, c.old, c.new) for c in e.changes]) for e in entries] == [
        ("UPDATE", [("status", None, "submitted")])
    ]

    # Their own signature follows, as anything after the share.
    take(clerk, REVIEWS, "acknowledge", review)
    assert [row[0] for row in _raw_history(clerk, review)] == ["UPDATE", "UPDATE"]

    # HR, and the supervisor who read the drafts anyway, keep the whole history.
    for reader in (hr, boss):
        whole = _raw_history(reader, review)
        assert [row[0] for row in whole][:3] == ["INSERT", "UPDATE", "UPDATE"]
        assert SECRET in json.dumps(whole, default=str)


def test_a_review_taken_back_and_shared_again_shows_its_employee_the_last_share_on(logins):
    clerk, hr = logins.person(Role.EMPLOYEE), logins.person(Role.HR)
    review = new_review(hr, clerk)
    take(hr, REVIEWS, "share", review)
    take(hr, REVIEWS, "recall", review)
    _write(hr, review, SECRET)
    # A draft again: no history at all for its employee.
    assert _raw_history(clerk, review) == []
    _write(hr, review, "Keep leading the Huye office.")
    take(hr, REVIEWS, "share", review)
    seen = _raw_history(clerk, review)
    assert SECRET not in json.dumps(seen, default=str)
    assert [(a, o) for a, o, _n in seen] == [("UPDATE", None)]
    with clerk.session() as session:
        assert len(record_history(session, REVIEWS, review)) == 1


# --------------------------------------------------------------------------- H3 DW331


def test_whoever_reinstated_someone_does_not_approve_the_run_that_pays_them(db_dsn, logins):
    setting(db_dsn, "payroll.allowance_rate_percent", "10")
    officer = logins.person(Role.HR, salary=Decimal("800000"))
    reviewer = logins.person(Role.HR, salary=Decimal("700000"))
    manager = logins.person(Role.FINANCE, salary=Decimal("900000"))
    staff = logins.person(Role.EMPLOYEE)
    take(reviewer, "employees", "suspend", staff.employee_id)
    take(reviewer, "employees", "reinstate", staff.employee_id)
    (number,) = row_of(logins, "employees", staff.employee_id, "employee_number")
    with officer.session() as session:
        period = payroll.run_payroll(session, *MARCH)

    # Not offered in their inbox, and refused when asked all the same.
    with reviewer.session() as session:
        assert [i for i in inbox.waiting_for_me(session) if i.kind == "payroll"] == []
    with reviewer.session() as session, pytest.raises(DicelError) as refused:
        payroll.approve_payroll(session, period, "")
    assert refused.value.code == "payroll_pay_changed_by_approver"
    assert refused.value.message == (
        f"You changed the pay of employee {number} (salary, employment status or dates, or"
        " bank details) since their last approved payslip: someone else must approve this"
        " pay period."
    )
    with manager.session() as session:
        assert [i.id for i in inbox.waiting_for_me(session) if i.kind == "payroll"] == [period]
        payroll.approve_payroll(session, period, "")

    # Approved by someone else, the change is no reason next month.
    with officer.session() as session:
        april = payroll.run_payroll(session, *APRIL)
    with reviewer.session() as session:
        payroll.approve_payroll(session, april, "")


# --------------------------------------------------------------------------- H4 DW006


def test_no_one_sets_where_or_since_when_they_are_paid(logins):
    hr = logins.person(Role.HR)
    before = row_of(logins, "employees", hr.employee_id, "bank_details", "hire_date")
    for sql in (
        'UPDATE employees SET bank_details = \'{"account": "mine"}\' WHERE user_id ='
        " dicel_current_user_id() RETURNING id",
        "UPDATE employees SET hire_date = '2020-01-01' WHERE user_id = dicel_current_user_id()"
        " RETURNING id",
    ):
        with hr.engine.begin() as conn, pytest.raises(DBAPIError) as own:
            conn.execute(text(sql))
        assert own.value.orig.sqlstate == "DW006", sql
        said = explain(own.value, table="employees")
        assert said.message == "You cannot set your own pay or review yourself; someone else must."
    assert row_of(logins, "employees", hr.employee_id, "bank_details", "hire_date") == before
    # The rest of their own record HR still corrects; and a colleague's bank details.
    colleague = logins.person(Role.HR)
    sql_value(
        hr,
        # A contact has a name and a phone (DW031, migration 0132).
        "UPDATE employees SET work_location = 'Huye',"
        ' emergency_contact = \'{"name": "Ana", "phone": "0788 123 456"}\''
        " WHERE id = :e RETURNING id",
        e=hr.employee_id,
    )
    sql_value(
        hr,
        'UPDATE employees SET bank_details = \'{"account": "BK-1"}\' WHERE id = :e RETURNING id',
        e=colleague.employee_id,
    )


# --------------------------------------------------------------------------- H5 DW602


def _login_state(logins, person: Person) -> tuple:
    with logins.superuser().connect() as conn:
        return tuple(
            conn.execute(
                text(
                    "SELECT e.status, u.is_active FROM employees e"
                    " JOIN users u ON u.id = e.user_id WHERE e.id = :id"
                ),
                {"id": person.employee_id},
            ).one()
        )


def test_only_an_administrator_ends_an_administrators_employment(logins):
    hr = logins.person(Role.HR)
    admin = logins.person(Role.ADMIN, first_name="Claude", last_name="Nshuti")
    other_admin = logins.person(Role.ADMIN)
    said = "Only an administrator may end the employment of Claude Nshuti, who administers DICEL."

    # The window's Terminate employment… is disabled for HR, saying why ...
    with hr.session() as session:
        stopped = cases.what_stops_ending_employment(session, admin.employee_id)
    assert stopped is not None and stopped.message == said
    # ... and the database refuses it however it is asked.
    refused = refusal(hr, "employees", "terminate", admin.employee_id)
    assert (refused.code, refused.message) == ("administrator_employment", said)
    with hr.engine.connect() as conn, pytest.raises(DBAPIError) as called:
        conn.execute(text("SELECT dicel_terminate_employee(:id)"), {"id": admin.employee_id})
    assert called.value.orig.sqlstate == "DW602"
    assert _login_state(logins, admin) == ("active", True)

    # Anyone else's HR still ends; an administrator ends an administrator's.
    leaver = logins.person(Role.FINANCE)
    with hr.session() as session:
        assert cases.what_stops_ending_employment(session, leaver.employee_id) is None
    take(hr, "employees", "terminate", leaver.employee_id)
    with other_admin.session() as session:
        assert cases.what_stops_ending_employment(session, admin.employee_id) is None
    take(other_admin, "employees", "terminate", admin.employee_id)
    assert _login_state(logins, admin) == ("terminated", False)
