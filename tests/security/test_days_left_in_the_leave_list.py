"""HR's list of leave requests says the days each requester has left (daysleft41, migration
0154): for each row, what ``dicel_leave_balance`` says is left of that type in the year
the request starts in, as the reader may see it. Real logins on the test's database: HR
sees every row's, a supervisor their team's, an employee their own; a balance the caller
may not see is NULL (an empty cell), never an error, whoever asks the function."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import psycopg
import pytest
from finance_data import setting, superuser_value

from dicel_desktop.services import leave
from dicel_desktop.services.listing import Listing, ListQuery, listing_columns


def _today(person) -> dt.date:
    with person.engine.begin() as conn:
        return conn.exec_driver_sql("SELECT dicel_company_day()").scalar()


def _requests(db_dsn: str, *rows) -> list:
    """Requests loaded as they stand once filed or decided (triggers off, as 0148's
    tests load them): (employee, type, first day, days, status) each; their ids."""
    made = []
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")
        for employee, kind, start, days, status in rows:
            made.append(
                conn.execute(
                    "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
                    " days_requested, status) VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
                    (employee, kind, start, start + dt.timedelta(days=days - 1), days, status),
                ).fetchone()[0]
            )
    return made


def _days_left(person) -> dict:
    """The list's Days left by request id, as ``person`` opens the list (every row they
    read)."""
    listing = Listing(ListQuery("leave_requests", listing_columns("leave_requests")))
    slot = 2 + listing.query.columns.index("days_left")
    with person.engine.connect() as conn:
        return {row[0]: row[slot] for row in listing.first(conn, 1_000)}


def _remaining(person, employee_id, kind: str, year: int) -> Decimal | None:
    with person.session() as session:
        return leave.balance(session, employee_id, kind, year).remaining


def test_each_reader_sees_the_days_left_of_the_requests_they_read(logins, db_dsn):
    setting(db_dsn, "leave.allowance.annual", "18")
    assert (
        superuser_value(
            db_dsn,
            "SELECT count(*) FROM system_settings WHERE setting_key = 'leave.allowance.study'",
        )
        == 0
    )  # study leave has no yearly allowance here
    hr = logins.person("hr", first_name="Aline")
    boss = logins.person("employee", first_name="Joseph")
    clerk = logins.person("employee", first_name="Pascal", supervisor=boss)
    driver = logins.person("employee", first_name="Eric")
    year = _today(hr).year
    jan = dt.date(year, 1, 5)
    annual, waiting, study, drivers = _requests(
        db_dsn,
        (clerk.employee_id, "annual", jan, 3, "approved"),
        (clerk.employee_id, "annual", jan + dt.timedelta(days=30), 2, "pending"),
        (clerk.employee_id, "study", jan + dt.timedelta(days=60), 1, "pending"),
        (driver.employee_id, "annual", jan + dt.timedelta(days=7), 4, "approved"),
    )
    # The clerk: 18 less 3 taken and 2 waiting, on both annual requests; the driver: 14.
    # Study leave has no allowance: nothing (an empty cell).
    everyone = {annual: Decimal(13), waiting: Decimal(13), study: None, drivers: Decimal(14)}
    assert _days_left(hr) == everyone
    assert _days_left(boss) == {k: everyone[k] for k in (annual, waiting, study)}
    assert _days_left(clerk) == {k: everyone[k] for k in (annual, waiting, study)}
    assert _days_left(driver) == {drivers: Decimal(14)}
    # What the decision dialog's balance line says, for each who may read it.
    for reader in (hr, boss, clerk):
        assert _remaining(reader, clerk.employee_id, "annual", year) == Decimal(13)


def test_a_balance_the_caller_may_not_see_is_empty_not_an_error(logins, db_dsn):
    setting(db_dsn, "leave.allowance.annual", "18")
    boss = logins.person("employee", first_name="Joseph")
    clerk = logins.person("employee", first_name="Pascal", supervisor=boss)
    driver = logins.person("employee", first_name="Eric")
    finance = logins.person("finance")
    year = _today(boss).year
    _requests(db_dsn, (driver.employee_id, "annual", dt.date(year, 1, 5), 4, "approved"))
    days_left = "SELECT dicel_leave_days_left(%s, 'annual', %s)"
    balance = "SELECT remaining FROM dicel_leave_balance(%s, 'annual', %s)"
    # The driver's is not the supervisor's nor finance's to see: the balance is refused
    # (DW110); the list's function, as psql calls it, says nothing rather than fail.
    for reader in (boss, finance):
        assert reader.psql_refusal(balance, (driver.employee_id, year)) == "DW110"
        with reader.psql() as conn:
            assert conn.execute(days_left, (driver.employee_id, year)).fetchone() == (None,)
    # Nor does a year the balance refuses (DW461) fail a list.
    assert boss.psql_refusal(balance, (clerk.employee_id, 1800)) == "DW461"
    with boss.psql() as conn:
        assert conn.execute(days_left, (clerk.employee_id, 1800)).fetchone() == (None,)
        assert conn.execute(days_left, (clerk.employee_id, year)).fetchone() == (Decimal(18),)
    # Finance reads no leave requests: an empty list, not an error.
    assert _days_left(finance) == {}


def test_the_days_left_tell_the_months_of_service_only_to_who_reads_the_dates(logins, db_dsn):
    """0148: the allowance of a year of joining is pro-rated for who reads the dates of
    employment (HR) and for the employee's own current year; the supervisor is told the
    whole year's. The list says what the balance says to each."""
    setting(db_dsn, "leave.allowance.annual", "18")
    hr = logins.person("hr")
    boss = logins.person("employee", first_name="Joseph")
    clerk = logins.person("employee", first_name="Pascal", supervisor=boss)
    year = _today(hr).year
    # Hired on 30 June of this year: six months counted (July to December), 9 days.
    superuser_value(
        db_dsn,
        "UPDATE employees SET hire_date = %s WHERE id = %s RETURNING id",
        (dt.date(year, 6, 30), clerk.employee_id),
    )
    (request,) = _requests(db_dsn, (clerk.employee_id, "annual", dt.date(year, 7, 6), 2, "pending"))
    said = {}
    for reader in (hr, boss, clerk):
        said[reader.email] = _days_left(reader)[request]
        assert said[reader.email] == _remaining(reader, clerk.employee_id, "annual", year)
    assert said[hr.email] == said[clerk.email] == Decimal(7)
    assert said[boss.email] == Decimal(16)


@pytest.mark.parametrize("column", ["days_left"])
def test_the_list_is_neither_sorted_nor_filtered_by_the_days_left(column):
    """Worked out for a page's rows only: a sort or a filter would work it out for every
    row of the table."""
    from dicel_desktop.services.listing import Between

    columns = listing_columns("leave_requests")
    assert column in columns
    with pytest.raises(ValueError):
        Listing(ListQuery("leave_requests", columns, sort=column))
    with pytest.raises(ValueError):
        Listing(ListQuery("leave_requests", columns, filters=(Between(column, 0, 5),)))
