"""A supervisor going away, or coming back, reaches the inbox at once (card40, away40's
left item).

Revision ID: 0151
Revises: 0150
Create Date: 2026-12-07

Since 0150 a pending request waits for HR too while its employee's supervisor is away
(``dicel_employee_away_until``: marked ``on_leave``, or on approved leave covering the
company's day). Nothing of the request changes when its supervisor goes away, so no
``NOTIFY dicel_work`` named it, and HR's Waiting for me learned it only at its next full
read (login, polling, many changes).

* ``dicel_notify_team_work()``, an AFTER trigger function (dicel_owner's, SECURITY
  DEFINER: it reads the team's requests whoever changed the supervisor's record), sends
  for each pending request of the supervisor's direct reports the notification a change
  of that request sends (0015's shape: ``{"table": "leave_requests", "id": ...,
  "operation": "UPDATE"}``, ids only), so each listening client reads it again under its
  own rights and the away words come or go.
* On ``employees`` (``employees_away_notifies_team``, AFTER UPDATE OF status): when the
  status goes to or from ``on_leave``.
* On ``leave_requests`` (``leave_requests_away_notifies_team``, AFTER INSERT, DELETE or
  UPDATE OF status, start_date, end_date): when an approved leave starts or stops
  covering the company's day through that change (approved on its first day, cancelled
  or ended early while taken, loaded approved by a superuser).

Not covered: the day turning (an approved leave that begins tomorrow morning, or ends
tonight), which no statement marks; the inbox learns it at its next full read.

A downgrade drops both triggers and the function.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import DEFINER, create_owned_function, execute_sql

revision: str = "0151"
down_revision: str | None = "0150"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOTIFY_TEAM_SIGNATURE = "public.dicel_notify_team_work()"
NOTIFY_TEAM = f"""
CREATE FUNCTION {NOTIFY_TEAM_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_supervisor uuid;
    v_today date;
    v_was boolean := false;
    v_is boolean := false;
BEGIN
    -- Migration 0151: whether a supervisor is away (0150) changed; their team's pending
    -- requests now wait for HR too, or no longer: say so as a change of each would.
    IF TG_TABLE_NAME = 'employees' THEN
        v_supervisor := NEW.id;  -- the trigger's WHEN: to or from on_leave
    ELSE
        v_today := public.dicel_company_day();
        IF TG_OP <> 'INSERT' THEN
            v_was := OLD.status = 'approved' AND OLD.start_date <= v_today
                     AND OLD.end_date >= v_today;
        END IF;
        IF TG_OP <> 'DELETE' THEN
            v_is := NEW.status = 'approved' AND NEW.start_date <= v_today
                    AND NEW.end_date >= v_today;
        END IF;
        IF coalesce(v_was, false) = coalesce(v_is, false) THEN
            RETURN NULL;
        END IF;
        v_supervisor := CASE WHEN TG_OP = 'DELETE' THEN OLD.employee_id ELSE NEW.employee_id END;
    END IF;
    -- Ids only (0015): whoever receives this reads the request again under their rights.
    PERFORM pg_notify('dicel_work', json_build_object(
                'table', 'leave_requests', 'id', r.id, 'operation', 'UPDATE')::text)
       FROM public.leave_requests AS r
       JOIN public.employees AS e ON e.id = r.employee_id
      WHERE e.supervisor_id = v_supervisor AND r.status = 'pending';
    RETURN NULL;
END
$$"""

EMPLOYEES_TRIGGER = "employees_away_notifies_team"
LEAVE_TRIGGER = "leave_requests_away_notifies_team"


def upgrade() -> None:
    create_owned_function(NOTIFY_TEAM, NOTIFY_TEAM_SIGNATURE)
    execute_sql(
        f"CREATE TRIGGER {EMPLOYEES_TRIGGER} AFTER UPDATE OF status ON public.employees"
        " FOR EACH ROW WHEN ((OLD.status IS NOT DISTINCT FROM 'on_leave')"
        " <> (NEW.status IS NOT DISTINCT FROM 'on_leave'))"
        f" EXECUTE FUNCTION {NOTIFY_TEAM_SIGNATURE}"
    )
    execute_sql(
        f"CREATE TRIGGER {LEAVE_TRIGGER}"
        " AFTER INSERT OR DELETE OR UPDATE OF status, start_date, end_date"
        " ON public.leave_requests FOR EACH ROW"
        f" EXECUTE FUNCTION {NOTIFY_TEAM_SIGNATURE}"
    )
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    execute_sql(f"DROP TRIGGER {LEAVE_TRIGGER} ON public.leave_requests")
    execute_sql(f"DROP TRIGGER {EMPLOYEES_TRIGGER} ON public.employees")
    execute_sql(f"DROP FUNCTION {NOTIFY_TEAM_SIGNATURE}")
