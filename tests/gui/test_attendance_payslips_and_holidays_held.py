"""What migration 0076 refuses, shown read-only before saving, saying why: one's own
attendance and an administrator's (the whole record), an administrator's payslip's pay,
a past holiday's day."""

from __future__ import annotations

import datetime as dt

import psycopg
from helpers import WAIT_MS
from PySide6.QtWidgets import QApplication


def _window(qtbot, opener, table, record):
    window = opener.open(table, record)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    return window


def _row(logins, statement, params):
    with psycopg.connect(logins.db_dsn, autocommit=True) as conn:
        return conn.execute(statement, params).fetchone()[0]


_MARK = (
    "INSERT INTO attendance_records (employee_id, date, check_in, status)"
    " VALUES (%s, '2026-11-27', '2026-11-27 07:00+02', 'present') RETURNING id"
)


def test_own_and_an_administrators_attendance_show_read_only_saying_why(qtbot, logins, desk):
    hr = logins.person("hr")
    admin = logins.person("admin", first_name="Claude", last_name="Nshuti")
    staff = logins.person("employee")
    own = _row(logins, _MARK, (hr.employee_id,))
    admins = _row(logins, _MARK, (admin.employee_id,))
    theirs = _row(logins, _MARK, (staff.employee_id,))
    for record, said in (
        (own, "You cannot record or correct your own attendance: someone else in HR must."),
        (
            admins,
            "Only an administrator may record or change the attendance of Claude Nshuti, "
            "who administers DICEL.",
        ),
    ):
        held = _window(qtbot, desk(hr), "attendance_records", record)
        qtbot.waitUntil(lambda held=held: "status" in held.form.frozen_fields(), timeout=WAIT_MS)
        assert held.form.editors["check_in"].is_read_only()
        assert said in held.message.text()
        # The database refuses its deletion too: not offered, saying why.
        assert not held.delete_button.isEnabled()
        assert said in held.delete_button.toolTip()
    window = _window(qtbot, desk(hr), "attendance_records", theirs)
    qtbot.waitUntil(lambda: not window.steps.asking, timeout=WAIT_MS)
    QApplication.processEvents()
    assert not window.form.editors["status"].is_read_only()
    assert window.delete_button.isEnabled()


def test_an_administrators_payslip_and_a_past_holiday_show_what_stays(qtbot, logins, desk):
    hr = logins.person("hr")
    admin = logins.person("admin", first_name="Claude", last_name="Nshuti")
    payslip = _row(
        logins,
        "INSERT INTO payroll_records (employee_id, pay_period_start, pay_period_end,"
        " basic_salary, net_salary) VALUES (%s, '2026-03-01', '2026-03-31', 1, 1) RETURNING id",
        (admin.employee_id,),
    )
    held = _window(qtbot, desk(hr), "payroll_records", payslip)
    qtbot.waitUntil(lambda: "allowances" in held.form.frozen_fields(), timeout=WAIT_MS)
    assert held.form.editors["allowances"].is_read_only()
    assert not held.form.editors["notes"].is_read_only()
    assert "Only an administrator may change the pay or placement of Claude Nshuti" in (
        held.message.text()
    )
    past = _row(
        logins,
        "INSERT INTO holidays (holiday_date, name) VALUES (%s, 'Liberation Day') RETURNING id",
        (dt.date.today() - dt.timedelta(days=3),),
    )
    held = _window(qtbot, desk(hr), "holidays", past)
    qtbot.waitUntil(lambda: "holiday_date" in held.form.frozen_fields(), timeout=WAIT_MS)
    assert held.form.editors["holiday_date"].is_read_only()
    assert not held.form.editors["name"].is_read_only()
    # Its name still changes, as the banner says; its deletion is not offered.
    assert held.message.text() == (
        "This holiday is past: its date can no longer change, as approved leave was "
        "counted with it; its name can."
    )
    assert not held.delete_button.isEnabled()
    assert held.delete_button.toolTip() == (
        "This holiday is past: it cannot be deleted, as approved leave was counted with it."
    )


def test_deleting_a_holiday_names_its_day_in_the_persons_language(qtbot, logins, desk):
    from dicel_desktop.gui import translations

    hr = logins.person("hr")
    coming = _row(
        logins,
        "INSERT INTO holidays (holiday_date, name) VALUES ('2031-08-15', 'Assumption Day')"
        " RETURNING id",
        (),
    )
    translations.install_translators("fr")
    try:
        window = _window(qtbot, desk(hr), "holidays", coming)
        qtbot.waitUntil(lambda: not window.steps.asking, timeout=WAIT_MS)
        QApplication.processEvents()
        assert window.delete_button.isEnabled()
        asked: list[str] = []
        window._ask = lambda text, *_a, **_k: asked.append(text)
        window.delete_button.click()
    finally:
        translations.install_translators("en")
    (question,) = asked
    assert "15 août 2031" in question and "August" not in question, question
