"""Row security's helpers keep their plans for the session.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04

Every policy that names the caller calls ``dicel_current_user_id()``,
``dicel_current_employee_id()`` or ``dicel_direct_report_ids()`` (migration 0003). As
``LANGUAGE sql`` functions that cannot be inlined (SECURITY DEFINER), PostgreSQL before
18 parses and plans their query again in every statement that calls them: a read of one
leave request by id cost six times a ``SELECT 1``, most of it planning these three. As
plpgsql functions with the same queries, rights and settings, they plan once per session
and only execute afterwards. What they return is unchanged (the security suite checks
it); downgrade restores the sql functions.
"""

from collections.abc import Sequence

from dicel_desktop.db.migrate import execute_sql

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SETTINGS = "STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"

#: (name, return type, query): each helper is this query, in plpgsql or in sql.
HELPERS: list[tuple[str, str, str]] = [
    (
        "dicel_current_user_id",
        "uuid",
        # A deactivated user's open sessions lose their own rows at once.
        "SELECT u.id FROM public.users u"
        " WHERE u.email = session_user AND coalesce(u.is_active, true)",
    ),
    (
        "dicel_current_employee_id",
        "uuid",
        "SELECT e.id FROM public.employees e WHERE e.user_id = public.dicel_current_user_id()",
    ),
    (
        "dicel_direct_report_ids",
        "uuid[]",
        # An array, so that a policy evaluates it once and matches rows by index.
        "SELECT coalesce(array_agg(r.id), '{}') FROM public.employees r"
        " WHERE r.supervisor_id = public.dicel_current_employee_id()",
    ),
]


def _replace(name: str, returns: str, query: str, *, language: str) -> str:
    body = f"BEGIN RETURN ({query}); END" if language == "plpgsql" else query
    return (
        f"CREATE OR REPLACE FUNCTION public.{name}() RETURNS {returns}"
        f" LANGUAGE {language} {_SETTINGS} AS $$ {body} $$"
    )


def upgrade() -> None:
    for name, returns, query in HELPERS:
        execute_sql(_replace(name, returns, query, language="plpgsql"))


def downgrade() -> None:
    for name, returns, query in HELPERS:
        execute_sql(_replace(name, returns, query, language="sql"))
