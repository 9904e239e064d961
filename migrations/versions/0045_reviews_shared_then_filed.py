"""Performance reviews move by steps: written as drafts, shared, signed, filed.

Revision ID: 0045
Revises: 0044
Create Date: 2026-12-10

A review's state was written by no role and moved by no function: HR wrote a review
and it stayed a ``draft`` for good, while the employee it is about read it as it was
being written (row security showed a person all their own reviews).

* The steps, declared in ``dicel_desktop/domain/case_flows.py`` and made by
  ``dicel_desktop/db/case_functions.py`` as for tickets (migration 0011), HR and admin
  taking them: share with the employee (draft to submitted; the review's lock of
  migration 0007 then freezes what it says), take back to draft (submitted, before the
  employee signed), mark acknowledged (submitted: the employee read and signed it),
  complete (acknowledged). SECURITY DEFINER functions ``dicel_<action>_performance_review
  (review_id uuid)``, owned by dicel_owner; EXECUTE from the permission table
  (sync-grants, after the upgrade).
* The employee the review is about acknowledges it themselves (the flow's ``subject``,
  as the requester of an IT ticket closes it): ``dicel_acknowledge_performance_review``
  is everyone's to call and moves a submitted review for HR, admin, or that employee;
  the policy ``performance_reviews_requester_steps`` lets the function (dicel_owner,
  under forced row security) update it for them. HR records the signature of an
  employee without a login.
* Nobody moves a review of themselves otherwise: the trigger of migration 0028 (DW006)
  refuses any change of one's own review, its state included, except this one
  (submitted to acknowledged, nothing else changed).
* A completed review is filed as it is: the final-state trigger of migration 0035
  (DW405) refuses changing or deleting it.
* The employee sees their own review once it is shared, not while it is a draft: the
  read policy of migration 0003 gains ``status IS DISTINCT FROM 'draft'`` on its first
  arm (a supervisor still reads their team's drafts; HR and admin read all).

Made from the declaration as it is when this migration runs, for this table only;
tests/security/test_case_steps.py compares the database with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.case_functions import final_trigger, flow_creation, flow_removal
from dicel_desktop.db.migrate import execute_sql

revision: str = "0045"
down_revision: str | None = "0044"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "performance_reviews"

#: The states no step leads out of, written out as they were when this revision was
#: made (tests/security/test_catalog.py holds them equal to the flow's).
FINAL_STATES = ("completed",)

_OWN = "employee_id = (SELECT public.dicel_current_employee_id())"
_OTHERS = (
    "employee_id = ANY ((SELECT public.dicel_direct_report_ids())::uuid[])"
    " OR (SELECT public.dicel_has_role('hr')) OR (SELECT public.dicel_has_role('admin'))"
)
#: The read policy of migration 0003, and as this revision makes it.
READ_BEFORE = f"{_OWN} OR {_OTHERS}"
READ_AFTER = f"({_OWN} AND status IS DISTINCT FROM 'draft') OR {_OTHERS}"

#: Migration 0028's trigger refusing a change of one's own review: "a change of what it
#: says, not the stamps of an update that changed nothing".
_OWN_CHANGE = "performance_reviews_no_own_review_change"
_CHANGED = (
    "(to_jsonb(OLD) - 'updated_at' - 'updated_by')"
    " IS DISTINCT FROM (to_jsonb(NEW) - 'updated_at' - 'updated_by')"
)
#: ... and the one change the employee makes to their own review: acknowledging it.
_ACKNOWLEDGED = (
    "OLD.status = 'submitted' AND NEW.status = 'acknowledged'"
    " AND (to_jsonb(OLD) - 'updated_at' - 'updated_by' - 'status')"
    " = (to_jsonb(NEW) - 'updated_at' - 'updated_by' - 'status')"
)


def _own_change_trigger(when: str) -> str:
    return (
        f"CREATE TRIGGER {_OWN_CHANGE} BEFORE UPDATE ON public.{TABLE} FOR EACH ROW"
        f" WHEN ({when}) EXECUTE FUNCTION public.dicel_refuse_own_review()"
    )


def upgrade() -> None:
    for statement in flow_creation((TABLE,), given_text=False, decided=False):
        execute_sql(statement)
    execute_sql(final_trigger(TABLE, FINAL_STATES))
    execute_sql(f"ALTER POLICY {TABLE}_read ON public.{TABLE} USING ({READ_AFTER})")
    execute_sql(f"DROP TRIGGER {_OWN_CHANGE} ON public.{TABLE}")
    execute_sql(_own_change_trigger(f"{_CHANGED} AND NOT ({_ACKNOWLEDGED})"))


def downgrade() -> None:
    execute_sql(f"DROP TRIGGER {_OWN_CHANGE} ON public.{TABLE}")
    execute_sql(_own_change_trigger(_CHANGED))
    execute_sql(f"ALTER POLICY {TABLE}_read ON public.{TABLE} USING ({READ_BEFORE})")
    execute_sql(f"DROP TRIGGER {TABLE}_final ON public.{TABLE}")
    for statement in flow_removal((TABLE,)):
        execute_sql(statement)
