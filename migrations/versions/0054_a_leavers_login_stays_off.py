"""A terminated employee's login stays off: IT does not reactivate it, and no login is
linked to a terminated employee.

Revision ID: 0054
Revises: 0053
Create Date: 2026-12-11

Migration 0053 deactivates the login of an employee HR terminates. Left open there: IT's
Reactivate… (``dicel_reactivate_user``, migration 0010) brought it back, and a login
could be linked to the record of someone who had already left. Both refuse now, with
``DU016`` (DETAIL: the employee's number), from triggers, so every path meets them:

* ``users_leaver_stays_inactive`` (BEFORE UPDATE OF is_active): a user going from
  inactive to active whose employee record is terminated;
* ``employees_leaver_has_no_login`` (BEFORE UPDATE OF user_id): a terminated employee
  record getting a login (IT's Create login… for their number links it so).

A superuser loading or repairing data is not a DICEL login and is not asked, as
everywhere. Someone who comes back is hired again: a new employee record, and their
login linked to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import SEARCH_PATH, execute_sql

revision: str = "0054"
down_revision: str | None = "0053"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: A DICEL login is at work (not a superuser loading or repairing data).
_DICEL_SESSION = "EXISTS (SELECT FROM public.users u WHERE u.email = session_user)"

FUNCTION = f"""
CREATE FUNCTION public.dicel_refuse_leavers_login() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SEARCH_PATH}
AS $$
DECLARE
    v_number text;
BEGIN
    IF NOT {_DICEL_SESSION} THEN
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'users' THEN
        SELECT e.employee_number INTO v_number
          FROM public.employees e
         WHERE e.user_id = NEW.id AND e.status = 'terminated'
         LIMIT 1;
    ELSIF NEW.status = 'terminated' AND NEW.user_id IS NOT NULL THEN
        v_number := NEW.employee_number;
    END IF;
    IF v_number IS NOT NULL THEN
        RAISE EXCEPTION 'the login of an employee who has left stays inactive'
            USING ERRCODE = 'DU016',
                  DETAIL = json_build_object('employee', v_number)::text;
    END IF;
    RETURN NEW;
END
$$"""

TRIGGERS = (
    (
        "users_leaver_stays_inactive",
        "users",
        "BEFORE UPDATE OF is_active ON public.users FOR EACH ROW"
        " WHEN (coalesce(NEW.is_active, true) AND NOT coalesce(OLD.is_active, true))",
    ),
    (
        "employees_leaver_has_no_login",
        "employees",
        "BEFORE UPDATE OF user_id ON public.employees FOR EACH ROW"
        " WHEN (NEW.user_id IS NOT NULL AND NEW.user_id IS DISTINCT FROM OLD.user_id)",
    ),
)


def upgrade() -> None:
    execute_sql(FUNCTION)
    execute_sql("ALTER FUNCTION public.dicel_refuse_leavers_login() OWNER TO dicel_owner")
    execute_sql("REVOKE ALL ON FUNCTION public.dicel_refuse_leavers_login() FROM PUBLIC")
    for name, _table, when in TRIGGERS:
        execute_sql(
            f"CREATE TRIGGER {name} {when} EXECUTE FUNCTION public.dicel_refuse_leavers_login()"
        )


def downgrade() -> None:
    for name, table, _when in reversed(TRIGGERS):
        execute_sql(f"DROP TRIGGER {name} ON public.{table}")
    execute_sql("DROP FUNCTION public.dicel_refuse_leavers_login()")
