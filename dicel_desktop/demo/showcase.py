"""The logins the login window offers in demo mode: one per role (two for ``employee``)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, text

from dicel_desktop.domain.roles import Role

#: The system setting that lists the showcase logins (written by demo/people.py; kept
#: here, where the login window reads it, so listing them imports no generator).
SHOWCASE_SETTING = "demo.showcase_logins"


@dataclass(frozen=True)
class DemoUser:
    email: str
    name: str
    role: str
    department: str
    #: Their job ("Stock Clerk"), and the name of the person they report to ("" for the
    #: Managing Director): the login list says who supervises whom.
    position: str = ""
    supervisor: str = ""


_QUERY = text(
    """
    SELECT u.email, u.first_name || ' ' || u.last_name AS name, u.role,
           coalesce(d.name, '') AS department,
           coalesce(u.position, '') AS position,
           coalesce(bu.first_name || ' ' || bu.last_name, '') AS supervisor,
           EXISTS (SELECT FROM departments h WHERE h.manager_id = u.id) AS is_head,
           EXISTS (SELECT FROM employees r WHERE r.supervisor_id = e.id) AS is_lead,
           EXISTS (SELECT FROM security_guards g WHERE g.user_id = u.id) AS is_guard
    FROM users u
    LEFT JOIN departments d ON d.id = u.department_id
    LEFT JOIN employees e ON e.user_id = u.id
    LEFT JOIN employees b ON b.id = e.supervisor_id
    LEFT JOIN users bu ON bu.id = b.user_id
    WHERE u.is_active
    ORDER BY u.email
    """
)


def demo_users(connection: Connection) -> list[DemoUser]:
    """One or two showcase logins per role, in the order of ``Role``.

    The demo generator names them in the setting ``demo.showcase_logins``: each
    department head, the ERP administrator, an executive assistant (whose pending leave
    waits for the Managing Director) and a security guard. Without that setting (a
    database not made by the generator): per role its most senior active login.
    """
    listed = connection.execute(
        text("SELECT setting_value FROM system_settings WHERE setting_key = :key"),
        {"key": SHOWCASE_SETTING},
    ).scalar_one_or_none()
    people = connection.execute(_QUERY).all()
    if listed:
        by_email = {p.email: p for p in people}
        picks = [by_email[e] for e in json.loads(listed) if e in by_email]
        return [_demo_user(p) for p in picks]
    chosen: list[DemoUser] = []
    for role in Role:
        holders = [p for p in people if p.role == role.value]
        if role is Role.EMPLOYEE:
            office = [p for p in holders if not p.is_guard and not p.is_lead]
            guards = [p for p in holders if p.is_guard]
            picks = office[:1] + guards[:1]
        else:
            picks = sorted(holders, key=lambda p: (not p.is_head, not p.is_lead))[:1]
        chosen += [_demo_user(p) for p in picks]
    return chosen


def _demo_user(row) -> DemoUser:
    return DemoUser(row.email, row.name, row.role, row.department, row.position, row.supervisor)
