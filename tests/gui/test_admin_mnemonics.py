"""Every dialog of the Administration tab is usable from the keyboard: each of its
buttons and each labelled field has an Alt letter of its own (the "&" is in the tr()
source string, so a translation carries one too)."""

from __future__ import annotations

import re

import pytest
from helpers import WAIT_MS, user_summary
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
)

from dicel_desktop.gui.admin.change_email_dialog import ChangeEmailDialog
from dicel_desktop.gui.admin.change_password_dialog import ChangePasswordDialog
from dicel_desktop.gui.admin.change_role_dialog import ChangeRoleDialog
from dicel_desktop.gui.admin.deactivate_dialog import DeactivateDialog
from dicel_desktop.gui.admin.new_user_dialog import NewUserDialog
from dicel_desktop.gui.admin.reset_password_dialog import ResetPasswordDialog

USER = user_summary()

DIALOGS = {
    "new user": lambda worker: NewUserDialog(worker),
    "change role": lambda worker: ChangeRoleDialog(worker, USER),
    "reset password": lambda worker: ResetPasswordDialog(worker, USER),
    "change e-mail": lambda worker: ChangeEmailDialog(worker, USER),
    "deactivate": lambda worker: DeactivateDialog(worker, USER),
    "change my password": lambda worker: ChangePasswordDialog(worker, USER.email),
}


def mnemonic(text: str) -> str | None:
    """The Alt letter of a button's or label's text ("&&" is a plain "&")."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_button_and_field_of_an_admin_dialog_has_its_own_alt_letter(qtbot, worker, name):
    dialog: QDialog = DIALOGS[name](worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not worker.is_busy, timeout=WAIT_MS)
    letters: dict[str, str] = {}

    def claim(text: str) -> None:
        letter = mnemonic(text)
        assert letter is not None, f"{name}: {text!r} has no Alt letter"
        assert letter not in letters, f"{name}: {text!r} and {letters[letter]!r} share Alt+{letter}"
        letters[letter] = text

    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
    assert len(buttons) >= 2  # the action and Cancel
    for button in buttons:
        claim(button.text())
    labelled = set()
    for label in dialog.findChildren(QLabel):
        if label.buddy() is not None and label.text() and label.isVisible():
            claim(label.text())
            labelled.add(label.buddy())
    # Every field one types in or chooses from is named by such a label.
    fields = [
        w
        for kind in (QLineEdit, QComboBox)
        for w in dialog.findChildren(kind)
        if w.isVisible() and w.isEnabled()
    ]
    fields = [f for f in fields if not isinstance(f.parent(), QComboBox)]  # a combo's own edit
    assert all(field in labelled for field in fields), name
    dialog.reject()


def test_an_alt_letter_moves_to_its_field_and_presses_its_button(qtbot, worker):
    dialog = ChangeEmailDialog(worker, USER)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    cancel = next(b for b in dialog.findChildren(QAbstractButton) if b is not dialog.ok_button)
    cancel.setFocus()
    qtbot.keyClick(cancel, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.email_edit
    rejected: list[int] = []
    dialog.rejected.connect(lambda: rejected.append(1))
    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: rejected == [1], timeout=WAIT_MS)  # a button's click shows first
