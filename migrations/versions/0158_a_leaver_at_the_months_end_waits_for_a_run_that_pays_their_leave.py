"""A leaver at the month's end waits for a run that pays their untaken leave.

Revision ID: 0158
Revises: 0157
Create Date: 2026-12-07

Migration 0157 pays a leaver's untaken annual leave in the run of the month their
termination date falls in, *when the run sees them leaving*. HR often records a departure
at the month's end after that month's run: Terminate… with the termination date the last
day of a month whose run is pending went through (0116's DW492 refuses only a pending
payslip that pays past the day pay stops, and the month's end is that day), and the
final payslip paid no untaken leave, with nothing to tell anyone (payout42's left item).

``dicel_stop_after_pending_payslip`` (trigger ``employees_stop_after_pending_payslip``)
now also refuses a termination whose last day paid is within a pending payslip's period
when that payslip says no untaken leave paid (its notes have no "Untaken leave paid on"
line) and the leaving year has annual leave left to pay (as the run counts it:
``dicel_leave_allowance`` less ``dicel_leave_used_by_leaver``). DW492 as before, its
DETAIL's ``case`` ``untaken`` (``stops`` for the pending payslip paying past the day): HR
cancels the run, terminates, and runs the month again, which pays the leave. An *approved*
run is not asked: it cannot be cancelled, and 0120 only ever cuts an approved payslip.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import change_live_function

revision: str = "0158"
down_revision: str | None = "0157"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STOP_SIGNATURE = "public.dicel_stop_after_pending_payslip()"

#: The leaving year's annual leave left, as 0157's run counts it (never below nothing).
_LEFT_TO_PAY = """greatest(coalesce(public.dicel_leave_allowance(
                    NEW.id, 'annual', extract(year FROM v_paid_to)::integer)
                - public.dicel_leave_used_by_leaver(NEW.id, v_paid_to), 0), 0)"""

STOP_PAIRS = [
    (
        """    SELECT r.pay_period_start, r.pay_period_end INTO v_slip
      FROM public.payroll_records r
     WHERE r.employee_id = NEW.id AND r.status = 'pending'
       AND r.pay_period_end > v_paid_to
     ORDER BY r.pay_period_start""",
        f"""    SELECT r.pay_period_start, r.pay_period_end,
           CASE WHEN r.pay_period_end > v_paid_to THEN 'stops' ELSE 'untaken' END AS reason
      INTO v_slip
      FROM public.payroll_records r
     WHERE r.employee_id = NEW.id AND r.status = 'pending'
       AND (r.pay_period_end > v_paid_to
            -- Migration 0158: a termination on the last day a pending payslip pays,
            -- which was run before the person left: it pays no untaken annual leave.
            OR (NEW.status = 'terminated'
                AND v_paid_to BETWEEN r.pay_period_start AND r.pay_period_end
                AND coalesce(r.notes, '') !~* 'untaken leave paid on '
                AND {_LEFT_TO_PAY} > 0))
     ORDER BY r.pay_period_start""",
    ),
    (
        """                                          ELSE 'suspend' END)::text,""",
        """                                          ELSE 'suspend' END,
                'case', v_slip.reason)::text,""",
    ),
]


def upgrade() -> None:
    change_live_function(STOP_SIGNATURE, STOP_PAIRS, forward=True)


def downgrade() -> None:
    change_live_function(STOP_SIGNATURE, STOP_PAIRS, forward=False)
