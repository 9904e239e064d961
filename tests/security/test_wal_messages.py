"""No login writes messages into the write-ahead log (migration 0043).

Noted in a psql review: ``pg_logical_emit_message`` is PUBLIC's by default and writes any
amount into the WAL, which archiving and replicas keep: a login could fill the server's
disks. No DICEL role needs it.
"""

from __future__ import annotations

import pytest
from security_world import World, attempt

EMITTERS = [
    "SELECT pg_logical_emit_message(false, 'dicel', 'x')",
    "SELECT pg_logical_emit_message(true, 'dicel', '\\x00ff'::bytea)",
]
ROLES = ["employee", "hr", "finance", "it", "admin"]


@pytest.mark.parametrize("statement", EMITTERS)
@pytest.mark.parametrize("role", ROLES)
def test_no_login_writes_into_the_wal(world: World, role: str, statement: str):
    outcome = attempt(world.connect(role), statement)
    assert outcome.denied, (role, statement, outcome)


def test_every_overload_is_taken_from_public(world: World):
    conn = world.connect_superuser()
    granted = conn.execute(
        "SELECT p.oid::regprocedure::text FROM pg_proc p"
        " WHERE p.proname = 'pg_logical_emit_message'"
        "   AND has_function_privilege('public', p.oid, 'EXECUTE')"
    ).fetchall()
    assert granted == []
    assert (
        conn.execute(
            "SELECT count(*) FROM pg_proc WHERE proname = 'pg_logical_emit_message'"
        ).fetchone()[0]
        >= 2
    )
