"""Sessions a turned-off login opened while it was being turned off end after the commit.

Revision ID: 0058
Revises: 0057
Create Date: 2026-12-14

Migration 0055 ends a login's sessions when it is deactivated or moved to another role,
but before that change commits. A second psql review showed what that leaves: a script
that reconnects in a loop got a session in between (the login still LOGIN, still in its
group), which then read 2,812 transactions and posted a credit after the commit; with
``SET ROLE dicel_finance`` run in that session, it kept acting as finance after a
demotion. PostgreSQL asks whether a login may log in only when a session starts, and
a function cannot act after its own commit.

So the change is made in one transaction and its sessions ended again in the next:

* ``dicel_provision_end_sessions(p_login text) RETURNS integer`` (owned by
  ``dicel_provisioner``, EXECUTE ``dicel_owner`` only): 0055's ending of every session
  of a DICEL login but the caller's, as a function of its own.
* ``dicel_end_sessions(p_email text) RETURNS integer`` (owned by ``dicel_owner``,
  EXECUTE administrators and HR): ends the sessions of that login; how many there were.
  An administrator may end anyone's (after a role change, the person logs in again);
  anyone else only those of a login that is turned off (HR after ending an employment):
  for an active login it ends nothing and says 0. Unknown e-mail: DU006.

DICEL Desktop and ``dicel-admin`` call it in a transaction of its own after Deactivate…,
Change role… and Terminate employment… commit (``services.users.end_sessions``). Run
from psql, IT calls it after the COMMIT. A session that starts after that call, with
the change committed, is refused (NOLOGIN) or has the new role's rights.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import earlier_revision, execute_sql
from dicel_desktop.domain.roles import OWNER_ROLE

revision: str = "0058"
down_revision: str | None = "0057"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0004 = earlier_revision("0004_provisioning")
_0055 = earlier_revision("0055_a_login_turned_off_is_disconnected")

PROVISION_SIGNATURE = "dicel_provision_end_sessions(p_login text) RETURNS integer"
PROVISION_BODY = f"""
DECLARE
    v_pid integer;
    v_found integer;
BEGIN
    {{check_managed}}
    SELECT count(*) INTO v_found FROM pg_catalog.pg_stat_activity a
     WHERE a.usename = p_login AND a.pid <> pg_catalog.pg_backend_pid();
    {_0055._END_SESSIONS}
    RETURN v_found;
END
"""

END_SESSIONS_SIGNATURE = "public.dicel_end_sessions(text)"
END_SESSIONS = """
CREATE FUNCTION public.dicel_end_sessions(p_email text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_login text := lower(btrim(p_email));
    v_active boolean;
BEGIN
    SELECT coalesce(u.is_active, true) INTO v_active
      FROM public.users u WHERE lower(u.email) = v_login;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no user %', v_login USING ERRCODE = 'DU006';
    END IF;
    -- An administrator may end anyone's sessions; HR those of a login turned off.
    IF (v_active AND NOT public.dicel_has_role('admin'))
       OR NOT EXISTS (SELECT FROM pg_catalog.pg_roles r WHERE r.rolname = v_login) THEN
        RETURN 0;
    END IF;
    RETURN public.dicel_provision_end_sessions(v_login);
END
$$"""


def upgrade() -> None:
    _0004._create_function(PROVISION_SIGNATURE, PROVISION_BODY, _0004.PROVISIONER)
    execute_sql(
        f"GRANT EXECUTE ON FUNCTION public.{_0004._arg_types(PROVISION_SIGNATURE)} TO {OWNER_ROLE}"
    )
    execute_sql(END_SESSIONS)
    execute_sql(f"ALTER FUNCTION {END_SESSIONS_SIGNATURE} OWNER TO {OWNER_ROLE}")
    # EXECUTE by name (domain/permissions.FUNCTION_EXECUTE, applied by sync-grants).
    execute_sql(f"REVOKE ALL ON FUNCTION {END_SESSIONS_SIGNATURE} FROM PUBLIC")


def downgrade() -> None:
    execute_sql(f"DROP FUNCTION IF EXISTS {END_SESSIONS_SIGNATURE}")
    execute_sql(f"DROP FUNCTION IF EXISTS public.{_0004._arg_types(PROVISION_SIGNATURE)}")
