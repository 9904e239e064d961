"""Today is the company's, not the caller's (migration 0069), as real logins.

A psql review moved "today" inside the workflow functions with ``SET timezone``: an
approved leave starting today was cancelled (DW108), leave filed 31 days back (DW107), a
posting published "tomorrow". Here the company's zone and the caller's are 26 hours
apart (``Etc/GMT-14`` and ``Etc/GMT+12``), so their dates differ at any hour of the day.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid

import pytest
from logins import Person
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.db.company_time import DATE_TIME, INSTANT_ONLY, company_time_zone
from dicel_desktop.db.grants import sync_grants
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import invoicing

#: Fourteen hours ahead of UTC, twelve behind: 26 hours apart, so never the same day.
AHEAD, BEHIND = "Etc/GMT-14", "Etc/GMT+12"


def _company_zone(logins, zone: str) -> None:
    """The company's zone becomes ``zone`` (the database's default), pinned by a sync."""
    with logins.superuser().begin() as conn:
        conn.exec_driver_sql(f"ALTER DATABASE {conn.engine.url.database} SET timezone = '{zone}'")
        sync_grants(conn)


def _today_in(logins, zone: str) -> dt.date:
    with logins.superuser().connect() as conn:
        return conn.scalar(text("SELECT (now() AT TIME ZONE :z)::date"), {"z": zone})


def _as(person: Person, zone: str, sql: str, **params):
    """``sql`` as ``person`` in a session whose TimeZone is ``zone``; its first value."""
    with person.engine.begin() as conn:
        conn.exec_driver_sql(f"SET TimeZone = '{zone}'")
        assert conn.scalar(text("SELECT current_setting('TimeZone')")) == zone
        return conn.scalar(text(sql), params)


def _refused(person: Person, zone: str, sql: str, **params) -> str:
    with pytest.raises(DBAPIError) as refused:
        _as(person, zone, sql, **params)
    return refused.value.orig.sqlstate


def _approved_leave(logins, employee: Person, start: dt.date) -> uuid.UUID:
    hr = logins.person(Role.HR)
    leave = _as(
        employee,
        AHEAD,
        "SELECT dicel_request_leave('annual', :s, :e, 'family')",
        s=start,
        e=start + dt.timedelta(days=2),
    )
    _as(hr, AHEAD, "SELECT dicel_decide_leave(:id, true, 'ok')", id=leave)
    return leave


def test_an_approved_leave_starting_today_stays_whatever_the_callers_zone(logins):
    _company_zone(logins, AHEAD)
    employee = logins.person(Role.EMPLOYEE)
    today = _today_in(logins, AHEAD)
    leave = _approved_leave(logins, employee, today)
    # On the caller's clock the leave starts tomorrow or later: not on the company's.
    assert _as(employee, BEHIND, "SELECT current_date") < today
    assert _as(employee, BEHIND, "SELECT dicel_may_cancel_leave(:id)", id=leave) is False
    sqlstate = _refused(employee, BEHIND, "SELECT dicel_cancel_leave(:id, 'no')", id=leave)
    assert sqlstate == "DW108"
    with logins.superuser().connect() as conn:
        status = conn.scalar(text("SELECT status FROM leave_requests WHERE id = :i"), {"i": leave})
    assert status == "approved"


def test_leave_cannot_start_further_back_than_the_companys_thirty_days(logins):
    _company_zone(logins, AHEAD)
    employee = logins.person(Role.EMPLOYEE)
    start = _today_in(logins, AHEAD) - dt.timedelta(days=31)
    # 29 or 30 days back on the caller's clock.
    assert _as(employee, BEHIND, "SELECT current_date - CAST(:s AS date)", s=start) <= 30
    sqlstate = _refused(
        employee,
        BEHIND,
        "SELECT dicel_request_leave('sick', :s, :e, 'flu')",
        s=start,
        e=start + dt.timedelta(days=2),
    )
    assert sqlstate == "DW107"


def test_a_posting_is_published_on_the_companys_day(logins):
    _company_zone(logins, BEHIND)
    hr = logins.person(Role.HR, department="HR")
    posting = _as(
        hr,
        AHEAD,
        "INSERT INTO job_postings (title, department_id, description, employment_type)"
        " SELECT 'Accountant', id, 'Books', 'full-time' FROM departments WHERE code = 'HR'"
        " RETURNING id",
    )
    assert _as(hr, AHEAD, "SELECT current_date") > _today_in(logins, BEHIND)
    _as(hr, AHEAD, "SELECT dicel_publish_job_posting(:id)", id=posting)
    with logins.superuser().connect() as conn:
        posted = conn.scalar(
            text("SELECT posted_date FROM job_postings WHERE id = :i"), {"i": posting}
        )
    assert posted == _today_in(logins, BEHIND)


def test_the_desktop_is_told_the_companys_days_for_a_payment(logins):
    """What the pay windows check before the database does (DW338, DW309), asked as a
    finance officer whose session says another zone."""
    _company_zone(logins, AHEAD)
    finance = logins.person(Role.FINANCE)
    approved = dt.datetime(2026, 3, 10, 11, 0, tzinfo=dt.UTC)  # the 11th, 01:00, at +14
    with finance.session() as session:
        session.execute(text(f"SET TimeZone = '{BEHIND}'"))
        first, clock = invoicing.paying_days(session, approved, dt.date(2026, 3, 1))
        assert (first, clock.date()) == (dt.date(2026, 3, 11), _today_in(logins, AHEAD))
        # None recorded: the fallback; a day: itself.
        assert invoicing.paying_days(session, None, dt.date(2026, 3, 1))[0] == dt.date(2026, 3, 1)
        assert invoicing.paying_days(session, dt.date(2026, 3, 5), None)[0] == dt.date(2026, 3, 5)


# --------------------------------------------------------------------------- the mechanism


def _config(conn, signature: str) -> list[str]:
    return list(
        conn.scalar(
            text(
                "SELECT coalesce(proconfig, '{}') FROM pg_proc WHERE oid = CAST(:s AS regprocedure)"
            ),
            {"s": signature},
        )
    )


def test_a_function_rebuilt_by_a_later_migration_is_pinned_again(logins):
    _company_zone(logins, AHEAD)
    employee = logins.person(Role.EMPLOYEE)
    leave = _approved_leave(logins, employee, _today_in(logins, AHEAD))
    signature = "public.dicel_may_cancel_leave(uuid)"
    with logins.superuser().begin() as conn:
        assert f"TimeZone={AHEAD}" in _config(conn, signature)
        # What a migration does: CREATE OR REPLACE with the function's own text, which
        # drops the SET clauses it did not write.
        written = conn.scalar(
            text("SELECT pg_get_functiondef(CAST(:s AS regprocedure))"), {"s": signature}
        )
        rebuilt = re.sub(r"(?m)^ SET \"?TimeZone\"? TO .*\n", "", written)
        assert rebuilt != written
        conn.exec_driver_sql(rebuilt)
        assert not any(c.startswith("TimeZone=") for c in _config(conn, signature))
    # Unpinned, the caller's zone decides again (what the review found).
    assert _as(employee, BEHIND, "SELECT dicel_may_cancel_leave(:id)", id=leave) is True
    with logins.superuser().begin() as conn:
        sync_grants(conn)  # run after every migration and by dicel-admin sync-grants
        assert f"TimeZone={AHEAD}" in _config(conn, signature)
    assert _as(employee, BEHIND, "SELECT dicel_may_cancel_leave(:id)", id=leave) is False


#: Written here, not taken from company_time: what reads "today" or a time of day.
CLOCK = re.compile(
    r"\bcurrent_(date|time|timestamp)\b|\blocaltime(stamp)?\b"
    r"|\b(now|clock_timestamp|statement_timestamp|transaction_timestamp|timeofday)\s*\("
    r"|'(now|today|tomorrow|yesterday)'",
    re.IGNORECASE,
)
#: What makes a day, a time of day or text of a moment (zone-dependent).
DAY = re.compile(
    r"\bcurrent_(date|time)\b|\blocaltime(stamp)?\b|'(today|tomorrow|yesterday)'"
    r"|::\s*(date|time|timestamp)\b|\bas\s+(date|time|timestamp)\b"
    r"|\b(date_trunc|date_part|extract|to_char|age)\s*\(",
    re.IGNORECASE,
)


def test_every_function_that_reads_the_clock_is_pinned_to_the_companys_zone(db_engine):
    """At head, in the catalog: a new function using current_date and left unpinned
    fails here."""
    with db_engine.connect() as conn:
        zone = company_time_zone(conn)
        rows = conn.execute(
            text(
                "SELECT p.proname::text, p.oid::regprocedure::text, p.prosrc,"
                " coalesce(p.proconfig, '{}')"
                " FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang"
                " WHERE p.pronamespace = 'public'::regnamespace"
                " AND l.lanname IN ('sql', 'plpgsql')"
            )
        ).all()
    clock_readers = {sig: (name, body) for name, sig, body, _config in rows if CLOCK.search(body)}
    names = {name for name, _body in clock_readers.values()}
    assert {"dicel_check_leave_request", "dicel_doc_number", "dicel_run_payroll"} <= names
    unpinned = sorted(
        sig
        for name, sig, _body, config in rows
        if sig in clock_readers and name not in INSTANT_ONLY and f"TimeZone={zone}" not in config
    )
    assert unpinned == []
    # Left out only where a moment is stamped and no day, time or text made of it.
    for name, _sig, body, _config in rows:
        if name in INSTANT_ONLY:
            assert not DAY.search(body), name
    # And what company_time pins includes every clock reader.
    assert all(DATE_TIME.search(body) for _name, body in clock_readers.values())


def test_a_new_function_reading_the_date_is_pinned_by_the_next_sync(db_engine):
    with db_engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE FUNCTION public.dicel_test_today() RETURNS date LANGUAGE sql"
            " AS $$ SELECT current_date $$"
        )
        sync_grants(conn)
        zone = company_time_zone(conn)
        assert f"TimeZone={zone}" in _config(conn, "public.dicel_test_today()")


def test_the_companys_zone_is_the_one_sessions_start_in_not_the_syncing_sessions(db_engine):
    with db_engine.connect() as conn:
        started_in = conn.scalar(text("SELECT current_setting('TimeZone')"))
        conn.exec_driver_sql(f"SET TimeZone = '{BEHIND}'")  # as PGTZ or psql would
        assert company_time_zone(conn) == started_in != BEHIND
        conn.exec_driver_sql(f"ALTER DATABASE {db_engine.url.database} SET timezone = '{AHEAD}'")
        assert company_time_zone(conn) == AHEAD
        conn.rollback()
