"""A leave across the year end counts each working day in the year it falls in
(yearsplit42).

Revision ID: 0156
Revises: 0155
Create Date: 2026-12-07

HR's review (people40 #8): "a leave counts in the year it starts" took the 2027 days of
annual leave from Mon 28 December 2026 to Fri 8 January 2027 out of 2026's allowance, so
2026 could be refused while 2027 showed days already spent. Now:

* **Taken and pending of a year** (``dicel_leave_taken``, which ``dicel_leave_balance``,
  ``dicel_leave_days_left`` and the rules read): the working days (the same calendar:
  weekends and ``holidays``) of each pending or approved request that fall in that year
  (``dicel_leave_days_in_year(start, end, year)``). A request within one year still
  counts its ``days_requested`` (what a superuser loaded stays as loaded).
* **Every year a request touches keeps to its allowance**
  (``dicel_leave_over_allowance(employee, type, start, end, except, pending)``: the first
  year, in order, whose allowance its days there would pass, with that year's figures):
  at filing (DW105), at approval (DW106) and at a holiday's recount of an approved leave
  (DW115, its DETAIL now also says ``year``). The DETAIL's ``year`` is that year and
  ``days`` the request's working days in it; DW105 adds ``whole`` (the request's whole
  count) when the request spans two years, for a sentence that says both.
  ``days_requested`` stays the whole count; the pro-rated allowance of a year of joining
  or leaving (0146) is each year's own.

A downgrade puts back the start year's rule.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    change_live_function,
    create_owned_function,
    earlier_function,
    earlier_revision,
    execute_sql,
)

revision: str = "0156"
down_revision: str | None = "0155"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

IN_YEAR_SIGNATURE = "public.dicel_leave_days_in_year(date, date, integer)"
#: No date keyword in the body (``company_time.DATE_TIME``): not pinned to the company's
#: time zone, so a list reading it per row pays no setting for it. Everyone may call it
#: (the Request leave dialog says each year's share with it).
IN_YEAR = """
CREATE FUNCTION public.dicel_leave_days_in_year(p_start date, p_end date, p_year integer)
RETURNS integer
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp
AS $$
    -- Migration 0156: the working days from $1 to $2 that fall in the year $3 (0 when
    -- none do): a leave across the year end counts each day in its own year.
    SELECT coalesce(public.dicel_working_days(greatest($1, make_date($3, 1, 1)),
                                              least($2, make_date($3, 12, 31))), 0)
$$"""

TAKEN_SIGNATURE = "public.dicel_leave_taken(uuid, text, integer, uuid)"
TAKEN = """
CREATE OR REPLACE FUNCTION public.dicel_leave_taken(p_employee uuid, p_type text,
                                                    p_year integer, p_except uuid)
RETURNS TABLE (taken integer, pending integer)
LANGUAGE sql STABLE
AS $$
    -- Row security binds the owner as the caller: callers are the employee, their
    -- supervisor, HR or admin, who all see the employee's requests.
    -- Migration 0156: each working day counts in the year it falls in; a request within
    -- the year counts its days as counted (or as a superuser loaded them).
    SELECT coalesce(sum(d.days) FILTER (WHERE r.status = 'approved'), 0)::integer,
           coalesce(sum(d.days) FILTER (WHERE r.status = 'pending'), 0)::integer
      FROM public.leave_requests r
     CROSS JOIN LATERAL (
           SELECT CASE WHEN r.start_date >= make_date(p_year, 1, 1)
                        AND r.end_date < make_date(p_year + 1, 1, 1)
                       THEN r.days_requested
                       ELSE public.dicel_leave_days_in_year(r.start_date, r.end_date, p_year)
                  END AS days) d
     WHERE r.employee_id = p_employee AND r.leave_type = p_type
       AND r.status IN ('approved', 'pending')
       AND r.start_date < make_date(p_year + 1, 1, 1) AND r.end_date >= make_date(p_year, 1, 1)
       AND r.id IS DISTINCT FROM p_except
$$"""

OVER_SIGNATURE = "public.dicel_leave_over_allowance(uuid, text, date, date, uuid, boolean)"
OVER = f"""
CREATE FUNCTION {OVER_SIGNATURE}
RETURNS TABLE (year integer, days integer, allowance numeric, taken integer, pending integer)
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp
AS $$
    -- Migration 0156: the first year from $3 to $4 whose allowance the request's working
    -- days in it would pass, with what that year has taken and waiting (the request $5
    -- left out; waiting counted when $6); no row when every year keeps to its allowance.
    -- Called by the rules (dicel_check_leave_request) as their owner.
    SELECT y.year, d.days, a.allowance, t.taken, t.pending
      FROM generate_series(extract(year FROM $3)::integer,
                           extract(year FROM $4)::integer) AS y(year)
     CROSS JOIN LATERAL (SELECT public.dicel_leave_allowance($1, $2, y.year) AS allowance) a
     CROSS JOIN LATERAL (SELECT public.dicel_leave_days_in_year($3, $4, y.year) AS days) d
     CROSS JOIN LATERAL public.dicel_leave_taken($1, $2, y.year, $5) AS t
     WHERE a.allowance IS NOT NULL AND d.days > 0
       AND t.taken + CASE WHEN $6 THEN t.pending ELSE 0 END + d.days > a.allowance
     ORDER BY y.year
     LIMIT 1
$$"""

CHECK_SIGNATURE = "public.dicel_check_leave_request()"

#: (before, after) in dicel_check_leave_request as the database holds it (0146's text).
_CHECK_PAIRS: list[tuple[str, str]] = [
    ("    v_used record;\n", "    v_used record;\n    v_over record;  -- migration 0156\n"),
    # A holiday's recount of an approved leave (DW115).
    (
        """        IF NEW.status = 'approved' AND NEW.days_requested > OLD.days_requested
           AND v_allowance IS NOT NULL THEN
            PERFORM public.dicel_leave_lock(NEW.employee_id);
            SELECT * INTO v_used FROM public.dicel_leave_taken(
                NEW.employee_id, NEW.leave_type, extract(year FROM NEW.start_date)::integer,
                NEW.id);
            IF v_used.taken + NEW.days_requested > v_allowance THEN""",
        """        IF NEW.status = 'approved' AND NEW.days_requested > OLD.days_requested
           AND v_allowance IS NOT NULL THEN
            PERFORM public.dicel_leave_lock(NEW.employee_id);
            -- Migration 0156: each year the leave touches, by its days in that year.
            SELECT * INTO v_over FROM public.dicel_leave_over_allowance(
                NEW.employee_id, NEW.leave_type, NEW.start_date, NEW.end_date, NEW.id, false);
            IF FOUND THEN""",
    ),
    (
        "'end_date', NEW.end_date, 'days', NEW.days_requested, 'allowance', v_allowance,"
        " 'taken', v_used.taken)::text;",
        "'end_date', NEW.end_date, 'days', v_over.days, 'allowance', v_over.allowance,"
        " 'taken', v_over.taken, 'year', v_over.year)::text;",
    ),
    # An approval (DW106).
    (
        """            v_year := extract(year FROM NEW.start_date);
            SELECT * INTO v_used
              FROM public.dicel_leave_taken(NEW.employee_id, NEW.leave_type, v_year, NEW.id);
            IF v_used.taken + NEW.days_requested > v_allowance THEN
                RAISE EXCEPTION USING ERRCODE = 'DW106', MESSAGE = 'approving would go over the allowance', DETAIL = (json_build_object('leave_type', NEW.leave_type, 'year', v_year, 'days', NEW.days_requested, 'allowance', v_allowance, 'taken', v_used.taken))::text;""",
        """            -- Migration 0156: each year the leave touches, by its days in that year.
            SELECT * INTO v_over FROM public.dicel_leave_over_allowance(
                NEW.employee_id, NEW.leave_type, NEW.start_date, NEW.end_date, NEW.id, false);
            IF FOUND THEN
                RAISE EXCEPTION USING ERRCODE = 'DW106', MESSAGE = 'approving would go over the allowance', DETAIL = (json_build_object('leave_type', NEW.leave_type, 'year', v_over.year, 'days', v_over.days, 'allowance', v_over.allowance, 'taken', v_over.taken))::text;""",
    ),
    # A filing, or its dates or type changed (DW105).
    (
        """        v_year := extract(year FROM NEW.start_date);
        SELECT * INTO v_used
          FROM public.dicel_leave_taken(NEW.employee_id, NEW.leave_type, v_year, NEW.id);
        IF v_used.taken + v_used.pending + v_days > v_allowance THEN
            RAISE EXCEPTION USING ERRCODE = 'DW105', MESSAGE = 'the request is over the remaining balance', DETAIL = (json_build_object('leave_type', NEW.leave_type, 'year', v_year, 'days', v_days, 'allowance', v_allowance, 'taken', v_used.taken, 'pending', v_used.pending, 'remaining', v_allowance - v_used.taken - v_used.pending))::text, TABLE = 'leave_requests', COLUMN = 'end_date';""",
        """        -- Migration 0156: each year the leave touches, by its days in that year; the
        -- whole count too when it spans two.
        SELECT * INTO v_over FROM public.dicel_leave_over_allowance(
            NEW.employee_id, NEW.leave_type, NEW.start_date, NEW.end_date, NEW.id, true);
        IF FOUND THEN
            RAISE EXCEPTION USING ERRCODE = 'DW105', MESSAGE = 'the request is over the remaining balance', DETAIL = (json_build_object('leave_type', NEW.leave_type, 'year', v_over.year, 'days', v_over.days, 'allowance', v_over.allowance, 'taken', v_over.taken, 'pending', v_over.pending, 'remaining', v_over.allowance - v_over.taken - v_over.pending, 'whole', CASE WHEN v_over.days <> v_days THEN v_days END))::text, TABLE = 'leave_requests', COLUMN = 'end_date';""",
    ),
]


def upgrade() -> None:
    create_owned_function(IN_YEAR, IN_YEAR_SIGNATURE)
    execute_sql(TAKEN)
    create_owned_function(OVER, OVER_SIGNATURE)
    change_live_function(CHECK_SIGNATURE, _CHECK_PAIRS)


def downgrade() -> None:
    change_live_function(CHECK_SIGNATURE, _CHECK_PAIRS, forward=False)
    execute_sql(f"DROP FUNCTION {OVER_SIGNATURE}")
    execute_sql(
        earlier_function(
            earlier_revision("0012_leave"), "dicel_leave_taken(uuid, text, integer, uuid)"
        )
    )
    execute_sql(f"DROP FUNCTION {IN_YEAR_SIGNATURE}")
