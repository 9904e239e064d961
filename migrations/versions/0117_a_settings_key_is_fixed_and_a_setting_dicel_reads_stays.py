"""A setting's key is fixed once made, and a setting DICEL reads is not deleted.

Revision ID: 0117
Revises: 0116
Create Date: 2026-12-06

Found by a user-eye review (/work/reports/eye33.md #1): an administrator typed one letter
less in the key of ``leave.allowance.annual`` and saved; nothing asked, and every
employee's annual leave then had no yearly limit (a type without its allowance is not
limited, ``dicel_leave_balance``). Deleting the row did the same, and psql allowed both.

* A setting's key is fixed once made: an UPDATE that changes ``setting_key`` is refused
  for every login (``DW027``, DETAIL ``key``: the key as stored, COLUMN ``setting_key``;
  trigger ``system_settings_key_fixed``). Its value stays the administrator's to change,
  within its type and bounds (migrations 0010, 0096). A setting under another key is a
  new setting.
* A setting DICEL reads (``domain/setting_keys.READ_SETTINGS``, frozen here: approval
  threshold, leave allowances, VAT, payroll rates, the largest file, the company's
  details, the version a site expects) is not deleted (``DW028``, DETAIL ``key``;
  trigger ``system_settings_read_kept``). An obsolete key no part of DICEL reads may
  still be deleted (``permissions.DELETABLE_TABLES``).

A superuser is not asked (as migration 0116's assignee): a later revision that changes
which key DICEL reads renames or removes its row itself. The downgrade drops both
triggers and their functions.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import DEFINER, create_owned_function, execute_sql

revision: str = "0117"
down_revision: str | None = "0116"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW027": ("a setting's key changed", ("key",)),
    "DW028": ("a setting DICEL reads, deleted", ("key",)),
}

#: ``domain/setting_keys.READ_SETTINGS``, frozen (tests/db/test_setting_keys.py).
READ_SETTINGS: tuple[str, ...] = (
    "client.expected_version",
    "client.installer_location",
    "company.address",
    "company.email",
    "company.name",
    "company.phone",
    "company.tin",
    "demo.showcase_logins",
    "documents.max_size_mb",
    "leave.allowance.annual",
    "leave.allowance.compassionate",
    "leave.allowance.maternity",
    "leave.allowance.paternity",
    "leave.allowance.sick",
    "leave.allowance.study",
    "leave.allowance.unpaid",
    "leave.max_days_in_past",
    "payroll.allowance_rate_percent",
    "payroll.cbhi_rate_percent",
    "payroll.maternity_rate_percent",
    "payroll.pay_day",
    "payroll.paye_bands",
    "payroll.pension_rate_percent",
    "po.approval_threshold_rwf",
    "tax.vat_rate_percent",
)

KEY_SIGNATURE = "public.dicel_setting_key_fixed()"
KEY_FUNCTION = f"""
CREATE FUNCTION {KEY_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
BEGIN
    -- Migration 0117 (eye33 #1): a key one letter off is a setting nothing reads, and
    -- what DICEL reads is then absent (leave without a yearly limit). The value changes;
    -- the key is fixed once made. A superuser (a later revision) is not asked.
    IF public.dicel_current_user_id() IS NULL THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'DW027',
        MESSAGE = format('the key of setting %s is fixed', OLD.setting_key),
        DETAIL = json_build_object('key', OLD.setting_key)::text,
        SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'setting_key';
END
$$"""
KEY_TRIGGER = (
    "CREATE TRIGGER system_settings_key_fixed BEFORE UPDATE OF setting_key"
    " ON public.system_settings FOR EACH ROW"
    " WHEN (OLD.setting_key IS DISTINCT FROM NEW.setting_key)"
    f" EXECUTE FUNCTION {KEY_SIGNATURE}"
)

KEPT_SIGNATURE = "public.dicel_setting_read_kept()"
KEPT_FUNCTION = f"""
CREATE FUNCTION {KEPT_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
BEGIN
    -- Migration 0117 (eye33 #1): a setting DICEL reads, deleted, is read as absent (no
    -- leave limit, no finance level on orders). TG_ARGV: the keys it reads. An obsolete
    -- key goes. A superuser (a later revision) is not asked.
    IF public.dicel_current_user_id() IS NULL OR NOT OLD.setting_key = ANY (TG_ARGV) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'DW028',
        MESSAGE = format('setting %s is read by DICEL and stays', OLD.setting_key),
        DETAIL = json_build_object('key', OLD.setting_key)::text,
        SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'setting_key';
END
$$"""


def _kept_trigger() -> str:
    keys = ", ".join(f"'{key}'" for key in READ_SETTINGS)
    return (
        "CREATE TRIGGER system_settings_read_kept BEFORE DELETE ON public.system_settings"
        f" FOR EACH ROW EXECUTE FUNCTION {KEPT_SIGNATURE[:-2]}({keys})"
    )


def upgrade() -> None:
    create_owned_function(KEY_FUNCTION, KEY_SIGNATURE)
    execute_sql(KEY_TRIGGER)
    create_owned_function(KEPT_FUNCTION, KEPT_SIGNATURE)
    execute_sql(_kept_trigger())


def downgrade() -> None:
    execute_sql("DROP TRIGGER system_settings_read_kept ON public.system_settings")
    execute_sql(f"DROP FUNCTION {KEPT_SIGNATURE}")
    execute_sql("DROP TRIGGER system_settings_key_fixed ON public.system_settings")
    execute_sql(f"DROP FUNCTION {KEY_SIGNATURE}")
