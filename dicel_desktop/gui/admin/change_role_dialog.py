"""Change role: another of the thirteen roles for a user."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.admin.action_dialog import ActionDialog, in_transaction, role_text
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import users
from dicel_desktop.services.users import UserSummary


class ChangeRoleDialog(ActionDialog):
    """Asks for the new role of ``user``; :meth:`open_for` shows it."""

    def __init__(self, worker: DbWorker, user: UserSummary, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.user = user
        self.setWindowTitle(self.tr("Change role"))
        form = self.lay_out(
            self.tr(
                "%1 has the role %2. The new role's rights apply as soon as you confirm; "
                "DICEL Desktop shows its tabs when they next log in."
            )
            .replace("%1", user.full_name)
            .replace("%2", role_text(Role(user.role))),
            self.tr("&Change role"),
            cancel_text=self.tr("C&ancel"),
        )
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(role_text(role), role.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData(user.role))
        self.add_checked_row(form, "role", self.role_combo, self.tr("New &role:"))
        self.role_combo.currentIndexChanged.connect(self._on_role_combo_changed)
        self._on_role_combo_changed()
        self.role_combo.setFocus()

    @classmethod
    def open_for(cls, parent: QWidget, worker: DbWorker, user: UserSummary) -> ChangeRoleDialog:
        """Show the dialog over ``parent`` without blocking; ``succeeded`` says when done."""
        dialog = cls(worker, user, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @slot_while_whole(keeps="user")
    def _on_role_combo_changed(self) -> None:
        # Confirming the role the person already has would change nothing.
        self.ok_button.setEnabled(self.role_combo.currentData() != self.user.role)

    def accept(self) -> None:
        role = Role(self.role_combo.currentData())
        if role.value == self.user.role:
            return
        task = in_transaction(
            functools.partial(users.change_role, email=self.user.email, role=role),
            functools.partial(users.end_sessions, email=self.user.email),
            email=self.user.email,
        )
        done = (
            self.tr("%1 now has the role %2.")
            .replace("%1", self.user.full_name)
            .replace("%2", role_text(role))
        )
        self.run(task, lambda _none: done, busy_text=self.tr("Changing…"))
