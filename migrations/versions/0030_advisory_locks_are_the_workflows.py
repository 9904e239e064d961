"""Advisory locks are the workflow functions' alone.

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-04

Leave requests and decisions take a transaction-level advisory lock per employee
(migration 0012) and payroll runs one on a fixed key (0024), so that two of them wait for
each other instead of both passing a check. The keys are no secret, and every login may
call ``pg_advisory_lock``: stop 19's psql review held those keys from an employee's
session, and every leave request, leave decision and payroll run of the company then
waited for as long as that session stayed open.

The advisory-lock functions are taken from PUBLIC and given to the owner of the workflow
functions, which run as their owner (SECURITY DEFINER) and take the locks inside them.
Only a superuser may change the privileges of PostgreSQL's own functions: run as
another migration owner, this revision says so in a warning and changes nothing, and
running it again as a superuser (``dicel-admin migrate`` after ``alembic downgrade
0029``) applies it.
"""

from collections.abc import Sequence

from dicel_desktop.db.migrate import execute_sql
from dicel_desktop.domain.roles import OWNER_ROLE

revision: str = "0030"
down_revision: str | None = "0029"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Every advisory-lock function that takes or waits for a lock (the unlock functions
#: release only the caller's own locks and stay public).
LOCKS = tuple(
    f"pg_catalog.{name}({args})"
    for name in (
        "pg_advisory_lock",
        "pg_advisory_lock_shared",
        "pg_advisory_xact_lock",
        "pg_advisory_xact_lock_shared",
        "pg_try_advisory_lock",
        "pg_try_advisory_lock_shared",
        "pg_try_advisory_xact_lock",
        "pg_try_advisory_xact_lock_shared",
    )
    for args in ("bigint", "integer, integer")
)


def _privileges(grant: bool) -> str:
    statements = "\n".join(
        (
            f"GRANT EXECUTE ON FUNCTION {f} TO PUBLIC;"
            f" REVOKE EXECUTE ON FUNCTION {f} FROM {OWNER_ROLE};"
            if grant
            else f"REVOKE EXECUTE ON FUNCTION {f} FROM PUBLIC;"
            f" GRANT EXECUTE ON FUNCTION {f} TO {OWNER_ROLE};"
        )
        for f in LOCKS
    )
    return f"""
DO $$
BEGIN
    IF NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
        RAISE WARNING 'advisory locks left to every login: run this migration as a superuser';
        RETURN;
    END IF;
    {statements}
END
$$"""


def upgrade() -> None:
    execute_sql(_privileges(grant=False))


def downgrade() -> None:
    execute_sql(_privileges(grant=True))
