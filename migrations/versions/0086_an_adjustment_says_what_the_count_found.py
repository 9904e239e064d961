"""An adjustment says what the count found.

Revision ID: 0086
Revises: 0085
Create Date: 2026-12-05

Found by the user-eye review (eye26): Move stock with the movement Adjustment, -1, no
notes and "Refers to" nothing was accepted. An adjustment is a correction of the books
(a count found more or less than they said): with no reason, nobody can tell later a
count from a mistake or a theft hidden as one. Since 0066 only a discontinued item's
surplus needed a note (DW224).

``dicel_move_stock`` now refuses every ``adjustment`` whose note, read as
``dicel_given_reason`` reads a step's reason (blanks trimmed, on one line), is empty:
``DW225`` (COLUMN ``notes``, DETAIL ``item``, the item's name). The discontinued item's
surplus without a note keeps DW224, asked first, whose sentence says more, and a
reference that does not fit the movement keeps DW290 (asked before). ``in`` and ``out``
are unchanged; receiving (``dicel_stock_movement``) writes no adjustment.

Built on 0085's ``dicel_move_stock`` (its reference measured first); a downgrade gives
that back.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import earlier_revision, execute_sql, replaced

revision: str = "0086"
down_revision: str | None = "0085"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0085 = earlier_revision("0085_every_typed_text_has_a_size_limit")

#: SQLSTATE -> what it refuses and the keys of its DETAIL, as 0059's ``REFUSALS``.
REFUSALS = {"DW225": ("an adjustment without a reason", ("item",))}

_VALUED_0013 = (
    """    -- Valued at the item's unit cost (receiving a purchase order: at the order's price)."""
)
_REASON_GIVEN = f"""    -- Migration 0086: an adjustment changes the books: it says what the count found.
    IF $2 = 'adjustment' AND public.dicel_given_reason($6, 'notes') IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DW225',
            MESSAGE = 'refused: {REFUSALS["DW225"][0]}',
            DETAIL = json_build_object('item',
                (SELECT i.item_name FROM public.inventory_items i WHERE i.id = $1))::text,
            COLUMN = 'notes';
    END IF;
{_VALUED_0013}"""
MOVE_STOCK = replaced(_0085.MOVE_STOCK, _VALUED_0013, _REASON_GIVEN)


def upgrade() -> None:
    # CREATE OR REPLACE keeps the function's owner and grants.
    execute_sql(MOVE_STOCK)


def downgrade() -> None:
    execute_sql(_0085.MOVE_STOCK)
