"""Which modules and lists a role sees, from the permission table.

Everyone may read the public directory (departments, people's public columns) and their
own records (self-service, filtered by row security). Those belong in "My work"; a
module's tab appears only where the role can do more than a plain employee.
"""

from __future__ import annotations

from dicel_desktop.db.models import Base
from dicel_desktop.domain.modules import MODULES, Module
from dicel_desktop.domain.permissions import readable_columns, rights
from dicel_desktop.domain.roles import Role
from dicel_desktop.services.columns import COMPUTED


def module_tables(role: Role, module: Module) -> list[str]:
    """The module's tables this role works with, in the module's order."""
    baseline = Role.EMPLOYEE
    found = []
    for table in module.tables:
        mine = rights(role, table)
        if not mine.select:
            continue
        if role is baseline or mine != rights(baseline, table):
            found.append(table)
    return found if role is not baseline else []


def visible_modules(role: Role) -> list[Module]:
    return [m for m in MODULES if module_tables(role, m)]


def columns_for(role: Role, table: str) -> list[str]:
    """The columns of ``table`` this role may read (what the grid may show and query),
    with the computed ones (``columns.COMPUTED``) whose every column read it may read."""
    stored = readable_columns(role, table, [c.name for c in Base.metadata.tables[table].columns])
    computed = [
        c.name
        for c in COMPUTED.get(table, ())
        if all(readable_columns(role, t, [column]) for t, column in c.reads)
    ]
    return [*stored, *computed]
