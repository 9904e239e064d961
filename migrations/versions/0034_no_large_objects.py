"""No login creates large objects.

Revision ID: 0034
Revises: 0033
Create Date: 2026-12-05

DICEL keeps no data in large objects (documents are files beside the record, their
metadata rows), yet every login could create them: ``lo_creat``, ``lo_create`` and
``lo_from_bytea`` are PUBLIC's by default, and a large object is written outside every
table, grant, row rule and audit entry of the schema. Stop 19's psql review noted it: an
employee may store any amount of data in the company's database, unseen, until its disk
is full.

Those three functions (the only ways to make one; ``lo_import`` on the server is the
superuser's already, and a client's import goes through ``lo_creat``) are taken from
PUBLIC. Nothing else is granted in their place: no DICEL role needs them. As with
migration 0030, only a superuser may change PostgreSQL's own functions: run as another
migration owner, this revision warns and changes nothing.
"""

from collections.abc import Sequence

from dicel_desktop.db.migrate import execute_sql

revision: str = "0034"
down_revision: str | None = "0033"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Every function that makes a new large object.
CREATORS = (
    "pg_catalog.lo_creat(integer)",
    "pg_catalog.lo_create(oid)",
    "pg_catalog.lo_from_bytea(oid, bytea)",
)


def _privileges(grant: bool) -> str:
    statements = "\n".join(
        f"GRANT EXECUTE ON FUNCTION {f} TO PUBLIC;"
        if grant
        else f"REVOKE EXECUTE ON FUNCTION {f} FROM PUBLIC;"
        for f in CREATORS
    )
    return f"""
DO $$
BEGIN
    IF NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
        RAISE WARNING 'large objects left to every login: run this migration as a superuser';
        RETURN;
    END IF;
    {statements}
END
$$"""


def upgrade() -> None:
    execute_sql(_privileges(grant=False))


def downgrade() -> None:
    execute_sql(_privileges(grant=True))
