"""Purchase orders with lines and approval levels, receiving, and stock that moves only
through one function.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04

* ``purchase_order_lines`` (order, item, description, quantity, unit price, generated
  total, quantity received). The order's ``total_amount`` is the sum of its lines' totals,
  kept by triggers (``purchase_order_lines_total``; a new order starts at 0); no role
  writes it. Lines are locked with their order (migration 0007's
  ``dicel_refuse_locked_lines``, from the registry's ``Lock.lines``): added, changed or
  removed only while it is a draft.
  ``purchase_order_lines_claim_order`` locks the order's row FOR NO KEY UPDATE before the
  lock trigger takes FOR SHARE (triggers fire in the order of their names): two clerks
  changing lines of one draft at once then wait for each other instead of deadlocking
  on the total, and each total is summed after the other's lines are committed.
* ``purchase_order_approvals``: one row per level (``manager``, then ``finance``), planned
  when the order is submitted and decided once each (order, level, approver, decision,
  note, time). Written only by the functions below; a level left undecided on a rejected
  order was never reached.
* Stock: ``dicel_move_stock`` is the only way into ``inventory_transactions`` (no role
  inserts there any more): the item's ``current_stock`` moves by one conditional UPDATE
  (``... WHERE current_stock + change >= 0``) and the movement is written in the same
  transaction, so the stock never goes below zero however many clerks issue at once.

Functions (SECURITY DEFINER, owned by dicel_owner, EXECUTE as ``FUNCTION_EXECUTE`` says):

* ``dicel_submit_purchase_order(order_id uuid)``: draft -> pending, by its creator or the
  stores (inventory); it needs a supplier and at least one line. Plans the levels: the
  department manager's always; finance's as well when the total is above the system
  setting ``po.approval_threshold_rwf`` (RWF), or when that setting is absent.
* ``dicel_decide_purchase_order(order_id uuid, approve boolean, note text) RETURNS text``:
  decides the first undecided level; returns the order's state after it (``pending``
  while a level waits, ``approved``, ``rejected``). Manager level: the active manager
  (``departments.manager_id``) of the department of the order's creator; where there is
  none other than the creator, an administrator stands in. Finance level: a finance
  officer or an administrator. Never the order's creator (DW003), never one person at two
  levels (DW205); a level is decided once (DW001 with who and when); a caller entitled to
  the first undecided level decides that one (the levels are decided in order). A rejection at any level rejects the order; an approval at
  the last level approves it (``approved_by``/``approved_date``: the last decider; a
  rejection records its decider there too). A decision that leaves the order pending
  still moves the order's version on, so open forms and the inbox's notifications see it.
* ``dicel_purchase_orders_to_decide(only_id uuid DEFAULT NULL)``: the pending orders whose
  current level the caller may decide now (only that one, when given; the approvals
  inbox's contract).
* ``dicel_receive_purchase_order(order_id uuid, lines jsonb) RETURNS text``: the stores
  receive an approved, ordered or partly received order, in full or in part; ``lines``
  is ``[{"line_id": uuid, "quantity": n}, ...]``, each quantity at most what is still
  awaited. Each line's quantity received moves on, and a line naming an item moves it
  into stock with the rules of ``dicel_move_stock`` (valued at the line's unit price).
  The order becomes ``partially_received`` or ``received``; returns that state.
* ``dicel_mark_purchase_order_ordered(order_id uuid)``: the stores (inventory, admin)
  record that an approved order was sent to its supplier: approved -> ordered.
* ``dicel_cancel_purchase_order(order_id uuid, note text)``: the stores cancel an order
  until something of it has arrived (draft, pending, approved or ordered -> cancelled);
  the note is added to the order's notes. Levels not yet decided stay undecided.
* ``dicel_move_stock(item_id uuid, transaction_type text, quantity integer,
  reference_type text, reference_number text, notes text) RETURNS uuid``: inventory and
  admin; ``in`` and ``out`` take a positive quantity, ``adjustment`` a signed one (not
  0); the movement is valued at the item's unit cost; returns the movement's id.

Refusals, besides DW001, DW003 and DW004 (``services/db_errors.py``), carry SQLSTATEs
DW201-DW217 with a JSON object of data in DETAIL (listed in ``REFUSALS`` below). "Not
yours to decide" is said level by level (DW214 manager, DW216 finance, DW217 an
administrator standing in) rather than with DW002, so the sentence names who decides.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

from dicel_desktop.db.migrate import DEFINER, SEARCH_PATH, create_owned_function, execute_sql

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: The setting holding the manager's limit, in RWF (the demo company has it).
LIMIT_SETTING = "po.approval_threshold_rwf"

#: SQLSTATE -> what it refuses and the keys of its DETAIL (the client's sentence is in
#: domain/errors.py; services/db_errors.py registers each).
REFUSALS = {
    "DW201": ("submitting an order without lines", ()),
    "DW202": ("submitting an order without a supplier", ()),
    "DW203": ("submitting someone else's order outside the stores", ("creator",)),
    "DW204": ("finance deciding before the department manager", ()),
    "DW205": ("one person deciding a second level of an order", ()),
    "DW206": ("issuing more than is in stock", ("item", "stock", "quantity", "unit")),
    "DW207": ("a movement's quantity (in/out: > 0; adjustment: not 0)", ("type", "quantity")),
    "DW208": ("a movement type other than in, out, adjustment", ("type",)),
    "DW209": ("a stock item that does not exist", ()),
    "DW210": ("receiving more than is awaited", ("line", "quantity", "ordered", "received")),
    "DW211": ("receiving a line of another order", ()),
    "DW212": ("a receipt of nothing", ()),
    "DW213": ("moving stock, ordering, receiving or cancelling outside inventory and admin", ()),
    "DW214": ("the manager level decided by other than the manager", ("manager", "department")),
    "DW215": ("a purchase order that does not exist", ()),
    "DW216": ("the finance level decided outside finance and admin", ()),
    "DW217": ("the manager level of a department without one, outside admin", ()),
}
#: The common refusals (services/db_errors.py), as a psql user reads them.
COMMON = {
    "DW001": "already decided",
    "DW003": "deciding one's own purchase order",
    "DW004": "not in a state for this step",
}


def _raise(code: str, detail: str = "'{}'") -> str:
    """A refusal: SQLSTATE ``code`` with DETAIL the JSON text of ``detail`` (SQL)."""
    what = (REFUSALS[code][0] if code in REFUSALS else COMMON[code]).replace("'", "''")
    return (
        f"RAISE EXCEPTION USING ERRCODE = '{code}', MESSAGE = 'refused: {what}',"
        f" DETAIL = ({detail})::text"
    )


def _state_words(column: str) -> str:
    """A state as words for DETAIL ('partially_received' -> 'partially received')."""
    return f"replace({column}, '_', ' ')"


_GONE = _raise("DW215")

# --------------------------------------------------------------------------- triggers

STARTS_EMPTY = f"""
CREATE FUNCTION public.dicel_purchase_order_starts_empty() RETURNS trigger
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
BEGIN
    -- No role writes the total: a new order has no lines yet. A superuser loading data
    -- keeps what it gives (its lines follow and agree).
    NEW.total_amount := coalesce(NEW.total_amount, 0);
    RETURN NEW;
END
$$"""

CLAIM_ORDER = f"""
CREATE FUNCTION public.dicel_purchase_order_lines_claim() RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
BEGIN
    -- Before the lines' lock trigger takes FOR SHARE on the order (this trigger's name
    -- sorts first): two transactions holding FOR SHARE would each wait for the other
    -- when the total trigger updates the order.
    PERFORM 1 FROM public.purchase_orders o
     WHERE o.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.order_id END,
                    CASE WHEN TG_OP <> 'DELETE' THEN NEW.order_id END)
     ORDER BY o.id FOR NO KEY UPDATE;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$"""

ORDER_TOTAL = f"""
CREATE FUNCTION public.dicel_purchase_order_total() RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_order uuid;
BEGIN
    FOR v_order IN
        SELECT DISTINCT x FROM unnest(ARRAY[
            CASE WHEN TG_OP <> 'INSERT' THEN OLD.order_id END,
            CASE WHEN TG_OP <> 'DELETE' THEN NEW.order_id END]) AS x
         WHERE x IS NOT NULL
    LOOP
        -- A statement of its own, after the claim: it sums the lines committed by whoever
        -- held the order before.
        UPDATE public.purchase_orders o SET total_amount = t.total
          FROM (SELECT coalesce(sum(l.total_price), 0) AS total
                  FROM public.purchase_order_lines l WHERE l.order_id = v_order) t
         WHERE o.id = v_order AND o.total_amount IS DISTINCT FROM t.total;
    END LOOP;
    RETURN NULL;
END
$$"""

# --------------------------------------------------------------------------- stock

STOCK_MOVEMENT = f"""
CREATE FUNCTION public.dicel_stock_movement(
    p_item uuid, p_type text, p_quantity integer, p_reference_type text,
    p_reference_number text, p_notes text, p_unit_cost numeric)
RETURNS uuid
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_change integer;
    v_stock integer;
    v_cost numeric;
    v_item record;
    v_id uuid;
BEGIN
    IF NOT (public.dicel_has_role('inventory') OR public.dicel_has_role('admin')) THEN
        {_raise("DW213")};
    END IF;
    IF p_type IS NULL OR p_type NOT IN ('in', 'out', 'adjustment') THEN
        {_raise("DW208", "json_build_object('type', p_type)")};
    END IF;
    IF p_quantity IS NULL OR p_quantity = 0 OR (p_type <> 'adjustment' AND p_quantity < 0) THEN
        {_raise("DW207", "json_build_object('type', p_type, 'quantity', p_quantity)")};
    END IF;
    v_change := CASE p_type WHEN 'out' THEN -p_quantity ELSE p_quantity END;
    -- One conditional UPDATE: a clerk issuing the same item waits for the other's row
    -- lock, then sees the stock the other left. Never below zero.
    UPDATE public.inventory_items i
       SET current_stock = coalesce(i.current_stock, 0) + v_change
     WHERE i.id = p_item AND coalesce(i.current_stock, 0) + v_change >= 0
    RETURNING i.current_stock, i.unit_cost INTO v_stock, v_cost;
    IF NOT FOUND THEN
        SELECT i.item_name, coalesce(i.current_stock, 0) AS stock, i.unit_of_measure
          INTO v_item FROM public.inventory_items i WHERE i.id = p_item;
        IF NOT FOUND THEN
            {_raise("DW209")};
        END IF;
        {
    _raise(
        "DW206",
        "json_build_object('item', v_item.item_name, 'stock', v_item.stock,"
        " 'quantity', abs(v_change), 'unit', v_item.unit_of_measure)",
    )
};
    END IF;
    v_cost := coalesce(p_unit_cost, v_cost);
    -- created_by: the session user (migration 0007's provenance trigger).
    INSERT INTO public.inventory_transactions
        (item_id, transaction_type, quantity, unit_cost, total_cost, reference_type,
         reference_number, notes)
    VALUES (p_item, p_type, p_quantity, v_cost, v_cost * abs(p_quantity), p_reference_type,
            p_reference_number, p_notes)
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$"""

MOVE_STOCK = f"""
CREATE FUNCTION public.dicel_move_stock(
    item_id uuid, transaction_type text, quantity integer, reference_type text,
    reference_number text, notes text)
RETURNS uuid
LANGUAGE plpgsql {DEFINER}
AS $$
BEGIN
    -- Valued at the item's unit cost (receiving a purchase order: at the order's price).
    RETURN public.dicel_stock_movement($1, $2, $3, $4, $5, $6, NULL);
END
$$"""

# --------------------------------------------------------------------------- approvals

#: The manager who decides the first level of an order drawn up by ``p_created_by``: the
#: active manager of the creator's department, unless that is the creator; NULL when
#: there is none (an administrator stands in).
LEVEL_MANAGER = f"""
CREATE FUNCTION public.dicel_purchase_manager(p_created_by uuid) RETURNS uuid
LANGUAGE sql STABLE {DEFINER}
AS $$
    SELECT m.id FROM public.users c
      JOIN public.departments d ON d.id = c.department_id
      JOIN public.users m ON m.id = d.manager_id
     WHERE c.id = p_created_by AND m.id <> c.id AND coalesce(m.is_active, true)
$$"""

#: Whether the session user may decide ``p_level`` of an order drawn up by
#: ``p_created_by`` (before the one-level-each rule).
LEVEL_IS_MINE = f"""
CREATE FUNCTION public.dicel_purchase_level_is_mine(p_created_by uuid, p_level text)
RETURNS boolean
LANGUAGE sql STABLE {DEFINER}
AS $$
    SELECT public.dicel_current_user_id() IS NOT NULL
       AND public.dicel_current_user_id() IS DISTINCT FROM p_created_by
       AND CASE p_level
           WHEN 'manager' THEN coalesce(
               public.dicel_purchase_manager(p_created_by) = public.dicel_current_user_id(),
               public.dicel_has_role('admin'))
           WHEN 'finance' THEN public.dicel_has_role('finance') OR public.dicel_has_role('admin')
           ELSE false
       END
$$"""

_FULL_NAME = (
    "(SELECT concat_ws(' ', u.first_name, u.last_name) FROM public.users u WHERE u.id = {})"
)

SUBMIT = f"""
CREATE FUNCTION public.dicel_submit_purchase_order(order_id uuid) RETURNS void
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_order uuid := order_id;
    v_po record;
    v_limit numeric;
BEGIN
    -- Locked: lines wait (their lock trigger) until the order is pending or not.
    SELECT o.status, o.created_by, o.supplier_id, o.total_amount INTO v_po
      FROM public.purchase_orders o WHERE o.id = v_order FOR UPDATE;
    IF NOT FOUND THEN
        {_GONE};
    END IF;
    IF v_po.created_by IS DISTINCT FROM public.dicel_current_user_id()
       AND NOT public.dicel_has_role('inventory') THEN
        {_raise("DW203", "json_build_object('creator', " + _FULL_NAME.format("v_po.created_by") + ")")};
    END IF;
    IF v_po.status IS DISTINCT FROM 'draft' THEN
        {_raise("DW004", "json_build_object('state', " + _state_words("v_po.status") + ", 'action', 'submitted')")};
    END IF;
    IF v_po.supplier_id IS NULL THEN
        {_raise("DW202")};
    END IF;
    IF NOT EXISTS (SELECT FROM public.purchase_order_lines l WHERE l.order_id = v_order) THEN
        {_raise("DW201")};
    END IF;
    UPDATE public.purchase_orders o SET status = 'pending'
     WHERE o.id = v_order AND o.status = 'draft';
    -- The levels are planned now, with the limit of today: the total can no longer change.
    SELECT s.setting_value::numeric INTO v_limit FROM public.system_settings s
     WHERE s.setting_key = '{LIMIT_SETTING}'
       AND s.setting_value ~ '^\\s*[0-9]+(\\.[0-9]+)?\\s*$';
    -- An order a superuser put back to draft is planned afresh.
    DELETE FROM public.purchase_order_approvals a WHERE a.order_id = v_order;
    INSERT INTO public.purchase_order_approvals (order_id, level) VALUES (v_order, 'manager');
    IF v_limit IS NULL OR v_po.total_amount > v_limit THEN
        INSERT INTO public.purchase_order_approvals (order_id, level) VALUES (v_order, 'finance');
    END IF;
END
$$"""

_LEVEL_ORDER = "array_position(ARRAY['manager', 'finance'], {}.level)"

DECIDE = f"""
CREATE FUNCTION public.dicel_decide_purchase_order(order_id uuid, approve boolean, note text)
RETURNS text
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_order uuid := order_id;
    v_approve boolean := approve;
    v_note text := nullif(btrim(note), '');
    v_me uuid := public.dicel_current_user_id();
    v_po record;
    v_level record;
    v_earlier record;
    v_decided uuid;
    v_state text;
BEGIN
    IF v_approve IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22004', MESSAGE = 'approve must be true or false';
    END IF;
    -- Every decision on this order waits for the one before it, then reads what it left.
    SELECT o.status, o.created_by, o.approved_by, o.approved_date INTO v_po
      FROM public.purchase_orders o WHERE o.id = v_order FOR UPDATE;
    IF NOT FOUND THEN
        {_GONE};
    END IF;
    IF v_me IS NOT DISTINCT FROM v_po.created_by THEN
        {_raise("DW003")};
    END IF;
    SELECT a.id, a.level INTO v_level FROM public.purchase_order_approvals a
     WHERE a.order_id = v_order AND a.decision IS NULL
     ORDER BY {_LEVEL_ORDER.format("a")} LIMIT 1;
    IF v_po.status IS DISTINCT FROM 'pending' OR NOT FOUND THEN
        IF v_po.approved_by IS NOT NULL AND v_po.status IN
           ('approved', 'rejected', 'ordered', 'partially_received', 'received') THEN
            {_raise("DW001", "json_build_object('state', CASE v_po.status WHEN 'rejected' THEN 'rejected' ELSE 'approved' END, 'who', " + _FULL_NAME.format("v_po.approved_by") + ", 'when', v_po.approved_date)")};
        END IF;
        {_raise("DW004", "json_build_object('state', " + _state_words("v_po.status") + ", 'action', 'decided')")};
    END IF;
    IF NOT public.dicel_purchase_level_is_mine(v_po.created_by, v_level.level) THEN
        -- A level before this one that was the caller's: someone decided it first.
        SELECT a.decision, a.approver_id, a.decided_at INTO v_earlier
          FROM public.purchase_order_approvals a
         WHERE a.order_id = v_order AND a.decision IS NOT NULL
           AND public.dicel_purchase_level_is_mine(v_po.created_by, a.level)
         ORDER BY {_LEVEL_ORDER.format("a")} DESC LIMIT 1;
        IF FOUND THEN
            {_raise("DW001", "json_build_object('state', v_earlier.decision, 'who', " + _FULL_NAME.format("v_earlier.approver_id") + ", 'when', v_earlier.decided_at)")};
        END IF;
        IF v_level.level = 'finance' THEN
            {_raise("DW216")};
        ELSIF public.dicel_purchase_level_is_mine(v_po.created_by, 'finance')
              AND EXISTS (SELECT FROM public.purchase_order_approvals a
                           WHERE a.order_id = v_order AND a.level = 'finance') THEN
            {_raise("DW204")};
        ELSIF public.dicel_purchase_manager(v_po.created_by) IS NULL THEN
            {_raise("DW217")};
        END IF;
        {_raise("DW214", "json_build_object('manager', " + _FULL_NAME.format("public.dicel_purchase_manager(v_po.created_by)") + ", 'department', (SELECT d.name FROM public.users c JOIN public.departments d ON d.id = c.department_id WHERE c.id = v_po.created_by))")};
    END IF;
    IF EXISTS (SELECT FROM public.purchase_order_approvals a
                WHERE a.order_id = v_order AND a.approver_id = v_me) THEN
        {_raise("DW205")};
    END IF;

    -- The decision: one conditional UPDATE of the level (audited).
    UPDATE public.purchase_order_approvals a
       SET decision = CASE WHEN v_approve THEN 'approved' ELSE 'rejected' END,
           approver_id = v_me, note = v_note, decided_at = now()
     WHERE a.id = v_level.id AND a.decision IS NULL
    RETURNING a.id INTO v_decided;
    IF v_decided IS NULL THEN
        -- Not reached while the order is locked; said the same way should it ever be.
        SELECT a.decision, a.approver_id, a.decided_at INTO v_earlier
          FROM public.purchase_order_approvals a WHERE a.id = v_level.id;
        {_raise("DW001", "json_build_object('state', v_earlier.decision, 'who', " + _FULL_NAME.format("v_earlier.approver_id") + ", 'when', v_earlier.decided_at)")};
    END IF;

    IF NOT v_approve THEN
        v_state := 'rejected';
    ELSIF EXISTS (SELECT FROM public.purchase_order_approvals a
                   WHERE a.order_id = v_order AND a.decision IS NULL) THEN
        v_state := 'pending';
    ELSE
        v_state := 'approved';
    END IF;
    IF v_state = 'pending' THEN
        -- The order's version moves on (no audit entry: nothing of it changed), so an open
        -- form of it and the next level's deciders learn of the decision.
        UPDATE public.purchase_orders o SET updated_at = clock_timestamp()
         WHERE o.id = v_order;
    ELSE
        UPDATE public.purchase_orders o
           SET status = v_state, approved_by = v_me, approved_date = now()
         WHERE o.id = v_order AND o.status = 'pending';
    END IF;
    RETURN v_state;
END
$$"""

TO_DECIDE = f"""
CREATE FUNCTION public.dicel_purchase_orders_to_decide(only_id uuid DEFAULT NULL)
RETURNS TABLE (id uuid, title text, detail text, amount numeric, currency text,
               submitted_at timestamptz, submitted_by text)
LANGUAGE plpgsql STABLE {DEFINER}
AS $$
#variable_conflict use_column
BEGIN
    -- plpgsql, not sql: its plans are kept for the session (the inbox reads at every
    -- change); only_id's value picks the plan (an index look-up when given).
    RETURN QUERY
    SELECT o.id,
           o.po_number || coalesce(' — ' || s.supplier_name, ''),
           CASE a.level WHEN 'manager' THEN 'Department manager''s approval'
                        ELSE 'Finance approval' END
             || CASE WHEN n.levels > 1
                     THEN format(' (level %s of %s)', {_LEVEL_ORDER.format("a")}, n.levels)
                     ELSE '' END,
           o.total_amount, 'RWF'::text, n.submitted_at,
           nullif(concat_ws(' ', c.first_name, c.last_name), '')
      FROM public.purchase_orders o
      JOIN LATERAL (SELECT x.id, x.level FROM public.purchase_order_approvals x
                     WHERE x.order_id = o.id AND x.decision IS NULL
                     ORDER BY {_LEVEL_ORDER.format("x")} LIMIT 1) a ON true
      JOIN LATERAL (SELECT count(*) AS levels, min(y.created_at) AS submitted_at
                      FROM public.purchase_order_approvals y WHERE y.order_id = o.id) n ON true
      LEFT JOIN public.suppliers s ON s.id = o.supplier_id
      LEFT JOIN public.users c ON c.id = o.created_by
     WHERE o.status = 'pending' AND (only_id IS NULL OR o.id = only_id)
       AND has_function_privilege(session_user,
               'public.dicel_decide_purchase_order(uuid, boolean, text)', 'EXECUTE')
       AND public.dicel_purchase_level_is_mine(o.created_by, a.level)
       AND NOT EXISTS (SELECT FROM public.purchase_order_approvals z
                        WHERE z.order_id = o.id
                          AND z.approver_id = public.dicel_current_user_id())
     ORDER BY n.submitted_at, o.id;
END
$$"""

MARK_ORDERED = f"""
CREATE FUNCTION public.dicel_mark_purchase_order_ordered(order_id uuid) RETURNS void
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_order uuid := order_id;
    v_po record;
BEGIN
    IF NOT (public.dicel_has_role('inventory') OR public.dicel_has_role('admin')) THEN
        {_raise("DW213")};
    END IF;
    UPDATE public.purchase_orders o SET status = 'ordered'
     WHERE o.id = v_order AND o.status = 'approved';
    IF FOUND THEN
        RETURN;
    END IF;
    SELECT o.status INTO v_po FROM public.purchase_orders o WHERE o.id = v_order;
    IF NOT FOUND THEN
        {_GONE};
    END IF;
    {_raise("DW004", "json_build_object('state', " + _state_words("v_po.status") + ", 'action', 'ordered')")};
END
$$"""

CANCEL = f"""
CREATE FUNCTION public.dicel_cancel_purchase_order(order_id uuid, note text) RETURNS void
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_order uuid := order_id;
    v_note text := nullif(btrim(note), '');
    v_po record;
BEGIN
    IF NOT (public.dicel_has_role('inventory') OR public.dicel_has_role('admin')) THEN
        {_raise("DW213")};
    END IF;
    -- Until something of it has arrived: what was received is in stock and stays.
    UPDATE public.purchase_orders o
       SET status = 'cancelled', notes = nullif(concat_ws(E'\n', o.notes, v_note), '')
     WHERE o.id = v_order AND o.status IN ('draft', 'pending', 'approved', 'ordered');
    IF FOUND THEN
        RETURN;
    END IF;
    SELECT o.status INTO v_po FROM public.purchase_orders o WHERE o.id = v_order;
    IF NOT FOUND THEN
        {_GONE};
    END IF;
    {_raise("DW004", "json_build_object('state', " + _state_words("v_po.status") + ", 'action', 'cancelled')")};
END
$$"""

RECEIVE = f"""
CREATE FUNCTION public.dicel_receive_purchase_order(order_id uuid, lines jsonb) RETURNS text
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_order uuid := order_id;
    v_lines jsonb := lines;
    v_po record;
    v_entry record;
    v_line record;
    v_any boolean := false;
    v_state text;
BEGIN
    IF NOT (public.dicel_has_role('inventory') OR public.dicel_has_role('admin')) THEN
        {_raise("DW213")};
    END IF;
    SELECT o.status, o.po_number INTO v_po
      FROM public.purchase_orders o WHERE o.id = v_order FOR UPDATE;
    IF NOT FOUND THEN
        {_GONE};
    END IF;
    IF v_po.status NOT IN ('approved', 'ordered', 'partially_received') THEN
        {_raise("DW004", "json_build_object('state', " + _state_words("v_po.status") + ", 'action', 'received')")};
    END IF;
    IF v_lines IS NULL OR jsonb_typeof(v_lines) <> 'array' THEN
        {_raise("DW212")};
    END IF;
    FOR v_entry IN
        SELECT (e ->> 'line_id')::uuid AS line_id, (e ->> 'quantity')::integer AS quantity
          FROM jsonb_array_elements(v_lines) AS e
    LOOP
        CONTINUE WHEN v_entry.quantity = 0;
        UPDATE public.purchase_order_lines l
           SET quantity_received = l.quantity_received + v_entry.quantity
         WHERE l.id = v_entry.line_id AND l.order_id = v_order AND v_entry.quantity > 0
           AND l.quantity_received + v_entry.quantity <= l.quantity
        RETURNING l.item_id, l.unit_price INTO v_line;
        IF NOT FOUND THEN
            SELECT coalesce(l.description, i.item_name) AS name, l.quantity, l.quantity_received
              INTO v_line FROM public.purchase_order_lines l
              LEFT JOIN public.inventory_items i ON i.id = l.item_id
             WHERE l.id = v_entry.line_id AND l.order_id = v_order;
            IF NOT FOUND THEN
                {_raise("DW211")};
            END IF;
            {_raise("DW210", "json_build_object('line', v_line.name, 'quantity', v_entry.quantity, 'ordered', v_line.quantity, 'received', v_line.quantity_received)")};
        END IF;
        v_any := true;
        IF v_line.item_id IS NOT NULL THEN
            PERFORM public.dicel_stock_movement(
                v_line.item_id, 'in', v_entry.quantity, 'purchase', v_po.po_number,
                'Received on ' || v_po.po_number, v_line.unit_price);
        END IF;
    END LOOP;
    IF NOT v_any THEN
        {_raise("DW212")};
    END IF;
    v_state := CASE WHEN EXISTS (SELECT FROM public.purchase_order_lines l
                                  WHERE l.order_id = v_order
                                    AND l.quantity_received < l.quantity)
                    THEN 'partially_received' ELSE 'received' END;
    UPDATE public.purchase_orders o SET status = v_state
     WHERE o.id = v_order AND o.status IN ('approved', 'ordered', 'partially_received');
    RETURN v_state;
END
$$"""

#: (signature, CREATE statement), in the order they are created.
FUNCTIONS: list[tuple[str, str]] = [
    ("dicel_purchase_order_starts_empty()", STARTS_EMPTY),
    ("dicel_purchase_order_lines_claim()", CLAIM_ORDER),
    ("dicel_purchase_order_total()", ORDER_TOTAL),
    (
        "dicel_stock_movement(uuid, text, integer, text, text, text, numeric)",
        STOCK_MOVEMENT,
    ),
    ("dicel_move_stock(uuid, text, integer, text, text, text)", MOVE_STOCK),
    ("dicel_purchase_manager(uuid)", LEVEL_MANAGER),
    ("dicel_purchase_level_is_mine(uuid, text)", LEVEL_IS_MINE),
    ("dicel_submit_purchase_order(uuid)", SUBMIT),
    ("dicel_decide_purchase_order(uuid, boolean, text)", DECIDE),
    ("dicel_purchase_orders_to_decide(uuid)", TO_DECIDE),
    ("dicel_receive_purchase_order(uuid, jsonb)", RECEIVE),
    ("dicel_mark_purchase_order_ordered(uuid)", MARK_ORDERED),
    ("dicel_cancel_purchase_order(uuid, text)", CANCEL),
]

_NEW_TABLES = ("purchase_order_lines", "purchase_order_approvals")

#: (trigger name, table, CREATE statement) besides the lines' lock trigger (0007's).
TRIGGERS: list[tuple[str, str, str]] = [
    (
        "purchase_orders_starts_empty",
        "purchase_orders",
        "CREATE TRIGGER purchase_orders_starts_empty BEFORE INSERT ON public.purchase_orders"
        " FOR EACH ROW EXECUTE FUNCTION public.dicel_purchase_order_starts_empty()",
    ),
    (
        # Sorts before purchase_order_lines_locked_lines: see the docstring.
        "purchase_order_lines_claim_order",
        "purchase_order_lines",
        "CREATE TRIGGER purchase_order_lines_claim_order"
        " BEFORE INSERT OR DELETE OR UPDATE OF order_id, quantity, unit_price"
        " ON public.purchase_order_lines"
        " FOR EACH ROW EXECUTE FUNCTION public.dicel_purchase_order_lines_claim()",
    ),
    (
        "purchase_order_lines_total",
        "purchase_order_lines",
        "CREATE TRIGGER purchase_order_lines_total"
        " AFTER INSERT OR DELETE OR UPDATE OF order_id, quantity, unit_price"
        " ON public.purchase_order_lines"
        " FOR EACH ROW EXECUTE FUNCTION public.dicel_purchase_order_total()",
    ),
    *(
        (
            f"{table}_set_updated_at",
            table,
            f"CREATE TRIGGER {table}_set_updated_at BEFORE UPDATE ON public.{table}"
            " FOR EACH ROW EXECUTE FUNCTION public.set_updated_at()",
        )
        for table in _NEW_TABLES
    ),
    *(
        (
            # Migration 0008: files attached to a row go with it.
            f"{table}_documents_follow",
            table,
            f"CREATE TRIGGER {table}_documents_follow BEFORE DELETE ON public.{table}"
            " FOR EACH ROW EXECUTE FUNCTION public.dicel_documents_follow_record()",
        )
        for table in _NEW_TABLES
    ),
    *(
        (
            f"{table}_audit",
            table,
            f"CREATE TRIGGER {table}_audit AFTER INSERT OR UPDATE OR DELETE ON public.{table}"
            " FOR EACH ROW EXECUTE FUNCTION public.dicel_audit()",
        )
        for table in _NEW_TABLES
    ),
]


def _lock_triggers() -> list[tuple[str, str, str]]:
    """Migration 0007's lock trigger of the lines, as 0007 makes it (from its frozen
    ``LOCKS``)."""
    path = Path(__file__).with_name("0007_trusted_writes.py")
    spec = importlib.util.spec_from_file_location("dicel_revision_0007", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [t for t in module.triggers() if t[1] in _NEW_TABLES]


def _timestamps() -> list[sa.Column]:
    return [
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
    ]


def _order_column() -> sa.Column:
    return sa.Column("order_id", sa.UUID(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "purchase_order_lines",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        _order_column(),
        sa.Column("item_id", sa.UUID(), nullable=True),
        sa.Column("description", sa.String(length=255), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column(
            "total_price",
            sa.Numeric(precision=12, scale=2),
            sa.Computed("quantity * unit_price", persisted=True),
            nullable=True,
        ),
        sa.Column("quantity_received", sa.Integer(), server_default=sa.text("0"), nullable=False),
        # Lines added in one transaction keep the order they were added in.
        sa.Column(
            "created_at",
            sa.TIMESTAMP(timezone=True),
            server_default=sa.text("clock_timestamp()"),
            nullable=True,
        ),
        _timestamps()[1],
        sa.CheckConstraint("quantity > 0", name=op.f("ck_purchase_order_lines_quantity_positive")),
        sa.CheckConstraint(
            "unit_price >= 0", name=op.f("ck_purchase_order_lines_unit_price_not_negative")
        ),
        sa.CheckConstraint(
            "quantity_received >= 0",
            name=op.f("ck_purchase_order_lines_quantity_received_not_negative"),
        ),
        sa.CheckConstraint(
            "quantity >= quantity_received",
            name=op.f("ck_purchase_order_lines_received_within_ordered"),
        ),
        sa.CheckConstraint(
            "item_id IS NOT NULL OR description IS NOT NULL",
            name=op.f("ck_purchase_order_lines_says_what"),
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["purchase_orders.id"],
            name=op.f("fk_purchase_order_lines_order_id_purchase_orders"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["inventory_items.id"],
            name=op.f("fk_purchase_order_lines_item_id_inventory_items"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchase_order_lines")),
    )
    op.create_index(op.f("ix_purchase_order_lines_order_id"), "purchase_order_lines", ["order_id"])
    op.create_table(
        "purchase_order_approvals",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        _order_column(),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=True),
        sa.Column("approver_id", sa.UUID(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("decided_at", sa.TIMESTAMP(timezone=True), nullable=True),
        *_timestamps(),
        sa.CheckConstraint(
            "level IN ('manager', 'finance')",
            name=op.f("ck_purchase_order_approvals_level_allowed"),
        ),
        sa.CheckConstraint(
            "decision IN ('approved', 'rejected')",
            name=op.f("ck_purchase_order_approvals_decision_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["purchase_orders.id"],
            name=op.f("fk_purchase_order_approvals_order_id_purchase_orders"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["approver_id"],
            ["users.id"],
            name=op.f("fk_purchase_order_approvals_approver_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchase_order_approvals")),
        sa.UniqueConstraint(
            "order_id", "level", name=op.f("uq_purchase_order_approvals_order_id_level")
        ),
    )

    for signature, create in FUNCTIONS:
        create_owned_function(create, signature)
    for _name, _table, create in [*_lock_triggers(), *TRIGGERS]:
        execute_sql(create)


def downgrade() -> None:
    for name, table, _create in reversed([*_lock_triggers(), *TRIGGERS]):
        execute_sql(f"DROP TRIGGER IF EXISTS {name} ON public.{table}")
    op.drop_table("purchase_order_approvals")
    op.drop_index(op.f("ix_purchase_order_lines_order_id"), table_name="purchase_order_lines")
    op.drop_table("purchase_order_lines")
    for signature, _create in reversed(FUNCTIONS):
        execute_sql(f"DROP FUNCTION IF EXISTS public.{signature}")
