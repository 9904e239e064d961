"""Security department tables (seed section 5)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
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


class SecurityGuard(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "security_guards"
    __table_args__ = (
        UniqueConstraint("guard_number", name="idx_security_guards_guard_number"),
        one_of("status", states.GuardStatus),
    )

    # The seed declares UNIQUE twice (inline and fk_security_guards_user); one suffices.
    user_id: Mapped[uuid.UUID | None] = mapped_column(
        UUID(as_uuid=True), ForeignKey("users.id"), unique=True
    )
    guard_number: Mapped[str] = document_number(
        "GRD", "security_guards_guard_number_seq", with_year=False, unique=False
    )
    license_number: Mapped[str | None] = mapped_column(String(100))
    license_expiry: Mapped[date | None] = mapped_column(Date)
    training_certifications: Mapped[list[str] | None] = mapped_column(ARRAY(Text))
    assigned_location: Mapped[str | None] = mapped_column(String(255))
    shift_preference: Mapped[str | None] = mapped_column(String(50))
    emergency_contact: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'active'"))


class SecurityAssignment(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "security_assignments"
    __table_args__ = (
        one_of("status", states.AssignmentStatus),
        CheckConstraint("shift_end > shift_start", name="shift_order"),
    )

    guard_id: Mapped[uuid.UUID | None] = reference("security_guards.id")
    location: Mapped[str] = mapped_column(String(255))
    shift_start: Mapped[datetime] = mapped_column(TIMESTAMPTZ)
    shift_end: Mapped[datetime] = mapped_column(TIMESTAMPTZ)
    assignment_type: Mapped[str | None] = mapped_column(String(50), server_default=text("'patrol'"))
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'scheduled'"))
    notes: Mapped[str | None] = mapped_column(Text)


class SecurityIncident(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "security_incidents"
    __table_args__ = (
        one_of("severity", states.Severity),
        one_of("status", states.IncidentStatus),
        Index("idx_security_incidents_date", "incident_date"),
        # Migration 0100: an incident says when it happened (the plan's column stays
        # nullable; the form asks for it, domain/entry_rules.FORM_REQUIRED); 0103: on a
        # day of the calendar (-infinity counted in no month either).
        CheckConstraint(
            "incident_date IS NOT NULL AND isfinite(incident_date)", name="incident_date_given"
        ),
    )

    incident_number: Mapped[str] = document_number("SEC", "security_incidents_incident_number_seq")
    incident_type: Mapped[str] = mapped_column(String(100))
    location: Mapped[str] = mapped_column(String(255))
    reported_by: Mapped[uuid.UUID | None] = reference("users.id")
    reported_date: Mapped[datetime] = mapped_column(TIMESTAMPTZ)
    incident_date: Mapped[datetime | None] = mapped_column(TIMESTAMPTZ)
    severity: Mapped[str | None] = mapped_column(String(50), server_default=text("'medium'"))
    description: Mapped[str] = mapped_column(Text)
    actions_taken: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'open'"))
    resolved_date: Mapped[datetime | None] = mapped_column(TIMESTAMPTZ)


class PatrolRoute(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "patrol_routes"

    route_name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    checkpoints: Mapped[Any | None] = mapped_column(JSONB)
    #: In minutes.
    estimated_duration: Mapped[int | None] = mapped_column(Integer)
    frequency: Mapped[str | None] = mapped_column(String(50))
    is_active: Mapped[bool | None] = mapped_column(Boolean, server_default=text("true"))


class PatrolLog(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "patrol_logs"
    __table_args__ = (one_of("status", states.PatrolStatus),)

    guard_id: Mapped[uuid.UUID | None] = reference("security_guards.id")
    route_id: Mapped[uuid.UUID | None] = reference("patrol_routes.id")
    start_time: Mapped[datetime] = mapped_column(TIMESTAMPTZ)
    end_time: Mapped[datetime | None] = mapped_column(TIMESTAMPTZ)
    checkpoints_completed: Mapped[Any | None] = mapped_column(JSONB)
    incidents_reported: Mapped[Any | None] = mapped_column(JSONB)
    notes: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'in_progress'"))
