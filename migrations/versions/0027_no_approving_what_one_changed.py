"""Nobody approves what they changed: an expense, or a purchase order and its lines.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-04

The workflow functions refuse a decision to the record's creator (DW003). A review with
psql as the demo's people found the way round it: finance may edit any pending expense,
so one finance clerk raised a colleague's expense from 310,500 to 9,000,000 RWF, named a
vendor of their own, approved it and paid it alone; an inventory manager rewrote a
colleague's draft order (its lines, its supplier) to just under the finance threshold,
submitted it and approved it alone. Whoever changed what a record asks for shaped it as
much as its creator did.

So an approval is refused (``DW005``, "you changed this ... while it waited") to a person
the audit log shows changing, as a DICEL login:

* an expense's amount, currency, category, department, vendor, description, date or
  receipt (``expenses_approved_by_another``, BEFORE UPDATE of its state to approved);
* a purchase order's supplier, dates or notes, or any of its lines
  (``purchase_order_approvals_by_another``, BEFORE a level's decision is recorded as an
  approval; the order's total follows its lines), or the department of its creator since
  the order was drawn up: HR, who may not touch orders, moved a creator into their own
  department and then approved the order as its manager.

A rejection stays open to them (it spends nothing). The check is a trigger, so every path
to an approval meets it; it reads the audit log (SECURITY DEFINER: clerks cannot), whose
index on (table_name, record_id) finds a record's entries; a purchase order's deleted
lines are found by the order named in their last values.
"""

from collections.abc import Sequence

from dicel_desktop.db.migrate import SEARCH_PATH, create_owned_function, execute_sql

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: What an expense asks for: a change of any of these makes its author a shaper of it.
EXPENSE_TERMS = (
    "amount", "currency", "expense_category", "department_id", "vendor", "description",
    "expense_date", "receipt_url",
)  # fmt: skip
#: What an order asks for, beside its lines.
ORDER_TERMS = ("supplier_id", "order_date", "expected_delivery", "notes")


def _array(names: tuple[str, ...]) -> str:
    return "ARRAY[" + ", ".join(f"'{n}'" for n in names) + "]::text[]"


CHANGED_BY = f"""
CREATE FUNCTION public.dicel_changed_by(p_table text, p_record uuid, p_user uuid,
                                        p_terms text[])
RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER {SEARCH_PATH}
AS $$
    SELECT EXISTS (
        SELECT FROM public.audit_logs a
         WHERE a.table_name = p_table AND a.record_id = p_record AND a.user_id = p_user
           AND (a.action = 'INSERT' OR (a.action = 'UPDATE' AND a.new_values ?| p_terms)))
$$"""

EXPENSE_CHECK = f"""
CREATE FUNCTION public.dicel_expense_approved_by_another() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SEARCH_PATH}
AS $$
DECLARE
    v_me uuid := public.dicel_current_user_id();
BEGIN
    IF v_me IS NOT NULL
       AND public.dicel_changed_by('expenses', NEW.id, v_me, {_array(EXPENSE_TERMS)}) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW005', MESSAGE = 'changed by its approver',
            DETAIL = json_build_object('id', NEW.id)::text;
    END IF;
    RETURN NEW;
END
$$"""

ORDER_CHECK = f"""
CREATE FUNCTION public.dicel_purchase_approved_by_another() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SEARCH_PATH}
AS $$
DECLARE
    v_me uuid := public.dicel_current_user_id();
BEGIN
    IF v_me IS NOT NULL AND (
        public.dicel_changed_by('purchase_orders', NEW.order_id, v_me, {_array(ORDER_TERMS)})
        OR EXISTS (
            SELECT FROM public.audit_logs a
             WHERE a.table_name = 'purchase_order_lines' AND a.user_id = v_me
               AND (a.record_id IN (SELECT l.id FROM public.purchase_order_lines l
                                     WHERE l.order_id = NEW.order_id)
                    OR coalesce(a.old_values, a.new_values) ->> 'order_id'
                       = NEW.order_id::text))
        -- The manager level follows the creator's department: whoever moved the creator
        -- since the order was drawn up chose who decides it.
        OR EXISTS (
            SELECT FROM public.purchase_orders o
              JOIN public.employees e ON e.user_id = o.created_by
              JOIN public.audit_logs a ON a.table_name = 'employees' AND a.record_id = e.id
             WHERE o.id = NEW.order_id AND a.user_id = v_me
               AND a.new_values ? 'department_id' AND a.created_at >= o.created_at)) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW005', MESSAGE = 'changed by its approver',
            DETAIL = json_build_object('id', NEW.order_id)::text;
    END IF;
    RETURN NEW;
END
$$"""

FUNCTIONS = (
    ("dicel_changed_by(text, uuid, uuid, text[])", CHANGED_BY),
    ("dicel_expense_approved_by_another()", EXPENSE_CHECK),
    ("dicel_purchase_approved_by_another()", ORDER_CHECK),
)
TRIGGERS = (
    (
        "expenses_approved_by_another",
        "expenses",
        "BEFORE UPDATE OF status ON public.expenses FOR EACH ROW"
        " WHEN (OLD.status = 'pending' AND NEW.status = 'approved')"
        " EXECUTE FUNCTION public.dicel_expense_approved_by_another()",
    ),
    (
        "purchase_order_approvals_by_another",
        "purchase_order_approvals",
        "BEFORE UPDATE OF decision ON public.purchase_order_approvals FOR EACH ROW"
        " WHEN (OLD.decision IS NULL AND NEW.decision = 'approved')"
        " EXECUTE FUNCTION public.dicel_purchase_approved_by_another()",
    ),
)


def upgrade() -> None:
    for signature, create in FUNCTIONS:
        create_owned_function(create, signature)
    for name, _table, definition in TRIGGERS:
        execute_sql(f"CREATE TRIGGER {name} {definition}")


def downgrade() -> None:
    for name, table, _definition in TRIGGERS:
        execute_sql(f"DROP TRIGGER IF EXISTS {name} ON public.{table}")
    for signature, _create in reversed(FUNCTIONS):
        execute_sql(f"DROP FUNCTION IF EXISTS public.{signature}")
