"""A person's record lists their leave, attendance, pay, training and reviews, and a
risk assessment its incidents (eye30s: each was a list of its own, searched by name);
written elsewhere, so nothing is added from there. Against real PostgreSQL."""

from __future__ import annotations

import datetime as dt

from helpers import WAIT_MS
from sqlalchemy import text


def _insert(logins, sql: str, **params):
    with logins.superuser().begin() as conn:
        return conn.execute(text(sql), params).scalar_one()


def _open(qtbot, desk, person, table, record_id):
    window = desk(person).open(table, record_id)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    # What belongs to the record comes once the form is painted.
    qtbot.waitUntil(lambda: window.panels.count() > 0, timeout=WAIT_MS)
    return window


def _titles(window) -> list[str]:
    return [window.panels.tabText(i).replace("&", "") for i in range(window.panels.count())]


def _rows(qtbot, window, title: str) -> tuple[object, list[str]]:
    """The panel titled ``title``, shown, and the ids of its rows."""
    window.panels.setCurrentIndex(_titles(window).index(title))
    panel = window.panels.currentWidget()
    # The Leave tab holds the leave card above its list (balance40): the list is its lines.
    panel = getattr(panel, "lines", panel)
    model = panel.grid.model
    qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() > 0, timeout=WAIT_MS)
    return panel, [model.record_id(r) for r in range(model.rowCount())]


def test_an_employees_record_lists_their_leave_and_what_else_is_theirs(qtbot, logins, desk):
    hr = logins.person("hr")
    someone = logins.person("employee", first_name="Claire")
    other = logins.person("employee", first_name="Jean")
    start = dt.date(2026, 3, 2)
    leave = [
        _insert(
            logins,
            "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
            " days_requested, reason) VALUES (:e, 'annual', :s, :s, 1, 'Family')"
            " RETURNING id",
            e=employee,
            s=start,
        )
        for employee in (someone.employee_id, other.employee_id)
    ]
    window = _open(qtbot, desk, hr, "employees", someone.employee_id)
    assert {"Leave", "Attendance", "Payslips", "Training", "Reviews"} <= set(_titles(window))
    panel, listed = _rows(qtbot, window, "Leave")
    assert listed == [leave[0]]  # theirs, not another person's
    assert not panel.add_button.isVisible()  # a request is filed by its own dialog


def test_a_risk_assessment_lists_its_incidents(qtbot, logins, desk):
    risk = logins.person("risk")
    assessment = _insert(
        logins,
        "INSERT INTO risk_assessments (risk_category, risk_description, likelihood, impact)"
        " VALUES ('operational', 'Cash in transit', 4, 5) RETURNING id",
    )
    incident = _insert(
        logins,
        "INSERT INTO risk_incidents (incident_type, description, incident_date,"
        " reported_date, risk_assessment_id) VALUES ('robbery', 'Van stopped',"
        " now() - interval '1 day', now() - interval '20 hours', :a) RETURNING id",
        a=assessment,
    )
    window = _open(qtbot, desk, risk, "risk_assessments", assessment)
    panel, listed = _rows(qtbot, window, "Incidents")
    assert listed == [incident]
    assert not panel.add_button.isVisible()
