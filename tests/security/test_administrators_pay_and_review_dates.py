"""Migration 0073, as real logins with the reviewer's psql statements (/tmp/psql25w t6,
t8): HR no longer changes an administrator's pay or placement (DW604), only an
administrator does; a policy's next review date is a real day at most five years ahead
(DW410), and once the policy is approved only its steps set it (the policy's lock, DL001).
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.domain.roles import Role


def _sqlstate(person, statement: str, params: dict) -> str | None:
    """The SQLSTATE ``person``'s statement is refused with (None: it went through,
    rolled back)."""
    with person.engine.connect() as conn:
        try:
            conn.execute(text(statement), params)
        except DBAPIError as error:
            return error.orig.sqlstate
        finally:
            conn.rollback()
    return None


# --------------------------------------------------------------------------- administrators

PAY_AND_PLACEMENT = [
    ("salary", "1"),
    ("salary_currency", "'USD'"),
    ("bank_details", """'{"iban": "attacker"}'::jsonb"""),
    ("tax_info", """'{"tin": "0"}'::jsonb"""),
    ("employment_type", "'intern'"),
    ("hire_date", "current_date - 1"),
    ("work_location", "'Nowhere'"),
    ("position", "'Driver'"),
    ("department_id", ":dept"),
    ("supervisor_id", ":hr"),
]


@pytest.fixture
def office(logins):
    hr = logins.person(Role.HR)
    admin = logins.person(Role.ADMIN, first_name="Claude", last_name="Nshuti")
    other_admin = logins.person(Role.ADMIN)
    staff = logins.person(Role.EMPLOYEE)
    return hr, admin, other_admin, staff, logins.department("OPS")


@pytest.mark.parametrize(
    ("column", "value"), PAY_AND_PLACEMENT, ids=[c for c, _ in PAY_AND_PLACEMENT]
)
def test_hr_changes_no_administrators_pay_or_placement(office, column, value):
    hr, admin, other_admin, staff, department = office
    change = f"UPDATE employees SET {column} = {value} WHERE id = :e"
    for_admin = {"e": admin.employee_id, "hr": hr.employee_id, "dept": department}
    assert _sqlstate(hr, change, for_admin) == "DW604"
    # Another administrator may; HR changes anyone else's as before.
    assert _sqlstate(other_admin, change, for_admin) is None
    assert _sqlstate(hr, change, {**for_admin, "e": staff.employee_id}) is None


def test_the_refusal_names_the_administrator_and_the_column(office):
    hr, admin, _other, _staff, _department = office
    with pytest.raises(DBAPIError) as refused, hr.engine.begin() as conn:
        conn.execute(
            text("UPDATE employees SET salary = 1 WHERE id = :e"), {"e": admin.employee_id}
        )
    diag = refused.value.orig.diag
    assert refused.value.orig.sqlstate == "DW604"
    assert diag.column_name == "salary"
    assert '"name" : "Claude Nshuti"' in diag.message_detail


# --------------------------------------------------------------------------- policies


@pytest.fixture
def compliance(logins):
    officer = logins.person(Role.COMPLIANCE)
    with officer.engine.begin() as conn:
        policy = conn.scalar(
            text(
                "INSERT INTO compliance_policies (policy_name, policy_category, policy_content)"
                " VALUES ('Data protection', 'privacy', 'Keep it safe.') RETURNING id"
            )
        )
        conn.execute(text("SELECT dicel_submit_compliance_policy(:p)"), {"p": policy})
    # Approved by a colleague, on the version shown (migration 0078).
    return logins.person(Role.COMPLIANCE), policy


#: The policy's version as its window shows it (migration 0078's ``shown``).
_SHOWN = "(SELECT updated_at FROM compliance_policies WHERE id = :p)"


@pytest.mark.parametrize(
    "day", ["infinity", "9999-12-31", "+6 years"], ids=["infinity", "year_9999", "six_years"]
)
def test_an_approval_sets_no_review_date_beyond_five_years(compliance, day):
    officer, policy = compliance
    given = "(current_date + interval '6 years')::date" if day == "+6 years" else f"'{day}'::date"
    approve = f"SELECT dicel_approve_compliance_policy(:p, {given}, {_SHOWN})"
    assert _sqlstate(officer, approve, {"p": policy}) == "DW410"
    # Five years ahead is a review date still.
    in_five = (
        "SELECT dicel_approve_compliance_policy(:p, (current_date + interval '5 years')::date,"
        f" {_SHOWN})"
    )
    assert _sqlstate(officer, in_five, {"p": policy}) is None


def test_a_draft_review_date_is_a_real_day_too(compliance):
    officer, policy = compliance
    change = "UPDATE compliance_policies SET review_date = 'infinity' WHERE id = :p"
    assert _sqlstate(officer, change, {"p": policy}) == "DW410"


@pytest.mark.parametrize("value", ["NULL", "'1990-01-01'", "current_date + 30"])
def test_an_approved_policys_review_date_is_its_steps(compliance, value):
    officer, policy = compliance
    with officer.engine.begin() as conn:
        conn.execute(
            text(f"SELECT dicel_approve_compliance_policy(:p, :d, {_SHOWN})"),
            {"p": policy, "d": dt.date.today() + dt.timedelta(days=365)},
        )
    change = f"UPDATE compliance_policies SET review_date = {value} WHERE id = :p"
    assert _sqlstate(officer, change, {"p": policy}) == "DL001"
