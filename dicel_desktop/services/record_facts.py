"""What a record's window and its dialogs say beside the record's values, read in the
statement that reads the row: an item's open orders still awaiting it (eye30r: "below its
minimum" said "time to order more" with 5 on the way). Each fact reads only for a role
that reads every column it reads, the same gate wherever it is read (the record window,
``services.records``; Move stock…, ``services.stock``). No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.sql.expression import ColumnElement, FromClause

from dicel_desktop.domain.permissions import readable_columns
from dicel_desktop.domain.roles import Role
from dicel_desktop.services.invoice_balance import BALANCE_READS, amount_paid, balance_due
from dicel_desktop.services.order_awaited import ON_ORDER_READS, on_order

__all__ = ["FACTS", "Fact", "readable_facts"]


@dataclass(frozen=True)
class Fact:
    """One thing said beside a record's values, by ``name``
    (``Record.facts[name]``)."""

    name: str
    #: Every (table, column) its SQL reads: a role that reads them all is told it.
    reads: tuple[tuple[str, str], ...]
    #: Its SQL over the record's row.
    sql: Callable[[FromClause], ColumnElement[Any]]

    def readable_by(self, role: Role) -> bool:
        return all(readable_columns(role, table, [column]) for table, column in self.reads)


#: Table -> its facts. An item's open orders still awaiting it, as JSON
#: (``services.order_awaited.on_order``).
FACTS: dict[str, tuple[Fact, ...]] = {
    "inventory_items": (Fact("on_order", ON_ORDER_READS, on_order),),
    # What was received and what is still owed, as the invoices list works them out
    # (eye30s, 6); the form's Amounts section says them (form_layouts.SECTION_FACTS).
    "invoices": (
        Fact("amount_paid", BALANCE_READS, amount_paid),
        Fact("balance_due", BALANCE_READS, balance_due),
    ),
}


def readable_facts(table: str, role: Role) -> tuple[Fact, ...]:
    """The facts of ``table`` whose every column ``role`` reads."""
    return tuple(fact for fact in FACTS.get(table, ()) if fact.readable_by(role))
