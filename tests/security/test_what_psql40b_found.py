"""What the psql review psql40b found (migration 0148, psqlfix40), as real logins on a
plain connection, as psql: an administrator sets no expiry on their own login nor on the
last administrator who could log in after it, and the change is audited; a leave balance
tells the months of service only to who may read the dates of employment; a holiday
waits for a pending payroll run that counted unpaid leave; a request is approved within
the dates of employment; DW608 reads a family in any case."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import psycopg
from finance_data import setting, superuser_value
from sqlalchemy import text

from dicel_desktop.services import db_errors, records, users


def _today(person) -> dt.date:
    with person.engine.begin() as conn:
        return conn.exec_driver_sql("SELECT dicel_company_day()").scalar()


def _set(logins, employee_id, **dates) -> None:
    with logins.superuser().begin() as conn:
        for column, value in dates.items():
            conn.execute(
                text(f"UPDATE employees SET {column} = :v WHERE id = :e"),
                {"v": value, "e": employee_id},
            )


# --------------------------------------------------------------------------- #1 expiry

EXPIRY = "SELECT dicel_set_login_expiry(%s, now() + %s::interval)"


def test_no_expiry_on_ones_own_login_nor_on_the_last_administrator_who_could_log_in(logins, db_dsn):
    jean = logins.person("admin", employee=False, first_name="Jean")
    fabrice = logins.person("admin", employee=False, first_name="Fabrice")
    # One's own account, as a role change or a deactivation (DU010).
    assert jean.psql_refusal(EXPIRY, (jean.email, "1 day")) == "DU010"
    # Fabrice's login expires tomorrow: Jean still logs in after that. Done, and audited.
    with jean.psql() as conn:
        conn.execute(EXPIRY, (fabrice.email, "1 day"))
    entry = superuser_value(
        db_dsn,
        "SELECT json_build_array(user_id, old_values, new_values ? 'login_expiry',"
        " new_values -> 'login_expiry' <> 'null') FROM audit_logs"
        " WHERE table_name = 'users' AND action = 'UPDATE' AND record_id = %s",
        (fabrice.user_id,),
    )
    assert entry == [str(jean.user_id), {"login_expiry": None}, True, True]
    # Jean's in two days would leave nobody who logs in as an administrator after it.
    assert fabrice.psql_refusal(EXPIRY, (jean.email, "2 days")) == "DW601"
    refused = fabrice.refused(
        lambda session: users.set_login_expiry(
            session.connection(), email=jean.email, until=_today(jean) + dt.timedelta(days=3)
        )
    )
    assert refused.code == "last_administrator" and refused.params["email"] == jean.email
    # Nor before Fabrice's own login expires (migration 0155, psql41 #2: expiries chained
    # left nobody once both had passed): only one whose login never expires remains.
    assert fabrice.psql_refusal(EXPIRY, (jean.email, "12 hours")) == "DW601"
    # Removing an expiry takes nobody away.
    assert fabrice.psql_refusal("SELECT dicel_set_login_expiry(%s, NULL)", (jean.email,)) is None


# --------------------------------------------------------------------------- #2 balance

BALANCE = "SELECT allowance, remaining, months FROM dicel_leave_balance(%s, 'annual', %s)"


def _balance(person, employee_id, year: int):
    with person.psql() as conn:
        return conn.execute(BALANCE, (employee_id, year)).fetchone()


def test_a_balance_tells_the_months_of_service_only_to_who_reads_the_dates(logins, db_dsn):
    setting(db_dsn, "leave.allowance.annual", "18")
    hr = logins.person("hr")
    compliance = logins.person("compliance")
    boss = logins.person("employee", first_name="Joseph")
    clerk = logins.person("employee", first_name="Pascal", supervisor=boss)
    this_year = _today(hr).year
    # Hired on 30 August 2021 (four months counted), leaving on 30 June this year (six).
    _set(
        logins,
        clerk.employee_id,
        hire_date=dt.date(2021, 8, 30),
        termination_date=dt.date(this_year, 6, 30),
    )
    full = (Decimal(18), Decimal(18), None)
    # HR reads hire and termination dates: the allowance pro-rated, and its months.
    assert _balance(hr, clerk.employee_id, 2021) == (Decimal(6), Decimal(6), 4)
    assert _balance(hr, clerk.employee_id, this_year) == (Decimal(9), Decimal(9), 6)
    # Compliance and the supervisor may not: the year's allowance, no months.
    for reader in (compliance, boss):
        assert _balance(reader, clerk.employee_id, 2021) == full
        assert _balance(reader, clerk.employee_id, this_year) == full
    # The employee: their own current year as it is counted, not another year.
    assert _balance(clerk, clerk.employee_id, this_year) == (Decimal(9), Decimal(9), 6)
    assert _balance(clerk, clerk.employee_id, 2021) == full
    assert _balance(clerk, clerk.employee_id, this_year + 1) == full


# --------------------------------------------------------------------------- #3 holidays


def _next_month(today: dt.date) -> tuple[dt.date, dt.date]:
    first = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return first, last


def test_a_holiday_waits_for_a_pending_run_that_counted_unpaid_leave(logins, db_dsn):
    hr = logins.person("hr", first_name="Aline")
    clerk = logins.person("employee", first_name="Josiane", last_name="Murekatete")
    first, last = _next_month(_today(hr))
    monday = first + dt.timedelta((7 - first.weekday()) % 7 + 7)
    friday = monday + dt.timedelta(days=4)
    saturday = friday + dt.timedelta(days=1)
    # Loaded as they stand once decided and run: approved unpaid leave, the month's run
    # pending (a run is made only for a month begun; a holiday only for a day to come).
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")
        leave = conn.execute(
            "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
            " days_requested, status) VALUES (%s, 'unpaid', %s, %s, 5, 'approved')"
            " RETURNING id",
            (clerk.employee_id, monday, friday),
        ).fetchone()[0]
    run = superuser_value(
        db_dsn,
        "INSERT INTO payroll_periods (period_start, period_end) VALUES (%s, %s) RETURNING id",
        (first, last),
    )
    superuser_value(
        db_dsn,
        "INSERT INTO holidays (holiday_date, name) VALUES (%s, 'Loaded') RETURNING id",
        (monday + dt.timedelta(days=1),),
    )
    add = "INSERT INTO holidays (holiday_date, name) VALUES (%s, 'Extra public holiday')"
    # Inside the leave, in the month outside it (its working days), or one removed.
    assert hr.psql_refusal(add, (monday + dt.timedelta(days=2),)) == "DW126"
    assert hr.psql_refusal(add, (last if last.weekday() < 5 else last - dt.timedelta(2),)) == (
        "DW126"
    )
    removed = "DELETE FROM holidays WHERE holiday_date = %s"
    assert hr.psql_refusal(removed, (monday + dt.timedelta(days=1),)) == "DW126"
    # The holidays window says what to do, in DW353's way out.
    refused = hr.refused(
        records.create_record,
        "holidays",
        hr.role,
        {"holiday_date": monday + dt.timedelta(days=2), "name": "Extra public holiday"},
    )
    assert refused.code == "holiday_waits_for_run"
    assert refused.message.startswith("The payroll from ") and refused.message.endswith(
        "'s payslip there counts unpaid leave by the working days of that month as they"
        " were. Cancel that payroll run first, then change the holiday, then run the month"
        " again. Nothing was changed."
    )
    assert "Josiane Murekatete's payslip" in refused.message
    # A Saturday is no working day: it changes nothing counted.
    assert hr.psql_refusal(add, (saturday,)) is None
    # Once the run is cancelled, the holiday is added and the leave counted again.
    with hr.psql() as conn:
        conn.execute("SELECT dicel_cancel_payroll(%s, 'redo')", (run,))
        conn.execute(add, (monday + dt.timedelta(days=2),))
    days = superuser_value(
        db_dsn, "SELECT days_requested FROM leave_requests WHERE id = %s", (leave,)
    )
    assert days == 3


# --------------------------------------------------------------------------- #4 DW120


def test_a_request_after_a_termination_date_written_since_is_not_approved(logins):
    hr = logins.person("hr")
    boss = logins.person("employee", first_name="Jean")
    clerk = logins.person("employee", first_name="Josiane", last_name="Murekatete", supervisor=boss)
    today = _today(hr)
    monday = today + dt.timedelta(days=(7 - today.weekday()) % 7 + 14)
    with clerk.psql() as conn:
        request = conn.execute(
            "SELECT dicel_request_leave('sick', %s, %s, 'x')",
            (monday, monday + dt.timedelta(days=2)),
        ).fetchone()[0]
    # HR writes ahead that she leaves on the Tuesday.
    with hr.psql() as conn:
        conn.execute(
            "UPDATE employees SET termination_date = %s WHERE id = %s",
            (monday + dt.timedelta(days=1), clerk.employee_id),
        )
    decide = "SELECT dicel_decide_leave(%s, true, 'ok')"
    assert boss.psql_refusal(decide, (request,)) == "DW120"
    refused = boss.refusal(decide, request)
    assert db_errors.explain(refused).message.startswith("Josiane Murekatete leaves the company on")
    # Rejecting it is still open.
    assert boss.psql_refusal("SELECT dicel_decide_leave(%s, false, 'no')", (request,)) is None


# --------------------------------------------------------------------------- #5 DW608


def test_a_key_of_dicels_family_in_another_case_is_refused(logins):
    admin = logins.person("admin", employee=False)
    add = (
        "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
        " VALUES (%s, '0', 'number')"
    )
    assert admin.psql_refusal(add, ("Leave.allowance.unpaid",)) == "DW608"
    assert admin.psql_refusal(add, ("PAYROLL.allowance_rate_percent",)) == "DW608"
    # An office's own key in a family DICEL does not read is still theirs to keep.
    assert admin.psql_refusal(add, ("Office.note",)) is None
