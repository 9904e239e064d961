"""What the "My work" tab needs: who the person is in HR terms, and their own profile.

Everything here runs as the person's own login, so row security and column grants
apply: the profile's hidden fields come only through ``dicel_my_profile()``, which
returns the caller's own row.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from dicel_desktop.db.models.hr import Employee


@dataclass(frozen=True)
class Me:
    user_id: uuid.UUID
    #: The person's HR record, if they have one (a contractor login may not).
    employee_id: uuid.UUID | None
    #: Employees whose supervisor is this person.
    report_ids: tuple[uuid.UUID, ...]

    @property
    def is_supervisor(self) -> bool:
        return bool(self.report_ids)


def who_am_i(session: Session, user_id: uuid.UUID) -> Me:
    # Public columns of employees only (id, user_id, supervisor_id): readable by everyone.
    employee_id = session.scalar(select(Employee.id).where(Employee.user_id == user_id))
    reports: tuple[uuid.UUID, ...] = ()
    if employee_id is not None:
        reports = tuple(
            session.scalars(
                select(Employee.id)
                .where(Employee.supervisor_id == employee_id)
                .order_by(Employee.employee_number)
            )
        )
    return Me(user_id, employee_id, reports)


def my_profile(session: Session) -> dict[str, Any]:
    """The caller's own profile with their hidden fields; empty if they have no users row."""
    row = session.execute(text("SELECT * FROM dicel_my_profile()")).mappings().first()
    profile = dict(row) if row is not None else {}
    if profile.get("department_id") is not None:
        profile["department"] = session.scalar(
            text("SELECT name FROM departments WHERE id = :id"), {"id": profile["department_id"]}
        )
    if profile.get("supervisor_id") is not None:
        profile["supervisor"] = session.scalar(
            text(
                "SELECT u.first_name || ' ' || u.last_name FROM employees e"
                " JOIN users u ON u.id = e.user_id WHERE e.id = :id"
            ),
            {"id": profile["supervisor_id"]},
        )
    return profile


def ping(session: Session) -> bool:
    """A round trip to the server, for the status bar's connection state."""
    return session.scalar(text("SELECT true")) is True
