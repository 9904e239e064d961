"""A step shown disabled says why in the window, under its buttons, not only in its
tooltip (eye32 #2: a recovery case not begun showed two dead buttons to a clerk who does
not hover); a reason two steps share is said once, naming both, in the reader's words."""

from __future__ import annotations

import pytest
from helpers import WAIT_MS
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui import translations
from dicel_desktop.gui.workflows.cases import step_label

CASES = "recovery_cases"

#: The two steps' names as each language quotes them in the line.
NAMED = {
    "en": ("“Mark recovered”", "“Write off”"),
    "fr": ("«\u00a0Marquer comme recouvré\u00a0»", "«\u00a0Passer en perte\u00a0»"),
    "rw": ("“Byagarujwe”", "“Emera igihombo”"),
}


@pytest.fixture
def case_ahead(logins):
    """A case opened by no officer, that begins on 31 December 2200; today's day."""
    with logins.superuser().begin() as conn:
        case = conn.scalar(
            text(
                "INSERT INTO recovery_cases (case_type, description, amount_involved,"
                " start_date) VALUES ('Debt', 'Unpaid guarding', 2010000, '2200-12-31')"
                " RETURNING id"
            )
        )
        today = conn.scalar(text("SELECT dicel_company_day()"))
    return case, today


def _open(qtbot, desk, person, case):
    window = desk(person).open(CASES, case)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.steps.asking, timeout=WAIT_MS)
    QApplication.processEvents()
    return window


@pytest.mark.parametrize("language", sorted(NAMED))
def test_a_case_not_begun_says_once_why_both_steps_wait(
    qtbot, logins, desk, case_ahead, restore_language, language
):
    translations.install_translators(language)
    case, today = case_ahead
    innocent = logins.person(Role.RECOVERY, first_name="Innocent", last_name="Bizimana")
    window = _open(qtbot, desk, innocent, case)
    held = {
        action: next(b for b in window.step_buttons if b.text() == step_label(action, CASES))
        for action in ("recover", "write_off")
    }
    assert not any(button.isEnabled() for button in held.values())
    note = window.steps.note
    assert note.isVisible()
    said = note.text()
    assert "\n" not in said, said  # one reason, said once
    recovered, written_off = NAMED[language]
    assert said.count(recovered) == 1 and said.count(written_off) == 1, said
    if language == "en":
        assert said == (
            f"This recovery case begins on 31 December 2200, after today ({today.day}"
            f" {today:%B %Y}): “Mark recovered” and “Write off” wait until it has begun."
            " If its start date is a mistake, correct it and save it first."
        )
    if language == "rw":
        assert "«" not in said, said
    # Each button's tooltip still says it in the step's own words.
    assert all(said not in button.toolTip() for button in held.values())


def test_a_step_not_held_leaves_the_line_empty(qtbot, logins, desk):
    with logins.superuser().begin() as conn:
        case = conn.scalar(
            text(
                "INSERT INTO recovery_cases (case_type, description, amount_involved,"
                " start_date) VALUES ('Debt', 'Unpaid guarding', 2010000, current_date - 3)"
                " RETURNING id"
            )
        )
    innocent = logins.person(Role.RECOVERY, first_name="Innocent", last_name="Bizimana")
    window = _open(qtbot, desk, innocent, case)
    assert all(b.isEnabled() for b in window.step_buttons)
    assert window.steps.note.isHidden() and not window.steps.note.text()
