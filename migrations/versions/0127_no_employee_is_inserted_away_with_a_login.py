"""No employee is inserted already suspended or terminated with a login attached.

Revision ID: 0127
Revises: 0126
Create Date: 2026-12-06

Found in review (fix35): DU018 (no login is linked to a suspended employee, migration
0122) and DU016 (nor to a terminated one, migration 0054) are asked by the trigger
``employees_leaver_has_no_login``, which fires on ``UPDATE OF user_id`` only: a row
*inserted* already suspended (or terminated) with ``user_id`` set went in, and its login
stayed active for someone whose access HR had cut. Today no DICEL login may give
``status`` or ``user_id`` on an insert (both are function-only columns: HR's INSERT is
refused for its grants, 42501), so the hole was open only to a future grant or a SECURITY
DEFINER function inserting employees (a hiring step). The rule is the row's, not the
grant's: it now holds on every path.

A second trigger, ``employees_away_inserted_without_login`` (BEFORE INSERT, WHEN the row
has a login and is suspended or terminated), calls the same function,
``dicel_refuse_leavers_login()`` (unchanged, frozen here by its signature), whose
employees branch reads only NEW: DU018 for a suspended row, DU016 for a terminated one,
DETAIL ``employee`` (their number, already given by the column default), the same
sentences as Create login… meets. A superuser loading or repairing data is not asked,
as everywhere. The downgrade drops the trigger.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import execute_sql

revision: str = "0127"
down_revision: str | None = "0126"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it (both
#: registered by the revisions that made them: 0054, 0122).
REFUSALS = {
    "DU016": ("a login linked to a terminated employee", ("employee",)),
    "DU018": ("a login linked to a suspended employee", ("employee",)),
}

#: The function 0054 made and 0121, 0122 changed: its employees branch reads NEW only,
#: so it serves an INSERT trigger as it is.
LEAVERS_SIGNATURE = "public.dicel_refuse_leavers_login()"
TRIGGER = "employees_away_inserted_without_login"
TRIGGER_SQL = (
    f"CREATE TRIGGER {TRIGGER} BEFORE INSERT ON public.employees FOR EACH ROW"
    " WHEN (NEW.user_id IS NOT NULL AND NEW.status IN ('suspended', 'terminated'))"
    f" EXECUTE FUNCTION {LEAVERS_SIGNATURE}"
)


def upgrade() -> None:
    execute_sql(TRIGGER_SQL)


def downgrade() -> None:
    execute_sql(f"DROP TRIGGER {TRIGGER} ON public.employees")
