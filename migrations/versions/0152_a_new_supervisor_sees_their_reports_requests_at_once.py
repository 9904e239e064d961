"""A new supervisor sees their report's pending leave at once, and the former one stops
seeing it (0151's left item).

Revision ID: 0152
Revises: 0151
Create Date: 2026-12-07

A pending leave request waits for its employee's supervisor as the employees record
names them now (``dicel_waiting_for_me``, ``dicel_may_decide_leave``). When HR gives an
employee another supervisor, nothing of the request changes, so no ``NOTIFY dicel_work``
named it: the new supervisor's Waiting for me learned of it at its next full read, and
the former supervisor's kept offering a decision the database then refused.

* ``dicel_notify_own_work()``, an AFTER trigger function (dicel_owner's, SECURITY
  DEFINER: it reads the employee's requests whoever changed the record), sends for each
  pending leave request of the employee the notification a change of that request sends
  (0015's shape: ``{"table": "leave_requests", "id": ..., "operation": "UPDATE"}``, ids
  only), so each listening client reads it again under its own rights: it comes to the
  new supervisor's list and goes from the former's.
* On ``employees`` (``employees_supervisor_notifies_work``, AFTER UPDATE OF
  supervisor_id, when it changed).

A downgrade drops the trigger and the function.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import DEFINER, create_owned_function, execute_sql

revision: str = "0152"
down_revision: str | None = "0151"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOTIFY_OWN_SIGNATURE = "public.dicel_notify_own_work()"
NOTIFY_OWN = f"""
CREATE FUNCTION {NOTIFY_OWN_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
BEGIN
    -- Migration 0152: the employee's supervisor changed; who their pending requests
    -- wait for changed with it: say so as a change of each would. Ids only (0015):
    -- whoever receives this reads the request again under their rights.
    PERFORM pg_notify('dicel_work', json_build_object(
                'table', 'leave_requests', 'id', r.id, 'operation', 'UPDATE')::text)
       FROM public.leave_requests AS r
      WHERE r.employee_id = NEW.id AND r.status = 'pending';
    RETURN NULL;
END
$$"""

TRIGGER = "employees_supervisor_notifies_work"


def upgrade() -> None:
    create_owned_function(NOTIFY_OWN, NOTIFY_OWN_SIGNATURE)
    execute_sql(
        f"CREATE TRIGGER {TRIGGER} AFTER UPDATE OF supervisor_id ON public.employees"
        " FOR EACH ROW WHEN (OLD.supervisor_id IS DISTINCT FROM NEW.supervisor_id)"
        f" EXECUTE FUNCTION {NOTIFY_OWN_SIGNATURE}"
    )


def downgrade() -> None:
    execute_sql(f"DROP TRIGGER {TRIGGER} ON public.employees")
    execute_sql(f"DROP FUNCTION {NOTIFY_OWN_SIGNATURE}")
