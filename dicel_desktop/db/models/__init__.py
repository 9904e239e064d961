"""All 45 tables of the seed, one module per department, and the documents attached to
their records.

Importing this package registers every table on ``Base.metadata``.
"""

from dicel_desktop.db.base import Base
from dicel_desktop.db.models import (
    clients,
    compliance,
    core,
    cx,
    documents,
    finance,
    hr,
    inventory,
    it,
    recovery,
    risk,
    sales,
    search,  # after the tables its indexes are on
    security,
)
from dicel_desktop.db.models.ordered_dates import add_order_checks

add_order_checks(Base.metadata)

__all__ = [
    "Base",
    "clients",
    "compliance",
    "core",
    "cx",
    "documents",
    "finance",
    "hr",
    "inventory",
    "it",
    "recovery",
    "risk",
    "sales",
    "search",
    "security",
]
