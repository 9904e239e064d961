"""A payroll run computes from the pay being changed as it runs; money is paid on or after
its approval; a month is run once it has started.

Revision ID: 0063
Revises: 0062
Create Date: 2026-12-05

Found with psql in a review, as the demo's real logins:

**DW331 and DW332 dodged by timing.** HR (A) raised an employee's salary in a transaction
kept open; another HR login ran March, which read the old salary (the change was not
committed); finance approved March; A committed; April was run with the new salary and A
approved it. ``dicel_payroll_refusal`` (migrations 0046, 0051, 0057) asks whether the
approver changed a pay column *since the employee's last approved payslip was computed*,
comparing the audit entry's time (``clock_timestamp()`` of the UPDATE, migration 0007)
with that payslip's ``created_at``: March's payslip was made after the UPDATE but from
before it, so the change counted as already approved by someone else. Nobody had.

``dicel_run_payroll`` now takes every ``employees`` row FOR SHARE before it reads any
(one statement, before "who is paid" and the payslips): a change of pay not yet
committed makes the run wait for it, and the run then computes from it (each statement
of the function takes a new snapshot under READ COMMITTED); a change begun once the run
holds the rows waits until the run has committed, and its audit entry is then later than
the payslips. So "audit entry before the payslip's ``created_at``" now means "the payslip
was computed from it", which is what the refusal assumes, whatever the timing: the
change reaches a payslip that someone else approves (March, above, is computed from the
new salary), or it stays "since" and DW331/DW332 refuse. A change made between the
start of the run's transaction and its lock is seen by the run and still counted as
"since" (``created_at`` is the transaction's start): that errs towards refusing, never
towards letting through. The refusal itself is unchanged. FOR SHARE, not FOR KEY SHARE:
an UPDATE of a non-key column (salary) conflicts with the former only. A run is rare
and reads a few hundred rows; HR editing one employee waits for a run at most as long
as the run takes.

**Paid in 1999, run for 2027.** ``dicel_pay_payroll`` accepted any day not in the
future (a debit dated before the period was even run), ``dicel_run_payroll`` any calendar
month (one not begun included), ``dicel_pay_expense`` any day not in the future. Rules a
payroll clerk expects, decided so:

* A month's payroll runs from its first day on (``DW337``, DETAIL ``start``, ``end``):
  the people employed in it, their salaries and leavers are not known before. Running
  it during the month is kept: salaries are paid on the 25th (``payroll.pay_day``), so a
  run before the month's end is the usual case, not an error.
* Money is paid on or after the day it was approved (``DW338``, DETAIL ``date``,
  ``approved``, COLUMN ``paid_on``), for a pay period and an expense alike: a payment
  before its approval is exactly what the approval is there to stop, and the debit's
  date is the day the money moved. Not "after the period's end": pay day is the 25th.
  The day of ``approved_date`` is taken in the session's time zone, as ``current_date``
  is, against which DW309 (not in the future) already compares. A period or expense
  approved before migration 0014 recorded it (no ``approved_date``) falls back to the
  period's first day, the expense's date.

A downgrade gives back 0014's and 0023's functions.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    earlier_function,
    earlier_revision,
    execute_sql,
    or_replace,
    replaced,
)

revision: str = "0063"
down_revision: str | None = "0062"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0014 = earlier_revision("0014_finance_flows")
_0023 = earlier_revision("0023_expense_payment")


def _0014_function(signature: str) -> str:
    return earlier_function(_0014, signature, _0014._sql)


# --------------------------------------------------------------------------- run

RUN_SIGNATURE = "dicel_run_payroll(date, date)"

_RUN_SHAPE_CHECKED = """            DETAIL = json_build_object('start', v_start, 'end', v_end)::text;
    END IF;
    SELECT p.status, p.created_by, p.created_at, p.period_start, p.period_end INTO v_found"""
_RUN_NOT_BEFORE_ITS_MONTH = """            DETAIL = json_build_object('start', v_start, 'end', v_end)::text;
    END IF;
    -- Migration 0063: a month runs from its first day on.
    IF v_start > current_date THEN
        RAISE EXCEPTION USING ERRCODE = 'DW337', MESSAGE = 'this month has not started',
            DETAIL = json_build_object('start', v_start, 'end', v_end)::text;
    END IF;
    SELECT p.status, p.created_by, p.created_at, p.period_start, p.period_end INTO v_found"""

_RUN_WHO_IS_PAID = """    -- Who is paid: employed during the month"""
_RUN_LOCKED_FIRST = """    -- Migration 0063: every employee's row FOR SHARE before any is read. A change of pay
    -- not committed yet is waited for, and what follows (a new snapshot each statement)
    -- computes from it; a change begun from now on waits until this run has committed.
    -- So an audit entry older than a payslip is one the payslip was computed from,
    -- which dicel_payroll_refusal (DW331, DW332) takes it to be.
    PERFORM FROM public.employees e FOR SHARE;

    -- Who is paid: employed during the month"""


def _run() -> str:
    create = _0014_function(RUN_SIGNATURE)
    create = replaced(create, _RUN_SHAPE_CHECKED, _RUN_NOT_BEFORE_ITS_MONTH)
    return replaced(create, _RUN_WHO_IS_PAID, _RUN_LOCKED_FIRST)


RUN = _run()

# --------------------------------------------------------------------------- pay


def _not_before(approved: str) -> str:
    return f"""    IF v_paid_on > current_date THEN
        RAISE EXCEPTION USING ERRCODE = 'DW309', MESSAGE = 'paid in the future',
            DETAIL = json_build_object('date', v_paid_on)::text, COLUMN = 'paid_on';
    END IF;
    -- Migration 0063: paid on or after the day it was approved.
    IF v_paid_on < {approved} THEN
        RAISE EXCEPTION USING ERRCODE = 'DW338', MESSAGE = 'paid before it was approved',
            DETAIL = json_build_object('date', v_paid_on, 'approved', {approved})::text,
            COLUMN = 'paid_on';
    END IF;"""


_FUTURE = """    IF v_paid_on > current_date THEN
        RAISE EXCEPTION USING ERRCODE = 'DW309', MESSAGE = 'paid in the future',
            DETAIL = json_build_object('date', v_paid_on)::text, COLUMN = 'paid_on';
    END IF;"""

PAY_PAYROLL_SIGNATURE = "dicel_pay_payroll(uuid, uuid, date, text)"
#: The day a pay period was approved; its first day where none was recorded.
PERIOD_APPROVED_ON = "coalesce(v_period.approved_date::date, v_period.period_start)"
PAY_PAYROLL = replaced(
    _0014_function(PAY_PAYROLL_SIGNATURE), _FUTURE, _not_before(PERIOD_APPROVED_ON)
)

PAY_EXPENSE_SIGNATURE = _0023.SIGNATURE
#: The day an expense was approved; its own date where none was recorded.
EXPENSE_APPROVED_ON = "coalesce(v_expense.approved_date::date, v_expense.expense_date)"
PAY_EXPENSE = replaced(or_replace(_0023.PAY_EXPENSE), _FUTURE, _not_before(EXPENSE_APPROVED_ON))


def upgrade() -> None:
    # CREATE OR REPLACE keeps each function's owner and grants.
    execute_sql(RUN)
    execute_sql(PAY_PAYROLL)
    execute_sql(PAY_EXPENSE)


def downgrade() -> None:
    execute_sql(or_replace(_0023.PAY_EXPENSE))
    execute_sql(_0014_function(PAY_PAYROLL_SIGNATURE))
    execute_sql(_0014_function(RUN_SIGNATURE))
