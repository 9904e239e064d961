"""Recovery department tables (seed section 11)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, Numeric, String, Text, text
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


class RecoveryCase(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "recovery_cases"
    __table_args__ = (
        one_of("status", states.RecoveryStatus),
        one_of("priority", states.Priority),
        not_negative("amount_involved"),
        # What came back (migration 0106): something, never more than was involved. The
        # step says both first (DW435, DW436); this holds under the row's lock.
        CheckConstraint(
            "amount_recovered > 0 AND amount_recovered <= amount_involved",
            name="amount_recovered_within_involved",
        ),
    )

    case_number: Mapped[str] = document_number("CASE", "recovery_cases_case_number_seq")
    case_type: Mapped[str] = mapped_column(String(100))
    client_id: Mapped[uuid.UUID | None] = reference("clients.id")
    description: Mapped[str] = mapped_column(Text)
    amount_involved: Mapped[Decimal | None] = mapped_column(Numeric(15, 2))
    assigned_to: Mapped[uuid.UUID | None] = reference("users.id")
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'open'"))
    priority: Mapped[str | None] = mapped_column(String(50), server_default=text("'medium'"))
    start_date: Mapped[date | None] = mapped_column(Date, server_default=text("CURRENT_DATE"))
    target_completion_date: Mapped[date | None] = mapped_column(Date)
    actual_completion_date: Mapped[date | None] = mapped_column(Date)
    #: How much came back, in RWF: written by Mark recovered… only (migration 0106).
    amount_recovered: Mapped[Decimal | None] = mapped_column(Numeric(15, 2))


class RecoveryDocument(UUIDPrimaryKey, CreatedAt, Base):
    __tablename__ = "recovery_documents"

    case_id: Mapped[uuid.UUID | None] = reference("recovery_cases.id")
    document_type: Mapped[str] = mapped_column(String(100))
    document_name: Mapped[str] = mapped_column(String(255))
    file_url: Mapped[str | None] = mapped_column(String(255))
    upload_date: Mapped[datetime | None] = mapped_column(
        TIMESTAMPTZ, server_default=text("CURRENT_TIMESTAMP")
    )
    uploaded_by: Mapped[uuid.UUID | None] = reference("users.id")
