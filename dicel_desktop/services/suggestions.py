"""Words people typed before in a free-text category, offered as the next one is typed.

A category, a type or a source is free text in the seed ("Fuel", "hardware", "sme"), so
the same thing can be spelled two ways, and some rules match it exactly: an approved
expense moves the budget of *its category* (migration 0014: ``budget_category =
expense_category``), so "fuel" against a budget for "Fuel" moves none. The form offers
the values already in use as the person types (``gui.editors.text.TextEditor.offer``),
most used first; anything new may still be typed. No Qt.

:func:`typed_before` reads them under the reader's grants and row security, from a
bounded sample of rows (a category repeats; a million rows need not be read for it), and
for a category that must match another table's (an expense's and a budget's) from both,
where the role may read the other.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.db.models import Base
from dicel_desktop.domain.permissions import readable_columns
from dicel_desktop.domain.roles import Role

__all__ = [
    "MOST_OFFERED",
    "SAMPLE_ROWS",
    "SUGGESTED",
    "sources_of",
    "typed_before",
    "typed_before_in",
]

#: (table, column): free text whose values repeat (categories, types, sources).
SUGGESTED: frozenset[tuple[str, str]] = frozenset(
    {
        ("budgets", "budget_category"),
        ("candidates", "education_level"),
        ("client_support_tickets", "category"),
        ("clients", "client_type"),
        ("compliance_audits", "audit_type"),
        ("compliance_policies", "policy_category"),
        ("contracts", "contract_type"),
        ("expenses", "expense_category"),
        ("financial_accounts", "account_type"),
        ("inventory_items", "category"),
        ("it_assets", "asset_type"),
        ("it_support_tickets", "category"),
        ("leads", "source"),
        ("marketing_campaigns", "campaign_type"),
        ("patrol_routes", "frequency"),
        ("recovery_cases", "case_type"),
        ("recovery_documents", "document_type"),
        ("risk_assessments", "risk_category"),
        ("risk_incidents", "incident_type"),
        ("security_assignments", "assignment_type"),
        ("security_guards", "shift_preference"),
        ("security_incidents", "incident_type"),
    }
)
#: Categories another table's rows must match exactly: offered from both.
_MATCHED: dict[tuple[str, str], tuple[str, str]] = {
    ("expenses", "expense_category"): ("budgets", "budget_category"),
    ("budgets", "budget_category"): ("expenses", "expense_category"),
}
#: Rows read per source at most: the values of a category show in far fewer.
SAMPLE_ROWS = 20_000
#: Values offered at most, the most used first.
MOST_OFFERED = 200


def sources_of(table: str, column: str, role: Role | str) -> list[tuple[str, str]]:
    """Where ``table.column``'s suggestions come from, as ``role`` may read them."""
    if (table, column) not in SUGGESTED:
        return []
    candidates = [(table, column)]
    if (table, column) in _MATCHED:
        candidates.append(_MATCHED[(table, column)])
    return [(t, c) for t, c in candidates if readable_columns(role, t, [c])]


def typed_before(session: Session, table: str, column: str, role: Role | str) -> list[str]:
    """The values of ``table.column`` in use (with its matched category's), the most used
    first, then alphabetically; [] for a column that is not a category."""
    samples = []
    for source_table, source_column in sources_of(table, column, role):
        model = Base.metadata.tables[source_table]
        value = model.c[source_column]
        samples.append(
            sa.select(value.label("value"))
            .where(value.is_not(None), sa.func.btrim(value) != "")
            .limit(SAMPLE_ROWS)
        )
    if not samples:
        return []
    union = sa.union_all(*samples).subquery()
    stmt = (
        sa.select(union.c.value)
        .group_by(union.c.value)
        .order_by(sa.func.count().desc(), union.c.value)
        .limit(MOST_OFFERED)
    )
    return [str(v) for v in session.execute(stmt).scalars()]


def typed_before_in(
    session: Session, table: str, columns: tuple[str, ...], role: Role | str
) -> dict[str, list[str]]:
    """:func:`typed_before` for each of a form's ``columns``, in one unit of work."""
    return {column: typed_before(session, table, column, role) for column in columns}
