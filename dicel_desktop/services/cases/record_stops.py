"""Why the database would refuse a step, read from the record itself (one read, as the
caller): the caller's own change before a decision four eyes take (DW411, DW412, DW415),
a moment of the record still ahead or passed (DW407, DW432), a field the new state needs
(DW443, DW493), a day not yet begun (DW444), an end stamped too far from the start
(DW446), a budget line with spending (DW334), one's own record (DW012, DW013).
Assembled per step by :mod:`.stops`. No Qt here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.domain.amounts import Amount
from dicel_desktop.domain.case_flow_model import Stamp
from dicel_desktop.domain.case_flows import Step, flow_of
from dicel_desktop.domain.entry_rules import LONGEST_SPANS
from dicel_desktop.domain.errors import Conflict, DicelError, NotAllowed
from dicel_desktop.domain.states import words as state_words
from dicel_desktop.services.cases.held_records import own_record
from dicel_desktop.services.db_error_words import field_words, fields_one_of, table_words
from dicel_desktop.services.db_errors import (
    ASSIGNEE_DECISIONS,
    NOT_BEGUN_STEPS,
)
from dicel_desktop.services.form_rules import lasts_too_long


def budget_recall_stopped(session: Session, record_id: uuid.UUID) -> DicelError | None:
    """A line with spending does not go back to draft (migration 0056, DW334)."""
    charged = session.scalar(
        sa.text("SELECT coalesce(spent_amount, 0) FROM public.budgets WHERE id = :id"),
        {"id": record_id},
    )
    if not charged:
        return None
    # Budgets are kept in RWF (migration 0014).
    return Conflict(
        "budget_draft_uncharged", amount=Amount.parse(charged, "RWF") or charged, currency="RWF"
    )


_OWN_CHANGE = {
    "change": ("case_own_change_decision", "DW411"),
    "move": ("case_own_move_decision", "DW412"),
}


def own_change_stops(table: str, step: Step) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """A decision four eyes take (``Step.decided_by_another``, migration 0078): the
    caller's own change of the record since it was last decided stops it (DW411, DW412),
    as the step's function finds it (``dicel_own_change_to_decide``); for a step
    ``not_by_assignee`` (a write-off, an asset's loss or disposal), so does being the
    record's assignee (DW415)."""
    flow = flow_of(table)

    def _assignee_stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        # Nor the one working it (Step.not_by_assignee, DW415, migration 0087).
        if not step.not_by_assignee or flow.kept_by is None:
            return None
        working = session.execute(
            sa.text(
                f"SELECT t.{flow.kept_by} = public.dicel_current_user_id()"
                f" FROM public.{flow.table} AS t WHERE t.id = :id"
            ),
            {"id": record_id},
        ).scalar()
        if not working:
            return None
        # The database's DW415 in its words for this table (an asset's holder, 0096).
        code = ASSIGNEE_DECISIONS.get(table, "case_assignee_decision")
        return NotAllowed(code, action=step.done)

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        found = session.execute(
            sa.text(
                "SELECT o.what, o.at, o.state FROM public.dicel_own_change_to_decide("
                " :table, :id, CAST(:sources AS text[]), :decided) AS o"
            ),
            {
                "table": table,
                "id": record_id,
                "sources": list(step.sources),
                "decided": step.target,
            },
        ).one_or_none()
        if found is None:
            return _assignee_stops(session, record_id)
        what, at, state = found
        code = _OWN_CHANGE.get(what)
        if code is None:
            return _assignee_stops(session, record_id)
        return NotAllowed(
            code[0],
            **table_words(flow.table),
            at=at.astimezone().strftime("%Y-%m-%d %H:%M") if at is not None else "",
            state=state_words(state or ""),
            action=step.done,
        )

    return stops


def own_record_stops(table: str) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """Every step on one's own guard record, shift, patrol or enrolment (migration 0095:
    DW012, DW013)."""

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        return own_record(session, table, record_id)

    return stops


def moment_stops(
    table: str,
    step: Step,
    columns: tuple[str, ...],
    passed: bool,
    code: str,
    by_state: Mapping[tuple[str, str], str] | None = None,
) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """A step refused by a moment of the record, by the database's clock, in the words
    the step's refusal has: one still ahead (``passed`` False, DW407: a patrol ended
    before its start, migration 0056; a shift started or completed before it begins,
    0095), or one passed (``passed``, DW432, ``Step.not_after``: a shift cancelled after
    its end, 0105); ``by_state``'s sentence for the record's state where it has one."""
    compared = "<=" if passed else ">"

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        for column in columns:
            found = session.execute(
                sa.text(
                    f"SELECT t.{column}, t.status FROM public.{table} AS t"
                    f" WHERE t.id = :id AND t.{column} {compared} now()"
                ),
                {"id": record_id},
            ).first()
            if found is not None:
                at, state = found
                return Conflict(
                    (by_state or {}).get((table, state), code),
                    **table_words(table),
                    **field_words(table, column),
                    action=step.done,
                    at=at.astimezone().strftime("%Y-%m-%d %H:%M"),
                )
        return None

    return stops


def field_needed_stops(
    table: str, column: str, step: Step
) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """A step into a state the record needs ``column`` for while it is empty (DW443,
    migration 0107: a shift started or completed with no guard, a case marked recovered
    or written off with no start date), in the words of the database's refusal."""
    empty = sa.text(f"SELECT t.{column} IS NULL FROM public.{table} AS t WHERE t.id = :id")

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        if not session.scalar(empty, {"id": record_id}):
            return None
        return Conflict(
            "case_field_missing",
            **table_words(table),
            **field_words(table, column),
            action=step.done,
            flow_table=table,
        )

    return stops


def nothing_said_stops(
    table: str, columns: tuple[str, ...], step: Step
) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """A step into a state the record says something for in one of ``columns`` while
    each is empty or blank (DW493, migration 0118: an empty review shared), in the words
    of the database's refusal."""
    said = " OR ".join(f"nullif(btrim(t.{c}::text), '') IS NOT NULL" for c in columns)
    nothing = sa.text(f"SELECT NOT ({said}) FROM public.{table} AS t WHERE t.id = :id")

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        if not session.scalar(nothing, {"id": record_id}):
            return None
        return Conflict(
            "case_says_nothing",
            **table_words(table),
            **field_words(table, columns[0]),
            fields=fields_one_of(table, columns),
            action=step.done,
            flow_table=table,
        )

    return stops


def not_begun_stops(
    table: str, earlier: str, step: Step
) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """A step that settles the record today while its ``earlier`` day is still ahead
    (DW444, migration 0111: a case written off before its start date), in the words of
    the database's refusal; today is the company's day, as the step writes it."""
    ahead = sa.text(
        f"SELECT t.{earlier}, public.dicel_company_day() FROM public.{table} AS t"
        f" WHERE t.id = :id AND t.{earlier} > public.dicel_company_day()"
    )

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        found = session.execute(ahead, {"id": record_id}).one_or_none()
        if found is None:
            return None
        return Conflict(
            NOT_BEGUN_STEPS.get((table, step.done), "case_not_begun"),
            **table_words(table),
            **field_words(table, earlier),
            action=step.done,
            date=found[0].isoformat(),
            today=found[1].isoformat(),
            flow_table=table,
        )

    return stops


#: What a step stamping a moment writes there (``case_functions.body._stamped``, before the
#: floor a start puts under it, which DW407 asks first): now, or the earlier of now and
#: the moment written before.
STAMPED_NOW = {
    Stamp.NOW: "now()",
    Stamp.BY_NOW: "least(coalesce(t.{column}, now()), now())",
}


def span_stops(
    table: str, end: str, how: Stamp
) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """A step that stamps the end of a row lasting at most some hours, where the end it
    writes is too far from the start (DW446, migration 0111: a patrol left open for more
    than a day, then completed), in the words of the database's refusal: the trigger
    asks the end the step writes, when it differs from the stored one."""
    start, most = LONGEST_SPANS[(table, end)]
    written = STAMPED_NOW[how].format(column=end)
    too_long = sa.text(
        f"""
        SELECT t.{start}, w.at FROM public.{table} AS t
         CROSS JOIN LATERAL (SELECT {written} AS at) AS w
         WHERE t.id = :id AND w.at - t.{start} > make_interval(hours => {most})
           AND w.at IS DISTINCT FROM t.{end}
        """
    )

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        found = session.execute(too_long, {"id": record_id}).one_or_none()
        return None if found is None else lasts_too_long(table, *found)

    return stops
