"""Sales and marketing tables (seed section 8)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from dicel_desktop.db.base import (
    Base,
    Timestamps,
    UUIDPrimaryKey,
    document_number,
    not_negative,
    one_of,
    reference,
)
from dicel_desktop.domain import states


class Lead(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "leads"
    __table_args__ = (
        one_of("status", states.LeadStatus),
        Index("idx_leads_status", "status"),
        not_negative("estimated_value"),
    )

    lead_number: Mapped[str] = document_number("LEAD", "leads_lead_number_seq")
    company_name: Mapped[str | None] = mapped_column(String(255))
    contact_person: Mapped[str] = mapped_column(String(255))
    email: Mapped[str] = mapped_column(String(255))
    phone: Mapped[str | None] = mapped_column(String(20))
    source: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'new'"))
    assigned_to: Mapped[uuid.UUID | None] = reference("users.id")
    estimated_value: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    notes: Mapped[str | None] = mapped_column(Text)


#: A deal's stage is closed won (lost) exactly when the deal is won (lost).
STAGE_CLOSES_WITH_STATUS = (
    "(coalesce(stage, '') = 'closed_won') = (coalesce(status, '') = 'won')"
    " AND (coalesce(stage, '') = 'closed_lost') = (coalesce(status, '') = 'lost')"
)


class Opportunity(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "opportunities"
    __table_args__ = (
        one_of("stage", states.OpportunityStage),
        CheckConstraint("probability >= 0 AND probability <= 100", name="probability"),
        one_of("status", states.OpportunityStatus),
        # Closed won or lost with the deal itself, by its steps (migration 0050).
        CheckConstraint(STAGE_CLOSES_WITH_STATUS, name="stage_closes_with_status"),
        Index("idx_opportunities_stage", "stage"),
        not_negative("estimated_value"),
    )

    opportunity_number: Mapped[str] = document_number("OPP", "opportunities_opportunity_number_seq")
    lead_id: Mapped[uuid.UUID | None] = reference("leads.id")
    title: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    stage: Mapped[str | None] = mapped_column(String(50), server_default=text("'prospecting'"))
    probability: Mapped[int | None] = mapped_column(Integer)
    estimated_value: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    expected_close_date: Mapped[date | None] = mapped_column(Date)
    assigned_to: Mapped[uuid.UUID | None] = reference("users.id")
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'active'"))


class MarketingCampaign(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "marketing_campaigns"
    __table_args__ = (
        one_of("status", states.CampaignStatus),
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates_order"
        ),
        not_negative("budget"),
    )

    campaign_name: Mapped[str] = mapped_column(String(255))
    campaign_type: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    budget: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'planned'"))
    created_by: Mapped[uuid.UUID | None] = reference("users.id")
