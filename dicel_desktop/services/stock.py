"""Stock: every movement through ``dicel_move_stock`` (migration 0013), and what the
"Move stock…" dialog shows of an item. No role writes ``inventory_transactions`` or
``current_stock`` itself: the function moves the stock and writes the movement in one
transaction, never below zero. No Qt here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.db.models import Base
from dicel_desktop.domain.errors import NotFound
from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.states import ItemStatus, StockMovementType
from dicel_desktop.services.forms import refuse_too_long
from dicel_desktop.services.order_awaited import OnOrder, on_order_facts
from dicel_desktop.services.record_facts import readable_facts
from dicel_desktop.services.units import call_function

__all__ = ["ItemStock", "item_stock", "move_stock", "stock_change"]


def stock_change(transaction_type: str, quantity: int) -> int:
    """How a movement changes the stock: ``out`` takes its (positive) quantity away, ``in``
    adds it, an ``adjustment`` is the signed correction itself."""
    kind = StockMovementType(transaction_type)
    return -quantity if kind is StockMovementType.OUT else quantity


def move_stock(
    session: Session,
    item_id: uuid.UUID,
    transaction_type: str,
    quantity: int,
    reference_type: str | None = None,
    reference_number: str | None = None,
    notes: str | None = None,
) -> uuid.UUID:
    """One movement of ``item_id``'s stock; returns the movement's id. Refused (in words)
    when it would leave less than nothing, with the stock there is; when it refers to a
    purchase order (that is receiving's, migration 0059); and when it adds to a
    discontinued item (:meth:`ItemStock.only_goes_down`). A reference number longer
    than its column keeps is refused here first (field_too_long; the database says
    DW024)."""
    reference_number = refuse_too_long(
        "inventory_transactions", "reference_number", reference_number, field="reference_number"
    )
    return call_function(
        session,
        "SELECT public.dicel_move_stock(:item_id, :transaction_type, :quantity,"
        " :reference_type, :reference_number, :notes)",
        {
            "item_id": item_id,
            "transaction_type": transaction_type,
            "quantity": quantity,
            "reference_type": reference_type or None,
            "reference_number": reference_number or None,
            "notes": notes or None,
        },
        table="inventory_transactions",
        action="insert",
    )


@dataclass(frozen=True)
class ItemStock:
    id: uuid.UUID
    code: str
    name: str
    unit: str | None
    stock: int
    minimum: int
    unit_cost: Decimal | None
    status: str | None = None
    #: The open orders still awaiting it, the soonest expected first.
    on_order: tuple[OnOrder, ...] = ()

    @property
    def low(self) -> bool:
        """Under its minimum: time to order more."""
        return self.stock < self.minimum

    @property
    def awaited(self) -> int:
        """How many of it open orders still await."""
        return sum(order.awaited for order in self.on_order)

    @property
    def only_goes_down(self) -> bool:
        """Discontinued: what is left is issued or counted down, nothing is added to it
        (migration 0059, DW222)."""
        return self.status == ItemStatus.DISCONTINUED


def item_stock(session: Session, item_id: uuid.UUID, role: Role) -> ItemStock:
    """The item as the dialog shows it, in one statement, read as the caller; with the
    open orders still awaiting it where ``role`` reads them, by the gate the record
    window's facts pass (``services.record_facts``): a role that moves stock without
    reading orders is shown the item, not refused it (review 30, F7)."""
    item = Base.metadata.tables["inventory_items"]
    facts = {fact.name: fact for fact in readable_facts("inventory_items", role)}
    awaited = facts["on_order"].sql(item) if "on_order" in facts else sa.null()
    found = session.execute(
        sa.select(
            item.c.id,
            item.c.item_code,
            item.c.item_name,
            item.c.unit_of_measure,
            sa.func.coalesce(item.c.current_stock, 0),
            sa.func.coalesce(item.c.minimum_stock, 0),
            item.c.unit_cost,
            item.c.status,
            awaited,
        ).where(item.c.id == item_id)
    ).one_or_none()
    session.rollback()
    if found is None:
        raise NotFound("stock_item_gone")
    return ItemStock(*found[:-1], on_order=on_order_facts(found[-1]))
