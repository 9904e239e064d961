"""The login window: server, e-mail, password, "remember me"; in demo mode, the demo users.

The login itself (``services.auth.login``), like the keyring calls, runs on the window's
own DB worker (one without sessions: none exists yet), as the tasks of
``gui/login_tasks.py``, which also words a failed attempt; this window only shows a busy
line and emits :attr:`LoginWindow.logged_in` with the logged-in person.
Nothing here imports SQLAlchemy or psycopg: the window must paint before they load. What
only a click needs (the profile dialog, message boxes) is imported on that click.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QTreeWidgetItem, QWidget

from dicel_desktop.config import (
    ConnectionProfile,
    LoadedProfiles,
    ProfileProblem,
    read_profiles,
    save_user_profiles,
)
from dicel_desktop.domain.errors import InvalidCredentials
from dicel_desktop.gui import credentials, demo_users
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.forms.ui_login_window import Ui_LoginWindow
from dicel_desktop.gui.login_tasks import (
    LoginAttempt,
    LoginResult,
    describe_error,
    load_password,
    log_in,
)
from dicel_desktop.gui.theme import error_style
from dicel_desktop.gui.worker import DbWorker

_NOTE_STYLE = ""
#: The list of profile problems takes at most this share of the screen's height; a longer
#: one scrolls (a dozen broken profiles must not push the form off the screen).
_PROBLEMS_SHARE = 0.4


@dataclass(frozen=True)
class DemoReady:
    """What the login window needs once the demo database runs."""

    profile: ConnectionProfile
    #: DemoUser-like objects: ``email``, ``name``, ``role``, ``department``.
    users: Sequence[Any]
    password: str


class LoginWindow(QWidget):
    """The first window. Emits :attr:`logged_in` once a person has logged in.

    ``profiles``: the servers to offer; None reads the profile files after the first
    paint. Demo mode gets its one server through :meth:`set_demo_ready`. ``settings``:
    where the last server and e-mail are kept (tests pass their own).
    ``user_profiles_file``: where "Add…" saves (None: the user's config folder).
    """

    #: The person logged in: services.auth.LoggedIn (engine, user id, name, role, e-mail).
    logged_in = Signal(object)
    #: The window painted for the first time (startup defers heavy work until then).
    first_painted = Signal()
    #: A login attempt ended without success; the argument is the sentence shown.
    login_failed = Signal(str)
    #: The keyring check is done: remember_me is then enabled or disabled for good.
    keyring_checked = Signal(bool)

    def __init__(
        self,
        profiles: LoadedProfiles | None = None,
        *,
        demo: bool = False,
        settings: QSettings | None = None,
        user_profiles_file: Path | None = None,
        application_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginWindow()
        self.ui.setupUi(self)
        title_font = self.ui.titleLabel.font()  # the desktop's size, scaled: never fixed
        title_font.setPointSizeF(title_font.pointSizeF() * 2)
        self.ui.titleLabel.setFont(title_font)
        self.demo = demo
        self._settings = settings if settings is not None else QSettings()
        self._user_profiles_file = user_profiles_file
        self._application_name = application_name
        self._painted = False
        self._busy = False
        self._keyring_ok = False
        self._demo_ready: DemoReady | None = None
        self._pending_login = False
        #: (server, e-mail) the password field was filled for from the keyring, if it was.
        self._autofilled_for: tuple[str, str] | None = None
        # No session exists yet: the worker calls its tasks without one.
        self._worker = DbWorker(parent=self)
        self._profiles: list[ConnectionProfile] = []
        self._profiles_given = False
        self._keyring_started = False
        self._problems: list[ProfileProblem] = []

        self.ui.busyBar.hide()
        self.ui.messageLabel.hide()
        self._add_problems_area()
        self.ui.rememberCheck.setEnabled(False)
        self.ui.rememberCheck.setToolTip(self.tr("Checking this computer's password store…"))

        self.ui.loginButton.clicked.connect(self._on_login_clicked)
        self.ui.emailEdit.returnPressed.connect(self._on_login_clicked)
        self.ui.passwordEdit.returnPressed.connect(self._on_login_clicked)
        self.ui.emailEdit.editingFinished.connect(self._on_email_editing_finished)
        self.ui.emailEdit.textEdited.connect(self._on_email_edited)
        self.ui.profileCombo.currentIndexChanged.connect(self._on_profile_changed)
        self.ui.addProfileButton.clicked.connect(self._on_add_profile_clicked)
        self.ui.removeProfileButton.clicked.connect(self._on_remove_profile_clicked)
        self.ui.demoUsersTree.itemActivated.connect(self._on_demo_user_activated)

        if demo:
            self._set_up_demo()
        else:
            self.ui.demoPanel.hide()
            self.adjustSize()  # the form alone: narrower than the Designer size
            self.ui.emailEdit.setText(self._settings.value("login/email", "", type=str))
            if profiles is not None:
                self.set_profiles(profiles)
            # Typing starts in what is asked of the person: their e-mail, or their
            # password when the e-mail is remembered; the server is chosen already (and
            # is a click, or Alt+S, away).
            start = self.ui.passwordEdit if self.ui.emailEdit.text() else self.ui.emailEdit
            start.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----------------------------------------------------------------- setup

    def _set_up_demo(self) -> None:
        self.setWindowTitle(self.tr("DICEL ERP — Demo company"))
        self.ui.subtitleLabel.setText(
            self.tr("Demo mode: a made-up company, on this computer only.")
        )
        # One server, on this computer; passwords are on the screen anyway.
        self.ui.formLayout.setRowVisible(self.ui.profileLabel, False)
        self.ui.formLayout.setRowVisible(self.ui.rememberCheck, False)
        self.ui.demoHintLabel.setText(
            self.tr("The demo users appear here once the demo database has started.")
        )

    def _add_problems_area(self) -> None:
        """A place of its own, under the attempt's message, for what was wrong in the
        profile files: it stays through login attempts (they replace the message only)
        and scrolls when long. Made here, not in Designer: it is filled only in code."""
        self.problemsLabel = QLabel(self.ui.formPanel)
        self.problemsLabel.setObjectName("problemsLabel")
        self.problemsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problemsLabel.setStyleSheet(error_style(self.palette()))
        self.problemsLabel.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.problemsArea = QScrollArea(self.ui.formPanel)
        self.problemsArea.setObjectName("problemsArea")
        self.problemsArea.setFrameShape(QFrame.Shape.NoFrame)
        self.problemsArea.setWidgetResizable(True)
        self.problemsArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problemsArea.setWidget(self.problemsLabel)
        self.problemsArea.hide()
        layout = self.ui.formPanelLayout
        layout.insertWidget(layout.indexOf(self.ui.messageLabel) + 1, self.problemsArea)
        # The fields keep their height whatever the messages under them need: the window
        # grows instead (_fit_to_contents).
        for edit in (self.ui.emailEdit, self.ui.passwordEdit, self.ui.profileCombo):
            edit.setMinimumHeight(edit.sizeHint().height())

    def set_profiles(self, loaded: LoadedProfiles) -> None:
        """Offer these servers (selecting the one used last) and show what was wrong."""
        self._profiles_given = True
        self._profiles = list(loaded.profiles)
        self._problems = list(loaded.problems)
        self._fill_profile_combo(self._settings.value("login/profile", "", type=str))
        self._show_profile_problems()

    def _fill_profile_combo(self, select_name: str) -> None:
        combo = self.ui.profileCombo
        combo.blockSignals(True)
        combo.clear()
        for profile in self._profiles:
            combo.addItem(profile.name)
            tip = f"{profile.host}:{profile.port} / {profile.database}"
            if profile.source is not None:
                tip += "\n" + self.tr("From {file}").format(file=profile.source)
            combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        names = [p.name for p in self._profiles]
        combo.setCurrentIndex(names.index(select_name) if select_name in names else 0)
        combo.blockSignals(False)
        self._on_profile_changed()

    def _show_profile_problems(self) -> None:
        if not self._profiles:
            self._show_message(
                self.tr(
                    "No server is set up on this computer yet. Click “Add…” and enter the "
                    "details IT gave you, or ask IT to install the site profile (dicel.toml)."
                ),
                error=False,
            )
        if not self._problems:
            self.problemsArea.hide()
            return
        lines = "\n".join(f"• {problem}" for problem in self._problems)
        text = self.tr("Some server settings could not be used; tell IT:") + "\n" + lines
        self.problemsLabel.setText(text)
        self.problemsArea.show()
        self._fit_to_contents()

    def _fit_to_contents(self) -> None:
        """Grow the window to show the messages whole (up to the screen's height)."""
        screen = self.screen().availableGeometry().height() if self.screen() else 800
        # The area spans the form's width (its viewport's own is not laid out yet).
        self.ui.formPanel.layout().activate()
        wanted = self.problemsLabel.heightForWidth(max(self.ui.formPanel.width(), 200))
        cap = int(screen * _PROBLEMS_SHARE)
        # A scroll bar only when the list cannot fit: one shown for a moment while the
        # window grows would narrow the text, which then no longer fits, and it stays.
        self.problemsArea.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if wanted > cap
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.problemsArea.setMinimumHeight(min(wanted, cap))
        layout = self.layout()
        layout.activate()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
        else:
            needed = layout.totalSizeHint().height()
        needed = max(needed, layout.totalMinimumSize().height())
        if needed > self.height():
            self.resize(self.width(), min(needed, int(screen * 0.9)))

    # ----------------------------------------------------------------- startup hooks

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After this paint reaches the screen, not during it.
            QTimer.singleShot(0, self, self.first_painted.emit)  # not once deleted

    def start_deferred_work(self) -> None:
        """What waits for the first paint: reading the profile files (when none were
        given; platformdirs and tomllib take ~20 ms to import), the keyring check and the
        remembered password."""
        if self.demo:
            return
        if not self._profiles_given:
            self.set_profiles(read_profiles())
        if not self._keyring_started:
            self._keyring_started = True
            self._worker.submit(credentials.keyring_available, self._on_keyring_checked)

    @Slot(bool)
    def show_demo_starting(self, first_run: bool) -> None:
        """The demo database is being started (or, on first run, created and filled)."""
        if first_run:
            text = self.tr("Creating the demo company (first run only; about a minute)…")
        else:
            text = self.tr("Starting the demo database…")
        self._set_status(text, busy=True)

    @Slot(str)
    def show_demo_progress(self, step: str) -> None:
        """A step of filling the demo company ("loading tables"): the first run's minutes."""
        self._set_status(
            self.tr("Creating the demo company (first run only; about a minute): {step}…").format(
                step=step
            ),
            busy=True,
        )

    @Slot(object)
    def set_demo_ready(self, ready: DemoReady) -> None:
        """The demo database runs: list its users and log in if the person already asked."""
        self._demo_ready = ready
        self._profiles = [ready.profile]
        self._fill_profile_combo(ready.profile.name)
        self._fill_demo_users(ready.users, ready.password)
        self._set_status(self.tr("The demo database is ready."), busy=False)
        if self._pending_login:
            self._pending_login = False
            self._on_login_clicked()

    @Slot(str)
    def set_demo_failed(self, message: str) -> None:
        self._pending_login = False
        self._set_status("", busy=False)
        self._show_message(
            self.tr("The demo database could not be started.") + "\n" + message, error=True
        )
        self.ui.loginButton.setEnabled(False)

    def _fill_demo_users(self, users: Sequence[Any], password: str) -> None:
        import html

        demo_users.fill(self.ui.demoUsersTree, users)
        self.ui.demoHintLabel.setText(
            self.tr(
                "Every demo user's password is <b>{password}</b>.<br>"
                "Double-click a person to fill in their login."
            ).format(password=html.escape(password))
        )
        # Grow the list (and the window) to show everyone, within half the screen.
        screen = self.screen().availableGeometry()
        self.ui.demoUsersTree.setMinimumSize(
            demo_users.full_size(self.ui.demoUsersTree).boundedTo(screen.size() / 2)
        )
        self.layout().activate()  # so that minimumSizeHint() counts the new minimum
        self.resize(self.size().expandedTo(self.minimumSizeHint()))

    # ----------------------------------------------------------------- slots

    def _on_keyring_checked(self, result: tuple[bool, str]) -> None:
        available, reason = result
        self._keyring_ok = available
        self.ui.rememberCheck.setEnabled(available)
        if available:
            self.ui.rememberCheck.setToolTip(
                self.tr("Your password is kept in this computer's password store.")
            )
            self.ui.rememberCheck.setChecked(
                self._settings.value("login/remember", False, type=bool)
            )
            self._load_remembered_password()
        else:
            self.ui.rememberCheck.setChecked(False)
            self.ui.rememberCheck.setToolTip(reason)
        self.keyring_checked.emit(available)

    @slot_while_whole(keeps="ui")
    def _on_profile_changed(self) -> None:
        profile = self.current_profile()
        self.ui.removeProfileButton.setEnabled(bool(profile and profile.user_defined))
        self.ui.loginButton.setEnabled(profile is not None or self.demo)
        self._forget_autofilled_password()
        self._load_remembered_password()

    @slot_while_whole(keeps="ui")
    def _on_email_edited(self) -> None:
        self._forget_autofilled_password()

    @slot_while_whole(keeps="ui")
    def _on_email_editing_finished(self) -> None:
        self._load_remembered_password()

    @slot_while_whole(keeps="ui")
    def _on_add_profile_clicked(self) -> None:
        from dicel_desktop.gui.profile_dialog import ProfileDialog

        profile = ProfileDialog.ask(self, [p.name for p in self._profiles])
        if profile is None:
            return
        self._add_user_profile(profile)

    def _add_user_profile(self, profile: ConnectionProfile) -> None:
        own = [p for p in self._profiles if p.user_defined]
        try:
            path = save_user_profiles([*own, profile], self._user_profiles_file)
        except OSError as exc:
            self._show_message(
                self.tr("The server could not be saved: {reason}").format(
                    reason=exc.strerror or exc
                ),
                error=True,
            )
            return
        self._profiles.append(replace(profile, source=path, user_defined=True))
        if not self._problems:
            self.ui.messageLabel.hide()
        self._fill_profile_combo(profile.name)

    @slot_while_whole(keeps="ui")
    def _on_remove_profile_clicked(self) -> None:
        profile = self.current_profile()
        if profile is None or not profile.user_defined:
            return
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Remove server"),
            self.tr("Remove the server “{name}” from this list?").format(name=profile.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_user_profile(profile)

    def remove_user_profile(self, profile: ConnectionProfile) -> None:
        """Remove a profile the person added (not one of IT's) and save the rest."""
        remaining = [p for p in self._profiles if p.user_defined and p is not profile]
        try:
            save_user_profiles(remaining, self._user_profiles_file)
        except OSError as exc:
            self._show_message(
                self.tr("The list of servers could not be saved: {reason}").format(
                    reason=exc.strerror or exc
                ),
                error=True,
            )
            return
        self._profiles = [p for p in self._profiles if p is not profile]
        self._fill_profile_combo("")

    @slot_while_whole(QTreeWidgetItem, int, keeps="ui")
    def _on_demo_user_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        user = demo_users.user_at(item)
        if user is None or self._demo_ready is None:
            return
        self.ui.emailEdit.setText(user.email)
        self.ui.passwordEdit.setText(self._demo_ready.password)
        self.ui.messageLabel.hide()
        self.ui.loginButton.setFocus()

    @slot_while_whole(keeps="ui")
    def _on_login_clicked(self) -> None:
        if self._busy:
            return
        email = self.ui.emailEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not email:
            self._refuse(self.tr("Enter your e-mail address."), self.ui.emailEdit)
            return
        if not password:
            self._refuse(self.tr("Enter your password."), self.ui.passwordEdit)
            return
        if self.demo and self._demo_ready is None:
            # The server is still starting: log in as soon as it is up.
            self._pending_login = True
            self._set_status(
                self.tr("Starting the demo database… you will be logged in when it is ready."),
                busy=True,
            )
            return
        profile = self.current_profile()
        if profile is None:
            self._refuse(self.tr("Choose a server first (or add one)."), self.ui.profileCombo)
            return
        remember = self._keyring_ok and self.ui.rememberCheck.isChecked() and not self.demo
        attempt = LoginAttempt(profile, email, password, remember)
        self.ui.messageLabel.hide()
        self._set_busy(True)
        self._set_status(self.tr("Connecting to {name}…").format(name=profile.name), busy=True)
        self._worker.submit(
            partial(log_in, attempt, self._application_name),
            self._on_login_call_succeeded,
            self._on_login_call_failed,
        )

    def _on_login_call_succeeded(self, result: LoginResult) -> None:
        self._set_busy(False)
        profile = self.current_profile()
        self._set_status(self.tr("Logged in."), busy=False)
        if not self.demo and profile is not None:
            self._settings.setValue("login/profile", profile.name)
            self._settings.setValue("login/email", self.ui.emailEdit.text().strip())
            if self._keyring_ok:
                self._settings.setValue("login/remember", self.ui.rememberCheck.isChecked())
        if result.remember_problem:
            self._show_remember_problem(result.remember_problem)
        self.ui.passwordEdit.clear()
        # The status bar names the place by the profile (the server goes in its tooltip).
        place = self.tr("Demo company") if self.demo else (profile.name if profile else "")
        self.logged_in.emit(replace(result.logged_in, place=place))

    def _on_login_call_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._set_status("", busy=False)
        text = describe_error(exc)  # the worker logged it, with its traceback if unexpected
        self._show_message(text, error=True)
        if isinstance(exc, InvalidCredentials):
            self.ui.passwordEdit.selectAll()
            self.ui.passwordEdit.setFocus()
        self.login_failed.emit(text)

    # ----------------------------------------------------------------- helpers

    def current_profile(self) -> ConnectionProfile | None:
        index = self.ui.profileCombo.currentIndex()
        return self._profiles[index] if 0 <= index < len(self._profiles) else None

    def profiles(self) -> list[ConnectionProfile]:
        return list(self._profiles)

    def is_idle(self) -> bool:
        """No work of this window is queued or running (for tests and a clean exit)."""
        return not self._worker.is_busy

    def finish_work(self, timeout: float) -> None:
        """At exit: let a keyring call or a login in flight end (at most ``timeout``
        seconds: a keyring stuck on D-Bus must not keep a closed program alive), then stop
        the window's worker."""
        self._worker.wait(timeout)
        self._worker.shutdown()

    def _load_remembered_password(self) -> None:
        profile = self.current_profile()
        email = self.ui.emailEdit.text().strip()
        if not (self._keyring_ok and profile and email) or self.ui.passwordEdit.text():
            return
        if not self.ui.rememberCheck.isChecked():
            return
        self._worker.submit(partial(load_password, profile, email), self._on_password_loaded)

    def _on_password_loaded(self, result: tuple[tuple[str, str], str | None]) -> None:
        wanted, password = result
        profile = self.current_profile()
        now = (profile.server_key, self.ui.emailEdit.text().strip().lower()) if profile else None
        # The person may have changed server or e-mail, or typed, while the keyring answered.
        if not password or wanted != now or self.ui.passwordEdit.text():
            return
        self.ui.passwordEdit.setText(password)
        self._autofilled_for = now

    def _forget_autofilled_password(self) -> None:
        if self._autofilled_for is not None:
            self._autofilled_for = None
            self.ui.passwordEdit.clear()

    def _refuse(self, text: str, focus: QWidget) -> None:
        self._show_message(text, error=True)
        focus.setFocus()

    def _show_message(self, text: str, *, error: bool) -> None:
        self.ui.messageLabel.setStyleSheet(error_style(self.palette()) if error else _NOTE_STYLE)
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.show()
        self._fit_to_contents()

    def message(self) -> str:
        """The messages shown under the form ("" when none): what a person reads (the
        attempt's, then the profile problems)."""
        shown = [
            label.text()
            for label, holder in (
                (self.ui.messageLabel, self.ui.messageLabel),
                (self.problemsLabel, self.problemsArea),
            )
            if not holder.isHidden()
        ]
        return "\n\n".join(shown)

    def status(self) -> str:
        return self.ui.statusLabel.text()

    def _set_status(self, text: str, *, busy: bool) -> None:
        self.ui.statusLabel.setText(text)
        self.ui.busyBar.setVisible(busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.ui.profileCombo,
            self.ui.addProfileButton,
            self.ui.emailEdit,
            self.ui.passwordEdit,
            self.ui.loginButton,
            self.ui.demoUsersTree,
        ):
            widget.setEnabled(not busy)
        self.ui.rememberCheck.setEnabled(not busy and self._keyring_ok)
        profile = self.current_profile()
        self.ui.removeProfileButton.setEnabled(not busy and bool(profile and profile.user_defined))

    def _show_remember_problem(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        # Not modal: the person is logged in; this must not stand between them and work.
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Password not remembered"), text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        self.remember_problem_box = box
