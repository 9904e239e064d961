"""What a person typed is thrown away only when they say so, from the keyboard (keys38,
findings 3 and 5): Esc in "Request leave" closed it and lost the type, the dates and the
reason; the record window's "Save the changes…?" asks, but its Discard had no Alt letter.
Every button of the question has a letter of its own, in English, French and
Kinyarwanda."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit
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
