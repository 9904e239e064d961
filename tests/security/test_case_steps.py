"""Tickets and cases move only through their steps, exactly as domain/case_flows.py says.

As real logins of every role: no one writes a state (or what a step sets) with UPDATE;
each step's function moves a record for its department and admin, and for the person
who filed an IT ticket where the declaration lets them, and for no one else; and the
database's functions take exactly the declared transitions, from every state.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import psycopg
import pytest
import sqlalchemy as sa
from minimal_rows import AHEAD, minimal_row
from psycopg import sql
from security_world import World, attempt, insert_statement

from dicel_desktop.db.case_functions import function_definitions, owner_policies
from dicel_desktop.db.engine import make_engine
from dicel_desktop.db.text_limits import MEASURED, TEXT_ARGUMENTS, without_measure
from dicel_desktop.domain.case_flows import (
    FLOWS,
    Asks,
    CaseFlow,
    DateStamp,
    Stamp,
    Step,
    TimeStamp,
    takes_shown,
)
from dicel_desktop.domain.roles import OWNER_ROLE, Role

TABLES = list(FLOWS)
#: Each role's person of the world (one login per role).
EVERYONE = [role.value for role in Role]
#: Who filed the IT tickets made here.
REQUESTER = "employee"
#: Whom the records of a flow with a subject are about (a review's employee): a login
#: whose reviews no other test counts (boss reads employee's, peer only its own).
SUBJECT = "inventory"


def _requester(flow: CaseFlow) -> str:
    """The person who takes a flow's requester steps on these records."""
    return SUBJECT if flow.subject else REQUESTER


def _made(world: World, table: str, **values: object) -> uuid.UUID:
    """A row of ``table`` made by the superuser (committed)."""
    statement, params = insert_statement(table, minimal_row(table) | values)
    su = world.connect_superuser()
    return su.execute(sql.SQL("{} RETURNING id").format(statement), params).fetchone()[0]


#: What a record needs for its steps to be taken (migration 0107): an enrolment is in a
#: programme that has begun, a shift has a guard.
_NEEDED = {
    "training_enrollments": lambda world: {
        "training_program_id": _made(
            world, "training_programs", status="in_progress", start_date=dt.date(2026, 1, 5)
        )
    },
    "security_assignments": lambda world: {"guard_id": _made(world, "security_guards")},
    # Marked recovered with its amount involved, the amount recovered's ceiling (0109).
    "recovery_cases": lambda world: {"amount_involved": Decimal("2010000")},
    # Shared with its period and something said (migration 0118, DW443 and DW493).
    "performance_reviews": lambda world: {
        "review_period_start": dt.date(2026, 1, 1),
        "review_period_end": dt.date(2026, 6, 30),
        "overall_rating": 4,
    },
}


def _record(world: World, flow: CaseFlow, state: str, *, ahead: tuple[str, ...] = ()) -> uuid.UUID:
    """A record of ``flow`` in ``state``, made by the superuser (committed); its moments
    ``ahead`` hours from now (``minimal_rows.AHEAD``)."""
    row = minimal_row(flow.table)
    if flow.table in _NEEDED:
        row |= _NEEDED[flow.table](world)
    row |= dict.fromkeys(ahead, dt.datetime.now(dt.UTC) + AHEAD)
    if flow.requester:
        row[flow.requester] = world.people[REQUESTER].user_id
    elif flow.subject:  # the employee a review is about acknowledges it
        row[flow.subject] = world.people[SUBJECT].employee_id
    for step in flow.steps:
        for column in step.requires:
            row[column] = "Guard posted at the gate; police called."
    su = world.connect_superuser()
    statement, params = insert_statement(flow.table, row)
    record = su.execute(sql.SQL("{} RETURNING id").format(statement), params).fetchone()[0]
    # In the state as its steps leave it: a won deal's stage is closed won (a CHECK).
    values = {"status": state} | {
        column: value for s in flow.steps if s.target == state for column, value in s.sets
    }
    su.execute(
        sql.SQL("UPDATE {} SET {} WHERE id = %s").format(
            sql.Identifier(flow.table),
            sql.SQL(", ").join(
                sql.SQL("{} = %s").format(sql.Identifier(column)) for column in values
            ),
        ),
        (*values.values(), record),
    )
    return record


#: The day given to a step that asks one (a policy's next review date, migration 0072):
#: after any day these tests run on.
#: A day a step asks (a policy's next review date): after today, within five years (0073).
_ASKED_DAY = dt.date.today() + dt.timedelta(days=30)


def _arguments(world: World, flow: CaseFlow, step: Step, record: uuid.UUID) -> list[object]:
    args: list[object] = [record]
    if step.asks is Asks.ASSIGNEE:
        args.append(world.people[flow.workers[0].value].user_id)
    elif step.asks is Asks.RESOLUTION:
        args.append("Replaced the network cable.")
    elif step.asks is Asks.REASON:
        args.append("The client went bankrupt.")
    elif step.asks is Asks.NOTE:
        args.append("Paid in full by transfer.")
    # How much came back (migration 0106): something, at most the amount involved (the
    # records here name none).
    args += [Decimal("1000") for _amount in step.amounts]
    # A day something happened (migration 0101: a case settled) is today at the latest.
    args += [
        dt.date.today() if d.how is Stamp.SETTLED else _ASKED_DAY
        for d in step.dates
        if d.column in step.asked_dates
    ]
    if step.decided_by_another:  # the version shown: as it is (migration 0078)
        read = sql.SQL("SELECT updated_at FROM {} WHERE id = %s").format(sql.Identifier(flow.table))
        args.append(world.connect_superuser().execute(read, (record,)).fetchone()[0])
    return args


def _outcome_columns(flow: CaseFlow) -> list[str]:
    return ["status", *(c for c in (flow.assignee, flow.resolution, flow.resolved_at) if c)]


def _set_columns(flow: CaseFlow) -> list[str]:
    """The columns a step writes a constant into (a won deal's stage)."""
    return sorted({column for s in flow.steps for column, _value in s.sets})


def _dated_columns(flow: CaseFlow) -> list[str]:
    """The dates a step writes, and those they never fall before (the form's too)."""
    found = {c for s in flow.steps for d in s.dates for c in (d.column, d.not_before) if c}
    return sorted(found)


def _timed_columns(flow: CaseFlow) -> list[str]:
    """The moments a step writes, and those they never come before."""
    found = {c for s in flow.steps for t in s.times for c in (t.column, t.not_before) if c}
    return sorted(found)


def _timed(stamp: TimeStamp, before: dict[str, object], now: dt.datetime) -> dt.datetime | None:
    """What ``stamp`` writes into a record whose moments were ``before``, at ``now``."""
    if stamp.how is Stamp.CLEAR:
        return None
    value = now
    if stamp.how is Stamp.BY_NOW and before[stamp.column] is not None:
        value = min(before[stamp.column], now)
    floor = before[stamp.not_before] if stamp.not_before else None
    return max(floor, value) if floor is not None else value


def _stamped(stamp: DateStamp, before: dict[str, object], today: dt.date) -> dt.date | None:
    """What ``stamp`` writes into a record whose dates were ``before``."""
    if stamp.how is Stamp.CLEAR:
        return None
    if stamp.how is Stamp.ASKED:
        return _ASKED_DAY
    if stamp.how is Stamp.SETTLED:  # the day given (migration 0101)
        return dt.date.today()
    value = today
    if stamp.how is Stamp.BY_TODAY and before[stamp.column] is not None:
        value = min(before[stamp.column], today)
    floor = before[stamp.not_before] if stamp.not_before else None
    return max(floor, value) if floor is not None else value


def _take(
    world: World, who: str, flow: CaseFlow, step: Step, record: uuid.UUID
) -> tuple[str | None, dict[str, object] | None]:
    """``who`` takes ``step`` on ``record`` (rolled back): (SQLSTATE, None) when refused,
    (None, the record's step columns as the superuser then reads them) when taken."""
    conn = world.connect(who)
    args = _arguments(world, flow, step, record)
    call = sql.SQL("SELECT public.{}({})").format(
        sql.Identifier(flow.function(step)), sql.SQL(", ").join(sql.Placeholder() * len(args))
    )
    columns = _outcome_columns(flow) + _dated_columns(flow) + _set_columns(flow)
    columns += [c for c in _timed_columns(flow) if c not in columns]
    read = sql.SQL("SELECT {}, now() FROM {} WHERE id = %s").format(
        sql.SQL(", ").join(map(sql.Identifier, columns)), sql.Identifier(flow.table)
    )
    after: dict[str, object] | None = None
    try:
        with conn.transaction():
            conn.execute(call, args)
            values = conn.execute(read, (record,)).fetchone()
            # The step's moment (its transaction's) as "now".
            after = dict(zip([*columns, "now"], values, strict=True)) if values else {}
            raise psycopg.Rollback()
    except psycopg.Error as error:
        return error.sqlstate, None
    return None, after


def _dates(world: World, flow: CaseFlow, record: uuid.UUID) -> dict[str, object]:
    """The record's dated columns as they are (before a step), and the server's date."""
    columns = _dated_columns(flow)
    read = sql.SQL("SELECT {}, current_date FROM {} WHERE id = %s").format(
        sql.SQL(", ").join(map(sql.Identifier, columns)), sql.Identifier(flow.table)
    )
    *values, today = world.connect_superuser().execute(read, (record,)).fetchone()
    return dict(zip(columns, values, strict=True)) | {"today": today}


def _moments(world: World, flow: CaseFlow, record: uuid.UUID) -> dict[str, object]:
    """The record's timed columns as they are (before a step)."""
    columns = _timed_columns(flow)
    read = sql.SQL("SELECT {} FROM {} WHERE id = %s").format(
        sql.SQL(", ").join(map(sql.Identifier, columns)), sql.Identifier(flow.table)
    )
    values = world.connect_superuser().execute(read, (record,)).fetchone()
    return dict(zip(columns, values, strict=True))


@pytest.fixture(scope="module")
def records(world: World) -> dict[tuple[str, str], uuid.UUID]:
    """One record per table and state."""
    return {
        (flow.table, state.value): _record(world, flow, state.value)
        for flow in FLOWS.values()
        for state in flow.states
    }


@pytest.fixture(scope="module")
def ahead() -> dict[tuple[str, str, tuple[str, ...]], uuid.UUID]:
    """The records made for steps never taken after a moment (``_taken_on``)."""
    return {}


def _taken_on(world: World, records, ahead, flow: CaseFlow, step: Step, state: str) -> uuid.UUID:
    """The record of ``state`` ``step`` is taken on: for a step never taken after a moment
    of the record (``Step.not_after``: a shift cancelled once it ended, DW432, migration
    0105), one whose moments are still ahead; the minimal rows' have passed, as the steps
    that wait for them need (a shift completed once it ended)."""
    if not step.not_after:
        return records[(flow.table, state)]
    key = (flow.table, state, step.not_after)
    if key not in ahead:
        ahead[key] = _record(world, flow, state, ahead=step.not_after)
    return ahead[key]


# --------------------------------------------------------------------------- psql


@pytest.mark.parametrize("table", TABLES)
def test_no_role_writes_a_state_or_what_a_step_sets_by_update(world: World, records, table):
    flow = FLOWS[table]
    record = records[(table, flow.steps[0].sources[0])]
    columns = _outcome_columns(flow)
    for key in EVERYONE:
        for column in columns:
            statement = sql.SQL("UPDATE {0} SET {1} = {1} WHERE id = %s").format(
                sql.Identifier(table), sql.Identifier(column)
            )
            out = attempt(world.connect(key), statement, (record,))
            assert out.denied, (key, column, out)


# --------------------------------------------------------------------------- who


def _expected_takers(flow: CaseFlow, step: Step, state: str) -> set[str]:
    takers = {r.value for r in flow.workers}
    if flow.has_requester and state in step.requester_sources:
        takers.add(_requester(flow))
    return takers


@pytest.mark.parametrize("table", TABLES)
def test_each_step_is_taken_by_its_deciders_and_refused_to_everyone_else(
    world: World, records, ahead, table
):
    flow = FLOWS[table]
    for step in flow.steps:
        state = (step.requester_sources or step.sources)[0]
        record = _taken_on(world, records, ahead, flow, step, state)
        takers = _expected_takers(flow, step, state)
        for key in EVERYONE:
            refused, after = _take(world, key, flow, step, record)
            if key in takers:
                assert refused is None and after["status"] == step.target, (step, key)
            else:
                # No EXECUTE; EXECUTE but not theirs; or not a record they may see.
                assert refused in ("42501", "DW002", "DW403"), (step, key, refused)


def test_a_requester_takes_their_steps_on_their_own_ticket_only(world: World, records):
    flow = FLOWS["it_support_tickets"]
    for step in flow.steps:
        for state in step.requester_sources:
            record = records[(flow.table, state)]
            assert _take(world, REQUESTER, flow, step, record)[0] is None
            # Someone else who may call the function: HR does not see the ticket,
            # compliance sees it but did not file it.
            assert _take(world, "hr", flow, step, record)[0] == "DW403"
            assert _take(world, "compliance", flow, step, record)[0] == "DW002"


# --------------------------------------------------------------------------- what


@pytest.mark.parametrize("table", TABLES)
def test_the_functions_take_exactly_the_declared_transitions(world: World, records, ahead, table):
    flow = FLOWS[table]
    worker = flow.workers[0].value
    for step in flow.steps:
        for state in (s.value for s in flow.states):
            record = _taken_on(world, records, ahead, flow, step, state)
            refused, after = _take(world, worker, flow, step, record)
            if state in step.sources:
                assert refused is None, (step.action, state, refused)
                assert after["status"] == step.target
                if step.resolves and flow.resolved_at:
                    assert after[flow.resolved_at] is not None
                if step.reopens and flow.resolved_at:
                    assert after[flow.resolved_at] is None
                if step.asks is Asks.ASSIGNEE:
                    assert after[flow.assignee] == world.people[worker].user_id
                if step.asks is Asks.RESOLUTION:
                    assert after[flow.resolution] == "Replaced the network cable."
                if step.dates:
                    before = _dates(world, flow, record)
                    for stamp in step.dates:
                        wanted = _stamped(stamp, before, before["today"])
                        assert after[stamp.column] == wanted, (step.action, stamp)
                for stamp in step.times:
                    before = _moments(world, flow, record)
                    wanted = _timed(stamp, before, after["now"])
                    assert after[stamp.column] == wanted, (step.action, stamp)
                for column, value in step.sets:
                    assert str(after[column]) == value, (step.action, column)
            elif state == step.target:
                assert refused == "DW001", (step.action, state)
            else:
                assert refused == "DW004", (step.action, state)
            if flow.has_requester:
                refused, _after = _take(world, _requester(flow), flow, step, record)
                assert (refused is None) == (state in step.requester_sources), (step, state)


def test_the_database_holds_the_functions_and_policies_the_declaration_makes(world: World):
    engine = make_engine(world.superuser_dsn, pool_pre_ping=False)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                sa.text(
                    "SELECT p.oid::regprocedure::text, p.prosrc, p.prosecdef,"
                    " pg_get_userbyid(p.proowner), pg_get_function_arguments(p.oid)"
                    " FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace"
                    " AND p.proname = ANY (:names)"
                ),
                {"names": [f.name for f in function_definitions()]},
            ).all()
            policies = conn.execute(
                sa.text(
                    "SELECT policyname, tablename, cmd, roles::text[], qual, with_check"
                    " FROM pg_policies WHERE policyname = ANY (:names)"
                ),
                {"names": [name for name, _table, _create in owner_policies()]},
            ).all()
    finally:
        engine.dispose()
    # Migration 0143's forms with the version shown call these: not the declaration's
    # (tests/db/test_steps_on_what_was_shown.py).
    shown_forms = {
        flow.function(step)
        for flow in FLOWS.values()
        for step in flow.steps
        if takes_shown(flow, step)
    }
    found = {
        row[0]: row[1:]
        for row in rows
        if not (
            row[0].split("(")[0] in shown_forms
            and row[4].endswith("shown timestamp with time zone")
        )
    }
    wanted = {f.signature.removeprefix("public."): f for f in function_definitions()}
    assert set(found) == set(wanted)
    for signature, definition in wanted.items():
        body, definer, owner, arguments = found[signature]
        # What the declaration makes, and 0085's measure of a person's texts opening it
        # when it takes one (db/text_limits: added to the live bodies, not declared).
        assert without_measure(body) == definition.body, (
            f"{signature} differs from the declaration: migrate"
        )
        takes_text = any(
            argument.split() in ([name, "text"] for name in TEXT_ARGUMENTS)
            for argument in arguments.split(", ")
        )
        assert (MEASURED in body) == takes_text, signature
        assert definer and owner == OWNER_ROLE, signature
    named = {r[0]: r[4] for r in rows}
    assert named["dicel_resolve_it_ticket(uuid,text)"] == "ticket_id uuid, resolution text"
    assert named["dicel_assign_recovery_case(uuid,uuid)"] == "case_id uuid, assignee uuid"
    assert [(p[0], p[1], p[2], p[3]) for p in policies] == [
        (name, table, "UPDATE", [OWNER_ROLE]) for name, table, _create in owner_policies()
    ]
