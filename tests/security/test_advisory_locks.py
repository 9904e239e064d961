"""Advisory locks are the workflow functions' alone (migration 0030).

Found with psql in stop 19's review: an employee holding the advisory-lock keys that
leave and payroll take stalled every leave request, leave decision and payroll run of
the company for as long as their session stayed open.
"""

from __future__ import annotations

import pytest
from security_world import World, attempt

LOCKS = [
    "SELECT pg_advisory_lock(19542, {key})",  # leave's key space (migration 0012)
    "SELECT pg_advisory_lock({key})",
    "SELECT pg_advisory_xact_lock({key})",
    "SELECT pg_try_advisory_lock(19542, {key})",
    "SELECT pg_advisory_lock_shared({key})",
]
ROLES = ["employee", "hr", "finance", "admin"]


@pytest.mark.parametrize("statement", LOCKS)
@pytest.mark.parametrize("role", ROLES)
def test_no_login_takes_an_advisory_lock(world: World, role: str, statement: str):
    conn = world.connect(role)
    # A key of this case's own: were a lock taken, no other case would wait for it.
    key = 1000 + 10 * ROLES.index(role) + LOCKS.index(statement)
    try:
        outcome = attempt(conn, statement.format(key=key))
    finally:
        attempt(conn, "SELECT pg_advisory_unlock_all()")  # everyone may let go of theirs
    assert outcome.denied, (role, statement, outcome)


def test_the_workflows_still_take_theirs(world: World):
    # A leave request takes its employee's lock inside dicel_request_leave (as its owner).
    from security_world import LEAVE_DAY

    conn = world.connect("peer")
    outcome = attempt(
        conn,
        "SELECT dicel_request_leave('annual', %s, %s, 'family visit')",
        (LEAVE_DAY, LEAVE_DAY),
    )
    assert outcome.ok, outcome
