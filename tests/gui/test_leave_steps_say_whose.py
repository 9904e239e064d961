"""The leave steps as a user-eye review read them (eyefix41, eye40b's findings): a refusal
takes its own row under the note instead of being drawn over it (End early…, Cancel
leave…); each question names whose leave it is, in English and French; the note's label
says whose words they are and who reads them; Terminate employment… names the person,
agrees with the number of leaves and says their states as the leave's (« approuvé »)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from helpers import WAIT_MS
from leave_team import make_team, week
from logins import open_logins
from PySide6.QtWidgets import QWidget

from dicel_desktop.gui.workflows.cancel_leave_dialog import CancelLeaveDialog
from dicel_desktop.gui.workflows.end_leave_early_dialog import EndLeaveEarlyDialog
from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog
from dicel_desktop.gui.workflows.leave_ended_line import leave_ended_text
from dicel_desktop.services import leave
from dicel_desktop.services.leaving import EndedLeave

#: The clerk of ``leave_team``, as the records name her.
CLERK = "Aline Tester"


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


def _step(qtbot, window, text: str, kind):
    qtbot.waitUntil(lambda: text in [b.text() for b in window.step_buttons], timeout=WAIT_MS)
    (button,) = [b for b in window.step_buttons if b.text() == text]
    button.click()
    qtbot.waitUntil(lambda: isinstance(window.step_dialog, kind), timeout=WAIT_MS)
    return window.step_dialog


def _rows_apart(dialog, widgets: list[QWidget]) -> list[str]:
    """What is drawn over what: each widget must start below the one before it and the
    layout's spacing, the refusal must have the height of all its lines, and the dialog
    must hold the buttons under it. [] when all is in its own room."""
    spacing = dialog.layout().spacing()
    wrong = [
        f"{lower.objectName() or type(lower).__name__} at {lower.y()} over the widget above"
        f" ending at {upper.geometry().bottom()}"
        for upper, lower in itertools.pairwise(widgets)
        if lower.y() < upper.y() + upper.height() + spacing
    ]
    message = dialog.message
    if message.height() < message.heightForWidth(message.width()):
        wrong.append(f"refusal {message.height()} px for {message.heightForWidth(message.width())}")
    if dialog.height() < dialog.layout().totalHeightForWidth(dialog.width()):
        wrong.append("the dialog is shorter than its layout")
    return wrong


def _wait_laid_out(qtbot, dialog, widgets: list[QWidget]) -> None:
    try:
        qtbot.waitUntil(lambda: _rows_apart(dialog, widgets) == [], timeout=WAIT_MS)
    except qtbot.TimeoutError:
        assert _rows_apart(dialog, widgets) == []


def test_end_earlys_refusal_is_under_the_note_not_over_it_in_french(qtbot, team, desk, language):
    # eye40b: « Écrivez pourquoi le congé se termine plus tôt : la note reste avec la
    # demande. », two lines, was drawn over the Why box.
    language("fr")
    request, _today = team.started_leave()
    window = desk(team.hr).open("leave_requests", request)
    dialog = _step(qtbot, window, "Terminer &plus tôt…", EndLeaveEarlyDialog)
    # As short as the person may make it: the refusal needs room the dialog then lacks.
    dialog.resize(dialog.width(), 1)
    dialog.end_button.click()  # no note: refused
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    assert dialog.message.text().startswith("Écrivez pourquoi le congé se termine plus tôt")
    widgets = [dialog.question, dialog.last_day, dialog.note, dialog.message]
    _wait_laid_out(qtbot, dialog, widgets)
    assert dialog.end_button.geometry().top() > dialog.message.geometry().bottom()


def test_cancel_leaves_refusal_is_under_the_note_and_the_question_names_her(qtbot, team, desk):
    request = team.file(team.clerk, week(0))
    with team.boss.session() as session:
        leave.decide_leave(session, request, True, None)
    window = desk(team.hr).open("leave_requests", request)
    dialog = _step(qtbot, window, "Cancel &leave…", CancelLeaveDialog)
    question = dialog.question.text()
    assert question.startswith(f"Cancel {CLERK}'s annual leave (Mon "), question
    assert dialog.note_label.text() == (
        f"&Your reason (optional), shown to {CLERK} and their supervisor:"
    )
    # Someone else cancels it first: the refusal says so under the note, in a dialog as
    # short as the person may make it.
    dialog.resize(dialog.width(), 1)
    with team.clerk.session() as session:
        leave.cancel_leave(session, request, None)
    dialog.cancel_leave_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    assert dialog.message.isVisible() and dialog.message.text()
    widgets = [dialog.question, dialog.note, dialog.message]
    _wait_laid_out(qtbot, dialog, widgets)


def test_end_early_names_her_leave_and_whose_reason_it_is_in_english_and_french(
    qtbot, team, desk, language
):
    request, _today = team.started_leave()
    window = desk(team.hr).open("leave_requests", request)
    dialog = _step(qtbot, window, "End &early…", EndLeaveEarlyDialog)
    assert dialog.question.text().startswith(f"End {CLERK}'s annual leave ("), (
        dialog.question.text()
    )
    assert dialog.note_label.text() == f"&Your reason, shown to {CLERK} and their supervisor:"
    dialog.reject()
    language("fr")
    record = window.record
    french = EndLeaveEarlyDialog(window.worker, record, window)
    qtbot.addWidget(french)
    assert french.question.text().startswith(
        f"Mettre fin plus tôt au congé annuel accordé à {CLERK} ("
    )
    assert french.note_label.text() == f"&Votre motif, visible par {CLERK} et son responsable :"


def test_the_employees_own_cancel_says_your_leave_and_who_reads_her_reason(
    qtbot, team, desk, language
):
    request = team.file(team.clerk, week(0))
    window = desk(team.clerk).open("leave_requests", request)
    dialog = _step(qtbot, window, "Cancel &leave…", CancelLeaveDialog)
    assert dialog.question.text().startswith("Cancel your annual leave (Mon "), (
        dialog.question.text()
    )
    assert dialog.note_label.text() == "&Your reason (optional), shown to your supervisor and HR:"
    dialog.reject()
    language("fr")
    french = CancelLeaveDialog(window.worker, window.record, window)
    qtbot.addWidget(french)
    assert french.question.text().startswith("Annuler votre congé annuel (lun. ")
    assert french.note_label.text() == (
        "&Votre motif (facultatif), visible par votre responsable et les RH :"
    )


def test_the_deciders_note_is_theirs_to_the_employee_named(qtbot, team, desk):
    request = team.file(team.clerk, week(1))
    window = desk(team.boss).open("leave_requests", request)
    qtbot.waitUntil(lambda: isinstance(window.step_dialog, LeaveDecisionDialog), timeout=WAIT_MS)
    dialog = window.step_dialog
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=WAIT_MS)
    assert dialog.note_label.text() == f"Your &note to {CLERK} (optional):"


# --------------------------------------------------------------------------- Terminate

APPROVED = EndedLeave("annual", dt.date(2026, 12, 21), dt.date(2026, 12, 28), "approved")
PENDING = EndedLeave("sick", dt.date(2027, 1, 4), dt.date(2027, 1, 5), "pending")
KEPT = EndedLeave("annual", dt.date(2026, 12, 1), dt.date(2026, 12, 2), "pending", kept=True)
KEPT_TOO = EndedLeave("unpaid", dt.date(2026, 12, 3), dt.date(2026, 12, 4), "pending", kept=True)


@pytest.mark.usefixtures("rwanda")
def test_terminate_names_the_person_and_counts_the_leaves():
    assert leave_ended_text([APPROVED], "Claire Uwera") == (
        "Terminating Claire Uwera cancels this leave, which starts after the termination"
        " date: Annual leave, Mon 21 \N{EN DASH} Mon 28 December 2026 (approved)."
    )
    assert leave_ended_text([APPROVED, PENDING], "Claire Uwera") == (
        "Terminating Claire Uwera cancels these 2 leaves, which start after the termination"
        " date: Annual leave, Mon 21 \N{EN DASH} Mon 28 December 2026 (approved); Sick leave,"
        " Mon 4 \N{EN DASH} Tue 5 January 2027 (pending)."
    )
    # Nothing cancelled: the pending requests kept name her.
    assert leave_ended_text([KEPT, KEPT_TOO], "Claire Uwera").startswith(
        "These 2 pending leaves of Claire Uwera have days up to the termination date and stay"
        " for the supervisor or HR to decide, so that the final payslip counts them: "
    )


def test_terminate_in_french_agrees_with_conge(language):
    language("fr")
    said = leave_ended_text([APPROVED, PENDING, KEPT], "Hélène Rwema")
    assert said == (
        "Pour Hélène Rwema, mettre fin à l\u2019emploi annule ces 2 congés, qui commencent après"
        " la date de fin d\u2019emploi : Congé annuel, lun. 21 \N{EN DASH} lun. 28 décembre 2026"
        " (approuvé) ; Congé de maladie, lun. 4 \N{EN DASH} mar. 5 janvier 2027 (en attente)."
        " Ce congé en attente a des jours jusqu\u2019à la date de fin d\u2019emploi et reste"
        " à décider par le responsable ou les RH, pour que la dernière fiche de paie en"
        " tienne compte : Congé annuel, mar. 1er \N{EN DASH} mer. 2 décembre 2026 (en attente)."
    )
    assert "approuvée" not in said and "de Hélène" not in said
    assert leave_ended_text([APPROVED], "Hélène Rwema").startswith(
        "Pour Hélène Rwema, mettre fin à l\u2019emploi annule ce congé, qui commence après"
    )
