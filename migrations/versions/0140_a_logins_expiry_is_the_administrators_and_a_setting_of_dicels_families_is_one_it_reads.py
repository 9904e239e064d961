"""A login's expiry is set and removed by an administrator, and a new setting in a family
DICEL reads is one it reads.

Revision ID: 0140
Revises: 0139
Create Date: 2026-12-07

admin40, from what IT could still not do (deploy39 #9 left it to psql):

* **A login's expiry** (PostgreSQL's ``VALID UNTIL``). An expired login is refused at
  login with a wrong password's words, and only a superuser's ``ALTER ROLE`` could
  remove or move it. ``dicel_set_login_expiry(p_email text, p_until timestamptz)``
  (owned by ``dicel_owner``, EXECUTE administrators: ``domain/function_grants``) sets
  it, or with NULL or ``'infinity'`` removes it (``VALID UNTIL 'infinity'``;
  ``'-infinity'`` is not after now: DU020), through
  ``dicel_provision_set_valid_until`` (owned by ``dicel_provisioner``, EXECUTE
  ``dicel_owner`` alone, 0004's ``check_managed``: a DICEL login only). A moment not
  after now is refused (DU020, DETAIL ``email``): that is Deactivate…, which also ends
  the sessions. Unknown e-mail: DU006; a user whose login is missing: DU013. A clerk has
  no EXECUTE, and no CREATEROLE for ``ALTER ROLE`` itself: psql refuses both (42501).

* **A new setting in a family DICEL reads is one it reads** (DW608, DETAIL ``key``).
  The settings form now offers the keys DICEL reads (``domain/setting_keys``); from
  psql, ``leave.allowance.anual`` was still saved and read as absent (no leave limit,
  eye33 #1's harm, made rather than renamed). Trigger ``system_settings_key_read``
  (BEFORE INSERT) refuses a key whose first part is one of DICEL's families
  (``company``, ``leave``, ``payroll`` ...) but which DICEL does not read. Other keys
  (an office's note, ``pos.receipt_footer``) are still the administrators' to keep, as
  0117 allows, and rows already saved stay as they are (the key cannot be renamed,
  DW027; one DICEL does not read may be deleted). A superuser (a later revision, the
  demo's loader) is not asked. ``dicel-admin health`` lists the settings DICEL does not
  read, so a typo in a family's own name shows too.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import create_owned_function, earlier_revision, execute_sql
from dicel_desktop.domain.roles import OWNER_ROLE

revision: str = "0140"
down_revision: str | None = "0139"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0004 = earlier_revision("0004_provisioning")
_0117 = earlier_revision("0117_a_settings_key_is_fixed_and_a_setting_dicel_reads_stays")

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DU020": ("a login's expiry set to a moment already past", ("email",)),
    "DW608": ("a new setting in a family DICEL reads that DICEL does not read", ("key",)),
}

#: ``domain/setting_keys.READ_SETTINGS`` as 0117 froze it (no key was added since;
#: tests/db/test_setting_keys.py holds them equal).
READ_SETTINGS: tuple[str, ...] = _0117.READ_SETTINGS
#: Their first parts: a new key in one of these families is one DICEL reads.
FAMILIES: tuple[str, ...] = tuple(sorted({key.split(".", 1)[0] for key in READ_SETTINGS}))

PROVISION_SIGNATURE = (
    "dicel_provision_set_valid_until(p_login text, p_until timestamptz) RETURNS void"
)
PROVISION_BODY = """
BEGIN
    {check_managed}
    -- Written in UTC with its offset: the caller's DateStyle cannot misread it. NULL is
    -- no expiry, which PostgreSQL writes 'infinity'; 'infinity' (and '-infinity') are
    -- written as they are: to_char has no text for them (NULL, then %L's bare NULL).
    EXECUTE format('ALTER ROLE %I VALID UNTIL %L', p_login,
                   CASE WHEN p_until IS NULL THEN 'infinity'
                        WHEN NOT isfinite(p_until) THEN p_until::text
                        ELSE to_char(p_until AT TIME ZONE 'UTC',
                                     'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00' END);
END
"""

EXPIRY_SIGNATURE = "public.dicel_set_login_expiry(text, timestamptz)"
EXPIRY = """
CREATE FUNCTION public.dicel_set_login_expiry(p_email text, p_until timestamptz)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    -- Migration 0140 (admin40): a login's VALID UNTIL, set or (NULL) removed by an
    -- administrator (EXECUTE), from the window's Login expiry… and dicel-admin.
    v_login text := lower(btrim(p_email));
BEGIN
    PERFORM FROM public.users u WHERE lower(u.email) = v_login FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no user %', v_login USING ERRCODE = 'DU006';
    END IF;
    IF p_until IS NOT NULL AND p_until <= pg_catalog.now() THEN
        RAISE EXCEPTION USING ERRCODE = 'DU020',
            MESSAGE = format('the expiry of %s is not after now', v_login),
            DETAIL = json_build_object('email', v_login)::text;
    END IF;
    PERFORM public.dicel_provision_set_valid_until(v_login, p_until);
END
$$"""

KEY_READ_SIGNATURE = "public.dicel_setting_key_read()"
KEY_READ_FUNCTION = """
CREATE FUNCTION public.dicel_setting_key_read() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    -- Migration 0140 (admin40): a key of a family DICEL reads (TG_ARGV[0], a
    -- comma-separated list) that DICEL does not read (the rest of TG_ARGV) is a typo
    -- read as absent. A superuser (a later revision, the demo's loader) is not asked.
    IF public.dicel_current_user_id() IS NULL
       OR NEW.setting_key = ANY (TG_ARGV[1:])
       OR NOT split_part(NEW.setting_key, '.', 1) = ANY (string_to_array(TG_ARGV[0], ',')) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'DW608',
        MESSAGE = format('DICEL reads no setting %s', NEW.setting_key),
        DETAIL = json_build_object('key', NEW.setting_key)::text,
        SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'setting_key';
END
$$"""


def _key_read_trigger() -> str:
    arguments = ", ".join(f"'{value}'" for value in (",".join(FAMILIES), *READ_SETTINGS))
    return (
        "CREATE TRIGGER system_settings_key_read BEFORE INSERT ON public.system_settings"
        f" FOR EACH ROW EXECUTE FUNCTION {KEY_READ_SIGNATURE[:-2]}({arguments})"
    )


def upgrade() -> None:
    _0004._create_function(PROVISION_SIGNATURE, PROVISION_BODY, _0004.PROVISIONER)
    execute_sql(
        f"GRANT EXECUTE ON FUNCTION public.{_0004._arg_types(PROVISION_SIGNATURE)} TO {OWNER_ROLE}"
    )
    # EXECUTE by name (domain/function_grants.FUNCTION_EXECUTE, applied by sync-grants).
    create_owned_function(EXPIRY, EXPIRY_SIGNATURE)
    create_owned_function(KEY_READ_FUNCTION, KEY_READ_SIGNATURE)
    execute_sql(_key_read_trigger())


def downgrade() -> None:
    execute_sql("DROP TRIGGER system_settings_key_read ON public.system_settings")
    execute_sql(f"DROP FUNCTION {KEY_READ_SIGNATURE}")
    execute_sql(f"DROP FUNCTION IF EXISTS {EXPIRY_SIGNATURE}")
    execute_sql(f"DROP FUNCTION IF EXISTS public.{_0004._arg_types(PROVISION_SIGNATURE)}")
