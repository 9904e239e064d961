"""Records of a department move through their states by its clerks' steps (migration
0037), as real logins: IT assets, risk assessments, customer feedback and leads.

A worker takes a record through its steps; anyone else is refused by the database even
calling the function with SQL; no role writes a state with UPDATE; a step from a state it
does not apply to is refused in the step's words."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from logins import Person
from prepared_people import cast_logins, make_cast, once_a_module
from sqlalchemy import exc, text

from dicel_desktop.domain.case_flows import FLOWS, Asks
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import cases, records

#: A new record of each table, as its department files it.
_NEW = {
    "it_assets": "INSERT INTO it_assets (asset_name, asset_type) VALUES ('Laptop', 'Laptop')",
    "risk_assessments": (
        "INSERT INTO risk_assessments (risk_category, risk_description, likelihood, impact)"
        " VALUES ('Operational', 'Generator fails at the Kigali office.', 3, 4)"
    ),
    "customer_feedback": (
        "INSERT INTO customer_feedback (feedback_type, rating, comment)"
        " VALUES ('complaint', 2, 'The guard arrived late twice.')"
    ),
    "leads": (
        "INSERT INTO leads (company_name, contact_person, email)"
        " VALUES ('Nyarutarama Estates', 'Aline Uwase', 'aline@example.rw')"
    ),
}

#: Each flow's department, and a path of steps through it with the state after each.
_PATHS = {
    "it_assets": (
        Role.IT,
        [
            ("send_to_repair", "in_repair"),
            ("return_to_service", "active"),
            ("store", "in_storage"),
            ("report_lost", "lost"),
            ("mark_found", "in_storage"),
            ("retire", "retired"),
            ("dispose", "disposed"),
        ],
    ),
    "risk_assessments": (
        Role.RISK,
        [
            ("mitigate", "mitigating"),
            ("monitor", "monitoring"),
            ("close", "closed"),
            ("reopen", "open"),
            ("close", "closed"),
        ],
    ),
    "customer_feedback": (
        Role.CX,
        [
            ("review", "under_review"),
            ("respond", "responded"),
            ("resolve", "resolved"),
            ("reopen", "under_review"),
            ("resolve", "resolved"),
            ("close", "closed"),
        ],
    ),
    "leads": (
        Role.SALES,
        [("contact", "contacted"), ("qualify", "qualified"), ("convert", "converted")],
    ),
}

TABLES = list(_PATHS)


_prepared_logins, logins = once_a_module("logins", make_cast, cast_logins)


def _file(person: Person, table: str) -> uuid.UUID:
    with person.engine.begin() as conn:
        return conn.scalar(text(f"{_NEW[table]} RETURNING id"))


def _state(logins, table: str, record: uuid.UUID) -> str:
    with logins.superuser().connect() as conn:
        return conn.scalar(text(f"SELECT status FROM {table} WHERE id = :id"), {"id": record})


def _audited_states(logins, table: str, record: uuid.UUID) -> list[str]:
    with logins.superuser().connect() as conn:
        return list(
            conn.scalars(
                text(
                    "SELECT new_values ->> 'status' FROM audit_logs WHERE table_name = :t"
                    " AND record_id = :r AND action = 'UPDATE' ORDER BY created_at"
                ),
                {"t": table, "r": record},
            )
        )


def _note(table: str, action: str) -> dict[str, str]:
    """What a step that asks what was said or done is given (migration 0101)."""
    return {"note": "Called the client."} if FLOWS[table].step(action).asks is Asks.NOTE else {}


def _refusal(person: Person, table: str, action: str, record: uuid.UUID) -> DicelError:
    with person.session() as session, pytest.raises(DicelError) as refused:
        cases.take_step(session, table, action, record, **_note(table, action))
    return refused.value


def _shown(person: Person, table: str, record: uuid.UUID) -> dt.datetime | None:
    """The version a step four eyes take is on, as the record's window reads it."""
    with person.session() as session:
        return records.load_record(session, table, person.role, record).decision_version


def _local_time(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%H:%M")


def _last_step_time(logins, table: str, record: uuid.UUID) -> dt.datetime:
    with logins.superuser().connect() as conn:
        return conn.scalar(
            text(
                "SELECT max(created_at) FROM audit_logs WHERE table_name = :t"
                " AND record_id = :r AND action = 'UPDATE'"
            ),
            {"t": table, "r": record},
        )


@pytest.mark.parametrize("table", TABLES)
def test_a_clerk_of_the_department_moves_a_record_through_its_steps(logins, table):
    role, path = _PATHS[table]
    clerk = logins.person(role)
    record = _file(clerk, table)
    for action, state in path:
        # A decision four eyes take (an asset reported lost or disposed of, migration
        # 0096) is a colleague's who has not touched it, on what their window showed.
        taker, shown = clerk, None
        if FLOWS[table].step(action).decided_by_another:
            taker = logins.person(role)
            shown = _shown(taker, table, record)
        with taker.session() as session:
            cases.take_step(session, table, action, record, shown=shown, **_note(table, action))
        assert _state(logins, table, record) == state, action
    # Each step is one audited change, named with its state.
    assert _audited_states(logins, table, record) == [state for _action, state in path]


@pytest.mark.parametrize("table", TABLES)
def test_an_administrator_takes_the_steps_too(logins, table):
    role, path = _PATHS[table]
    record = _file(logins.person(role), table)
    action, state = path[0]
    with logins.person(Role.ADMIN).session() as session:
        cases.take_step(session, table, action, record, **_note(table, action))
    assert _state(logins, table, record) == state


@pytest.mark.parametrize("table", TABLES)
def test_no_other_role_may_call_a_step_even_with_sql(logins, table):
    role, path = _PATHS[table]
    record = _file(logins.person(role), table)
    flow = FLOWS[table]
    first = _state(logins, table, record)
    for other in set(Role) - set(flow.workers):
        person = logins.person(other)
        for action, _state_after in path:
            function = flow.function(action)
            # A step four eyes take has the version shown last (migration 0096's asset
            # steps): called with it, so the refusal is the right's, not a missing function.
            shown = ", NULL" if flow.step(action).decided_by_another else ""
            if flow.step(action).asks is Asks.NOTE:  # its note (migration 0101)
                shown = ", NULL" + shown
            with person.engine.connect() as conn, pytest.raises(exc.ProgrammingError) as refused:
                conn.execute(text(f"SELECT public.{function}(:id{shown})"), {"id": record})
            assert refused.value.orig.sqlstate == "42501", (other, function)
    assert _state(logins, table, record) == first


@pytest.mark.parametrize("table", TABLES)
def test_no_role_changes_a_state_with_update_only_the_step_does(logins, table):
    role, path = _PATHS[table]
    clerk = logins.person(role)
    record = _file(clerk, table)
    first = _state(logins, table, record)
    target = path[0][1]
    for who in Role:
        person = logins.person(who)
        with person.engine.connect() as conn, pytest.raises(exc.ProgrammingError) as refused:
            conn.execute(
                text(f"UPDATE {table} SET status = :s WHERE id = :id"), {"s": target, "id": record}
            )
        assert refused.value.orig.sqlstate == "42501", who
    assert _state(logins, table, record) == first
    with clerk.session() as session:
        cases.take_step(session, table, path[0][0], record, **_note(table, path[0][0]))
    assert _state(logins, table, record) == target


def test_an_asset_retired_by_someone_else_is_said_so_and_a_disposed_one_goes_nowhere(logins):
    first = logins.person(Role.IT, first_name="Jean", last_name="Mugabo")
    late = logins.person(Role.IT)
    asset = _file(first, "it_assets")
    with first.session() as session:
        cases.take_step(session, "it_assets", "retire", asset)
    refused = _refusal(late, "it_assets", "retire", asset)
    when = _local_time(_last_step_time(logins, "it_assets", asset))
    assert refused.message == f"Already retired by Jean Mugabo at {when}."
    # Retired: only disposal is left.
    refused = _refusal(late, "it_assets", "send_to_repair", asset)
    assert refused.message == "This IT asset is retired: it can no longer be sent for repair."
    # Disposed of by another than whoever retired it, on what it was shown (0096).
    with late.session() as session:
        cases.take_step(
            session, "it_assets", "dispose", asset, shown=_shown(late, "it_assets", asset)
        )
    for action in ("return_to_service", "store", "mark_found", "retire", "report_lost"):
        refused = _refusal(first, "it_assets", action, asset)
        assert refused.code == "wrong_state", action
    assert _state(logins, "it_assets", asset) == "disposed"


@pytest.mark.parametrize(
    ("table", "action", "message"),
    [
        ("risk_assessments", "mitigate", "Already put under mitigation by Ines Mukamana at {}."),
        ("customer_feedback", "review", "Already taken under review by Ines Mukamana at {}."),
        ("leads", "qualify", "Already qualified by Ines Mukamana at {}."),
    ],
)
def test_a_step_someone_took_first_names_who_took_it(logins, table, action, message):
    role, _path = _PATHS[table]
    first = logins.person(role, first_name="Ines", last_name="Mukamana")
    late = logins.person(role)
    record = _file(first, table)
    with first.session() as session:
        cases.take_step(session, table, action, record, **_note(table, action))
    refused = _refusal(late, table, action, record)
    assert refused.message == message.format(_local_time(_last_step_time(logins, table, record)))


@pytest.mark.parametrize(
    ("table", "path", "action", "message"),
    [
        (
            "risk_assessments",
            ["close"],
            "monitor",
            "This risk assessment is closed: it can no longer be put under monitoring.",
        ),
        (
            "customer_feedback",
            ["resolve", "close"],
            "respond",
            "This feedback is closed: it can no longer be responded to.",
        ),
        ("leads", ["lose"], "convert", "This lead is lost: it can no longer be converted."),
    ],
)
def test_a_step_from_a_state_it_does_not_apply_to_is_refused_in_words(
    logins, table, path, action, message
):
    role, _path = _PATHS[table]
    clerk = logins.person(role)
    record = _file(clerk, table)
    for step in path:
        with clerk.session() as session:
            cases.take_step(session, table, step, record, **_note(table, step))
    before = _state(logins, table, record)
    refused = _refusal(clerk, table, action, record)
    assert refused.code == "wrong_state"
    assert refused.message == message
    assert _state(logins, table, record) == before


def test_an_audit_is_completed_only_with_its_findings_written(logins):
    """Migration 0042: "Mark completed" on an audit whose findings are empty (or blank)
    is refused, by the function itself as well, in the step's words; written, it goes."""
    auditor = logins.person("compliance")
    with auditor.engine.begin() as conn:
        audit = conn.scalar(
            text(
                "INSERT INTO compliance_audits (audit_type, audit_scope)"
                " VALUES ('Internal', 'Cash handling at the Huye branch') RETURNING id"
            )
        )
    with auditor.session() as session:
        cases.take_step(session, "compliance_audits", "start", audit)
    refused = _refusal(auditor, "compliance_audits", "complete", audit)
    assert refused.message == "Write the findings before this audit is completed."
    with auditor.engine.begin() as conn:
        conn.execute(
            text("UPDATE compliance_audits SET findings = '   ' WHERE id = :id"), {"id": audit}
        )
    with auditor.engine.connect() as conn, pytest.raises(exc.DBAPIError) as raw:
        conn.execute(text("SELECT dicel_complete_compliance_audit(:id)"), {"id": audit})
    assert raw.value.orig.sqlstate == "DW402"
    assert _state(logins, "compliance_audits", audit) == "in_progress"
    with auditor.engine.begin() as conn:
        conn.execute(
            text("UPDATE compliance_audits SET findings = 'Two receipts missing.' WHERE id = :id"),
            {"id": audit},
        )
    with auditor.session() as session:
        cases.take_step(session, "compliance_audits", "complete", audit)
    assert _state(logins, "compliance_audits", audit) == "completed"
