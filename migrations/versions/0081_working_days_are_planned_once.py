"""Working days are counted on a plan kept for the session, not planned at every call.

Revision ID: 0081
Revises: 0080
Create Date: 2026-12-05

``dicel_working_days(start, end)`` (migration 0012) was a SQL function: not inlined (it is
SECURITY DEFINER with its own search_path, and pinned to the company's time zone since
0069), so PostgreSQL planned its query again at every call. Migration 0076 made every
approval count the days again (a holiday may have moved since the filing), and the leave
decision's round trip grew from 0.91 to 1.07 ms (1.7x to 1.95x the raw conditional UPDATE
with its audit row; issue 10's target is 2x). As PL/pgSQL the same query is prepared once
per session and its plan kept, as 0075 did for ``dicel_files_changed_at``. Same signature,
owner, grants and answer; a downgrade gives the SQL body back.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import earlier_function, earlier_revision, execute_sql, replaced

revision: str = "0081"
down_revision: str | None = "0080"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0012 = earlier_revision("0012_leave")
SIGNATURE = "dicel_working_days(date, date)"
_QUERY_START = "    SELECT count(*)::integer"


def _as_sql() -> str:
    return earlier_function(_0012, SIGNATURE)


def _as_plpgsql() -> str:
    sql = replaced(_as_sql(), "LANGUAGE sql STABLE", "LANGUAGE plpgsql STABLE")
    head, query = sql.split(_QUERY_START)
    query, tail = query.rsplit("\n$$", 1)
    return (
        head
        + "BEGIN\n    -- PL/pgSQL: the query is planned once per session (migration 0081).\n"
        + "    RETURN ("
        + _QUERY_START.strip()
        + query.replace("\n", "\n    ")
        + ");\nEND\n$$"
        + tail
    )


def upgrade() -> None:
    execute_sql(_as_plpgsql())


def downgrade() -> None:
    execute_sql(_as_sql())
