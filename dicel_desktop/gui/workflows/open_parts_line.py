"""The amber line of a step's dialog naming what the step leaves open (services.open_parts):
"Still open: 2 incidents of this risk, RSK-2026-000027 (open) and RSK-2026-000009
(investigating). Closing the risk leaves them as they are.", in the sentences each step's
``Parts`` declares. Read on the DB worker when
the dialog opens; hidden while there is nothing to say, or when it could not be read (a
help, not a rule: the step is not refused).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dicel_desktop.domain.case_flows import flow_of
from dicel_desktop.gui.translations import tr_choice
from dicel_desktop.gui.workflows.fact_line import FactLine
from dicel_desktop.services import open_parts
from dicel_desktop.services.open_parts import OPEN_PARTS, OpenPart, Parts

if TYPE_CHECKING:
    from dicel_desktop.gui.worker import DbWorker

__all__ = ["OpenPartsLine", "open_parts_text"]


def open_parts_text(declared: Parts, parts: list[OpenPart]) -> str:
    """The sentence ``declared`` gives ``parts`` ("" for none)."""
    if not parts:
        return ""
    table = declared.table
    flow = flow_of(table)
    named = [
        f"{p.name or '—'} ({tr_choice(table, flow.states(p.status).label).lower()})" for p in parts
    ]
    listed = named[0]
    if len(named) > 1:
        listed = (
            QCoreApplication.translate("OpenPartsLine", "%1 and %2")
            .replace("%2", named[-1])
            .replace("%1", ", ".join(named[:-1]))
        )
    if len(parts) == 1:
        said = QCoreApplication.translate("OpenPartsLine", declared.one)
    else:
        said = QCoreApplication.translate("OpenPartsLine", declared.several).replace(
            "%2", str(len(parts))
        )
    return said.replace("%1", listed)


class OpenPartsLine(FactLine):
    """See the module docstring; ``asking`` while the read is under way (tests wait)."""

    def __init__(
        self, worker: DbWorker, table: str, action: str, record_id: uuid.UUID, parent: QWidget
    ) -> None:
        declared = OPEN_PARTS[(table, action)]
        super().__init__(
            worker,
            open_parts.open_parts,
            (table, action, record_id),
            lambda parts: open_parts_text(declared, parts),
            parent,
        )
