"""Change my password, for everyone (File menu): the current one, then the new one twice.

The current password is proved by logging in with it once more, on the DB worker (the
server is the only judge of a password), so a window left open on someone's desk cannot
be used to take their account. After the change the window's own connections use the new
password, and if the person had asked DICEL to remember their password, the OS keyring
holds the new one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from dicel_desktop.config import ConnectionProfile
from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.gui import credentials
from dicel_desktop.gui.admin.action_dialog import ActionDialog, password_field
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import auth, users


@dataclass(frozen=True)
class PasswordChanged:
    #: The keyring held the old password and now holds the new one.
    keyring_updated: bool
    #: Why the keyring could not be updated (a sentence), or None.
    keyring_problem: str | None = None


def change_my_password(
    session: Session, *, email: str, current_password: str, new_password: str
) -> PasswordChanged:
    """The DB worker's task: check, change, then point the engine and the keyring at the
    new password. The keyring may ask to be unlocked, so it is here, off the GUI thread."""
    connection = session.connection()
    users.change_own_password(
        connection, new_password=new_password, current_password=current_password
    )
    engine = connection.engine
    session.commit()
    auth.use_password(engine, new_password)
    url = engine.url
    profile = ConnectionProfile(
        name="", host=url.host or "", port=url.port or 5432, database=url.database or ""
    )
    if credentials.load_password(profile, email) is None:
        return PasswordChanged(keyring_updated=False)
    try:
        credentials.save_password(profile, email, new_password)
    except credentials.CredentialStoreError as exc:
        return PasswordChanged(keyring_updated=False, keyring_problem=str(exc))
    return PasswordChanged(keyring_updated=True)


class ChangePasswordDialog(ActionDialog):
    """Asks for the current password and the new one twice; :meth:`open_for` shows it."""

    def __init__(self, worker: DbWorker, email: str, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.email = email
        self.setWindowTitle(self.tr("Change my password"))
        form = self.lay_out(
            self.tr(
                "You log in as %1. Type your current password, then the new one twice. "
                "It takes effect at once."
            ).replace("%1", email),
            self.tr("Change &password"),
            cancel_text=self.tr("Canc&el"),
        )
        self.current_edit = password_field()
        self.password_edit = password_field(
            self.tr("At least %1 characters").replace("%1", str(users.MIN_PASSWORD_LENGTH))
        )
        self.again_edit = password_field()
        self.add_checked_row(
            form, "current_password", self.current_edit, self.tr("&Current password:")
        )
        self.add_checked_row(form, "password", self.password_edit, self.tr("&New password:"))
        self.add_checked_row(form, "password_again", self.again_edit, self.tr("&Again:"))
        self.current_edit.setFocus()

    @classmethod
    def open_for(cls, parent: QWidget, worker: DbWorker, email: str) -> ChangePasswordDialog:
        """Show the dialog over ``parent`` without blocking; ``succeeded`` says when done."""
        dialog = cls(worker, email, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def accept(self) -> None:
        current = self.current_edit.text()
        new = self.password_edit.text()
        self.clear_errors()
        if not current:
            self.show_error("current_password", self.tr("Type the password you logged in with."))
            return
        try:
            users.check_new_password(new, self.again_edit.text())
        except InvalidInput as refused:
            self.show_refusal(refused)
            return
        if new == current:
            self.show_error("password", self.tr("The new password is the same as the current one."))
            return
        email = self.email

        def task(session: Session) -> PasswordChanged:
            return change_my_password(
                session, email=email, current_password=current, new_password=new
            )

        self.run(task, self._done_text, busy_text=self.tr("Changing…"))

    def _done_text(self, result: PasswordChanged) -> str:
        text = self.tr("Your password was changed; use the new one from now on.")
        if result.keyring_updated:
            text += " " + self.tr("The password DICEL remembers for you was updated too.")
        elif result.keyring_problem:
            text += " " + self.tr(
                "DICEL could not update the password it remembers for you (%1): type the "
                "new one at your next login."
            ).replace("%1", result.keyring_problem)
        return text
