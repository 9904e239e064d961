"""Migration 0090, as real logins: who counts leave (DW118's ``who`` and ``when``) is read
by one small function of a role of its own (``dicel_stats_reader``, holding
``pg_read_all_stats``), not by dicel_owner, which owns every table and definer function
and so read every session's query text (0088's grant); and where the server cannot say
since when, the refusal says whose session without "since" (the review: "since : the
holiday was not changed").
"""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
from leave_team import Team, make_team, week
from logins import open_logins
from test_holidays_wait_for_no_login import _ADD_HOLIDAY, _FILE, _holidays, _Later

from dicel_desktop.db.grants import STATS_READER_ROLE
from dicel_desktop.domain.roles import OWNER_ROLE
from dicel_desktop.services import db_errors

_COUNTED_BY = "public.dicel_leave_counted_by()"


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


def test_only_the_stats_reader_reads_sessions_and_only_for_the_holidays(team: Team):
    with team.su() as conn:
        members = {
            role
            for (role,) in conn.execute(
                "SELECT m.rolname::text FROM pg_auth_members a"
                " JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member"
                " WHERE r.rolname = 'pg_read_all_stats'"
            )
        }
        owner, config, definer, reader_login = conn.execute(
            "SELECT pg_get_userbyid(p.proowner)::text, p.proconfig, p.prosecdef,"
            "       (SELECT rolcanlogin FROM pg_roles WHERE rolname = %s)"
            f" FROM pg_proc p WHERE p.oid = '{_COUNTED_BY}'::regprocedure",
            (STATS_READER_ROLE,),
        ).fetchone()
        owned = conn.execute(
            "SELECT count(*) FROM pg_shdepend d JOIN pg_roles r ON r.oid = d.refobjid"
            " WHERE d.refclassid = 'pg_authid'::regclass AND d.deptype = 'o'"
            " AND r.rolname = %s AND d.dbid = (SELECT oid FROM pg_database"
            "                                   WHERE datname = current_database())",
            (STATS_READER_ROLE,),
        ).fetchone()[0]
        callers = {
            role
            for (role,) in conn.execute(
                "SELECT r.rolname::text FROM pg_roles r"
                f" WHERE has_function_privilege(r.oid, '{_COUNTED_BY}', 'EXECUTE')"
                " AND NOT r.rolsuper"
            )
        }
    assert OWNER_ROLE not in members
    assert STATS_READER_ROLE in members
    assert (owner, definer, reader_login) == (STATS_READER_ROLE, True, False)
    assert config == ["search_path=pg_catalog, pg_temp"]
    # The function, and 0138's dicel_session_started (a login stamped once): nothing else.
    assert owned == 2
    # dicel_owner (the hold function's owner) and the function's owner: nobody else.
    assert {r for r in callers if not r.startswith("pg_")} == {OWNER_ROLE, STATS_READER_ROLE}
    # A person asks in vain.
    with team.psql(team.hr) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(f"SELECT * FROM {_COUNTED_BY}")


def _stats_holders(conn: psycopg.Connection) -> list[str]:
    return [
        role
        for (role,) in conn.execute(
            "SELECT rolname::text FROM pg_roles WHERE rolname = ANY(%s)"
            " AND pg_has_role(rolname, 'pg_read_all_stats', 'MEMBER')",
            ([OWNER_ROLE, STATS_READER_ROLE],),
        )
    ]


def test_a_refusal_that_cannot_say_since_when_says_whose_session(team: Team):
    """As where the migration was not run by a superuser: nobody reads the sessions'
    start, the DETAIL's ``when`` is null, and the sentence leaves "since" out."""
    monday, friday = week(6)
    wednesday = monday + dt.timedelta(days=2)
    with team.su() as su:
        holders = _stats_holders(su)
        for role in holders:
            su.execute(f"REVOKE pg_read_all_stats FROM {role}")
    try:
        holder = team.psql(team.clerk)
        holder.execute("SET idle_in_transaction_session_timeout = 0")
        holder.execute(_FILE, (monday, friday))
        hr = _Later(team, team.hr, _ADD_HOLIDAY, (wednesday,))
        try:
            hr.started(team)
        finally:
            holder.rollback()
            holder.close()
            hr.thread.join()
    finally:
        with team.su() as su:
            for role in holders:
                su.execute(f"GRANT pg_read_all_stats TO {role}")
    assert hr.error is not None and hr.error.sqlstate == "DW118", hr.error
    said = db_errors.explain(hr.error)
    assert said.code == "holiday_waits_for_leave_counting_now"
    assert said.params["when"] == ""
    assert said.message.startswith("Leave counting is open in Aline ")
    assert "since" not in said.message
    assert "the holiday was not changed" in said.message
    assert _holidays(team) == []
