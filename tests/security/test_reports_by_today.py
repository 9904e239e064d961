"""A report comes after what it reports, and by today (migration 0098; by now since
0100), as real logins: an IT ticket "reported" in 2999 sat on top of IT's queue for good;
a risk incident was reported before it happened."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
from sqlalchemy.exc import DBAPIError

from dicel_desktop.services.db_errors import explain

TICKET = (
    "INSERT INTO it_support_tickets (category, subject, description, created_date)"
    " VALUES ('hardware', 'Printer', 'It jams', %s)"
)
SECURITY = (
    "INSERT INTO security_incidents (incident_type, location, description, reported_date,"
    " incident_date) VALUES ('theft', 'Main gate', 'A bag taken', %s, %s)"
)
RISK = (
    "INSERT INTO risk_incidents (incident_type, description, reported_date, incident_date)"
    " VALUES ('fraud', 'A forged invoice', %s, %s)"
)


def _company_today(person) -> dt.date:
    with person.engine.begin() as conn:
        return conn.exec_driver_sql("SELECT dicel_company_day()").scalar()


def _refused(person, statement: str, *params) -> tuple[str, str]:
    with person.engine.begin() as conn, pytest.raises(DBAPIError) as refused:
        conn.exec_driver_sql(statement, params)
    return refused.value.orig.sqlstate, explain(refused.value).message


CLIENT_TICKET = (
    "INSERT INTO client_support_tickets (client_id, category, subject, description, created_date)"
    " VALUES (%s, 'delivery', 'Late delivery', 'Two days late', %s)"
)


def _company_midnight_after_today(person) -> dt.datetime:
    """The first moment of tomorrow in the company's time zone (the one its day function
    counts in)."""
    from zoneinfo import ZoneInfo

    with person.engine.begin() as conn:
        zone = conn.exec_driver_sql(
            "SELECT split_part(c, '=', 2) FROM pg_proc p, unnest(p.proconfig) c"
            " WHERE p.proname = 'dicel_company_day' AND c LIKE 'TimeZone=%%'"
        ).scalar()
        today = conn.exec_driver_sql("SELECT dicel_company_day()").scalar()
    return dt.datetime.combine(today + dt.timedelta(days=1), dt.time(0), ZoneInfo(zone))


def test_a_ticket_is_not_reported_after_today(logins):
    clerk = logins.person("employee")
    today = _company_today(clerk)
    later = dt.datetime(2999, 1, 1, 9, tzinfo=dt.UTC)
    state, sentence = _refused(clerk, TICKET, later)
    assert state == "DW425"
    local = later.astimezone().strftime("%Y-%m-%d %H:%M")
    assert sentence.startswith(f"{local} is later than now (")
    assert sentence.endswith("): give the moment it was reported, now at the latest.")
    tomorrow = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(12), dt.UTC)
    assert _refused(clerk, TICKET, tomorrow)[0] == "DW425"
    # The past is the typist's; the first moment of tomorrow is not, nor (migration
    # 0100) today's last second.
    midnight = _company_midnight_after_today(clerk)
    assert _refused(clerk, TICKET, midnight - dt.timedelta(seconds=1))[0] == "DW425"
    assert _refused(clerk, TICKET, midnight)[0] == "DW425"
    assert clerk.refusal(TICKET, dt.datetime.now(dt.UTC)) is None
    assert clerk.refusal(TICKET, dt.datetime(2026, 1, 5, 8, tzinfo=dt.UTC)) is None


def test_a_clients_ticket_is_not_reported_after_today(logins):
    desk = logins.person("client")
    with desk.engine.begin() as conn:
        client = conn.exec_driver_sql(
            "INSERT INTO clients (company_name) VALUES ('Akagera Logistics Ltd') RETURNING id"
        ).scalar()
    state, _sentence = _refused(desk, CLIENT_TICKET, client, dt.datetime(2999, 1, 1, tzinfo=dt.UTC))
    assert state == "DW425"
    assert desk.refusal(CLIENT_TICKET, client, dt.datetime.now(dt.UTC)) is None


@pytest.mark.parametrize("statement", [SECURITY, RISK])
def test_an_incident_is_reported_after_it_happened_and_by_today(logins, statement):
    officer = logins.person("security" if statement is SECURITY else "risk")
    now = dt.datetime.now(dt.UTC)
    state, sentence = _refused(
        officer, statement, now - dt.timedelta(days=2), now - dt.timedelta(days=1)
    )
    assert state == "23514"
    assert sentence == "Reported date must be on or after the incident date."
    assert _refused(officer, statement, dt.datetime(2999, 1, 1, tzinfo=dt.UTC), now)[0] == ("DW425")
    assert officer.refusal(statement, now, now - dt.timedelta(hours=3)) is None


def test_a_record_stored_before_keeps_its_date_while_its_other_columns_change(logins, db_dsn):
    it = logins.person("it")
    with psycopg.connect(db_dsn, autocommit=True) as su:
        (ticket,) = su.execute(
            TICKET + " RETURNING id",
            (dt.datetime(2999, 1, 1, tzinfo=dt.UTC),),
        ).fetchone()
    assert (
        it.refusal("UPDATE it_support_tickets SET priority = 'high' WHERE id = %s", ticket) is None
    )
    refused = it.refusal(
        "UPDATE it_support_tickets SET created_date = '2998-01-01' WHERE id = %s", ticket
    )
    assert refused is not None and refused.sqlstate == "DW425"


def test_a_ticket_is_not_left_without_a_report_date(logins):
    """A ticket without a date sorted above every other in IT's list, as 2999 did (a
    psql review): a new one is reported now, a date emptied keeps what it was."""
    clerk = logins.person("employee")
    it = logins.person("it")
    with clerk.engine.begin() as conn:
        # Stamped with the moment of the transaction that filed it.
        ticket, stamped, filed_at = conn.exec_driver_sql(
            TICKET + " RETURNING id, created_date, now()", (None,)
        ).one()
    assert stamped is not None and stamped == filed_at
    with it.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE it_support_tickets SET created_date = NULL WHERE id = %s", (ticket,)
        )
        kept = conn.exec_driver_sql(
            "SELECT created_date FROM it_support_tickets WHERE id = %s", (ticket,)
        ).scalar()
    assert kept == stamped
