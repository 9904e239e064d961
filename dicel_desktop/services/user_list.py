"""The user list an administrator reads: each user's public columns with the state of
their login role and what keeps it inactive (:class:`UserSummary`), one user by id, and
the departments a new user can be placed in. No Qt here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, text

from dicel_desktop.domain.errors import DicelError, NotAllowed, NotFound
from dicel_desktop.services.user_refusals import _call

__all__ = ["Department", "UserSummary", "departments", "get_user", "list_users"]


@dataclass(frozen=True)
class UserSummary:
    """One line of the user list (public columns only)."""

    id: uuid.UUID
    email: str
    first_name: str
    last_name: str
    role: str
    department_code: str | None
    position: str | None
    employee_id: str | None
    is_active: bool
    last_login: datetime | None
    #: A login role of that name exists on this cluster.
    has_login: bool
    #: ... and may log in (False once deactivated).
    can_login: bool
    #: It is the account of whoever asks (their own: no changing its role, no
    #: deactivating it).
    is_self: bool = False
    #: The linked employee's status when it keeps the login inactive (``terminated``:
    #: DU016, ``suspended``: DU017), and their number; None otherwise, or when the reader
    #: may not see the employee (the database still refuses).
    employee_status: str | None = None
    employee_number: str | None = None
    #: The login's VALID UNTIL (None: none, or "infinity"), and whether it has passed:
    #: such a login is refused with a wrong password's words (deploy39 #9).
    valid_until: datetime | None = None
    expired: bool = False
    #: The company's day of ``valid_until`` (``dicel_company_day``): the day Login
    #: expiry… shows and saves back, whatever this desktop's time zone (review40 #3).
    expires_on: date | None = None
    #: The company's day when the list was read: the expiry offered starts the next day.
    company_today: date | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def reactivation_refusal(self) -> DicelError | None:
        """Why the database refuses to reactivate this login, known before the click
        (eye34 #9): the login of an employee who has left, or is suspended."""
        match self.employee_status:
            case "terminated":
                return NotAllowed(
                    "login_of_a_leaver", email=self.email, employee=self.employee_number or ""
                )
            case "suspended":
                return NotAllowed(
                    "login_of_a_suspended_employee",
                    email=self.email,
                    employee=self.employee_number or "",
                )
        return None


@dataclass(frozen=True)
class Department:
    """A department a user can be placed in (the new-user form's picker)."""

    code: str
    name: str


_SUMMARY = """
    SELECT u.id, u.email, u.first_name, u.last_name, u.role, d.code, u.position,
           u.employee_id, coalesce(u.is_active, true), u.last_login,
           r.rolname IS NOT NULL, coalesce(r.rolcanlogin, false), lower(u.email) = session_user,
           e.status, e.employee_number,
           CASE WHEN isfinite(r.rolvaliduntil) THEN r.rolvaliduntil END,
           coalesce(r.rolvaliduntil <= now(), false),
           CASE WHEN isfinite(r.rolvaliduntil) THEN public.dicel_company_day(r.rolvaliduntil) END,
           public.dicel_company_day()
    FROM public.users u
    LEFT JOIN public.departments d ON d.id = u.department_id
    LEFT JOIN pg_catalog.pg_roles r ON r.rolname = lower(u.email)
    LEFT JOIN LATERAL (
        -- What keeps the login inactive (migrations 0054, 0121: DU016, DU017), as the
        -- trigger reads it: a leaver first.
        SELECT e.status, e.employee_number FROM public.employees e
         WHERE e.user_id = u.id AND e.status IN ('terminated', 'suspended')
         ORDER BY e.status = 'terminated' DESC LIMIT 1
    ) e ON true
"""


def list_users(connection: Connection) -> list[UserSummary]:
    """Every user, active first, then by name; with the state of their login role."""
    rows = _call(
        connection,
        _SUMMARY + " ORDER BY coalesce(u.is_active, true) DESC, u.last_name, u.first_name, u.email",
        {},
        action="list users",
        context={},
    )
    return [UserSummary(*row) for row in rows]


def get_user(connection: Connection, user_id: uuid.UUID) -> UserSummary:
    """One user by id (the row chosen in a list); NotFound if there is none."""
    rows = _call(
        connection, _SUMMARY + " WHERE u.id = :id", {"id": user_id}, action="list users", context={}
    )
    if not rows:
        raise NotFound("record_gone", record="user")
    return UserSummary(*rows[0])


def departments(connection: Connection) -> list[Department]:
    """The departments a user can be placed in, by name (inactive ones left out)."""
    rows = connection.execute(
        text(
            "SELECT code, name FROM public.departments"
            " WHERE coalesce(is_active, true) ORDER BY name, code"
        )
    )
    return [Department(code, name) for code, name in rows]
