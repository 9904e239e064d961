"""A step that comes second says who came first and when; a decision is a yes or a no;
a suspended employee's login stays off.

Revision ID: 0121
Revises: 0120
Create Date: 2026-12-06

Found with psql (psq34, race34): README promises for every decision "Exactly one
decision; the other is told who decided and when" ("Already approved by Jean Mugabo at
10:42"). The generated case steps keep it (DW001 with the name and the moment, from the
audit log). The hand-written steps kept it only against a decision of their own kind
(an approval read ``approved_by``); a loser against a cancel, or a second cancel, submit
or mark-ordered, was told only the state (DW004 ``{"state": "cancelled", "action":
"approved"}``): nobody named, no moment.

**Who came first.** ``dicel_refuse_taken(p_table, p_id, p_state, p_action, p_first)``
(owner only): when the state found is one of ``p_first`` (where another person's step
leaves the record before this one: the same step, a cancel, a decision), the last audit
entry of the record whose UPDATE moved its ``status`` into it (from another), by a DICEL
login: DW001 ``state``, ``action``, ``who`` (their name), ``when`` (the entry's moment),
TABLE the record's. Any other state (an order partly received, asked to be cancelled)
is the step's rule, not a race: it returns, as it does with nobody to name (a
superuser's change, data loaded), and the step refuses with DW004 as before. A
submission is said as ``submitted`` (its state, ``pending``, does not read after
"Already"). Asked just before each step's DW004, once it is known the record moved on:

* ``dicel_decide_expense``, ``dicel_cancel_expense`` (expenses);
* ``dicel_approve_payroll``, ``dicel_cancel_payroll`` (``dicel_decide_payroll`` calls
  them) (payroll_periods);
* ``dicel_decide_leave``, ``dicel_cancel_leave`` (leave_requests);
* ``dicel_submit_purchase_order``, ``dicel_decide_purchase_order``,
  ``dicel_mark_purchase_order_ordered``, ``dicel_cancel_purchase_order``
  (purchase_orders). ``dicel_pay_expense`` already names who paid (DW001): an
  approved expense is not cancelled, so nothing else comes first there.

**A decision is a yes or a no** (DW014, new). ``dicel_decide_expense`` and
``dicel_decide_payroll`` took ``approve`` NULL as "no": a script passing NULL by
mistake rejected someone's expense or cancelled the month's pay run. Refused now, once
the note is measured (0085); ``dicel_decide_leave`` and ``dicel_decide_purchase_order``
refused it already, with a bare 22004 the window had no sentence for: DW014 too.

**A suspended employee's login stays off** (DU017, new). The administrator's Reactivate…
(``dicel_reactivate_user`` is admin's alone; this said "IT's" until code review 34 F11,
corrected in place on 2026-12-06) brought back the login of someone HR had suspended (only a terminated one was refused, DU016): their
access was cut for a reason, and HR's Reinstate… is where that reason is settled. The
trigger ``users_leaver_stays_inactive`` (function ``dicel_refuse_leavers_login``) now
refuses a login turned active while its employee is suspended, on every path
(``dicel_reactivate_user``, psql); DETAIL ``employee`` (their number). A superuser is
not asked, as before.

Each function is changed as the database holds it, from pg_get_functiondef (as 0119),
in one place each; CREATE OR REPLACE keeps owner and grants. A downgrade takes the lines
out again and drops the helper.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import create_owned_function, execute_sql, replaced

revision: str = "0121"
down_revision: str | None = "0120"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW014": ("a decision neither an approval nor a rejection (NULL)", ("action",)),
    "DU017": ("the login of a suspended employee turned active", ("employee",)),
}

# --------------------------------------------------------------------------- who came first

TAKEN_SIGNATURE = "public.dicel_refuse_taken(text, uuid, text, text, text[])"
TAKEN = r"""
CREATE FUNCTION public.dicel_refuse_taken(p_table text, p_id uuid, p_state text,
                                          p_action text, p_first text[])
RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    -- Migration 0121: a step that finds its record where another person's step left it
    -- first (p_first: the same step, a cancel, a decision) says who and when (DW001),
    -- from the audit log, as the generated case steps do. Any other state (an order
    -- partly received) is the step's rule, not a race: it returns, as it does with
    -- nobody to name (a superuser's change, data loaded); the step then says the state.
    v_who text;
    v_when timestamptz;
BEGIN
    IF NOT (p_state = ANY (p_first)) THEN
        RETURN;
    END IF;
    SELECT public.dicel_person_name(a.user_id), a.created_at INTO v_who, v_when
      FROM public.audit_logs a
     WHERE a.table_name = p_table AND a.record_id = p_id AND a.action = 'UPDATE'
       AND a.new_values ->> 'status' = p_state
       AND a.old_values ->> 'status' IS DISTINCT FROM p_state
     ORDER BY a.created_at DESC
     LIMIT 1;
    IF v_who IS NULL THEN
        RETURN;
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'DW001',
        MESSAGE = format('%s %s is already %s', p_table, p_id, p_state),
        DETAIL = json_build_object(
            -- A submission leads to pending, which does not read after "Already".
            'state', CASE WHEN p_state = 'pending' THEN 'submitted' ELSE p_state END,
            'action', p_action, 'who', v_who, 'when', v_when)::text,
        SCHEMA = 'public', TABLE = p_table;
END
$$
"""

_MARK = "-- Migration 0121: moved on by someone: who and when (DW001).\n"

#: (signature, the line the question goes before, the question) of each step.
TAKEN_ASKED = (
    (
        "dicel_decide_expense(uuid, boolean, text)",
        "        RAISE EXCEPTION USING ERRCODE = 'DW004', MESSAGE = 'expense not pending',\n",
        "        PERFORM public.dicel_refuse_taken('expenses', v_id, v_expense.status,\n"
        "            CASE WHEN v_approve THEN 'approved' ELSE 'rejected' END,\n"
        "            ARRAY['cancelled']);\n",
    ),
    (
        "dicel_cancel_expense(uuid, text)",
        "    RAISE EXCEPTION USING ERRCODE = 'DW004', MESSAGE = 'expense not pending',\n",
        "    PERFORM public.dicel_refuse_taken('expenses', v_id, v_expense.status, 'withdrawn',\n"
        "                                      ARRAY['cancelled']);\n",
    ),
    (
        "dicel_approve_payroll(uuid, text)",
        "        RAISE EXCEPTION USING ERRCODE = 'DW004', MESSAGE = 'pay period not pending',\n",
        "        PERFORM public.dicel_refuse_taken('payroll_periods', v_id, v_period.status,\n"
        "                                          'approved', ARRAY['cancelled']);\n",
    ),
    (
        "dicel_cancel_payroll(uuid, text)",
        "        RAISE EXCEPTION USING ERRCODE = 'DW004', MESSAGE = 'pay period not pending',\n",
        "        PERFORM public.dicel_refuse_taken('payroll_periods', v_id, v_period.status,\n"
        "                                          'cancelled', ARRAY['cancelled']);\n",
    ),
    (
        "dicel_decide_leave(uuid, boolean, text)",
        "    RAISE EXCEPTION USING ERRCODE = 'DW004', MESSAGE = 'the leave request is no longer"
        " pending', ",
        "    PERFORM public.dicel_refuse_taken('leave_requests', v_id, v_now.status,\n"
        "        CASE WHEN v_approve THEN 'approved' ELSE 'rejected' END, ARRAY['cancelled']);\n",
    ),
    (
        "dicel_cancel_leave(uuid, text)",
        "    RAISE EXCEPTION USING ERRCODE = 'DW004', MESSAGE = 'the leave request is no longer"
        " pending or approved', ",
        "    PERFORM public.dicel_refuse_taken('leave_requests', v_id, v_now.status,"
        " 'cancelled',\n"
        "                                      ARRAY['cancelled', 'rejected']);\n",
    ),
    (
        "dicel_submit_purchase_order(uuid)",
        "        RAISE EXCEPTION USING ERRCODE = 'DW004', MESSAGE = 'refused: not in a state for"
        " this step', DETAIL = (json_build_object('state', replace(v_po.status, '_', ' '),"
        " 'action', 'submitted'))::text;\n",
        "        PERFORM public.dicel_refuse_taken('purchase_orders', v_order, v_po.status,"
        " 'submitted',\n"
        "                                          ARRAY['pending', 'cancelled']);\n",
    ),
    (
        "dicel_decide_purchase_order(uuid, boolean, text)",
        "        RAISE EXCEPTION USING ERRCODE = 'DW004', MESSAGE = 'refused: not in a state for"
        " this step', DETAIL = (json_build_object('state', replace(v_po.status, '_', ' '),"
        " 'action', 'decided'))::text;\n",
        "        PERFORM public.dicel_refuse_taken('purchase_orders', v_order, v_po.status,"
        " 'decided',\n"
        "                                          ARRAY['cancelled']);\n",
    ),
    (
        "dicel_mark_purchase_order_ordered(uuid)",
        "    RAISE EXCEPTION USING ERRCODE = 'DW004', MESSAGE = 'refused: not in a state for"
        " this step', DETAIL = (json_build_object('state', replace(v_po.status, '_', ' '),"
        " 'action', 'ordered'))::text;\n",
        "    PERFORM public.dicel_refuse_taken('purchase_orders', v_order, v_po.status,"
        " 'ordered',\n"
        "                                      ARRAY['ordered', 'cancelled']);\n",
    ),
    (
        "dicel_cancel_purchase_order(uuid, text)",
        "    RAISE EXCEPTION USING ERRCODE = 'DW004', MESSAGE = 'refused: not in a state for"
        " this step', DETAIL = (json_build_object('state', replace(v_po.status, '_', ' '),"
        " 'action', 'cancelled'))::text;\n",
        "    PERFORM public.dicel_refuse_taken('purchase_orders', v_order, v_po.status,"
        " 'cancelled',\n"
        "                                      ARRAY['cancelled', 'rejected']);\n",
    ),
)

# --------------------------------------------------------------------------- yes or no

_NO_DECISION = """\
        RAISE EXCEPTION USING ERRCODE = 'DW014', MESSAGE = 'a decision is true or false',
            DETAIL = json_build_object('action', 'decided')::text, COLUMN = 'approve';
"""
_YES_OR_NO = (
    "    -- Migration 0121: a decision is a yes or a no; NULL (a script's slip) decides\n"
    "    -- nothing, it does not reject.\n"
    "    IF $2 IS NULL THEN\n" + _NO_DECISION + "    END IF;\n"
)
_END_OF_MEASURE = "    -- (end of 0085's measure)\n"
_LEAVE_AND_ORDER_NULL = (
    "        RAISE EXCEPTION USING ERRCODE = '22004', MESSAGE = 'approve must be true or false';\n"
)

#: (signature, old, new): NULL refused where it was taken as "no", or said as DW014 where
#: it was a bare 22004.
YES_OR_NO = (
    ("dicel_decide_expense(uuid, boolean, text)", _END_OF_MEASURE, _END_OF_MEASURE + _YES_OR_NO),
    ("dicel_decide_payroll(uuid, boolean, text)", _END_OF_MEASURE, _END_OF_MEASURE + _YES_OR_NO),
    ("dicel_decide_leave(uuid, boolean, text)", _LEAVE_AND_ORDER_NULL, _NO_DECISION),
    ("dicel_decide_purchase_order(uuid, boolean, text)", _LEAVE_AND_ORDER_NULL, _NO_DECISION),
)


def _definition(signature: str) -> str:
    return execute_sql(
        f"SELECT pg_catalog.pg_get_functiondef('public.{signature}'::regprocedure)"
    ).fetchone()[0]


def _changes() -> dict[str, list[tuple[str, str]]]:
    """Per function, its (old, new) text replacements, in order."""
    changes: dict[str, list[tuple[str, str]]] = {}
    for signature, before, question in TAKEN_ASKED:
        indent = before[: len(before) - len(before.lstrip())]
        changes.setdefault(signature, []).append((before, indent + _MARK + question + before))
    for signature, old, new in YES_OR_NO:
        changes.setdefault(signature, []).append((old, new))
    return changes


def _steps(*, changed: bool) -> None:
    for signature, replacements in _changes().items():
        create = _definition(signature)
        for old, new in replacements if changed else reversed(replacements):
            create = replaced(create, old, new) if changed else replaced(create, new, old)
        execute_sql(create)


# --------------------------------------------------------------------------- suspended


_LEAVER_CHECK = """\
    IF TG_TABLE_NAME = 'users' THEN
        SELECT e.employee_number INTO v_number
          FROM public.employees e
         WHERE e.user_id = NEW.id AND e.status = 'terminated'
         LIMIT 1;
"""
_SUSPENDED_CHECK = """\
        -- Migration 0121: nor back while HR has them suspended (their access was cut for a
        -- reason; Reinstate… settles it first).
        IF v_number IS NULL THEN
            SELECT e.employee_number INTO v_number
              FROM public.employees e
             WHERE e.user_id = NEW.id AND e.status = 'suspended'
             LIMIT 1;
            IF v_number IS NOT NULL THEN
                RAISE EXCEPTION 'the login of a suspended employee stays inactive'
                    USING ERRCODE = 'DU017',
                          DETAIL = json_build_object('employee', v_number)::text;
            END IF;
        END IF;
"""


def _leavers_login(*, changed: bool) -> None:
    create = _definition("dicel_refuse_leavers_login()")
    if changed:
        create = replaced(create, _LEAVER_CHECK, _LEAVER_CHECK + _SUSPENDED_CHECK)
    else:
        create = replaced(create, _LEAVER_CHECK + _SUSPENDED_CHECK, _LEAVER_CHECK)
    execute_sql(create)


def upgrade() -> None:
    create_owned_function(TAKEN, TAKEN_SIGNATURE)
    _steps(changed=True)
    _leavers_login(changed=True)


def downgrade() -> None:
    _leavers_login(changed=False)
    _steps(changed=False)
    execute_sql(f"DROP FUNCTION {TAKEN_SIGNATURE}")
