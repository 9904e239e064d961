"""File > Change my password…: for everyone, checked against the server, and the window,
its connections and the remembered password all follow the new one."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

import pytest
from helpers import WAIT_MS
from keyring_fakes import LockedKeyring, MemoryKeyring, use_keyring
from logins import Logins, Person
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from dicel_desktop.config import ConnectionProfile
from dicel_desktop.domain.errors import InvalidCredentials
from dicel_desktop.gui import credentials
from dicel_desktop.gui.admin.change_password_dialog import ChangePasswordDialog
from dicel_desktop.gui.export_dialog import ExportRun
from dicel_desktop.gui.main_window import MainWindow
from dicel_desktop.services import my_work
from dicel_desktop.services.auth import LoggedIn, login
from dicel_desktop.services.export import ExportFormat, ExportResult
from dicel_desktop.services.listing import ListQuery

NEW = "Brand-new-pass-7"


@pytest.fixture
def server(db_dsn: str) -> tuple[str, int, str]:
    parts = urlsplit(db_dsn)
    return parts.hostname or "127.0.0.1", parts.port or 5432, parts.path.lstrip("/")


@pytest.fixture
def profile(server) -> ConnectionProfile:
    host, port, database = server
    return ConnectionProfile(name="Head office", host=host, port=port, database=database)


@pytest.fixture
def open_window(qtbot, tmp_path, server) -> Iterator[Callable[[Person], MainWindow]]:
    windows: list[MainWindow] = []

    def open_window(person: Person) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(login(*server, person.email, person.password), settings=settings)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        return window

    yield open_window
    for window in windows:
        window.close()


def _open_dialog(window: MainWindow) -> ChangePasswordDialog:
    window.action_change_password.trigger()
    dialogs = window.findChildren(ChangePasswordDialog)
    assert len(dialogs) == 1
    return dialogs[0]


def _fill(dialog: ChangePasswordDialog, current: str, new: str, again: str | None = None) -> None:
    dialog.current_edit.setText(current)
    dialog.password_edit.setText(new)
    dialog.again_edit.setText(new if again is None else again)


def _can_log_in(server, email: str, password: str) -> bool:
    try:
        session: LoggedIn = login(*server, email, password)
    except InvalidCredentials:
        return False
    session.close()
    return True


def test_everyone_changes_their_own_password_from_the_file_menu(
    qtbot, logins: Logins, open_window, server
):
    clerk = logins.person("employee")
    window = open_window(clerk)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.action_change_password in file_menu.actions()

    dialog = _open_dialog(window)
    _fill(dialog, clerk.password, NEW)
    dialog.accept()
    qtbot.waitUntil(lambda: window.notice is not None, timeout=WAIT_MS)
    assert window.notice.text() == "Your password was changed; use the new one from now on."
    qtbot.waitUntil(lambda: not window.findChildren(ChangePasswordDialog), timeout=WAIT_MS)
    assert _can_log_in(server, clerk.email, NEW)
    assert not _can_log_in(server, clerk.email, clerk.password)

    # The window's own new connections log in with the new password.
    window.logged_in.engine.dispose()
    answered = []
    window.worker.submit(my_work.ping, answered.append, answered.append)
    qtbot.waitUntil(lambda: answered != [], timeout=WAIT_MS)
    assert answered == [True]


def test_a_wrong_current_password_changes_nothing_and_says_so_beside_it(
    qtbot, logins: Logins, open_window, server
):
    clerk = logins.person("finance")
    window = open_window(clerk)
    dialog = _open_dialog(window)

    _fill(dialog, "", NEW)
    dialog.accept()
    assert dialog.error_text("current_password") == "Type the password you logged in with."

    _fill(dialog, clerk.password, NEW, again=NEW + "x")
    dialog.accept()
    assert dialog.error_text("password_again") == "The two passwords are not the same."

    _fill(dialog, clerk.password, clerk.password)
    dialog.accept()
    assert dialog.error_text("password") == "The new password is the same as the current one."

    _fill(dialog, "not-my-password", NEW)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.error_text("current_password") != "", timeout=WAIT_MS)
    assert dialog.error_text("current_password") == (
        "Your current password is not the one typed. Type the password you logged in with."
    )
    assert dialog.isVisible() and window.notice is None
    assert _can_log_in(server, clerk.email, clerk.password)
    assert not _can_log_in(server, clerk.email, NEW)
    dialog.reject()


def test_a_remembered_password_is_replaced_in_the_keyring(
    qtbot, logins: Logins, open_window, profile: ConnectionProfile
):
    clerk = logins.person("hr")
    other = logins.person("sales")
    with use_keyring(MemoryKeyring()) as store:
        credentials.save_password(profile, clerk.email, clerk.password)
        window = open_window(clerk)
        dialog = _open_dialog(window)
        _fill(dialog, clerk.password, NEW)
        dialog.accept()
        qtbot.waitUntil(lambda: window.notice is not None, timeout=WAIT_MS)
        assert "The password DICEL remembers for you was updated too." in window.notice.text()
        assert credentials.load_password(profile, clerk.email) == NEW

        # Someone who never asked DICEL to remember gets nothing stored.
        window = open_window(other)
        dialog = _open_dialog(window)
        _fill(dialog, other.password, NEW)
        dialog.accept()
        qtbot.waitUntil(lambda: window.notice is not None, timeout=WAIT_MS)
        assert "remembers" not in window.notice.text()
        assert credentials.load_password(profile, other.email) is None
        assert len(store.passwords) == 1


def test_a_keyring_that_refuses_does_not_undo_the_change(
    qtbot, logins: Logins, open_window, server
):
    clerk = logins.person("it")
    with use_keyring(LockedKeyring()):
        window = open_window(clerk)
        dialog = _open_dialog(window)
        _fill(dialog, clerk.password, NEW)
        dialog.accept()
        qtbot.waitUntil(lambda: window.notice is not None, timeout=WAIT_MS)
    assert window.notice.icon() == QMessageBox.Icon.Information
    assert _can_log_in(server, clerk.email, NEW)


def test_an_export_after_the_change_logs_in_with_the_new_password(
    qtbot, logins: Logins, open_window, tmp_path
):
    accountant = logins.person("finance")
    window = open_window(accountant)
    dialog = _open_dialog(window)
    _fill(dialog, accountant.password, NEW)
    dialog.accept()
    qtbot.waitUntil(lambda: window.notice is not None, timeout=WAIT_MS)

    # An export runs in a process of its own, which opens a connection of its own.
    path = tmp_path / "transactions.csv"
    query = ListQuery("transactions", ("reference_number", "description"))
    run = ExportRun(window.worker, query, path, ExportFormat.CSV, window)
    outcome: list[object] = []
    run.finished.connect(outcome.append)
    run.failed.connect(outcome.append)
    run.start()
    qtbot.waitUntil(lambda: outcome != [], timeout=WAIT_MS)
    assert isinstance(outcome[0], ExportResult), outcome[0]
    assert path.read_text(encoding="utf-8-sig").splitlines()[0] == ("Reference number,Description")
