"""The actor is the login: neither SET ROLE nor any setting a client can change alters it."""

from __future__ import annotations

import pytest
from psycopg import sql
from security_world import World, attempt


def _what_peer_sees(world: World) -> tuple:
    conn = world.connect("peer")
    return (
        attempt(conn, "SELECT public.dicel_current_user_id()").rows,
        attempt(conn, "SELECT id FROM leave_requests ORDER BY id").rows,
        attempt(conn, "SELECT id FROM payroll_records ORDER BY id").rows,
        attempt(conn, "SELECT id FROM it_support_tickets ORDER BY id").rows,
    )


def test_set_role_to_another_user_or_group_is_refused(world: World):
    conn = world.connect("peer")
    for target in (world.people["hr"].email, "dicel_hr", "dicel_admin", "dicel_owner"):
        out = attempt(conn, sql.SQL("SET ROLE {}").format(sql.Identifier(target)))
        assert out.denied, target
    assert attempt(conn, "SET SESSION AUTHORIZATION postgres").denied


def test_set_role_to_ones_own_groups_changes_no_row(world: World):
    before = _what_peer_sees(world)
    conn = world.connect("peer")
    for group in ("dicel_employee", "dicel_user"):
        conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(group)))
        try:
            assert _what_peer_sees(world) == before, group
        finally:
            conn.execute("RESET ROLE")


@pytest.mark.parametrize(
    "setting",
    [
        "dicel.user_id",
        "app.current_user",
        "app.user_id",
        "request.jwt.claim.sub",
        "dicel.role",
    ],
)
def test_no_setting_names_another_actor(world: World, setting: str):
    before = _what_peer_sees(world)
    conn = world.connect("peer")
    hr = world.people["hr"]
    for value in (str(hr.user_id), hr.email, "hr", str(hr.employee_id)):
        conn.execute(
            sql.SQL("SELECT set_config({}, {}, false)").format(
                sql.Literal(setting), sql.Literal(value)
            )
        )
        assert _what_peer_sees(world) == before, (setting, value)
    conn.execute(sql.SQL("RESET {}").format(sql.Identifier(*setting.split("."))))


def test_a_login_may_not_create_temporary_objects(world: World):
    conn = world.connect("peer")
    assert attempt(conn, "CREATE TEMP TABLE users (id uuid)").denied
    assert attempt(conn, "CREATE TEMP VIEW users AS SELECT 1 AS id").denied


def test_a_temporary_users_table_first_on_the_search_path_fools_no_helper(world: World):
    """Were TEMPORARY ever granted again, the helpers' search_path (pg_temp last) still
    finds the real users table."""
    before = _what_peer_sees(world)
    conn = world.connect("peer")
    hr = world.people["hr"]
    su = world.connect_superuser()
    grant = sql.SQL("GRANT TEMPORARY ON DATABASE {} TO {}").format(
        sql.Identifier(conn.info.dbname), sql.Identifier(world.people["peer"].email)
    )
    su.execute(grant)
    try:
        with conn.transaction(force_rollback=True):
            conn.execute(
                "CREATE TEMP TABLE users (id uuid, email text, is_active boolean) ON COMMIT DROP"
            )
            conn.execute("INSERT INTO pg_temp.users VALUES (%s, session_user, true)", (hr.user_id,))
            conn.execute("SET LOCAL search_path = pg_temp, public")
            seen = (
                tuple(conn.execute("SELECT public.dicel_current_user_id()").fetchall()),
                tuple(conn.execute("SELECT id FROM public.leave_requests ORDER BY id").fetchall()),
            )
    finally:
        su.execute(
            sql.SQL("REVOKE TEMPORARY ON DATABASE {} FROM {}").format(
                sql.Identifier(conn.info.dbname), sql.Identifier(world.people["peer"].email)
            )
        )
    assert seen == (before[0], before[1])


def test_application_name_is_only_a_label(world: World):
    before = _what_peer_sees(world)
    conn = world.connect("peer")
    conn.execute("SET application_name = 'postgres'")
    try:
        assert _what_peer_sees(world) == before
    finally:
        conn.execute("RESET application_name")
