"""Step dialogs as the last user-eye review found them: a refusal shown grows the dialog
so the whole question and the whole message show, nothing over anything else; the
dialog's title names the record in the person's language, as its window does."""

from __future__ import annotations

import datetime as dt

import pytest
from flow_steps import policy_under_review
from helpers import WAIT_MS
from PySide6.QtCore import QLocale, QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QWidget
from sqlalchemy import text

from dicel_desktop.gui.translations import install_translators
from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog
from dicel_desktop.gui.workflows.cases import step_label


@pytest.fixture
def in_french(qapp):
    before = QLocale()
    install_translators("fr")
    yield
    install_translators("en")
    QLocale.setDefault(before)


def _window(qtbot, opener, table, record):
    window = opener.open(table, record)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.steps.asking, timeout=WAIT_MS)
    QApplication.processEvents()
    return window


def _step(qtbot, window, action, table) -> CaseStepDialog:
    (button,) = [b for b in window.step_buttons if b.text() == step_label(action, table)]
    button.click()
    qtbot.waitUntil(lambda: window.findChild(CaseStepDialog) is not None, timeout=WAIT_MS)
    dialog = window.findChild(CaseStepDialog)
    qtbot.waitUntil(lambda: not dialog.is_busy and dialog.isVisible(), timeout=WAIT_MS)
    return dialog


def _in_dialog(widget: QWidget, dialog: QWidget) -> QRect:
    return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())


def _shown_whole(dialog: QWidget) -> list[str]:
    """What does not show whole: a label shorter than its lines at its width, a label or
    text box out of the dialog, or over another."""
    QApplication.processEvents()
    problems = []
    parts = [
        w
        for w in dialog.findChildren(QWidget)
        if w.isVisible()
        and isinstance(w, (QLabel, QPlainTextEdit))
        and not isinstance(w.parentWidget(), QPlainTextEdit)
    ]
    whole = dialog.rect()
    for part in parts:
        where = _in_dialog(part, dialog)
        name = part.text() if isinstance(part, QLabel) else part.accessibleName()
        wraps = isinstance(part, QLabel) and part.wordWrap()
        if wraps and part.height() < part.heightForWidth(part.width()):
            problems.append(f"cut: {name!r}")
        if not whole.contains(where):
            problems.append(f"out of the dialog: {name!r}")
        for other in parts:
            apart = other is part or other is part.parentWidget() or id(part) > id(other)
            if not apart and where.intersects(_in_dialog(other, dialog)):
                problems.append(f"overlap: {name!r}")
    return problems


def test_a_refused_approve_shows_its_whole_question_and_refusal(qtbot, logins, desk):
    _, aimable, policy = policy_under_review(logins)
    window = _window(qtbot, desk(aimable), "compliance_policies", policy)
    dialog = _step(qtbot, window, "approve", "compliance_policies")
    assert _shown_whole(dialog) == []
    opened = dialog.size()
    (day,) = dialog.days.values()
    day.set_value(dt.date(2020, 6, 1))
    dialog.take_button.click()
    qtbot.waitUntil(
        lambda: not dialog.is_busy and "must be after today" in dialog.message.text(),
        timeout=WAIT_MS,
    )
    assert _shown_whole(dialog) == []
    assert dialog.height() > opened.height() and dialog.width() == opened.width()

    # A size the person gave it stays when the message goes.
    dialog.resize(dialog.width() + 80, dialog.height() + 60)
    given = dialog.size()
    dialog.message.clear_message()
    QApplication.processEvents()
    assert dialog.size() == given
    dialog.reject()


def test_terminate_in_french_shows_its_refusal_under_the_reason_box(qtbot, logins, desk, in_french):
    clerk = logins.person("client")
    with logins.superuser().begin() as conn:
        client = conn.scalar(
            text("INSERT INTO clients (company_name) VALUES ('Huye Hotel') RETURNING id")
        )
        contract = conn.scalar(
            text(
                "INSERT INTO contracts (client_id, contract_type, start_date, end_date, status)"
                " VALUES (:c, 'Static guarding', current_date - 30, current_date + 335,"
                " 'active') RETURNING id"
            ),
            {"c": client},
        )
    window = _window(qtbot, desk(clerk), "contracts", contract)
    dialog = _step(qtbot, window, "terminate", "contracts")
    dialog.take_button.click()  # no reason written: said here, before asking the database
    qtbot.waitUntil(dialog.message.isVisible, timeout=WAIT_MS)
    assert dialog.message.heightForWidth(dialog.message.width()) > 2 * (
        dialog.message.fontMetrics().lineSpacing()
    )  # two lines at least: what the review saw cut
    assert _shown_whole(dialog) == []
    dialog.reject()


def test_a_feedbacks_step_is_titled_in_french_as_its_window(qtbot, logins, desk, in_french):
    cx = logins.person("cx")
    with logins.superuser().begin() as conn:
        client = conn.scalar(
            text("INSERT INTO clients (company_name) VALUES ('Burera Motors Ltd') RETURNING id")
        )
        feedback = conn.scalar(
            text(
                "INSERT INTO customer_feedback (client_id, feedback_type, feedback_date, status)"
                " VALUES (:c, 'complaint', '2026-11-05', 'under_review') RETURNING id"
            ),
            {"c": client},
        )
    window = _window(qtbot, desk(cx), "customer_feedback", feedback)
    dialog = _step(qtbot, window, "respond", "customer_feedback")
    said = dialog.windowTitle().split(" — ", 1)[1]
    assert said == "Réclamation, Burera Motors Ltd, 5 novembre 2026"
    assert said in window.windowTitle()
    dialog.reject()
