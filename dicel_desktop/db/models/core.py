"""Core tables: users, departments, system settings, audit log (seed section 1)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, INET, JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column

from dicel_desktop.db.base import (
    TIMESTAMPTZ,
    Base,
    CreatedAt,
    Timestamps,
    UUIDPrimaryKey,
    not_negative,
    one_of,
    positive,
)
from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.states import SettingType


class User(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "users"
    __table_args__ = (
        # The seed's UNIQUE on email doubles as its idx_users_email.
        UniqueConstraint("email", name="idx_users_email"),
        # The login role is the lower-cased e-mail and row security matches
        # email = session_user: a mixed-case e-mail would be a person without rights.
        CheckConstraint("email = lower(email)", name="email_lower_case"),
        CheckConstraint("role IN (" + ", ".join(f"'{r.value}'" for r in Role) + ")", name="role"),
        Index("idx_users_role", "role"),
        Index("idx_users_department_id", "department_id"),
        positive("salary"),
    )

    email: Mapped[str] = mapped_column(String(255))
    #: The SCRAM-SHA-256 verifier last set through DICEL (never a plaintext password).
    password_hash: Mapped[str] = mapped_column(String(255))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(50))
    # users -> departments -> users is a cycle: this side is added once both tables exist.
    department_id: Mapped[uuid.UUID | None] = mapped_column(
        UUID(as_uuid=True), ForeignKey("departments.id", use_alter=True)
    )
    employee_id: Mapped[str | None] = mapped_column(String(50), unique=True)
    position: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(Text)
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    hire_date: Mapped[date | None] = mapped_column(Date)
    salary: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    emergency_contact: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    skills: Mapped[list[str] | None] = mapped_column(ARRAY(Text))
    certifications: Mapped[list[str] | None] = mapped_column(ARRAY(Text))
    is_active: Mapped[bool | None] = mapped_column(Boolean, server_default=text("true"))
    last_login: Mapped[datetime | None] = mapped_column(TIMESTAMPTZ)
    profile_image: Mapped[str | None] = mapped_column(String(255))

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Department(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "departments"
    __table_args__ = (not_negative("budget"),)

    name: Mapped[str] = mapped_column(String(100))
    code: Mapped[str] = mapped_column(String(10), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    manager_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True), ForeignKey("users.id"))
    budget: Mapped[Decimal | None] = mapped_column(Numeric(15, 2))
    location: Mapped[str | None] = mapped_column(String(255))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(255))
    is_active: Mapped[bool | None] = mapped_column(Boolean, server_default=text("true"))


class SystemSetting(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "system_settings"
    __table_args__ = (
        one_of("setting_type", SettingType),
        # One spelling per value, so every reader agrees (migration 0010).
        CheckConstraint(
            "public.dicel_setting_value_is_valid(setting_value, setting_type)",
            name="setting_value_matches_type",
        ),
        # A rate in percent from 0 to 100, an approval threshold 0 or more (migration
        # 0096), a leave allowance whole days from 0 to 366 (0126; domain/setting_bounds.py).
        CheckConstraint(
            "public.dicel_setting_value_in_bounds(setting_key, setting_value)",
            name="setting_value_in_bounds",
        ),
    )

    setting_key: Mapped[str] = mapped_column(String(100), unique=True)
    setting_value: Mapped[str | None] = mapped_column(Text)
    setting_type: Mapped[str | None] = mapped_column(String(50), server_default=text("'string'"))
    description: Mapped[str | None] = mapped_column(Text)
    is_public: Mapped[bool | None] = mapped_column(Boolean, server_default=text("false"))


class AuditLog(UUIDPrimaryKey, CreatedAt, Base):
    __tablename__ = "audit_logs"
    __table_args__ = (
        # A record's history (migration 0003) and the newest-first list (migration 0005).
        Index("idx_audit_logs_table_record", "table_name", "record_id"),
        Index("ix_audit_logs_created_at_id", "created_at", "id"),
        # A document's entries by the record it belonged to (migration 0040).
        Index(
            "ix_audit_logs_document_owner",
            text("(coalesce(new_values, old_values) ->> 'owner_id')"),
            postgresql_where=text("table_name = 'documents'"),
        ),
        # A recovery case's documents' entries by the case (migration 0082: parts of a
        # record a write-off decides).
        Index(
            "ix_audit_logs_part_recovery_documents",
            text("(coalesce(new_values, old_values) ->> 'case_id')"),
            postgresql_where=text("table_name = 'recovery_documents'"),
        ),
        # A purchase order's lines' entries by the order (migration 0087: parts of a
        # decided record, domain/decided_parts.py).
        Index(
            "ix_audit_logs_part_purchase_order_lines",
            text("(coalesce(new_values, old_values) ->> 'order_id')"),
            postgresql_where=text("table_name = 'purchase_order_lines'"),
        ),
        # A document's entries by the record it was moved away from (migration 0084).
        Index(
            "ix_audit_logs_document_old_owner",
            text("(old_values ->> 'owner_id')"),
            postgresql_where=text("table_name = 'documents' AND action = 'UPDATE'"),
        ),
    )

    user_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True), ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(100))
    table_name: Mapped[str | None] = mapped_column(String(100))
    record_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    old_values: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    new_values: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    ip_address: Mapped[str | None] = mapped_column(INET)
    user_agent: Mapped[str | None] = mapped_column(Text)
