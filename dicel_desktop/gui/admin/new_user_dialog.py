"""New user: a DICEL user and their login, made by an administrator."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.admin.action_dialog import ActionDialog, in_transaction, role_text
from dicel_desktop.gui.editors.common import LengthLimit
from dicel_desktop.gui.forms.ui_new_user_dialog import Ui_NewUserDialog
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import users
from dicel_desktop.services.forms import text_limit

#: A new user's role unless the administrator chooses another: the least rights.
DEFAULT_ROLE = Role.EMPLOYEE


class NewUserDialog(ActionDialog):
    """Asks for the person and their first password; :meth:`open_for` shows it."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.ui = Ui_NewUserDialog()
        self.ui.setupUi(self)
        self.bind(
            self.ui.buttonBox,
            self.ui.messageLabel,
            self.tr("Create &user"),
            cancel_text=self.tr("&Cancel"),
        )
        for role in Role:
            self.ui.roleCombo.addItem(role_text(role), role.value)
        self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(DEFAULT_ROLE.value))
        self.ui.departmentCombo.addItem(self.tr("No department"), None)
        for edit in (self.ui.passwordEdit, self.ui.passwordAgainEdit):
            edit.setInputMethodHints(
                Qt.InputMethodHint.ImhHiddenText
                | Qt.InputMethodHint.ImhSensitiveData
                | Qt.InputMethodHint.ImhNoPredictiveText
            )
        self.ui.passwordRulesLabel.setText(
            self.tr("The password needs at least %1 characters.").replace(
                "%1", str(users.MIN_PASSWORD_LENGTH)
            )
        )
        form = self.ui.formLayout
        for key, field in (
            ("email", self.ui.emailEdit),
            ("first_name", self.ui.firstNameEdit),
            ("last_name", self.ui.lastNameEdit),
            ("role", self.ui.roleCombo),
            ("department", self.ui.departmentCombo),
            ("position", self.ui.positionEdit),
            ("employee_number", self.ui.employeeNumberEdit),
            ("password", self.ui.passwordEdit),
            ("password_again", self.ui.passwordAgainEdit),
        ):
            self.add_checked_row(form, key, field)
        #: The boxes of a ``users`` column (VARCHAR): kept whole, however long, and said
        #: right under while longer than the column keeps (Create user waits meanwhile).
        self.limits: dict[str, LengthLimit] = {}
        for key, line, column in (
            ("first_name", self.ui.firstNameEdit, "first_name"),
            ("last_name", self.ui.lastNameEdit, "last_name"),
            ("position", self.ui.positionEdit, "position"),
            ("employee_number", self.ui.employeeNumberEdit, "employee_id"),
        ):
            limit = LengthLimit(line, text_limit("users", column) or 0)
            row, _role = form.getWidgetPosition(line)
            form.insertRow(row + 1, "", limit.sentence)
            self.limits[key] = limit
        self.ui.emailEdit.setFocus()
        worker.submit(
            lambda session: users.departments(session.connection()), self._on_departments_loaded
        )

    @classmethod
    def open_for(cls, parent: QWidget, worker: DbWorker) -> NewUserDialog:
        """Show the dialog over ``parent`` without blocking; ``succeeded`` says when the
        user exists."""
        dialog = cls(worker, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_departments_loaded(self, found: list[users.Department]) -> None:
        combo = self.ui.departmentCombo
        for department in found:
            combo.addItem(f"{department.name} ({department.code})", department.code)

    def accept(self) -> None:
        # A box too long (its sentence is under it): nothing is sent, the focus goes to
        # the first such box, every value stays as typed.
        if any(limit.holds_back() for limit in self.limits.values()):
            return
        password = self.ui.passwordEdit.text()
        try:
            users.check_new_password(password, self.ui.passwordAgainEdit.text())
        except InvalidInput as refused:
            self.clear_errors()
            self.show_refusal(refused)
            return
        first = self.ui.firstNameEdit.text().strip()
        last = self.ui.lastNameEdit.text().strip()
        email = self.ui.emailEdit.text().strip().lower()
        role = Role(self.ui.roleCombo.currentData())
        task = in_transaction(
            functools.partial(
                users.create_user,
                email=email,
                first_name=first,
                last_name=last,
                role=role.value,
                password=password,
                department_code=self.ui.departmentCombo.currentData(),
                employee_number=self.ui.employeeNumberEdit.text(),
                position=self.ui.positionEdit.text(),
            )
        )
        done = (
            self.tr("%1 can now log in as %2 (%3).")
            .replace("%1", f"{first} {last}")
            .replace("%2", email)
            .replace("%3", role_text(role))
        )
        self.run(task, lambda _id: done, busy_text=self.tr("Creating…"))
