"""A list marks a closed account where it names one (``columns.CLOSED_BY``, card40): its
query reads the account's open column beside the name, so every role that may read a
reference to an account must read that column too, or its list would be refused."""

from __future__ import annotations

from dicel_desktop.db.models import Base
from dicel_desktop.domain.permissions import readable_columns
from dicel_desktop.domain.roles import Role
from dicel_desktop.services.columns import CLOSED_BY


def test_who_reads_a_reference_to_a_marked_table_reads_whether_it_is_closed():
    checked = 0
    for table in Base.metadata.tables.values():
        for column in table.columns:
            for key in column.foreign_keys:
                target = key.column.table.name
                if target not in CLOSED_BY:
                    continue
                for role in Role:
                    if not readable_columns(role, table.name, [column.name]):
                        continue
                    checked += 1
                    assert readable_columns(role, target, [CLOSED_BY[target]]), (
                        f"{role.value} reads {table.name}.{column.name} but not"
                        f" {target}.{CLOSED_BY[target]}"
                    )
    assert checked >= 2  # finance and admin on transactions at least
