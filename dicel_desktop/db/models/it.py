"""IT tables (seed section 4)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, Index, Numeric, String, Text, text
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
    reference,
)
from dicel_desktop.domain import states


class ItAsset(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "it_assets"
    __table_args__ = (
        one_of("status", states.AssetStatus),
        not_negative("purchase_cost"),
    )

    asset_tag: Mapped[str] = document_number("AST", "it_assets_asset_tag_seq", with_year=False)
    asset_name: Mapped[str] = mapped_column(String(255))
    asset_type: Mapped[str] = mapped_column(String(100))
    manufacturer: Mapped[str | None] = mapped_column(String(255))
    model: Mapped[str | None] = mapped_column(String(255))
    serial_number: Mapped[str | None] = mapped_column(String(255))
    purchase_date: Mapped[date | None] = mapped_column(Date)
    purchase_cost: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    assigned_to: Mapped[uuid.UUID | None] = reference("users.id")
    location: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'active'"))
    warranty_expiry: Mapped[date | None] = mapped_column(Date)
    last_maintenance: Mapped[date | None] = mapped_column(Date)
    next_maintenance: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class ItSupportTicket(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "it_support_tickets"
    __table_args__ = (
        one_of("priority", states.Priority),
        one_of("status", states.TicketStatus),
        # Row security shows a requester their own tickets (migration 0003).
        Index("idx_it_support_tickets_requester_id", "requester_id"),
    )

    ticket_number: Mapped[str] = document_number("ITT", "it_support_tickets_ticket_number_seq")
    requester_id: Mapped[uuid.UUID | None] = reference("users.id")
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


class SystemMonitoring(UUIDPrimaryKey, CreatedAt, Base):
    __tablename__ = "system_monitoring"
    __table_args__ = (one_of("status", states.MonitoringStatus),)

    system_name: Mapped[str] = mapped_column(String(255))
    metric_name: Mapped[str] = mapped_column(String(100))
    metric_value: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    metric_unit: Mapped[str | None] = mapped_column(String(50))
    threshold_warning: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    threshold_critical: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'normal'"))
    recorded_at: Mapped[datetime | None] = mapped_column(
        TIMESTAMPTZ, server_default=text("CURRENT_TIMESTAMP"), sort_order=99
    )
