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
  (sync-grants, after the upgrade). Nobody moves a review of themselves: the trigger of
  migration 0028 (DW006) refuses any change of one's own review, its state included.
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

from alembic import op

from dicel_desktop.db.case_functions import function_definitions

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


def _execute(statement: str) -> None:
    # Straight to psycopg: SQLAlchemy's text() would take ':' and '%' in bodies for binds.
    op.get_bind().connection.driver_connection.execute(statement)


def upgrade() -> None:
    for function in function_definitions((TABLE,)):
        _execute(function.create)
        _execute(f"ALTER FUNCTION {function.signature} OWNER TO dicel_owner")
        _execute(f"REVOKE ALL ON FUNCTION {function.signature} FROM PUBLIC")
    _execute(
        f"CREATE TRIGGER {TABLE}_final BEFORE UPDATE OR DELETE ON public.{TABLE}"
        f" FOR EACH ROW EXECUTE FUNCTION public.dicel_refuse_final_change("
        f"'status', '{{{','.join(FINAL_STATES)}}}')"
    )
    _execute(f"ALTER POLICY {TABLE}_read ON public.{TABLE} USING ({READ_AFTER})")


def downgrade() -> None:
    _execute(f"ALTER POLICY {TABLE}_read ON public.{TABLE} USING ({READ_BEFORE})")
    _execute(f"DROP TRIGGER {TABLE}_final ON public.{TABLE}")
    for function in reversed(function_definitions((TABLE,))):
        _execute(f"DROP FUNCTION IF EXISTS {function.signature}")
