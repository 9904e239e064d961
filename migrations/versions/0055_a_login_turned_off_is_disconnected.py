"""A login turned off, or moved to another role, is disconnected at once.

Revision ID: 0055
Revises: 0054
Create Date: 2026-12-13

Found with psql: a finance clerk kept a session open; IT deactivated their login (or HR
terminated their employment, migration 0053, which deactivates it the same way). The
login became NOLOGIN, which PostgreSQL asks only when a session starts, so the open
session went on reading 2,812 transactions, 1,647 expenses and every invoice, and could
write what the finance role writes. Row security's helpers no longer named the person,
but a department's rows are not about a person. The same held for a role change: the
login left its group role, but a session that had run ``SET ROLE dicel_admin`` before
kept acting as that role (PostgreSQL asks membership when SET ROLE runs, not after).

Now:

* ``dicel_provision_set_login`` (migration 0004: owned by ``dicel_provisioner``,
  EXECUTE ``dicel_owner`` only) ends every session of the login but the caller's
  (``pg_terminate_backend``) when it turns a login off: IT's Deactivate…, an employment
  terminated (0053), whatever else turns a login off through it.
* ``dicel_provision_set_group`` (0010) does the same when it took a group role away (a
  role change). The person's client finds its connection gone and cannot log in again
  (deactivated), or logs in again with the new role's rights.
* ``dicel_provisioner`` becomes a member of PostgreSQL's ``pg_signal_backend``, which
  may end the sessions of any role that is not a superuser: a DICEL login never is
  (migration 0004). Only a superuser may grant it: run by another owner, this
  migration warns, and so do the functions at each call: the sessions stay open.

The sessions end before the change commits: a session opened again in the instant
between the two (the client does not reconnect by itself; a script looping on connect
might) is not ended. Its login is still turned off for every later connection.

A downgrade gives the two functions back their bodies of migrations 0004 and 0010;
``dicel_provisioner`` keeps ``pg_signal_backend``: roles belong to
the cluster, and another database in it may be at this revision.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import earlier_revision, execute_sql

revision: str = "0055"
down_revision: str | None = "0054"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0004 = earlier_revision("0004_provisioning")
_0010 = earlier_revision("0010_user_roles")
PROVISIONER = _0004.PROVISIONER

#: Ends every session of ``p_login`` but the caller's (a snippet of the provisioner's
#: functions, which use pg_catalog alone: the provisioner has no right on the schema).
_END_SESSIONS = """FOR v_pid IN
            SELECT a.pid FROM pg_catalog.pg_stat_activity a
             WHERE a.usename = p_login AND a.pid <> pg_catalog.pg_backend_pid()
        LOOP
            BEGIN
                PERFORM pg_catalog.pg_terminate_backend(v_pid);
            EXCEPTION WHEN insufficient_privilege THEN
                -- Migrated by an owner who could not grant pg_signal_backend: the login
                -- is off for new sessions only.
                RAISE WARNING 'the open sessions of % stay connected', p_login
                    USING HINT = 'Run dicel-admin migrate as a superuser once.';
                EXIT;
            END;
        END LOOP;
"""

#: What changes in each function: (signature, body before, [(text, replacement)]).
#: The bodies are those of migrations 0004 and 0010, frozen with them.
_SET_LOGIN = next(
    s for s in _0004._PROVISION_FUNCTIONS if s[0].startswith("dicel_provision_set_login(")
)
_SET_GROUP = next(
    s for s in _0010._PROVISION_FUNCTIONS if s[0].startswith("dicel_provision_set_group(")
)
_BEGIN = "\nBEGIN\n"
_NOLOGIN = "CASE WHEN p_can_login THEN 'LOGIN' ELSE 'NOLOGIN' END);\n"
_HELD = "    v_held text;\n"
_REVOKE = "        EXECUTE format('REVOKE %I FROM %I', v_held, p_login);\n"
_CHECKED = "    -- On 16+ a REVOKE of a membership someone else granted only warns"
CHANGED: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        _SET_LOGIN[0],
        _SET_LOGIN[1],
        [
            (_BEGIN, "\nDECLARE\n    v_pid integer;\nBEGIN\n"),
            (
                _NOLOGIN,
                _NOLOGIN
                + "    IF NOT p_can_login THEN\n        "
                + _END_SESSIONS
                + "    END IF;\n",
            ),
        ],
    ),
    (
        _SET_GROUP[0],
        _SET_GROUP[1],
        [
            (_HELD, _HELD + "    v_moved boolean := false;\n    v_pid integer;\n"),
            (_REVOKE, _REVOKE + "        v_moved := true;\n"),
            # A session that ran SET ROLE would go on as the group it left.
            (
                _CHECKED,
                "    IF v_moved THEN\n        " + _END_SESSIONS + "    END IF;\n" + _CHECKED,
            ),
        ],
    ),
]

_GRANT_SIGNAL = f"""
DO $$
BEGIN
    IF (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
        GRANT pg_signal_backend TO {PROVISIONER};
    ELSE
        RAISE WARNING 'open sessions of deactivated logins stay connected: run this'
                      ' migration as a superuser';
    END IF;
END
$$"""


def _settings() -> str:
    return " SET createrole_self_grant = ''" if _0004._server_version() >= 160000 else ""


def _replace(signature: str, body: str) -> None:
    """CREATE OR REPLACE: the function keeps its owner and its grants."""
    execute_sql(
        f"CREATE OR REPLACE FUNCTION public.{signature} LANGUAGE plpgsql SECURITY DEFINER"
        f" SET search_path = pg_catalog, pg_temp{_settings()}"
        f" AS $fn${body.format(**_0004._SNIPPETS)}$fn$"
    )


def upgrade() -> None:
    execute_sql(_GRANT_SIGNAL)
    for signature, body, replacements in CHANGED:
        for text, replacement in replacements:
            assert body.count(text) == 1, (signature, text)
            body = body.replace(text, replacement)
        _replace(signature, body)


def downgrade() -> None:
    for signature, body, _replacements in CHANGED:
        _replace(signature, body)
