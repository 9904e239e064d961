"""Changing a user's role, reactivating a user, and setting values that match their type.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26

Provisioning, in the two layers of migration 0004 (read its docstring):

* ``dicel_provision_set_group(p_login, p_group)`` (owned by ``dicel_provisioner``,
  EXECUTE dicel_owner only) moves a DICEL login from the group role it holds to
  another one of the thirteen. On PostgreSQL 16+ a role may only revoke the
  memberships it granted itself: one granted by hand (a superuser's ``GRANT``) cannot
  be taken back here, and is refused (DU015) rather than left half-changed.
* ``dicel_change_role(p_email, p_role)`` (owned by dicel_owner, EXECUTE dicel_admin)
  checks the request against ``users``, refuses one's own account (DU010), writes
  ``users.role`` (the audit trigger records the change) and moves the login.
  A non-DICEL login of that name is refused by the provisioner (DU013).
* ``dicel_reactivate_user(p_email)`` (owned by dicel_owner, EXECUTE dicel_admin) undoes
  ``dicel_deactivate_user``: the users row is active again and the login may log in,
  with the password it had. A login that went missing (a restore onto a new cluster) is
  recreated from the stored verifier when there is one; the function returns whether
  the person can log in now (false: give them a password first).

System settings: ``setting_value`` must read as its ``setting_type``
(``ck_system_settings_setting_value_matches_type``), in one spelling per value so that
every reader agrees: a number is plain decimal notation (``18``, ``-2``, ``0.3``; no
exponent, no grouping, no NaN), a boolean is ``true`` or ``false``, a date is ISO
``YYYY-MM-DD`` and a real day, JSON is any valid JSON text, a string anything. NULL
passes (a setting with no value), and so does a NULL type (read as a string). The CHECK
calls ``dicel_setting_value_is_valid``, an IMMUTABLE function that catches the cast
errors so a wrong value is a CHECK violation naming the constraint, not a cast error.
It runs as whoever writes the row, so sync-grants gives every login EXECUTE on it.
"""

import importlib.util
from collections.abc import Sequence
from pathlib import Path

from alembic import op

from dicel_desktop.db.migrate import execute_sql
from dicel_desktop.domain.roles import OWNER_ROLE, Role

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _provisioning_revision():
    """Migration 0004, for its checks and helpers: frozen with it, so the same ones."""
    path = Path(__file__).with_name("0004_provisioning.py")
    spec = importlib.util.spec_from_file_location("dicel_migration_0004", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_0004 = _provisioning_revision()
PROVISIONER = _0004.PROVISIONER

#: The provisioner layer. Bodies use 0004's snippets in {braces}; literal braces doubled.
_PROVISION_FUNCTIONS: list[tuple[str, str]] = [
    (
        "dicel_provision_set_group(p_login text, p_group text) RETURNS void",
        """
DECLARE
    v_held text;
BEGIN
    {check_managed}
    IF p_group IS NULL OR NOT (p_group = ANY ({groups})) THEN
        RAISE EXCEPTION 'not a DICEL group role: %', p_group USING ERRCODE = 'DU004';
    END IF;
    FOR v_held IN
        SELECT g.rolname FROM pg_catalog.pg_auth_members m
        JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
        JOIN pg_catalog.pg_roles r ON r.oid = m.member
        WHERE r.rolname = p_login AND g.rolname = ANY ({groups}) AND g.rolname <> p_group
    LOOP
        EXECUTE format('REVOKE %I FROM %I', v_held, p_login);
    END LOOP;
    IF NOT pg_catalog.pg_has_role(p_login, p_group, 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', p_group, p_login);
    END IF;
    -- On 16+ a REVOKE of a membership someone else granted only warns: check the result.
    IF EXISTS (
        SELECT FROM pg_catalog.pg_auth_members m
        JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
        JOIN pg_catalog.pg_roles r ON r.oid = m.member
        WHERE r.rolname = p_login AND g.rolname = ANY ({groups}) AND g.rolname <> p_group
    ) THEN
        RAISE EXCEPTION 'the group role of % was granted outside DICEL', p_login
            USING ERRCODE = 'DU015';
    END IF;
END
""",
    ),
]

#: Functions people call, owned by dicel_owner: (signature, grantee, body).
_USER_FUNCTIONS: list[tuple[str, str, str]] = [
    (
        "dicel_change_role(p_email text, p_role text) RETURNS void",
        Role.ADMIN.group_role,
        """
DECLARE
    p_login text := lower(btrim(p_email));
    v_user public.users%ROWTYPE;
BEGIN
    IF p_role IS NULL OR NOT (p_role = ANY ({role_values})) THEN
        RAISE EXCEPTION 'not a DICEL role: %', p_role USING ERRCODE = 'DU004';
    END IF;
    IF p_login = session_user THEN
        -- An administrator who demoted themself could not undo it.
        RAISE EXCEPTION 'cannot change one''s own role' USING ERRCODE = 'DU010';
    END IF;
    SELECT * INTO v_user FROM public.users WHERE lower(email) = p_login FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no user %', p_login USING ERRCODE = 'DU006';
    END IF;
    IF v_user.role IS DISTINCT FROM p_role THEN
        UPDATE public.users SET role = p_role WHERE id = v_user.id;
    END IF;
    -- Also when the row already says p_role: a login moved by hand is put right.
    IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
        PERFORM public.dicel_provision_set_group(p_login, 'dicel_' || p_role);
    END IF;
END
""",
    ),
    (
        "dicel_reactivate_user(p_email text) RETURNS boolean",
        Role.ADMIN.group_role,
        """
DECLARE
    p_login text := lower(btrim(p_email));
    v_user public.users%ROWTYPE;
BEGIN
    IF p_login = session_user THEN
        -- A deactivated administrator's session stays open until it disconnects: it
        -- must not be able to undo its own deactivation.
        RAISE EXCEPTION 'cannot reactivate oneself' USING ERRCODE = 'DU010';
    END IF;
    SELECT * INTO v_user FROM public.users WHERE lower(email) = p_login FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no user %', p_login USING ERRCODE = 'DU006';
    END IF;
    IF NOT coalesce(v_user.is_active, true) THEN
        UPDATE public.users SET is_active = true WHERE id = v_user.id;
    END IF;
    IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
        PERFORM public.dicel_provision_set_login(p_login, true);
        RETURN true;
    END IF;
    -- No login (a restore onto a new cluster): back with the password last set through
    -- DICEL, as restore-logins would; without one, set_password will make the login.
    IF v_user.password_hash IS NOT NULL AND v_user.password_hash ~ {verifier_re}
       AND p_login ~ {email_re} AND octet_length(p_login) <= {max_name_bytes} THEN
        PERFORM public.dicel_provision_login(p_login, v_user.password_hash,
                                             'dicel_' || v_user.role, true);
        RETURN true;
    END IF;
    RETURN false;
END
""",
    ),
]

SETTING_CHECK = "setting_value_matches_type"
SETTING_FUNCTION = "dicel_setting_value_is_valid(p_value text, p_type text) RETURNS boolean"
_SETTING_BODY = r"""
BEGIN
    IF p_value IS NULL THEN
        RETURN true;
    END IF;
    CASE coalesce(p_type, 'string')
    WHEN 'number' THEN
        RETURN p_value ~ '^-?[0-9]+(\.[0-9]+)?$';
    WHEN 'boolean' THEN
        RETURN p_value IN ('true', 'false');
    WHEN 'date' THEN
        IF p_value !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
            RETURN false;
        END IF;
        -- make_date refuses 2026-02-30 and year 0; it does not depend on DateStyle.
        PERFORM pg_catalog.make_date(substr(p_value, 1, 4)::int, substr(p_value, 6, 2)::int,
                                     substr(p_value, 9, 2)::int);
        RETURN true;
    WHEN 'json' THEN
        PERFORM p_value::jsonb;
        RETURN true;
    ELSE
        RETURN true;
    END CASE;
EXCEPTION
    WHEN data_exception THEN
        RETURN false;
END
"""


def upgrade() -> None:
    settings = " SET createrole_self_grant = ''" if _0004._server_version() >= 160000 else ""
    for signature, body in _PROVISION_FUNCTIONS:
        _0004._create_function(signature, body, PROVISIONER, settings)
        execute_sql(
            f"GRANT EXECUTE ON FUNCTION public.{_0004._arg_types(signature)} TO {OWNER_ROLE}"
        )
    for signature, grantee, body in _USER_FUNCTIONS:
        _0004._create_function(signature, body, OWNER_ROLE)
        execute_sql(f"GRANT EXECUTE ON FUNCTION public.{_0004._arg_types(signature)} TO {grantee}")

    execute_sql(
        f"CREATE FUNCTION public.{SETTING_FUNCTION} LANGUAGE plpgsql IMMUTABLE"
        f" SET search_path = pg_catalog, pg_temp AS $fn${_SETTING_BODY}$fn$"
    )
    qualified = f"public.{_0004._arg_types(SETTING_FUNCTION)}"
    execute_sql(f"ALTER FUNCTION {qualified} OWNER TO {OWNER_ROLE}")
    execute_sql(f"REVOKE ALL ON FUNCTION {qualified} FROM PUBLIC")
    op.create_check_constraint(
        SETTING_CHECK,
        "system_settings",
        "public.dicel_setting_value_is_valid(setting_value, setting_type)",
    )


def downgrade() -> None:
    op.drop_constraint(SETTING_CHECK, "system_settings", type_="check")
    execute_sql(f"DROP FUNCTION IF EXISTS public.{_0004._arg_types(SETTING_FUNCTION)}")
    for signature, _grantee, _body in reversed(_USER_FUNCTIONS):
        execute_sql(f"DROP FUNCTION IF EXISTS public.{_0004._arg_types(signature)}")
    for signature, _body in reversed(_PROVISION_FUNCTIONS):
        execute_sql(f"DROP FUNCTION IF EXISTS public.{_0004._arg_types(signature)}")
