"""The leave card (balance40, people40 finding 6): each leave type's balance for the
company's year (and the next in December, or once leave is asked in it), read as the
person reading, equals ``dicel_leave_balance`` for that person, follows a request filed,
and is theirs, their supervisor's and HR's to read, nobody else's."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from dicel_desktop.domain.errors import NotAllowed
from dicel_desktop.services import leave
from dicel_desktop.services.leave_card import leave_card

_ALLOWANCES = {"annual": "18", "sick": "15", "study": "10"}


@pytest.fixture
def allowances(logins):
    with logins.superuser().begin() as conn:
        for kind, days in _ALLOWANCES.items():
            conn.execute(
                text(
                    "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
                    " VALUES (:k, :v, 'number') ON CONFLICT (setting_key) DO UPDATE"
                    " SET setting_value = EXCLUDED.setting_value"
                ),
                {"k": f"leave.allowance.{kind}", "v": days},
            )


def _database_says(reader, employee_id, kind: str, year: int) -> tuple:
    """``dicel_leave_balance`` as ``reader`` reads it: since psqlfix40 (migration 0148) the
    pro-rated allowance and its months go only to HR and admin, and to the employee for
    their current year."""
    with reader.engine.connect() as conn:
        return tuple(
            conn.execute(
                text("SELECT * FROM dicel_leave_balance(:e, :t, :y)"),
                {"e": employee_id, "t": kind, "y": year},
            ).one()
        )


def _card_says(balance: leave.Balance) -> tuple:
    return (balance.allowance, balance.taken, balance.pending, balance.remaining, balance.months)


def _weekday_after(day: dt.date, days: int) -> dt.date:
    day += dt.timedelta(days=days)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


@pytest.mark.usefixtures("allowances")
def test_the_card_is_the_databases_balance_of_each_type_and_follows_a_request(logins):
    hr = logins.person("hr")
    boss = logins.person("employee", first_name="Chantal")
    clerk = logins.person("employee", first_name="Josiane", supervisor=boss)
    stranger = logins.person("employee", first_name="Eric")
    # Joined this year on 2 April: annual leave earned by the month (migration 0146).
    with logins.superuser().begin() as conn:
        today = conn.scalar(text("SELECT dicel_company_day()"))
        conn.execute(
            text("UPDATE employees SET hire_date = :h WHERE id = :e"),
            {"h": dt.date(today.year, 4, 2), "e": clerk.employee_id},
        )
    card = clerk.call(leave_card)
    assert card.employee_id == clerk.employee_id and card.today == today
    assert card.years[0] == today.year
    assert (today.year + 1 in card.years) == (today.month == 12)
    # Each type with an allowance, in the types' order, each year: no unlimited type
    # that nothing was taken of.
    assert [(b.year, b.leave_type) for b in card.balances] == [
        (year, kind) for year in card.years for kind in ("annual", "sick", "study")
    ]
    for balance in card.balances:
        assert _card_says(balance) == _database_says(
            clerk, clerk.employee_id, balance.leave_type, balance.year
        )
    annual = card.of_year(today.year)[0]
    assert annual.months is not None and annual.months < 12 and annual.prorated
    # A request filed: the card read again counts it waiting, as the database does; an
    # unpaid one (no allowance) gets its line once asked.
    start = _weekday_after(today, 14)
    clerk.call(leave.request_leave, "annual", start, start, "A rest")
    later = _weekday_after(start, 1)
    clerk.call(leave.request_leave, "unpaid", later, later, "Family")
    again = clerk.call(leave_card)
    filed = next(b for b in again.balances if (b.leave_type, b.year) == ("annual", start.year))
    assert (filed.pending, annual.pending) == (1, 0)
    unpaid = [b for b in again.balances if b.leave_type == "unpaid"]
    assert [(b.year, b.pending, b.allowance) for b in unpaid] == [(later.year, 1, None)]
    for balance in again.balances:
        assert _card_says(balance) == _database_says(
            clerk, clerk.employee_id, balance.leave_type, balance.year
        )
    # HR and the supervisor read the card's lines, each as the database gives it to them;
    # someone else is refused.
    for reader in (hr, boss):
        theirs = reader.call(leave_card, clerk.employee_id)
        assert [(b.year, b.leave_type) for b in theirs.balances] == [
            (b.year, b.leave_type) for b in again.balances
        ]
        for balance in theirs.balances:
            assert _card_says(balance) == _database_says(
                reader, clerk.employee_id, balance.leave_type, balance.year
            )
    with pytest.raises(NotAllowed):
        stranger.call(leave_card, clerk.employee_id)


def test_a_person_with_no_leave_types_has_an_empty_card_and_no_record_none(logins):
    """No allowance set and nothing taken: no line to show (the page says so)."""
    clerk = logins.person("employee")
    card = clerk.call(leave_card)
    assert card.balances == () and card.years[0] == card.today.year
    assert clerk.call(leave_card).of_year(card.today.year) == ()
    nobody = logins.person("it", employee=False)
    with pytest.raises(NotAllowed) as refused:
        nobody.call(leave_card)
    assert refused.value.code == "leave_no_employee_record"
