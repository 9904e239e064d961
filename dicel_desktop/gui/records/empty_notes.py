"""What an empty field no person types says in a form: who sets it
(``services.set_by``), in the person's words ("Set by Assign…", "Sum of the lines")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dicel_desktop.services.set_by import How, set_by

__all__ = ["set_by_note"]


def set_by_note(table: str, column: str, *, decided: bool = False) -> str:
    """The sentence for an empty ``table.column``; "" where nothing sets it here, or
    where it says a decision is to come and the record was ``decided`` (a note the
    approver left empty stays empty)."""
    found = set_by(table, column)
    if found is None or (decided and found.how is How.DECIDED):
        return ""
    if found.how is How.STEP and found.action is not None:
        # Imported here: the workflows' module imports the record window.
        from dicel_desktop.gui.workflows.cases import step_label

        step = step_label(found.action, table).replace("&", "")
        return QCoreApplication.translate("EmptyNotes", "Set by %1").replace("%1", step)
    return {
        How.RESOLVED: QCoreApplication.translate("EmptyNotes", "Set when resolved"),
        How.DECIDED: QCoreApplication.translate("EmptyNotes", "Set when decided"),
        How.LINES: QCoreApplication.translate("EmptyNotes", "Sum of the lines"),
        How.PAID: QCoreApplication.translate("EmptyNotes", "Set when paid"),
    }.get(found.how, "")
