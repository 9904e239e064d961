"""No login creates large objects (migration 0034).

Noted in stop 19's psql review: every login could make large objects, data outside every
table, grant, row rule and audit entry, in any amount. DICEL keeps none.
"""

from __future__ import annotations

import pytest
from security_world import World, attempt

CREATORS = [
    "SELECT lo_creat(-1)",
    "SELECT lo_create(0)",
    "SELECT lo_from_bytea(0, '\\x00ff'::bytea)",
]
ROLES = ["employee", "hr", "finance", "it", "admin"]


# psql's \lo_import and libpq's lo_import make the object with lo_creat over the
# fast-path interface, which checks EXECUTE as SQL does.
@pytest.mark.parametrize("statement", CREATORS)
@pytest.mark.parametrize("role", ROLES)
def test_no_login_makes_a_large_object(world: World, role: str, statement: str):
    conn = world.connect(role)
    outcome = attempt(conn, statement)
    assert outcome.denied, (role, statement, outcome)
