"""A setting DICEL reads keeps the type DICEL reads it as, the PAYE bands have a shape,
and an asset put in storage or retired has no holder.

Revision ID: 0124
Revises: 0123
Create Date: 2026-12-06

Found by a user-eye review (/work/reports/eye34.md #1, #2, #4):

* **A setting DICEL reads keeps its type** (``DW029``, DETAIL ``key``, ``type``: the type
  DICEL reads it as; COLUMN ``setting_type``; trigger ``system_settings_read_as_typed``,
  function ``dicel_setting_read_as_typed``). The VAT rate saved as Text "20 %" was read
  as absent (``dicel_setting_number`` reads only a plain number) and invoices stayed at
  18 %; the annual leave allowance as Text "18 jours" gave every employee unlimited
  leave. A key of ``domain/setting_keys.READ_TYPES`` (frozen here as ``READ_TYPES``;
  tests/db/test_setting_keys.py holds them equal) is written only with that type, by
  every login and the superuser alike (the demo and ``client_version`` write these
  types). A setting no part of DICEL reads takes any type. Rows already stored are not
  changed: the upgrade counts those of another type, and the first save of one says
  which type it takes.
* **The PAYE bands have a shape** (``DW030``, DETAIL ``key``, ``action``: what is wrong,
  ``band``: its position from 1; same trigger; function ``dicel_paye_bands_fault(text)``,
  mirrored by ``domain/paye_bands.fault``, a test holds them equal): a non-empty JSON
  array of objects ``{"upto": …, "rate": …}``; ``rate`` a JSON number from 0 to 100;
  ``upto`` a whole JSON number above the band before it's, ``null`` on the last band
  only, which must be open. ``[]`` took no PAYE from anyone, a 300 % band three times the
  gross, "60 000" stopped the next payroll run on a raw cast error. A value that is no
  JSON at all is left to 0010's CHECK (its own sentence).
* **A stored or retired asset has no holder** (trigger ``it_assets_holder_follows_status``,
  function ``dicel_holder_follows_status``): Put in storage and Retire (and Found, lost →
  in storage) clear ``assigned_to``: the asset is on the shelf, no longer "held by" a
  leaver whose laptop IT recovered. A lost asset keeps its holder (who lost it; DW415
  reads it). Return to service (→ active) of an asset whose holder is a deactivated login
  (one sent to repair while held) is refused as a new holder is (``DW499``, DETAIL
  ``name`` and ``action`` ``return_to_service``, COLUMN ``assigned_to``): 0120's trigger asks only a changed holder, and the
  step changed none. A superuser is not asked the refusal (as 0120). The upgrade clears
  the holder of the assets already in storage or retired.

The downgrade drops the triggers and their functions (holders cleared stay cleared).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from dicel_desktop.db.migrate import DEFINER, create_owned_function, execute_sql

revision: str = "0124"
down_revision: str | None = "0123"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW029": ("a setting DICEL reads, written with another type", ("key", "type")),
    "DW030": ("PAYE bands of another shape", ("key", "action", "band")),
    "DW499": ("an asset back in service to a deactivated login", ("name", "action")),
}

#: ``domain/setting_keys.READ_TYPES``, frozen (tests/db/test_setting_keys.py).
READ_TYPES: dict[str, str] = {
    "client.expected_version": "string",
    "client.installer_location": "string",
    "company.address": "string",
    "company.email": "string",
    "company.name": "string",
    "company.phone": "string",
    "company.tin": "string",
    "demo.showcase_logins": "json",
    "documents.max_size_mb": "number",
    "leave.allowance.annual": "number",
    "leave.allowance.compassionate": "number",
    "leave.allowance.maternity": "number",
    "leave.allowance.paternity": "number",
    "leave.allowance.sick": "number",
    "leave.allowance.study": "number",
    "leave.allowance.unpaid": "number",
    "leave.max_days_in_past": "number",
    "payroll.allowance_rate_percent": "number",
    "payroll.cbhi_rate_percent": "number",
    "payroll.maternity_rate_percent": "number",
    "payroll.pay_day": "number",
    "payroll.paye_bands": "json",
    "payroll.pension_rate_percent": "number",
    "po.approval_threshold_rwf": "number",
    "tax.vat_rate_percent": "number",
}
PAYE_KEY = "payroll.paye_bands"

# --------------------------------------------------------------------------- PAYE bands

FAULT_SIGNATURE = "public.dicel_paye_bands_fault(text)"
FAULT_FUNCTION = """
CREATE FUNCTION public.dicel_paye_bands_fault(p_value text)
RETURNS jsonb LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_bands jsonb;
    v_band jsonb;
    v_count int;
    v_at int := 0;
    v_previous numeric;
BEGIN
    -- Migration 0124 (eye34 #2): what is wrong with PAYE bands, as
    -- {"action": fault, "band": position from 1}, or NULL when nothing is (or the value
    -- is no JSON: 0010's CHECK says so). domain/paye_bands.fault mirrors it.
    IF p_value IS NULL THEN
        RETURN NULL;
    END IF;
    BEGIN
        v_bands := p_value::jsonb;
    EXCEPTION WHEN others THEN
        RETURN NULL;
    END;
    IF jsonb_typeof(v_bands) <> 'array' OR jsonb_array_length(v_bands) = 0 THEN
        RETURN jsonb_build_object('action', 'list', 'band', 0);
    END IF;
    v_count := jsonb_array_length(v_bands);
    FOR v_band IN SELECT e FROM jsonb_array_elements(v_bands) e LOOP
        v_at := v_at + 1;
        IF jsonb_typeof(v_band) <> 'object' OR NOT v_band ? 'upto' OR NOT v_band ? 'rate' THEN
            RETURN jsonb_build_object('action', 'band', 'band', v_at);
        END IF;
        IF jsonb_typeof(v_band -> 'rate') <> 'number'
           OR (v_band ->> 'rate')::numeric NOT BETWEEN 0 AND 100 THEN
            RETURN jsonb_build_object('action', 'rate', 'band', v_at);
        END IF;
        IF jsonb_typeof(v_band -> 'upto') = 'null' THEN
            IF v_at < v_count THEN
                RETURN jsonb_build_object('action', 'open', 'band', v_at);
            END IF;
        ELSIF v_at = v_count THEN
            RETURN jsonb_build_object('action', 'last', 'band', v_at);
        ELSIF jsonb_typeof(v_band -> 'upto') <> 'number'
           OR (v_band ->> 'upto')::numeric <> trunc((v_band ->> 'upto')::numeric)
           OR (v_band ->> 'upto')::numeric <= coalesce(v_previous, 0) THEN
            RETURN jsonb_build_object('action', 'upto', 'band', v_at);
        ELSE
            v_previous := (v_band ->> 'upto')::numeric;
        END IF;
    END LOOP;
    RETURN NULL;
END
$$"""

# --------------------------------------------------------------------------- types

TYPED_SIGNATURE = "public.dicel_setting_read_as_typed()"
TYPED_TRIGGER = "system_settings_read_as_typed"


def _typed_function() -> str:
    cases = "\n".join(
        f"        WHEN '{key}' THEN '{kind}'" for key, kind in sorted(READ_TYPES.items())
    )
    return f"""
CREATE FUNCTION {TYPED_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_type text;
    v_fault jsonb;
BEGIN
    -- Migration 0124 (eye34 #1): a setting DICEL reads is read as one type; under
    -- another its value is read as absent ("20 %" VAT, "18 jours" of leave: no limit).
    v_type := CASE NEW.setting_key
{cases}
    END;
    IF v_type IS NOT NULL AND NEW.setting_type IS DISTINCT FROM v_type THEN
        RAISE EXCEPTION USING ERRCODE = 'DW029',
            MESSAGE = format('setting %s is read as %s', NEW.setting_key, v_type),
            DETAIL = json_build_object('key', NEW.setting_key, 'type', v_type)::text,
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'setting_type';
    END IF;
    -- (eye34 #2) The PAYE bands have a shape: [] took no PAYE, 300 % more than the gross.
    IF NEW.setting_key = '{PAYE_KEY}' THEN
        v_fault := public.dicel_paye_bands_fault(NEW.setting_value);
        IF v_fault IS NOT NULL THEN
            RAISE EXCEPTION USING ERRCODE = 'DW030',
                MESSAGE = format('the PAYE bands are not of their shape (%s, band %s)',
                                 v_fault ->> 'action', v_fault ->> 'band'),
                DETAIL = json_build_object('key', NEW.setting_key,
                                           'action', v_fault ->> 'action',
                                           'band', v_fault ->> 'band')::text,
                SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'setting_value';
        END IF;
    END IF;
    RETURN NEW;
END
$$"""


TYPED_TRIGGER_SQL = (
    f"CREATE TRIGGER {TYPED_TRIGGER} BEFORE INSERT OR UPDATE OF setting_key, setting_type,"
    " setting_value ON public.system_settings"
    f" FOR EACH ROW EXECUTE FUNCTION {TYPED_SIGNATURE}"
)


def _typed_elsewhere() -> str:
    pairs = ", ".join(f"('{key}', '{kind}')" for key, kind in sorted(READ_TYPES.items()))
    return (
        "SELECT count(*) FROM public.system_settings s"
        f" JOIN (VALUES {pairs}) AS t(key, kind) ON t.key = s.setting_key"
        " WHERE s.setting_type IS DISTINCT FROM t.kind"
    )


# --------------------------------------------------------------------------- asset holder

#: The states an asset has no holder in (it is on the shelf, or out of use).
UNHELD = ("in_storage", "retired")
HOLDER_SIGNATURE = "public.dicel_holder_follows_status()"
HOLDER_TRIGGER = "it_assets_holder_follows_status"
_UNHELD_SQL = ", ".join(f"'{state}'" for state in UNHELD)
HOLDER_FUNCTION = f"""
CREATE FUNCTION {HOLDER_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_name text;
BEGIN
    -- Migration 0124 (eye34 #4): an asset put in storage or retired is no longer held
    -- (a leaver's recovered laptop still showed him). A lost one keeps who lost it.
    IF NEW.status IN ({_UNHELD_SQL}) THEN
        NEW.assigned_to := NULL;
        RETURN NEW;
    END IF;
    -- Back in service to a deactivated holder (sent to repair while held): as 0120's
    -- DW499 refuses a new holder. A superuser is not asked.
    IF NEW.status = 'active' AND NEW.assigned_to IS NOT NULL
       AND public.dicel_current_user_id() IS NOT NULL THEN
        SELECT coalesce(nullif(btrim(concat_ws(' ', u.first_name, u.last_name)), ''), u.email)
          INTO v_name
          FROM public.users u WHERE u.id = NEW.assigned_to AND NOT coalesce(u.is_active, true);
        IF FOUND THEN
            RAISE EXCEPTION USING ERRCODE = 'DW499',
                MESSAGE = format('user %s is deactivated: the asset does not go back to them',
                                 NEW.assigned_to),
                DETAIL = json_build_object('name', v_name, 'action', 'return_to_service')::text,
                SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'assigned_to';
        END IF;
    END IF;
    RETURN NEW;
END
$$"""
HOLDER_TRIGGER_SQL = (
    f"CREATE TRIGGER {HOLDER_TRIGGER} BEFORE UPDATE OF status ON public.it_assets"
    " FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)"
    f" EXECUTE FUNCTION {HOLDER_SIGNATURE}"
)
CLEAR_UNHELD = (
    f"UPDATE public.it_assets SET assigned_to = NULL"
    f" WHERE status IN ({_UNHELD_SQL}) AND assigned_to IS NOT NULL"
)


def upgrade() -> None:
    elsewhere = execute_sql(_typed_elsewhere()).fetchone()[0]
    if elsewhere:
        log.warning(
            "%d setting(s) DICEL reads are stored with another type than it reads them as;"
            " they stay, and their next save gives them that type",
            elsewhere,
        )
    create_owned_function(FAULT_FUNCTION, FAULT_SIGNATURE)
    create_owned_function(_typed_function(), TYPED_SIGNATURE)
    execute_sql(TYPED_TRIGGER_SQL)

    cleared = execute_sql(CLEAR_UNHELD).rowcount
    if cleared:
        log.warning("%d IT asset(s) in storage or retired no longer have a holder", cleared)
    create_owned_function(HOLDER_FUNCTION, HOLDER_SIGNATURE)
    execute_sql(HOLDER_TRIGGER_SQL)


def downgrade() -> None:
    execute_sql(f"DROP TRIGGER {HOLDER_TRIGGER} ON public.it_assets")
    execute_sql(f"DROP FUNCTION {HOLDER_SIGNATURE}")
    execute_sql(f"DROP TRIGGER {TYPED_TRIGGER} ON public.system_settings")
    execute_sql(f"DROP FUNCTION {TYPED_SIGNATURE}")
    execute_sql(f"DROP FUNCTION {FAULT_SIGNATURE}")
