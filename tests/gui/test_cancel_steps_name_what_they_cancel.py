"""A step that cancels a record says what it cancels on its dialog's button (eye33 #2):
the French button read a bare « Annuler », and it was the default, while « Annuler » is
every other dialog's way out; a French clerk backing out cancelled the shift for good.
No step's button reads as the language's own Cancel, and a cancel step's Enter goes
back, as Cancel leave's "Keep it" does."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from flow_steps import insert_row
from helpers import WAIT_MS
from PySide6.QtWidgets import QApplication

from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui import translations
from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog, step_button_text
from dicel_desktop.gui.workflows.cases import step_label

I18N = Path(translations.__file__).parents[1] / "i18n"


def _plain(text: str) -> str:
    return text.replace("&", "").removesuffix("…").strip().casefold()


def _own_cancels(language: str) -> set[str]:
    """How the language says Cancel anywhere in the program ("Cancel", "&Cancel")."""
    said = {"cancel"}
    if language != "en":
        for message in ET.parse(I18N / f"dicel_{language}.ts").iter("message"):
            if message.findtext("source") in ("Cancel", "&Cancel"):
                said.add(_plain(message.findtext("translation") or ""))
    return said


@pytest.mark.parametrize("language", ["en", "fr", "rw"])
def test_no_steps_button_reads_as_the_languages_cancel(qapp, restore_language, language):
    translations.install_translators(language)
    cancels = _own_cancels(language)
    bare = [
        f"{flow.table}.{step.action}: {step_button_text(step.action, flow.table)!r}"
        for flow in FLOWS.values()
        for step in flow.steps
        if _plain(step_button_text(step.action, flow.table)) in cancels
    ]
    assert not bare, "\n".join(bare)


def test_a_cancelled_shift_in_french_is_named_and_back_is_the_default(
    qtbot, logins, desk, restore_language
):
    translations.install_translators("fr")
    patrick = logins.person(Role.SECURITY, first_name="Patrick", last_name="Habimana")
    hélène = logins.person(Role.EMPLOYEE, first_name="Hélène", last_name="Rwema")
    guard = insert_row(
        patrick,
        "security_guards",
        user_id=hélène.user_id,
        license_number="RNP/PSL/2025/0011",
        license_expiry=dt.date(2028, 3, 1),
    )
    start = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=3)
    shift = insert_row(
        patrick,
        "security_assignments",
        guard_id=guard,
        location="Main gate",
        shift_start=start,
        shift_end=start + dt.timedelta(hours=12),
    )
    window = desk(patrick).open("security_assignments", shift)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.steps.asking, timeout=WAIT_MS)
    QApplication.processEvents()
    label = step_label("cancel", "security_assignments")
    (button,) = [b for b in window.step_buttons if b.text() == label]
    button.click()
    qtbot.waitUntil(lambda: window.findChild(CaseStepDialog) is not None, timeout=WAIT_MS)
    dialog = window.findChild(CaseStepDialog)
    qtbot.waitUntil(lambda: not dialog.is_busy and dialog.isVisible(), timeout=WAIT_MS)

    assert dialog.take_button.text().replace("&", "") == "Annuler la vacation"
    assert dialog.back_button.isDefault() and not dialog.take_button.isDefault()
    assert dialog.focusWidget() is dialog.back_button  # Space too goes back
    dialog.reject()
