"""Holidays recount the leave they fall in and past ones stay; a pay period's version
counts its people's pay; an administrator's payslip and attendance are an
administrator's; nobody records their own attendance.

Revision ID: 0076
Revises: 0075
Create Date: 2026-12-05

Found with psql in the fifth review, as the demo's real logins (/tmp/psql25w t3, t5, t6):

**HR shrank their own leave with holidays made for the day.** Leave is counted once, at
filing (0012's ``leave_requests_rules``): HR added four holidays, filed a Monday-Friday
annual leave (1 day), deleted the holidays, and the request stayed at 1 day; the
approval's allowance check (DW106) took the stored 1. Now:

* a change of ``holidays`` (a holiday added, removed, or its date moved) recounts
  ``days_requested`` of every pending and approved request whose dates cover the day(s)
  (trigger ``holidays_recount_leave``, AFTER, each row, as dicel_owner). Taken and
  pending days are sums of those counts, so the balance follows: a new public holiday
  inside an approved leave gives the day back; a removed one takes it again;
* a removal that would take an **approved** leave over its allowance for the year is
  refused (``DW115``: the employee's name and the leave's dates and type): the leave was
  approved on the calendar of the day; HR cancels or shortens it first (its days come
  back to the employee's words, not a negative balance no one approved). A pending
  request may go over: its approval refuses it (DW106) as for any other;
* a holiday added on the only working days of a pending or approved leave is refused
  (``DW116``): a leave of no day cannot stand, and is cancelled first;
* a recount is the only change the rules let through without filing's checks: the
  request's type, dates, employee and state are unchanged and the days are the
  calendar's (no role writes ``days_requested``);
* an approval counts the days again (the rules trigger, whatever the path, so
  ``dicel_decide_leave`` too) rather than trusting the stored number;
* a holiday dated before the company's today (``dicel_company_day()``) is not added,
  removed or moved (``DW114``, COLUMN ``holiday_date``, DETAIL ``day``): approved
  leave was counted with it. Renaming one is still possible. A superuser (loading or
  repairing data) is not asked, as everywhere.

**A pay period was approved after HR changed a paid person's bank details since it
was shown** (0070 promised otherwise). A change of what the DW331 rule counts as pay
(0057's ``PAY_COLUMNS``: salary, its currency, hire and termination dates, bank
details, status) of an employee with a payslip in a pending period now touches those
payslips (``updated_at``, under the period's row lock, as 0073's files do), so the
period's version (the latest stamp of the period and its payslips) moves, and the
decision's ``FOR UPDATE`` of the payslips waits for an uncommitted change and sees it.
``dicel_decide_payroll(..., shown)`` reads, besides the period's, its payslips' and its
files' entries, the employees' pay entries (the audit log's ``(table_name, record_id)``
index, one look per payslip, once per decision) and names who changed it (DW007).

**HR changed an administrator's payslip.** 0073's DW604 watched ``employees`` only. A
new trigger ``payroll_records_administrator_by_administrator`` refuses an INSERT, a
DELETE, or a change of ``employee_id``, ``basic_salary``, ``allowances``,
``deductions`` or ``net_salary`` of an administrator's payslip by anyone but an active
administrator (``DW604``, COLUMN the first changed, DETAIL ``id``, ``name``), unless the
statement runs as dicel_owner (the payroll run and the workflow functions: its WHEN
reads ``current_user``, which a login cannot become).

**HR edited their own attendance and an administrator's.** Trigger
``attendance_records_not_own_nor_administrators`` (BEFORE INSERT, UPDATE, DELETE):
one's own attendance is recorded and corrected by someone else (``DW011``), an
administrator's by an administrator (``DW605``, DETAIL ``id``, ``name``). Nobody
records their own attendance today (employees only read it), so no self-service path
is lost.

A downgrade gives back 0012's rules, drops the new triggers and functions.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    DEFINER,
    create_owned_function,
    earlier_revision,
    execute_sql,
    or_replace,
    replaced,
)

revision: str = "0076"
down_revision: str | None = "0075"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0012 = earlier_revision("0012_leave")
_0057 = earlier_revision("0057_drafts_stay_out_of_history_and_pay_is_set_by_another")
_0073 = earlier_revision("0073_late_files_stop_decisions_administrators_pay_and_review_dates")

#: Every DICEL session is asked (a deactivated login's too); a superuser is not.
_NOT_DICEL = "NOT EXISTS (SELECT FROM public.users u WHERE u.email = session_user)"
#: The caller is an active administrator.
_ADMIN = "(public.dicel_current_user_id() IS NOT NULL AND public.dicel_has_role('admin'))"

# --------------------------------------------------------------------------- holidays

_LEAVE = (
    "json_build_object('name', public.dicel_person_name("
    "(SELECT e.user_id FROM public.employees e WHERE e.id = NEW.employee_id)),"
    " 'leave_type', NEW.leave_type, 'start_date', NEW.start_date, 'end_date', NEW.end_date"
)
_NO_DAY_DETAIL = _LEAVE + ")::text"
_OVER_DETAIL = (
    _LEAVE + ", 'days', NEW.days_requested, 'allowance', v_allowance, 'taken', v_used.taken)::text"
)
_RECOUNT = f"""    -- Migration 0076: a holiday added, removed or moved recounts the days (no role
    -- writes them): the filing's checks are not asked again. A leave with no day left,
    -- or an approved one taken over its allowance, keeps the calendar as it was.
    IF TG_OP = 'UPDATE'
       AND (NEW.employee_id, NEW.leave_type, NEW.start_date, NEW.end_date, NEW.status)
           IS NOT DISTINCT FROM
           (OLD.employee_id, OLD.leave_type, OLD.start_date, OLD.end_date, OLD.status)
       AND NEW.days_requested IS DISTINCT FROM OLD.days_requested
       AND NEW.days_requested = public.dicel_working_days(NEW.start_date, NEW.end_date) THEN
        IF NEW.days_requested = 0 THEN
            RAISE EXCEPTION USING ERRCODE = 'DW116',
                MESSAGE = 'a leave request would have no working day left',
                TABLE = 'holidays', COLUMN = 'holiday_date',
                DETAIL = {_NO_DAY_DETAIL};
        END IF;
        v_allowance := {_0012._allowance("NEW.leave_type")};
        IF NEW.status = 'approved' AND NEW.days_requested > OLD.days_requested
           AND v_allowance IS NOT NULL THEN
            PERFORM public.dicel_leave_lock(NEW.employee_id);
            SELECT * INTO v_used FROM public.dicel_leave_taken(
                NEW.employee_id, NEW.leave_type, extract(year FROM NEW.start_date)::integer,
                NEW.id);
            IF v_used.taken + NEW.days_requested > v_allowance THEN
                RAISE EXCEPTION USING ERRCODE = 'DW115',
                    MESSAGE = 'an approved leave would go over its allowance',
                    TABLE = 'holidays', COLUMN = 'holiday_date',
                    DETAIL = {_OVER_DETAIL};
            END IF;
        END IF;
        RETURN NEW;
    END IF;
"""
#: After a superuser's way (what is given is kept), before an approval's check.
_DECISIONS = (
    "    IF TG_OP = 'UPDATE' AND NEW.status = 'approved' AND OLD.status IS DISTINCT FROM"
    " 'approved' THEN\n"
)
_APPROVAL = """        -- An approval: the days must still fit the allowance, whatever was approved
        -- since the request was filed.
"""
_APPROVAL_RECOUNTS = (
    _APPROVAL
    + """        -- Migration 0076: counted again on the calendar of today, not trusted.
        NEW.days_requested := public.dicel_working_days(NEW.start_date, NEW.end_date);
"""
)
_CHECK_BEFORE = or_replace(_0012.CHECK_REQUEST)
CHECK_REQUEST = replaced(
    replaced(_CHECK_BEFORE, _DECISIONS, _RECOUNT + _DECISIONS), _APPROVAL, _APPROVAL_RECOUNTS
)

_HOLIDAY_SIGNATURE = "public.dicel_holiday_stays_or_recounts()"
HOLIDAY_FUNCTION = f"""
CREATE FUNCTION {_HOLIDAY_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_today date := public.dicel_company_day();
    v_old date;
    v_new date;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        v_old := OLD.holiday_date;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        v_new := NEW.holiday_date;
    END IF;
    IF v_old IS NOT DISTINCT FROM v_new THEN
        -- Renamed (the date named, unchanged): nothing counted changes. Before the
        -- write, the row goes on as it is (NULL would drop the update).
        RETURN CASE WHEN TG_WHEN = 'BEFORE' THEN NEW END;
    END IF;
    IF TG_WHEN = 'BEFORE' THEN
        -- Approved leave was counted with a past holiday: it stays as it is.
        IF (v_old < v_today OR v_new < v_today) AND NOT ({_NOT_DICEL}) THEN
            RAISE EXCEPTION USING ERRCODE = 'DW114',
                MESSAGE = 'a holiday already past is not added, removed or moved',
                SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'holiday_date',
                DETAIL = json_build_object('day', least(v_old, v_new))::text;
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    -- After: the requests covering either day are counted again (the rules trigger
    -- says whether the new count stands).
    UPDATE public.leave_requests r
       SET days_requested = public.dicel_working_days(r.start_date, r.end_date)
     WHERE r.status IN ('pending', 'approved')
       AND ((v_old IS NOT NULL AND r.start_date <= v_old AND r.end_date >= v_old)
            OR (v_new IS NOT NULL AND r.start_date <= v_new AND r.end_date >= v_new))
       AND r.days_requested IS DISTINCT FROM
           public.dicel_working_days(r.start_date, r.end_date);
    RETURN NULL;
END
$$"""
HOLIDAY_TRIGGERS = (
    (
        "holidays_past_stay",
        "BEFORE INSERT OR UPDATE OF holiday_date OR DELETE ON public.holidays FOR EACH ROW",
    ),
    (
        "holidays_recount_leave",
        "AFTER INSERT OR UPDATE OF holiday_date OR DELETE ON public.holidays FOR EACH ROW",
    ),
)

# --------------------------------------------------------------------------- pay periods

#: What the DW331 rule counts as pay (0057): its change is a change of the payslips.
PAY_COLUMNS: tuple[str, ...] = _0057.PAY_COLUMNS
_PAY_TERMS = _0057._PAY_TERMS
_TOUCH_SIGNATURE = "public.dicel_pay_change_touches_payslips()"
TOUCH_FUNCTION = f"""
CREATE FUNCTION {_TOUCH_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
BEGIN
    -- Migration 0076: the pending periods paying the employee are locked as a file of
    -- theirs locks them (0073), then their payslips of the employee are stamped after
    -- the lock: the period's version moves, and a decision waits for this commit.
    PERFORM FROM public.payroll_periods p
     WHERE p.status = 'pending'
       AND EXISTS (SELECT FROM public.payroll_records r
                    WHERE r.employee_id = NEW.id AND r.status <> 'cancelled'
                      AND r.pay_period_start = p.period_start
                      AND r.pay_period_end = p.period_end)
       FOR NO KEY UPDATE;
    UPDATE public.payroll_records r SET updated_at = clock_timestamp()
      FROM public.payroll_periods p
     WHERE r.employee_id = NEW.id AND r.status <> 'cancelled' AND p.status = 'pending'
       AND r.pay_period_start = p.period_start AND r.pay_period_end = p.period_end;
    RETURN NULL;
END
$$"""
TOUCH_TRIGGER = (
    f"CREATE TRIGGER employees_pay_change_touches_payslips AFTER UPDATE OF"
    f" {', '.join(PAY_COLUMNS)} ON public.employees FOR EACH ROW"
    f" WHEN ({' OR '.join(f'OLD.{c} IS DISTINCT FROM NEW.{c}' for c in PAY_COLUMNS)})"
    f" EXECUTE FUNCTION {_TOUCH_SIGNATURE}"
)

#: 0073's decision: its look at the entries since shown, with the employees' pay.
_PAYSLIPS_ENTRIES = """                        OR (l.table_name = 'payroll_records' AND l.record_id IN
                            (SELECT r.id FROM public.payroll_records r WHERE r.pay_period_start = v_period.period_start AND r.pay_period_end = v_period.period_end AND r.status <> 'cancelled'))
"""
_PAY_ENTRIES = f"""                        -- Migration 0076: what pays its people (DW331's columns).
                        OR (l.table_name = 'employees' AND l.new_values ?| {_PAY_TERMS}
                            AND l.record_id IN
                            (SELECT r.employee_id FROM public.payroll_records r WHERE r.pay_period_start = v_period.period_start AND r.pay_period_end = v_period.period_end AND r.status <> 'cancelled'))
"""
_DECIDE_BEFORE = _0073._payroll(late_files=True)
DECIDE_PAYROLL = replaced(_DECIDE_BEFORE, _PAYSLIPS_ENTRIES, _PAYSLIPS_ENTRIES + _PAY_ENTRIES)

# --------------------------------------------------------------------------- administrators

#: What makes a payslip's net pay, and whose it is.
PAYSLIP_PAY = ("employee_id", "basic_salary", "allowances", "deductions", "net_salary")
_PAYSLIP_SIGNATURE = "public.dicel_payslip_administrator_by_administrator()"
_FIRST_CHANGED = "\n".join(
    f"                    WHEN OLD.{c} IS DISTINCT FROM NEW.{c} THEN '{c}'" for c in PAYSLIP_PAY
)
_ROW = "CASE WHEN TG_OP = 'DELETE' THEN OLD.employee_id ELSE NEW.employee_id END"
PAYSLIP_FUNCTION = f"""
CREATE FUNCTION {_PAYSLIP_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_user uuid;
BEGIN
    IF {_NOT_DICEL} OR {_ADMIN} THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    -- Migration 0076: an administrator's payslip (before or after the change) is paid
    -- as an administrator sets it (DW604, as their salary).
    SELECT u.id INTO v_user FROM public.employees e JOIN public.users u ON u.id = e.user_id
     WHERE u.role = 'admin'
       AND (e.id = {_ROW}
            OR (TG_OP = 'UPDATE' AND e.id = OLD.employee_id))
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW604',
            MESSAGE = 'only an administrator changes the pay of an administrator',
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME,
            COLUMN = CASE WHEN TG_OP <> 'UPDATE' THEN 'net_salary' ELSE CASE
{_FIRST_CHANGED}
                    ELSE 'net_salary' END END,
            DETAIL = json_build_object('id', {_ROW},
                                       'name', public.dicel_person_name(v_user))::text;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$"""
PAYSLIP_TRIGGER = (
    "CREATE TRIGGER payroll_records_administrator_by_administrator BEFORE INSERT OR DELETE"
    f" OR UPDATE OF {', '.join(PAYSLIP_PAY)} ON public.payroll_records FOR EACH ROW"
    # The payroll run and the workflow functions run as dicel_owner: a login cannot.
    " WHEN (current_user <> 'dicel_owner')"
    f" EXECUTE FUNCTION {_PAYSLIP_SIGNATURE}"
)

_ATTENDANCE_SIGNATURE = "public.dicel_attendance_not_own_nor_administrators()"
ATTENDANCE_FUNCTION = f"""
CREATE FUNCTION {_ATTENDANCE_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_me uuid := public.dicel_current_employee_id();
    v_user uuid;
    v_employee uuid;
BEGIN
    IF {_NOT_DICEL} THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    -- Migration 0076: one's own attendance is someone else's to record or correct.
    IF v_me IS NOT NULL
       AND ((TG_OP <> 'INSERT' AND OLD.employee_id = v_me)
            OR (TG_OP <> 'DELETE' AND NEW.employee_id = v_me)) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW011', MESSAGE = 'one''s own attendance',
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'employee_id',
            DETAIL = json_build_object('what', 'attendance')::text;
    END IF;
    -- An administrator's, an administrator's (DW604's rule).
    IF NOT {_ADMIN} THEN
        SELECT e.id, u.id INTO v_employee, v_user
          FROM public.employees e JOIN public.users u ON u.id = e.user_id
         WHERE u.role = 'admin'
           AND ((TG_OP <> 'INSERT' AND e.id = OLD.employee_id)
                OR (TG_OP <> 'DELETE' AND e.id = NEW.employee_id))
         LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION USING ERRCODE = 'DW605',
                MESSAGE = 'only an administrator records the attendance of an administrator',
                SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'employee_id',
                DETAIL = json_build_object('id', v_employee,
                                           'name', public.dicel_person_name(v_user))::text;
        END IF;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$"""
ATTENDANCE_TRIGGER = (
    "CREATE TRIGGER attendance_records_not_own_nor_administrators"
    " BEFORE INSERT OR UPDATE OR DELETE ON public.attendance_records FOR EACH ROW"
    f" EXECUTE FUNCTION {_ATTENDANCE_SIGNATURE}"
)

# --------------------------------------------------------------------------- apply

#: (signature, CREATE, triggers as (name, table, CREATE TRIGGER)).
_NEW: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    (
        _HOLIDAY_SIGNATURE,
        HOLIDAY_FUNCTION,
        [
            (
                name,
                "holidays",
                f"CREATE TRIGGER {name} {when} EXECUTE FUNCTION {_HOLIDAY_SIGNATURE}",
            )
            for name, when in HOLIDAY_TRIGGERS
        ],
    ),
    (
        _TOUCH_SIGNATURE,
        TOUCH_FUNCTION,
        [("employees_pay_change_touches_payslips", "employees", TOUCH_TRIGGER)],
    ),
    (
        _PAYSLIP_SIGNATURE,
        PAYSLIP_FUNCTION,
        [("payroll_records_administrator_by_administrator", "payroll_records", PAYSLIP_TRIGGER)],
    ),
    (
        _ATTENDANCE_SIGNATURE,
        ATTENDANCE_FUNCTION,
        [
            (
                "attendance_records_not_own_nor_administrators",
                "attendance_records",
                ATTENDANCE_TRIGGER,
            )
        ],
    ),
]


def upgrade() -> None:
    # CREATE OR REPLACE: each keeps its owner and grants.
    execute_sql(CHECK_REQUEST)
    execute_sql(DECIDE_PAYROLL)
    for signature, create, triggers in _NEW:
        create_owned_function(create, signature)
        for _name, _table, trigger in triggers:
            execute_sql(trigger)


def downgrade() -> None:
    for signature, _create, triggers in reversed(_NEW):
        for name, table, _trigger in triggers:
            execute_sql(f"DROP TRIGGER {name} ON public.{table}")
        execute_sql(f"DROP FUNCTION {signature}")
    execute_sql(_DECIDE_BEFORE)
    execute_sql(_CHECK_BEFORE)
