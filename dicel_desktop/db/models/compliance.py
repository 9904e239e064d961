"""Compliance tables (seed section 12)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from dicel_desktop.db.base import (
    Base,
    Timestamps,
    UUIDPrimaryKey,
    document_number,
    one_of,
    reference,
)
from dicel_desktop.domain import states


class CompliancePolicy(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "compliance_policies"
    __table_args__ = (one_of("status", states.PolicyStatus),)

    policy_number: Mapped[str] = document_number("POL", "compliance_policies_policy_number_seq")
    policy_name: Mapped[str] = mapped_column(String(255))
    policy_category: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
    policy_content: Mapped[str | None] = mapped_column(Text)
    version: Mapped[str | None] = mapped_column(String(20))
    effective_date: Mapped[date | None] = mapped_column(Date)
    review_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'draft'"))
    created_by: Mapped[uuid.UUID | None] = reference("users.id")


class ComplianceAudit(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "compliance_audits"
    __table_args__ = (one_of("status", states.AuditStatus),)

    audit_number: Mapped[str] = document_number("AUD", "compliance_audits_audit_number_seq")
    audit_type: Mapped[str] = mapped_column(String(100))
    audit_scope: Mapped[str | None] = mapped_column(Text)
    auditor: Mapped[uuid.UUID | None] = reference("users.id")
    audit_date: Mapped[date | None] = mapped_column(Date)
    findings: Mapped[str | None] = mapped_column(Text)
    recommendations: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'scheduled'"))
