"""Change e-mail: a user's new address, which is also their login name."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from dicel_desktop.gui.admin.action_dialog import ActionDialog, in_transaction
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import users
from dicel_desktop.services.users import UserSummary


class ChangeEmailDialog(ActionDialog):
    """Asks for ``user``'s new e-mail; :meth:`open_for` shows it."""

    def __init__(self, worker: DbWorker, user: UserSummary, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.user = user
        self.setWindowTitle(self.tr("Change e-mail"))
        form = self.lay_out(
            self.tr(
                "%1 logs in as %2. From now on they log in with the new address; their "
                "password stays the same."
            )
            .replace("%1", user.full_name)
            .replace("%2", user.email),
            self.tr("&Change e-mail"),
            cancel_text=self.tr("C&ancel"),
        )
        self.email_edit = QLineEdit(user.email)
        self.email_edit.selectAll()
        self.add_checked_row(form, "email", self.email_edit, self.tr("New &e-mail:"))
        self.email_edit.setFocus()

    @classmethod
    def open_for(cls, parent: QWidget, worker: DbWorker, user: UserSummary) -> ChangeEmailDialog:
        """Show the dialog over ``parent`` without blocking; ``succeeded`` says when done."""
        dialog = cls(worker, user, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def accept(self) -> None:
        new_email = self.email_edit.text().strip().lower()
        if new_email == self.user.email:
            self.reject()
            return
        task = in_transaction(
            functools.partial(users.change_email, old_email=self.user.email, new_email=new_email)
        )
        done = (
            self.tr("%1 now logs in as %2; the password is unchanged.")
            .replace("%1", self.user.full_name)
            .replace("%2", new_email)
        )
        self.run(task, lambda _none: done, busy_text=self.tr("Changing…"))
