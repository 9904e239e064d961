"""The approvals inbox lists nothing its reader may not approve.

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-05

Migration 0027 refuses an approval to whoever changed what an expense or a purchase
order asks for (``DW005``), yet the inbox's listings still offered those records to
them: a finance clerk who corrected a colleague's expense saw it in "Waiting for me",
pressed Approve, and was refused. The record waits for somebody else.

The rule is now one function per kind, asked by the approval's trigger and by the
listing alike, so the two cannot drift apart:

* ``dicel_shaped_expense(p_expense uuid, p_user uuid) RETURNS boolean``: the user
  changed the expense's amount, currency, category, department, vendor, description,
  date or receipt (or made it: the creator's own is refused already);
* ``dicel_shaped_purchase_order(p_order uuid, p_user uuid) RETURNS boolean``: the user
  changed the order's supplier, dates or notes, or any of its lines (deleted ones
  included), or moved its creator to another department since it was drawn up.

``dicel_expenses_to_decide`` and ``dicel_purchase_orders_to_decide`` leave out what the
caller shaped; ``dicel_expense_approved_by_another`` and
``dicel_purchase_approved_by_another`` (the triggers' functions) call the same two. Both
are SECURITY DEFINER (they read the audit log) and nobody's to call: sync-grants grants
EXECUTE on them to no role.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
)

revision: str = "0033"
down_revision: str | None = "0032"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_0027 = earlier_revision("0027_no_approving_what_one_changed")
_0032 = earlier_revision("0032_decisions_on_what_was_shown")

SHAPED_EXPENSE = f"""
CREATE FUNCTION public.dicel_shaped_expense(p_expense uuid, p_user uuid)
RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER {SEARCH_PATH}
AS $$
    SELECT public.dicel_changed_by('expenses', p_expense, p_user,
                                   {_0027._array(_0027.EXPENSE_TERMS)})
$$"""

SHAPED_ORDER = f"""
CREATE FUNCTION public.dicel_shaped_purchase_order(p_order uuid, p_user uuid)
RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER {SEARCH_PATH}
AS $$
    SELECT public.dicel_changed_by('purchase_orders', p_order, p_user,
                                   {_0027._array(_0027.ORDER_TERMS)})
        OR EXISTS (
            SELECT FROM public.audit_logs a
             WHERE a.table_name = 'purchase_order_lines' AND a.user_id = p_user
               AND (a.record_id IN (SELECT l.id FROM public.purchase_order_lines l
                                     WHERE l.order_id = p_order)
                    OR coalesce(a.old_values, a.new_values) ->> 'order_id'
                       = p_order::text))
        -- The manager level follows the creator's department: whoever moved the creator
        -- since the order was drawn up chose who decides it.
        OR EXISTS (
            SELECT FROM public.purchase_orders o
              JOIN public.employees e ON e.user_id = o.created_by
              JOIN public.audit_logs a ON a.table_name = 'employees' AND a.record_id = e.id
             WHERE o.id = p_order AND a.user_id = p_user
               AND a.new_values ? 'department_id' AND a.created_at >= o.created_at)
$$"""

EXPENSE_CHECK = f"""
CREATE OR REPLACE FUNCTION public.dicel_expense_approved_by_another() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SEARCH_PATH}
AS $$
DECLARE
    v_me uuid := public.dicel_current_user_id();
BEGIN
    IF v_me IS NOT NULL AND public.dicel_shaped_expense(NEW.id, v_me) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW005', MESSAGE = 'changed by its approver',
            DETAIL = json_build_object('id', NEW.id)::text;
    END IF;
    RETURN NEW;
END
$$"""

ORDER_CHECK = f"""
CREATE OR REPLACE FUNCTION public.dicel_purchase_approved_by_another() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SEARCH_PATH}
AS $$
DECLARE
    v_me uuid := public.dicel_current_user_id();
BEGIN
    IF v_me IS NOT NULL AND public.dicel_shaped_purchase_order(NEW.order_id, v_me) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW005', MESSAGE = 'changed by its approver',
            DETAIL = json_build_object('id', NEW.order_id)::text;
    END IF;
    RETURN NEW;
END
$$"""

#: (listing, where its conditions end in 0032's text, the condition added after it).
_LISTINGS = (
    (
        "dicel_expenses_to_decide(uuid)",
        "0014_finance_flows",
        "       AND x.created_by IS DISTINCT FROM (SELECT public.dicel_current_user_id())\n",
        "       AND NOT public.dicel_shaped_expense(x.id, public.dicel_current_user_id())\n",
    ),
    (
        "dicel_purchase_orders_to_decide(uuid)",
        "0013_purchasing",
        "                          AND z.approver_id = public.dicel_current_user_id())\n",
        "       AND NOT public.dicel_shaped_purchase_order(o.id, public.dicel_current_user_id())\n",
    ),
)


def _listing(signature: str, module_name: str, *, offered_to_shapers: bool) -> str:
    create = _0032._listing(signature, module_name, versioned=True)
    assert create.startswith("\nCREATE FUNCTION "), signature
    # Same result columns: replaced in place, its owner and grants kept.
    create = create.replace("\nCREATE FUNCTION ", "\nCREATE OR REPLACE FUNCTION ", 1)
    if offered_to_shapers:
        return create
    _sig, _module, end, condition = next(x for x in _LISTINGS if x[0] == signature)
    assert create.count(end) == 1, signature
    return create.replace(end, end + condition)


def upgrade() -> None:
    for signature, create in (
        ("dicel_shaped_expense(uuid, uuid)", SHAPED_EXPENSE),
        ("dicel_shaped_purchase_order(uuid, uuid)", SHAPED_ORDER),
    ):
        create_owned_function(create, signature)
    execute_sql(EXPENSE_CHECK)
    execute_sql(ORDER_CHECK)
    for signature, module_name, _end, _condition in _LISTINGS:
        execute_sql(_listing(signature, module_name, offered_to_shapers=False))


def downgrade() -> None:
    for signature, module_name, _end, _condition in _LISTINGS:
        execute_sql(_listing(signature, module_name, offered_to_shapers=True))
    execute_sql(_0027.EXPENSE_CHECK.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))
    execute_sql(_0027.ORDER_CHECK.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))
    execute_sql("DROP FUNCTION public.dicel_shaped_purchase_order(uuid, uuid)")
    execute_sql("DROP FUNCTION public.dicel_shaped_expense(uuid, uuid)")
