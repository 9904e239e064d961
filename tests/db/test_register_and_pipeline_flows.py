"""Clients, suppliers, stock items, compliance policies, customer surveys and
opportunities move through their states by their department's steps (migration 0050),
as real logins.

A new client is a prospect; the department's clerk (or an administrator) takes each
record through its steps, which write the days a policy came into force and a survey
ran; anyone else is refused by the database even calling the function with SQL; a
discontinued item, a retired policy, an archived survey and a won or lost deal are
frozen. Sales moves an active deal's stage in its form, and only its steps close it."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from flow_steps import refusal as _refusal
from flow_steps import row_of as _row
from flow_steps import server_today as _today
from flow_steps import take as _step
from logins import Person
from prepared_people import cast_logins, make_cast, once_a_module
from sqlalchemy import exc, text

from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import cases, stock
from dicel_desktop.services.forms import table_fields
from dicel_desktop.services.records import load_record, save_record

CLIENTS, SUPPLIERS, ITEMS = "clients", "suppliers", "inventory_items"
POLICIES, SURVEYS, DEALS = "compliance_policies", "customer_surveys", "opportunities"
TABLES = [CLIENTS, SUPPLIERS, ITEMS, POLICIES, SURVEYS, DEALS]

#: What a department types in for a new record of each table (no state given).
_NEW = {
    CLIENTS: {"company_name": "Nyarutarama Estates", "client_type": "corporate"},
    SUPPLIERS: {"supplier_name": "Kigali Uniforms Ltd"},
    ITEMS: {"item_name": "Torch, rechargeable", "category": "Equipment"},
    POLICIES: {"policy_name": "Cash handling", "policy_category": "Finance"},
    SURVEYS: {"survey_name": "Guard service quality, Q3"},
    DEALS: {"title": "Static guarding, 2 posts", "estimated_value": 12_000_000, "probability": 25},
}


_prepared_logins, logins = once_a_module("logins", make_cast, cast_logins)


def _file(person: Person, table: str, **values: object) -> uuid.UUID:
    row = {**_NEW[table], **values}
    with person.engine.begin() as conn:
        return conn.scalar(
            text(
                f"INSERT INTO {table} ({', '.join(row)})"
                f" VALUES ({', '.join(':' + c for c in row)}) RETURNING id"
            ),
            row,
        )


def _state(logins, table: str, record: uuid.UUID) -> str:
    return _row(logins, table, record, "status")[0]


def _worker(logins, table: str) -> Person:
    return logins.person(FLOWS[table].workers[0])


def _update(person: Person, table: str, record: uuid.UUID, column: str, value: object) -> None:
    with person.engine.begin() as conn:
        conn.execute(
            text(f"UPDATE {table} SET {column} = :v WHERE id = :id"), {"v": value, "id": record}
        )


# --------------------------------------------------------------------------- who


def test_a_new_client_is_a_prospect_until_the_clerk_activates_it(logins):
    clerk = logins.person(Role.CLIENT)
    record = _file(clerk, CLIENTS)
    assert _state(logins, CLIENTS, record) == "prospect"
    # What the form's New record shows in its state field.
    assert table_fields(CLIENTS)["status"].state_default == "prospect"
    # The state is no one's to give.
    for role in (Role.CLIENT, Role.ADMIN):
        with pytest.raises(exc.ProgrammingError) as refused:
            _file(logins.person(role), CLIENTS, status="active")
        assert refused.value.orig.sqlstate == "42501", role
    for action, state in [
        ("activate", "active"),
        ("suspend", "suspended"),
        ("reactivate", "active"),
        ("deactivate", "inactive"),
        ("reactivate", "active"),
    ]:
        _step(clerk, CLIENTS, action, record)
        assert _state(logins, CLIENTS, record) == state, action
    # No state of a client is final: an inactive client's record is still corrected.
    _step(clerk, CLIENTS, "deactivate", record)
    _update(clerk, CLIENTS, record, "contact_person", "Aline Uwase")
    assert _row(logins, CLIENTS, record, "contact_person") == ("Aline Uwase",)


@pytest.mark.parametrize("table", TABLES)
def test_an_administrator_takes_the_steps_too(logins, table):
    record = _file(_worker(logins, table), table)
    first = FLOWS[table].steps[0]
    _step(logins.person(Role.ADMIN), table, first.action, record)
    assert _state(logins, table, record) == first.target


@pytest.mark.parametrize("table", TABLES)
def test_no_other_role_may_call_a_step_or_write_a_state_even_with_sql(logins, table):
    flow = FLOWS[table]
    record = _file(_worker(logins, table), table)
    before = _state(logins, table, record)
    for other in set(Role) - set(flow.workers):
        person = logins.person(other)
        for step in flow.steps:
            # A day the step asks (a policy's next review date) given too: still refused.
            days = ", current_date + 1" * len(step.asked_dates)
            # And the version shown, of a decision four eyes take (migration 0078).
            days += ", now()" * step.decided_by_another
            call = f"SELECT public.{flow.function(step)}(:id{days})"
            with person.engine.connect() as conn, pytest.raises(exc.ProgrammingError) as refused:
                conn.execute(text(call), {"id": record})
            assert refused.value.orig.sqlstate == "42501", (other, step.action)
    for who in (flow.workers[0], Role.ADMIN):
        person = logins.person(who)  # one login a role: each state is still refused to it
        for state in flow.states:
            with pytest.raises(exc.ProgrammingError) as refused:
                _update(person, table, record, "status", state.value)
            assert refused.value.orig.sqlstate == "42501", (who, state)
    assert _state(logins, table, record) == before


# --------------------------------------------------------------------------- registers


def test_inventory_blocks_and_unblocks_a_supplier(logins):
    stores = logins.person(Role.INVENTORY)
    record = _file(stores, SUPPLIERS)
    _step(stores, SUPPLIERS, "block", record)
    assert _state(logins, SUPPLIERS, record) == "blocked"
    # Blocked is not the end: the supplier may be cleared, and its record corrected.
    _update(stores, SUPPLIERS, record, "payment_terms", "Net 30")
    _step(stores, SUPPLIERS, "unblock", record)
    _step(stores, SUPPLIERS, "deactivate", record)
    _step(stores, SUPPLIERS, "reactivate", record)
    assert _row(logins, SUPPLIERS, record, "status", "payment_terms") == ("active", "Net 30")


def test_a_discontinued_item_is_frozen_though_its_stock_still_moves(logins):
    stores = logins.person(Role.INVENTORY)
    record = _file(stores, ITEMS)
    with stores.session() as session:
        stock.move_stock(session, record, "in", 5)
    _step(stores, ITEMS, "deactivate", record)
    _step(stores, ITEMS, "reactivate", record)
    _step(stores, ITEMS, "discontinue", record)
    # What is left is still issued (the stock ledger's function, as the owner).
    with stores.session() as session:
        stock.move_stock(session, record, "out", 2, notes="To the night shift")
    assert _row(logins, ITEMS, record, "status", "current_stock") == ("discontinued", 3)
    before = _row(logins, ITEMS, record, "*")
    for person in (stores, logins.person(Role.ADMIN)):
        with pytest.raises(exc.DBAPIError) as refused:
            _update(person, ITEMS, record, "location", "Store B")
        assert refused.value.orig.sqlstate == "DW405"
    assert _row(logins, ITEMS, record, "*") == before
    refused = _refusal(stores, ITEMS, "reactivate", record)
    assert refused.code == "wrong_state"


# --------------------------------------------------------------------------- policies


def test_a_policy_is_reviewed_approved_and_comes_into_force_today(logins):
    officer = logins.person(Role.COMPLIANCE)
    approver = logins.person(Role.COMPLIANCE)  # not who filed it (migration 0078)
    today = _today(officer)
    planned = today + dt.timedelta(days=30)
    record = _file(officer, POLICIES, effective_date=planned)
    _step(officer, POLICIES, "submit", record)
    # The reviewers want a change: back to draft, corrected, submitted again.
    _step(officer, POLICIES, "recall", record)
    _update(officer, POLICIES, record, "policy_content", "Two people count the cash.")
    _step(officer, POLICIES, "submit", record)
    _approve(approver, record, today + dt.timedelta(days=365))
    # Approved, what it says is frozen (its lock, DL001).
    with pytest.raises(exc.DBAPIError) as refused:
        _update(officer, POLICIES, record, "policy_content", "One person counts the cash.")
    assert refused.value.orig.sqlstate == "DL001"
    # Brought into force before the date planned: in force from today.
    _step(officer, POLICIES, "activate", record)
    assert _row(logins, POLICIES, record, "status", "effective_date") == ("active", today)
    _step(officer, POLICIES, "retire", record)
    with pytest.raises(exc.DBAPIError) as refused:
        _update(officer, POLICIES, record, "description", "Rewritten")
    assert refused.value.orig.sqlstate == "DW405"


def test_a_policy_in_force_since_an_earlier_date_keeps_it_and_one_without_gets_today(logins):
    officer = logins.person(Role.COMPLIANCE)
    approver = logins.person(Role.COMPLIANCE)  # not who filed it (migration 0078)
    today = _today(officer)
    since = today - dt.timedelta(days=60)
    for written, wanted in ((since, since), (None, today)):
        record = _file(officer, POLICIES, effective_date=written)
        _step(officer, POLICIES, "submit", record)
        _approve(approver, record, today + dt.timedelta(days=365))
        _step(officer, POLICIES, "activate", record)
        assert _row(logins, POLICIES, record, "effective_date") == (wanted,)


def _approve(person: Person, record: uuid.UUID, review: dt.date | None) -> None:
    """``person`` approves the policy, saying when it is next reviewed (migration 0072)."""
    with person.session() as session:
        cases.take_step(
            session,
            POLICIES,
            "approve",
            record,
            days={"review_date": review},
            shown=_shown(person, record),
        )


def _approval_refused(person: Person, record: uuid.UUID, review: dt.date | None) -> DicelError:
    shown = _shown(person, record)
    with person.session() as session, pytest.raises(DicelError) as refused:
        cases.take_step(
            session, POLICIES, "approve", record, days={"review_date": review}, shown=shown
        )
    return refused.value


def _shown(person: Person, record: uuid.UUID) -> dt.datetime | None:
    """The policy's version its window shows ``person`` (the approval is on it, 0078)."""
    with person.session() as session:
        return load_record(session, POLICIES, person.role, record).version


def _overdue(person: Person, record: uuid.UUID) -> bool:
    """Whether the policy's window says its review is overdue (its list's flag, asked with
    the record)."""
    with person.session() as session:
        return bool(load_record(session, POLICIES, person.role, record).flagged)


def test_a_policy_past_its_review_is_reviewed_again_and_approved_with_its_next_date(logins):
    """Migration 0072: Start review… takes a policy in force back under review, and its
    approval asks the next review date, required and after today: the overdue mark
    clears."""
    officer = logins.person(Role.COMPLIANCE)
    approver = logins.person(Role.COMPLIANCE)  # not who filed it (migration 0078)
    today = _today(officer)
    record = _file(
        officer,
        POLICIES,
        effective_date=today - dt.timedelta(days=800),  # reviewed after it took effect
        review_date=today - dt.timedelta(days=400),
    )
    _step(officer, POLICIES, "submit", record)
    _approve(approver, record, today + dt.timedelta(days=1))
    _step(officer, POLICIES, "activate", record)
    # Two years on, as the demo's POL-2024-000001: its review is overdue (written as time
    # would have it: in force, the date is the steps' alone, migration 0073).
    with logins.superuser().begin() as conn:
        conn.execute(
            text("UPDATE compliance_policies SET review_date = :d WHERE id = :i"),
            {"d": today - dt.timedelta(days=700), "i": record},
        )
    assert _overdue(officer, record)
    _step(officer, POLICIES, "start_review", record)
    assert _state(logins, POLICIES, record) == "under_review"
    # What it says is open again for the new version (the lock's open states).
    _update(officer, POLICIES, record, "version", "2.0")
    # Approved again only with a next review date, and one after today.
    missing = _approval_refused(approver, record, None)
    assert (missing.code, missing.params.get("field")) == ("case_date_missing", "review_date")
    for day in (today, today - dt.timedelta(days=1)):
        early = _approval_refused(approver, record, day)
        assert early.code == "case_date_not_ahead", day
        assert early.params.get("field") == "review_date"
    assert _row(logins, POLICIES, record, "status") == ("under_review",)
    _approve(approver, record, today + dt.timedelta(days=365))
    assert _row(logins, POLICIES, record, "status", "review_date") == (
        "approved",
        today + dt.timedelta(days=365),
    )
    assert not _overdue(officer, record)


@pytest.mark.parametrize("state", ["draft", "under_review", "retired"])
def test_a_review_starts_only_on_a_policy_in_force(logins, state):
    officer = logins.person(Role.COMPLIANCE)
    approver = logins.person(Role.COMPLIANCE)  # not who filed it (migration 0078)
    today = _today(officer)
    record = _file(officer, POLICIES)
    if state != "draft":
        _step(officer, POLICIES, "submit", record)
    if state == "retired":
        _approve(approver, record, today + dt.timedelta(days=30))
        _step(officer, POLICIES, "retire", record)
    refused = _refusal(officer, POLICIES, "start_review", record)
    # Under review already: someone took it first (DW001); else its state does not allow it.
    assert refused.code in ("wrong_state", "case_already_moved", "already_decided"), state
    assert _state(logins, POLICIES, record) == state


@pytest.mark.parametrize("role", [Role.HR, Role.RISK, Role.EMPLOYEE])
def test_only_compliance_and_administrators_start_a_review_or_approve(logins, role):
    officer = logins.person(Role.COMPLIANCE)
    approver = logins.person(Role.COMPLIANCE)  # not who filed it (migration 0078)
    today = _today(officer)
    record = _file(officer, POLICIES)
    _step(officer, POLICIES, "submit", record)
    _approve(approver, record, today + dt.timedelta(days=30))
    _step(officer, POLICIES, "activate", record)
    other = logins.person(role)
    with other.engine.connect() as conn, pytest.raises(exc.ProgrammingError) as refused:
        conn.execute(
            text("SELECT public.dicel_start_review_compliance_policy(:id)"), {"id": record}
        )
    assert refused.value.orig.sqlstate == "42501"
    # An administrator may, and approves with the next date.
    admin = logins.person(Role.ADMIN)
    _step(admin, POLICIES, "start_review", record)
    # ... and another one approves it (not whoever started its review, migration 0078).
    _approve(logins.person(Role.ADMIN), record, today + dt.timedelta(days=90))
    assert _state(logins, POLICIES, record) == "approved"


# --------------------------------------------------------------------------- surveys


def test_a_survey_runs_from_its_launch_to_its_close_and_is_archived(logins):
    cx = logins.person(Role.CX)
    today = _today(cx)
    record = _file(
        cx,
        SURVEYS,
        start_date=today + dt.timedelta(days=10),
        end_date=today + dt.timedelta(days=40),
    )
    _step(cx, SURVEYS, "launch", record)
    # Launched today, whatever day was planned; it ends when it is closed.
    assert _row(logins, SURVEYS, record, "status", "start_date") == ("active", today)
    _step(cx, SURVEYS, "close", record)
    assert _row(logins, SURVEYS, record, "status", "end_date") == ("closed", today)
    # Too few answers: open again until CX writes a new end date.
    _step(cx, SURVEYS, "reopen", record)
    assert _row(logins, SURVEYS, record, "status", "end_date") == ("active", None)
    _step(cx, SURVEYS, "close", record)
    _step(cx, SURVEYS, "archive", record)
    assert _row(logins, SURVEYS, record, "status", "start_date", "end_date") == (
        "archived",
        today,
        today,
    )
    with pytest.raises(exc.DBAPIError) as refused:
        _update(cx, SURVEYS, record, "description", "Rewritten")
    assert refused.value.orig.sqlstate == "DW405"


def test_a_survey_closed_after_its_end_date_keeps_it(logins):
    cx = logins.person(Role.CX)
    record = _file(cx, SURVEYS)
    _step(cx, SURVEYS, "launch", record)
    ended = _today(cx)  # launched today: its end date cannot fall before
    _update(cx, SURVEYS, record, "end_date", ended)
    _step(cx, SURVEYS, "close", record)
    assert _row(logins, SURVEYS, record, "end_date") == (ended,)


# --------------------------------------------------------------------------- deals


def _save_stage(person: Person, record: uuid.UUID, stage: str) -> None:
    """Sales changes the stage in the deal's form and saves."""
    with person.session() as session:
        loaded = load_record(session, DEALS, Role.SALES, record)
        save_record(session, DEALS, Role.SALES, record, loaded.version, {"stage": stage})


def test_sales_moves_an_active_deal_through_its_stages_and_wins_it(logins):
    seller = logins.person(Role.SALES)
    record = _file(seller, DEALS)
    assert _row(logins, DEALS, record, "status", "stage") == ("active", "prospecting")
    for stage in ("qualification", "proposal", "negotiation"):
        _save_stage(seller, record, stage)
        assert _row(logins, DEALS, record, "stage") == (stage,)
    _step(seller, DEALS, "win", record)
    assert _row(logins, DEALS, record, "status", "stage", "probability") == (
        "won",
        "closed_won",
        100,
    )
    # Won is the end: nothing of it changes any more.
    for person in (seller, logins.person(Role.ADMIN)):
        with pytest.raises(exc.DBAPIError) as refused:
            _update(person, DEALS, record, "estimated_value", 1)
        assert refused.value.orig.sqlstate == "DW405"


def test_a_deal_is_closed_by_its_step_not_by_its_stage(logins):
    seller = logins.person(Role.SALES)
    record = _file(seller, DEALS)
    before = _row(logins, DEALS, record, "*")
    for stage in ("closed_won", "closed_lost"):
        with pytest.raises(DicelError) as refused:
            _save_stage(seller, record, stage)
        assert refused.value.message == (
            "An opportunity is closed won or lost with its Mark won… or Mark lost… step,"
            " not by choosing that stage."
        )
        # Nor by SQL, nor for an administrator, nor as a new deal.
        for person in (seller, logins.person(Role.ADMIN)):
            with pytest.raises(exc.IntegrityError):
                _update(person, DEALS, record, "stage", stage)
            with pytest.raises(exc.IntegrityError):
                _file(person, DEALS, stage=stage)
    assert _row(logins, DEALS, record, "*") == before


def test_a_deal_on_hold_keeps_its_stage_and_is_lost_from_there(logins):
    seller = logins.person(Role.SALES)
    record = _file(seller, DEALS, stage="proposal")
    _step(seller, DEALS, "hold", record)
    with pytest.raises(exc.DBAPIError) as refused:
        _update(seller, DEALS, record, "stage", "negotiation")
    assert refused.value.orig.sqlstate == "DL001"
    # Its other details are still corrected while it waits.
    _update(seller, DEALS, record, "expected_close_date", dt.date(2027, 3, 31))
    _step(seller, DEALS, "resume", record)
    _save_stage(seller, record, "negotiation")
    _step(seller, DEALS, "hold", record)
    _step(seller, DEALS, "lose", record)
    assert _row(logins, DEALS, record, "status", "stage", "probability") == (
        "lost",
        "closed_lost",
        0,
    )
    refused = _refusal(seller, DEALS, "win", record)
    assert refused.code == "wrong_state"
    assert refused.message == "This opportunity is lost: it can no longer be marked won."
