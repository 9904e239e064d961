"""The steps of tickets and cases in their record windows, from domain/case_flows.py.

Each step is offered in the states it may be taken from, to the roles that may take it:
its flow's workers (a department and admin) from its sources; where the step is also a
requester's (closing, reopening or cancelling one's own IT ticket), to everyone else
from its requester sources: at once to the roles that see only their own tickets, and
to those that read every ticket (compliance) once the database says they filed this one.
The step's function checks again whose record it is. Every step opens a CaseStepDialog,
which asks what the step needs.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dicel_desktop.domain.case_flows import FLOWS, CaseFlow, Step
from dicel_desktop.gui.records.actions import RecordAction, register
from dicel_desktop.gui.translations import tr_label
from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog
from dicel_desktop.services import cases

__all__ = ["register_case_steps", "step_label"]

#: The buttons of the record window (beside New, Delete, Save and Close: other mnemonics).
_LABELS = {
    "assign": QT_TRANSLATE_NOOP("CaseSteps", "&Assign…"),
    "hold": QT_TRANSLATE_NOOP("CaseSteps", "Put on &hold…"),
    "resume": QT_TRANSLATE_NOOP("CaseSteps", "Res&ume…"),
    "resolve": QT_TRANSLATE_NOOP("CaseSteps", "&Resolve…"),
    "close": QT_TRANSLATE_NOOP("CaseSteps", "Mark c&losed…"),
    "reopen": QT_TRANSLATE_NOOP("CaseSteps", "Re&open…"),
    "cancel": QT_TRANSLATE_NOOP("CaseSteps", "Cancel &ticket…"),
    "investigate": QT_TRANSLATE_NOOP("CaseSteps", "&Investigate…"),
    "recover": QT_TRANSLATE_NOOP("CaseSteps", "Mark reco&vered…"),
    "write_off": QT_TRANSLATE_NOOP("CaseSteps", "&Write off…"),
}

#: What a step leads to, for its button's tooltip.
_TOOLTIP = QT_TRANSLATE_NOOP("CaseSteps", "Moves it to “%1”")


def step_label(action: str) -> str:
    return QCoreApplication.translate("CaseSteps", _LABELS[action])


def _opener(flow: CaseFlow, step: Step):
    def run(window) -> CaseStepDialog:
        return CaseStepDialog.open_for(window, flow, step)

    return run


def _filed_by_caller(table: str) -> Callable[[Any, uuid.UUID], bool]:
    """Asked on the DB worker (``RecordAction.available``): did the caller file it?"""

    def filed(session: Any, record_id: uuid.UUID) -> bool:
        return cases.filed_by_caller(session, table, record_id)

    return filed


def register_case_steps() -> None:
    """Register every step of every flow with the record windows."""
    for flow in FLOWS.values():
        for step in flow.steps:
            label = step_label(step.action)
            tooltip = QCoreApplication.translate("CaseSteps", _TOOLTIP).replace(
                "%1", tr_label(flow.states(step.target).label)
            )
            run = _opener(flow, step)
            function = flow.function(step)
            register(
                flow.table,
                RecordAction(
                    label,
                    function,
                    run,
                    frozenset(step.sources),
                    tooltip=tooltip,
                    roles=frozenset(flow.workers),
                ),
            )
            if not (step.requester_sources and flow.requester):
                continue
            for roles, available in (
                (flow.requester_roles(), None),
                (flow.filing_readers(), _filed_by_caller(flow.table)),
            ):
                if roles:
                    register(
                        flow.table,
                        RecordAction(
                            label,
                            function,
                            run,
                            frozenset(step.requester_sources),
                            tooltip=tooltip,
                            roles=roles,
                            available=available,
                        ),
                    )


register_case_steps()
