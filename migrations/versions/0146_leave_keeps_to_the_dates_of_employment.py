"""Leave keeps to the dates of employment: none before the hire date or after leaving,
a leaver's open leave ends with them, and the year's allowance follows the months of
service.

Revision ID: 0146
Revises: 0145
Create Date: 2026-12-07

From the review of DICEL as the people it manages (/work/reports/people40.md, findings
2, high, and 4, medium). Attendance keeps to the dates of employment since 0096; leave
did not: HR filed annual leave for days before someone's hire date and after their
termination date, a supervisor approved a leaver's request two weeks after they left,
and someone hired on 2 November had the whole year's 18 days for 2026.

* **Within employment** (trigger ``leave_requests_person_employed``, function
  ``dicel_leave_within_employment``; DW120, DETAIL ``name``, ``start_date``,
  ``end_date``, ``hired``, ``left`` only after leaving; COLUMN the date past the bound):
  a request filed, or its dates or employee changed, starting before the hire date or
  ending after the termination date is refused, as attendance's DW606. Its name sorts
  after ``leave_requests_own_employee`` (which names the employee of a self-service
  row) and before ``leave_requests_rules``, so a day after leaving is said before the
  balance. A superuser loading data is not asked; rows from before stay.
* **A leaver's leave is neither filed nor decided** (DW121, DETAIL ``name``, ``left``):
  a request for someone terminated, or a pending request of theirs approved or rejected
  (the supervisor's, HR's, psql's path alike).
* **Terminating ends open leave** (trigger ``employees_leaver_leave_ends``, AFTER UPDATE
  OF status when it becomes ``terminated``, function ``dicel_end_leavers_leave``): in
  the step's own transaction, every pending request of the leaver, and every approved
  leave starting after the termination date, is cancelled (``dicel_leave_ended_by_leaving``
  says which: the one rule the trigger and the Terminate dialog read). The cancellation
  NOTIFYs as any change of a request, so the supervisor's Waiting for me drops it. An
  approved leave already begun by the termination date is left as it is (it is being
  taken; nothing shortens an approved leave yet, people40 finding 5).
* **The allowance of a year of joining or leaving** (``dicel_leave_allowance``, read by
  ``dicel_check_leave_request`` at filing, approval and a holiday's recount, and by
  ``dicel_leave_balance``): annual leave's setting times the months of service in that
  year over 12, rounded down to the half day; a month counts when the person is employed
  on its 15th (``dicel_leave_service_months``). Other types are not pro-rated.
  ``dicel_leave_balance`` gains a fifth column, ``months``: the months counted, NULL
  where the allowance is not pro-rated (so the function is dropped and created again,
  its grant given back here too).

A downgrade puts the functions back as the database held them and drops the rest.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import (
    DEFINER,
    create_owned_function,
    execute_sql,
    live_function,
    replaced,
)
from dicel_desktop.domain.roles import BASE_GROUP_ROLE, Role

revision: str = "0146"
down_revision: str | None = "0145"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Refusals of this revision: (what, the keys of its DETAIL).
REFUSALS = {
    "DW120": (
        "leave on a day its employee was not employed",
        ("name", "start_date", "end_date", "hired", "left"),
    ),
    "DW121": ("leave of an employee who has left", ("name", "left")),
}

#: The leave types whose allowance is earned by the month of service (Rwanda's labour
#: law: 1.5 working days of annual leave a month); frozen here, as
#: ``domain.leave_service.PRORATED_TYPES``.
PRORATED = ("annual",)
#: A month counts when the person is employed on this day of it (hired by the 15th, left
#: on or after it): ``domain.leave_service.COUNTED_DAY``.
COUNTED_DAY = 15

_PRORATED_SQL = "ARRAY[" + ", ".join(f"'{t}'" for t in PRORATED) + "]::text[]"

MONTHS_SIGNATURE = "public.dicel_leave_service_months(uuid, integer)"
MONTHS = f"""
CREATE FUNCTION {MONTHS_SIGNATURE} RETURNS integer
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp
AS $$
    -- Migration 0146: the months of p_year whose {COUNTED_DAY}th the employee was
    -- employed on (no employee: the whole year, the caller's checks say the rest).
    SELECT CASE WHEN NOT EXISTS (SELECT FROM public.employees e WHERE e.id = $1) THEN 12
           ELSE (SELECT count(*)::integer
                   FROM public.employees e, generate_series(1, 12) AS m
                  WHERE e.id = $1
                    AND (e.hire_date IS NULL OR make_date($2, m, {COUNTED_DAY}) >= e.hire_date)
                    AND (e.termination_date IS NULL
                         OR make_date($2, m, {COUNTED_DAY}) <= e.termination_date))
           END
$$"""

ALLOWANCE_SIGNATURE = "public.dicel_leave_allowance(uuid, text, integer)"
ALLOWANCE = f"""
CREATE FUNCTION {ALLOWANCE_SIGNATURE} RETURNS numeric
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_allowance numeric := (SELECT s.setting_value::numeric FROM public.system_settings s
                             WHERE s.setting_key = 'leave.allowance.' || $2
                               AND s.setting_value ~ '^\\s*[0-9]+(\\.[0-9]+)?\\s*$');
    v_months integer;
BEGIN
    -- Migration 0146: a year's allowance of annual leave is earned by the month of
    -- service (1.5 days a month for 18 a year): a year of joining or leaving counts its
    -- months, rounded down to the half day (the balance says half days; no right is
    -- invented, and 18's 1.5 a month is never rounded).
    IF v_allowance IS NULL OR NOT ($2 = ANY ({_PRORATED_SQL})) THEN
        RETURN v_allowance;
    END IF;
    v_months := public.dicel_leave_service_months($1, $3);
    IF v_months >= 12 THEN
        RETURN v_allowance;
    END IF;
    RETURN trim_scale(floor(v_allowance * v_months / 6) / 2);
END
$$"""

#: dicel_check_leave_request's three reads of the setting (filing, approval, a holiday's
#: recount), as the database holds them, and what reads the employee's allowance.
_SETTING_READ = (
    "v_allowance := (SELECT s.setting_value::numeric FROM public.system_settings s WHERE"
    " s.setting_key = 'leave.allowance.' || NEW.leave_type AND s.setting_value ~"
    " '^\\s*[0-9]+(\\.[0-9]+)?\\s*$');"
)
_ALLOWANCE_READ = (
    "v_allowance := public.dicel_leave_allowance(NEW.employee_id, NEW.leave_type,"
    " extract(year FROM NEW.start_date)::integer);  -- migration 0146"
)
CHECK_SIGNATURE = "public.dicel_check_leave_request()"

BALANCE_SIGNATURE = "public.dicel_leave_balance(uuid, text, integer)"
_BALANCE_RETURNS = (
    "RETURNS TABLE(allowance numeric, taken integer, pending integer, remaining numeric)"
)
_BALANCE_RETURNS_MONTHS = (
    "RETURNS TABLE(allowance numeric, taken integer, pending integer, remaining numeric,"
    " months integer)"
)
_BALANCE_SETTING_READ = (
    "v_allowance := (SELECT s.setting_value::numeric FROM public.system_settings s WHERE"
    " s.setting_key = 'leave.allowance.' || v_type AND s.setting_value ~"
    " '^\\s*[0-9]+(\\.[0-9]+)?\\s*$');"
)
_BALANCE_ALLOWANCE_READ = (
    "v_allowance := public.dicel_leave_allowance(v_employee, v_type, v_year);  -- migration 0146"
)
_BALANCE_ROW = "v_allowance - v_used.taken - v_used.pending;"
_BALANCE_ROW_MONTHS = (
    "v_allowance - v_used.taken - v_used.pending,\n"
    "                        CASE WHEN v_allowance IS NOT NULL"
    f" AND v_type = ANY ({_PRORATED_SQL})\n"
    "                             THEN public.dicel_leave_service_months(v_employee, v_year)"
    " END;"
)

ENDED_SIGNATURE = "public.dicel_leave_ended_by_leaving(uuid, date)"
ENDED = """
CREATE FUNCTION public.dicel_leave_ended_by_leaving(employee uuid, left_on date)
RETURNS TABLE(id uuid, leave_type text, start_date date, end_date date, status text)
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp
AS $$
    -- Migration 0146: what a termination on left_on cancels, as the caller may see it:
    -- every pending request (nobody decides a leaver's leave, DW121), and approved
    -- leave starting after that day. One begun by then is being taken: it stays.
    SELECT r.id, r.leave_type::text, r.start_date, r.end_date, r.status::text
      FROM public.leave_requests r
     WHERE r.employee_id = $1
       AND (r.status = 'pending' OR (r.status = 'approved' AND r.start_date > $2))
     ORDER BY r.start_date, r.id
$$"""

END_SIGNATURE = "public.dicel_end_leavers_leave()"
END = f"""
CREATE FUNCTION {END_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
BEGIN
    -- Migration 0146: someone who has left takes no leave. Their open leave ends in the
    -- step's own transaction, whoever terminates them (the window, psql, a superuser):
    -- each cancellation is a change of the request (audit, NOTIFY to the inboxes).
    UPDATE public.leave_requests AS r SET status = 'cancelled'
     WHERE r.id IN (SELECT x.id FROM public.dicel_leave_ended_by_leaving(
                        NEW.id, coalesce(NEW.termination_date, current_date)) AS x);
    RETURN NULL;
END
$$"""
END_TRIGGER = (
    "CREATE TRIGGER employees_leaver_leave_ends AFTER UPDATE OF status ON public.employees"
    " FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status"
    " AND NEW.status = 'terminated')"
    f" EXECUTE FUNCTION {END_SIGNATURE}"
)

WITHIN_SIGNATURE = "public.dicel_leave_within_employment()"
WITHIN = f"""
CREATE FUNCTION {WITHIN_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_employee record;
BEGIN
    -- Migration 0146: leave is of days the employee is employed, as attendance (0096);
    -- a superuser loading data is not asked.
    IF EXISTS (SELECT FROM pg_catalog.pg_roles r
                WHERE r.rolname = session_user AND r.rolsuper) THEN
        RETURN NEW;
    END IF;
    SELECT e.hire_date, e.termination_date, e.status,
           coalesce(public.dicel_person_name(e.user_id), e.employee_number) AS name
      INTO v_employee
      FROM public.employees e WHERE e.id = NEW.employee_id;
    IF NOT FOUND THEN
        RETURN NEW;  -- no employee: the rules and the foreign key say so
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status
       AND NEW.status IN ('approved', 'rejected') AND v_employee.status = 'terminated' THEN
        -- A decision on the leave of someone who left (their open leave was cancelled
        -- when they left; HR cancels what a superuser left open).
        RAISE EXCEPTION USING ERRCODE = 'DW121',
            MESSAGE = 'the employee has left: their leave is not decided',
            TABLE = TG_TABLE_NAME, COLUMN = 'status',
            DETAIL = json_build_object('name', v_employee.name,
                                       'left', v_employee.termination_date)::text;
    END IF;
    IF NOT (TG_OP = 'INSERT'
            OR (NEW.employee_id, NEW.start_date, NEW.end_date)
               IS DISTINCT FROM (OLD.employee_id, OLD.start_date, OLD.end_date)) THEN
        RETURN NEW;
    END IF;
    IF v_employee.status = 'terminated' THEN
        RAISE EXCEPTION USING ERRCODE = 'DW121',
            MESSAGE = 'the employee has left: no leave is filed for them',
            TABLE = TG_TABLE_NAME, COLUMN = 'employee_id',
            DETAIL = json_build_object('name', v_employee.name,
                                       'left', v_employee.termination_date)::text;
    END IF;
    IF NEW.start_date < v_employee.hire_date THEN
        RAISE EXCEPTION USING ERRCODE = 'DW120',
            MESSAGE = 'leave before the employee was hired',
            TABLE = TG_TABLE_NAME, COLUMN = 'start_date',
            DETAIL = json_build_object('name', v_employee.name,
                                       'start_date', NEW.start_date,
                                       'end_date', NEW.end_date,
                                       'hired', v_employee.hire_date)::text;
    END IF;
    IF NEW.end_date > v_employee.termination_date THEN
        RAISE EXCEPTION USING ERRCODE = 'DW120',
            MESSAGE = 'leave after the employee leaves',
            TABLE = TG_TABLE_NAME, COLUMN = 'end_date',
            DETAIL = json_build_object('name', v_employee.name,
                                       'start_date', NEW.start_date,
                                       'end_date', NEW.end_date,
                                       'hired', v_employee.hire_date,
                                       'left', v_employee.termination_date)::text;
    END IF;
    RETURN NEW;
END
$$"""
WITHIN_TRIGGER = (
    "CREATE TRIGGER leave_requests_person_employed BEFORE INSERT OR UPDATE OF employee_id,"
    " start_date, end_date, status ON public.leave_requests"
    f" FOR EACH ROW EXECUTE FUNCTION {WITHIN_SIGNATURE}"
)

_HR_AND_ADMIN = f"{Role.HR.group_role}, {Role.ADMIN.group_role}"


def _check(counted: bool) -> None:
    before, after = (
        (_SETTING_READ, _ALLOWANCE_READ) if counted else (_ALLOWANCE_READ, _SETTING_READ)
    )
    execute_sql(replaced(live_function(CHECK_SIGNATURE), before, after, count=3))


def _balance(counted: bool) -> None:
    """``dicel_leave_balance`` with (or without) this revision's allowance and column:
    its result changes, so it is dropped and created again, grant included."""
    create = live_function(BALANCE_SIGNATURE)
    pairs = [
        (_BALANCE_RETURNS, _BALANCE_RETURNS_MONTHS),
        (_BALANCE_SETTING_READ, _BALANCE_ALLOWANCE_READ),
        (_BALANCE_ROW, _BALANCE_ROW_MONTHS),
    ]
    for before, after in pairs:
        create = replaced(create, before, after) if counted else replaced(create, after, before)
    execute_sql(f"DROP FUNCTION {BALANCE_SIGNATURE}")
    create_owned_function(create, BALANCE_SIGNATURE)
    execute_sql(f"GRANT EXECUTE ON FUNCTION {BALANCE_SIGNATURE} TO {BASE_GROUP_ROLE}")


def upgrade() -> None:
    create_owned_function(MONTHS, MONTHS_SIGNATURE)
    create_owned_function(ALLOWANCE, ALLOWANCE_SIGNATURE)
    _check(counted=True)
    _balance(counted=True)
    create_owned_function(ENDED, ENDED_SIGNATURE)
    # The Terminate dialog names what the step cancels (sync-grants gives it too).
    execute_sql(f"GRANT EXECUTE ON FUNCTION {ENDED_SIGNATURE} TO {_HR_AND_ADMIN}")
    create_owned_function(END, END_SIGNATURE)
    execute_sql(END_TRIGGER)
    create_owned_function(WITHIN, WITHIN_SIGNATURE)
    execute_sql(WITHIN_TRIGGER)
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    execute_sql("DROP TRIGGER leave_requests_person_employed ON public.leave_requests")
    execute_sql(f"DROP FUNCTION {WITHIN_SIGNATURE}")
    execute_sql("DROP TRIGGER employees_leaver_leave_ends ON public.employees")
    execute_sql(f"DROP FUNCTION {END_SIGNATURE}")
    execute_sql(f"DROP FUNCTION {ENDED_SIGNATURE}")
    _balance(counted=False)
    _check(counted=False)
    execute_sql(f"DROP FUNCTION {ALLOWANCE_SIGNATURE}")
    execute_sql(f"DROP FUNCTION {MONTHS_SIGNATURE}")
    pin_company_time_zone(op.get_bind())
