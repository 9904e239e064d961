"""The department modules of the main window and the tables each one shows.

Which tables a module lists, and their titles, come from the registry (``domain.tables``).
A module's tab is shown to a role when the permission table lets that role read at least
one of the module's tables (dicel_desktop.domain.permissions); which tables and columns
appear inside follows the same table. Hiding is for comfort: PostgreSQL enforces.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from dicel_desktop.domain.tables import TABLES


@dataclass(frozen=True)
class Module:
    key: str
    title: str
    #: Tables in the order their lists appear in the module.
    tables: tuple[str, ...]


#: (key, title) of each module, in the order of the main window's tabs.
_MODULE_TITLES: tuple[tuple[str, str], ...] = (
    ("hr", "Human Resources"),
    ("finance", "Finance"),
    ("it", "IT"),
    ("security", "Security"),
    ("inventory", "Inventory"),
    ("clients", "Clients"),
    ("sales", "Sales & Marketing"),
    ("cx", "Customer Experience"),
    ("risk", "Risk"),
    ("recovery", "Recovery"),
    ("compliance", "Compliance"),
    ("admin", "Administration"),
)

MODULES: tuple[Module, ...] = tuple(
    Module(key, title, tuple(t.name for t in TABLES.values() if t.module == key))
    for key, title in _MODULE_TITLES
)

#: The twelve departments' names as the program knows them (the modules' titles, and the
#: roles' labels): a ``departments`` row named so is one of them, and is written in the
#: reader's language wherever a sentence or a label names it (``gui.translations.
#: tr_department``). The stored name is the key, not the code: the code is the company's
#: own short key (the demo's "INV", "FIN"), the name is what the program already shows
#: and translates; a department named otherwise ("Stores") is the company's own and keeps
#: its name.
DEPARTMENT_NAMES: frozenset[str] = frozenset(title for _, title in _MODULE_TITLES)

#: Readable names of the tables, as the lists and menus title them.
TABLE_TITLES: Mapping[str, str] = MappingProxyType({t.name: t.title for t in TABLES.values()})


def module_of(table: str) -> Module:
    for module in MODULES:
        if table in module.tables:
            return module
    raise KeyError(table)
