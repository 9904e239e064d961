"""Stock received on an order is written by receiving it alone; a discontinued item's stock
only goes down.

Revision ID: 0059
Revises: 0058
Create Date: 2026-12-05

Found with psql in a review, as a storekeeper (role inventory):

**A receipt forged beside the real one.** ``dicel_move_stock(item, 'in', 5, 'purchase',
'PO-2026-000138', 'Received on PO-2026-000138')`` (migration 0013) was accepted, then
``dicel_receive_purchase_order`` received the order's 5: the ledger showed two identical
"Received on PO-2026-000138" entries of 5 for a line ordered 5, and the stock rose by 10,
while the order counted 5 received. A movement of reference type ``purchase`` names a
purchase order, and only receiving that order keeps the order's quantities and the ledger
in step. ``dicel_move_stock`` now refuses the reference types a workflow writes
(``WORKFLOW_REFERENCE_TYPES``): ``DW221``, DETAIL ``reference_type``. Receiving writes its
movements through ``dicel_stock_movement`` (0013's core, granted to nobody, reached only
from the SECURITY DEFINER functions owned by dicel_owner), which is left as it was: so a
``purchase`` movement is always a receipt of its order. ``purchase`` is the only such type:
no other function writes ``inventory_transactions`` (``sale``, ``transfer`` and
``adjustment`` are the stores' own words for what they move). The reference number stays
free text (a delivery note, a transfer slip).

**Stock added to a discontinued item.** ``dicel_move_stock(<discontinued item>, 'in', 5,
...)`` was accepted. A discontinued item (final, migration 0050) is run down: what is left
is still issued (``out``) and counted down (a negative ``adjustment``), but nothing is
added, neither by ``in`` nor by a positive ``adjustment`` (which adds stock as ``in`` does;
refusing only ``in`` would leave the same hole under another word): ``DW222``, DETAIL
``item`` (its name). The item's row is locked FOR NO KEY UPDATE (the lock the movement's
own UPDATE takes, so two clerks moving one item still queue rather than deadlock) before
its state is read: a Discontinue… at the same moment waits for the movement, or the
movement sees the item discontinued. Receiving an order placed before the item was
discontinued still puts what arrives into stock (0052: such an order is left as it was
decided; the goods are there).

The checks run in ``dicel_move_stock`` only, after its caller's role (DW213) and before
0013's core, whose refusals (DW207, DW208, DW209, DW206) are unchanged; its signature,
owner and grants are kept (CREATE OR REPLACE). A superuser is not a DICEL login and is not
asked, as everywhere.

A downgrade gives back 0013's ``dicel_move_stock``.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import SEARCH_PATH, earlier_revision, execute_sql, or_replace

revision: str = "0059"
down_revision: str | None = "0058"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_0013 = earlier_revision("0013_purchasing")

#: Reference types of movements a workflow function writes, never a clerk's movement:
#: ``purchase`` by ``dicel_receive_purchase_order``.
WORKFLOW_REFERENCE_TYPES: tuple[str, ...] = ("purchase",)

#: SQLSTATE -> what it refuses and the keys of its DETAIL, as 0013's ``REFUSALS`` (the
#: client's sentence is in domain/errors.py; services/db_errors.py registers each).
REFUSALS = {
    "DW221": ("a movement of a reference type a workflow writes", ("reference_type",)),
    "DW222": ("adding stock to a discontinued item", ("item",)),
}


def _raise(code: str, detail: str) -> str:
    return (
        f"RAISE EXCEPTION USING ERRCODE = '{code}', MESSAGE = 'refused: {REFUSALS[code][0]}',"
        f" DETAIL = ({detail})::text"
    )


_WORKFLOW_TYPES = ", ".join(f"'{t}'" for t in WORKFLOW_REFERENCE_TYPES)

MOVE_STOCK = f"""
CREATE OR REPLACE FUNCTION public.dicel_move_stock(
    item_id uuid, transaction_type text, quantity integer, reference_type text,
    reference_number text, notes text)
RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER {SEARCH_PATH}
AS $$
DECLARE
    v_item record;
BEGIN
    IF NOT (public.dicel_has_role('inventory') OR public.dicel_has_role('admin')) THEN
        {_0013._raise("DW213")};
    END IF;
    -- Migration 0059: a movement on an order is written by the workflow of the order
    -- (receiving: dicel_stock_movement), so that the order follows it.
    IF $4 IN ({_WORKFLOW_TYPES}) THEN
        {_raise("DW221", "json_build_object('reference_type', $4)")};
    END IF;
    -- Migration 0059: a discontinued item is run down, nothing added. Locked as the
    -- movement's UPDATE locks it: a Discontinue... at the same moment waits, or is seen.
    IF $2 IN ('in', 'adjustment') AND $3 > 0 THEN
        SELECT i.item_name, i.status INTO v_item
          FROM public.inventory_items i WHERE i.id = $1 FOR NO KEY UPDATE;
        IF FOUND AND v_item.status = 'discontinued' THEN
            {_raise("DW222", "json_build_object('item', v_item.item_name)")};
        END IF;
    END IF;
    -- Valued at the item's unit cost (receiving a purchase order: at the order's price).
    RETURN public.dicel_stock_movement($1, $2, $3, $4, $5, $6, NULL);
END
$$"""


def upgrade() -> None:
    # CREATE OR REPLACE keeps the function's owner and grants.
    execute_sql(MOVE_STOCK)


def downgrade() -> None:
    execute_sql(or_replace(_0013.MOVE_STOCK))
