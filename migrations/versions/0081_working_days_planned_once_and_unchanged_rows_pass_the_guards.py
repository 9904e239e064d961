"""Working days are counted on a plan kept for the session; an update that changes
nothing passes the guards of 0076; holidays find the leave they fall in by an index.

Revision ID: 0081
Revises: 0080
Create Date: 2026-12-05

``dicel_working_days(start, end)`` (migration 0012) was a SQL function: not inlined (it is
SECURITY DEFINER with its own search_path, and pinned to the company's time zone since
0069), so PostgreSQL planned its query again at every call. Migration 0076 made every
approval count the days again (a holiday may have moved since the filing), and the leave
decision's round trip grew from 0.91 to 1.07 ms (1.7x to 1.95x the raw conditional UPDATE
with its audit row; issue 10's target is 2x). As PL/pgSQL the same query is prepared once
per session and its plan kept, as 0075 did for ``dicel_files_changed_at``. Same signature,
owner, grants and answer.

**An update that changes nothing was refused** (found by the permission matrix, which
sets each column to itself): 0076's guard of an administrator's payslip refused HR's
``UPDATE payroll_records SET allowances = allowances`` over it, and the attendance guard
any update of an administrator's or one's own attendance that changed nothing, where the
own-salary guard (DW006) lets an unchanged value through. Both now pass a row whose pay
(payslip) or whole row (attendance) is as it was.

**A holiday added or moved read every leave request** twice (0076's recount, 0079's
check), in HR's transaction: ``leave_requests (start_date, end_date)`` for the requests
still counted (pending, approved) is indexed.

A downgrade gives back the SQL body of the working days, 0076's guards, and drops the
index.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    as_plpgsql,
    earlier_function,
    earlier_revision,
    execute_sql,
    or_replace,
    replaced,
)

revision: str = "0081"
down_revision: str | None = "0080"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0012 = earlier_revision("0012_leave")
_0076 = earlier_revision("0076_holidays_recount_leave_and_own_or_administrators_pay_and_attendance")
SIGNATURE = "dicel_working_days(date, date)"
_QUERY_START = "    SELECT count(*)::integer"


def _as_sql() -> str:
    return earlier_function(_0012, SIGNATURE)


def _as_plpgsql() -> str:
    return as_plpgsql(_as_sql(), _QUERY_START, "0081", indent="    ")


_PAY = ", ".join(_0076.PAYSLIP_PAY)
_PAYSLIP_ADMIN_CHECK = "    -- Migration 0076: an administrator's payslip"
PAYSLIP_FUNCTION = replaced(
    or_replace(_0076.PAYSLIP_FUNCTION),
    _PAYSLIP_ADMIN_CHECK,
    f"""    -- Migration 0081: its pay as it was, nothing of it changes.
    IF TG_OP = 'UPDATE' AND ({", ".join("OLD." + c for c in _0076.PAYSLIP_PAY)})
                            IS NOT DISTINCT FROM ({", ".join("NEW." + c for c in _0076.PAYSLIP_PAY)}) THEN
        RETURN NEW;
    END IF;
"""
    + _PAYSLIP_ADMIN_CHECK,
)
_ATTENDANCE_OWN_CHECK = "    -- Migration 0076: one's own attendance"
ATTENDANCE_FUNCTION = replaced(
    or_replace(_0076.ATTENDANCE_FUNCTION),
    _ATTENDANCE_OWN_CHECK,
    """    -- Migration 0081: a row as it was changes nothing of anyone's attendance.
    IF TG_OP = 'UPDATE' AND OLD IS NOT DISTINCT FROM NEW THEN
        RETURN NEW;
    END IF;
"""
    + _ATTENDANCE_OWN_CHECK,
)
INDEX = "leave_requests_counted_dates"


def upgrade() -> None:
    execute_sql(_as_plpgsql())
    execute_sql(PAYSLIP_FUNCTION)
    execute_sql(ATTENDANCE_FUNCTION)
    execute_sql(
        f"CREATE INDEX {INDEX} ON public.leave_requests (start_date, end_date)"
        " WHERE status IN ('pending', 'approved')"
    )


def downgrade() -> None:
    execute_sql(f"DROP INDEX public.{INDEX}")
    execute_sql(or_replace(_0076.ATTENDANCE_FUNCTION))
    execute_sql(or_replace(_0076.PAYSLIP_FUNCTION))
    execute_sql(_as_sql())
