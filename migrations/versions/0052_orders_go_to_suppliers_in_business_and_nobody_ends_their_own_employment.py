"""Orders go only to suppliers in business, for items still stocked; nobody changes their
own employment.

Revision ID: 0052
Revises: 0051
Create Date: 2026-12-11

The steps of migrations 0049 and 0050 gave states a meaning that nothing enforced. Found
as the demo's real logins:

**A blocked or inactive supplier gets no order.** The stores blocked a supplier (Block…,
"not to be ordered from") and a clerk then submitted a purchase order to it, which the
manager approved and the stores marked ordered: ``dicel_submit_purchase_order`` and
``dicel_mark_purchase_order_ordered`` (migration 0013) asked only for a supplier. The
trigger ``purchase_orders_supplier_in_business`` (BEFORE UPDATE OF status, when an order
becomes ``pending`` or ``ordered``: the two moments an order is placed, when it is
submitted and when it is sent) refuses it while the supplier is ``blocked`` (``DW218``)
or ``inactive`` (``DW219``: no longer dealt with; the stores reactivate it first),
DETAIL the supplier's name. It takes FOR SHARE on the supplier's row, so a Block… at the
same moment waits for the submission and is not missed by it. What is left as it was,
said here once: a draft may still name such a supplier (nothing is placed yet); an order
already pending may still be decided (an approver will usually reject it, the stores may
cancel it), and one already approved stays approved, but neither is sent until the
supplier is active again (or is cancelled); an order already sent (``ordered``,
``partially_received``) is still received: what arrives goes into stock.

**A discontinued item is not ordered again.** A ``discontinued`` stock item (final,
migration 0050) could still be put on a purchase order line and submitted. The trigger
``purchase_order_lines_no_discontinued_item`` (BEFORE INSERT OR UPDATE OF item_id, after
the lines' claim and lock triggers by name, so a line of an order no longer a draft is
told DL002 first) refuses a line naming it (``DW220``, DETAIL the item's name; COLUMN
``item_id``, the line form's field), and the submission of a draft that still holds a line for an item
discontinued since it was added is refused the same way (by the orders' trigger above,
before the supplier is asked). Stock already held is still issued (``dicel_move_stock``
``out``); an inactive item (a pause, not a decision) may still be ordered; a line's
quantity or price may still be corrected on a draft; an order pending or approved before
the item was discontinued is left as it was decided (its lines are locked; the stores may
cancel it).

**Nobody changes their own employment.** Migration 0028 refused a login changing their own
salary (DW006), but an HR officer could suspend, reinstate, put on leave, bring back from
leave or terminate themselves (``dicel_suspend_employee`` ... of migration 0049), or write
their own termination date. The trigger ``employees_no_own_employment`` (BEFORE UPDATE OF
status, termination_date, when either changes) refuses a change of either on the
caller's own employee record (``user_id`` the caller's before or after the change):
``DW009``, beside DW003 and DW006 (the caller's own record), DETAIL ``id``, COLUMN
``termination_date`` when only the date changed. An administrator with an employee record
is refused the same way: someone else in HR, or another administrator, must.

All three are SECURITY DEFINER trigger functions owned by dicel_owner (they read the
supplier, the item or the employee whoever the caller is), refused to PUBLIC. A superuser
is not a DICEL login and is not asked, as everywhere (``dicel_current_user_id()`` NULL).

A downgrade drops the triggers and their functions.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import DEFINER, create_owned_function, execute_sql

revision: str = "0052"
down_revision: str | None = "0051"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: SQLSTATE -> what it refuses and the keys of its DETAIL, as 0013's ``REFUSALS`` (the
#: client's sentence is in domain/errors.py; services/db_errors.py registers each).
REFUSALS = {
    "DW218": ("placing an order with a blocked supplier", ("supplier",)),
    "DW219": ("placing an order with an inactive supplier", ("supplier",)),
    "DW220": ("ordering a discontinued item", ("item",)),
}


def _raise(code: str, detail: str, *, column: str | None = None) -> str:
    """A refusal of ``REFUSALS``: DETAIL the JSON text of ``detail`` (SQL)."""
    where = f", COLUMN = '{column}', TABLE = 'purchase_order_lines'" if column else ""
    return (
        f"RAISE EXCEPTION USING ERRCODE = '{code}', MESSAGE = 'refused: {REFUSALS[code][0]}'"
        f"{where}, DETAIL = ({detail})::text"
    )


#: DW220's DETAIL: the name of the discontinued item.
_ITEM = "json_build_object('item', v_item)"


_SUPPLIER = "json_build_object('supplier', v_supplier.supplier_name)"

SUPPLIER_IN_BUSINESS = f"""
CREATE FUNCTION public.dicel_purchase_order_supplier_in_business() RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_supplier record;
    v_item text;
BEGIN
    IF public.dicel_current_user_id() IS NULL THEN
        RETURN NEW;
    END IF;
    IF NEW.status = 'pending' THEN
        -- Submitted: no line for an item discontinued since it was added to the draft.
        SELECT i.item_name INTO v_item
          FROM public.purchase_order_lines l
          JOIN public.inventory_items i ON i.id = l.item_id
         WHERE l.order_id = NEW.id AND i.status = 'discontinued'
         ORDER BY l.created_at, l.id
         LIMIT 1;
        IF FOUND THEN
            {_raise("DW220", _ITEM)};
        END IF;
    END IF;
    -- Locked, so a Block… at the same moment waits for this order and sees it.
    SELECT s.supplier_name, s.status INTO v_supplier
      FROM public.suppliers s WHERE s.id = NEW.supplier_id FOR SHARE;
    IF NOT FOUND THEN
        RETURN NEW;  -- no supplier: dicel_submit_purchase_order says so (DW202)
    END IF;
    IF v_supplier.status = 'blocked' THEN
        {_raise("DW218", _SUPPLIER)};
    END IF;
    IF v_supplier.status = 'inactive' THEN
        {_raise("DW219", _SUPPLIER)};
    END IF;
    RETURN NEW;
END
$$"""

NO_DISCONTINUED_ITEM = f"""
CREATE FUNCTION public.dicel_purchase_order_line_item_stocked() RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_item text;
BEGIN
    IF public.dicel_current_user_id() IS NULL
       OR (TG_OP = 'UPDATE' AND NEW.item_id IS NOT DISTINCT FROM OLD.item_id) THEN
        RETURN NEW;  -- a line kept as it was: the submission asks (above)
    END IF;
    -- Locked, so a Discontinue… at the same moment waits for this line and sees it.
    SELECT i.item_name INTO v_item
      FROM public.inventory_items i
     WHERE i.id = NEW.item_id AND i.status = 'discontinued'
       FOR SHARE;
    IF FOUND THEN
        {_raise("DW220", _ITEM, column="item_id")};
    END IF;
    RETURN NEW;
END
$$"""

NO_OWN_EMPLOYMENT = f"""
CREATE FUNCTION public.dicel_refuse_own_employment() RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_me uuid := public.dicel_current_user_id();
BEGIN
    IF v_me IS NULL
       OR (v_me IS DISTINCT FROM OLD.user_id AND v_me IS DISTINCT FROM NEW.user_id) THEN
        RETURN NEW;
    END IF;
    IF OLD.status IS NOT DISTINCT FROM NEW.status THEN
        RAISE EXCEPTION USING ERRCODE = 'DW009', MESSAGE = 'one''s own employment',
            COLUMN = 'termination_date', TABLE = 'employees',
            DETAIL = json_build_object('id', NEW.id)::text;
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'DW009', MESSAGE = 'one''s own employment',
        DETAIL = json_build_object('id', NEW.id)::text;
END
$$"""

#: (signature, CREATE statement).
FUNCTIONS: tuple[tuple[str, str], ...] = (
    ("dicel_purchase_order_supplier_in_business()", SUPPLIER_IN_BUSINESS),
    ("dicel_purchase_order_line_item_stocked()", NO_DISCONTINUED_ITEM),
    ("dicel_refuse_own_employment()", NO_OWN_EMPLOYMENT),
)

#: (name, table, definition after CREATE TRIGGER <name>).
TRIGGERS: tuple[tuple[str, str, str], ...] = (
    (
        "purchase_orders_supplier_in_business",
        "purchase_orders",
        "BEFORE UPDATE OF status ON public.purchase_orders FOR EACH ROW"
        " WHEN (NEW.status IN ('pending', 'ordered')"
        " AND OLD.status IS DISTINCT FROM NEW.status)"
        " EXECUTE FUNCTION public.dicel_purchase_order_supplier_in_business()",
    ),
    (
        # Sorts after purchase_order_lines_claim_order and _locked_lines (migration 0013).
        "purchase_order_lines_no_discontinued_item",
        "purchase_order_lines",
        "BEFORE INSERT OR UPDATE OF item_id ON public.purchase_order_lines FOR EACH ROW"
        " WHEN (NEW.item_id IS NOT NULL)"
        " EXECUTE FUNCTION public.dicel_purchase_order_line_item_stocked()",
    ),
    (
        "employees_no_own_employment",
        "employees",
        "BEFORE UPDATE OF status, termination_date ON public.employees FOR EACH ROW"
        " WHEN (OLD.status IS DISTINCT FROM NEW.status"
        " OR OLD.termination_date IS DISTINCT FROM NEW.termination_date)"
        " EXECUTE FUNCTION public.dicel_refuse_own_employment()",
    ),
)


def upgrade() -> None:
    for signature, create in FUNCTIONS:
        create_owned_function(create, signature)
    for name, _table, definition in TRIGGERS:
        execute_sql(f"CREATE TRIGGER {name} {definition}")


def downgrade() -> None:
    for name, table, _definition in reversed(TRIGGERS):
        execute_sql(f"DROP TRIGGER IF EXISTS {name} ON public.{table}")
    for signature, _create in reversed(FUNCTIONS):
        execute_sql(f"DROP FUNCTION IF EXISTS public.{signature}")
