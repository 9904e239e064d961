"""How a list names a referenced record: a person, a department, an invoice number.

A grid never shows a UUID: every table some foreign key points to has a display here
(tests/db/test_listing.py checks it), joined LEFT on demand by :class:`Joins`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql.expression import ColumnElement, FromClause

#: How a referenced record is named in a list: a function of (joiner, alias) returning
#: an expression, NULL when there is no referenced record. Every table some foreign key
#: points to must be here (a test checks it): a grid never shows a UUID.
DisplayFn = Callable[["Joins", FromClause], ColumnElement[Any]]


def _joined(sep: str, *parts: ColumnElement[Any]) -> ColumnElement[Any]:
    # concat_ws skips NULLs; NULLIF turns "no referenced row" back into NULL, so the
    # name sorts in the NULL segment rather than first as an empty string.
    return sa.func.nullif(sa.func.concat_ws(sep, *parts, type_=sa.Text), "", type_=sa.Text)


def _person(_joins: Joins, users: FromClause) -> ColumnElement[Any]:
    return _joined(" ", users.c.first_name, users.c.last_name)


def _number_and_person(number: str) -> DisplayFn:
    def display(joins: Joins, alias: FromClause) -> ColumnElement[Any]:
        person = _person(joins, joins.ref(alias, "user_id"))
        return _joined(" — ", alias.c[number], person)

    return display


def _column(name: str) -> DisplayFn:
    return lambda _joins, alias: alias.c[name]


def _number_and_name(number: str, *names: str) -> DisplayFn:
    def display(_joins: Joins, alias: FromClause) -> ColumnElement[Any]:
        name = sa.func.coalesce(*(alias.c[n] for n in names), type_=sa.Text)
        return _joined(" — ", alias.c[number], name)

    return display


FK_DISPLAY: dict[str, DisplayFn] = {
    "users": _person,
    "departments": _column("name"),
    "clients": _column("company_name"),
    "suppliers": _column("supplier_name"),
    "employees": _number_and_person("employee_number"),
    "security_guards": _number_and_person("guard_number"),
    "financial_accounts": _column("account_name"),
    "inventory_items": _column("item_name"),
    "job_postings": _column("title"),
    "training_programs": _column("title"),
    "patrol_routes": _column("route_name"),
    "leads": _number_and_name("lead_number", "company_name", "contact_person"),
    "invoices": _column("invoice_number"),
    "risk_assessments": _number_and_name("assessment_number", "risk_category"),
    "recovery_cases": _number_and_name("case_number", "case_type"),
}


_ALIASES: dict[tuple[str, str], FromClause] = {}


def _alias(table: FromClause, name: str) -> FromClause:
    """One alias object per (table, name) for the whole program: making an alias copies
    every column of the table, which was most of the time it took to build a Listing."""
    key = (table.name, name)
    alias = _ALIASES.get(key)
    if alias is None:
        alias = _ALIASES.setdefault(key, table.alias(name))
    return alias


class Joins:
    """The FROM clause of one statement: the base table plus LEFT JOINs made on demand."""

    def __init__(self, base: FromClause) -> None:
        self.base = base
        self.clause: FromClause = base
        self._aliases: dict[tuple[str, str], FromClause] = {}

    def ref(self, parent: FromClause, fk_column: str) -> FromClause:
        """LEFT JOIN (once) the table that ``parent.fk_column`` references."""
        key = (parent.name, fk_column)
        alias = self._aliases.get(key)
        if alias is None:
            column = parent.c[fk_column]
            target = next(iter(column.foreign_keys)).column.table
            prefix = "" if parent is self.base else f"{parent.name}_"
            alias = _alias(target, f"r_{prefix}{fk_column}")
            # LEFT JOIN on the referenced primary key: at most one row, counts unchanged.
            self.clause = self.clause.outerjoin(alias, alias.c.id == column)
            self._aliases[key] = alias
        return alias
