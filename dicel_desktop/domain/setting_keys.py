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
from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP

__all__ = [
    "DEMO_ONLY",
    "LEAVE_ALLOWANCE",
    "OFFERED",
    "PURPOSES",
    "READ_SETTINGS",
    "READ_TYPES",
    "is_read",
    "purpose",
    "read_type",
    "subject",
]

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


#: Read only by demo mode: a company's server has no use for it.
DEMO_ONLY: frozenset[str] = frozenset({"demo.showcase_logins"})

#: The keys a new setting is chosen from (Administration > System settings > New), in
#: the order the form lists them; README's table of the settings DICEL reads lists the
#: same (tests/unit/test_setting_keys_offered.py). admin40: the key was free text, and
#: one letter off was saved and read as absent.
OFFERED: tuple[str, ...] = tuple(sorted(READ_SETTINGS - DEMO_ONLY))


#: The type DICEL reads each of them as (migration 0124, eye34 #1): the database refuses
#: another (DW029, trigger ``system_settings_read_as_typed``), and the settings form holds
#: the type. The VAT rate saved as Text "20 %" was read as absent (invoices stayed at
#: 18 %); the annual allowance as Text "18 jours" lifted every employee's limit.
READ_TYPES: dict[str, str] = {
    **{key: "string" for key in READ_SETTINGS if key.startswith(("company.", "client."))},
    **{
        key: "number"
        for key in READ_SETTINGS
        if key.startswith(("tax.", "po.", "leave.", "documents.", "payroll."))
    },
    "payroll.paye_bands": "json",
    "demo.showcase_logins": "json",
}


def read_type(key: str | None) -> str | None:
    """The type DICEL reads the setting ``key`` as, or None for one it does not read."""
    return READ_TYPES.get(key) if key is not None else None


def is_read(key: str | None) -> bool:
    """Whether DICEL reads the setting ``key``: it may not be deleted."""
    return key in READ_SETTINGS


#: What DICEL does with each setting it reads, as the setting's form says it under the
#: title: an administrator changing the VAT rate or a PAYE band sees what it moves
#: (stop 34). In the window's words (context ``RecordWindow``); the leave allowances
#: share one sentence with the leave type's word in it.
PURPOSES: dict[str, str] = {
    "company.name": QT_TRANSLATE_NOOP(
        "RecordWindow", "The company's name at the top of every printed page and document."
    ),
    "company.address": QT_TRANSLATE_NOOP(
        "RecordWindow", "The company's address on invoices, payslips and printed documents."
    ),
    "company.tin": QT_TRANSLATE_NOOP(
        "RecordWindow", "The company's taxpayer number (TIN), printed on its invoices."
    ),
    "company.phone": QT_TRANSLATE_NOOP(
        "RecordWindow", "The company's telephone number on printed documents."
    ),
    "company.email": QT_TRANSLATE_NOOP(
        "RecordWindow", "The company's e-mail address on printed documents."
    ),
    "tax.vat_rate_percent": QT_TRANSLATE_NOOP(
        "RecordWindow",
        "The VAT rate, in percent, of the invoices written after a change; an invoice "
        "already written keeps its rate.",
    ),
    "po.approval_threshold_rwf": QT_TRANSLATE_NOOP(
        "RecordWindow",
        "A purchase order above this total (RWF) is approved by finance after the "
        "department's manager.",
    ),
    "leave.max_days_in_past": QT_TRANSLATE_NOOP(
        "RecordWindow", "How many days before today a leave request may start."
    ),
    "payroll.pay_day": QT_TRANSLATE_NOOP("RecordWindow", "The day of the month salaries are paid."),
    "payroll.paye_bands": QT_TRANSLATE_NOOP(
        "RecordWindow",
        "The PAYE bands of the payroll runs: each band's upper limit on the monthly gross "
        "(RWF) and its rate.",
    ),
    "payroll.pension_rate_percent": QT_TRANSLATE_NOOP(
        "RecordWindow", "The employee's RSSB pension share, in percent of the gross pay."
    ),
    "payroll.maternity_rate_percent": QT_TRANSLATE_NOOP(
        "RecordWindow", "The employee's RSSB maternity share, in percent of the gross pay."
    ),
    "payroll.cbhi_rate_percent": QT_TRANSLATE_NOOP(
        "RecordWindow",
        "Community-based health insurance (Mutuelle), in percent of the net pay.",
    ),
    "payroll.allowance_rate_percent": QT_TRANSLATE_NOOP(
        "RecordWindow",
        "The transport and housing allowance of the payroll runs, in percent of the basic salary.",
    ),
    "documents.max_size_mb": QT_TRANSLATE_NOOP(
        "RecordWindow", "The largest file an upload takes, in megabytes."
    ),
    "client.expected_version": QT_TRANSLATE_NOOP(
        "RecordWindow",
        "The DICEL Desktop version this site expects: an older one says at login that "
        "it should be updated.",
    ),
    "client.installer_location": QT_TRANSLATE_NOOP(
        "RecordWindow", "Where an older DICEL Desktop tells its user to find the installer."
    ),
    "demo.showcase_logins": QT_TRANSLATE_NOOP(
        "RecordWindow", "The people the demo's login window lists."
    ),
}

#: The leave allowances' sentence: ``{leave}`` is the leave's name ("Annual leave"),
#: first, as what differs between them (review35b F3: six rows read alike at the
#: column's width).
LEAVE_ALLOWANCE = QT_TRANSLATE_NOOP(
    "RecordWindow",
    "{leave}: the working days a year each employee may take of it. The balance shown "
    "when filing a request is worked out from it.",
)


def purpose(key: str | None) -> tuple[str, LeaveType | None] | None:
    """What DICEL does with the setting ``key`` (English, for the window to translate),
    with the leave type its sentence names; None for a setting DICEL does not read."""
    if key is None:
        return None
    found = PURPOSES.get(key)
    if found is not None:
        return found, None
    prefix = "leave.allowance."
    if key.startswith(prefix) and key[len(prefix) :] in set(LeaveType):
        return LEAVE_ALLOWANCE, LeaveType(key[len(prefix) :])
    return None


#: What a sentence about a setting's value calls the setting, where its form shows its
#: purpose under the title (eye35 §8): "This allowance takes a whole number of days…",
#: not "The setting leave.allowance.annual takes…", a key the purpose already explains.
#: In the words of the sentences (context ``errors``).
SUBJECTS: dict[str, str] = {
    "company.phone": QT_TRANSLATE_NOOP("errors", "The company's phone"),
    "company.email": QT_TRANSLATE_NOOP("errors", "The company's e-mail"),
    "tax.vat_rate_percent": QT_TRANSLATE_NOOP("errors", "This rate"),
    "po.approval_threshold_rwf": QT_TRANSLATE_NOOP("errors", "This threshold"),
    "leave.max_days_in_past": QT_TRANSLATE_NOOP("errors", "This number of days"),
    "payroll.pay_day": QT_TRANSLATE_NOOP("errors", "The pay day"),
    "payroll.pension_rate_percent": QT_TRANSLATE_NOOP("errors", "This rate"),
    "payroll.maternity_rate_percent": QT_TRANSLATE_NOOP("errors", "This rate"),
    "payroll.cbhi_rate_percent": QT_TRANSLATE_NOOP("errors", "This rate"),
    "payroll.allowance_rate_percent": QT_TRANSLATE_NOOP("errors", "This rate"),
    "documents.max_size_mb": QT_TRANSLATE_NOOP("errors", "The largest file size"),
}
#: The leave allowances' subject.
ALLOWANCE_SUBJECT = QT_TRANSLATE_NOOP("errors", "This allowance")


def subject(key: str | None) -> str | None:
    """What a sentence about the value of the setting ``key`` calls it (English, for the
    GUI to translate), or None where its form shows no purpose (then the key names it)."""
    found = SUBJECTS.get(key) if key is not None else None
    if found is not None:
        return found
    read = purpose(key)
    return ALLOWANCE_SUBJECT if read is not None and read[1] is not None else None
