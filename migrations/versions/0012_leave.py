"""Leave: public holidays, working days, balances, and filing, deciding and cancelling
leave requests through the database's own functions.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04

* ``holidays`` (one row per public holiday: date, name). Everyone reads it; HR keeps it.
* ``dicel_working_days(start, end)``: the weekdays between the two dates (both
  included) that are not holidays. NULL for a NULL date.
* Allowances come from ``system_settings``: ``leave.allowance.<type>`` (a number of
  working days a year; a type without the setting has no allowance and is not limited)
  and ``leave.max_days_in_past`` (how many days before today a request may start; 30
  when the setting is absent). A value that is not a plain non-negative number counts
  as absent. A leave counts in the year it starts.
* ``dicel_leave_balance(employee, type, year)``: allowance, taken (approved), pending,
  remaining (= allowance - taken - pending: what may still be requested).
* **The rules hold whatever the path.** ``leave_requests_rules`` (BEFORE INSERT OR
  UPDATE OF the dates, type, employee, days, status or approver) computes
  ``days_requested`` (no role writes it any more) and refuses a request with no working
  day, one starting further in the past than allowed, one overlapping another pending or
  approved request of the same employee, and one over the remaining balance; refuses
  an approval the allowance no longer has room for; and refuses an approver who is the
  employee's own user, for everyone, superusers included. Filing through
  ``dicel_request_leave``, self-service INSERT and HR's form all pass through it, so a
  clerk with psql gets no further than the window. A superuser (loading or repairing
  data) passes the filing and approval rules. The checks of one employee take an
  advisory lock on that employee, so two filings or approvals at once are checked one
  after the other; a REPEATABLE READ transaction could not see the other's row and is
  refused (DW112).
* ``dicel_request_leave(leave_type, start_date, end_date, reason) RETURNS uuid``: for
  the caller's own employee record.
* ``dicel_decide_leave(request_id, approve, note)``: the employee's supervisor, HR or
  admin; never one's own; one conditional UPDATE whose WHERE says all that (exactly one
  decision), and only when it changes no row, a look at why; an approval re-checks the
  balance (the trigger).
* ``dicel_cancel_leave(request_id, note)``: the employee (their pending request, or
  their approved one before it starts) or HR (any pending or approved one).
* ``dicel_may_decide_leave(request_id)``, ``dicel_may_cancel_leave(request_id)``:
  whether the caller may take that step now (the window offers it then).
* ``dicel_team_away(request_id)``: who else of the employee's team (same supervisor or
  same department) has approved or pending leave on overlapping dates, as the caller
  sees them (row security).
* ``dicel_leave_requests_to_decide(only_id uuid DEFAULT NULL)``: the pending requests
  waiting for the caller (only that one, when given: the inbox reads a changed one):
  their direct reports', and for HR those of employees with no supervisor who can
  decide (none, or one without an active login). HR and admin may decide any other
  from the record itself; the inbox is where a request waits for its decider.
* Row security: the workflow functions (owned by dicel_owner) may update a report's
  request for its supervisor (into a decision by them) and the caller's own request
  (into cancelled). No new SELECT policy.
* ``dicel_has_role`` (migration 0003) becomes an invoker's function the planner inlines
  into the policies: it reads no table, and a definer's call per policy was most of the
  cost of row security on a decision (tests/perf/test_decision_benchmark.py).

The public functions are SECURITY DEFINER, ``search_path = pg_catalog, public,
pg_temp``, owned by dicel_owner. The internal helpers (``dicel_leave_me``,
``dicel_leave_lock``, ``dicel_leave_taken``, ``dicel_leave_title``) are plain functions
of dicel_owner that only those call, executable by no client (sync-grants). Refusals
(DETAIL is JSON data, never words):

* ``DW001`` already decided: ``state``, ``who``, ``when``;
* ``DW002`` not the employee's supervisor, HR or admin: ``deciders``;
* ``DW003`` the caller's own request (or an approver who is the employee);
* ``DW004`` not in a state the step applies to: ``state``, ``action``;
* ``DW101`` no such request, or not one the caller sees;
* ``DW102`` the caller has no employee record;
* ``DW103`` no working day between the dates: ``start_date``, ``end_date``;
* ``DW104`` overlaps another request: ``other_type``, ``other_start``, ``other_end``,
  ``other_state``;
* ``DW105`` over the remaining balance: ``leave_type``, ``year``, ``days``,
  ``allowance``, ``taken``, ``pending``, ``remaining``;
* ``DW106`` approving would go over the allowance: ``leave_type``, ``year``, ``days``,
  ``allowance``, ``taken``;
* ``DW107`` starts too far in the past: ``max_days``, ``earliest``;
* ``DW108`` an approved leave that has started (only HR cancels it): ``start_date``;
* ``DW109`` not the caller's request to cancel;
* ``DW110`` not a balance the caller may see;
* ``DW111`` not a leave type: ``leave_type``, ``choices``;
* ``DW112`` the leave rules do not run in a REPEATABLE READ transaction.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dicel_desktop.db.migrate import DEFINER, SEARCH_PATH, create_owned_function, execute_sql
from dicel_desktop.domain.roles import OWNER_ROLE

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: Frozen with this revision (domain.states.LeaveType at the time).
LEAVE_TYPES = ("annual", "sick", "maternity", "paternity", "compassionate", "study", "unpaid")
_TYPES = "ARRAY[" + ", ".join(f"'{t}'" for t in LEAVE_TYPES) + "]::text[]"
_DASH = "\N{EN DASH}"
#: Used when the system setting leave.max_days_in_past is absent.
DEFAULT_MAX_DAYS_IN_PAST = 30
#: The first key of the advisory locks taken on an employee's leave ("LV").
_LOCK_SPACE = 0x4C56

#: A setting's value that reads as a non-negative number (others count as absent).
_NUMBER = "'^\\s*[0-9]+(\\.[0-9]+)?\\s*$'"


def _allowance(leave_type: str) -> str:
    """SQL: the yearly allowance of ``leave_type`` (an expression); NULL: not limited.
    Written into each PL/pgSQL body, whose plan is kept for the session: a SQL function
    with a query is planned again on every call (a tenth of a decision's time)."""
    return (
        "(SELECT s.setting_value::numeric FROM public.system_settings s"
        f" WHERE s.setting_key = 'leave.allowance.' || {leave_type}"
        f" AND s.setting_value ~ {_NUMBER})"
    )


#: SQL: how many days before today a request may start.
_MAX_DAYS_IN_PAST = (
    "coalesce((SELECT floor(s.setting_value::numeric)::integer FROM public.system_settings s"
    f" WHERE s.setting_key = 'leave.max_days_in_past' AND s.setting_value ~ {_NUMBER}),"
    f" {DEFAULT_MAX_DAYS_IN_PAST})"
)


def _refuse(state: str, message: str, detail: str = "", column: str = "") -> str:
    """PL/pgSQL that raises ``state`` with ``detail`` (SQL building a json object)."""
    parts = [f"ERRCODE = '{state}'", f"MESSAGE = {message}"]
    if detail:
        parts.append(f"DETAIL = ({detail})::text")
    if column:
        parts.append(f"TABLE = 'leave_requests', COLUMN = '{column}'")
    return "RAISE EXCEPTION USING " + ", ".join(parts) + ";"


# --------------------------------------------------------------------------- helpers

HELPERS: list[tuple[str, str]] = [
    (
        "dicel_working_days(date, date)",
        f"""
CREATE FUNCTION public.dicel_working_days(p_start date, p_end date) RETURNS integer
LANGUAGE sql STABLE STRICT {DEFINER}
AS $$
    SELECT count(*)::integer
      FROM generate_series(p_start, p_end, interval '1 day') AS d(day)
     WHERE extract(isodow FROM d.day) < 6
       AND NOT EXISTS (SELECT FROM public.holidays h WHERE h.holiday_date = d.day::date)
$$""",
    ),
    # The internal helpers below are plain SQL (no SECURITY DEFINER, no SET): called only
    # from the definer functions and triggers here, as their owner and with their pinned
    # search_path, and inlined into the calling query by the planner. No client may run
    # them (sync-grants). A definer call costs a switch of user and search_path each
    # time, which made up most of a decision's time.
    (
        "dicel_leave_me()",
        """
CREATE FUNCTION public.dicel_leave_me()
RETURNS TABLE (user_id uuid, employee_id uuid, hr boolean, admin boolean)
LANGUAGE sql STABLE
AS $$
    -- The caller as migration 0003's helpers see them (session_user; a deactivated
    -- user is nobody), in one row.
    SELECT u.id, e.id,
           pg_catalog.pg_has_role(session_user, 'dicel_hr', 'MEMBER'),
           pg_catalog.pg_has_role(session_user, 'dicel_admin', 'MEMBER')
      FROM (SELECT) AS one
      LEFT JOIN public.users u ON u.email = session_user AND coalesce(u.is_active, true)
      LEFT JOIN public.employees e ON e.user_id = u.id
$$""",
    ),
    (
        "dicel_leave_lock(uuid)",
        f"""
CREATE FUNCTION public.dicel_leave_lock(p_employee uuid) RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    -- The checks that follow read the employee's other requests as committed now.
    -- READ COMMITTED reads them afresh after the lock; SERIALIZABLE fails one of two
    -- conflicting transactions; REPEATABLE READ would check against an older snapshot.
    IF current_setting('transaction_isolation') = 'repeatable read' THEN
        {_refuse("DW112", "'leave rules are not checked in a REPEATABLE READ transaction'")}
    END IF;
    PERFORM pg_catalog.pg_advisory_xact_lock({_LOCK_SPACE}, pg_catalog.hashtext(p_employee::text));
END
$$""",
    ),
    (
        "dicel_leave_taken(uuid, text, integer, uuid)",
        """
CREATE FUNCTION public.dicel_leave_taken(p_employee uuid, p_type text, p_year integer,
                                         p_except uuid)
RETURNS TABLE (taken integer, pending integer)
LANGUAGE sql STABLE
AS $$
    -- Row security binds the owner as the caller: callers are the employee, their
    -- supervisor, HR or admin, who all see the employee's requests.
    SELECT coalesce(sum(r.days_requested) FILTER (WHERE r.status = 'approved'), 0)::integer,
           coalesce(sum(r.days_requested) FILTER (WHERE r.status = 'pending'), 0)::integer
      FROM public.leave_requests r
     WHERE r.employee_id = p_employee AND r.leave_type = p_type
       AND r.start_date >= make_date(p_year, 1, 1) AND r.start_date < make_date(p_year + 1, 1, 1)
       AND r.id IS DISTINCT FROM p_except
$$""",
    ),
    (
        "dicel_leave_title(text, date, date)",
        f"""
CREATE FUNCTION public.dicel_leave_title(p_type text, p_start date, p_end date) RETURNS text
LANGUAGE sql STABLE {SEARCH_PATH}
AS $$
    -- "Annual leave, 3-7 March" (an en dash); the year only when it is not this year's.
    SELECT initcap(p_type) || ' leave, ' || CASE
        WHEN p_start = p_end THEN to_char(p_start, 'FMDD FMMonth')
        WHEN date_trunc('month', p_start) = date_trunc('month', p_end)
            THEN to_char(p_start, 'FMDD') || '{_DASH}' || to_char(p_end, 'FMDD FMMonth')
        WHEN date_trunc('year', p_start) = date_trunc('year', p_end)
            THEN to_char(p_start, 'FMDD FMMonth') || ' {_DASH} ' || to_char(p_end, 'FMDD FMMonth')
        ELSE to_char(p_start, 'FMDD FMMonth YYYY') || ' {_DASH} ' || to_char(p_end, 'FMDD FMMonth YYYY')
        END
        || CASE WHEN date_trunc('year', p_start) = date_trunc('year', p_end)
                     AND extract(year FROM p_start) <> extract(year FROM current_date)
                THEN to_char(p_start, ' YYYY') ELSE '' END
$$""",
    ),
]

# --------------------------------------------------------------------------- refusals
# Built once here, so the bodies below read as PL/pgSQL.

_NOT_FOUND = _refuse("DW101", "'no such leave request'")
_NO_EMPLOYEE = _refuse("DW102", "'the caller has no employee record'")
_OWN_DECISION = _refuse("DW003", "'one''s own leave request'")
_OWN_APPROVER = _refuse(
    "DW003", "'the approver of a leave request cannot be its employee'", column="approved_by"
)
_NOT_A_DECIDER = _refuse(
    "DW002",
    "'not a decider of this leave request'",
    "json_build_object('deciders', 'supervisor_or_hr')",
)
_NO_EMPLOYEE_NAMED = _refuse("23502", "'a leave request names its employee'", column="employee_id")
_NO_WORKING_DAY = _refuse(
    "DW103",
    "'no working day between these dates'",
    "json_build_object('start_date', NEW.start_date, 'end_date', NEW.end_date)",
    "end_date",
)
_TOO_FAR_BACK = _refuse(
    "DW107",
    "'the leave starts too far in the past'",
    "json_build_object('max_days', v_max_past, 'earliest', current_date - v_max_past)",
    "start_date",
)
_OVERLAP = _refuse(
    "DW104",
    "'the dates overlap another leave request'",
    "json_build_object('other_type', v_other.leave_type, 'other_start', v_other.start_date,"
    " 'other_end', v_other.end_date, 'other_state', v_other.status)",
    "start_date",
)
_OVER_BALANCE = _refuse(
    "DW105",
    "'the request is over the remaining balance'",
    "json_build_object('leave_type', NEW.leave_type, 'year', v_year, 'days', v_days,"
    " 'allowance', v_allowance, 'taken', v_used.taken, 'pending', v_used.pending,"
    " 'remaining', v_allowance - v_used.taken - v_used.pending)",
    "end_date",
)
_APPROVAL_OVER_BALANCE = _refuse(
    "DW106",
    "'approving would go over the allowance'",
    "json_build_object('leave_type', NEW.leave_type, 'year', v_year,"
    " 'days', NEW.days_requested, 'allowance', v_allowance, 'taken', v_used.taken)",
)
_ALREADY_DECIDED = _refuse(
    "DW001",
    "'the leave request was decided already'",
    "json_build_object('state', v_now.status, 'who', v_now.who, 'when', v_now.approved_date)",
)
_NOT_PENDING = _refuse(
    "DW004",
    "'the leave request is no longer pending'",
    "json_build_object('state', v_now.status,"
    " 'action', CASE WHEN v_approve THEN 'approved' ELSE 'rejected' END)",
)
_STARTED = _refuse(
    "DW108", "'the leave has started'", "json_build_object('start_date', v_now.start_date)"
)
_NOT_CANCELLABLE = _refuse(
    "DW004",
    "'the leave request is no longer pending or approved'",
    "json_build_object('state', v_now.status, 'action', 'cancelled')",
)
_CANCEL_NOT_YOURS = _refuse("DW109", "'only the employee or HR cancels a leave request'")
_NOT_A_TYPE = _refuse(
    "DW111",
    "'not a leave type'",
    f"json_build_object('leave_type', v_type, 'choices', array_to_string({_TYPES}, ', '))",
    "leave_type",
)
_BALANCE_NOT_YOURS = _refuse("DW110", "'not a leave balance the caller may see'")

# --------------------------------------------------------------------------- the rules

CHECK_REQUEST = f"""
CREATE FUNCTION public.dicel_check_leave_request() RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_days integer;
    v_max_past integer;
    v_other record;
    v_allowance numeric;
    v_year integer;
    v_used record;
BEGIN
    -- Nobody decides their own leave, whatever the path (ARCHITECTURE 5).
    IF NEW.approved_by IS NOT NULL AND NEW.approved_by = (
            SELECT e.user_id FROM public.employees e WHERE e.id = NEW.employee_id) THEN
        {_OWN_APPROVER}
    END IF;
    -- Loading or repairing data (a superuser): what is given is kept.
    IF (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user) THEN
        IF NEW.days_requested IS NULL AND NEW.end_date >= NEW.start_date THEN
            NEW.days_requested := public.dicel_working_days(NEW.start_date, NEW.end_date);
        END IF;
        -- Without dates in order, the CHECKs must say so, not NOT NULL on the days.
        NEW.days_requested := coalesce(NEW.days_requested, 1);
        RETURN NEW;
    END IF;

    IF TG_OP = 'UPDATE' AND NEW.status = 'approved' AND OLD.status IS DISTINCT FROM 'approved' THEN
        -- An approval: the days must still fit the allowance, whatever was approved
        -- since the request was filed.
        v_allowance := {_allowance("NEW.leave_type")};
        IF v_allowance IS NOT NULL THEN
            PERFORM public.dicel_leave_lock(NEW.employee_id);
            v_year := extract(year FROM NEW.start_date);
            SELECT * INTO v_used
              FROM public.dicel_leave_taken(NEW.employee_id, NEW.leave_type, v_year, NEW.id);
            IF v_used.taken + NEW.days_requested > v_allowance THEN
                {_APPROVAL_OVER_BALANCE}
            END IF;
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE'
       AND (NEW.employee_id, NEW.leave_type, NEW.start_date, NEW.end_date, NEW.days_requested)
           IS NOT DISTINCT FROM
           (OLD.employee_id, OLD.leave_type, OLD.start_date, OLD.end_date, OLD.days_requested) THEN
        RETURN NEW;  -- a decision or a note: the filing rules were checked when filed
    END IF;
    IF NEW.start_date IS NULL OR NEW.end_date IS NULL OR NEW.end_date < NEW.start_date
       OR NEW.leave_type IS NULL OR NOT (NEW.leave_type = ANY ({_TYPES})) THEN
        -- NOT NULL and the CHECKs on dates and types refuse the row: they must say why,
        -- not a missing count of days (NOT NULL is checked before the CHECKs).
        NEW.days_requested := coalesce(NEW.days_requested, 1);
        RETURN NEW;
    END IF;
    IF NEW.employee_id IS NULL THEN
        IF (SELECT me.employee_id FROM public.dicel_leave_me() me) IS NULL THEN
            {_NO_EMPLOYEE}
        END IF;
        {_NO_EMPLOYEE_NAMED}
    END IF;

    v_days := public.dicel_working_days(NEW.start_date, NEW.end_date);
    IF v_days = 0 THEN
        {_NO_WORKING_DAY}
    END IF;
    IF TG_OP = 'INSERT' OR NEW.start_date IS DISTINCT FROM OLD.start_date THEN
        v_max_past := {_MAX_DAYS_IN_PAST};
        IF NEW.start_date < current_date - v_max_past THEN
            {_TOO_FAR_BACK}
        END IF;
    END IF;

    PERFORM public.dicel_leave_lock(NEW.employee_id);
    SELECT r.leave_type, r.start_date, r.end_date, r.status INTO v_other
      FROM public.leave_requests r
     WHERE r.employee_id = NEW.employee_id AND r.id IS DISTINCT FROM NEW.id
       AND r.status IN ('pending', 'approved')
       AND r.start_date <= NEW.end_date AND r.end_date >= NEW.start_date
     ORDER BY r.start_date LIMIT 1;
    IF FOUND THEN
        {_OVERLAP}
    END IF;

    v_allowance := {_allowance("NEW.leave_type")};
    IF v_allowance IS NOT NULL THEN
        v_year := extract(year FROM NEW.start_date);
        SELECT * INTO v_used
          FROM public.dicel_leave_taken(NEW.employee_id, NEW.leave_type, v_year, NEW.id);
        IF v_used.taken + v_used.pending + v_days > v_allowance THEN
            {_OVER_BALANCE}
        END IF;
    END IF;
    NEW.days_requested := v_days;
    RETURN NEW;
END
$$"""

# --------------------------------------------------------------------------- the steps

REQUEST = f"""
CREATE FUNCTION public.dicel_request_leave(leave_type text, start_date date, end_date date,
                                           reason text) RETURNS uuid
LANGUAGE plpgsql {DEFINER}
AS $$
#variable_conflict use_column
DECLARE
    v_type text := leave_type;
    v_start date := start_date;
    v_end date := end_date;
    v_reason text := nullif(btrim(reason), '');
    v_employee uuid := (SELECT me.employee_id FROM public.dicel_leave_me() me);
    v_id uuid;
BEGIN
    IF v_employee IS NULL THEN
        {_NO_EMPLOYEE}
    END IF;
    IF v_type IS NULL OR NOT (v_type = ANY ({_TYPES})) THEN
        {_NOT_A_TYPE}
    END IF;
    -- leave_requests_rules counts the days and checks the request.
    INSERT INTO public.leave_requests AS r (employee_id, leave_type, start_date, end_date, reason)
    VALUES (v_employee, v_type, v_start, v_end, v_reason)
    RETURNING r.id INTO v_id;
    RETURN v_id;
END
$$"""

DECIDE = f"""
CREATE FUNCTION public.dicel_decide_leave(request_id uuid, approve boolean, note text)
RETURNS void
LANGUAGE plpgsql {DEFINER}
AS $$
#variable_conflict use_column
DECLARE
    v_id uuid := request_id;
    v_approve boolean := approve;
    v_note text := nullif(btrim(note), '');
    v_me record;
    v_request record;
    v_now record;
BEGIN
    IF v_approve IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22004', MESSAGE = 'approve must be true or false';
    END IF;
    SELECT * INTO v_me FROM public.dicel_leave_me();

    -- The one decision: whoever's UPDATE finds the request pending, not their own, and
    -- theirs to decide (the report of this supervisor, or any for HR and admin). An
    -- approval's balance is checked again by leave_requests_rules.
    UPDATE public.leave_requests r
       SET status = CASE WHEN v_approve THEN 'approved' ELSE 'rejected' END,
           approved_by = v_me.user_id, approved_date = now(),
           notes = coalesce(v_note, r.notes)
      FROM public.employees e
     WHERE r.id = v_id AND r.status = 'pending' AND e.id = r.employee_id
       AND v_me.user_id IS NOT NULL AND e.user_id IS DISTINCT FROM v_me.user_id
       AND (v_me.hr OR v_me.admin OR e.supervisor_id = v_me.employee_id);
    IF FOUND THEN
        RETURN;
    END IF;

    -- Why not, in the order a person would want to hear it.
    SELECT r.employee_id, e.user_id, e.supervisor_id INTO v_request
      FROM public.leave_requests r LEFT JOIN public.employees e ON e.id = r.employee_id
     WHERE r.id = v_id;
    IF NOT FOUND THEN
        {_NOT_FOUND}
    END IF;
    IF v_me.user_id IS NOT NULL AND v_request.user_id = v_me.user_id THEN
        {_OWN_DECISION}
    END IF;
    IF v_me.user_id IS NULL OR NOT (v_me.hr OR v_me.admin
                                    OR v_request.supervisor_id = v_me.employee_id) THEN
        {_NOT_A_DECIDER}
    END IF;
    SELECT r.status, r.approved_date,
           nullif(concat_ws(' ', u.first_name, u.last_name), '') AS who
      INTO v_now
      FROM public.leave_requests r LEFT JOIN public.users u ON u.id = r.approved_by
     WHERE r.id = v_id;
    IF v_now.status IN ('approved', 'rejected') AND v_now.who IS NOT NULL THEN
        {_ALREADY_DECIDED}
    END IF;
    {_NOT_PENDING}
END
$$"""

CANCEL = f"""
CREATE FUNCTION public.dicel_cancel_leave(request_id uuid, note text) RETURNS void
LANGUAGE plpgsql {DEFINER}
AS $$
#variable_conflict use_column
DECLARE
    v_id uuid := request_id;
    v_note text := nullif(btrim(note), '');
    v_me record;
    v_request record;
    v_now record;
BEGIN
    SELECT * INTO v_me FROM public.dicel_leave_me();
    SELECT r.employee_id INTO v_request FROM public.leave_requests r WHERE r.id = v_id;
    IF NOT FOUND THEN
        {_NOT_FOUND}
    END IF;
    IF NOT v_me.hr AND v_request.employee_id IS DISTINCT FROM v_me.employee_id THEN
        {_CANCEL_NOT_YOURS}
    END IF;
    -- An approved leave that has started is HR's to cancel (it is being taken).
    UPDATE public.leave_requests r
       SET status = 'cancelled', notes = concat_ws(E'\\n', nullif(r.notes, ''), v_note)
     WHERE r.id = v_id
       AND (r.status = 'pending'
            OR (r.status = 'approved' AND (v_me.hr OR r.start_date > current_date)));
    IF FOUND THEN
        RETURN;
    END IF;
    SELECT r.status, r.start_date INTO v_now FROM public.leave_requests r WHERE r.id = v_id;
    IF v_now.status = 'approved' THEN
        {_STARTED}
    END IF;
    {_NOT_CANCELLABLE}
END
$$"""

# --------------------------------------------------------------------------- readers

READERS: list[tuple[str, str]] = [
    (
        "dicel_leave_balance(uuid, text, integer)",
        f"""
CREATE FUNCTION public.dicel_leave_balance(employee uuid, leave_type text, year integer)
RETURNS TABLE (allowance numeric, taken integer, pending integer, remaining numeric)
LANGUAGE plpgsql STABLE {DEFINER}
AS $$
#variable_conflict use_column
DECLARE
    v_employee uuid := $1;
    v_type text := $2;
    v_year integer := $3;
    v_me record;
    v_allowance numeric;
    v_used record;
BEGIN
    IF v_type IS NULL OR NOT (v_type = ANY ({_TYPES})) THEN
        {_NOT_A_TYPE}
    END IF;
    SELECT * INTO v_me FROM public.dicel_leave_me();
    IF v_employee IS DISTINCT FROM v_me.employee_id AND NOT (v_me.hr OR v_me.admin)
       AND NOT pg_catalog.pg_has_role(session_user, 'dicel_compliance', 'MEMBER')
       AND NOT EXISTS (SELECT FROM public.employees e
                       WHERE e.id = v_employee AND e.supervisor_id = v_me.employee_id) THEN
        {_BALANCE_NOT_YOURS}
    END IF;
    v_allowance := {_allowance("v_type")};
    SELECT * INTO v_used FROM public.dicel_leave_taken(v_employee, v_type, v_year, NULL);
    RETURN QUERY SELECT v_allowance, v_used.taken, v_used.pending,
                        v_allowance - v_used.taken - v_used.pending;
END
$$""",
    ),
    (
        "dicel_may_decide_leave(uuid)",
        f"""
CREATE FUNCTION public.dicel_may_decide_leave(request_id uuid) RETURNS boolean
LANGUAGE sql STABLE {DEFINER}
AS $$
    SELECT EXISTS (
        SELECT FROM public.leave_requests r
          JOIN public.employees e ON e.id = r.employee_id
          CROSS JOIN public.dicel_leave_me() me
         WHERE r.id = $1 AND r.status = 'pending'
           AND me.user_id IS NOT NULL AND e.user_id IS DISTINCT FROM me.user_id
           AND (me.hr OR me.admin OR e.supervisor_id = me.employee_id))
$$""",
    ),
    (
        "dicel_may_cancel_leave(uuid)",
        f"""
CREATE FUNCTION public.dicel_may_cancel_leave(request_id uuid) RETURNS boolean
LANGUAGE sql STABLE {DEFINER}
AS $$
    SELECT EXISTS (
        SELECT FROM public.leave_requests r CROSS JOIN public.dicel_leave_me() me
         WHERE r.id = $1
           AND (r.status = 'pending' OR r.status = 'approved')
           AND (me.hr
                OR (r.employee_id = me.employee_id
                    AND (r.status = 'pending' OR r.start_date > current_date))))
$$""",
    ),
    (
        "dicel_team_away(uuid)",
        f"""
CREATE FUNCTION public.dicel_team_away(request_id uuid)
RETURNS TABLE (employee_id uuid, full_name text, start_date date, end_date date, status text)
LANGUAGE plpgsql STABLE {DEFINER}
AS $$
#variable_conflict use_column
DECLARE
    v_request record;
BEGIN
    SELECT r.employee_id, r.start_date, r.end_date, e.supervisor_id, e.department_id
      INTO v_request
      FROM public.leave_requests r JOIN public.employees e ON e.id = r.employee_id
     WHERE r.id = $1;
    IF NOT FOUND THEN
        {_NOT_FOUND}
    END IF;
    -- Row security binds this owner as the caller: the colleagues' requests the caller
    -- may see, nothing more. Not the type of leave: a colleague's sick leave is theirs.
    RETURN QUERY
    SELECT o.employee_id,
           coalesce(nullif(concat_ws(' ', u.first_name, u.last_name), ''),
                    e.employee_number)::text,
           o.start_date, o.end_date, o.status::text
      FROM public.leave_requests o
      JOIN public.employees e ON e.id = o.employee_id
      LEFT JOIN public.users u ON u.id = e.user_id
     WHERE o.employee_id <> v_request.employee_id
       AND o.status IN ('pending', 'approved')
       AND o.start_date <= v_request.end_date AND o.end_date >= v_request.start_date
       AND (e.supervisor_id = v_request.supervisor_id
            OR e.department_id = v_request.department_id)
     ORDER BY o.start_date, 2;
END
$$""",
    ),
    (
        "dicel_leave_requests_to_decide(uuid)",
        f"""
CREATE FUNCTION public.dicel_leave_requests_to_decide(only_id uuid DEFAULT NULL)
RETURNS TABLE (id uuid, title text, detail text, amount numeric, currency text,
               submitted_at timestamptz, submitted_by text)
LANGUAGE plpgsql STABLE {DEFINER}
AS $$
#variable_conflict use_column
BEGIN
    -- plpgsql, not sql: its plans are kept for the session (the inbox reads at every
    -- change); only_id's value picks the plan (an index look-up when given).
    RETURN QUERY
    SELECT r.id,
           public.dicel_leave_title(r.leave_type, r.start_date, r.end_date),
           r.days_requested || CASE WHEN r.days_requested = 1 THEN ' working day'
                                    ELSE ' working days' END,
           NULL::numeric, NULL::text, r.created_at,
           coalesce(nullif(concat_ws(' ', u.first_name, u.last_name), ''),
                    e.employee_number)::text
      FROM public.leave_requests r
      JOIN public.employees e ON e.id = r.employee_id
      LEFT JOIN public.users u ON u.id = e.user_id
      CROSS JOIN public.dicel_leave_me() me
     WHERE r.status = 'pending' AND (only_id IS NULL OR r.id = only_id)
       AND me.user_id IS NOT NULL AND e.user_id IS DISTINCT FROM me.user_id
       AND (e.supervisor_id = me.employee_id
            -- Nobody else can decide it: it waits for HR.
            OR (me.hr AND NOT EXISTS (
                    SELECT FROM public.employees s JOIN public.users su ON su.id = s.user_id
                     WHERE s.id = e.supervisor_id AND coalesce(su.is_active, true))))
     ORDER BY r.created_at, r.id;
END
$$""",
    ),
]

# --------------------------------------------------------------------------- has_role

#: The roles at this revision (migration 0003's list).
_ROLES = (
    "ARRAY['admin', 'hr', 'finance', 'it', 'security', 'compliance', 'inventory', 'client',"
    " 'sales', 'cx', 'risk', 'recovery', 'employee']::text[]"
)

#: Migration 0003's ``dicel_has_role`` as an invoker's function the planner inlines into
#: the row security policies that call it: it reads no table, so it needs no definer's
#: rights, and each definer call (a switch of user and search_path) cost more than the
#: rest of a policy; a decision ran it four times. Operators are named with their schema
#: (nothing on a caller's search_path can stand in for them; no login may create
#: objects anyway).
HAS_ROLE = f"""
CREATE OR REPLACE FUNCTION public.dicel_has_role(p_role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY INVOKER
AS $$
    SELECT CASE WHEN p_role OPERATOR(pg_catalog.=) ANY ({_ROLES})
                THEN pg_catalog.pg_has_role(
                         session_user, 'dicel_' OPERATOR(pg_catalog.||) p_role, 'MEMBER')
                ELSE false END
$$"""

#: As migrations 0003 and 0007 left it, for the downgrade.
HAS_ROLE_BEFORE = f"""
CREATE OR REPLACE FUNCTION public.dicel_has_role(p_role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
AS $$
    -- session_user, not current_user: SET ROLE cannot lend a login another role's rows.
    -- CASE keeps pg_has_role from being asked about a role that does not exist.
    SELECT CASE WHEN p_role = ANY ({_ROLES})
                THEN pg_catalog.pg_has_role(session_user, 'dicel_' || p_role, 'MEMBER')
                ELSE false END
$$"""

#: Everything this revision creates, in order: (signature, CREATE statement).
FUNCTIONS: list[tuple[str, str]] = [
    *HELPERS,
    ("dicel_check_leave_request()", CHECK_REQUEST),
    ("dicel_request_leave(text, date, date, text)", REQUEST),
    ("dicel_decide_leave(uuid, boolean, text)", DECIDE),
    ("dicel_cancel_leave(uuid, text)", CANCEL),
    *READERS,
]

#: The workflow functions (owned by dicel_owner) update a row the caller's own policies
#: would not let them: a supervisor deciding a report's request, an employee cancelling
#: their approved leave. USING says whose rows; WITH CHECK into what.
POLICIES: list[tuple[str, str]] = [
    (
        "leave_requests_decide_team",
        f"FOR UPDATE TO {OWNER_ROLE}"
        " USING (employee_id = ANY ((SELECT public.dicel_direct_report_ids())::uuid[]))"
        " WITH CHECK (employee_id = ANY ((SELECT public.dicel_direct_report_ids())::uuid[])"
        " AND status IN ('approved', 'rejected')"
        " AND approved_by = (SELECT public.dicel_current_user_id()))",
    ),
    (
        "leave_requests_cancel_own",
        f"FOR UPDATE TO {OWNER_ROLE}"
        " USING (employee_id = (SELECT public.dicel_current_employee_id()))"
        " WITH CHECK (employee_id = (SELECT public.dicel_current_employee_id())"
        " AND status = 'cancelled')",
    ),
]

RULES_TRIGGER = (
    "CREATE TRIGGER leave_requests_rules BEFORE INSERT OR UPDATE OF employee_id, leave_type,"
    " start_date, end_date, days_requested, status, approved_by ON public.leave_requests"
    " FOR EACH ROW EXECUTE FUNCTION public.dicel_check_leave_request()"
)


def upgrade() -> None:
    op.create_table(
        "holidays",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("holiday_date", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column(
            "created_at",
            sa.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            sa.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint("btrim(name) <> ''", name=op.f("ck_holidays_name_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holidays")),
        sa.UniqueConstraint("holiday_date", name=op.f("uq_holidays_holiday_date")),
    )
    # As every table: its stamp, its audit trail, its documents going with it (0003, 0008).
    execute_sql(
        "CREATE TRIGGER holidays_set_updated_at BEFORE UPDATE ON public.holidays"
        " FOR EACH ROW EXECUTE FUNCTION public.set_updated_at()"
    )
    execute_sql(
        "CREATE TRIGGER holidays_audit AFTER INSERT OR UPDATE OR DELETE ON public.holidays"
        " FOR EACH ROW EXECUTE FUNCTION public.dicel_audit()"
    )
    execute_sql(
        "CREATE TRIGGER holidays_documents_follow BEFORE DELETE ON public.holidays"
        " FOR EACH ROW EXECUTE FUNCTION public.dicel_documents_follow_record()"
    )

    for signature, create in FUNCTIONS:
        create_owned_function(create, signature)
    execute_sql(RULES_TRIGGER)
    execute_sql(HAS_ROLE)
    for name, tail in POLICIES:
        execute_sql(f"CREATE POLICY {name} ON public.leave_requests {tail}")
    # Grants (EXECUTE by name, holidays, days_requested no longer written by any role):
    # migrations/env.py runs sync_grants after the upgrade.


def downgrade() -> None:
    execute_sql(HAS_ROLE_BEFORE)
    for name, _tail in reversed(POLICIES):
        execute_sql(f"DROP POLICY IF EXISTS {name} ON public.leave_requests")
    execute_sql("DROP TRIGGER IF EXISTS leave_requests_rules ON public.leave_requests")
    for signature, _create in reversed(FUNCTIONS):
        execute_sql(f"DROP FUNCTION IF EXISTS public.{signature}")
    op.drop_table("holidays")
