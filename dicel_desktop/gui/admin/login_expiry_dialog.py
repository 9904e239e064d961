"""Login expiry: the day a user's login is refused from (PostgreSQL's VALID UNTIL), or
none (admin40). An expired login reads a wrong password's words at login; before this
only a superuser's ALTER ROLE could remove the expiry. The database's
``dicel_set_login_expiry`` (migration 0140) is an administrator's, and refuses a moment
already past (Deactivate… is for now)."""

from __future__ import annotations

import datetime as dt
import functools

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QWidget

from dicel_desktop.gui.admin.action_dialog import ActionDialog, in_transaction
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.locale_writing import date_pattern
from dicel_desktop.gui.translations import day_in_words
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import users
from dicel_desktop.services.users import UserSummary


class LoginExpiryDialog(ActionDialog):
    """Asks for the day ``user``'s login expires, or no expiry; :meth:`open_for` shows it."""

    def __init__(self, worker: DbWorker, user: UserSummary, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.user = user
        self.setWindowTitle(self.tr("Login expiry"))
        if user.valid_until is None:
            now = self.tr("%1's login has no expiry.").replace("%1", user.full_name)
        else:
            # The company's day, as it was saved (the start of that day in the company's
            # zone): not this desktop's, a day earlier west of it (review40 #3).
            when = day_in_words(user.expires_on or user.valid_until.date())
            past = self.tr("%1's login expired on %2: it is refused at login.")
            coming = self.tr("%1's login expires on %2.")
            now = (past if user.expired else coming).replace("%1", user.full_name)
            now = now.replace("%2", when)
        form = self.lay_out(
            now
            + " "
            + self.tr(
                "From the start of the day chosen, the login is refused with the words of a "
                "wrong password. To stop it logging in now, deactivate the user instead."
            ),
            self.tr("&Save"),
            cancel_text=self.tr("C&ancel"),
        )
        self.no_expiry = QCheckBox(self.tr("&No expiry"))
        self.no_expiry.setObjectName("noExpiry")
        form.addRow("", self.no_expiry)
        self.until_edit = QDateEdit()
        self.until_edit.setObjectName("expiresOn")
        self.until_edit.setCalendarPopup(True)
        # Written as every date field writes it ("16/01/2027"; eye40 #4).
        self.until_edit.setDisplayFormat(date_pattern())
        # Tomorrow is the company's, as the database counts the expiry's day.
        today = user.company_today or dt.date.today()
        tomorrow = QDate(today.year, today.month, today.day).addDays(1)
        self.until_edit.setMinimumDate(tomorrow)
        shown = user.expires_on
        self.until_edit.setDate(
            QDate(shown.year, shown.month, shown.day)
            if shown and not user.expired
            else tomorrow.addMonths(3)
        )
        self.add_checked_row(form, "until", self.until_edit, self.tr("&Expires on:"))
        # An expired login opens on "No expiry": letting it in again is the usual errand.
        self.no_expiry.setChecked(user.valid_until is None or user.expired)
        self.no_expiry.toggled.connect(self._on_no_expiry_toggled)
        self._on_no_expiry_toggled()
        self.no_expiry.setFocus()

    @classmethod
    def open_for(cls, parent: QWidget, worker: DbWorker, user: UserSummary) -> LoginExpiryDialog:
        """Show the dialog over ``parent`` without blocking; ``succeeded`` says when done."""
        dialog = cls(worker, user, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @slot_while_whole(keeps="user")
    def _on_no_expiry_toggled(self) -> None:
        self.until_edit.setEnabled(not self.no_expiry.isChecked())
        self.clear_error("until")

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        self.no_expiry.setEnabled(not busy)
        if not busy:
            self.until_edit.setEnabled(not self.no_expiry.isChecked())

    def accept(self) -> None:
        until = None if self.no_expiry.isChecked() else self.until_edit.date().toPython()
        task = in_transaction(
            functools.partial(users.set_login_expiry, email=self.user.email, until=until)
        )
        if until is None:
            done = self.tr("%1's login has no expiry now.").replace("%1", self.user.full_name)
        else:
            done = (
                self.tr("%1's login is refused from %2 on.")
                .replace("%1", self.user.full_name)
                .replace("%2", day_in_words(until))
            )
        self.run(task, lambda _none: done, busy_text=self.tr("Saving…"))
