"""What the tests of a leaver's untaken annual leave share (tests/db/test_untaken_leave_is_paid.py,
migration 0157, and test_untaken_leave_is_settled.py, 0159): the people who run payroll,
leave loaded as it stands once decided, the allowance earned by a leaving day, a run and
its payslips."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import ROUND_FLOOR, Decimal

import psycopg
from finance_data import setting

from dicel_desktop.services import payroll

SALARY = Decimal("440000")
ALLOWANCE = 18  # leave.allowance.annual
HIRED = dt.date(2024, 1, 15)  # logins.person's hire date


def payroll_people(logins, db_dsn):
    """(an HR officer, a finance manager), with the settings the tests' figures assume."""
    setting(db_dsn, "payroll.allowance_rate_percent", "10")
    setting(db_dsn, "leave.allowance.annual", str(ALLOWANCE))
    officer = logins.person("hr", salary=Decimal("800000"))
    manager = logins.person("finance", salary=Decimal("900000"))
    return officer, manager


def loaded_leave(db_dsn, employee_id, first, days, status="approved") -> uuid.UUID:
    """Annual leave as it stands once filed or decided (loaded, as the demo's are)."""
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")
        return conn.execute(
            "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
            " days_requested, status) VALUES (%s, 'annual', %s, %s, %s, %s) RETURNING id",
            (employee_id, first, first + dt.timedelta(days - 1), days, status),
        ).fetchone()[0]


def earned(left: dt.date) -> Decimal:
    """The leaving year's annual allowance as README's leave rules say it: the setting x
    the months whose 15th the person was employed on / 12, down to the half day."""
    months = sum(1 for m in range(1, 13) if HIRED <= dt.date(left.year, m, 15) <= left)
    return (Decimal(ALLOWANCE * months * 2) / 12).to_integral_value(ROUND_FLOOR) / 2


def run(person, period) -> uuid.UUID:
    with person.session() as session:
        return payroll.run_payroll(session, *period)


def payslips(person, employee_id, period) -> list[payroll.Payslip]:
    """The person's payslips of the period that are not cancelled."""
    with person.session() as session:
        ids = session.scalars(
            payroll.sa.text(
                "SELECT id FROM payroll_records WHERE employee_id = :e AND pay_period_start = :s"
                " AND status <> 'cancelled'"
            ),
            {"e": employee_id, "s": period[0]},
        ).all()
        return [payroll.payslip(session, i) for i in ids]


def the_payslip(person, employee_id, period) -> payroll.Payslip:
    """The person's one payslip of the period that is not cancelled."""
    (slip,) = payslips(person, employee_id, period)
    return slip
