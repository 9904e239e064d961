"""The confirm button of Terminate employment… says the step's own verb (eye34 #8): in
Kinyarwanda "Sezerera umukozi…" was confirmed by "Sesa", a contract's verb, and in French
« Mettre fin à l'emploi… » by « Résilier ». A contract keeps its own."""

from __future__ import annotations

import pytest

from dicel_desktop.gui import translations
from dicel_desktop.gui.workflows.case_step_dialog import step_button_text


@pytest.mark.parametrize(
    ("language", "employee", "contract"),
    [
        ("en", "Terminate employment", "Terminate"),
        ("fr", "Mettre fin à l\u2019emploi", "Résilier"),
        ("rw", "Sezerera umukozi", "Sesa"),
    ],
)
def test_terminating_employment_is_confirmed_by_its_own_verb(
    qapp, restore_language, language, employee, contract
):
    translations.install_translators(language)
    assert step_button_text("terminate", "employees").replace("&", "") == employee
    assert step_button_text("terminate", "contracts").replace("&", "") == contract
