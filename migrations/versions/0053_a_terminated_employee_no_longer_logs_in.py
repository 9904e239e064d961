"""A terminated employee no longer logs in.

Revision ID: 0053
Revises: 0052
Create Date: 2026-12-12

Found as the demo's real logins: HR terminated an employee (Terminate…,
``dicel_terminate_employee`` of migration 0049) and the person's DICEL login stayed
active: someone dismissed still logged in and read what their role reads, until IT
thought of deactivating them too.

Terminating now deactivates the login in the same transaction, exactly as IT's
``dicel_deactivate_user`` does. Its body is moved into ``dicel_deactivate_login(p_user
uuid)`` (owned by dicel_owner, EXECUTE nobody but its owner): take migration 0047's
advisory lock ("AD"), lock the user's row, set ``users.is_active`` false (the audit
trigger records it, naming who did it) and make the PostgreSQL login NOLOGIN when there
is one. ``dicel_deactivate_user`` keeps what it asks first (not oneself, DU010; a user of
that e-mail, DU006) and calls it. Sessions already open are treated as after IT's
deactivation: they stay connected but ``dicel_current_user_id()`` no longer names them,
so they lose their own rows at once (migration 0003).

The trigger ``employees_terminated_loses_login`` (AFTER UPDATE OF status, when the status
becomes ``terminated`` and the record has a ``user_id``; function
``dicel_terminated_employee_loses_login``) calls it, whoever terminates (a superuser at
the server as well: a consequence, not a refusal). The last-administrator rule of
migration 0047 holds: terminating the employee record of the company's last active
administrator is refused (``DW601``, from ``users_keep_an_administrator``) and nothing
changes. Terminating one's own record is refused before (DW009, migration 0052), so
DU010 is never reached this way. An employee without a login is terminated as before.

Left as it was: IT may still reactivate the login of a terminated employee (a
consultant kept on, say), and a login created later for a terminated employee's number is
active until IT deactivates it.

A downgrade drops the trigger and the two functions and gives ``dicel_deactivate_user``
back its body of migration 0047.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path

from dicel_desktop.db.migrate import execute_sql
from dicel_desktop.domain.roles import OWNER_ROLE

revision: str = "0053"
down_revision: str | None = "0052"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PATH = "SET search_path = pg_catalog, pg_temp"


def _revision(file_name: str, module_name: str):
    """An earlier migration, for its function bodies: frozen with it, so the same ones."""
    path = Path(__file__).with_name(file_name)
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_0047 = _revision(
    "0047_an_administrator_stays_and_spending_stays.py", "dicel_migration_0047_for_0053"
)

#: dicel_deactivate_user's signature, its body as 0047 left it and the line its lock
#: went before: given back by the downgrade.
((_DEACTIVATE_SIGNATURE, _DEACTIVATE_BODY_0047, _DEACTIVATE_ANCHOR),) = [
    guarded for guarded in _0047._GUARDED if guarded[0].startswith("dicel_deactivate_user(")
]

DEACTIVATE_LOGIN_SIGNATURE = "public.dicel_deactivate_login(uuid)"
DEACTIVATE_LOGIN = f"""
CREATE FUNCTION public.dicel_deactivate_login(p_user uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER {_PATH}
AS $$
DECLARE
    v_login text;
BEGIN
    -- One change that may take an administrator away at a time (migration 0047),
    -- taken before the user's row: the trigger counts what the previous one left.
    {_0047._TAKE_LOCK}
    SELECT lower(email) INTO v_login FROM public.users WHERE id = p_user FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no user %', p_user USING ERRCODE = 'DU006';
    END IF;
    -- The row and its history stay; only the login goes.
    UPDATE public.users SET is_active = false WHERE id = p_user;
    IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = v_login) THEN
        PERFORM public.dicel_provision_set_login(v_login, false);
    END IF;
END
$$"""

#: dicel_deactivate_user: what IT's call asks, then the routine above.
DEACTIVATE_USER_BODY = """
DECLARE
    p_login text := lower(btrim(p_email));
    v_id uuid;
BEGIN
    IF p_login = session_user THEN
        RAISE EXCEPTION 'cannot deactivate oneself' USING ERRCODE = 'DU010';
    END IF;
    SELECT id INTO v_id FROM public.users WHERE lower(email) = p_login;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no user %', p_login USING ERRCODE = 'DU006';
    END IF;
    PERFORM public.dicel_deactivate_login(v_id);
END
"""

LOSES_LOGIN_SIGNATURE = "public.dicel_terminated_employee_loses_login()"
LOSES_LOGIN = f"""
CREATE FUNCTION {LOSES_LOGIN_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {_PATH}
AS $$
BEGIN
    -- As IT's deactivation; the last active administrator stays (DW601, migration 0047).
    PERFORM public.dicel_deactivate_login(NEW.user_id);
    RETURN NULL;
END
$$"""
LOSES_LOGIN_TRIGGER = (
    "CREATE TRIGGER employees_terminated_loses_login AFTER UPDATE OF status"
    " ON public.employees FOR EACH ROW"
    " WHEN (NEW.status = 'terminated' AND OLD.status IS DISTINCT FROM 'terminated'"
    " AND NEW.user_id IS NOT NULL)"
    f" EXECUTE FUNCTION {LOSES_LOGIN_SIGNATURE}"
)


def _own(signature: str) -> None:
    execute_sql(f"ALTER FUNCTION {signature} OWNER TO {OWNER_ROLE}")
    execute_sql(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")


def upgrade() -> None:
    execute_sql(DEACTIVATE_LOGIN)
    _own(DEACTIVATE_LOGIN_SIGNATURE)
    # CREATE OR REPLACE keeps its owner and grants (dicel_admin's EXECUTE).
    _0047._replace_function(_DEACTIVATE_SIGNATURE, DEACTIVATE_USER_BODY)
    execute_sql(LOSES_LOGIN)
    _own(LOSES_LOGIN_SIGNATURE)
    execute_sql(LOSES_LOGIN_TRIGGER)


def downgrade() -> None:
    execute_sql("DROP TRIGGER employees_terminated_loses_login ON public.employees")
    execute_sql(f"DROP FUNCTION {LOSES_LOGIN_SIGNATURE}")
    _0047._replace_function(
        _DEACTIVATE_SIGNATURE, _0047._locked_first(_DEACTIVATE_BODY_0047, _DEACTIVATE_ANCHOR)
    )
    execute_sql(f"DROP FUNCTION {DEACTIVATE_LOGIN_SIGNATURE}")
