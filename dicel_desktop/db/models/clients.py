"""Client management tables (seed section 7)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    Index,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
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
    reference,
    trigram_index,
)
from dicel_desktop.domain import states


class Client(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "clients"
    __table_args__ = (
        UniqueConstraint("client_code", name="idx_clients_code"),
        one_of("status", states.ClientStatus),
        Index("idx_clients_status", "status"),
        # The picker's pages in the order of names (migration 0009).
        Index(
            "ix_clients_company_name_id", "company_name", "id", postgresql_include=["client_code"]
        ),
    )

    client_code: Mapped[str] = document_number(
        "CLI", "clients_client_code_seq", with_year=False, unique=False
    )
    company_name: Mapped[str] = mapped_column(String(255))
    contact_person: Mapped[str | None] = mapped_column(String(255))
    email: Mapped[str | None] = mapped_column(String(255))
    phone: Mapped[str | None] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(Text)
    tax_number: Mapped[str | None] = mapped_column(String(100))
    industry: Mapped[str | None] = mapped_column(String(100))
    client_type: Mapped[str | None] = mapped_column(String(50))
    # A prospect until there is business to serve (migration 0050; the seed's 'active').
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'prospect'"))


# The picker's search by name or code (migration 0009).
trigram_index("ix_clients_search_trgm", Client.company_name, Client.client_code)


class Contract(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "contracts"
    __table_args__ = (
        iso_currency(),
        one_of("status", states.ContractStatus),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates_order"),
        not_negative("total_value"),
    )

    contract_number: Mapped[str] = document_number("CON", "contracts_contract_number_seq")
    client_id: Mapped[uuid.UUID | None] = reference("clients.id")
    contract_type: Mapped[str] = mapped_column(String(100))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    total_value: Mapped[Decimal | None] = mapped_column(Numeric(15, 2))
    currency: Mapped[str | None] = currency_column()
    # A new one is a draft until its first step (migration 0038).
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'draft'"))
    terms: Mapped[str | None] = mapped_column(Text)


class ClientSupportTicket(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "client_support_tickets"
    __table_args__ = (
        one_of("priority", states.Priority),
        one_of("status", states.TicketStatus),
    )

    ticket_number: Mapped[str] = document_number("CST", "client_support_tickets_ticket_number_seq")
    client_id: Mapped[uuid.UUID | None] = reference("clients.id")
    assigned_to: Mapped[uuid.UUID | None] = reference("users.id")
    category: Mapped[str] = mapped_column(String(100))
    priority: Mapped[str | None] = mapped_column(String(50), server_default=text("'medium'"))
    subject: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'open'"))
    resolution: Mapped[str | None] = mapped_column(Text)
    created_date: Mapped[datetime | None] = mapped_column(
        TIMESTAMPTZ, server_default=text("CURRENT_TIMESTAMP")
    )
    resolved_date: Mapped[datetime | None] = mapped_column(TIMESTAMPTZ)
