"""A step held before the click says why under the step buttons (form33's held steps):
Publish… and Resume… of a job posting whose closing date has passed (DW502, migration
0119) are held with its reason, as other held steps are; and a held reason does not end
with the "Nothing was changed." its refusal after a click ends with (DW492's), in
English and French (sus34). As HR's real login, against the suite's PostgreSQL."""

from __future__ import annotations

import os

import pytest
from helpers import WAIT_MS
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from dicel_desktop.gui import translations
from dicel_desktop.gui.workflows.cases import step_label


def _window(qtbot, desk, person, table, record_id):
    window = desk(person).open(table, record_id)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.steps.asking, timeout=WAIT_MS)
    QApplication.processEvents()
    return window


def _shot(window, name: str) -> None:
    if os.environ.get("DICEL_SHOTS"):
        window.grab().save(os.path.join(os.environ["DICEL_SHOTS"], f"{name}.png"))


@pytest.mark.parametrize(("state", "action"), [("draft", "publish"), ("on_hold", "resume")])
def test_a_posting_past_its_closing_date_is_held_from_opening_saying_why(
    qtbot, logins, desk, state, action
):
    hr = logins.person("hr")
    with logins.superuser().begin() as conn:
        posting = conn.scalar(
            text(
                "INSERT INTO job_postings (title, description, status, posted_date,"
                " closing_date) VALUES ('Night guard', 'Guards the depot', CAST(:s AS text),"
                " CASE WHEN CAST(:s AS text) = 'draft' THEN NULL ELSE dicel_company_day() - 30 END,"
                " dicel_company_day() - 2) RETURNING id"
            ),
            {"s": state},
        )
    window = _window(qtbot, desk, hr, "job_postings", posting)
    (button,) = [b for b in window.step_buttons if b.text() == step_label(action, "job_postings")]
    assert not button.isEnabled()
    said = window.steps.note.text()
    assert window.steps.note.isVisible()
    assert said.startswith("Applications to this job posting closed on "), said
    assert said.endswith("and save; then publish or resume it."), said
    _shot(window, f"posting-held-{action}")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_held_reason_does_not_say_nothing_was_changed(
    qtbot, logins, desk, restore_language, language
):
    translations.install_translators(language)
    hr = logins.person("hr")
    clerk = logins.person("finance", first_name="Claude", last_name="Habimana")
    with logins.superuser().begin() as conn:
        conn.execute(
            text(
                "INSERT INTO payroll_records (employee_id, pay_period_start, pay_period_end,"
                " basic_salary, allowances, net_salary, status)"
                " VALUES (:e, '2026-11-01', '2026-11-30', 500000, 50000, 480000, 'pending')"
            ),
            {"e": clerk.employee_id},
        )
        conn.execute(
            text("UPDATE employees SET termination_date = '2026-11-10' WHERE id = :e"),
            {"e": clerk.employee_id},
        )
    window = _window(qtbot, desk, hr, "employees", clerk.employee_id)
    (button,) = [b for b in window.step_buttons if b.text() == step_label("terminate", "employees")]
    assert not button.isEnabled()
    said = window.steps.note.text()
    ends = (
        "the new run pays them only up to the day their pay stops."
        if language == "en"
        else "s\N{RIGHT SINGLE QUOTATION MARK}arrête."
    )
    assert said.endswith(ends), said
    assert not button.toolTip().endswith(("Nothing was changed.", "modifié.")), button.toolTip()
    _shot(window, f"payslip-held-{language}")
