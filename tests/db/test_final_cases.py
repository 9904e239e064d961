"""A ticket or case in a final state is what it ended as (migration 0035): no login
changes or deletes it, whatever its rights on the table, while the workflow's own steps
still take it there. Found by a user-eye review: a closed IT ticket's subject, category
and description were rewritten and saved from its form."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import deque
from decimal import Decimal

import pytest
from logins import Person
from minimal_rows import AHEAD, minimal_row
from prepared_people import cast_logins, make_cast, once_a_module
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.db.models import Base
from dicel_desktop.domain.case_flows import FLOWS, Asks, CaseFlow, Stamp, Step
from dicel_desktop.domain.permissions import rights
from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.tables import table_info
from dicel_desktop.services import cases, db_errors, records
from dicel_desktop.services.db_error_words import table_words

#: Tables whose records at their flow's end may still be deleted (migration 0037: an
#: applicant's data is removed once the recruitment is over).
DELETED_WHEN_FINAL = {"candidates"}
#: Each final state of each flow.
FINAL = [(table, state) for table, flow in FLOWS.items() for state in sorted(flow.final_states)]


_prepared_logins, logins = once_a_module("logins", make_cast, cast_logins)


def _path(flow: CaseFlow, start: str, target: str) -> list[Step]:
    """The fewest steps from ``start`` (a new record's state) to ``target``."""
    paths: dict[str, list[Step]] = {start: []}
    queue = deque([start])
    while queue:
        state = queue.popleft()
        for step in flow.steps:
            if state in step.sources and step.target.value not in paths:
                paths[step.target.value] = [*paths[state], step]
                queue.append(step.target.value)
    return paths[target]


#: A text column each flow's workers correct (the first of these a table has).
_TEXTS = (
    "description",
    "notes",
    "comment",
    "findings",
    "mitigation_measures",
    "recommendations",
    "subject",
    "terms",
    # People and operations (0049)
    "work_location",
    "grade",
    "budget_category",
    "assigned_location",
    # Registers and the sales pipeline (0050): a client's or supplier's address.
    "address",
)


def _text(table: str) -> str:
    columns = Base.metadata.tables[table].c
    return next(name for name in _TEXTS if name in columns)


def _needed(worker: Person, table: str) -> dict[str, object]:
    """What a record's steps need it to hold to reach every state (migration 0107): an
    enrolment's programme, begun; a shift's guard; a case's start date; a review's
    employee, period and rating (migration 0118)."""
    if table == "training_enrollments":
        with worker.engine.begin() as conn:
            program = conn.execute(
                text("INSERT INTO training_programs (title) VALUES ('First aid') RETURNING id")
            ).scalar()
        with worker.session() as session:
            cases.take_step(session, "training_programs", "start", program)
        return {"training_program_id": program}
    if table == "security_assignments":
        with worker.engine.begin() as conn:
            found = conn.execute(
                text("INSERT INTO security_guards DEFAULT VALUES RETURNING id")
            ).scalar()
        return {"guard_id": found}
    if table == "recovery_cases":
        return {"start_date": dt.date(2026, 1, 5), "amount_involved": 2010000}
    if table == "performance_reviews":
        # Shared once it is someone's, of a period, and says something (migration 0118).
        employee = minimal_row("employees")
        values = f"({', '.join(employee)}) VALUES ({', '.join(':' + c for c in employee)})"
        with worker.engine.begin() as conn:
            found = conn.execute(text(f"INSERT INTO employees {values} RETURNING id"), employee)
        return {
            "employee_id": found.scalar(),
            "review_period_start": dt.date(2026, 1, 1),
            "review_period_end": dt.date(2026, 6, 30),
            "overall_rating": 4,
        }
    return {}


def _filed(worker: Person, table: str, ahead: tuple[str, ...] = ()) -> tuple[uuid.UUID, str]:
    """A new record of ``table`` as its worker files it: its id and first state; its
    moments ``ahead`` hours from now (``minimal_rows.AHEAD``)."""
    row = minimal_row(table) | _needed(worker, table)
    row |= dict.fromkeys(ahead, dt.datetime.now(dt.UTC) + AHEAD)
    if table == "security_incidents":
        row["actions_taken"] = "Guard posted at the gate."
    values = f"({', '.join(row)}) VALUES ({', '.join(':' + c for c in row)})"
    with worker.engine.begin() as conn:
        found = conn.execute(
            text(f"INSERT INTO {table} {values if row else 'DEFAULT VALUES'} RETURNING id, status"),
            row,
        ).one()
    return found.id, found.status


def _first_state(worker: Person, table: str) -> str:
    """The state a new record of ``table`` starts in."""
    with worker.engine.connect() as conn:
        default = Base.metadata.tables[table].c.status.server_default
        return conn.scalar(text(f"SELECT {default.arg.text}"))


def _ended(worker: Person, table: str, state: str, colleague: Person | None = None) -> uuid.UUID:
    """A new record of ``table`` taken to ``state`` by its workflow's steps; a decision
    four eyes take (a policy's approval, a write-off: migrations 0078, 0079) by
    ``colleague``, on the version they were shown."""
    flow = FLOWS[table]
    first = _first_state(worker, table)
    path = _path(flow, first, state)
    # A step never taken once a moment has passed (a shift cancelled, migration 0105)
    # is taken on a record whose moment is ahead.
    record, _first = _filed(worker, table, tuple(c for s in path for c in s.not_after))
    for step in path:
        taker, shown = worker, None
        if step.decided_by_another:
            assert colleague is not None, f"{table} {step.action} needs a colleague"
            taker = colleague
            with taker.session() as session:
                shown = records.load_record(session, table, taker.role, record).decision_version
        if step.requires:  # what the step needs written (an audit's findings)
            filled = ", ".join(
                f"{c} = coalesce(nullif(btrim({c}), ''), 'Written.')" for c in step.requires
            )
            with worker.engine.begin() as conn:
                conn.execute(text(f"UPDATE {table} SET {filled} WHERE id = :id"), {"id": record})
        with taker.session() as session:
            cases.take_step(
                session,
                table,
                step.action,
                record,
                assignee=worker.user_id if step.asks is Asks.ASSIGNEE else None,
                resolution="Done." if step.asks is Asks.RESOLUTION else None,
                reason="Done." if step.asks is Asks.REASON else None,
                note="Done." if step.asks is Asks.NOTE else None,
                # A day the step asks (a policy's next review date): after today, within
                # the five years a review date may lie ahead (migration 0073); the day a
                # case was settled, today (migration 0101).
                days={
                    d.column: dt.date.today()
                    if d.how is Stamp.SETTLED
                    else dt.date.today() + dt.timedelta(days=30)
                    for d in step.dates
                    if d.column in step.asked_dates
                },
                # How much of a case came back (migration 0106): all of it.
                amounts={a.column: Decimal("10") for a in step.amounts},
                shown=shown,
            )
    return record


def _state(logins, table: str, record: uuid.UUID) -> tuple:
    with logins.superuser().connect() as conn:
        return tuple(
            conn.execute(
                text(f"SELECT status, {_text(table)} FROM {table} WHERE id = :id"),
                {"id": record},
            ).one()
        )


def _refused(person: Person, table: str, statement: str, record: uuid.UUID) -> str:
    """The sentence a person reads when ``statement`` on ``record`` is refused."""
    with person.engine.connect() as conn:
        with pytest.raises(DBAPIError) as refused:
            conn.execute(text(statement), {"id": record})
        error = db_errors.explain(refused.value, table=table)
    assert refused.value.orig.sqlstate == "DW405"
    return error.message


@pytest.mark.parametrize(("table", "state"), FINAL)
def test_no_role_changes_or_deletes_a_record_in_a_final_state(logins, table, state):
    flow = FLOWS[table]
    worker = logins.person(flow.workers[0])
    record = _ended(worker, table, state, logins.person(flow.workers[0]))
    before = _state(logins, table, record)
    assert before[0] == state
    words = state.replace("_", " ")
    record_words = table_words(table)["record"]
    said = f"This {record_words} is {words}: it can no longer be changed or deleted."
    writers = [r for r in Role if rights(r, table).update or rights(r, table).delete]
    assert flow.workers[0] in writers and Role.ADMIN in writers
    for role in writers:
        person = worker if role == flow.workers[0] else logins.person(role)
        if rights(role, table).update:
            assert (
                _refused(
                    person,
                    table,
                    f"UPDATE {table} SET {_text(table)} = 'Rewritten' WHERE id = :id",
                    record,
                )
                == said
            ), role
        if rights(role, table).delete and table not in DELETED_WHEN_FINAL:
            assert _refused(person, table, f"DELETE FROM {table} WHERE id = :id", record) == said
    assert _state(logins, table, record) == before


def test_a_candidate_at_the_end_of_their_recruitment_is_deleted_not_changed(logins):
    hr = logins.person("hr")
    record = _ended(hr, "candidates", "rejected")
    said = "This candidate is rejected: it can no longer be changed or deleted."
    assert (
        _refused(hr, "candidates", "UPDATE candidates SET notes = 'x' WHERE id = :id", record)
        == said
    )
    with hr.engine.begin() as conn:
        gone = conn.execute(text("DELETE FROM candidates WHERE id = :id"), {"id": record})
    assert gone.rowcount == 1


@pytest.mark.parametrize("table", list(FLOWS))
def test_a_record_that_may_still_move_stays_editable_by_its_workers(logins, table):
    """Only the final states are frozen: a resolved ticket (it may be reopened) is still
    corrected by its workers."""
    flow = FLOWS[table]
    worker = logins.person(flow.workers[0])
    moving = [s.value for s in flow.states if s.value not in flow.final_states]
    first = _first_state(worker, table)
    lock = table_info(table).lock
    for state in moving:
        if state == first:
            continue
        record = _ended(worker, table, state, logins.person(flow.workers[0]))
        if lock is not None and state not in lock.open_states and _text(table) in lock.columns:
            # What it says is frozen by the record's lock (a shared review), which a
            # step back (to draft) lifts: refused as locked, not as final.
            with worker.engine.connect() as conn, pytest.raises(DBAPIError) as refused:
                conn.execute(
                    text(f"UPDATE {table} SET {_text(table)} = 'Corrected' WHERE id = :id"),
                    {"id": record},
                )
            assert refused.value.orig.sqlstate.startswith("DL"), state
            continue
        column = _text(table)
        # The lines a step wrote there stay (a feedback's "Responded to on ...", migration
        # 0101): the correction keeps them.
        corrected = "'Corrected'"
        if column == flow.notes:
            corrected = f"concat_ws(E'\\n', {column}, 'Corrected')"
        with worker.engine.begin() as conn:
            conn.execute(
                text(f"UPDATE {table} SET {column} = {corrected} WHERE id = :id"), {"id": record}
            )
        found_state, found_text = _state(logins, table, record)
        assert (found_state, found_text.splitlines()[-1]) == (state, "Corrected")
