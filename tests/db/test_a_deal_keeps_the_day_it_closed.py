"""A won or lost deal keeps the day it closed (migration 0161), as a real sales login.

Mark won… and Mark lost… write the company's day into the deal's close date (it was
left as the seller expected it: a deal won today "closed" next March); the deal is then
frozen, its date with it, even for psql; and 0161 gave the deals closed before it the
day they closed where their date was later.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid

import psycopg
import pytest
from flow_steps import row_of, take
from logins import Person, open_logins
from sqlalchemy import text

from dicel_desktop.db import migrate
from dicel_desktop.domain.roles import Role

DEALS = "opportunities"
#: Further ahead than any test day: a date the seller expected, never the day it closed.
NEXT_MARCH = dt.date(2099, 3, 31)


def _deal(seller: Person, expected: dt.date | None = NEXT_MARCH) -> uuid.UUID:
    with seller.engine.begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO opportunities (title, stage, probability, estimated_value,"
                " expected_close_date)"
                " VALUES ('Static guarding, 2 posts', 'negotiation', 75, 12000000, :d)"
                " RETURNING id"
            ),
            {"d": expected},
        )


def _company_day(person: Person) -> dt.date:
    with person.engine.connect() as conn:
        return conn.scalar(text("SELECT dicel_company_day()"))


@pytest.mark.parametrize(("action", "state"), [("win", "won"), ("lose", "lost")])
def test_closing_a_deal_writes_the_day_it_closed(logins, action, state):
    seller = logins.person(Role.SALES)
    deal = _deal(seller)
    take(seller, DEALS, action, deal)
    assert row_of(logins, DEALS, deal, "status", "expected_close_date") == (
        state,
        _company_day(seller),
    )


def test_a_deal_lost_from_on_hold_and_one_that_slipped_get_the_day_too(logins):
    """Lost from on hold, and won after the day expected (passed: the overdue flag): the
    date is the day it closed, whatever it said before."""
    seller = logins.person(Role.SALES)
    held, slipped = _deal(seller), _deal(seller)
    take(seller, DEALS, "hold", held)
    take(seller, DEALS, "lose", held)
    with logins.superuser().begin() as conn:
        conn.execute(
            text("UPDATE opportunities SET expected_close_date = :d WHERE id = :id"),
            {"d": dt.date(2020, 1, 31), "id": slipped},
        )
    take(seller, DEALS, "win", slipped)
    today = _company_day(seller)
    assert row_of(logins, DEALS, held, "status", "expected_close_date") == ("lost", today)
    assert row_of(logins, DEALS, slipped, "status", "expected_close_date") == ("won", today)


def test_an_open_deals_date_is_the_sellers_and_a_closed_ones_is_frozen_even_in_psql(logins):
    seller = logins.person(Role.SALES)
    deal = _deal(seller)
    moved = NEXT_MARCH + dt.timedelta(days=30)
    update = "UPDATE opportunities SET expected_close_date = %s WHERE id = %s"
    with seller.psql() as conn:
        conn.execute(update, (moved, deal))
    assert row_of(logins, DEALS, deal, "expected_close_date") == (moved,)
    take(seller, DEALS, "win", deal)
    closed = row_of(logins, DEALS, deal, "*")
    for person in (seller, logins.person(Role.ADMIN)):
        assert person.psql_refusal(update, (NEXT_MARCH, deal)) == "DW405"
    assert row_of(logins, DEALS, deal, "*") == closed


def test_a_new_deal_is_still_not_expected_to_close_before_today(logins):
    """DW347 stays as it was (migration 0089)."""
    seller = logins.person(Role.SALES)
    with seller.psql() as conn, pytest.raises(psycopg.Error) as refused:
        conn.execute(
            "INSERT INTO opportunities (title, expected_close_date)"
            " VALUES ('Event security', dicel_company_day() - 1)"
        )
    assert refused.value.sqlstate == "DW347"


# --------------------------------------------------------------------- the rows before


#: The last change of a deal loaded closed (no audit entry).
_LOADED = dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC)
#: When a step lost a deal: late evening in UTC, the next day in Kigali (UTC+2).
_LATE_EVENING_UTC = dt.datetime(2026, 4, 1, 23, 30, tzinfo=dt.UTC)
#: Its last change since (IT corrected its notes): another day again.
_CHANGED_SINCE = dt.datetime(2026, 5, 20, 10, 0, tzinfo=dt.UTC)


def _at_0160(su: psycopg.Connection, seller: Person) -> dict[str, uuid.UUID]:
    """Deals as a database at 0160 holds them (the steps wrote no date), with their
    audit entries where a step took them: the triggers off, as rows loaded."""
    made: dict[str, uuid.UUID] = {}

    def deal(name, status, stage, expected, updated):
        made[name] = su.execute(
            "INSERT INTO opportunities (title, status, stage, probability, estimated_value,"
            " expected_close_date, assigned_to, created_at, updated_at)"
            " VALUES (%s, %s, %s, 50, 5000000, %s, %s, %s, %s) RETURNING id",
            (name, status, stage, expected, seller.user_id, updated - dt.timedelta(days=40),
             updated),
        ).fetchone()[0]  # fmt: skip

    su.execute("SET session_replication_role = replica")
    # Won on 10 March with no audit entry (loaded closed): its last change's day.
    deal("won_loaded", "won", "closed_won", dt.date(2099, 6, 30), _LOADED)
    # Lost by its step late on 1 April (UTC), the 2nd in Kigali; changed since by IT.
    deal("lost_by_step", "lost", "closed_lost", dt.date(2099, 1, 15), _CHANGED_SINCE)
    su.execute(
        "INSERT INTO audit_logs (user_id, action, table_name, record_id, old_values,"
        " new_values, created_at)"
        " VALUES (%s, 'UPDATE', 'opportunities', %s, %s, %s, %s)",
        (seller.user_id, made["lost_by_step"], '{"status": "active"}', '{"status": "lost"}',
         _LATE_EVENING_UTC),
    )  # fmt: skip
    # Won after the day it was expected: its date was not later, it stays.
    deal("won_late", "won", "closed_won", dt.date(2026, 1, 15), _LOADED)
    # Open deals keep theirs, however far ahead or long passed.
    deal("active", "active", "proposal", dt.date(2099, 6, 30), _LOADED)
    deal("on_hold", "on_hold", "proposal", dt.date(2026, 1, 15), _LOADED)
    su.execute("SET session_replication_role = DEFAULT")
    return made


def _rows(su: psycopg.Connection, made: dict[str, uuid.UUID]) -> dict[str, tuple]:
    return {
        name: su.execute(
            "SELECT expected_close_date, updated_at FROM opportunities WHERE id = %s", (record,)
        ).fetchone()
        for name, record in made.items()
    }


def _audit_entries(su: psycopg.Connection) -> int:
    return su.execute(
        "SELECT count(*) FROM audit_logs WHERE table_name = 'opportunities'"
    ).fetchone()[0]


def test_0161_gives_deals_closed_before_the_day_they_closed_and_nothing_else(database_at):
    dsn = database_at("head")
    with contextlib.contextmanager(open_logins)(dsn) as logins:
        seller = logins.person(Role.SALES)
        migrate.downgrade(dsn, "0160")
        with psycopg.connect(dsn, autocommit=True) as su:
            made = _at_0160(su, seller)
            # At 0160 the step wrote no date: a deal lost there keeps next March.
            made["lost_at_0160"] = _deal(seller)
            take(seller, DEALS, "lose", made["lost_at_0160"])
            assert row_of(logins, DEALS, made["lost_at_0160"], "expected_close_date") == (
                NEXT_MARCH,
            )
            before, entries = _rows(su, made), _audit_entries(su)
            # The days as the company counts them (its zone: the tests' database's).
            today, loaded_day, step_day = su.execute(
                "SELECT dicel_company_day(), dicel_company_day(%s), dicel_company_day(%s)",
                (_LOADED, _LATE_EVENING_UTC),
            ).fetchone()
        migrate.upgrade(dsn, "head")
        with psycopg.connect(dsn, autocommit=True) as su:
            after = _rows(su, made)
            assert _audit_entries(su) == entries  # nobody's change: no entry
        assert {name: row[0] for name, row in after.items()} == {
            "won_loaded": loaded_day,
            "lost_by_step": step_day,
            "won_late": dt.date(2026, 1, 15),
            "active": dt.date(2099, 6, 30),
            "on_hold": dt.date(2026, 1, 15),
            "lost_at_0160": today,
        }
        # Each kept its last change (its version): a window open on it saves as before.
        assert {n: r[1] for n, r in after.items()} == {n: r[1] for n, r in before.items()}
        # From head on, the step writes it.
        won_at_head = _deal(seller)
        take(seller, DEALS, "win", won_at_head)
        assert row_of(logins, DEALS, won_at_head, "expected_close_date") == (today,)
        # Its downgrade gives back 0050's steps: the date left as it was.
        migrate.downgrade(dsn, "0160")
        lost_again = _deal(seller)
        take(seller, DEALS, "lose", lost_again)
        assert row_of(logins, DEALS, lost_again, "expected_close_date") == (NEXT_MARCH,)
        migrate.upgrade(dsn, "head")
