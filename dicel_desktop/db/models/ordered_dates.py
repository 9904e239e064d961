"""The CHECKs of ``domain.entry_rules.ORDERED_DATES`` on the models (migrations 0089
and 0098 make them in the database): the forms read their rules from the models' CHECKs."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, MetaData

from dicel_desktop.domain.entry_rules import ORDERED_DATES, order_check_name


def order_check_sql(later: str, earlier: str) -> str:
    """The CHECK's condition: a NULL date (not given) passes, as a CHECK's NULL does."""
    return f"{later} >= {earlier}"


def add_order_checks(metadata: MetaData) -> None:
    for table, later, earlier in ORDERED_DATES:
        metadata.tables[table].append_constraint(
            CheckConstraint(order_check_sql(later, earlier), name=order_check_name(later))
        )
