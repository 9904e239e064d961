"""Suspend… and Reinstate… say what becomes of the person's DICEL login before the
click (migration 0122: a suspension turns it off; a reinstatement leaves it to the
administrator), in English and French. As HR's real login; grabbed to $DICEL_SHOTS
when it is set."""

from __future__ import annotations

import os

import pytest
import shiboken6
from helpers import WAIT_MS, record_ready, shown_dialog, step_button

from dicel_desktop.gui import translations
from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog

SAID = {
    "en": (
        "They are not paid while suspended. Their DICEL login is turned off now; an"
        " administrator turns it back on after they are reinstated.",
        "They are active again. Their login stays off until an administrator turns it back on.",
    ),
    "fr": (
        "Son accès à DICEL est désactivé dès maintenant ; un administrateur le réactive"
        " après sa réintégration.",
        "Son accès reste désactivé jusqu\N{RIGHT SINGLE QUOTATION MARK}à ce "
        "qu\N{RIGHT SINGLE QUOTATION MARK}un administrateur le réactive.",
    ),
}


def _dialog(qtbot, desk, hr, employee_id, action: str) -> CaseStepDialog:
    window = record_ready(qtbot, desk(hr).open("employees", employee_id))
    step_button(window, action, "employees").click()
    return shown_dialog(qtbot, window, CaseStepDialog)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_suspend_and_reinstate_say_what_becomes_of_the_login(
    qtbot, logins, desk, restore_language, language
):
    translations.install_translators(language)
    hr = logins.person("hr")
    clerk = logins.person("finance", first_name="Claude", last_name="Habimana")
    suspending, reinstating = SAID[language]
    dialog = _dialog(qtbot, desk, hr, clerk.employee_id, "suspend")
    assert dialog.question.text().endswith(suspending), dialog.question.text()
    if os.environ.get("DICEL_SHOTS"):
        dialog.grab().save(os.path.join(os.environ["DICEL_SHOTS"], f"suspend-{language}.png"))
    dialog.take_button.click()
    qtbot.waitUntil(
        lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=WAIT_MS
    )
    dialog = _dialog(qtbot, desk, hr, clerk.employee_id, "reinstate")
    assert dialog.question.text().endswith(reinstating), dialog.question.text()
    if os.environ.get("DICEL_SHOTS"):
        dialog.grab().save(os.path.join(os.environ["DICEL_SHOTS"], f"reinstate-{language}.png"))
