"""A ticket's or case's step tells nothing to whoever may not see the record (migration
0039), and who may take it to one who sees it and may not.

The steps (migrations 0011, 0037) read the record as its owner: one who could call a
step on a record they may not see was told "only Security or Administration may close"
(DW002), which says that it exists and who decides it. Each step now asks first, under
the caller's own rights, and answers such a caller as for a record that does not exist
(DW403), before any lock. Real logins, the functions called as psql would call them.

EXECUTE on most steps is their department's alone today: the IT tickets' requester steps
are every login's, and a flow declared later may be too. So for a security incident and
an IT asset the outsider and the insider are given EXECUTE on the step here (as the
superuser): the function's answer is what is tested, not the grant in front of it.
"""

from __future__ import annotations

import uuid

import psycopg
import pytest
from logins import Logins, Person
from minimal_rows import minimal_row
from psycopg import sql
from security_world import insert_statement

from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import cases


def _record(logins: Logins, table: str, state: str, **values) -> uuid.UUID:
    """A record of ``table`` in ``state``, made by the superuser (committed)."""
    flow = FLOWS[table]
    row = {**minimal_row(table), **values}
    for step in flow.steps:
        for column in step.requires:
            row[column] = "Guard posted at the gate; police called."
    with psycopg.connect(logins.db_dsn, autocommit=True) as su:
        statement, params = insert_statement(table, row)
        record = su.execute(sql.SQL("{} RETURNING id").format(statement), params).fetchone()[0]
        su.execute(
            sql.SQL("UPDATE {} SET status = %s WHERE id = %s").format(sql.Identifier(table)),
            (state, record),
        )
    return record


def _url(person: Person) -> str:
    url = person.engine.url.render_as_string(hide_password=False)
    return url.replace("postgresql+psycopg", "postgresql")


def _refusal(person: Person, function: str, record: uuid.UUID) -> tuple[str, str]:
    """(SQLSTATE, all it says with the id given written ``<id>``) of ``function(record)``
    called by ``person``, as psql would call it."""
    with psycopg.connect(_url(person)) as conn:
        # Waiting for a lock is an answer too: a short one, so a test never hangs.
        conn.execute("SET lock_timeout = '2s'")
        with pytest.raises(psycopg.Error) as refused:
            conn.execute(
                sql.SQL("SELECT public.{}(%s)").format(sql.Identifier(function)), (record,)
            )
    error = refused.value
    said = f"{error.diag.message_primary} {error.diag.message_detail or ''}"
    return error.sqlstate, said.replace(str(record), "<id>")


def _grant(logins: Logins, function: str, *people: Person) -> None:
    with psycopg.connect(logins.db_dsn, autocommit=True) as su:
        for person in people:
            su.execute(
                sql.SQL("GRANT EXECUTE ON FUNCTION public.{}(uuid) TO {}").format(
                    sql.Identifier(function), sql.Identifier(person.email)
                )
            )


def _told_nothing(outsider: Person, function: str, records: dict[str, uuid.UUID],
                  facts: tuple[str, ...]) -> None:  # fmt: skip
    """One answer for every record, the one for a record that does not exist."""
    told = {name: _refusal(outsider, function, record) for name, record in records.items()}
    told["missing"] = _refusal(outsider, function, uuid.uuid4())
    assert set(told.values()) == {told["missing"]}, told
    assert told["missing"][0] == "DW403"
    for fact in facts:
        assert fact not in told["missing"][1]


def _not_blocked_by_its_lock(logins: Logins, outsider: Person, function: str, table: str,
                             record: uuid.UUID) -> None:  # fmt: skip
    """Whoever may not see the record cannot wait on (or hold) its row lock."""
    with psycopg.connect(logins.db_dsn) as su:
        su.execute(
            sql.SQL("SELECT 1 FROM {} WHERE id = %s FOR UPDATE").format(sql.Identifier(table)),
            (record,),
        )
        assert _refusal(outsider, function, record)[0] == "DW403"
        su.rollback()


def test_a_security_incident_one_may_not_see_is_refused_as_if_it_did_not_exist(logins):
    table, function = "security_incidents", "dicel_close_security_incident"
    outsider = logins.person("employee", first_name="Eric")  # reads no incident
    insider = logins.person("compliance", first_name="Diane")  # reads every incident
    _grant(logins, function, outsider, insider)
    records = {state: _record(logins, table, state) for state in
               ("open", "investigating", "resolved", "closed")}  # fmt: skip
    _told_nothing(outsider, function, records,
                  ("only", "may", "admin", "resolved", "investigating"))  # fmt: skip
    _not_blocked_by_its_lock(logins, outsider, function, table, records["resolved"])
    # Who sees it and may not take the step is told who may, as before.
    state, said = _refusal(insider, function, records["resolved"])
    assert state == "DW002" and "security,admin" in said
    # A worker takes it.
    security = logins.person("security")
    with psycopg.connect(_url(security)) as conn:
        conn.execute("SELECT dicel_close_security_incident(%s)", (records["resolved"],))


def test_an_it_asset_one_may_not_see_is_refused_as_if_it_did_not_exist(logins):
    table, function = "it_assets", "dicel_retire_it_asset"  # migration 0037's
    outsider = logins.person("employee", first_name="Eric")  # reads no IT asset
    insider = logins.person("compliance", first_name="Diane")  # reads every asset
    _grant(logins, function, outsider, insider)
    records = {state: _record(logins, table, state) for state in
               ("active", "in_repair", "retired", "disposed")}  # fmt: skip
    _told_nothing(outsider, function, records, ("only", "may", "admin", "retired", "repair"))
    _not_blocked_by_its_lock(logins, outsider, function, table, records["active"])
    state, said = _refusal(insider, function, records["active"])
    assert state == "DW002" and "it,admin" in said
    # Through the service, the outsider hears the sentence for a record that is gone.
    with outsider.session() as session, pytest.raises(DicelError) as refused:
        cases.take_step(session, table, "retire", records["active"])
    assert refused.value.code == "record_gone"


def test_an_it_ticket_one_may_not_see_is_refused_as_if_it_did_not_exist(logins):
    """The requester's steps are every login's to call: an IT ticket's forced row
    security kept these quiet already; this keeps them so."""
    table = "it_support_tickets"
    requester = logins.person("employee", first_name="Eric", last_name="Habimana")
    outsider = logins.person("hr", first_name="Grace")  # reads no one else's ticket
    insider = logins.person("compliance", first_name="Diane")  # reads every ticket
    records = {state: _record(logins, table, state, requester_id=requester.user_id)
               for state in ("open", "in_progress", "resolved", "closed")}  # fmt: skip
    for function in ("dicel_close_it_ticket", "dicel_reopen_it_ticket", "dicel_cancel_it_ticket"):
        _told_nothing(outsider, function, records,
                      ("Habimana", "only", "may", "requester", "resolved"))  # fmt: skip
        _not_blocked_by_its_lock(logins, outsider, function, table, records["resolved"])
        state, said = _refusal(insider, function, records["resolved"])
        assert state == "DW002" and "it,admin,requester" in said, function
