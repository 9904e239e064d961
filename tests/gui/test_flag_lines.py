"""A record its list marks says so under its window's title, in the person's words with
the date (services/row_flags.py, asked with the record: the database's date), against
real PostgreSQL; and a policy's approval asks its next review date."""

from __future__ import annotations

import datetime as dt

from helpers import WAIT_MS
from sqlalchemy import text


def _day(value: dt.date) -> str:
    """ "27 November 2024", as the English window writes it."""
    return f"{value.day} {value:%B %Y}"


def _insert(logins, sql: str, **params) -> tuple:
    """A row written as the superuser (dates nobody would file today): its RETURNING."""
    with logins.superuser().begin() as conn:
        return tuple(conn.execute(text(sql), params).one())


def _open(qtbot, desk, person, table, record_id):
    window = desk(person).open(table, record_id)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    return window


def _line(window) -> str | None:
    """What the line under the title says; None when it is not shown."""
    return window.flag_line.text.text() if window.flag_line.isVisibleTo(window) else None


def test_a_policy_past_its_review_says_since_when(qtbot, logins, desk):
    officer = logins.person("compliance")
    overdue = dt.date(2024, 11, 27)
    (late,) = _insert(
        logins,
        "INSERT INTO compliance_policies (policy_name, policy_category, status, review_date)"
        " VALUES ('Cash handling', 'Finance', 'active', :d) RETURNING id",
        d=overdue,
    )
    (fine,) = _insert(
        logins,
        "INSERT INTO compliance_policies (policy_name, policy_category, status, review_date)"
        " VALUES ('Visitors', 'Security', 'active', public.dicel_company_day() + 90) RETURNING id",
    )
    window = _open(qtbot, desk, officer, "compliance_policies", late)
    assert _line(window) == "Review overdue since 27 November 2024"
    # Its review can be started: the step is offered.
    assert "Start re&view…" in [b.text() for b in window.steps.buttons()]
    assert _line(_open(qtbot, desk, officer, "compliance_policies", fine)) is None


def test_a_guards_licence_says_expired_or_when_it_expires(qtbot, logins, desk):
    security = logins.person("security")
    expired, ends = _insert(
        logins,
        "SELECT public.dicel_company_day() - 12, public.dicel_company_day() + 10",
    )
    rows = {}
    for day in (expired, ends):
        (rows[day],) = _insert(
            logins,
            "INSERT INTO security_guards (license_number, license_expiry, status)"
            " VALUES ('LIC-1', :d, 'active') RETURNING id",
            d=day,
        )
    window = _open(qtbot, desk, security, "security_guards", rows[expired])
    assert _line(window) == f"Licence expired on {_day(expired)}"
    window = _open(qtbot, desk, security, "security_guards", rows[ends])
    assert _line(window) == f"Licence expires on {_day(ends)}"


def test_an_item_below_its_minimum_says_how_far(qtbot, logins, desk):
    stores = logins.person("inventory")
    (item,) = _insert(
        logins,
        "INSERT INTO inventory_items (item_name, category, current_stock, minimum_stock)"
        " VALUES ('Torch', 'Equipment', 0, 2) RETURNING id",
    )
    window = _open(qtbot, desk, stores, "inventory_items", item)
    assert _line(window) == "Below its minimum stock: 0 of 2"


def test_late_dates_say_what_is_still_awaited(qtbot, logins, desk):
    sales, recovery = logins.person("sales"), logins.person("recovery")
    (passed,) = _insert(logins, "SELECT public.dicel_company_day() - 1")
    (deal,) = _insert(
        logins,
        "INSERT INTO opportunities (title, status, stage, expected_close_date)"
        " VALUES ('Static guarding', 'active', 'proposal', :d) RETURNING id",
        d=passed,
    )
    (case,) = _insert(
        logins,
        # Opened before its target (migration 0089: a target is not before the start).
        "INSERT INTO recovery_cases (case_type, description, status, start_date,"
        " target_completion_date)"
        " VALUES ('debt', 'Unpaid invoices', 'in_progress', :d - 30, :d) RETURNING id",
        d=passed,
    )
    window = _open(qtbot, desk, sales, "opportunities", deal)
    assert _line(window) == f"Expected to close by {_day(passed)}: still open"
    window = _open(qtbot, desk, recovery, "recovery_cases", case)
    assert _line(window) == f"Target completion {_day(passed)}: not settled yet"


def test_approving_a_policy_asks_its_next_review_date(qtbot, logins, desk):
    from dicel_desktop.domain.case_flows import FLOWS
    from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog

    officer = logins.person("compliance")
    (policy,) = _insert(
        logins,
        "INSERT INTO compliance_policies (policy_name, policy_category, status, review_date)"
        " VALUES ('Cash handling', 'Finance', 'under_review', date '2024-11-27') RETURNING id",
    )
    window = _open(qtbot, desk, officer, "compliance_policies", policy)
    flow = FLOWS["compliance_policies"]
    dialog = CaseStepDialog.open_for(window, flow, flow.step("approve"))
    assert "When is it next reviewed?" in dialog.question.text()
    day = dialog.days["review_date"]
    # The day it had, refused as past: said in words, the policy stays under review.
    dialog.take_button.click()
    qtbot.waitUntil(lambda: "after today" in dialog.message.text(), timeout=WAIT_MS)
    (ahead,) = _insert(logins, "SELECT public.dicel_company_day() + 365")
    day.set_value(ahead)
    dialog.take_button.click()
    qtbot.waitUntil(lambda: window.record.values["status"] == "approved", timeout=WAIT_MS)
    assert window.record.values["review_date"] == ahead
    assert _line(window) is None


def test_a_shift_over_and_not_closed_says_when_it_ended(qtbot, logins, desk):
    from PySide6.QtCore import QLocale, QTime

    supervisor = logins.person("security")
    (ended, end) = _insert(
        logins,
        "INSERT INTO security_assignments (location, shift_start, shift_end, status)"
        " VALUES ('Main gate', now() - interval '13 hours', now() - interval '1 hour',"
        " 'in_progress') RETURNING id, shift_end",
    )
    (never_started, end_too) = _insert(
        logins,
        "INSERT INTO security_assignments (location, shift_start, shift_end)"
        " VALUES ('Main gate', now() - interval '14 hours', now() - interval '2 hours')"
        " RETURNING id, shift_end",
    )
    (running,) = _insert(
        logins,
        "INSERT INTO security_assignments (location, shift_start, shift_end, status)"
        " VALUES ('Main gate', now() - interval '1 hour', now() + interval '11 hours',"
        " 'in_progress') RETURNING id",
    )
    window = _open(qtbot, desk, supervisor, "security_assignments", ended)
    local = end.astimezone()
    clock = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    assert _line(window) == f"The shift ended on {_day(local.date())}, {clock}: mark it completed"
    window = _open(qtbot, desk, supervisor, "security_assignments", never_started)
    local = end_too.astimezone()
    clock = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    assert _line(window) == (
        f"The shift ended on {_day(local.date())}, {clock} and was never started:"
        " mark it completed or missed"
    )
    window = _open(qtbot, desk, supervisor, "security_assignments", running)
    assert _line(window) is None  # still being worked: nothing to close yet
