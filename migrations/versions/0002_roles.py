"""Group roles, the owner role, and PUBLIC stripped of every right.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Roles are cluster-wide, so they are created only when missing and never dropped by a
downgrade while logins may still be members (one DICEL database per cluster).
"""

from collections.abc import Sequence

from alembic import op

from dicel_desktop.domain.roles import BASE_GROUP_ROLE, OWNER_ROLE, Role

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _create_role(name: str) -> None:
    op.execute(
        f"""
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') THEN
                CREATE ROLE {name} NOLOGIN;
            END IF;
        END
        $$"""
    )


def upgrade() -> None:
    _create_role(OWNER_ROLE)
    _create_role(BASE_GROUP_ROLE)
    for role in Role:
        _create_role(role.group_role)
        op.execute(f"GRANT {BASE_GROUP_ROLE} TO {role.group_role}")

    # PUBLIC gets nothing: no CREATE in the schema, no EXECUTE on functions made from now on.
    op.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")
    op.execute("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC")
    op.execute("ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC")
    op.execute(
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER_ROLE} REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC"
    )
    op.execute("REVOKE ALL ON DATABASE " + _db() + " FROM PUBLIC")
    op.execute(f"GRANT CONNECT, TEMPORARY ON DATABASE {_db()} TO {BASE_GROUP_ROLE}")
    op.execute(f"GRANT USAGE ON SCHEMA public TO {BASE_GROUP_ROLE}")
    # Every login may read the schema revision, to compare it with its own (ARCHITECTURE 4b).
    op.execute(f"GRANT SELECT ON alembic_version TO {BASE_GROUP_ROLE}")


def downgrade() -> None:
    op.execute(f"REVOKE SELECT ON alembic_version FROM {BASE_GROUP_ROLE}")
    op.execute(f"REVOKE USAGE ON SCHEMA public FROM {BASE_GROUP_ROLE}")
    op.execute(f"REVOKE CONNECT, TEMPORARY ON DATABASE {_db()} FROM {BASE_GROUP_ROLE}")
    op.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + _db() + " TO PUBLIC")
    op.execute("GRANT USAGE ON SCHEMA public TO PUBLIC")
    op.execute(
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER_ROLE} GRANT EXECUTE ON FUNCTIONS TO PUBLIC"
    )
    op.execute("ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO PUBLIC")


def _db() -> str:
    # quote_ident: test databases and sites may use names that need quoting.
    return op.get_bind().exec_driver_sql("SELECT quote_ident(current_database())").scalar_one()
