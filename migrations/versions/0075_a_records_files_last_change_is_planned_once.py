"""A record's files' last change is planned once per session, not at every decision.

Revision ID: 0075
Revises: 0074
Create Date: 2026-12-05

``dicel_files_changed_at(table, id)`` (migration 0064) was a SQL function: not inlined (it
is SECURITY DEFINER with its own search_path), so PostgreSQL planned its query again at
every call, twice in each of the four decisions on what was shown and once per row of the
inbox's listings. The leave decision's round trip grew from 0.91 to 1.11 ms with it
(1.84x to 2.19x the raw conditional UPDATE; issue 10's target is 2x). As PL/pgSQL the
same query is prepared once per session and its plan kept, as migration 0016 did for the
listings. Same signature, owner, grants and answer; a downgrade gives the SQL body back.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import as_plpgsql, earlier_revision, execute_sql, or_replace

revision: str = "0075"
down_revision: str | None = "0074"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0064 = earlier_revision("0064_a_records_files_are_part_of_what_was_shown")
_QUERY_START = "    SELECT max(l.created_at)"


def _as_plpgsql() -> str:
    return as_plpgsql(or_replace(_0064.FILES_CHANGED_AT), _QUERY_START, "0075")


def upgrade() -> None:
    execute_sql(_as_plpgsql())


def downgrade() -> None:
    execute_sql(or_replace(_0064.FILES_CHANGED_AT))
