"""Risk management tables (seed section 10)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Computed, Date, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from dicel_desktop.db.base import (
    TIMESTAMPTZ,
    Base,
    Timestamps,
    UUIDPrimaryKey,
    document_number,
    one_of,
    reference,
)
from dicel_desktop.domain import states


class RiskAssessment(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "risk_assessments"
    __table_args__ = (
        CheckConstraint("likelihood >= 1 AND likelihood <= 5", name="likelihood"),
        CheckConstraint("impact >= 1 AND impact <= 5", name="impact"),
        one_of("status", states.RiskStatus),
    )

    assessment_number: Mapped[str] = document_number("RA", "risk_assessments_assessment_number_seq")
    risk_category: Mapped[str] = mapped_column(String(100))
    risk_description: Mapped[str] = mapped_column(Text)
    likelihood: Mapped[int | None] = mapped_column(Integer)
    impact: Mapped[int | None] = mapped_column(Integer)
    risk_score: Mapped[int | None] = mapped_column(
        Integer, Computed("likelihood * impact", persisted=True)
    )
    mitigation_measures: Mapped[str | None] = mapped_column(Text)
    assigned_to: Mapped[uuid.UUID | None] = reference("users.id")
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'open'"))
    assessment_date: Mapped[date | None] = mapped_column(Date, server_default=text("CURRENT_DATE"))


class RiskIncident(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "risk_incidents"
    __table_args__ = (
        one_of("severity", states.Severity),
        one_of("status", states.IncidentStatus),
        # Migration 0100: an incident says when it happened (the plan's column stays
        # nullable; the form asks for it, domain/entry_rules.FORM_REQUIRED); 0103: on a
        # day of the calendar (-infinity counted in no month either).
        CheckConstraint(
            "incident_date IS NOT NULL AND isfinite(incident_date)", name="incident_date_given"
        ),
    )

    incident_number: Mapped[str] = document_number("RSK", "risk_incidents_incident_number_seq")
    risk_assessment_id: Mapped[uuid.UUID | None] = reference("risk_assessments.id")
    incident_type: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text)
    severity: Mapped[str | None] = mapped_column(String(50), server_default=text("'medium'"))
    reported_date: Mapped[datetime] = mapped_column(TIMESTAMPTZ)
    incident_date: Mapped[datetime | None] = mapped_column(TIMESTAMPTZ)
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'open'"))
    resolution: Mapped[str | None] = mapped_column(Text)
