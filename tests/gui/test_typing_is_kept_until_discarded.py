"""What a person typed is thrown away only when they say so, from the keyboard (keys38,
findings 3 and 5): Esc in "Request leave" closed it and lost the type, the dates and the
reason; the record window's "Save the changes…?" asks, but its Discard had no Alt letter.
Every button of the question has a letter of its own, in English, French and
Kinyarwanda."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPlainTextEdit
from shop import Shop, open_shop

from dicel_desktop.gui import translations
from dicel_desktop.gui.workflows.leave_request_dialog import LeaveRequestDialog

WAIT_MS = 30_000  # a deadline for a failing test on a busy machine, not a measurement

pytestmark = pytest.mark.usefixtures("rwanda")


def _letter(text: str) -> str | None:
    found = re.search(r"&(.)", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _letters_of(box: QMessageBox) -> dict[str, str]:
    """Each button's text by its Alt letter; every button has one, none shared."""
    letters = {}
    for button in box.buttons():
        letter = _letter(button.text())
        assert letter is not None, f"{button.text()!r} has no Alt letter"
        assert letter not in letters, (button.text(), letters)
        letters[letter] = button.text()
    return letters


def _press_letter(qtbot, box: QMessageBox, role: QMessageBox.StandardButton) -> None:
    # The offscreen platform activates no window of its own (a window manager would).
    qtbot.waitExposed(box)
    box.activateWindow()
    if QApplication.activeWindow() is not box:
        QApplication.setActiveWindow(box)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box, timeout=WAIT_MS)
    letter = _letter(box.button(role).text())
    key = getattr(Qt.Key, f"Key_{letter.upper()}", None)
    assert key is not None, letter  # a letter a keyboard has as a key of its own
    qtbot.keyClick(box, key, Qt.KeyboardModifier.AltModifier)


def _request_leave(qtbot, host, worker) -> LeaveRequestDialog:
    under = host().window()
    dialog = LeaveRequestDialog.open_for(under, worker)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.leave_type, timeout=WAIT_MS)
    return dialog


@pytest.mark.parametrize("language", ["en", "fr", "rw"])
def test_esc_in_request_leave_asks_before_the_typing_goes(
    qtbot, host, worker, restore_language, language
):
    translations.install_translators(language)
    dialog = _request_leave(qtbot, host, worker)
    qtbot.keyClick(dialog.leave_type, Qt.Key.Key_Down)  # Sick leave
    for _ in range(3):  # the two days, then the reason
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.reason
    qtbot.keyClicks(dialog.reason, "Family visit")

    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.discard_guard.question is not None, timeout=WAIT_MS)
    box = dialog.discard_guard.question
    assert dialog.isVisible()
    assert set(_letters_of(box).values()) == {
        box.button(QMessageBox.StandardButton.Discard).text(),
        box.button(QMessageBox.StandardButton.Cancel).text(),
    }
    # Esc on the question keeps the typing: Cancel is its default and its Esc.
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.discard_guard.question is None, timeout=WAIT_MS)
    assert dialog.isVisible()
    assert dialog.reason.toPlainText() == "Family visit"
    assert dialog.leave_type.currentIndex() == 1

    # Cancel asks too; the Discard letter throws it away.
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: dialog.discard_guard.question is not None, timeout=WAIT_MS)
    box = dialog.discard_guard.question
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        _press_letter(qtbot, box, QMessageBox.StandardButton.Discard)


def test_nothing_typed_esc_closes_request_leave_at_once(qtbot, host, worker):
    dialog = _request_leave(qtbot, host, worker)
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        qtbot.keyClick(dialog.leave_type, Qt.Key.Key_Escape)
    assert dialog.discard_guard.question is None


@pytest.fixture
def shop(db_dsn) -> Iterator[Shop]:
    yield from open_shop(db_dsn)


@pytest.mark.parametrize("language", ["en", "fr", "rw"])
def test_the_record_windows_question_has_a_letter_for_each_answer(
    qtbot, shop, desk, restore_language, language
):
    translations.install_translators(language)
    order = shop.draft()
    window = desk(shop.clerk).open("purchase_orders", order)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    notes = window.form.editors["notes"].findChild(QPlainTextEdit)
    notes.setFocus()
    qtbot.keyClicks(notes, " keyboard")
    qtbot.keyClick(notes, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.question is not None, timeout=WAIT_MS)
    box = window.question
    assert len(_letters_of(box)) == 3  # Save, Discard, Cancel: a letter each
    with qtbot.waitSignal(window.finished, timeout=WAIT_MS):
        _press_letter(qtbot, box, QMessageBox.StandardButton.Discard)
    with shop.su.connect() as conn:
        from sqlalchemy import text

        saved = conn.scalar(text("SELECT notes FROM purchase_orders WHERE id = :o"), {"o": order})
    assert "keyboard" not in (saved or "")


# ------------------------------------------------------------------ decision dialogs


def _expense_decision(qtbot, logins, desk):
    """The finance manager's "Approve…" dialog of a clerk's expense, its facts read."""
    from finance_data import budget
    from logins import new_expense

    from dicel_desktop.gui.workflows.expense_decision_dialog import ExpenseDecisionDialog

    clerk = logins.person("finance", first_name="Aline", department="FIN")
    manager = logins.person("finance", first_name="Jean", department="FIN")
    fin = logins.department("FIN")
    budget(manager, fin, "Fuel", allocated=Decimal("90000"))
    expense = new_expense(clerk, department_id=fin, amount=Decimal("5000.00")).id
    window = desk(manager).open("expenses", expense)
    qtbot.waitUntil(
        lambda: (
            window.record is not None
            and not window.is_busy
            and window.panels_ready
            and not window.steps.asking
            and all(b.isVisible() for b in window.step_buttons)
        ),
        timeout=WAIT_MS,
    )
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)

    def shown():
        return [d for d in window.findChildren(ExpenseDecisionDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=WAIT_MS)
    dialog = shown()[0]
    qtbot.waitUntil(lambda: not dialog.is_busy and dialog.note.hasFocus(), timeout=WAIT_MS)
    return dialog


def test_esc_in_a_decision_dialog_asks_before_the_note_goes(qtbot, logins, desk):
    """discard38: the expense decision (a FormStepDialog, as the pay period's and the
    payments') keeps a typed note on Esc until the person says Discard."""
    dialog = _expense_decision(qtbot, logins, desk)
    qtbot.keyClicks(dialog.note, "Fuel for the Huye trip")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.discard_guard.question is not None, timeout=WAIT_MS)
    box = dialog.discard_guard.question
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Cancel: the note stays
    qtbot.waitUntil(lambda: dialog.discard_guard.question is None, timeout=WAIT_MS)
    assert dialog.isVisible()
    assert dialog.note.toPlainText() == "Fuel for the Huye trip"

    # The Cancel button asks too; Discard closes.
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: dialog.discard_guard.question is not None, timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        dialog.discard_guard.question.button(QMessageBox.StandardButton.Discard).click()


def test_esc_with_nothing_typed_closes_a_decision_dialog(qtbot, logins, desk):
    dialog = _expense_decision(qtbot, logins, desk)
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert dialog.discard_guard.question is None


def test_the_dialogs_own_closing_never_asks(qtbot, logins, desk):
    """The dialog closes itself (someone else decided, a refusal ended it): its own
    reject() closes at once, note or not; only the person's Esc and Cancel ask."""
    dialog = _expense_decision(qtbot, logins, desk)
    qtbot.keyClicks(dialog.note, "typed")
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        dialog.reject()
    assert dialog.discard_guard.question is None
