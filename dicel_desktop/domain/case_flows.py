"""Tickets and cases: the states each moves through, and who moves it (issue 10, part 9).

The flows are declared in ``domain/case_flow_declarations.py`` (one ``CaseFlow`` per
table: tickets and cases, and the records of a department that move through states the
same way), and what a flow and a step are in ``domain/case_flow_model.py``. This module
gathers them by table (``FLOWS``) and answers what the rest asks of them (``flow_of``,
``final_states``, ``missing_text``, ``deciders_in_words``, ``step_functions``...); it
re-exports the model's names, which migrations and modules import from here.

Declared once. Migration 0011 makes one database function per step from it
(``db/case_functions/``: ``dicel_<action>_<noun>``, e.g. ``dicel_resolve_it_ticket``),
the permission table grants EXECUTE on them from it, and the record windows offer the
steps from it (``gui/workflows/cases.py``); tests check that the three agree.

A step moves a record from one of its ``sources`` to its ``target`` in one conditional
UPDATE. Who may take it: the flow's ``workers`` (a department and admin) on any record,
and, where a flow has a ``requester`` column, the person who filed the record on their
own record from the states in ``requester_sources``. A step that ``resolves`` stamps the
flow's resolved date (and makes the caller the assignee of a record nobody had), one
that ``reopens`` clears it. A step may also write the day it was taken into a date of the
record (``dates``: a posting's posted date when it is published, a contract's end date
when it is terminated, a deal's close date when it is won or lost), the moment it was
taken into a timestamp (``times``: a patrol's end time), and a constant into another
column (``sets``: a won opportunity's stage becomes ``closed_won``). ``done`` is what the
step did, in the words of a sentence ("Already put on hold by Jean Mugabo at 10:42").

Pure Python: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from dicel_desktop.domain.case_flow_declarations import ENTRIES
from dicel_desktop.domain.case_flow_model import (
    REQUESTER,
    AmountAsked,
    Asks,
    CaseFlow,
    DateStamp,
    Stamp,
    Step,
    TimeStamp,
)
from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.text_rules import is_blank

__all__ = [
    "FLOWS",
    "REQUESTER",
    "AmountAsked",
    "Asks",
    "CaseFlow",
    "DateStamp",
    "Stamp",
    "Step",
    "TimeStamp",
    "deciders_in_words",
    "final_states",
    "flow_of",
    "is_final",
    "missing_text",
    "step_functions",
    "step_only_values",
    "takes_shown",
]


#: Every flow by table.
FLOWS: Mapping[str, CaseFlow] = MappingProxyType({f.table: f for f in ENTRIES})


def flow_of(table: str) -> CaseFlow:
    return FLOWS[table]


def final_states(table: str) -> frozenset[str]:
    """The final states of ``table``'s flow (none for a table without one)."""
    flow = FLOWS.get(table)
    return flow.final_states if flow is not None else frozenset()


def is_final(table: str, values: Mapping[str, object]) -> bool:
    """Whether a record of ``table`` with these ``values`` is in a final state (every
    flow keeps its state in ``status``, as its functions set it)."""
    return values.get("status") in final_states(table)


def missing_text(step: Step, values: Mapping[str, object]) -> tuple[str, ...]:
    """The columns ``step.requires`` that are empty in ``values`` as the step's function
    sees them (``dicel_given_text``: nothing that shows, ``text_rules.is_blank``), in
    their order: the step is refused until they are written (an audit's findings,
    DW402)."""
    return tuple(c for c in step.requires if is_blank(str(values.get(c) or "")))


def deciders_in_words(deciders: str, *, about_employee: bool = False) -> str:
    """``"it,admin,requester"`` (a refusal's data) as a sentence says it: "IT,
    Administration or the person who filed it" (``about_employee``: "the employee it is
    about", the requester of a flow with a ``subject``)."""
    words = []
    for key in (k.strip() for k in deciders.split(",")):
        if key == REQUESTER:
            words.append(
                "the employee it is about" if about_employee else "the person who filed it"
            )
        elif key in {r.value for r in Role}:
            words.append(Role(key).label)
        elif key:
            words.append(key)
    if len(words) < 2:
        return "".join(words)
    return ", ".join(words[:-1]) + " or " + words[-1]


def step_only_values(table: str, column: str) -> frozenset[str]:
    """The values of ``table.column`` that only a step writes (``Step.sets``: a won
    opportunity's stage ``closed_won``): a form shows them, never offers them."""
    flow = FLOWS.get(table)
    if flow is None:
        return frozenset()
    return frozenset(value for step in flow.steps for col, value in step.sets if col == column)


def step_functions() -> dict[str, tuple[CaseFlow, Step]]:
    """Every step's function name -> (flow, step)."""
    return {flow.function(step): (flow, step) for flow in FLOWS.values() for step in flow.steps}


def takes_shown(flow: CaseFlow, step: Step) -> bool:
    """Whether ``step`` has a form taking the version shown (migration 0143): it is
    allowed from several states, or from one another step leaves the record in (hold
    from in progress, which Assign… keeps), so its state alone does not tell that a
    colleague took a step since. A decision four eyes take requires ``shown`` anyway."""
    if step.decided_by_another:
        return False
    sources = set(step.sources) | set(step.requester_sources)
    kept = {s.target for s in flow.steps if s.target in s.sources}
    return len(sources) > 1 or bool(sources & kept)
