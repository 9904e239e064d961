"""The last administrator is the last one who can log in (migration 0153, db41, DW601):
every path that takes an administrator away (another role, a deactivation, the end or
suspension of their employment) counts only another active administrator whose login
exists, may log in and has not expired (``dicel_admin_can_log_in``, the rule a login's
expiry kept since 0148). As real logins on plain connections, as psql: an administrator
whose login expired (or was turned off outside DICEL) while their session stayed open
still reaches the functions, but does not count as the one who remains."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import text

from dicel_desktop.services import db_errors

#: What an administrator does to take another away, as psql calls it.
TAKE_AWAY = {
    "role": ("SELECT dicel_change_role(%s, 'hr')", "email"),
    "deactivate": ("SELECT dicel_deactivate_user(%s)", "email"),
    "terminate": ("SELECT dicel_terminate_employee(%s)", "employee_id"),
    "suspend": ("SELECT dicel_suspend_employee(%s)", "employee_id"),
}
#: How a login stops logging in outside DICEL, as IT at the server would do it.
CANNOT_LOG_IN = {
    "expired": "ALTER ROLE {} VALID UNTIL '2001-01-01 00:00:00+00'",
    "turned off": "ALTER ROLE {} NOLOGIN",
}


def _as_superuser(logins, statement: str, email: str) -> None:
    with logins.superuser().connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute(sql.SQL(statement).format(sql.Identifier(email)))
        raw.commit()


def _is_admin(logins, person) -> bool:
    with logins.superuser().connect() as conn:
        return conn.scalar(
            text("SELECT role = 'admin' AND coalesce(is_active, true) FROM users WHERE id = :u"),
            {"u": person.user_id},
        )


def _take_away(conn: psycopg.Connection, action: str, other) -> psycopg.Error | None:
    statement, key = TAKE_AWAY[action]
    try:
        conn.execute(statement, (getattr(other, key),))
    except psycopg.Error as error:
        conn.rollback()
        return error
    conn.commit()
    return None


@pytest.mark.parametrize("way", sorted(CANNOT_LOG_IN))
@pytest.mark.parametrize("action", sorted(TAKE_AWAY))
def test_an_administrator_who_cannot_log_in_is_not_the_one_who_remains(logins, action, way):
    jean = logins.person("admin", first_name="Jean")
    fabrice = logins.person("admin", first_name="Fabrice")
    # Claude is an active administrator too, whose login no longer logs in.
    claude = logins.person("admin", first_name="Claude")
    _as_superuser(logins, CANNOT_LOG_IN[way], claude.email)
    with jean.psql() as session:
        # Jean's session stays open after their own login stops logging in.
        _as_superuser(logins, CANNOT_LOG_IN[way], jean.email)
        refused = _take_away(session, action, fabrice)
        assert refused is not None, f"{action}: nobody left who logs in as an administrator"
        assert refused.sqlstate == "DW601", refused
        assert refused.diag.message_detail == f'{{"email" : "{fabrice.email}"}}'
        assert db_errors.explain(refused).message == (
            f"{fabrice.email} is the company's last administrator whose login never"
            " expires, so they keep that role and stay active, and their login gets no"
            " expiry. Make someone else an administrator first, or remove another"
            " administrator's login expiry."
        )
        assert _is_admin(logins, fabrice)
        # Claude's login let in again: someone who logs in remains, and it is done.
        _as_superuser(logins, "ALTER ROLE {} LOGIN VALID UNTIL 'infinity'", claude.email)
        assert _take_away(session, action, fabrice) is None
    assert not _is_admin(logins, fabrice)


def test_a_login_dropped_outside_dicel_is_not_counted_nor_an_expiry_to_come(logins):
    jean = logins.person("admin", employee=False, first_name="Jean")
    fabrice = logins.person("admin", employee=False, first_name="Fabrice")
    claude = logins.person("admin", employee=False, first_name="Claude")
    with jean.psql() as session:
        _as_superuser(logins, "ALTER ROLE {} VALID UNTIL '2001-01-01 00:00:00+00'", jean.email)
        # Claude's login expires tomorrow: they still log in now, yet do not count
        # (migration 0155, psql41 #1: the day after, nobody would).
        _as_superuser(logins, "ALTER ROLE {} VALID UNTIL 'tomorrow'", claude.email)
        refused = _take_away(session, "role", fabrice)
        assert refused is not None and refused.sqlstate == "DW601"
        # Their expiry removed ('infinity' is none): Claude remains, and it is done.
        _as_superuser(logins, "ALTER ROLE {} VALID UNTIL 'infinity'", claude.email)
        assert _take_away(session, "role", fabrice) is None
        # Claude's login dropped by IT (the users row stays): nobody who logs in remains.
        _as_superuser(logins, "DROP ROLE {}", claude.email)
        refused = _take_away(session, "role", claude)
        # As for an expiry (0148): another who logs in must remain, whoever goes.
        assert refused is not None and refused.sqlstate == "DW601"
    assert _is_admin(logins, claude) and not _is_admin(logins, fabrice)
