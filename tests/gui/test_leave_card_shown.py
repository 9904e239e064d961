"""My work > My leave shows the person's leave card above the list (balance40, people40
finding 6): each type's balance in the Request leave dialog's sentences, the figures of
``dicel_leave_balance``, read again when a request is filed here or the database says one
changed; a year of joining says its months of service, not "a year"."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import WAIT_MS
from sqlalchemy import text

from dicel_desktop.gui.tabs.my_leave_page import MyLeavePage
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import leave
from dicel_desktop.services.listing import Equals


@pytest.fixture
def clerk(logins):
    with logins.superuser().begin() as conn:
        conn.execute(
            text(
                "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
                " VALUES ('leave.allowance.annual', '18', 'number')"
            )
        )
        today = conn.scalar(text("SELECT dicel_company_day()"))
    person = logins.person("employee", first_name="Josiane")
    with logins.superuser().begin() as conn:
        conn.execute(
            text("UPDATE employees SET hire_date = :h WHERE id = :e"),
            {"h": dt.date(today.year, 4, 2), "e": person.employee_id},
        )
    return person, today


def _page(qtbot, person):
    worker = DbWorker(person.session_factory)
    page = MyLeavePage(
        worker,
        ["leave_type", "start_date"],
        fixed_filters=[Equals("employee_id", person.employee_id)],
    )
    qtbot.addWidget(page)
    return worker, page


def test_my_leave_shows_the_card_and_follows_a_request(qtbot, clerk):
    person, today = clerk
    worker, page = _page(qtbot, person)
    try:
        qtbot.waitUntil(lambda: page.card.card is not None, timeout=WAIT_MS)
        annual = page.card.card.of_year(today.year)[0]
        # The database's figures, in the dialog's words: 9 months of service since April.
        assert annual == person.call(leave.balance, person.employee_id, "annual", today.year)
        assert page.card.lines[0].text() == (
            f"Annual leave in {today.year}: 13.5 working days for 9 months of service, 0 taken,"
            " 0 waiting for a decision, 13.5 left to request."
        )
        # Filed elsewhere (another window, psql): the notification reads the card again.
        start = today + dt.timedelta(days=14)
        while start.weekday() >= 5:
            start += dt.timedelta(days=1)
        person.call(leave.request_leave, "annual", start, start, "A rest")
        with qtbot.waitSignal(page.card.shown, timeout=WAIT_MS):
            page.card.on_notified("leave_requests")
        line = next(
            b for b in page.card.card.balances if (b.leave_type, b.year) == ("annual", start.year)
        )
        assert line.pending == 1
        assert line == person.call(leave.balance, person.employee_id, "annual", start.year)
        # Filed or decided in this window: read at once.
        with qtbot.waitSignal(page.card.shown, timeout=WAIT_MS):
            page.on_table_changed("leave_requests")
    finally:
        page.close_list()
        worker.shutdown()


def test_a_person_with_no_leave_types_is_told_so(qtbot, logins):
    person = logins.person("employee")
    worker, page = _page(qtbot, person)
    try:
        qtbot.waitUntil(lambda: page.card.card is not None, timeout=WAIT_MS)
        assert page.card.lines == []
        assert page.card.message.text().startswith("No leave type has a yearly allowance")
    finally:
        page.close_list()
        worker.shutdown()
