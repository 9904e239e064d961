"""Codes stored in free-text columns, as a person reads them. No Qt.

States have CHECKs and enums (``domain.states``); a few VARCHAR columns without one hold
codes all the same ("data_protection", "INSERT", "purchase_orders"): the lists
(``gui.cell_format``) and Excel exports show them as words, as they show states.
"""

from __future__ import annotations

from functools import cache

from dicel_desktop.domain import states

#: Free-text columns (no CHECK) whose values are codes a program wrote or a short list
#: of words typed in lower case: a list shows them as words, as it shows states.
CODED_TEXT = {
    ("clients", "client_type"),
    ("compliance_audits", "audit_type"),
    ("financial_accounts", "account_type"),
    ("recovery_cases", "case_type"),
    ("recovery_documents", "document_type"),
    ("security_guards", "shift_preference"),
    ("security_assignments", "assignment_type"),
    ("marketing_campaigns", "campaign_type"),
    ("patrol_routes", "frequency"),
    ("leads", "source"),
    ("system_monitoring", "metric_name"),
    ("audit_logs", "action"),
    ("audit_logs", "table_name"),
    ("documents", "owner_table"),
}
#: The codes sites use most in the coded columns people fill in (the demo company's):
#: their words are translated (``known_words``); any other code is worded from itself.
COMMON_CODES: dict[tuple[str, str], tuple[str, ...]] = {
    ("clients", "client_type"): ("corporate", "government", "ngo", "sme"),
    ("compliance_audits", "audit_type"): (
        "data_protection", "external", "internal", "regulatory", "tax",
    ),
    ("financial_accounts", "account_type"): ("bank", "cash", "mobile_money", "savings"),
    ("leads", "source"): (
        "LinkedIn", "cold call", "radio", "referral", "trade fair", "walk-in", "website",
    ),
    ("marketing_campaigns", "campaign_type"): (
        "digital", "direct mail", "email", "event", "outdoor", "radio", "referral",
        "social media",
    ),
    ("patrol_routes", "frequency"): ("every 2 hours", "hourly", "nightly"),
    ("recovery_cases", "case_type"): ("asset_repossession", "client_mandate", "invoice_debt"),
    ("recovery_documents", "document_type"): (
        "bailiff_report", "court_filing", "debtor_list", "demand_letter", "handover_note",
        "inventory_of_equipment", "invoice_copies", "mandate_letter", "payment_plan",
        "police_report", "settlement_agreement", "statement_of_account",
    ),
    ("security_assignments", "assignment_type"): ("static",),
    ("security_guards", "shift_preference"): ("day", "night", "rotating"),
    ("system_monitoring", "metric_name"): (
        "cameras_offline", "connections", "cpu_usage", "disk_usage", "last_backup_age",
        "latency", "memory_usage", "packet_loss", "vpn_tunnels_down",
    ),
}  # fmt: skip
#: Columns that hold a table's name: shown as the list's name ("Purchase orders").
_TABLE_NAME_COLUMNS = {("audit_logs", "table_name"), ("documents", "owner_table")}
#: What the audit trail's statements mean to a person (services.schema_words lists them
#: for translation).
#: LOGIN: a sign-in's last-login stamp (``services.audit_words``).
AUDIT_ACTIONS = {
    "INSERT": "Created",
    "UPDATE": "Changed",
    "DELETE": "Deleted",
    "LOGIN": "Logged in",
}
#: Coded columns that hold only these codes (a program writes them): a filter offers
#: their words as a check list, as it offers a state's (eye34 #5: the audit log's
#: « Contient » box found « Connexion » nowhere, only "LOGIN").
CLOSED_CODES: dict[tuple[str, str], tuple[str, ...]] = {
    ("audit_logs", "action"): tuple(AUDIT_ACTIONS),
}
#: Words that keep their capitals when a code is written as words.
_ACRONYMS = {"sme": "SME", "ngo": "NGO", "cpu": "CPU", "vpn": "VPN"}


def code_words(table: str, column: str, value: str) -> str:
    """A coded value of ``table.column`` as a person reads it: "sme" -> "SME",
    "data_protection" -> "Data protection", "purchase_orders" -> "Purchase orders"."""
    if (table, column) in _TABLE_NAME_COLUMNS:
        # Imported here: services.columns reads CODED_TEXT from this module.
        from dicel_desktop.services.columns import all_table_names, table_spec

        if value in all_table_names():
            return table_spec(value).label
    if (table, column) == ("audit_logs", "action"):
        return AUDIT_ACTIONS.get(value.upper(), value)
    words = [_ACRONYMS.get(w, w) for w in states.words(value).split(" ")]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


@cache
def known_words() -> frozenset[str]:
    """The words :func:`code_words` can give that the interface has a translation of (a
    list's name, an audit action, a common code); any other code is worded from itself."""
    from dicel_desktop.services.columns import all_table_names, table_spec

    common = (code_words(t, c, code) for (t, c), codes in COMMON_CODES.items() for code in codes)
    return frozenset(
        {*AUDIT_ACTIONS.values(), *(table_spec(t).label for t in all_table_names()), *common}
    )
