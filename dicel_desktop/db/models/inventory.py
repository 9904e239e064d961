"""Inventory and operations tables (seed section 6)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Computed,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import Mapped, mapped_column

from dicel_desktop.db.base import (
    TIMESTAMPTZ,
    Base,
    CreatedAt,
    Timestamps,
    UUIDPrimaryKey,
    document_number,
    not_negative,
    one_of,
    positive,
    reference,
    trigram_index,
)
from dicel_desktop.domain import states


class InventoryItem(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "inventory_items"
    __table_args__ = (
        UniqueConstraint("item_code", name="idx_inventory_items_code"),
        one_of("status", states.ItemStatus),
        CheckConstraint("current_stock >= 0", name="stock_not_negative"),
        CheckConstraint("minimum_stock >= 0", name="minimum_not_negative"),
        Index("idx_inventory_items_category", "category"),
        # The picker's pages in the order of names (migration 0009).
        Index(
            "ix_inventory_items_item_name_id", "item_name", "id", postgresql_include=["item_code"]
        ),
        not_negative("unit_cost"),
    )

    item_code: Mapped[str] = document_number(
        "ITEM", "inventory_items_item_code_seq", with_year=False, unique=False
    )
    item_name: Mapped[str] = mapped_column(String(255))
    category: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
    unit_of_measure: Mapped[str | None] = mapped_column(String(50))
    current_stock: Mapped[int | None] = mapped_column(Integer, server_default=text("0"))
    minimum_stock: Mapped[int | None] = mapped_column(Integer, server_default=text("0"))
    maximum_stock: Mapped[int | None] = mapped_column(Integer)
    unit_cost: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    supplier_id: Mapped[uuid.UUID | None] = reference("suppliers.id")
    location: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'active'"))


# The picker's search by name or code (migration 0009).
trigram_index("ix_inventory_items_search_trgm", InventoryItem.item_name, InventoryItem.item_code)


class InventoryTransaction(UUIDPrimaryKey, CreatedAt, Base):
    __tablename__ = "inventory_transactions"
    __table_args__ = (
        one_of("transaction_type", states.StockMovementType),
        one_of("reference_type", states.StockReferenceType),
        Index("idx_inventory_transactions_item_id", "item_id"),
        not_negative("unit_cost"),
        not_negative("total_cost"),
    )

    item_id: Mapped[uuid.UUID | None] = reference("inventory_items.id")
    transaction_type: Mapped[str] = mapped_column(String(50))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_cost: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    total_cost: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    reference_number: Mapped[str | None] = mapped_column(String(100))
    reference_type: Mapped[str | None] = mapped_column(String(50))
    notes: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[uuid.UUID | None] = reference("users.id")


class Supplier(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "suppliers"
    __table_args__ = (one_of("status", states.SupplierStatus),)

    supplier_code: Mapped[str] = document_number(
        "SUP", "suppliers_supplier_code_seq", with_year=False
    )
    supplier_name: Mapped[str] = mapped_column(String(255))
    contact_person: Mapped[str | None] = mapped_column(String(255))
    email: Mapped[str | None] = mapped_column(String(255))
    phone: Mapped[str | None] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(Text)
    tax_number: Mapped[str | None] = mapped_column(String(100))
    payment_terms: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'active'"))


class PurchaseOrder(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "purchase_orders"
    __table_args__ = (
        one_of("status", states.PurchaseOrderStatus),
        # No one approves their own order (ARCHITECTURE 5).
        CheckConstraint(
            "approved_by IS NULL OR approved_by <> created_by", name="not_self_approved"
        ),
        CheckConstraint(
            "expected_delivery IS NULL OR expected_delivery >= order_date",
            name="delivery_after_order",
        ),
        not_negative("total_amount"),
    )

    po_number: Mapped[str] = document_number("PO", "purchase_orders_po_number_seq")
    supplier_id: Mapped[uuid.UUID | None] = reference("suppliers.id")
    order_date: Mapped[date] = mapped_column(Date)
    expected_delivery: Mapped[date | None] = mapped_column(Date)
    total_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'draft'"))
    approved_by: Mapped[uuid.UUID | None] = reference("users.id")
    approved_date: Mapped[datetime | None] = mapped_column(TIMESTAMPTZ)
    notes: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[uuid.UUID | None] = reference("users.id")


def _of_order(*, index: bool) -> Mapped[uuid.UUID]:
    """The order a line or an approval belongs to: required, and gone with it."""
    return mapped_column(
        UUID(as_uuid=True),
        ForeignKey("purchase_orders.id", ondelete="CASCADE"),
        nullable=False,
        index=index,
    )


class PurchaseOrderLine(UUIDPrimaryKey, Timestamps, Base):
    """What an order buys (migration 0013): the order's total is the sum of its lines,
    kept by the database; a line changes only while its order is a draft."""

    __tablename__ = "purchase_order_lines"
    __table_args__ = (
        positive("quantity"),
        not_negative("unit_price"),
        not_negative("quantity_received"),
        CheckConstraint("quantity >= quantity_received", name="received_within_ordered"),
        # A line names a stock item, or says in words what it buys (a service, a repair).
        CheckConstraint("item_id IS NOT NULL OR description IS NOT NULL", name="says_what"),
    )

    order_id: Mapped[uuid.UUID] = _of_order(index=True)
    item_id: Mapped[uuid.UUID | None] = reference("inventory_items.id")
    description: Mapped[str | None] = mapped_column(String(255))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    total_price: Mapped[Decimal | None] = mapped_column(
        Numeric(12, 2), Computed("quantity * unit_price", persisted=True)
    )
    #: Moved on only by receiving (dicel_receive_purchase_order).
    quantity_received: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    #: The time of the insert, not of the transaction: lines added together keep the order
    #: they were added in (an order lists its lines by it).
    created_at: Mapped[datetime | None] = mapped_column(
        TIMESTAMPTZ, server_default=text("clock_timestamp()"), sort_order=100
    )


class PurchaseOrderApproval(UUIDPrimaryKey, Timestamps, Base):
    """One level of a submitted order's approval (migration 0013): planned when the order
    is submitted, decided once by dicel_decide_purchase_order. A level left undecided on
    a rejected order was never reached."""

    __tablename__ = "purchase_order_approvals"
    __table_args__ = (
        UniqueConstraint("order_id", "level"),
        one_of("level", states.PurchaseApprovalLevel),
        one_of("decision", states.ApprovalDecision),
    )

    # UNIQUE (order_id, level) is the index an order's levels are found by.
    order_id: Mapped[uuid.UUID] = _of_order(index=False)
    level: Mapped[str] = mapped_column(String(20))
    decision: Mapped[str | None] = mapped_column(String(20))
    approver_id: Mapped[uuid.UUID | None] = reference("users.id")
    note: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[datetime | None] = mapped_column(TIMESTAMPTZ)
