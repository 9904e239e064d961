"""The system settings DICEL reads, by key (migration 0117, eye33 #1). No Qt, no database.

An administrator renamed ``leave.allowance.annual`` by one letter, saved with no warning,
and every employee's annual leave had no limit: nothing reads a key DICEL does not know,
and a type without its allowance is not limited. A setting's key is therefore fixed once
made (trigger ``system_settings_key_fixed``, DW027), and a setting whose key DICEL reads
is not deleted (trigger ``system_settings_read_kept``, DW028): its value is what changes,
within its bounds (``domain.setting_bounds``). A setting no part of DICEL reads (an
office's note, an obsolete key) may still be deleted.

The migration freezes these keys; tests/db/test_setting_keys.py holds them equal, and
holds every key a function body or the services read to this list.
"""

from __future__ import annotations

from dicel_desktop.domain.states import LeaveType

__all__ = ["READ_SETTINGS", "is_read"]

#: Keys DICEL reads: in the workflow functions (approval levels, leave, payroll,
#: invoices' VAT, files' size, printed pages) or in the program (the version a site
#: expects, the demo's login list).
READ_SETTINGS: frozenset[str] = frozenset(
    {
        # Printed pages and documents sent out (migrations 0014, 0099).
        "company.name",
        "company.address",
        "company.tin",
        "company.phone",
        "company.email",
        # An invoice's VAT (migration 0014).
        "tax.vat_rate_percent",
        # Above it, finance approves an order after the manager (migration 0013).
        "po.approval_threshold_rwf",
        # Leave a year per type, and how far back a request may start (migration 0012).
        *(f"leave.allowance.{kind.value}" for kind in LeaveType),
        "leave.max_days_in_past",
        # The payroll run (migrations 0014, 0063, 0104).
        "payroll.pay_day",
        "payroll.paye_bands",
        "payroll.pension_rate_percent",
        "payroll.maternity_rate_percent",
        "payroll.cbhi_rate_percent",
        "payroll.allowance_rate_percent",
        # The largest file an upload takes (migration 0008).
        "documents.max_size_mb",
        # The version the site expects, read at every login (migration 0021).
        "client.expected_version",
        "client.installer_location",
        # The demo's login window lists these people (demo.showcase).
        "demo.showcase_logins",
    }
)


def is_read(key: str | None) -> bool:
    """Whether DICEL reads the setting ``key``: it may not be deleted."""
    return key in READ_SETTINGS
