"""A movement refers to what fits its type; a partly received order is closed short; a
write-off and a contract's end say why.

Revision ID: 0071
Revises: 0070
Create Date: 2026-12-05

Found by a user-eye review, as the demo's people:

**Movements that make no sense.** Move stock… saved "In: received" referring to "A
sale", and offered "A stock count" for in and out. What a movement by hand refers to now
fits its type (``FITTING_REFERENCES``, the domain's ``STOCK_REFERENCES_OF_MOVEMENT``):
``in`` a transfer (stock from another store; a delivery on an order is received on the
order, DW221), ``out`` a sale or a transfer, ``adjustment`` a stock count (reference type
``adjustment``, as 0066's count surplus); any of them may refer to nothing (a write-off
out, a correction). ``dicel_move_stock`` refuses the rest: ``DW290``, DETAIL ``movement``,
``reference_type``, COLUMN ``reference_type``, after the other refusals of 0059 and 0066
(``purchase`` keeps DW221's sentence, stock added to a discontinued item DW222's), just
before the movement is written. Receiving writes through
``dicel_stock_movement`` and is untouched.

**A partly received order could neither be finished nor closed**: Cancel is for an order
nothing of which arrived (0013), and receiving ends it only when every line is in. The
stores now close it: ``dicel_close_purchase_order(order_id, reason)`` (inventory and
admin, DW213 otherwise; DW215 no such order), under the order's row lock as receiving
takes it (one of two closes, or a close and a receipt, wins; the other waits and then
finds it ``received``: DW001 with who and when from the audit log), from
``partially_received`` only (DW004), with a reason (``DW291``, COLUMN ``reason``). The
order becomes ``received`` (the schema's state for an order nothing more is expected of:
docs/decisions.md says why not ``cancelled``), its lines as they were (what was received
stays received and in stock), and a dated line is appended to its notes: "Closed short on
2026-12-05, 3 of 10 received: <reason>". Audited by the table's trigger.

**A write-off and a contract's end took one click and no reason.** The case flows' steps
``write_off`` (recovery cases), ``terminate`` and ``expire`` (contracts) now ask why
(``Asks.REASON``, ``db/case_functions.py``): the function takes ``reason text``, refuses
an empty one for those who may take the step (``DW490``, COLUMN ``reason``, DETAIL
``action``), and appends "Written off on 2026-12-05: <reason>" to the record's text
(``CaseFlow.notes``: a case's description, a contract's terms; neither table has a note
column). The one-argument functions are dropped (a database built afresh already has the
two-argument ones: migrations 0011 and 0038 make the functions from the current
declarations); EXECUTE comes from the permission table (sync-grants after the upgrade).

A downgrade gives back 0066's ``dicel_move_stock``, drops the close, and makes the three
steps' functions as they were declared before (no reason).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from dicel_desktop.db.case_functions import flow_definitions
from dicel_desktop.db.migrate import (
    DEFINER,
    create_owned_function,
    earlier_revision,
    execute_sql,
    replaced,
)
from dicel_desktop.domain.case_flows import FLOWS, Asks

revision: str = "0071"
down_revision: str | None = "0070"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_0013 = earlier_revision("0013_purchasing")
_0066 = earlier_revision("0066_a_payment_comes_off_its_invoice_and_counts_find_surplus")

#: SQLSTATE -> what it refuses and the keys of its DETAIL, as 0059's ``REFUSALS``.
REFUSALS = {
    "DW290": ("a movement referring to what does not fit its type", ("movement", "reference_type")),
    "DW291": ("closing a purchase order without a reason", ("order",)),
    "DW490": ("a write-off or a contract's end without a reason", ("action",)),
}

# --------------------------------------------------------------------------- stock

#: Movement type -> the reference types a movement by hand of that type may refer to
#: (nothing always fits); the domain's ``STOCK_REFERENCES_OF_MOVEMENT`` says the same.
FITTING_REFERENCES: dict[str, tuple[str, ...]] = {
    "in": ("transfer",),
    "out": ("sale", "transfer"),
    "adjustment": ("adjustment",),
}


#: The reference types a movement by hand may name at all (``purchase`` is DW221's).
_KNOWN = tuple(dict.fromkeys(r for refs in FITTING_REFERENCES.values() for r in refs))


def _fits() -> str:
    return "\n            OR ".join(
        f"($2 = '{kind}' AND $4 IN ({', '.join(repr(r) for r in refs)}))"
        for kind, refs in FITTING_REFERENCES.items()
    )


_BEFORE = """    -- Valued at the item's unit cost"""
_FITTING = f"""    -- Migration 0071: what a movement refers to fits its type (an unknown type is
    -- 0013's DW208, an unknown reference type the column's CHECK).
    IF $4 IN ({", ".join(repr(r) for r in _KNOWN)})
       AND $2 IN ({", ".join(repr(k) for k in FITTING_REFERENCES)})
       AND NOT ({_fits()}) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW290',
            MESSAGE = 'refused: {REFUSALS["DW290"][0]}',
            DETAIL = json_build_object('movement', $2, 'reference_type', $4)::text,
            COLUMN = 'reference_type';
    END IF;
{_BEFORE}"""

MOVE_STOCK = replaced(_0066.MOVE_STOCK, _BEFORE, _FITTING)

# --------------------------------------------------------------------------- orders

CLOSE_SIGNATURE = "dicel_close_purchase_order(uuid, text)"

CLOSE = f"""
CREATE FUNCTION public.dicel_close_purchase_order(order_id uuid, reason text) RETURNS void
LANGUAGE plpgsql {DEFINER}
AS $$
#variable_conflict use_column
DECLARE
    v_order uuid := order_id;
    v_reason text := nullif(btrim(reason), '');
    v_po record;
    v_ordered bigint;
    v_received bigint;
    v_who text;
    v_when timestamptz;
BEGIN
    IF NOT (public.dicel_has_role('inventory') OR public.dicel_has_role('admin')) THEN
        {_0013._raise("DW213")};
    END IF;
    -- The order's row lock, as receiving takes it: a close and a receipt (or two closes)
    -- go one after the other, and the second finds what the first did.
    SELECT o.status, o.po_number, o.updated_at INTO v_po
      FROM public.purchase_orders o WHERE o.id = v_order FOR UPDATE;
    IF NOT FOUND THEN
        {_0013._GONE};
    END IF;
    IF v_po.status = 'received' THEN
        SELECT nullif(btrim(concat_ws(' ', u.first_name, u.last_name)), ''), a.created_at
          INTO v_who, v_when
          FROM public.audit_logs a LEFT JOIN public.users u ON u.id = a.user_id
         WHERE a.table_name = 'purchase_orders' AND a.record_id = v_order
           AND a.action = 'UPDATE' AND a.new_values ->> 'status' = 'received'
         ORDER BY a.created_at DESC LIMIT 1;
        {_0013._raise("DW001", "json_build_object('state', 'received', 'action', 'closed', 'who', v_who, 'when', coalesce(v_when, v_po.updated_at))")};
    END IF;
    IF v_po.status IS DISTINCT FROM 'partially_received' THEN
        {_0013._raise("DW004", "json_build_object('state', " + _0013._state_words("v_po.status") + ", 'action', 'closed')")};
    END IF;
    IF v_reason IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DW291', MESSAGE = 'refused: {REFUSALS["DW291"][0]}',
            DETAIL = json_build_object('order', v_po.po_number)::text, COLUMN = 'reason';
    END IF;
    SELECT coalesce(sum(l.quantity), 0), coalesce(sum(l.quantity_received), 0)
      INTO v_ordered, v_received
      FROM public.purchase_order_lines l WHERE l.order_id = v_order;
    -- What was received stays received (and in stock); the rest is no longer expected.
    UPDATE public.purchase_orders o
       SET status = 'received',
           notes = concat_ws(E'\\n', nullif(o.notes, ''),
               concat('Closed short on ', to_char(current_date, 'YYYY-MM-DD'), ', ',
                      v_received, ' of ', v_ordered, ' received: ', v_reason))
     WHERE o.id = v_order AND o.status = 'partially_received';
END
$$"""

# --------------------------------------------------------------------------- case steps

#: The steps that now ask why, (table, action).
REASONED: tuple[tuple[str, str], ...] = (
    ("recovery_cases", "write_off"),
    ("contracts", "terminate"),
    ("contracts", "expire"),
)


def _make_step(flow, action: str) -> None:
    (function,) = (
        f
        for f in flow_definitions(flow, given_text=False, decided=False)
        if f.name == flow.function(action)
    )
    create_owned_function(function.create_or_replace, function.signature)


def _unreasoned(table: str):
    """``table``'s flow as declared before this revision: no step asks a reason (nor a
    note, which migration 0101 keeps in the same column: without it, none)."""
    flow = FLOWS[table]
    steps = tuple(
        dataclasses.replace(s, asks=Asks.NOTHING) if s.asks in (Asks.REASON, Asks.NOTE) else s
        for s in flow.steps
    )
    return dataclasses.replace(flow, steps=steps, notes=None)


def upgrade() -> None:
    # CREATE OR REPLACE keeps the function's owner and grants.
    execute_sql(MOVE_STOCK)
    create_owned_function(CLOSE, CLOSE_SIGNATURE)
    for table, action in REASONED:
        flow = FLOWS[table]
        execute_sql(f"DROP FUNCTION IF EXISTS public.{flow.function(action)}(uuid)")
        _make_step(flow, action)
    # EXECUTE on the new functions: migrations/env.py runs sync_grants after the upgrade
    # (FUNCTION_EXECUTE, the permission table).


def downgrade() -> None:
    for table, action in reversed(REASONED):
        flow = FLOWS[table]
        execute_sql(f"DROP FUNCTION IF EXISTS public.{flow.function(action)}(uuid, text)")
        _make_step(_unreasoned(table), action)
    execute_sql(f"DROP FUNCTION public.{CLOSE_SIGNATURE}")
    execute_sql(_0066.MOVE_STOCK)  # written as CREATE OR REPLACE
