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
from dicel_desktop.gui.translations import tr_choice
from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog, missing_sentence
from dicel_desktop.services import cases
from dicel_desktop.services.records import Record

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
    # IT assets
    "send_to_repair": QT_TRANSLATE_NOOP("CaseSteps", "Send to &repair…"),
    "return_to_service": QT_TRANSLATE_NOOP("CaseSteps", "Back in ser&vice…"),
    "store": QT_TRANSLATE_NOOP("CaseSteps", "Put in s&torage…"),
    "retire": QT_TRANSLATE_NOOP("CaseSteps", "Ret&ire…"),
    "report_lost": QT_TRANSLATE_NOOP("CaseSteps", "Report &lost…"),
    "mark_found": QT_TRANSLATE_NOOP("CaseSteps", "Mark &found…"),
    "dispose": QT_TRANSLATE_NOOP("CaseSteps", "Dispose &of…"),
    # Risk assessments
    "mitigate": QT_TRANSLATE_NOOP("CaseSteps", "Start &mitigating…"),
    "monitor": QT_TRANSLATE_NOOP("CaseSteps", "Moni&tor…"),
    # Customer feedback
    "review": QT_TRANSLATE_NOOP("CaseSteps", "Start re&view…"),
    "respond": QT_TRANSLATE_NOOP("CaseSteps", "Mark res&ponded…"),
    # Leads
    "contact": QT_TRANSLATE_NOOP("CaseSteps", "Mark &contacted…"),
    "qualify": QT_TRANSLATE_NOOP("CaseSteps", "&Qualify…"),
    "disqualify": QT_TRANSLATE_NOOP("CaseSteps", "Mark &unqualified…"),
    "convert": QT_TRANSLATE_NOOP("CaseSteps", "Mark con&verted…"),
    "lose": QT_TRANSLATE_NOOP("CaseSteps", "Mark &lost…"),
    # Compliance audits, marketing campaigns
    "start": QT_TRANSLATE_NOOP("CaseSteps", "Star&t audit…"),
    "complete": QT_TRANSLATE_NOOP("CaseSteps", "Mark co&mpleted…"),
    "launch": QT_TRANSLATE_NOOP("CaseSteps", "&Launch…"),
    "pause": QT_TRANSLATE_NOOP("CaseSteps", "&Pause…"),
    # Candidates
    "screen": QT_TRANSLATE_NOOP("CaseSteps", "Scr&een…"),
    "interview": QT_TRANSLATE_NOOP("CaseSteps", "Call to &interview…"),
    "offer": QT_TRANSLATE_NOOP("CaseSteps", "O&ffer the job…"),
    "hire": QT_TRANSLATE_NOOP("CaseSteps", "&Hire…"),
    "reject": QT_TRANSLATE_NOOP("CaseSteps", "Re&ject…"),
    "withdraw": QT_TRANSLATE_NOOP("CaseSteps", "Mark &withdrawn…"),
    # Job postings
    "publish": QT_TRANSLATE_NOOP("CaseSteps", "&Publish…"),
    "fill": QT_TRANSLATE_NOOP("CaseSteps", "Mark &filled…"),
    # Contracts
    "activate": QT_TRANSLATE_NOOP("CaseSteps", "&Activate…"),
    "renew": QT_TRANSLATE_NOOP("CaseSteps", "Mark &renewed…"),
    "terminate": QT_TRANSLATE_NOOP("CaseSteps", "&Terminate…"),
    "expire": QT_TRANSLATE_NOOP("CaseSteps", "Mark &expired…"),
    # Performance reviews
    "share": QT_TRANSLATE_NOOP("CaseSteps", "S&hare with the employee…"),
    "recall": QT_TRANSLATE_NOOP("CaseSteps", "Take &back to draft…"),
    "acknowledge": QT_TRANSLATE_NOOP("CaseSteps", "Mark ac&knowledged…"),
    # People and operations (0049)
    "start_leave": QT_TRANSLATE_NOOP("CaseSteps", "Mark on &leave…"),
    "end_leave": QT_TRANSLATE_NOOP("CaseSteps", "Back from lea&ve…"),
    "suspend": QT_TRANSLATE_NOOP("CaseSteps", "S&uspend…"),
    "reinstate": QT_TRANSLATE_NOOP("CaseSteps", "Re&instate…"),
    "deactivate": QT_TRANSLATE_NOOP("CaseSteps", "Mark inac&tive…"),
    "fail": QT_TRANSLATE_NOOP("CaseSteps", "Mark f&ailed…"),
    "drop": QT_TRANSLATE_NOOP("CaseSteps", "Mark dr&opped…"),
    "freeze": QT_TRANSLATE_NOOP("CaseSteps", "&Freeze…"),
    "unfreeze": QT_TRANSLATE_NOOP("CaseSteps", "&Unfreeze…"),
    "miss": QT_TRANSLATE_NOOP("CaseSteps", "Mark m&issed…"),
    "abort": QT_TRANSLATE_NOOP("CaseSteps", "&Abort…"),
    # Registers and the sales pipeline (0050)
    "reactivate": QT_TRANSLATE_NOOP("CaseSteps", "Reac&tivate…"),
    "block": QT_TRANSLATE_NOOP("CaseSteps", "&Block…"),
    "unblock": QT_TRANSLATE_NOOP("CaseSteps", "&Unblock…"),
    "discontinue": QT_TRANSLATE_NOOP("CaseSteps", "Dis&continue…"),
    "submit": QT_TRANSLATE_NOOP("CaseSteps", "Submit for re&view…"),
    "approve": QT_TRANSLATE_NOOP("CaseSteps", "A&pprove…"),
    "archive": QT_TRANSLATE_NOOP("CaseSteps", "Arc&hive…"),
    "win": QT_TRANSLATE_NOOP("CaseSteps", "Mark &won…"),
    # Policies (0072)
    "start_review": QT_TRANSLATE_NOOP("CaseSteps", "Start re&view…"),
}

#: A step whose button names what it acts on, where the record is not a ticket.
_TABLE_LABELS = {
    ("compliance_audits", "cancel"): QT_TRANSLATE_NOOP("CaseSteps", "Cancel &audit…"),
    ("marketing_campaigns", "cancel"): QT_TRANSLATE_NOOP("CaseSteps", "Cancel &campaign…"),
    # Alt+P publishes a draft posting, offered beside its cancelling.
    ("job_postings", "cancel"): QT_TRANSLATE_NOOP("CaseSteps", "Cancel pos&ting…"),
    ("job_postings", "close"): QT_TRANSLATE_NOOP("CaseSteps", "C&lose applications…"),
    ("job_postings", "reopen"): QT_TRANSLATE_NOOP("CaseSteps", "Re&open applications…"),
    # People and operations (0049)
    ("employees", "terminate"): QT_TRANSLATE_NOOP("CaseSteps", "&Terminate employment…"),
    ("training_programs", "start"): QT_TRANSLATE_NOOP("CaseSteps", "Star&t training…"),
    ("training_programs", "cancel"): QT_TRANSLATE_NOOP("CaseSteps", "Cancel trainin&g…"),
    ("training_enrollments", "start"): QT_TRANSLATE_NOOP("CaseSteps", "Star&t training…"),
    ("security_assignments", "start"): QT_TRANSLATE_NOOP("CaseSteps", "Star&t shift…"),
    ("security_assignments", "cancel"): QT_TRANSLATE_NOOP("CaseSteps", "Cancel assi&gnment…"),
    # Registers and the sales pipeline (0050). Not Alt+T: Reactivate… is offered beside.
    ("clients", "deactivate"): QT_TRANSLATE_NOOP("CaseSteps", "Mark &inactive…"),
    ("suppliers", "deactivate"): QT_TRANSLATE_NOOP("CaseSteps", "Mark &inactive…"),
    ("inventory_items", "deactivate"): QT_TRANSLATE_NOOP("CaseSteps", "Mark &inactive…"),
    ("compliance_policies", "activate"): QT_TRANSLATE_NOOP("CaseSteps", "Bring into &force…"),
    # Alt+L launches a draft survey.
    ("customer_surveys", "close"): QT_TRANSLATE_NOOP("CaseSteps", "&Close survey…"),
}

#: What a step leads to, for its button's tooltip.
_TOOLTIP = QT_TRANSLATE_NOOP("CaseSteps", "Moves it to “%1”")
#: The same on a record already there (Assign… on a ticket in progress).
_TOOLTIP_STAYS = QT_TRANSLATE_NOOP("CaseSteps", "It is already “%1” and stays so")


def _label_source(action: str, table: str | None) -> str:
    """The English of step ``action``'s button (of ``table``, where its words are its
    own: "Cancel audit…"), as marked for translation."""
    return _TABLE_LABELS.get((table or "", action)) or _LABELS[action]


def step_label(action: str, table: str | None = None) -> str:
    """The button of step ``action`` in a record window, translated."""
    return QCoreApplication.translate("CaseSteps", _label_source(action, table))


def _opener(flow: CaseFlow, step: Step):
    def run(window) -> CaseStepDialog:
        return CaseStepDialog.open_for(window, flow, step)

    return run


def _lacks(flow: CaseFlow, step: Step) -> Callable[[Record], str] | None:
    """What the record lacks for a step that requires text (its button's tooltip)."""
    if not step.requires:
        return None
    return lambda record: missing_sentence(flow, step, record.values)


def _filed_by_caller(table: str) -> Callable[[Any, uuid.UUID], bool]:
    """Asked on the DB worker (``RecordAction.available``): did the caller file it?"""

    def filed(session: Any, record_id: uuid.UUID) -> bool:
        return cases.filed_by_caller(session, table, record_id)

    return filed


def _stopped_by(table: str, action: str) -> Callable[[Any, uuid.UUID], Any] | None:
    """Asked on the DB worker (``RecordAction.stopped_by``): what the database would
    refuse the step for now (a budget line with spending taken back to draft)."""
    if (table, action) not in cases.STOPPABLE_STEPS:
        return None

    def stops(session: Any, record_id: uuid.UUID):
        return cases.what_stops_step(session, table, action, record_id)

    return stops


def register_case_steps() -> None:
    """Register every step of every flow with the record windows."""
    for flow in FLOWS.values():
        for step in flow.steps:
            # The English source: the button translates it as it shows it (step_text),
            # whatever language was installed when this module was imported.
            label = _label_source(step.action, flow.table)
            tooltip = QCoreApplication.translate("CaseSteps", _TOOLTIP).replace(
                "%1", tr_choice(flow.table, flow.states(step.target).label)
            )
            stays = (
                QCoreApplication.translate("CaseSteps", _TOOLTIP_STAYS).replace(
                    "%1", tr_choice(flow.table, flow.states(step.target).label)
                )
                if step.target in step.sources
                else ""
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
                    target=step.target,
                    tooltip_in_target=stays,
                    roles=frozenset(flow.workers),
                    lacks=_lacks(flow, step),
                    stopped_by=_stopped_by(flow.table, step.action),
                ),
            )
            if not (step.requester_sources and flow.has_requester):
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
                            lacks=_lacks(flow, step),
                        ),
                    )


register_case_steps()
