"""Stand-ins for the decisions other parts of issue 10 build, for the inbox's tests
(``from workflow_standins import install_standins``).

The inbox lists what ``dicel_leave_requests_to_decide()``,
``dicel_purchase_orders_to_decide()`` and ``dicel_expenses_to_decide()`` return and
decides through ``dicel_decide_leave``, ``dicel_decide_purchase_order`` and
``dicel_decide_expense``. Where a test's database lacks one of them, this creates it with
exactly the contract's signature and a simple, honest rule:

* leave: the employee's supervisor, or HR, decides pending leave of others;
* purchase orders and expenses: finance or admin decides pending ones they did not
  create.

A decision is one conditional UPDATE; when no row comes back it refuses the way every
workflow function does (DW001 already decided, with who and when as JSON in DETAIL;
DW002 not the caller's to decide). Where the real functions exist (after the merge),
nothing is created and the tests run against them.
"""

from __future__ import annotations

import psycopg

_DEFINER = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"
_LISTING = (
    "RETURNS TABLE (id uuid, title text, detail text, amount numeric, currency text,"
    " submitted_at timestamptz, submitted_by text)"
)
_NAME = "u.first_name || ' ' || u.last_name"

# plpgsql, not sql: a sql function's query is planned again on every call; plpgsql keeps
# its plans for the session, as a real listing function called at every change would.
LEAVE_TO_DECIDE = f"""
CREATE FUNCTION public.dicel_leave_requests_to_decide() {_LISTING}
LANGUAGE plpgsql STABLE {_DEFINER}
AS $$
#variable_conflict use_column
BEGIN RETURN QUERY
    SELECT l.id, (initcap(l.leave_type) || ' leave, ' || {_NAME})::text,
           (l.start_date || ' to ' || l.end_date || ', ' || l.days_requested || ' days')::text,
           NULL::numeric, NULL::text, l.created_at, ({_NAME})::text
      FROM public.leave_requests l
      JOIN public.employees e ON e.id = l.employee_id
      JOIN public.users u ON u.id = e.user_id
     WHERE l.status = 'pending'
       -- (SELECT ...): evaluated once per call, not once per row.
       AND e.user_id IS DISTINCT FROM (SELECT public.dicel_current_user_id())
       AND (l.employee_id = ANY ((SELECT public.dicel_direct_report_ids())::uuid[])
            OR (SELECT public.dicel_has_role('hr')));
END $$"""

ORDERS_TO_DECIDE = f"""
CREATE FUNCTION public.dicel_purchase_orders_to_decide() {_LISTING}
LANGUAGE plpgsql STABLE {_DEFINER}
AS $$
#variable_conflict use_column
BEGIN RETURN QUERY
    SELECT o.id, o.po_number::text, o.notes, o.total_amount::numeric, 'RWF'::text,
           o.created_at, ({_NAME})::text
      FROM public.purchase_orders o LEFT JOIN public.users u ON u.id = o.created_by
     WHERE o.status = 'pending'
       AND o.created_by IS DISTINCT FROM (SELECT public.dicel_current_user_id())
       AND (SELECT public.dicel_has_role('finance') OR public.dicel_has_role('admin'));
END $$"""

EXPENSES_TO_DECIDE = f"""
CREATE FUNCTION public.dicel_expenses_to_decide() {_LISTING}
LANGUAGE plpgsql STABLE {_DEFINER}
AS $$
#variable_conflict use_column
BEGIN RETURN QUERY
    SELECT x.id, (x.expense_number || ' ' || x.expense_category)::text, x.description,
           x.amount::numeric, x.currency::text, x.created_at, ({_NAME})::text
      FROM public.expenses x LEFT JOIN public.users u ON u.id = x.created_by
     WHERE x.status = 'pending'
       AND x.created_by IS DISTINCT FROM (SELECT public.dicel_current_user_id())
       AND (SELECT public.dicel_has_role('finance') OR public.dicel_has_role('admin'));
END $$"""


def _decide(
    name: str, parameter: str, table: str, who_may: str, not_own: str, *, notes: bool = True
) -> str:
    keep_note = ", notes = coalesce(note, r.notes)" if notes else ""
    return f"""
CREATE FUNCTION public.{name}({parameter} uuid, approve boolean, note text) RETURNS void
LANGUAGE plpgsql {_DEFINER}
AS $$
DECLARE
    v_state text;
    v_who text;
    v_when timestamptz;
BEGIN
    UPDATE public.{table} r
       SET status = CASE WHEN approve THEN 'approved' ELSE 'rejected' END,
           approved_by = public.dicel_current_user_id(), approved_date = now(){keep_note}
     WHERE r.id = {parameter} AND r.status = 'pending' AND ({who_may}) AND ({not_own});
    IF FOUND THEN
        RETURN;
    END IF;
    SELECT r.status, {_NAME}, r.approved_date INTO v_state, v_who, v_when
      FROM public.{table} r LEFT JOIN public.users u ON u.id = r.approved_by
     WHERE r.id = {parameter};
    IF v_state IS NOT NULL AND v_state <> 'pending' THEN
        RAISE EXCEPTION '% % is already %', '{table}', {parameter}, v_state
            USING ERRCODE = 'DW001',
                  DETAIL = json_build_object('state', v_state, 'who', v_who,
                                             'when', v_when)::text;
    END IF;
    RAISE EXCEPTION 'not yours to decide' USING ERRCODE = 'DW002',
        DETAIL = json_build_object('deciders', 'the people who decide it')::text;
END
$$"""


_SUPERVISOR_OR_HR = "public.dicel_is_supervisor_of(r.employee_id) OR public.dicel_has_role('hr')"
_FINANCE_OR_ADMIN = "public.dicel_has_role('finance') OR public.dicel_has_role('admin')"
_NOT_CREATOR = "r.created_by IS DISTINCT FROM public.dicel_current_user_id()"
_NOT_OWN_LEAVE = (
    "NOT EXISTS (SELECT FROM public.employees e WHERE e.id = r.employee_id"
    " AND e.user_id = public.dicel_current_user_id())"
)

#: (signature, CREATE statements, roles given EXECUTE), in the contract's words.
STANDINS: list[tuple[str, list[str], tuple[str, ...]]] = [
    ("dicel_leave_requests_to_decide()", [LEAVE_TO_DECIDE], ("dicel_user",)),
    ("dicel_purchase_orders_to_decide()", [ORDERS_TO_DECIDE], ("dicel_user",)),
    ("dicel_expenses_to_decide()", [EXPENSES_TO_DECIDE], ("dicel_user",)),
    (
        "dicel_decide_leave(uuid, boolean, text)",
        [
            _decide(
                "dicel_decide_leave",
                "request_id",
                "leave_requests",
                _SUPERVISOR_OR_HR,
                _NOT_OWN_LEAVE,
            ),
            # Row security lets a supervisor read a report's request, not change it: the
            # decision (run as dicel_owner) may, as the workflow conventions say.
            "CREATE POLICY leave_requests_standin_decide ON public.leave_requests FOR UPDATE"
            " TO dicel_owner USING (public.dicel_is_supervisor_of(employee_id)"
            " OR public.dicel_has_role('hr')) WITH CHECK (true)",
        ],
        ("dicel_user",),
    ),
    (
        "dicel_decide_purchase_order(uuid, boolean, text)",
        [
            _decide(
                "dicel_decide_purchase_order",
                "order_id",
                "purchase_orders",
                _FINANCE_OR_ADMIN,
                _NOT_CREATOR,
            )
        ],
        ("dicel_finance", "dicel_admin"),
    ),
    (
        "dicel_decide_expense(uuid, boolean, text)",
        [
            _decide(
                "dicel_decide_expense",
                "expense_id",
                "expenses",
                _FINANCE_OR_ADMIN,
                _NOT_CREATOR,
                notes=False,  # expenses have no notes column
            )
        ],
        ("dicel_finance", "dicel_admin"),
    ),
]


def install_standins(superuser_dsn: str) -> set[str]:
    """Create the stand-ins the database lacks; the signatures created."""
    made = set()
    with psycopg.connect(superuser_dsn, autocommit=True) as conn:
        for signature, statements, grantees in STANDINS:
            (exists,) = conn.execute(
                "SELECT to_regprocedure(%s) IS NOT NULL", (f"public.{signature}",)
            ).fetchone()
            if exists:
                continue
            with conn.transaction():
                for statement in statements:
                    conn.execute(statement)
                conn.execute(f"ALTER FUNCTION public.{signature} OWNER TO dicel_owner")
                conn.execute(f"REVOKE ALL ON FUNCTION public.{signature} FROM PUBLIC")
                for grantee in grantees:
                    conn.execute(f"GRANT EXECUTE ON FUNCTION public.{signature} TO {grantee}")
            made.add(signature)
    return made
