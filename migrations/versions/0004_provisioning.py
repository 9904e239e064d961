"""Provisioning of logins: the dicel_provisioner role and the functions that use it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

Two layers, so that the one role that may create roles has no right on any table:

* ``dicel_provisioner`` (NOLOGIN, CREATEROLE, no members) owns the ``dicel_provision_*``
  functions: the only code that creates, alters or renames login roles. They accept only
  SCRAM-SHA-256 verifiers, only e-mail-shaped role names, only the thirteen group roles,
  and change only roles that are DICEL logins. EXECUTE: dicel_owner only.
* ``dicel_owner`` (which owns the tables since 0003) owns the functions people call
  (``dicel_create_user`` & co.). They check the request against ``users``, write it, and
  call the provisioner layer. EXECUTE: dicel_admin; every login for its own password and
  ``dicel_record_login``. (sync-grants re-grants these from the permission table and
  leaves the provisioner's functions alone.)

PostgreSQL 16 changed CREATEROLE: such a role may grant only roles it holds WITH ADMIN
OPTION (and gets ADMIN on the roles it creates). So on 16+ the provisioner is given
ADMIN on each group role, with INHERIT FALSE and SET FALSE: it can hand the group out
but never uses the group's table rights itself. On 15 CREATEROLE may grant any
non-superuser role, so no membership is needed (and none is made).

Every function is SECURITY DEFINER with a fixed search_path (pg_catalog, then pg_temp
last) and names every table with its schema, so a caller's objects cannot stand in for
ours. Untrusted strings reach dynamic SQL only through format('%I' / '%L').
"""

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.migrate import execute_sql
from dicel_desktop.domain.roles import OWNER_ROLE, Role

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PROVISIONER = "dicel_provisioner"

#: A lower-cased e-mail address: what a login role may be called. Kept here, frozen with
#: this revision; services/users.py has the same pattern and a test checks they agree.
EMAIL_RE = (
    r"^[a-z0-9_%+'-]+(\.[a-z0-9_%+'-]+)*"
    r"@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"
)
#: PostgreSQL's NAMEDATALEN - 1: a longer role name would be silently truncated.
MAX_NAME_BYTES = 63
#: What libpq's PQencryptPasswordConn produces: SCRAM-SHA-256$<iter>:<salt>$<key>:<key>.
#: Anything else given as PASSWORD would be taken by the server as a plaintext password.
VERIFIER_RE = (
    r"^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}:[A-Za-z0-9+/]+={0,2}$"
)

GROUPS = [role.group_role for role in Role]
ROLE_VALUES = [role.value for role in Role]

#: Provisioner functions: (signature, body). Bodies use the names below in {braces}.
_PROVISION_FUNCTIONS: list[tuple[str, str]] = [
    (
        "dicel_provision_login(p_login text, p_verifier text, p_group text, p_can_login boolean)"
        " RETURNS void",
        """
BEGIN
    {check_login_name}
    {check_verifier}
    IF p_group IS NULL OR NOT (p_group = ANY ({groups})) THEN
        RAISE EXCEPTION 'not a DICEL group role: %', p_group USING ERRCODE = 'DU004';
    END IF;
    IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'role % already exists', p_login USING ERRCODE = 'DU014';
    END IF;
    -- Every attribute spelled out: nothing depends on the server's defaults.
    EXECUTE format(
        'CREATE ROLE %I WITH %s NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION'
        ' NOBYPASSRLS INHERIT PASSWORD %L',
        p_login, CASE WHEN p_can_login THEN 'LOGIN' ELSE 'NOLOGIN' END, p_verifier);
    EXECUTE format('GRANT %I TO %I', p_group, p_login);
END
""",
    ),
    (
        "dicel_provision_set_password(p_login text, p_verifier text) RETURNS void",
        """
BEGIN
    {check_verifier}
    {check_managed}
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
END
""",
    ),
    (
        "dicel_provision_set_login(p_login text, p_can_login boolean) RETURNS void",
        """
BEGIN
    {check_managed}
    EXECUTE format('ALTER ROLE %I WITH %s', p_login,
                   CASE WHEN p_can_login THEN 'LOGIN' ELSE 'NOLOGIN' END);
END
""",
    ),
    (
        "dicel_provision_rename(p_login text, p_new_login text) RETURNS void",
        """
BEGIN
    {check_managed}
    {check_new_login_name}
    IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = p_new_login) THEN
        RAISE EXCEPTION 'role % already exists', p_new_login USING ERRCODE = 'DU014';
    END IF;
    EXECUTE format('ALTER ROLE %I RENAME TO %I', p_login, p_new_login);
END
""",
    ),
]

#: Functions people call, owned by dicel_owner: (signature, grantee, body).
_USER_FUNCTIONS: list[tuple[str, str, str]] = [
    (
        "dicel_create_user(p_email text, p_verifier text, p_first_name text, p_last_name text,"
        " p_role text, p_department_code text DEFAULT NULL, p_employee_number text DEFAULT NULL,"
        " p_position text DEFAULT NULL) RETURNS uuid",
        Role.ADMIN.group_role,
        """
DECLARE
    p_login text := lower(btrim(p_email));
    v_department uuid;
    v_employee_user uuid;
    v_id uuid;
BEGIN
    {check_login_name}
    {check_verifier}
    IF p_role IS NULL OR NOT (p_role = ANY ({role_values})) THEN
        RAISE EXCEPTION 'not a DICEL role: %', p_role USING ERRCODE = 'DU004';
    END IF;
    IF coalesce(btrim(p_first_name), '') = '' THEN
        RAISE EXCEPTION 'first name is empty' USING ERRCODE = 'DU011', DETAIL = 'first_name';
    END IF;
    IF coalesce(btrim(p_last_name), '') = '' THEN
        RAISE EXCEPTION 'last name is empty' USING ERRCODE = 'DU011', DETAIL = 'last_name';
    END IF;
    IF EXISTS (SELECT FROM public.users WHERE lower(email) = p_login) THEN
        RAISE EXCEPTION 'user % exists', p_login USING ERRCODE = 'DU005';
    END IF;
    IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'role % exists', p_login USING ERRCODE = 'DU014';
    END IF;
    IF p_department_code IS NOT NULL THEN
        SELECT id INTO v_department FROM public.departments WHERE code = p_department_code;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no department %', p_department_code USING ERRCODE = 'DU008';
        END IF;
    END IF;
    IF p_employee_number IS NOT NULL THEN
        IF EXISTS (SELECT FROM public.users WHERE employee_id = p_employee_number) THEN
            RAISE EXCEPTION 'employee % taken', p_employee_number USING ERRCODE = 'DU009';
        END IF;
        SELECT user_id INTO v_employee_user
            FROM public.employees WHERE employee_number = p_employee_number FOR UPDATE;
        IF v_employee_user IS NOT NULL THEN
            RAISE EXCEPTION 'employee % taken', p_employee_number USING ERRCODE = 'DU009';
        END IF;
    END IF;

    INSERT INTO public.users (email, password_hash, first_name, last_name, role,
                              department_id, employee_id, position)
    VALUES (p_login, p_verifier, btrim(p_first_name), btrim(p_last_name), p_role,
            v_department, p_employee_number, nullif(btrim(p_position), ''))
    RETURNING id INTO v_id;
    -- HR may have entered the person before IT gave them a login: link the two, so the
    -- person sees their own leave, payslips and reviews.
    IF p_employee_number IS NOT NULL THEN
        UPDATE public.employees SET user_id = v_id
            WHERE employee_number = p_employee_number AND user_id IS NULL;
    END IF;
    PERFORM public.dicel_provision_login(p_login, p_verifier, 'dicel_' || p_role, true);
    RETURN v_id;
END
""",
    ),
    (
        "dicel_set_password(p_email text, p_verifier text) RETURNS void",
        Role.ADMIN.group_role,
        """
DECLARE
    p_login text := lower(btrim(p_email));
    v_user public.users%ROWTYPE;
BEGIN
    {check_verifier}
    SELECT * INTO v_user FROM public.users WHERE lower(email) = p_login FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no user %', p_login USING ERRCODE = 'DU006';
    END IF;
    UPDATE public.users SET password_hash = p_verifier WHERE id = v_user.id;
    IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
        PERFORM public.dicel_provision_set_password(p_login, p_verifier);
    ELSE
        -- The login is missing (a restore onto a new cluster): setting a password
        -- gives it back, as restore-logins would.
        PERFORM public.dicel_provision_login(p_login, p_verifier, 'dicel_' || v_user.role,
                                             coalesce(v_user.is_active, true));
    END IF;
END
""",
    ),
    (
        "dicel_change_own_password(p_verifier text) RETURNS void",
        "dicel_user",
        """
DECLARE
    -- session_user, not current_user: inside this function current_user is the owner.
    p_login text := session_user;
    v_id uuid;
BEGIN
    {check_verifier}
    SELECT id INTO v_id FROM public.users
        WHERE lower(email) = p_login AND coalesce(is_active, true) FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '% is not an active DICEL user', p_login USING ERRCODE = 'DU012';
    END IF;
    UPDATE public.users SET password_hash = p_verifier WHERE id = v_id;
    PERFORM public.dicel_provision_set_password(p_login, p_verifier);
END
""",
    ),
    (
        "dicel_deactivate_user(p_email text) RETURNS void",
        Role.ADMIN.group_role,
        """
DECLARE
    p_login text := lower(btrim(p_email));
    v_id uuid;
BEGIN
    IF p_login = session_user THEN
        RAISE EXCEPTION 'cannot deactivate oneself' USING ERRCODE = 'DU010';
    END IF;
    SELECT id INTO v_id FROM public.users WHERE lower(email) = p_login FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no user %', p_login USING ERRCODE = 'DU006';
    END IF;
    -- The row and its history stay; only the login goes.
    UPDATE public.users SET is_active = false WHERE id = v_id;
    IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
        PERFORM public.dicel_provision_set_login(p_login, false);
    END IF;
END
""",
    ),
    (
        "dicel_change_email(p_old_email text, p_new_email text) RETURNS void",
        Role.ADMIN.group_role,
        """
DECLARE
    v_old text := lower(btrim(p_old_email));
    p_login text := lower(btrim(p_new_email));
    v_id uuid;
BEGIN
    {check_login_name}
    IF v_old = session_user THEN
        -- PostgreSQL cannot rename the role of a session that is logged in with it.
        RAISE EXCEPTION 'cannot rename oneself' USING ERRCODE = 'DU010';
    END IF;
    SELECT id INTO v_id FROM public.users WHERE lower(email) = v_old FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no user %', v_old USING ERRCODE = 'DU006';
    END IF;
    IF p_login = v_old THEN
        RETURN;
    END IF;
    IF EXISTS (SELECT FROM public.users WHERE lower(email) = p_login) THEN
        RAISE EXCEPTION 'user % exists', p_login USING ERRCODE = 'DU005';
    END IF;
    UPDATE public.users SET email = p_login WHERE id = v_id;
    IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = v_old) THEN
        -- SCRAM verifiers do not depend on the role name, so the password survives.
        PERFORM public.dicel_provision_rename(v_old, p_login);
    ELSIF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'role % exists', p_login USING ERRCODE = 'DU014';
    END IF;
END
""",
    ),
    (
        "dicel_restore_logins() RETURNS TABLE (email text, restored boolean)",
        Role.ADMIN.group_role,
        """
DECLARE
    v_user record;
BEGIN
    FOR v_user IN
        SELECT lower(u.email) AS login, u.password_hash, u.role FROM public.users u
        WHERE coalesce(u.is_active, true)
          AND NOT EXISTS (SELECT FROM pg_catalog.pg_roles r WHERE r.rolname = lower(u.email))
        ORDER BY 1
    LOOP
        email := v_user.login;
        -- Rows whose password_hash is not a verifier (never set through DICEL) or whose
        -- e-mail cannot be a role name are reported, not guessed at.
        restored := v_user.password_hash IS NOT NULL
            AND v_user.password_hash ~ {verifier_re}
            AND v_user.login ~ {email_re}
            AND octet_length(v_user.login) <= {max_name_bytes}
            AND v_user.role = ANY ({role_values});
        IF restored THEN
            PERFORM public.dicel_provision_login(v_user.login, v_user.password_hash,
                                                 'dicel_' || v_user.role, true);
        END IF;
        RETURN NEXT;
    END LOOP;
END
""",
    ),
    (
        "dicel_record_login() RETURNS TABLE (id uuid, email text, first_name text,"
        " last_name text, role text)",
        "dicel_user",
        """
BEGIN
    -- Called right after a login: stamps last_login and tells the client who this is.
    -- No row for an inactive user or a database account that is not a DICEL user.
    RETURN QUERY
        UPDATE public.users u SET last_login = now()
        WHERE lower(u.email) = session_user AND coalesce(u.is_active, true)
        RETURNING u.id, u.email::text, u.first_name::text, u.last_name::text, u.role::text;
END
""",
    ),
]


def _literal(value: str) -> str:
    """A SQL string literal of a trusted constant of this file."""
    return "'" + value.replace("'", "''") + "'"


def _array(values: list[str]) -> str:
    return "ARRAY[" + ", ".join(_literal(v) for v in values) + "]::text[]"


_SNIPPETS = {
    "check_login_name": f"""IF p_login IS NULL OR p_login !~ {_literal(EMAIL_RE)} THEN
        RAISE EXCEPTION 'not an e-mail address: %', p_login USING ERRCODE = 'DU001';
    END IF;
    IF octet_length(p_login) > {MAX_NAME_BYTES} THEN
        RAISE EXCEPTION 'login name too long: %', p_login USING ERRCODE = 'DU002';
    END IF;""",
    "check_verifier": f"""IF p_verifier IS NULL OR p_verifier !~ {_literal(VERIFIER_RE)} THEN
        -- Never echo the value: it may be a plaintext password.
        RAISE EXCEPTION 'the password is not a SCRAM-SHA-256 verifier'
            USING ERRCODE = 'DU003';
    END IF;""",
    # A DICEL login: an e-mail-shaped, non-superuser role that is a direct member of one
    # of the thirteen group roles. On PostgreSQL 15 CREATEROLE could alter any
    # non-superuser role (dicel_owner, IT's own accounts): this keeps the provisioner to
    # the logins it is there for.
    "check_managed": f"""IF p_login IS NULL OR p_login !~ {_literal(EMAIL_RE)}
       OR NOT EXISTS (
            SELECT FROM pg_catalog.pg_auth_members m
            JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
            JOIN pg_catalog.pg_roles r ON r.oid = m.member
            WHERE r.rolname = p_login AND NOT r.rolsuper AND NOT r.rolcreaterole
              AND NOT r.rolbypassrls AND g.rolname = ANY ({_array(GROUPS)})) THEN
        RAISE EXCEPTION 'not a DICEL login: %', p_login USING ERRCODE = 'DU013';
    END IF;""",
    "groups": _array(GROUPS),
    "role_values": _array(ROLE_VALUES),
    "verifier_re": _literal(VERIFIER_RE),
    "email_re": _literal(EMAIL_RE),
    "max_name_bytes": str(MAX_NAME_BYTES),
}
_SNIPPETS["check_new_login_name"] = _SNIPPETS["check_login_name"].replace("p_login", "p_new_login")


def _name(signature: str) -> str:
    return signature.split("(", 1)[0]


def _arg_types(signature: str) -> str:
    """'f(p_a text, p_b text DEFAULT NULL) RETURNS x' -> 'f(text, text)' for ALTER/DROP."""
    args = signature.split("(", 1)[1].rsplit(") RETURNS", 1)[0]
    types = [a.split(" DEFAULT ")[0].split()[1] for a in args.split(",") if a.strip()]
    return f"{_name(signature)}({', '.join(types)})"


def _server_version() -> int:
    return int(op.get_bind().exec_driver_sql("SHOW server_version_num").scalar_one())


def _create_function(signature: str, body: str, owner: str, extra_settings: str = "") -> None:
    execute_sql(
        f"CREATE FUNCTION public.{signature} LANGUAGE plpgsql SECURITY DEFINER"
        f" SET search_path = pg_catalog, pg_temp{extra_settings}"
        f" AS $fn${body.format(**_SNIPPETS)}$fn$"
    )
    qualified = f"public.{_arg_types(signature)}"
    execute_sql(f"ALTER FUNCTION {qualified} OWNER TO {owner}")
    execute_sql(f"REVOKE ALL ON FUNCTION {qualified} FROM PUBLIC")


def upgrade() -> None:
    version = _server_version()
    execute_sql(
        f"""
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{PROVISIONER}') THEN
                CREATE ROLE {PROVISIONER} NOLOGIN CREATEROLE;
            END IF;
        END
        $$"""
    )
    # Whatever it was before (another database of the cluster may have made it), it is
    # only this: no login, no superuser, no way around RLS.
    execute_sql(
        f"ALTER ROLE {PROVISIONER} NOLOGIN CREATEROLE NOSUPERUSER NOBYPASSRLS NOREPLICATION"
    )
    # createrole_self_grant (16+) would make the provisioner a member of every login it
    # creates; pinned off for its functions whatever the server's setting.
    settings = " SET createrole_self_grant = ''" if version >= 160000 else ""
    if version >= 160000:
        for group in GROUPS:
            execute_sql(f"GRANT {group} TO {PROVISIONER} WITH ADMIN TRUE, INHERIT FALSE, SET FALSE")

    for signature, body in _PROVISION_FUNCTIONS:
        _create_function(signature, body, PROVISIONER, settings)
        # Only the owner-layer functions below call these.
        execute_sql(f"GRANT EXECUTE ON FUNCTION public.{_arg_types(signature)} TO {OWNER_ROLE}")
    for signature, grantee, body in _USER_FUNCTIONS:
        _create_function(signature, body, OWNER_ROLE)
        execute_sql(f"GRANT EXECUTE ON FUNCTION public.{_arg_types(signature)} TO {grantee}")


def downgrade() -> None:
    for signature, _grantee, _body in reversed(_USER_FUNCTIONS):
        execute_sql(f"DROP FUNCTION IF EXISTS public.{_arg_types(signature)}")
    for signature, _body in reversed(_PROVISION_FUNCTIONS):
        execute_sql(f"DROP FUNCTION IF EXISTS public.{_arg_types(signature)}")
    # Roles are cluster-wide: the provisioner goes only if nothing in any database of the
    # cluster is its own or was granted by it (on 16+ it is the grantor of every login's
    # group membership, which would then have to go too).
    execute_sql(
        f"""
        DO $$
        DECLARE
            v_oid oid := (SELECT oid FROM pg_roles WHERE rolname = '{PROVISIONER}');
        BEGIN
            IF v_oid IS NULL THEN
                RETURN;
            END IF;
            IF EXISTS (SELECT FROM pg_shdepend WHERE refobjid = v_oid
                                                 AND refclassid = 'pg_authid'::regclass)
               OR EXISTS (SELECT FROM pg_auth_members
                          WHERE grantor = v_oid AND member <> v_oid) THEN
                RAISE NOTICE '{PROVISIONER} kept: it still owns or granted something';
            ELSE
                DROP ROLE {PROVISIONER};
            END IF;
        END
        $$"""
    )
