"""What the psql review psql40b found in migrations 0140 to 0146 (psqlfix40).

Revision ID: 0148
Revises: 0147
Create Date: 2026-12-08

/work/reports/psql40b.md, findings 1 to 5:

* **A login's expiry is not one's own, nor the last administrator's** (#1,
  ``dicel_set_login_expiry``): one's own account is refused as a role change or a
  deactivation is (DU010: an administrator who expired themself could not undo it). An
  expiry on an active administrator when no other active administrator's login would
  still log in after it (a login that exists, may log in, and has no expiry before that
  moment) is DW601, the last-administrator rule, under its advisory lock (0047). The
  change is audited: an entry ``UPDATE`` of ``users`` with the login's expiry before and
  after (``login_expiry``, NULL for none), since the users row itself does not change.
* **A balance tells only what the caller may read** (#2, ``dicel_leave_balance``): the
  allowance pro-rated by the months of service, and ``months``, go to callers who read
  ``employees.hire_date`` and ``termination_date`` (HR, admin) and to the employee for
  their own current year. Others (a supervisor, compliance, the employee for another
  year) get the whole year's allowance, what is left of it, and ``months`` NULL: the
  window's "18 a year" stays true, and nothing varies with the dates of employment.
* **A holiday waits for a pending payroll run counting unpaid leave** (#3, DW126,
  trigger ``holidays_unpaid_leave_waits_for_run``): adding, removing or moving a holiday
  on a working day of a month whose payroll run is pending, when someone has approved
  unpaid leave with a working day in that month, is refused: the run counted that
  leave's working days and the month's as they were (DW353's way out: cancel the run,
  change the holiday, run the month again). A superuser (the demo's loader) is not asked.
* **DW120 on approval** (#4, ``dicel_leave_within_employment``): a request approved is
  checked against the dates of employment too, so a pending request for days after a
  termination date HR wrote ahead is not approved.
* **DW608 in any case** (#5, ``dicel_setting_key_read``): a key whose family differs from
  one of DICEL's only in case (``Leave.allowance.unpaid``) is refused as well.

Written as 0149 on 0146, it is 0148 on closed40's 0147 since the merge. A downgrade puts every function back as it was and drops the trigger.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import (
    DEFINER,
    change_live_function,
    create_owned_function,
    execute_sql,
)

revision: str = "0148"
down_revision: str | None = "0147"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HOLIDAY_WAITS = "DW126"
#: Refusals of this revision: (what, the keys of its DETAIL).
REFUSALS = {
    HOLIDAY_WAITS: (
        "a holiday changed in a month whose payroll run counted unpaid leave",
        ("name", "start_date", "end_date"),
    ),
}


# ---------------------------------------------------------------- 1. a login's expiry

EXPIRY_SIGNATURE = "public.dicel_set_login_expiry(text, timestamptz)"
_EXPIRY_DECLARE = "    v_login text := lower(btrim(p_email));\nBEGIN\n"
_EXPIRY_DECLARE_NOW = """    v_login text := lower(btrim(p_email));
    v_user record;
    v_was timestamptz;
    v_is timestamptz := CASE WHEN isfinite(p_until) THEN p_until END;
BEGIN
    -- Migration 0148 (psql40b #1): not on one's own account, as a role change or a
    -- deactivation (an administrator who expired themself could not undo it).
    IF v_login = session_user THEN
        RAISE EXCEPTION 'cannot set one''s own login expiry' USING ERRCODE = 'DU010';
    END IF;
    -- One change that may take an administrator away at a time (migration 0047's
    -- lock), taken before the user's row: what the previous one left is counted.
    PERFORM pg_catalog.pg_advisory_xact_lock(16708, 0);
"""
_EXPIRY_ROW = "    PERFORM FROM public.users u WHERE lower(u.email) = v_login FOR UPDATE;\n"
_EXPIRY_ROW_NOW = (
    "    SELECT u.id, u.role, coalesce(u.is_active, true) AS active INTO v_user\n"
    "      FROM public.users u WHERE lower(u.email) = v_login FOR UPDATE;\n"
)
_EXPIRY_SET = "    PERFORM public.dicel_provision_set_valid_until(v_login, p_until);\n"
_EXPIRY_SET_NOW = """    -- Migration 0148: an expiry leaves an administrator who can log in after it (the
    -- rule DW601 keeps for a role change or a deactivation): another active one whose
    -- login exists, may log in, and has no expiry before this one.
    IF v_is IS NOT NULL AND v_user.role = 'admin' AND v_user.active
       AND NOT EXISTS (
           SELECT FROM public.users o
             JOIN pg_catalog.pg_roles r ON r.rolname = lower(o.email)
            WHERE o.role = 'admin' AND coalesce(o.is_active, true) AND o.id <> v_user.id
              AND r.rolcanlogin
              AND (r.rolvaliduntil IS NULL OR r.rolvaliduntil > v_is)) THEN
        RAISE EXCEPTION USING
            ERRCODE = 'DW601',
            MESSAGE = format('%s is the last administrator who could log in after %s:'
                             ' their login keeps no such expiry', v_login, v_is),
            DETAIL = json_build_object('email', v_login)::text,
            HINT = 'Make someone else an administrator first.';
    END IF;
    v_was := (SELECT CASE WHEN isfinite(r.rolvaliduntil) THEN r.rolvaliduntil END
                FROM pg_catalog.pg_roles r WHERE r.rolname = v_login);
    PERFORM public.dicel_provision_set_valid_until(v_login, p_until);
    -- Audited as a change of the user (their row does not change: a role attribute),
    -- in the entry dicel_audit() writes, naming who did it.
    IF v_was IS DISTINCT FROM v_is THEN
        INSERT INTO public.audit_logs
            (user_id, action, table_name, record_id, old_values, new_values, ip_address,
             user_agent, created_at)
        VALUES ((SELECT u.id FROM public.users u WHERE u.email = session_user),
                'UPDATE', 'users', v_user.id,
                jsonb_build_object('login_expiry', v_was),
                jsonb_build_object('login_expiry', v_is),
                inet_client_addr(), nullif(current_setting('application_name', true), ''),
                clock_timestamp());
    END IF;
"""
EXPIRY_PAIRS = [
    (_EXPIRY_DECLARE, _EXPIRY_DECLARE_NOW),
    (_EXPIRY_ROW, _EXPIRY_ROW_NOW),
    (_EXPIRY_SET, _EXPIRY_SET_NOW),
]

# ---------------------------------------------------------------- 2. a leave balance

BALANCE_SIGNATURE = "public.dicel_leave_balance(uuid, text, integer)"
_BALANCE_DECLARE = "    v_used record;\nBEGIN\n"
_BALANCE_DECLARE_NOW = "    v_used record;\n    v_dated boolean;\nBEGIN\n"
_BALANCE_ALLOWANCE = (
    "    v_allowance := public.dicel_leave_allowance(v_employee, v_type, v_year);"
    "  -- migration 0146\n"
)
_BALANCE_ALLOWANCE_NOW = """    -- Migration 0148 (psql40b #2): the allowance pro-rated by the months of service, and
    -- those months, tell the dates of employment: only to who may read them, and to the
    -- employee for their own current year. Others get the whole year's allowance.
    v_dated := (pg_catalog.has_column_privilege(session_user, 'public.employees',
                                                 'hire_date', 'SELECT')
                AND pg_catalog.has_column_privilege(session_user, 'public.employees',
                                                     'termination_date', 'SELECT'))
               OR (v_employee IS NOT DISTINCT FROM v_me.employee_id
                   AND v_year = extract(year FROM public.dicel_company_day())::integer);
    v_allowance := public.dicel_leave_allowance(CASE WHEN v_dated THEN v_employee END,
                                                v_type, v_year);
"""
_BALANCE_MONTHS = "CASE WHEN v_allowance IS NOT NULL AND v_type = ANY (ARRAY['annual']::text[])"
_BALANCE_MONTHS_NOW = (
    "CASE WHEN v_dated AND v_allowance IS NOT NULL AND v_type = ANY (ARRAY['annual']::text[])"
)
BALANCE_PAIRS = [
    (_BALANCE_DECLARE, _BALANCE_DECLARE_NOW),
    (_BALANCE_ALLOWANCE, _BALANCE_ALLOWANCE_NOW),
    (_BALANCE_MONTHS, _BALANCE_MONTHS_NOW),
]

# ---------------------------------------------------------------- 3. a holiday and a run

HOLIDAY_SIGNATURE = "public.dicel_holiday_waits_for_run()"
HOLIDAY_TRIGGER = "holidays_unpaid_leave_waits_for_run"
HOLIDAY = f"""
CREATE FUNCTION {HOLIDAY_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_old date;
    v_new date;
    v_hit record;
BEGIN
    -- Migration 0148 (psql40b #3): a pending payroll run counted approved unpaid leave
    -- in working days, the month's holidays out (0145). A holiday added, removed or
    -- moved on a working day of that month would change the count the payslips waiting
    -- for approval hold: it waits for the run to be cancelled, as a decision on that
    -- leave does (DW353). A superuser (the demo's loader) is not asked.
    IF TG_OP <> 'INSERT' THEN
        v_old := OLD.holiday_date;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        v_new := NEW.holiday_date;
    END IF;
    IF v_old IS DISTINCT FROM v_new
       AND EXISTS (SELECT FROM public.users u WHERE u.email = session_user) THEN
        SELECT p.period_start, p.period_end, w.name INTO v_hit
          FROM public.payroll_periods AS p
         CROSS JOIN LATERAL (
            SELECT coalesce(public.dicel_person_name(e.user_id), e.employee_number) AS name
              FROM public.employees AS e
             WHERE public.dicel_unpaid_leave_days(e.id, p.period_start, p.period_end) > 0
             ORDER BY e.employee_number
             LIMIT 1) AS w
         WHERE p.status = 'pending'
           AND EXISTS (SELECT FROM (VALUES (v_old), (v_new)) AS d(day)
                        WHERE d.day BETWEEN p.period_start AND p.period_end
                          AND extract(isodow FROM d.day) < 6)
         ORDER BY p.period_start
         LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION USING ERRCODE = '{HOLIDAY_WAITS}',
                MESSAGE = 'a holiday in a month whose payroll run counted unpaid leave',
                DETAIL = json_build_object('name', v_hit.name,
                                           'start_date', v_hit.period_start,
                                           'end_date', v_hit.period_end)::text,
                SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'holiday_date';
        END IF;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$"""
CREATE_HOLIDAY_TRIGGER = (
    f"CREATE TRIGGER {HOLIDAY_TRIGGER} BEFORE INSERT OR DELETE OR UPDATE OF holiday_date"
    f" ON public.holidays FOR EACH ROW EXECUTE FUNCTION {HOLIDAY_SIGNATURE}"
)

# ---------------------------------------------------------------- 4. DW120 on approval

WITHIN_SIGNATURE = "public.dicel_leave_within_employment()"
_WITHIN_ASKED = """    IF NOT (TG_OP = 'INSERT'
            OR (NEW.employee_id, NEW.start_date, NEW.end_date)
               IS DISTINCT FROM (OLD.employee_id, OLD.start_date, OLD.end_date)) THEN
"""
_WITHIN_ASKED_NOW = """    -- Migration 0148 (psql40b #4): and when approved, so that a request filed before HR
    -- wrote a termination date ahead is not approved for days after it.
    IF NOT (TG_OP = 'INSERT'
            OR (NEW.employee_id, NEW.start_date, NEW.end_date)
               IS DISTINCT FROM (OLD.employee_id, OLD.start_date, OLD.end_date)
            OR (NEW.status = 'approved' AND OLD.status IS DISTINCT FROM 'approved')) THEN
"""
WITHIN_PAIRS = [(_WITHIN_ASKED, _WITHIN_ASKED_NOW)]

# ---------------------------------------------------------------- 5. DW608 in any case

KEY_READ_SIGNATURE = "public.dicel_setting_key_read()"
_KEY_FAMILY = "OR NOT split_part(NEW.setting_key, '.', 1) = ANY"
# Migration 0148 (psql40b #5): DICEL reads keys exactly, so "Leave.allowance.unpaid" is a
# key of the leave family that is never read. (DICEL's families are lower case.)
_KEY_FAMILY_NOW = "OR NOT lower(split_part(NEW.setting_key, '.', 1)) = ANY"
KEY_PAIRS = [(_KEY_FAMILY, _KEY_FAMILY_NOW)]


def upgrade() -> None:
    change_live_function(EXPIRY_SIGNATURE, EXPIRY_PAIRS, forward=True)
    change_live_function(BALANCE_SIGNATURE, BALANCE_PAIRS, forward=True)
    create_owned_function(HOLIDAY, HOLIDAY_SIGNATURE)
    execute_sql(CREATE_HOLIDAY_TRIGGER)
    change_live_function(WITHIN_SIGNATURE, WITHIN_PAIRS, forward=True)
    change_live_function(KEY_READ_SIGNATURE, KEY_PAIRS, forward=True)
    # The balance now reads the company's day (the current year).
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    change_live_function(KEY_READ_SIGNATURE, KEY_PAIRS, forward=False)
    change_live_function(WITHIN_SIGNATURE, WITHIN_PAIRS, forward=False)
    execute_sql(f"DROP TRIGGER {HOLIDAY_TRIGGER} ON public.holidays")
    execute_sql(f"DROP FUNCTION {HOLIDAY_SIGNATURE}")
    change_live_function(BALANCE_SIGNATURE, BALANCE_PAIRS, forward=False)
    change_live_function(EXPIRY_SIGNATURE, EXPIRY_PAIRS, forward=False)
    pin_company_time_zone(op.get_bind())
