"""What an empty field no person types says in a form: who sets it
(``services.set_by``), in the person's words ("Set by Assign…", "Sum of the lines")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.gui.records.titles import in_a_list, step_named
from dicel_desktop.services.set_by import How, set_by

__all__ = ["needed_before_note", "set_by_note"]


def set_by_note(table: str, column: str, *, decided: bool = False, state: str | None = None) -> str:
    """The sentence for an empty ``table.column``; "" where nothing sets it here, or
    where it says a decision is to come and the record was ``decided`` (a note the
    approver left empty stays empty), or names a step the record in ``state`` is not
    offered (a case written off read "Set by Mark recovered…", a button it no longer
    has: eye32)."""
    found = set_by(table, column)
    if found is None or (decided and found.how is How.DECIDED):
        return ""
    if found.how is How.STEP and found.action is not None:
        flow = FLOWS.get(table)
        step = next((s for s in flow.steps if s.action == found.action), None) if flow else None
        if state is not None and step is not None and state not in step.sources:
            return ""
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


def needed_before_note(table: str, actions: tuple[str, ...]) -> str:
    """The tip of a field the steps ``actions`` of ``table``'s flow refuse empty
    (``FieldSpec.needed_for_steps``): "Needed before “Share with the employee”; it may be
    saved without it until then", the steps named by their buttons, so that a column
    ``entry_rules.STEP_NEEDS`` gains says its own step (code review 33b, F4)."""
    # Imported here: the workflows' module imports the record window.
    from dicel_desktop.gui.workflows.cases import step_label

    steps = in_a_list([step_named(step_label(action, table)) for action in actions])
    return QCoreApplication.translate(
        "EmptyNotes", "Needed before %1; it may be saved without it until then"
    ).replace("%1", steps)
