"""No leave request waits for nobody, and a decided request's reason stays.

Revision ID: 0094
Revises: 0093
Create Date: 2026-12-06

**No request waits for nobody.** The inbox offered a pending leave request to the
employee's supervisor, and to HR only while the employee had no supervisor with an
active login. Since migration 0093 whoever shaped a request (filed it for someone,
changed its type, dates, reason or files) may not approve it (DW005), and the listing
leaves it out for them. So a request HR filed or changed for an employee with no
supervisor, in a company with one HR officer, was in nobody's inbox; so was one the
supervisor had shaped (a supervisor in HR), and the sole HR officer's own request when
they report to nobody: the database lets an administrator approve each of them
(``dicel_decide_leave``: the supervisor, HR or admin), but no window said so.

``dicel_leave_waits_for(request)`` (SECURITY DEFINER, nobody's to call) says whom a
pending request waits for, in the order the company decides leave:

* ``supervisor`` while the employee's supervisor can approve it: a user with an active
  login, not the employee, who did not shape it;
* else ``hr`` while an HR officer other than the employee, with an active login, did
  not shape it;
* else ``admin``.

``dicel_leave_requests_to_decide`` offers a request to its employee's supervisor as
before, and to HR and administrators when it waits for them. Whoever may not approve it
(they shaped it) still does not see it; they may reject it from its window.

**A decided request's reason stays (the lock of migration 0007).** A request's reason
is part of what was decided (0093 counts it among what a request asks for), yet HR
could rewrite the reason of an approved or rejected request: it joins the columns that
no longer change once the request leaves ``pending`` (``domain/tables.py``'s ``Lock``).

A downgrade gives the listing and the lock back as 0093 left them and drops the helper.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    DEFINER,
    create_owned_function,
    earlier_revision,
    execute_sql,
    replaced,
)

revision: str = "0094"
down_revision: str | None = "0093"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0040 = earlier_revision("0040_payments_and_evidence_stay")

# --------------------------------------------------------------------------- who decides

WAITS_FOR_SIGNATURE = "public.dicel_leave_waits_for(uuid)"
WAITS_FOR = f"""
CREATE FUNCTION public.dicel_leave_waits_for(p_request uuid) RETURNS text
LANGUAGE plpgsql STABLE {DEFINER}
AS $$
DECLARE
    v_employee_user uuid;
    v_supervisor_user uuid;
BEGIN
    -- Migration 0094: whom a pending leave request waits for: 'supervisor' while the
    -- employee's supervisor can approve it, else 'hr' while an HR officer can, else
    -- 'admin'. Able: a user with an active login, not the employee, who did not shape
    -- the request (DW005, dicel_shaped_leave_request).
    SELECT e.user_id, su.id INTO v_employee_user, v_supervisor_user
      FROM public.leave_requests AS r
      JOIN public.employees AS e ON e.id = r.employee_id
      LEFT JOIN public.employees AS s ON s.id = e.supervisor_id
      LEFT JOIN public.users AS su
        ON su.id = s.user_id AND coalesce(su.is_active, true)
       AND EXISTS (SELECT FROM pg_catalog.pg_roles AS l
                    WHERE l.rolname = su.email AND l.rolcanlogin)
     WHERE r.id = p_request;
    IF v_supervisor_user IS NOT NULL AND v_supervisor_user IS DISTINCT FROM v_employee_user
       AND NOT public.dicel_shaped_leave_request(p_request, v_supervisor_user) THEN
        RETURN 'supervisor';
    END IF;
    IF EXISTS (
        SELECT FROM public.users AS h
          -- Not a superuser: pg_has_role counts one a member of every role.
          JOIN pg_catalog.pg_roles AS l
            ON l.rolname = h.email AND l.rolcanlogin AND NOT l.rolsuper
         WHERE coalesce(h.is_active, true) AND h.id IS DISTINCT FROM v_employee_user
           AND pg_catalog.pg_has_role(l.oid, 'dicel_hr', 'MEMBER')
           AND NOT public.dicel_shaped_leave_request(p_request, h.id)) THEN
        RETURN 'hr';
    END IF;
    RETURN 'admin';
END
$$"""

LISTING_SIGNATURE = "dicel_leave_requests_to_decide(uuid)"
_WHO_BEFORE = """\
       AND (e.supervisor_id = me.employee_id
            -- Nobody else can decide it: it waits for HR.
            OR (me.hr AND NOT EXISTS (
                    SELECT FROM public.employees s JOIN public.users su ON su.id = s.user_id
                     WHERE s.id = e.supervisor_id AND coalesce(su.is_active, true))))
"""
_WHO_NOW = """\
       AND (e.supervisor_id = me.employee_id
            -- Migration 0094: or it waits for HR, or for an administrator when no HR
            -- officer can approve it (dicel_leave_waits_for): never for nobody.
            OR ((me.hr OR me.admin)
                AND public.dicel_leave_waits_for(r.id)
                    IN (CASE WHEN me.hr THEN 'hr' END, CASE WHEN me.admin THEN 'admin' END)))
"""


def _definition(signature: str) -> str:
    return execute_sql(
        f"SELECT pg_catalog.pg_get_functiondef('public.{signature}'::regprocedure)"
    ).fetchone()[0]


def _listing(old: str, new: str) -> None:
    """The inbox's listing of leave as the database holds it, its deciders changed.
    CREATE OR REPLACE keeps its owner and grants."""
    execute_sql(replaced(_definition(LISTING_SIGNATURE), old, new))


# --------------------------------------------------------------------------- the lock

LOCK = "leave_requests_locked"
_STATES = "'status', '{pending}'"
LOCKED_BEFORE = ("employee_id", "leave_type", "start_date", "end_date", "days_requested")
#: Frozen here; tests/security/test_catalog.py holds the trigger to the registry.
LOCKED = (*LOCKED_BEFORE, "reason")


def _lock(columns: Sequence[str]) -> None:
    execute_sql(f"DROP TRIGGER {LOCK} ON public.leave_requests")
    execute_sql(_0040._lock_trigger(LOCK, "leave_requests", _STATES, columns))


# --------------------------------------------------------------------------- apply


def upgrade() -> None:
    create_owned_function(WAITS_FOR, WAITS_FOR_SIGNATURE)
    _listing(_WHO_BEFORE, _WHO_NOW)
    _lock(LOCKED)


def downgrade() -> None:
    _lock(LOCKED_BEFORE)
    _listing(_WHO_NOW, _WHO_BEFORE)
    execute_sql(f"DROP FUNCTION {WAITS_FOR_SIGNATURE}")
