"""Job postings (HR) and contracts (clients) start as drafts and move through their
states by the department's steps (migration 0038), as real logins.

A new one is a draft, from the form as from SQL; a clerk of the department (or an
administrator) takes it through its steps, which write the days it opened and ended;
anyone else is refused by the database even calling the function with SQL, and no role
writes a state with UPDATE; a step from a state it does not apply to is refused in the
step's words; a filled posting or an ended contract is frozen."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from flow_steps import refusal as _refusal
from flow_steps import row_of as _row
from flow_steps import server_today as _today
from flow_steps import take as _step
from logins import Person
from sqlalchemy import exc, text

from dicel_desktop.domain.case_flows import FLOWS, Asks
from dicel_desktop.domain.roles import Role
from dicel_desktop.services.forms import table_fields

POSTINGS, CONTRACTS = "job_postings", "contracts"
TABLES = [POSTINGS, CONTRACTS]


def _client(person: Person) -> uuid.UUID:
    with person.engine.begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO clients (company_name, client_type)"
                " VALUES ('Nyarutarama Estates', 'corporate') RETURNING id"
            )
        )


def _file(person: Person, table: str, **values: object) -> uuid.UUID:
    """A new record as the department files it (no state given), with ``values``."""
    if table == POSTINGS:
        row: dict[str, object] = {
            "title": "Security Guard (Huye)",
            "description": "DICEL Ltd is hiring a guard for its Huye sites.",
        }
    else:
        row = {
            "client_id": _client(person),
            "contract_type": "Static guarding",
            "start_date": dt.date(2026, 1, 1),
        }
    row.update(values)
    columns = ", ".join(row)
    with person.engine.begin() as conn:
        return conn.scalar(
            text(
                f"INSERT INTO {table} ({columns}) VALUES ({', '.join(':' + c for c in row)})"
                " RETURNING id"
            ),
            row,
        )


def _state(logins, table: str, record: uuid.UUID) -> str:
    return _row(logins, table, record, "status")[0]


def _worker(logins, table: str) -> Person:
    return logins.person(FLOWS[table].workers[0])


# --------------------------------------------------------------------------- first state


@pytest.mark.parametrize("table", TABLES)
def test_a_new_posting_or_contract_is_a_draft_and_no_one_files_it_further(logins, table):
    """A posting is not public, nor a contract in force, the moment it is typed in."""
    record = _file(_worker(logins, table), table)
    assert _state(logins, table, record) == "draft"
    # What the form's New record shows in its state field.
    assert table_fields(table)["status"].state_default == "draft"
    # The state is no one's to give.
    for role in (FLOWS[table].workers[0], Role.ADMIN):
        with pytest.raises(exc.ProgrammingError) as refused:
            _file(logins.person(role), table, status="open" if table == POSTINGS else "active")
        assert refused.value.orig.sqlstate == "42501", role


# --------------------------------------------------------------------------- job postings


def test_hr_publishes_holds_closes_reopens_and_fills_a_posting_writing_its_days(logins):
    hr = logins.person(Role.HR)
    today = _today(hr)
    # A draft has no publication date, and nobody writes one (migration 0065).
    record = _file(hr, POSTINGS, closing_date=today + dt.timedelta(30))
    assert _row(logins, POSTINGS, record, "posted_date") == (None,)
    _step(hr, POSTINGS, "publish", record)
    # Published today.
    assert _row(logins, POSTINGS, record, "status", "posted_date") == ("open", today)
    _step(hr, POSTINGS, "hold", record)
    _step(hr, POSTINGS, "resume", record)
    # Closed before the closing date written in the form: the applications closed today.
    _step(hr, POSTINGS, "close", record)
    assert _row(logins, POSTINGS, record, "status", "closing_date") == ("closed", today)
    # Open again until HR writes a new closing date.
    _step(hr, POSTINGS, "reopen", record)
    assert _row(logins, POSTINGS, record, "status", "closing_date") == ("open", None)
    _step(hr, POSTINGS, "fill", record)
    assert _row(logins, POSTINGS, record, "status", "posted_date", "closing_date") == (
        "filled",
        today,
        today,
    )


def test_a_posting_closed_after_its_closing_date_keeps_it(logins):
    hr = logins.person(Role.HR)
    today = _today(hr)
    deadline = today - dt.timedelta(days=3)
    # Published while it took applications (0119: not after its closing date), then
    # three days go by: its closing date is passed when HR closes it.
    record = _file(hr, POSTINGS, closing_date=today)
    _step(hr, POSTINGS, "publish", record)
    with logins.superuser().begin() as conn:
        conn.execute(
            text("UPDATE job_postings SET closing_date = :d WHERE id = :r"),
            {"d": deadline, "r": record},
        )
    _step(hr, POSTINGS, "close", record)
    assert _row(logins, POSTINGS, record, "status", "closing_date") == ("closed", deadline)
    _step(hr, POSTINGS, "fill", record)
    assert _row(logins, POSTINGS, record, "status", "closing_date") == ("filled", deadline)


def test_a_draft_posting_is_cancelled_without_a_closing_date(logins):
    hr = logins.person(Role.HR)
    record = _file(hr, POSTINGS)
    _step(hr, POSTINGS, "cancel", record)
    assert _row(logins, POSTINGS, record, "status", "closing_date") == ("cancelled", None)


# --------------------------------------------------------------------------- contracts


def test_a_clerk_activates_and_terminates_a_contract_which_ends_today(logins):
    clerk = logins.person(Role.CLIENT)
    today = _today(clerk)
    start, end = today - dt.timedelta(days=90), today + dt.timedelta(days=275)
    record = _file(clerk, CONTRACTS, start_date=start, end_date=end)
    _step(clerk, CONTRACTS, "activate", record)
    # Signed: in force from its start date, as agreed.
    assert _row(logins, CONTRACTS, record, "status", "start_date", "end_date") == (
        "active",
        start,
        end,
    )
    _step(clerk, CONTRACTS, "terminate", record)
    assert _row(logins, CONTRACTS, record, "status", "end_date") == ("terminated", today)


def test_a_contract_ends_no_earlier_than_it_began_and_no_later_than_it_ended(logins):
    clerk = logins.person(Role.CLIENT)
    today = _today(clerk)
    # Signed for next month, terminated before it began: it ends on its first day.
    starts_later = today + dt.timedelta(days=20)
    early = _file(clerk, CONTRACTS, start_date=starts_later)
    _step(clerk, CONTRACTS, "activate", early)
    _step(clerk, CONTRACTS, "terminate", early)
    assert _row(logins, CONTRACTS, early, "end_date") == (starts_later,)
    # Marked expired after its end date: it ended on that date, not today.
    ended = today - dt.timedelta(days=10)
    late = _file(clerk, CONTRACTS, start_date=today - dt.timedelta(days=375), end_date=ended)
    _step(clerk, CONTRACTS, "activate", late)
    _step(clerk, CONTRACTS, "expire", late)
    assert _row(logins, CONTRACTS, late, "status", "end_date") == ("expired", ended)
    # With no end date it ends today.
    open_ended = _file(clerk, CONTRACTS, start_date=today - dt.timedelta(days=40))
    _step(clerk, CONTRACTS, "activate", open_ended)
    _step(clerk, CONTRACTS, "expire", open_ended)
    assert _row(logins, CONTRACTS, open_ended, "end_date") == (today,)


def test_a_renewed_contract_ends_on_its_end_date_as_agreed(logins):
    clerk = logins.person(Role.CLIENT)
    today = _today(clerk)
    end = today + dt.timedelta(days=15)
    record = _file(clerk, CONTRACTS, start_date=today - dt.timedelta(days=350), end_date=end)
    _step(clerk, CONTRACTS, "activate", record)
    _step(clerk, CONTRACTS, "renew", record)
    assert _row(logins, CONTRACTS, record, "status", "end_date") == ("renewed", end)


# --------------------------------------------------------------------------- who


@pytest.mark.parametrize("table", TABLES)
def test_an_administrator_takes_the_steps_too(logins, table):
    record = _file(_worker(logins, table), table)
    first = FLOWS[table].steps[0]
    _step(logins.person(Role.ADMIN), table, first.action, record)
    assert _state(logins, table, record) == first.target


@pytest.mark.parametrize("table", TABLES)
def test_no_other_role_may_call_a_step_even_with_sql(logins, table):
    flow = FLOWS[table]
    record = _file(_worker(logins, table), table)
    for other in set(Role) - set(flow.workers):
        person = logins.person(other)
        for step in flow.steps:
            # With the reason of a step that asks one (migration 0071).
            arguments = ":id, 'Why'" if step.asks is Asks.REASON else ":id"
            with person.engine.connect() as conn, pytest.raises(exc.ProgrammingError) as refused:
                conn.execute(
                    text(f"SELECT public.{flow.function(step)}({arguments})"), {"id": record}
                )
            assert refused.value.orig.sqlstate == "42501", (other, step.action)
    assert _state(logins, table, record) == "draft"


@pytest.mark.parametrize("table", TABLES)
def test_no_role_changes_a_state_with_update_only_the_step_does(logins, table):
    flow = FLOWS[table]
    clerk = _worker(logins, table)
    record = _file(clerk, table)
    first = flow.steps[0]
    for who in Role:
        person = logins.person(who)
        for state in flow.states:
            with person.engine.connect() as conn, pytest.raises(exc.ProgrammingError) as refused:
                conn.execute(
                    text(f"UPDATE {table} SET status = :s WHERE id = :id"),
                    {"s": state.value, "id": record},
                )
            assert refused.value.orig.sqlstate == "42501", (who, state)
    assert _state(logins, table, record) == "draft"
    _step(clerk, table, first.action, record)
    assert _state(logins, table, record) == first.target


# --------------------------------------------------------------------------- refused


@pytest.mark.parametrize(
    ("table", "path", "action", "message"),
    [
        # (Not yet: the window offers a draft no such step; a script hears the state.)
        (POSTINGS, [], "close", None),
        (
            POSTINGS,
            ["publish", "fill"],
            "reopen",
            "This job posting is filled: it can no longer be reopened.",
        ),
        (
            POSTINGS,
            ["cancel"],
            "publish",
            "This job posting is cancelled: it can no longer be published.",
        ),
        (CONTRACTS, [], "terminate", None),
        (
            CONTRACTS,
            ["activate", "expire"],
            "renew",
            "This contract is expired: it can no longer be marked renewed.",
        ),
        (
            CONTRACTS,
            ["activate", "terminate"],
            "activate",
            "This contract is terminated: it can no longer be activated.",
        ),
    ],
)
def test_a_step_from_a_state_it_does_not_apply_to_is_refused_in_words(
    logins, table, path, action, message
):
    clerk = _worker(logins, table)
    record = _file(clerk, table)
    for step in path:
        _step(clerk, table, step, record)
    before = _row(logins, table, record, "*")
    refused = _refusal(clerk, table, action, record)
    assert refused.code == "wrong_state"
    if message is not None:
        assert refused.message == message
    assert _row(logins, table, record, "*") == before


@pytest.mark.parametrize(
    ("table", "path", "message"),
    [
        (POSTINGS, ["publish"], "Already published by Ines Mukamana at {}."),
        (CONTRACTS, ["activate", "terminate"], "Already terminated by Ines Mukamana at {}."),
    ],
)
def test_a_step_someone_took_first_names_who_took_it(logins, table, path, message):
    role = FLOWS[table].workers[0]
    first = logins.person(role, first_name="Ines", last_name="Mukamana")
    late = logins.person(role)
    record = _file(first, table)
    for step in path:
        _step(first, table, step, record)
    refused = _refusal(late, table, path[-1], record)
    with logins.superuser().connect() as conn:
        when = conn.scalar(
            text(
                "SELECT max(created_at) FROM audit_logs WHERE table_name = :t"
                " AND record_id = :r AND action = 'UPDATE'"
            ),
            {"t": table, "r": record},
        )
    assert refused.message == message.format(when.astimezone().strftime("%H:%M"))


@pytest.mark.parametrize(
    ("table", "path", "column"),
    [
        (POSTINGS, ["publish", "fill"], "description"),
        (POSTINGS, ["cancel"], "description"),
        (CONTRACTS, ["activate", "renew"], "terms"),
        (CONTRACTS, ["activate", "expire"], "terms"),
    ],
)
def test_a_filled_posting_or_an_ended_contract_is_frozen(logins, table, path, column):
    clerk = _worker(logins, table)
    record = _file(clerk, table)
    for step in path:
        _step(clerk, table, step, record)
    before = _row(logins, table, record, "*")
    for person in (clerk, logins.person(Role.ADMIN)):
        with person.engine.connect() as conn, pytest.raises(exc.DBAPIError) as refused:
            conn.execute(
                text(f"UPDATE {table} SET {column} = 'Rewritten' WHERE id = :id"), {"id": record}
            )
        assert refused.value.orig.sqlstate == "DW405"
    assert _row(logins, table, record, "*") == before


@pytest.mark.parametrize(
    ("table", "path", "column"),
    [(POSTINGS, ["publish", "close"], "description"), (CONTRACTS, ["activate"], "terms")],
)
def test_a_closed_posting_or_a_running_contract_is_still_corrected(logins, table, path, column):
    clerk = _worker(logins, table)
    record = _file(clerk, table)
    for step in path:
        _step(clerk, table, step, record)
    with clerk.engine.begin() as conn:
        conn.execute(
            text(f"UPDATE {table} SET {column} = 'Corrected' WHERE id = :id"), {"id": record}
        )
    assert _row(logins, table, record, column) == ("Corrected",)
