"""Reset password: an administrator gives a user a new password (typed twice)."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.gui.admin.action_dialog import ActionDialog, in_transaction, password_field
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import users
from dicel_desktop.services.users import UserSummary


class ResetPasswordDialog(ActionDialog):
    """Asks for ``user``'s new password twice; :meth:`open_for` shows it."""

    def __init__(self, worker: DbWorker, user: UserSummary, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.user = user
        self.setWindowTitle(self.tr("Reset password"))
        form = self.lay_out(
            self.tr(
                "A new password for %1 (%2). Give it to them yourself: DICEL will not show "
                "it again. Sessions they already have open stay open."
            )
            .replace("%1", user.full_name)
            .replace("%2", user.email),
            self.tr("&Set password"),
            cancel_text=self.tr("&Cancel"),
        )
        self.password_edit = password_field(
            self.tr("At least %1 characters").replace("%1", str(users.MIN_PASSWORD_LENGTH))
        )
        self.again_edit = password_field()
        self.add_checked_row(form, "password", self.password_edit, self.tr("New &password:"))
        self.add_checked_row(form, "password_again", self.again_edit, self.tr("&Again:"))
        self.password_edit.setFocus()

    @classmethod
    def open_for(cls, parent: QWidget, worker: DbWorker, user: UserSummary) -> ResetPasswordDialog:
        """Show the dialog over ``parent`` without blocking; ``succeeded`` says when done."""
        dialog = cls(worker, user, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def accept(self) -> None:
        password = self.password_edit.text()
        try:
            users.check_new_password(password, self.again_edit.text())
        except InvalidInput as refused:
            self.clear_errors()
            self.show_refusal(refused)
            return
        task = in_transaction(
            functools.partial(users.set_password, email=self.user.email, password=password)
        )
        done = self.tr("%1 has a new password.").replace("%1", self.user.full_name)
        self.run(task, lambda _none: done, busy_text=self.tr("Setting…"))
