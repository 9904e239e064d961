"""Migration 0079 in the windows, as real logins: a policy in force offers no new file,
saying why; Write off… is off, saying why, for the officer who changed the case, and a
colleague writes it off from the window on what it showed, its files included."""

from __future__ import annotations

import shiboken6
from helpers import WAIT_MS, record_ready, shown_dialog, step_button
from sqlalchemy import text

from dicel_desktop.gui.widgets.documents_panel import DocumentsPanel
from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog

CASES = "recovery_cases"
REVIEW_ONLY = (
    "A policy in force changes only through a review: start a review, then change its files."
)


def test_a_policy_in_force_offers_no_new_file_and_says_why(qtbot, worker, db_engine):
    with db_engine.begin() as conn:
        policy = conn.scalar(
            text(
                "INSERT INTO compliance_policies (policy_name, policy_category, status,"
                " review_date) VALUES ('Gifts', 'Ethics', 'active', current_date + 30)"
                " RETURNING id"
            )
        )
    panel = DocumentsPanel(worker, "compliance_policies")
    qtbot.addWidget(panel)
    panel.show()
    panel.set_record(policy)
    qtbot.waitUntil(lambda: not panel.is_busy, timeout=WAIT_MS)
    assert not panel.upload_button.isEnabled()
    assert panel.upload_button.toolTip() == REVIEW_ONLY
    assert panel.status.text().endswith(REVIEW_ONLY)


def _window(qtbot, opener, record):
    window = record_ready(qtbot, opener.open(CASES, record))
    return window, step_button(window, "write_off", CASES)


def test_write_off_is_for_another_officer_on_what_the_window_showed(qtbot, logins, desk):
    alice = logins.person("recovery", first_name="Alice", last_name="Mukamana")
    bosco = logins.person("recovery", first_name="Bosco", last_name="Habimana")
    with logins.superuser().begin() as conn:
        case = conn.scalar(
            text(
                "INSERT INTO recovery_cases (case_number, case_type, description,"
                " amount_involved, status) VALUES ('RC-9', 'invoice_debt', 'Unpaid invoices.',"
                " 2010000, 'in_progress') RETURNING id"
            )
        )
    # Alice attaches the debtor's letter: a change of the case.
    with alice.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
                " VALUES ('recovery_cases', :c, 'Letter.txt', 'text/plain', 'We cannot pay')"
            ),
            {"c": case},
        )

    _alices, stopped = _window(qtbot, desk(alice), case)
    assert not stopped.isEnabled()
    assert "You changed this recovery case on " in stopped.toolTip()
    assert "someone else must decide whether it is written off." in stopped.toolTip()

    window, button = _window(qtbot, desk(bosco), case)
    assert button.isEnabled()
    button.click()
    dialog = shown_dialog(qtbot, window, CaseStepDialog)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    dialog.reason.setPlainText("Client bankrupt")
    dialog.take_button.click()
    qtbot.waitUntil(
        lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=WAIT_MS
    )
    with logins.superuser().connect() as conn:
        status = conn.scalar(text("SELECT status FROM recovery_cases WHERE id = :i"), {"i": case})
    assert status == "written_off"
