"""Finance tables (seed section 3)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Computed,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    text,
)
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import Mapped, mapped_column

from dicel_desktop.db.base import (
    TIMESTAMPTZ,
    Base,
    Timestamps,
    UUIDPrimaryKey,
    currency_column,
    document_number,
    iso_currency,
    not_negative,
    one_of,
    positive,
    reference,
    trigram_index,
)
from dicel_desktop.domain import states


class FinancialAccount(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "financial_accounts"
    __table_args__ = (iso_currency(),)

    account_number: Mapped[str] = mapped_column(String(50), unique=True)
    account_name: Mapped[str] = mapped_column(String(255))
    account_type: Mapped[str] = mapped_column(String(50))
    currency: Mapped[str | None] = currency_column()
    balance: Mapped[Decimal | None] = mapped_column(Numeric(15, 2), server_default=text("0"))
    is_active: Mapped[bool | None] = mapped_column(Boolean, server_default=text("true"))


class Transaction(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "transactions"
    __table_args__ = (
        iso_currency(),
        one_of("status", states.TransactionStatus),
        one_of("transaction_type", states.TransactionType),
        Index("idx_transactions_account_id", "account_id"),
        Index("idx_transactions_date", "transaction_date"),
        Index("idx_transactions_type", "transaction_type"),
        # Keyset pages of the big list in its common orders (migration 0005).
        Index("ix_transactions_transaction_date_id", "transaction_date", "id"),
        Index("ix_transactions_amount_id", "amount", "id"),
        # An invoice's payments are the credits referencing its number (migration 0014).
        Index("ix_transactions_reference_number", "reference_number"),
        positive("amount"),
    )

    transaction_number: Mapped[str] = document_number("TXN", "transactions_transaction_number_seq")
    account_id: Mapped[uuid.UUID | None] = reference("financial_accounts.id")
    transaction_type: Mapped[str] = mapped_column(String(50))
    amount: Mapped[Decimal] = mapped_column(Numeric(15, 2))
    currency: Mapped[str | None] = currency_column()
    description: Mapped[str | None] = mapped_column(Text)
    reference_number: Mapped[str | None] = mapped_column(String(100))
    transaction_date: Mapped[date] = mapped_column(Date)
    posted_date: Mapped[datetime | None] = mapped_column(
        TIMESTAMPTZ, server_default=text("CURRENT_TIMESTAMP")
    )
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'posted'"))
    created_by: Mapped[uuid.UUID | None] = reference("users.id")
    #: The payment this debit reverses (migration 0066): written by
    #: ``dicel_reverse_invoice_payment`` alone, once per payment.
    reverses_transaction_id: Mapped[uuid.UUID | None] = mapped_column(
        UUID(as_uuid=True), ForeignKey("transactions.id"), unique=True
    )


class Budget(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "budgets"
    __table_args__ = (
        one_of("status", states.BudgetStatus),
        not_negative("allocated_amount"),
    )

    department_id: Mapped[uuid.UUID | None] = reference("departments.id")
    fiscal_year: Mapped[int] = mapped_column(Integer)
    budget_category: Mapped[str] = mapped_column(String(100))
    allocated_amount: Mapped[Decimal] = mapped_column(Numeric(15, 2))
    spent_amount: Mapped[Decimal | None] = mapped_column(Numeric(15, 2), server_default=text("0"))
    remaining_amount: Mapped[Decimal | None] = mapped_column(
        Numeric(15, 2), Computed("allocated_amount - spent_amount", persisted=True)
    )
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'active'"))


class Expense(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "expenses"
    __table_args__ = (
        iso_currency(),
        one_of("status", states.ExpenseStatus),
        # No one approves their own expense (ARCHITECTURE 5).
        CheckConstraint(
            "approved_by IS NULL OR approved_by <> created_by", name="not_self_approved"
        ),
        positive("amount"),
    )

    expense_number: Mapped[str] = document_number("EXP", "expenses_expense_number_seq")
    department_id: Mapped[uuid.UUID | None] = reference("departments.id")
    expense_category: Mapped[str] = mapped_column(String(100))
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    currency: Mapped[str | None] = currency_column()
    description: Mapped[str | None] = mapped_column(Text)
    vendor: Mapped[str | None] = mapped_column(String(255))
    expense_date: Mapped[date] = mapped_column(Date)
    receipt_url: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'pending'"))
    approved_by: Mapped[uuid.UUID | None] = reference("users.id")
    approved_date: Mapped[datetime | None] = mapped_column(TIMESTAMPTZ)
    created_by: Mapped[uuid.UUID | None] = reference("users.id")
    #: Why it was approved or rejected, in the decider's words (migration 0014).
    decision_note: Mapped[str | None] = mapped_column(Text)
    #: The day it was paid (``dicel_pay_expense``, migration 0023).
    paid_date: Mapped[date | None] = mapped_column(Date)


class Invoice(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "invoices"
    __table_args__ = (
        iso_currency(),
        one_of("status", states.InvoiceStatus),
        one_of("payment_method", states.PaymentMethod),
        CheckConstraint("due_date >= invoice_date", name="due_after_invoice"),
        not_negative("subtotal"),
        not_negative("tax_amount"),
        not_negative("total_amount"),
    )

    invoice_number: Mapped[str] = document_number("INV", "invoices_invoice_number_seq")
    client_id: Mapped[uuid.UUID | None] = reference("clients.id")
    invoice_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    subtotal: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    tax_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), server_default=text("0"))
    total_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    currency: Mapped[str | None] = currency_column()
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'draft'"))
    paid_date: Mapped[date | None] = mapped_column(Date)
    payment_method: Mapped[str | None] = mapped_column(String(50))
    notes: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[uuid.UUID | None] = reference("users.id")


# The picker's search by number (migration 0009).
trigram_index("ix_invoices_search_trgm", Invoice.invoice_number)


class InvoiceItem(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "invoice_items"
    __table_args__ = (
        positive("quantity"),
        not_negative("unit_price"),
        # Migration 0115: a line of no invoice was in no list (psql33); the plan's column
        # stays nullable, as attendance's employee (0096).
        CheckConstraint("invoice_id IS NOT NULL", name="invoice_given"),
    )

    invoice_id: Mapped[uuid.UUID | None] = reference("invoices.id")
    description: Mapped[str] = mapped_column(String(255))
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    unit_price: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    total_price: Mapped[Decimal | None] = mapped_column(
        Numeric(12, 2), Computed("quantity * unit_price", persisted=True)
    )
    #: The time of the insert, not of the transaction (migration 0144): lines added
    #: together keep the order they were added in (the invoice prints them by it).
    created_at: Mapped[datetime | None] = mapped_column(
        TIMESTAMPTZ, server_default=text("clock_timestamp()"), sort_order=100
    )
