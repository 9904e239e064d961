"""Tickets and cases through services.cases, as real logins: what each step records, and
the sentences of what the database refuses."""

from __future__ import annotations

import datetime as dt
import threading
import uuid

import pytest
from logins import Person
from sqlalchemy import text

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import cases


def _file_ticket(person: Person, subject: str = "Printer jams") -> uuid.UUID:
    """An IT ticket ``person`` files for themself (the server names them requester)."""
    with person.engine.begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO it_support_tickets (category, subject, description)"
                " VALUES ('Hardware', :s, 'Paper jams on every page.') RETURNING id"
            ),
            {"s": subject},
        )


def _row(logins, table: str, record: uuid.UUID, *columns: str) -> dict:
    with logins.superuser().connect() as conn:
        found = conn.execute(
            text(f"SELECT {', '.join(columns)} FROM {table} WHERE id = :id"), {"id": record}
        ).one()
    return dict(zip(columns, found, strict=True))


def _steps_audited(logins, table: str, record: uuid.UUID) -> list[dict]:
    with logins.superuser().connect() as conn:
        return list(
            conn.scalars(
                text(
                    "SELECT new_values FROM audit_logs WHERE table_name = :t AND record_id = :r"
                    " AND action = 'UPDATE' ORDER BY created_at"
                ),
                {"t": table, "r": record},
            )
        )


def _refusal(person: Person, *args, **kwargs) -> DicelError:
    with person.session() as session, pytest.raises(DicelError) as refused:
        cases.take_step(session, *args, **kwargs)
    return refused.value


def _take(person: Person, *args, **kwargs) -> None:
    with person.session() as session:
        cases.take_step(session, *args, **kwargs)


def _shown(person, table: str, record: uuid.UUID):
    """The version a step four eyes take is on, as the window reads it (migration 0079)."""
    with person.engine.connect() as conn:
        return conn.scalar(text("SELECT dicel_decision_version(:t, :i)"), {"t": table, "i": record})


def _local_time(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%H:%M")


# --------------------------------------------------------------------------- IT tickets


def test_a_resolved_ticket_records_how_when_and_who_resolved_it(logins):
    requester, tech = logins.person("employee"), logins.person("it", first_name="Alice")
    ticket = _file_ticket(requester)
    with tech.session() as session:
        cases.resolve(session, "it_support_tickets", ticket, "  Cleared the paper path.  ")
    row = _row(
        logins, "it_support_tickets", ticket, "status", "resolution", "resolved_date", "assigned_to"
    )
    assert row["status"] == "resolved" and row["resolution"] == "Cleared the paper path."
    assert row["resolved_date"] is not None
    # Nobody had it: it is the resolver's now, so a reopened ticket goes back to them.
    assert row["assigned_to"] == tech.user_id
    (audited,) = _steps_audited(logins, "it_support_tickets", ticket)
    assert audited["status"] == "resolved"


def test_a_reopened_ticket_goes_back_to_its_assignee_without_its_resolved_date(logins):
    requester, tech = logins.person("employee"), logins.person("it")
    ticket = _file_ticket(requester)
    with tech.session() as session:
        cases.assign(session, "it_support_tickets", ticket, tech.user_id)
        cases.resolve(session, "it_support_tickets", ticket, "New toner.")
    _take(requester, "it_support_tickets", "reopen", ticket)
    row = _row(logins, "it_support_tickets", ticket, "status", "resolved_date", "assigned_to")
    assert row == {"status": "in_progress", "resolved_date": None, "assigned_to": tech.user_id}


def test_the_requester_closes_their_resolved_ticket_and_cancels_only_an_open_one(logins):
    requester, tech = logins.person("employee"), logins.person("it")
    fixed, started = _file_ticket(requester), _file_ticket(requester, "No network")
    with tech.session() as session:
        cases.resolve(session, "it_support_tickets", fixed, "Rebooted the switch.")
        cases.assign(session, "it_support_tickets", started, tech.user_id)
    _take(requester, "it_support_tickets", "close", fixed)
    assert _row(logins, "it_support_tickets", fixed, "status") == {"status": "closed"}

    refused = _refusal(requester, "it_support_tickets", "cancel", started)
    assert refused.message == "This IT ticket is in progress: it can no longer be cancelled."
    mistaken = _file_ticket(requester, "Filed twice")
    _take(requester, "it_support_tickets", "cancel", mistaken)
    assert _row(logins, "it_support_tickets", mistaken, "status") == {"status": "cancelled"}


def test_an_auditor_who_reads_every_ticket_takes_the_requesters_steps_on_their_own_only(logins):
    auditor, tech = logins.person("compliance"), logins.person("it")
    colleague = logins.person("employee")
    mine, theirs = _file_ticket(auditor, "Laptop fan"), _file_ticket(colleague, "Mouse")
    with tech.session() as session:
        for ticket in (mine, theirs):
            cases.resolve(session, "it_support_tickets", ticket, "Cleaned it.")
    with auditor.session() as session:
        assert cases.filed_by_caller(session, "it_support_tickets", mine)
        assert not cases.filed_by_caller(session, "it_support_tickets", theirs)
    refused = _refusal(auditor, "it_support_tickets", "close", theirs)
    assert refused.code == "case_step_not_yours"
    _take(auditor, "it_support_tickets", "close", mine)
    assert _row(logins, "it_support_tickets", mine, "status") == {"status": "closed"}
    assert _row(logins, "it_support_tickets", theirs, "status") == {"status": "resolved"}


def test_a_ticket_is_assigned_only_to_someone_who_works_on_tickets(logins):
    requester, tech = logins.person("employee"), logins.person("it")
    accountant = logins.person("finance")
    ticket = _file_ticket(requester)
    refused = _refusal(tech, "it_support_tickets", "assign", ticket, assignee=accountant.user_id)
    assert refused.message == (
        "The person chosen cannot take this IT ticket: choose someone from IT or Administration."
    )
    assert refused.params["field"] == "assigned_to"
    refused = _refusal(tech, "it_support_tickets", "assign", ticket, assignee=None)
    assert refused.message == "Choose whom to assign this IT ticket to."
    assert _row(logins, "it_support_tickets", ticket, "status") == {"status": "open"}


def test_the_people_offered_as_assignees_are_the_active_workers_of_the_table(logins):
    tech = logins.person("it", first_name="Zed")
    admin = logins.person("admin", first_name="Ann")
    logins.person("finance")
    gone = logins.person("it", first_name="Gone")
    with logins.superuser().begin() as conn:
        conn.execute(text("UPDATE users SET is_active = false WHERE id = :u"), {"u": gone.user_id})
    with tech.session() as session:
        offered = cases.assignable_people(session, "it_support_tickets")
    assert [(a.user_id, a.name) for a in offered] == [
        (admin.user_id, "Ann Tester"),
        (tech.user_id, "Zed Tester"),
    ]


def test_a_resolution_must_say_how(logins):
    requester, tech = logins.person("employee"), logins.person("it")
    ticket = _file_ticket(requester)
    refused = _refusal(tech, "it_support_tickets", "resolve", ticket, resolution="   ")
    assert refused.message == "Write the resolution before this IT ticket is resolved."
    assert refused.params["field"] == "resolution"


def test_someone_who_may_not_take_a_step_is_told_who_may(logins):
    requester, tech = logins.person("employee"), logins.person("it")
    auditor = logins.person("compliance")
    ticket = _file_ticket(requester)
    with tech.session() as session:
        cases.resolve(session, "it_support_tickets", ticket, "Replaced the drum.")
    refused = _refusal(auditor, "it_support_tickets", "close", ticket)
    assert refused.code == "case_step_not_yours"
    assert refused.message == (
        "This IT ticket can be closed only by IT, Administration or the person who filed it."
    )


def test_a_ticket_someone_may_not_see_is_not_there_for_them(logins):
    requester, colleague = logins.person("employee"), logins.person("employee")
    ticket = _file_ticket(requester)
    refused = _refusal(colleague, "it_support_tickets", "cancel", ticket)
    assert refused.code == "record_gone"
    assert _row(logins, "it_support_tickets", ticket, "status") == {"status": "open"}


def test_a_step_already_taken_names_who_took_it_and_when(logins):
    requester = logins.person("employee")
    first = logins.person("it", first_name="Jean", last_name="Mugabo")
    second = logins.person("it")
    ticket = _file_ticket(requester)
    with first.session() as session:
        cases.resolve(session, "it_support_tickets", ticket, "Reset the spooler.")
    refused = _refusal(second, "it_support_tickets", "resolve", ticket, resolution="Me too.")
    resolved = _row(logins, "it_support_tickets", ticket, "resolved_date")["resolved_date"]
    assert refused.message == f"Already resolved by Jean Mugabo at {_local_time(resolved)}."
    assert _row(logins, "it_support_tickets", ticket, "resolution") == {
        "resolution": "Reset the spooler."
    }


def test_twenty_technicians_resolving_one_ticket_at_once_leave_one_resolution(logins):
    requester = logins.person("employee")
    techs = [logins.person("it", first_name=f"Tech{n:02d}") for n in range(10)]
    ticket = _file_ticket(requester)
    callers = [techs[n % len(techs)] for n in range(20)]
    start = threading.Barrier(len(callers))
    outcomes: list[tuple[Person, DicelError | None]] = []
    lock = threading.Lock()

    def resolve(person: Person, n: int) -> None:
        with person.session() as session:
            session.execute(text("SELECT 1"))  # connected before the start
            session.commit()
            start.wait()
            try:
                cases.resolve(session, "it_support_tickets", ticket, f"Fix number {n}.")
                outcome = None
            except DicelError as error:
                outcome = error
        with lock:
            outcomes.append((person, outcome))

    threads = [threading.Thread(target=resolve, args=(p, n)) for n, p in enumerate(callers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    winners = [person for person, error in outcomes if error is None]
    assert len(winners) == 1 and len(outcomes) == 20
    (winner,) = winners
    audited = _steps_audited(logins, "it_support_tickets", ticket)
    assert [a["status"] for a in audited] == ["resolved"]
    row = _row(logins, "it_support_tickets", ticket, "assigned_to", "resolved_date")
    assert row["assigned_to"] == winner.user_id
    told = f"Already resolved by {_first_name(logins, winner)} Tester at "
    for _person, error in outcomes:
        if error is not None:
            assert error.code == "already_decided" and error.message.startswith(told)


def _first_name(logins, person: Person) -> str:
    return _row(logins, "users", person.user_id, "first_name")["first_name"]


# --------------------------------------------------------------------------- incidents, cases


def test_an_incident_is_resolved_once_the_guards_wrote_what_they_did(logins):
    guard = logins.person("security")
    with guard.engine.begin() as conn:
        incident = conn.scalar(
            text(
                "INSERT INTO security_incidents (incident_type, location, reported_date,"
                " incident_date, description) VALUES ('Intrusion', 'Gate B', now(),"
                " now() - interval '1 hour', 'Fence cut.') RETURNING id"
            )
        )
    refused = _refusal(guard, "security_incidents", "resolve", incident)
    assert refused.message == "Write the actions taken before this incident is resolved."
    assert refused.params["field"] == "actions_taken"
    _take(guard, "security_incidents", "investigate", incident)
    with guard.engine.begin() as conn:
        conn.execute(
            text("UPDATE security_incidents SET actions_taken = 'Fence repaired.' WHERE id = :i"),
            {"i": incident},
        )
    _take(guard, "security_incidents", "resolve", incident)
    row = _row(logins, "security_incidents", incident, "status", "resolved_date")
    assert row["status"] == "resolved" and row["resolved_date"] is not None
    refused = _refusal(guard, "security_incidents", "investigate", incident)
    assert (
        refused.message == "This incident is resolved: it can no longer be put under investigation."
    )


def test_a_risk_incident_keeps_its_resolution(logins):
    analyst = logins.person("risk")
    with analyst.engine.begin() as conn:
        incident = conn.scalar(
            text(
                "INSERT INTO risk_incidents (incident_type, description, reported_date,"
                " incident_date) VALUES ('Fraud', 'Forged invoice.', now(),"
                " now() - interval '1 day') RETURNING id"
            )
        )
    with analyst.session() as session:
        cases.resolve(session, "risk_incidents", incident, "Supplier blocked; police informed.")
    _take(analyst, "risk_incidents", "close", incident)
    assert _row(logins, "risk_incidents", incident, "status", "resolution") == {
        "status": "closed",
        "resolution": "Supplier blocked; police informed.",
    }


def test_a_settled_recovery_case_has_its_completion_date_until_reopened(logins):
    officer = logins.person("recovery")
    with officer.engine.begin() as conn:
        case = conn.scalar(
            text(
                "INSERT INTO recovery_cases (case_type, description, amount_involved)"
                " VALUES ('invoice_debt', 'Unpaid invoices.', 1500000) RETURNING id"
            )
        )
    with officer.session() as session:
        cases.assign(session, "recovery_cases", case, officer.user_id)
    # Written off by another than who opened and assigned it (migration 0079).
    colleague = logins.person("recovery")
    _take(
        colleague,
        "recovery_cases",
        "write_off",
        case,
        reason="The client went bankrupt.",
        shown=_shown(colleague, "recovery_cases", case),
    )
    row = _row(logins, "recovery_cases", case, "status", "actual_completion_date")
    with logins.superuser().connect() as conn:
        today = conn.scalar(text("SELECT current_date"))
    assert row == {"status": "written_off", "actual_completion_date": today}
    _take(officer, "recovery_cases", "reopen", case)
    row = _row(logins, "recovery_cases", case, "status", "actual_completion_date")
    assert row == {"status": "in_progress", "actual_completion_date": None}
    refused = _refusal(officer, "recovery_cases", "close", case)
    assert refused.message == "This recovery case is in progress: it can no longer be closed."
