"""The steps a record window offers beside Save: Submit, Approve…, Receive…, Resolve…
Each is a workflow step (a ``dicel_*`` function of the database) offered only in the
states it applies to and to the roles that may call its function; the step itself (a
dialog, a confirmation) is the workflow module's, which registers it here
(``gui/workflows``) when ``load_steps`` first imports it, before anything is looked up
here or in the window's other registries. After a step the window reloads its record."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from dicel_desktop.domain.permissions import FUNCTION_EXECUTE
from dicel_desktop.domain.roles import BASE_GROUP_ROLE, Role

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from dicel_desktop.domain.errors import DicelError
    from dicel_desktop.gui.records.record_window import RecordWindow
    from dicel_desktop.services.records import Record

__all__ = ["RecordAction", "actions_for", "load_steps", "may_call", "register", "step_text"]


def step_text(text: str) -> str:
    """A step's button text or tooltip, in the person's language.

    The workflow modules register their steps at import, before a translator may be
    installed, so they mark the texts (QT_TRANSLATE_NOOP) in their own context and the
    button translates them when it shows them.
    """
    for translated in (
        QCoreApplication.translate("FinanceSteps", text),
        QCoreApplication.translate("LeaveSteps", text),
        QCoreApplication.translate("PurchasingSteps", text),
        QCoreApplication.translate("CaseSteps", text),
    ):
        if translated != text:
            return translated
    return text


@dataclass(frozen=True)
class RecordAction:
    #: The button's text ("&Approve…": an ellipsis when a dialog asks more first).
    label: str
    #: The ``dicel_*`` function the step calls: roles without EXECUTE on it see no button.
    function: str
    #: Opens the step's dialog (or takes the step) for the window's saved record; the
    #: dialog it opened, if any (the window keeps it as ``step_dialog``).
    run: Callable[[RecordWindow], QDialog | None]
    #: The values of ``state_column`` in which the step applies (None: in any).
    states: frozenset[str] | None = None
    state_column: str = "status"
    #: A further condition on the record (a supervisor's own team ...), when the state
    #: alone does not say; the database decides in the end anyway.
    applies: Callable[[Record], bool] | None = field(default=None, compare=False)
    tooltip: str = ""
    #: The state the step leads to, and what its tooltip says instead of ``tooltip`` on
    #: a record already in it (Assign… on a ticket in progress keeps it in progress).
    target: str | None = None
    tooltip_in_target: str = ""
    #: The roles it is offered to, where fewer may take the step than may call its
    #: function (a requester's step, on a function everyone may call); None: all of them.
    roles: frozenset[Role] | None = None
    #: Asked on the DB worker once the window shows the record: whether this person may
    #: take the step on it now (``fn(session, record_id)``, the database's own answer:
    #: whether they supervise the employee ...). None: the state and ``applies`` say it.
    available: Callable[[Any, uuid.UUID], bool] | None = field(default=None, compare=False)
    #: Taken as soon as the window first shows a record it is available on: what the
    #: person opened it for (a request waiting for its decider opens on the decision).
    at_once: bool = False
    #: What the record lacks for the step, said in the button's tooltip ("Write the
    #: findings before this audit is completed."); "" when nothing.
    lacks: Callable[[Record], str] | None = field(default=None, compare=False)
    #: Asked on the DB worker once the window shows the record, in one read: the refusal
    #: the database would give the step on it now (an order's supplier blocked:
    #: ``fn(session, record_id)``, a DicelError, None when nothing stops it). The button
    #: is then disabled, its tooltip saying why; it stays as it was while asked, and if
    #: the question fails (the database still decides on the press).
    stopped_by: Callable[[Any, uuid.UUID], DicelError | None] | None = field(
        default=None, compare=False
    )
    #: Asked on the DB worker when ``available`` answers no: why this person, who takes
    #: the step on other records, is not offered it on this one (an HR officer's own
    #: leave once started: ``fn(session, record_id)``, a DicelError, None when there is
    #: nothing to say). The window says it under its title: a button missing says nothing.
    hidden_by: Callable[[Any, uuid.UUID], DicelError | None] | None = field(
        default=None, compare=False
    )


_ACTIONS: dict[str, list[RecordAction]] = {}
#: Whether the workflow modules have registered their steps (load_steps).
_loaded = False


def load_steps() -> None:
    """Has the workflow modules register their steps, document prints, form companions
    and own ways of filing, the first time any of them is looked for: imported at the
    start, their dialogs cost every start a third of the main window's import."""
    global _loaded
    if not _loaded:
        from dicel_desktop.gui.workflows import register_steps

        register_steps()
        _loaded = True


def register(table: str, action: RecordAction) -> None:
    _ACTIONS.setdefault(table, []).append(action)


def may_call(
    role: Role, function: str, execute: Mapping[str, tuple[str, ...]] = FUNCTION_EXECUTE
) -> bool:
    """Whether ``role`` has EXECUTE on ``function`` (the permission table's grant)."""
    grantees = execute.get(function, ())
    return BASE_GROUP_ROLE in grantees or Role(role).group_role in grantees


def actions_for(table: str, role: Role, record: Record | None) -> list[RecordAction]:
    """The steps to offer on ``record`` (none before it is saved)."""
    if record is None:
        return []
    load_steps()
    found = []
    for action in _ACTIONS.get(table, []):
        if not may_call(role, action.function):
            continue
        if action.roles is not None and Role(role) not in action.roles:
            continue
        if (
            action.states is not None
            and record.values.get(action.state_column) not in action.states
        ):
            continue
        if action.applies is not None and not action.applies(record):
            continue
        found.append(action)
    return found
