"""Runs of payroll insert their pay period one at a time.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-04

``payroll_periods`` keeps runs of overlapping months apart with an exclusion constraint.
Three or more runs of one month at once could deadlock on it: each inserts its period,
finds the first run's uncommitted row and waits for it; when the first commits, the
others wake to find each other's rows and wait on each other. PostgreSQL then aborts one
with a deadlock (40P01), which ``dicel_run_payroll`` does not turn into "already run by
...", so that person was told to try again. ``payroll_periods_one_at_a_time`` (BEFORE
INSERT) takes a transaction-level advisory lock first: a second run waits there until the
first ends, then its insert meets the committed period and is told who ran it
(``DW321``), as with two runs. The lock is held to the end of the transaction; a run is a
few hundred rows, and runs are rare.
"""

from collections.abc import Sequence

from dicel_desktop.db.migrate import create_owned_function, execute_sql

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The first key of the advisory lock ("PP"), beside leave's "LV" (migration 0012).
_LOCK_SPACE = 0x5050
SIGNATURE = "dicel_payroll_periods_one_at_a_time()"

ONE_AT_A_TIME = f"""
CREATE FUNCTION public.{SIGNATURE} RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    PERFORM pg_catalog.pg_advisory_xact_lock({_LOCK_SPACE}, 0);
    RETURN NEW;
END
$$"""


def upgrade() -> None:
    create_owned_function(ONE_AT_A_TIME, SIGNATURE)
    execute_sql(
        "CREATE TRIGGER payroll_periods_one_at_a_time BEFORE INSERT ON public.payroll_periods"
        f" FOR EACH ROW EXECUTE FUNCTION public.{SIGNATURE}"
    )


def downgrade() -> None:
    execute_sql("DROP TRIGGER IF EXISTS payroll_periods_one_at_a_time ON public.payroll_periods")
    execute_sql(f"DROP FUNCTION IF EXISTS public.{SIGNATURE}")
