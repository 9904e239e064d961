"""A supervisor who is away: their team's requests wait for HR too; HR ends an approved
leave early.

Revision ID: 0150
Revises: 0149
Create Date: 2026-12-07

From the review of DICEL as the people it manages (/work/reports/people40.md, findings
3 and 5). A supervisor marked on leave, or on approved leave that day, kept their
team's requests, and nobody else was shown them; and an approved leave could only be
cancelled whole (giving back the days already taken) or left as it was, although
DW115's sentence tells HR to "cancel or shorten that leave first".

* **Away** (``dicel_employee_away_until``, nobody's to call): an employee whose status is
  ``on_leave``, or who has approved leave covering the company's day, is away until
  that leave's last day ('infinity' when only marked on leave); NULL when not away.
* **Whom a request waits for** (``dicel_leave_waits_for``, 0094's, changed where it is):
  a supervisor away is not able to decide on time, so the request waits for HR as well
  (the listing's own branch keeps it in the supervisor's list: the first to decide wins,
  as ever), or for the administrators when no HR officer can approve it. Who may decide
  does not change: HR and admin decide any request already (0012), the supervisor
  theirs, away or not.
* **The words** (``dicel_leave_supervisor_away(request_id)``, everyone): the away
  supervisor's name and the last day of their leave (NULL when only marked on leave),
  for a pending request the caller may decide and does not supervise.
* **Ending an approved leave early** (``dicel_end_leave_early(request_id, end_date,
  note)``, HR; ``dicel_may_end_leave_early(request_id)``, everyone): under the request's
  row lock, an approved leave of someone else gets a new last day, not before the
  company's day nor before its start, before its present last day, with a working day
  left; the days are counted again (the balance gets back only the days not taken) and
  the note (required) is added to the request's notes. DW122 (not HR, or one's own
  leave: DETAIL ``own``), DW123 (the day: DETAIL ``why`` one of ``none``, ``before_start``,
  ``past``, ``not_shorter``, ``no_working_day``, with ``start_date``, ``end_date``,
  ``today``, ``new_end``), DW124 (no note), DW125 (still pending: decided or cancelled instead); one
  cancelled or rejected: DW001 (who and when). ``dicel_check_leave_request`` lets an
  approved leave's earlier end through with its days recounted and nothing else asked
  (only a function of dicel_owner passes the leave lock, DL001). Unpaid leave in a month
  whose run is pending still waits for it (DW353).

A downgrade puts the two changed functions back as the database held them and drops the
rest.
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

revision: str = "0150"
down_revision: str | None = "0149"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Refusals of this revision: (what, the keys of its DETAIL).
REFUSALS = {
    "DW122": ("a leave ended early by someone other than HR, or one's own", ("own",)),
    "DW123": (
        "a leave's new last day that does not shorten it",
        ("why", "start_date", "end_date", "today", "new_end"),
    ),
    "DW124": ("a leave ended early without a note", ()),
    "DW125": ("a pending leave request ended early", ()),
}

AWAY_SIGNATURE = "public.dicel_employee_away_until(uuid)"
AWAY = f"""
CREATE FUNCTION {AWAY_SIGNATURE} RETURNS date
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp
AS $$
    -- Migration 0150: whether an employee is away on the company's day: the last day of
    -- the approved leave covering it; 'infinity' when only marked on leave; NULL when
    -- they are there. Read under the caller's row security (HR and admin read all).
    SELECT coalesce(
        (SELECT max(r.end_date) FROM public.leave_requests AS r
          WHERE r.employee_id = $1 AND r.status = 'approved'
            AND r.start_date <= public.dicel_company_day()
            AND r.end_date >= public.dicel_company_day()),
        CASE WHEN (SELECT e.status FROM public.employees AS e WHERE e.id = $1) = 'on_leave'
             THEN 'infinity'::date END)
$$"""

WAITS_SIGNATURE = "public.dicel_leave_waits_for(uuid)"
#: dicel_leave_waits_for as 0094 made it, and what this revision makes of it.
_WAITS = (
    (
        "    v_supervisor_user uuid;\n",
        "    v_supervisor_user uuid;\n    v_supervisor uuid;\n",
    ),
    (
        "SELECT e.user_id, su.id INTO v_employee_user, v_supervisor_user",
        "SELECT e.user_id, su.id, s.id INTO v_employee_user, v_supervisor_user, v_supervisor",
    ),
    (
        "       AND NOT public.dicel_shaped_leave_request(p_request, v_supervisor_user) THEN\n",
        "       AND NOT public.dicel_shaped_leave_request(p_request, v_supervisor_user)\n"
        "       -- Migration 0150: a supervisor away (on leave) keeps the request, and it\n"
        "       -- waits for HR too: the listing's own branch keeps it in their list.\n"
        "       AND public.dicel_employee_away_until(v_supervisor) IS NULL THEN\n",
    ),
)

SUPERVISOR_AWAY_SIGNATURE = "public.dicel_leave_supervisor_away(uuid)"
SUPERVISOR_AWAY = f"""
CREATE FUNCTION public.dicel_leave_supervisor_away(request_id uuid)
RETURNS TABLE(supervisor text, until date)
LANGUAGE sql STABLE {DEFINER}
AS $$
    -- Migration 0150: why a pending request waits for the caller too: its employee's
    -- supervisor is away (the last day of their leave; NULL when only marked on leave).
    -- Only for a caller who may decide it and is not that supervisor.
    SELECT coalesce(public.dicel_person_name(s.user_id), s.employee_number)::text,
           nullif(a.until, 'infinity'::date)
      FROM public.leave_requests AS r
      JOIN public.employees AS e ON e.id = r.employee_id
      JOIN public.employees AS s ON s.id = e.supervisor_id
     CROSS JOIN LATERAL (SELECT public.dicel_employee_away_until(s.id) AS until) AS a
     WHERE r.id = $1 AND r.status = 'pending' AND a.until IS NOT NULL
       AND s.user_id IS DISTINCT FROM public.dicel_current_user_id()
       AND public.dicel_may_decide_leave(r.id)
$$"""

MAY_END_SIGNATURE = "public.dicel_may_end_leave_early(uuid)"
MAY_END = f"""
CREATE FUNCTION public.dicel_may_end_leave_early(request_id uuid) RETURNS boolean
LANGUAGE sql STABLE {DEFINER}
AS $$
    -- Migration 0150: whether the caller may end this leave early now (the window
    -- offers the step then): HR, another's approved leave whose last day is after
    -- the company's day and after its first.
    SELECT EXISTS (
        SELECT FROM public.leave_requests AS r CROSS JOIN public.dicel_leave_me() AS me
         WHERE r.id = $1 AND r.status = 'approved' AND me.hr
           AND r.employee_id IS DISTINCT FROM me.employee_id
           AND r.end_date > public.dicel_company_day() AND r.end_date > r.start_date)
$$"""

END_SIGNATURE = "public.dicel_end_leave_early(uuid, date, text)"
END = f"""
CREATE FUNCTION public.dicel_end_leave_early(request_id uuid, end_date date, note text)
RETURNS integer
LANGUAGE plpgsql {DEFINER}
AS $$
#variable_conflict use_column
DECLARE
    v_id uuid := request_id;
    v_end date := end_date;
    v_note text := nullif(btrim(note), '');
    v_today date := public.dicel_company_day();
    v_me record;
    v_request record;
    v_days integer;
    v_why text;
BEGIN
    -- Migration 0150: HR ends an approved leave early (someone back before its last
    -- day, or called back): a new last day, the days counted again (the balance gets
    -- back only those not taken), a note saying why. Its texts measured first (0085).
    IF octet_length($3) > 100000 AND char_length($3) > 100000 THEN
        RAISE EXCEPTION USING ERRCODE = 'DW024',
            MESSAGE = format('refused: a text of %s characters (at most %s)',
                             char_length($3), 100000),
            DETAIL = json_build_object('length', char_length($3), 'most', 100000)::text,
            COLUMN = 'note';
    END IF;
    -- Leave is counted after a holiday change, locked before the row (0088).
    PERFORM pg_catalog.pg_advisory_xact_lock_shared(18500, 0);
    SELECT * INTO v_me FROM public.dicel_leave_me();
    -- Under the row's lock: two officers ending one leave at once, the second is
    -- judged on the first's new last day.
    SELECT r.employee_id, r.status, r.start_date, r.end_date INTO v_request
      FROM public.leave_requests AS r WHERE r.id = v_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW101', MESSAGE = 'no such leave request';
    END IF;
    IF v_me.user_id IS NULL OR NOT v_me.hr
       OR v_request.employee_id IS NOT DISTINCT FROM v_me.employee_id THEN
        RAISE EXCEPTION USING ERRCODE = 'DW122',
            MESSAGE = 'only HR ends a leave early, and another officer one''s own',
            DETAIL = json_build_object(
                'own', v_me.user_id IS NOT NULL
                       AND v_request.employee_id IS NOT DISTINCT FROM v_me.employee_id)::text;
    END IF;
    IF v_request.status = 'pending' THEN
        RAISE EXCEPTION USING ERRCODE = 'DW125',
            MESSAGE = 'a pending leave request is not ended early';
    END IF;
    IF v_request.status <> 'approved' THEN
        PERFORM public.dicel_refuse_taken('leave_requests', v_id, v_request.status,
                                          'cancelled', ARRAY['cancelled', 'rejected']);
        RAISE EXCEPTION USING ERRCODE = 'DW004',
            MESSAGE = 'the leave request is no longer approved',
            DETAIL = json_build_object('state', v_request.status, 'action', 'cancelled')::text;
    END IF;
    v_why := CASE
        WHEN v_end IS NULL THEN 'none'
        WHEN v_end < v_request.start_date THEN 'before_start'
        WHEN v_end < v_today THEN 'past'
        WHEN v_end >= v_request.end_date THEN 'not_shorter'
        WHEN public.dicel_working_days(v_request.start_date, v_end) = 0 THEN 'no_working_day'
    END;
    IF v_why IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DW123',
            MESSAGE = 'the new last day does not end the leave early',
            COLUMN = 'end_date',
            DETAIL = json_build_object('why', v_why, 'start_date', v_request.start_date,
                                       'end_date', v_request.end_date, 'today', v_today,
                                       'new_end', v_end)::text;
    END IF;
    IF v_note IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DW124',
            MESSAGE = 'a note says why the leave ends early', COLUMN = 'note';
    END IF;
    -- The rules trigger counts the days again (an approved leave's earlier end).
    UPDATE public.leave_requests AS r
       SET end_date = v_end, notes = concat_ws(E'\\n', nullif(r.notes, ''), v_note)
     WHERE r.id = v_id
    RETURNING r.days_requested INTO v_days;
    RETURN v_days;
END
$$"""

CHECK_SIGNATURE = "public.dicel_check_leave_request()"
#: Where dicel_check_leave_request's approval branch starts: the earlier end goes before.
_APPROVAL = (
    "    IF TG_OP = 'UPDATE' AND NEW.status = 'approved'"
    " AND OLD.status IS DISTINCT FROM 'approved' THEN\n"
)
_ENDED_EARLY = """    -- Migration 0150: an approved leave ended early (dicel_end_leave_early: only a
    -- function of dicel_owner passes the leave lock): its days are counted again, and
    -- nothing of the filing is asked again (it can only give days back).
    IF TG_OP = 'UPDATE' AND OLD.status = 'approved' AND NEW.status = 'approved'
       AND (NEW.employee_id, NEW.leave_type, NEW.start_date)
           IS NOT DISTINCT FROM (OLD.employee_id, OLD.leave_type, OLD.start_date)
       AND NEW.end_date < OLD.end_date AND NEW.end_date >= NEW.start_date THEN
        NEW.days_requested := public.dicel_working_days(NEW.start_date, NEW.end_date);
        RETURN NEW;
    END IF;
"""

_EVERYONE = BASE_GROUP_ROLE


def _waits(away: bool) -> None:
    text = live_function(WAITS_SIGNATURE)
    for before, after in _WAITS:
        text = replaced(text, before, after) if away else replaced(text, after, before)
    execute_sql(text)


def _check(ended_early: bool) -> None:
    text = live_function(CHECK_SIGNATURE)
    if ended_early:
        text = replaced(text, _APPROVAL, _ENDED_EARLY + _APPROVAL)
    else:
        text = replaced(text, _ENDED_EARLY, "")
    execute_sql(text)


def upgrade() -> None:
    create_owned_function(AWAY, AWAY_SIGNATURE)
    _waits(away=True)
    create_owned_function(SUPERVISOR_AWAY, SUPERVISOR_AWAY_SIGNATURE)
    create_owned_function(MAY_END, MAY_END_SIGNATURE)
    create_owned_function(END, END_SIGNATURE)
    _check(ended_early=True)
    # Granted here too, for a database left at this revision (sync-grants gives them).
    for signature in (SUPERVISOR_AWAY_SIGNATURE, MAY_END_SIGNATURE):
        execute_sql(f"GRANT EXECUTE ON FUNCTION {signature} TO {_EVERYONE}")
    execute_sql(f"GRANT EXECUTE ON FUNCTION {END_SIGNATURE} TO {Role.HR.group_role}")
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    _check(ended_early=False)
    execute_sql(f"DROP FUNCTION {END_SIGNATURE}")
    execute_sql(f"DROP FUNCTION {MAY_END_SIGNATURE}")
    execute_sql(f"DROP FUNCTION {SUPERVISOR_AWAY_SIGNATURE}")
    _waits(away=False)
    execute_sql(f"DROP FUNCTION {AWAY_SIGNATURE}")
    pin_company_time_zone(op.get_bind())
