"""Why a step's record did not move, as its function says it: a record the caller may
not see (DW403, asked first), a caller who may not take the step (DW002), a step before
a moment of the record it never comes before (DW407) or once one it is never taken after
has passed (DW432).

Pure text: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from dicel_desktop.db.case_functions.sql import quote, quote_array, raise_exception
from dicel_desktop.domain.case_flows import CaseFlow, Step


def who_may(flow: CaseFlow, step: Step) -> str:
    """Sets v_sources to the states the caller may take the step from, or refuses."""
    deciders = quote(",".join(flow.deciders(step)))
    action = quote(step.action)
    refuse = raise_exception(
        "DW002",
        f"'only % may %', {deciders}, {action}",
        flow.table,
        detail=f"json_build_object('deciders', {deciders}, 'action', {action})::text",
    )
    branches = f"""    IF v_worker THEN
        v_sources := {quote_array(step.sources)};"""
    if step.requester_sources and flow.has_requester:
        branches += f"""
    ELSIF v_user IS NOT NULL AND v_requester = v_user THEN
        v_sources := {quote_array(step.requester_sources)};"""
    return f"""{branches}
    ELSE
        {refuse}
    END IF;"""


def unseen_refused(table: str) -> str:
    """The record's existence, asked as the caller would ask it (migration 0039)."""
    gone = raise_exception("DW403", f"'no {table} %', v_id", table)
    return f"""
    -- Nothing about a record the caller may not see, not even that it exists: asked
    -- under their own rights, before any lock and any other answer.
    IF NOT public.dicel_can_see_record({quote(table)}, v_id) THEN
        {gone}
    END IF;"""


def too_early(flow: CaseFlow, step: Step) -> str:
    """Refuses a step taken before a moment of the record it never comes before (DW407);
    nothing for a step without one, whose body stays as it was."""
    found = ""
    for column in step.floors:
        early = raise_exception(
            "DW407",
            f"'% % cannot be % before its {column}, %', {quote(flow.table)}, v_id,"
            f" {quote(step.action)}, v_early",
            flow.table,
            column=quote(column),
            detail=f"json_build_object('action', {quote(step.action)}, 'at', v_early)::text",
        )
        found += f"""
        SELECT t.{column} INTO v_early FROM public.{flow.table} AS t WHERE t.id = v_id;
        IF v_early > now() THEN
            {early}
        END IF;"""
    return found


#: The moment a step's ``not_after`` is compared with (DW432): the clock since migration
#: 0112, the transaction's start before (one opened before a shift's end and kept busy
#: cancelled it after the end).
CLOCK, TRANSACTION_START = "clock_timestamp()", "now()"


def too_late(flow: CaseFlow, step: Step, *, by_clock: bool = True) -> str:
    """Refuses a step taken once a moment of the record it is never taken after has
    passed (DW432, ``Step.not_after``: a shift cancelled after its end, migration 0105),
    by the database's clock (``by_clock=False``: the transaction's start, as before
    migration 0112); nothing for a step without one."""
    now = CLOCK if by_clock else TRANSACTION_START
    found = ""
    for column in step.not_after:
        late = raise_exception(
            "DW432",
            f"'% % cannot be % after its {column}, %', {quote(flow.table)}, v_id,"
            f" {quote(step.action)}, v_late",
            flow.table,
            column=quote(column),
            # The record's state too (migration 0110): a shift in progress is told only
            # "mark it completed", missed being no longer offered once it started.
            detail=(
                f"json_build_object('action', {quote(step.action)}, 'at', v_late,"
                " 'state', v_state)::text"
            ),
        )
        found += f"""
        SELECT t.{column} INTO v_late FROM public.{flow.table} AS t WHERE t.id = v_id;
        IF v_late <= {now} THEN
            {late}
        END IF;"""
    return found
