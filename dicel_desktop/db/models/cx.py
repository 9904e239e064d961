"""Customer experience tables (seed section 9)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import CheckConstraint, Date, Integer, String, Text, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from dicel_desktop.db.base import Base, Timestamps, UUIDPrimaryKey, one_of, reference
from dicel_desktop.domain import states


class CustomerFeedback(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "customer_feedback"
    __table_args__ = (
        CheckConstraint("rating >= 1 AND rating <= 5", name="rating"),
        one_of("status", states.FeedbackStatus),
        one_of("feedback_type", states.FeedbackType),
    )

    client_id: Mapped[uuid.UUID | None] = reference("clients.id")
    feedback_type: Mapped[str] = mapped_column(String(50))
    rating: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)
    feedback_date: Mapped[date | None] = mapped_column(Date, server_default=text("CURRENT_DATE"))
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'received'"))


class CustomerSurvey(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "customer_surveys"
    __table_args__ = (
        one_of("status", states.SurveyStatus),
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates_order"
        ),
    )

    survey_name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    questions: Mapped[Any | None] = mapped_column(JSONB)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'draft'"))
    created_by: Mapped[uuid.UUID | None] = reference("users.id")
