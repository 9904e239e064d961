"""The declaration of the tickets' and cases' steps (domain/case_flows.py) holds together
with the models, the permission table and the row security it relies on."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
import sqlalchemy as sa
from minimal_rows import choices_of

from dicel_desktop.db.case_functions import flow_definitions, function_definitions
from dicel_desktop.db.models import Base
from dicel_desktop.domain import permissions as perm
from dicel_desktop.domain.case_flows import (
    FLOWS,
    REQUESTER,
    Asks,
    CaseFlow,
    Stamp,
    Step,
    TimeStamp,
    deciders_in_words,
    step_functions,
)
from dicel_desktop.domain.roles import BASE_GROUP_ROLE, Role

TABLES = list(FLOWS)

#: The states a record of each flow ends in: no step leads out of them.
FINISHED = {
    "it_support_tickets": {"closed", "cancelled"},
    "client_support_tickets": {"closed", "cancelled"},
    "security_incidents": {"closed"},
    "risk_incidents": {"closed"},
    "recovery_cases": {"closed"},
    # A disposed asset has left the register.
    "it_assets": {"disposed"},
    # A closed risk is reopened if it comes back; feedback closed is done with.
    "risk_assessments": set(),
    "customer_feedback": {"closed"},
    "leads": {"unqualified", "converted", "lost"},
    "compliance_audits": {"cancelled"},  # a completed audit may be reopened
    "candidates": {"hired", "rejected", "withdrawn"},
    "marketing_campaigns": {"completed", "cancelled"},
    # A closed posting may be reopened, or filled from its applicants.
    "job_postings": {"filled", "cancelled"},
    # A renewed contract goes on as a new contract: this one is what was agreed.
    "contracts": {"expired", "terminated", "renewed"},
    # A completed review is filed; a shared one may be taken back to draft.
    "performance_reviews": {"completed"},
    # People and operations (0049)
    # A terminated employee has left; one on leave or suspended comes back.
    "employees": {"terminated"},
    "training_programs": {"completed", "cancelled"},
    "training_enrollments": {"completed", "failed", "dropped"},
    # A closed year's line is history; a frozen or draft one may be in force again.
    "budgets": {"closed"},
    # A guard who left (inactive) may be reinstated: their one record goes on.
    "security_guards": set(),
    "security_assignments": {"completed", "missed", "cancelled"},
    "patrol_logs": {"completed", "aborted"},
    # Registers and the sales pipeline (0050): a client or supplier may always come back;
    # a discontinued item, a retired policy, an archived survey and a closed deal do not.
    "clients": set(),
    "suppliers": set(),
    "inventory_items": {"discontinued"},
    "compliance_policies": {"retired"},
    "customer_surveys": {"archived"},
    "opportunities": {"won", "lost"},
}

#: Where each flow's new records start: the column default, and what a new record's form
#: gives (migration 0038: postings and contracts are drafts first).
FIRST = {
    "it_support_tickets": "open",
    "client_support_tickets": "open",
    "security_incidents": "open",
    "risk_incidents": "open",
    "recovery_cases": "open",
    "it_assets": "active",
    "risk_assessments": "open",
    "customer_feedback": "received",
    "leads": "new",
    "compliance_audits": "scheduled",
    "candidates": "applied",
    "marketing_campaigns": "planned",
    "job_postings": "draft",
    "contracts": "draft",
    "performance_reviews": "draft",
    # People and operations (0049): the seed's defaults (a budget line typed in is in
    # force, as expense approvals need).
    "employees": "active",
    "training_programs": "scheduled",
    "training_enrollments": "enrolled",
    "budgets": "active",
    "security_guards": "active",
    "security_assignments": "scheduled",
    "patrol_logs": "in_progress",
    # Registers and the sales pipeline (0050): a new client is a prospect.
    "clients": "prospect",
    "suppliers": "active",
    "inventory_items": "active",
    "compliance_policies": "draft",
    "customer_surveys": "draft",
    "opportunities": "active",
}


@pytest.mark.parametrize("table", TABLES)
def test_every_state_is_reached_and_every_unfinished_one_has_a_way_on(table):
    flow = FLOWS[table]
    states = {s.value for s in flow.states}
    model = Base.metadata.tables[table]
    first = model.c.status.server_default.arg.text.strip("'")
    assert first == FIRST[table]
    reached = {first} | {step.target for step in flow.steps}
    assert reached == states
    for step in flow.steps:
        assert {*step.sources, step.target, *step.requester_sources} <= states, step
        assert set(step.requester_sources) <= set(step.sources), step
    finished = states - {s for step in flow.steps for s in step.sources}
    # Closed, cancelled (and the like) records stay as they are; everything else moves on.
    assert finished == FINISHED[table], finished


@pytest.mark.parametrize("table", TABLES)
def test_the_columns_a_step_sets_exist_and_only_steps_write_them(table):
    flow = FLOWS[table]
    model = Base.metadata.tables[table]
    written = {"status"}
    for step in flow.steps:
        if step.asks is Asks.ASSIGNEE:
            written.add(flow.assignee)
        if step.asks is Asks.RESOLUTION:
            written.add(flow.resolution)
        if (step.resolves or step.reopens) and flow.resolved_at:
            written.add(flow.resolved_at)
        if step.resolves and flow.assignee:
            written.add(flow.assignee)
        assert set(step.requires) <= set(model.c.keys()), step
        # What a step needs is checked for the workers; a requester's steps need nothing.
        assert not (step.requester_sources and step.asks is not Asks.NOTHING), step
    assert None not in written and written <= set(model.c.keys())
    assert written <= perm.FUNCTION_ONLY_COLUMNS[table]
    if flow.requester:
        assert flow.requester in model.c


@pytest.mark.parametrize("table", TABLES)
def test_the_dates_a_step_writes_are_dates_of_the_record_the_form_also_writes(table):
    """A step writes the day into a date (a posting's posted date, a contract's end);
    where the step keeps what the form wrote (a planned closing or end date: not
    ``Stamp.TODAY``, which writes today over anything) the date is not the steps' alone,
    and the date it never falls before is one of the record's. (A posting's publication
    date is its publish step's alone, migration 0065: a draft has none; so is the day a
    case was settled, which its step asks, ``Stamp.SETTLED``, migration 0101.)"""
    model = Base.metadata.tables[table]
    for step in FLOWS[table].steps:
        for stamp in step.dates:
            assert isinstance(model.c[stamp.column].type, sa.Date), (step, stamp)
            if stamp.how not in (Stamp.TODAY, Stamp.SETTLED):
                assert stamp.column not in perm.FUNCTION_ONLY_COLUMNS[table], stamp
            if stamp.not_before:
                assert isinstance(model.c[stamp.not_before].type, sa.Date), stamp


def test_postings_and_contracts_write_the_days_they_open_and_end():
    postings, contracts = FLOWS["job_postings"], FLOWS["contracts"]

    def dated(flow):
        return {s.action: {(d.column, d.how, d.not_before) for d in s.dates} for s in flow.steps}

    closes = {("closing_date", Stamp.BY_TODAY, None)}
    assert dated(postings) == {
        "publish": {("posted_date", Stamp.TODAY, None)},
        "hold": set(),
        "resume": set(),
        "close": closes,
        "reopen": {("closing_date", Stamp.CLEAR, None)},
        "fill": closes,
        "cancel": set(),
    }
    ends = {("end_date", Stamp.BY_TODAY, "start_date")}
    assert dated(contracts) == {
        "activate": set(),
        "renew": set(),
        "terminate": ends,
        "expire": ends,
    }


def test_people_and_training_steps_write_the_days_they_end():
    """Migration 0049: a termination, a training's start and end, an enrolment's
    completion; nothing else of those flows, nor of budgets, guards, assignments or
    patrols, writes a date."""

    def dated(table):
        return {
            (s.action, d.column, d.how, d.not_before) for s in FLOWS[table].steps for d in s.dates
        }

    assert dated("employees") == {("terminate", "termination_date", Stamp.BY_TODAY, "hire_date")}
    assert dated("training_programs") == {
        ("start", "start_date", Stamp.BY_TODAY, None),
        ("complete", "end_date", Stamp.BY_TODAY, "start_date"),
    }
    assert dated("training_enrollments") == {
        ("complete", "completion_date", Stamp.BY_TODAY, "enrollment_date")
    }
    for table in ("budgets", "security_guards", "security_assignments", "patrol_logs"):
        assert dated(table) == set(), table


@pytest.mark.parametrize("table", TABLES)
def test_the_moments_a_step_writes_are_timestamps_of_the_record_the_form_also_writes(table):
    """A step writes the moment it is taken into a timestamp (a patrol's end time), which
    the form keeps too (written from a guard's sheet), never before another timestamp of
    the record; dates are ``Step.dates``'."""
    model = Base.metadata.tables[table]
    for step in FLOWS[table].steps:
        for stamp in step.times:
            assert isinstance(model.c[stamp.column].type, sa.DateTime), (step, stamp)
            assert model.c[stamp.column].type.timezone, (step, stamp)
            assert stamp.column not in perm.FUNCTION_ONLY_COLUMNS[table], stamp
            assert stamp.column not in {d.column for d in step.dates}, stamp
            if stamp.not_before:
                assert isinstance(model.c[stamp.not_before].type, sa.DateTime), stamp


def test_a_patrol_ends_when_completed_or_aborted_and_nothing_else_writes_a_moment():
    """Migration 0056: only the patrols' steps write a moment; assignments' shift times
    are the planned shift, not stamped."""
    timed = {
        (flow.table, step.action, t.column, t.how, t.not_before)
        for flow in FLOWS.values()
        for step in flow.steps
        for t in step.times
    }
    assert timed == {
        ("patrol_logs", "complete", "end_time", Stamp.BY_NOW, "start_time"),
        ("patrol_logs", "abort", "end_time", Stamp.BY_NOW, "start_time"),
    }


def test_a_moment_is_stamped_now_by_now_or_cleared_never_as_a_day():
    assert TimeStamp("end_time").how is Stamp.NOW
    for day in (Stamp.TODAY, Stamp.BY_TODAY):
        with pytest.raises(ValueError, match="now, by now or cleared"):
            TimeStamp("end_time", day)


def _timed_body(*times: TimeStamp) -> str:
    flow = CaseFlow(
        "patrol_logs",
        "patrol_log",
        "patrol_id",
        FLOWS["patrol_logs"].states,
        (Role.SECURITY,),
        (Step("complete", ("in_progress",), "completed", "completed", times=times),),
    )
    (function,) = flow_definitions(flow)
    return function.body


def test_the_function_writes_the_moment_of_the_step_and_refuses_it_before_the_floor():
    """``TimeStamp``, made by db/case_functions/body.py: the transaction's moment (``now()``),
    or the record's earlier one (``BY_NOW``), raised to its floor; the step does not move
    a record whose floor is still ahead, and says so (DW407, COLUMN the floor)."""
    assert "end_time = now()" in _timed_body(TimeStamp("end_time"))
    assert "end_time = NULL" in _timed_body(TimeStamp("end_time", Stamp.CLEAR))
    body = _timed_body(TimeStamp("end_time", Stamp.BY_NOW, not_before="start_time"))
    assert "end_time = greatest(t.start_time, least(coalesce(t.end_time, now()), now()))" in body
    assert "AND (t.start_time IS NULL OR t.start_time <= now());" in body
    assert "IF v_early > now() THEN" in body
    assert "ERRCODE = 'DW407', TABLE = 'patrol_logs', COLUMN = 'start_time'" in body
    # A step without a floor is made as before: no refusal of the kind, no variable.
    plain = _timed_body(TimeStamp("end_time"))
    assert "DW407" not in plain and "v_early" not in plain
    assert "v_early" not in _timed_body()


@pytest.mark.parametrize("table", TABLES)
def test_the_constants_a_step_sets_are_valid_values_of_other_columns(table):
    """``Step.sets`` writes a constant into a column of the record besides its state,
    which the column's CHECK list (a stage) allows."""
    model = Base.metadata.tables[table]
    choices = choices_of(model)
    for step in FLOWS[table].steps:
        for column, value in step.sets:
            assert column in model.c and column != "status", (step, column)
            assert column not in {d.column for d in step.dates}, (step, column)
            if column in choices:
                assert value in choices[column], (step, column, value)


def test_a_deal_won_or_lost_closes_its_stage_and_its_odds():
    """Sales moves an active deal's stage in its form; only winning or losing it closes
    the stage, and its probability says what happened."""
    deals = FLOWS["opportunities"]
    assert {s.action: dict(s.sets) for s in deals.steps} == {
        "hold": {},
        "resume": {},
        "win": {"stage": "closed_won", "probability": "100"},
        "lose": {"stage": "closed_lost", "probability": "0"},
    }
    assert "stage" not in perm.FUNCTION_ONLY_COLUMNS["opportunities"]


def test_a_steps_constants_are_written_by_the_same_update_as_its_state():
    """The function's one conditional UPDATE writes them with the state: a won deal is
    never seen won at an open stage (its CHECK would refuse it)."""
    (win,) = [f for f in function_definitions(("opportunities",)) if f.name.startswith("dicel_win")]
    update = win.body.split("UPDATE public.opportunities AS t", 1)[1].split("WHERE", 1)[0]
    assert "status = 'won'" in update
    assert "stage = 'closed_won'" in update and "probability = '100'" in update


def test_policies_come_into_force_and_surveys_run_on_the_days_their_steps_are_taken():
    def dated(flow):
        return {s.action: {(d.column, d.how, d.not_before) for d in s.dates} for s in flow.steps}

    assert dated(FLOWS["compliance_policies"]) == {
        "submit": set(),
        "recall": set(),
        # The next review date, given by the person (migration 0072).
        "approve": {("review_date", Stamp.ASKED, None)},
        "activate": {("effective_date", Stamp.BY_TODAY, None)},
        "retire": set(),
        "start_review": set(),
    }
    assert dated(FLOWS["customer_surveys"]) == {
        "launch": {("start_date", Stamp.TODAY, None)},
        "close": {("end_date", Stamp.BY_TODAY, "start_date")},
        "reopen": {("end_date", Stamp.CLEAR, None)},
        "archive": set(),
    }


def test_each_step_is_a_function_granted_to_whoever_may_take_it():
    functions = step_functions()
    assert len(functions) == sum(len(f.steps) for f in FLOWS.values())
    for name, (flow, step) in functions.items():
        assert name == f"dicel_{step.action}_{flow.noun}"
        granted = set(perm.FUNCTION_EXECUTE[name])
        if REQUESTER in flow.deciders(step):
            assert granted == {BASE_GROUP_ROLE}
        else:
            assert granted == {r.group_role for r in flow.workers}
        # The workers may also change the table's other fields: its department's records.
        for role in flow.workers:
            assert perm.rights(role, flow.table).update, (role, flow.table)


def test_a_requesters_steps_go_to_the_roles_that_see_only_their_own_tickets():
    path = Path(__file__).parents[2] / "migrations" / "versions" / "0003_security.py"
    spec = importlib.util.spec_from_file_location("dicel_migration_0003", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for flow in FLOWS.values():
        if not flow.requester:
            continue
        rls = module.RLS_TABLES[flow.table]
        assert rls.person == flow.requester
        assert set(rls.readers) == set(flow.workers) | set(flow.reads_all)
        assert flow.requester_roles() == frozenset(Role) - set(rls.readers)
        # Those who read every record file their own too: every role is someone's
        # requester (compliance closes the ticket it filed).
        assert flow.filing_readers() == set(flow.reads_all) - set(flow.workers)
        assert flow.requester_roles() | flow.filing_readers() | set(flow.workers) == set(Role)


def test_every_flow_says_where_its_records_end():
    assert set(FINISHED) == set(FLOWS)


def test_who_may_take_a_step_reads_as_a_sentence():
    assert deciders_in_words("it,admin,requester") == (
        "IT, Administration or the person who filed it"
    )
    assert deciders_in_words("recovery,admin") == "Recovery or Administration"
    assert deciders_in_words("security") == "Security"


def test_the_moments_a_step_waits_for_are_one_list_for_the_function_and_the_window():
    """``Step.floors`` (code review 29, F8): the moments a step never comes before, each
    once, its stamps' first. The function refuses the step before each of them (DW407),
    and the window knows the step may be stopped so (``services.cases``): both read the
    one list rather than each working it out."""
    from dicel_desktop.services.cases import STOPPABLE_STEPS

    both = Step(
        "complete",
        ("in_progress",),
        "completed",
        "completed",
        times=(TimeStamp("end_time", Stamp.BY_NOW, not_before="start_time"),),
        not_before=("start_time", "shift_start"),
    )
    assert both.floors == ("start_time", "shift_start")
    waiting = 0
    for flow in FLOWS.values():
        functions = flow_definitions(flow)
        for step, function in zip(flow.steps, functions, strict=True):
            refused = re.findall(r"cannot be % before its (\w+), %", function.body)
            assert tuple(refused) == step.floors, (flow.table, step.action)
            assert ((flow.table, step.action) in STOPPABLE_STEPS) >= bool(step.floors)
            waiting += bool(step.floors)
    assert waiting >= 3  # a patrol's end, a shift's start and completion


def test_the_moments_a_step_is_never_taken_after_are_one_list_for_the_function_and_the_window():
    """``Step.not_after`` (migration 0105): the function refuses the step once each has
    passed (DW432), and the window knows the step may be stopped so (``services.cases``);
    both read the one declaration."""
    from dicel_desktop.services.cases import STOPPABLE_STEPS

    ending = 0
    for flow in FLOWS.values():
        for step, function in zip(flow.steps, flow_definitions(flow), strict=True):
            refused = re.findall(r"cannot be % after its (\w+), %", function.body)
            assert tuple(refused) == step.not_after, (flow.table, step.action)
            assert ((flow.table, step.action) in STOPPABLE_STEPS) >= bool(step.not_after)
            ending += bool(step.not_after)
    assert ending >= 1  # a shift's cancel
