"""The login window against a real database: success, each failure, remember me, demo mode.

Every test installs a keyring of its own (keyring_fakes), so none reads or writes the
password store of the machine running the tests, and QSettings go to a temp file.
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from helpers import admin_connect
from keyring_fakes import LockedKeyring, MemoryKeyring, no_keyring, use_keyring
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from dicel_desktop.config import ConnectionProfile, LoadedProfiles, ProfileProblem
from dicel_desktop.demo.showcase import DemoUser
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.login_window import DemoReady, LoginWindow

PASSWORD = "Correct-Horse-7"
SIGNAL_TIMEOUT_MS = 30_000


@dataclass
class Person:
    email: str
    profile: ConnectionProfile


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def store() -> Iterator[MemoryKeyring]:
    with use_keyring(MemoryKeyring()) as backend:
        yield backend


@pytest.fixture
def server(db_dsn: str) -> ConnectionProfile:
    params = conninfo_to_dict(db_dsn)
    host = str(params.get("host") or "")
    if not host or host.startswith("/"):
        pytest.skip("login tests need the test server on TCP (DICEL_TEST_DSN names a socket)")
    return ConnectionProfile("Test server", host, int(params.get("port") or 5432), params["dbname"])


@pytest.fixture
def superuser(db_dsn: str) -> Iterator[psycopg.Connection]:
    with admin_connect(db_dsn) as conn:
        yield conn


@pytest.fixture
def person(db_dsn: str, server: ConnectionProfile, superuser) -> Iterator[Person]:
    """A finance clerk who can log in; the login role (cluster-wide) is dropped after."""
    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.services.users import create_user

    email = f"clerk-{uuid.uuid4().hex[:10]}@test.dicel.rw"
    engine = make_engine(db_dsn, pool_pre_ping=False)
    try:
        with engine.begin() as conn:
            create_user(
                conn,
                email=email,
                first_name="Grace",
                last_name="Mukamana",
                role="finance",
                password=PASSWORD,
            )
    finally:
        engine.dispose()
    try:
        yield Person(email, server)
    finally:
        superuser.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (email,)
        )
        role = sql.Identifier(email)
        superuser.execute(sql.SQL("DROP OWNED BY {}").format(role))
        superuser.execute(sql.SQL("DROP ROLE {}").format(role))


@pytest.fixture
def make_window(qtbot, settings, tmp_path: Path):
    """Builds login windows; waits for their background calls before the test ends."""
    windows: list[LoginWindow] = []

    def make(profiles: list[ConnectionProfile] | LoadedProfiles | None = None, **kwargs):
        if isinstance(profiles, list):
            profiles = LoadedProfiles(profiles, [], None)
        kwargs.setdefault("settings", settings)
        kwargs.setdefault("user_profiles_file", tmp_path / "profiles.toml")
        window = LoginWindow(profiles, **kwargs)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        qtbot.waitUntil(window.is_idle, timeout=SIGNAL_TIMEOUT_MS)


def started(qtbot, window: LoginWindow) -> LoginWindow:
    """Show the window and let it do what waits for the first paint (the keyring check)."""
    with qtbot.waitSignal(window.keyring_checked, timeout=SIGNAL_TIMEOUT_MS):
        window.show()
        window.start_deferred_work()
    return window


def fill(window: LoginWindow, email: str, password: str) -> None:
    window.ui.emailEdit.setText(email)
    window.ui.passwordEdit.setText(password)


def log_in(qtbot, window: LoginWindow):
    """Click Log in and wait for the outcome: the logged-in person, or the message shown."""
    outcome = {}
    window.logged_in.connect(lambda who: outcome.setdefault("person", who))
    window.login_failed.connect(lambda text: outcome.setdefault("message", text))
    qtbot.mouseClick(window.ui.loginButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(outcome), timeout=SIGNAL_TIMEOUT_MS)
    person = outcome.get("person")
    if person is not None:
        person.close()  # its engine; the role is dropped after the test
    return person, outcome.get("message")


def double_click(qtbot, tree, item) -> None:
    """As a person does it: QTest's double-click alone lacks the first click, which
    QAbstractItemView needs to know what is being double-clicked."""
    where = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --------------------------------------------------------------------------- logging in


def test_a_person_logs_in_and_the_window_remembers_server_and_email(
    qtbot, make_window, person: Person, settings: QSettings, store
):
    window = started(qtbot, make_window([person.profile]))
    fill(window, person.email.upper(), PASSWORD)
    with qtbot.waitSignal(window.logged_in, timeout=SIGNAL_TIMEOUT_MS) as logged_in:
        qtbot.mouseClick(window.ui.loginButton, Qt.MouseButton.LeftButton)
        # While it connects: a busy line, and nothing to click twice.
        assert not window.ui.busyBar.isHidden()
        assert window.status() == "Connecting to Test server…"
        assert not window.ui.loginButton.isEnabled()
        assert not window.ui.passwordEdit.isEnabled()
    who = logged_in.args[0]
    try:
        assert (who.email, who.full_name, who.role) == (
            person.email,
            "Grace Mukamana",
            Role.FINANCE,
        )
    finally:
        who.close()
    assert window.message() == ""
    assert window.ui.passwordEdit.text() == ""  # not left behind in the window
    assert settings.value("login/profile") == "Test server"
    assert settings.value("login/email") == person.email.upper()
    assert store.passwords == {}  # "remember me" was not ticked


@pytest.mark.parametrize("email_kind", ["wrong password", "unknown e-mail"])
def test_a_wrong_password_and_an_unknown_email_get_the_same_words(
    qtbot, make_window, person: Person, email_kind: str, store
):
    window = started(qtbot, make_window([person.profile]))
    if email_kind == "wrong password":
        fill(window, person.email, "not-the-password")
    else:
        fill(window, f"nobody-{uuid.uuid4().hex[:8]}@test.dicel.rw", PASSWORD)
    who, message = log_in(qtbot, window)
    assert who is None
    assert message == window.message() == "The e-mail or password is incorrect."
    # Ready to type the password again.
    assert window.ui.loginButton.isEnabled()
    assert window.ui.passwordEdit.isEnabled()
    assert window.ui.busyBar.isHidden()
    assert window.ui.passwordEdit.selectedText() == window.ui.passwordEdit.text()


def test_an_unreachable_server_is_said_so(qtbot, make_window, store):
    port = free_port()
    window = started(qtbot, make_window([ConnectionProfile("Branch", "127.0.0.1", port)]))
    fill(window, "someone@dicel.rw", PASSWORD)
    who, message = log_in(qtbot, window)
    assert who is None
    assert message.startswith(f"Cannot reach the database server 127.0.0.1:{port}.")
    assert "tell IT" in message
    assert window.ui.passwordEdit.text() == PASSWORD  # the password was not the problem


def test_a_missing_database_is_said_so(qtbot, make_window, person: Person, store):
    profile = ConnectionProfile("Old name", person.profile.host, person.profile.port, "no_such_db")
    window = started(qtbot, make_window([profile]))
    fill(window, person.email, PASSWORD)
    _, message = log_in(qtbot, window)
    assert message == (
        f"The server {profile.host} has no database named no_such_db. "
        "Check the site profile, or tell IT."
    )


@pytest.mark.parametrize(
    ("revision", "words"),
    [("0002", ("older than this DICEL Desktop", "Ask IT to upgrade the database"))],
    ids=["database older"],
)
def test_a_database_of_another_version_is_said_so(
    qtbot, make_window, person: Person, superuser, revision: str, words, store
):
    superuser.execute("UPDATE alembic_version SET version_num = %s", (revision,))
    window = started(qtbot, make_window([person.profile]))
    fill(window, person.email, PASSWORD)
    who, message = log_in(qtbot, window)
    assert who is None
    assert message.startswith(f"The company database is at version {revision}, ")
    for phrase in words:
        assert phrase in message


def test_a_database_newer_than_the_client_lets_the_person_in_to_read(
    qtbot, make_window, person: Person, superuser, store
):
    superuser.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    window = started(qtbot, make_window([person.profile]))
    fill(window, person.email, PASSWORD)
    who, _message = log_in(qtbot, window)
    assert who is not None and who.read_only  # services.client_version: no writes


@pytest.mark.parametrize(
    ("email", "password", "message"),
    [("", PASSWORD, "Enter your e-mail address."), ("a@dicel.rw", "", "Enter your password.")],
)
def test_an_empty_field_is_asked_for_without_trying(
    qtbot, make_window, email: str, password: str, message: str, store
):
    window = started(qtbot, make_window([ConnectionProfile("Branch", "127.0.0.1", free_port())]))
    fill(window, email, password)
    qtbot.mouseClick(window.ui.loginButton, Qt.MouseButton.LeftButton)
    assert window.message() == message
    assert window.ui.busyBar.isHidden()
    assert window.is_idle()


# --------------------------------------------------------------------------- profiles


def test_without_any_profile_the_window_says_what_to_do_and_cannot_log_in(
    qtbot, make_window, store
):
    window = started(qtbot, make_window([]))
    assert window.message().startswith("No server is set up on this computer yet.")
    assert not window.ui.loginButton.isEnabled()


def test_what_was_wrong_in_a_profile_file_is_shown_with_file_and_line(qtbot, make_window, store):
    problem = ProfileProblem(Path("/etc/xdg/dicel-desktop/dicel.toml"), 7, "port must be ...")
    loaded = LoadedProfiles([ConnectionProfile("Head office", "db")], [problem], None)
    window = started(qtbot, make_window(loaded))
    assert "/etc/xdg/dicel-desktop/dicel.toml, line 7: port must be ..." in window.message()
    assert window.ui.loginButton.isEnabled()  # the good profile still works


def test_the_server_used_last_is_selected(qtbot, make_window, settings: QSettings, store):
    settings.setValue("login/profile", "Reports")
    profiles = [ConnectionProfile("Head office", "db"), ConnectionProfile("Reports", "db2")]
    window = make_window(profiles)
    assert window.current_profile() == profiles[1]


def test_a_server_added_by_the_person_is_saved_selected_and_can_be_removed(
    qtbot, make_window, monkeypatch, tmp_path: Path, store
):
    from dicel_desktop.config import read_profiles
    from dicel_desktop.gui.profile_dialog import ProfileDialog

    site = ConnectionProfile("Head office", "db.dicel.rw")
    window = started(qtbot, make_window([site]))
    assert not window.ui.removeProfileButton.isEnabled()  # IT's profile is not theirs to remove
    added = ConnectionProfile("Home lab", "192.168.1.20", 6543, user_defined=True)
    asked_with = []
    monkeypatch.setattr(
        ProfileDialog,
        "ask",
        classmethod(lambda cls, parent, taken: asked_with.append(taken) or added),
    )
    qtbot.mouseClick(window.ui.addProfileButton, Qt.MouseButton.LeftButton)

    assert asked_with == [["Head office"]]  # the dialog refuses names already taken
    assert window.ui.profileCombo.currentText() == "Home lab"
    assert window.ui.removeProfileButton.isEnabled()
    saved = read_profiles([], tmp_path / "profiles.toml")
    assert [(p.name, p.host, p.port) for p in saved.profiles] == [
        ("Home lab", "192.168.1.20", 6543)
    ]

    window.remove_user_profile(window.current_profile())
    assert [window.ui.profileCombo.itemText(i) for i in range(window.ui.profileCombo.count())] == [
        "Head office"
    ]
    assert read_profiles([], tmp_path / "profiles.toml").profiles == []


# --------------------------------------------------------------------------- remember me


def test_remember_me_keeps_the_password_in_the_keyring_and_fills_it_next_time(
    qtbot, make_window, person: Person, store: MemoryKeyring
):
    first = started(qtbot, make_window([person.profile]))
    assert first.ui.rememberCheck.isEnabled()
    fill(first, person.email, PASSWORD)
    first.ui.rememberCheck.setChecked(True)
    who, message = log_in(qtbot, first)
    assert who is not None, message
    assert list(store.passwords.values()) == [PASSWORD]

    # The next start: same server and e-mail, the password comes from the keyring.
    second = started(qtbot, make_window([person.profile]))
    assert second.ui.emailEdit.text() == person.email
    assert second.ui.rememberCheck.isChecked()
    qtbot.waitUntil(lambda: second.ui.passwordEdit.text() == PASSWORD, timeout=SIGNAL_TIMEOUT_MS)

    # Another e-mail typed in: the filled-in password was not theirs.
    second.ui.emailEdit.clear()
    qtbot.keyClicks(second.ui.emailEdit, "someone.else@dicel.rw")
    assert second.ui.passwordEdit.text() == ""

    # Logging in with the box unticked forgets the password.
    fill(second, person.email, PASSWORD)
    second.ui.rememberCheck.setChecked(False)
    who, message = log_in(qtbot, second)
    assert who is not None, message
    assert store.passwords == {}


def test_without_a_keyring_remember_me_is_disabled_with_the_reason(
    qtbot, make_window, person: Person
):
    with use_keyring(no_keyring()):
        window = started(qtbot, make_window([person.profile]))
        assert not window.ui.rememberCheck.isEnabled()
        assert not window.ui.rememberCheck.isChecked()
        assert "no password store" in window.ui.rememberCheck.toolTip()
        fill(window, person.email, PASSWORD)
        who, message = log_in(qtbot, window)
    assert who is not None, message  # logging in itself works as ever
    assert window.message() == ""


def test_a_keyring_that_refuses_to_store_does_not_stop_the_login(
    qtbot, make_window, person: Person
):
    with use_keyring(LockedKeyring()):
        window = started(qtbot, make_window([person.profile]))
        fill(window, person.email, PASSWORD)
        window.ui.rememberCheck.setChecked(True)
        who, message = log_in(qtbot, window)
    assert who is not None, message
    box = window.remember_problem_box
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Warning
    assert "could not be remembered" in box.text()


# --------------------------------------------------------------------------- demo mode

DEMO_USERS = [
    DemoUser("eric.habimana@dicel.rw", "Eric Habimana", "hr", "Human Resources"),
    DemoUser("jean.mugabo@dicel.rw", "Jean Mugabo", "admin", "Administration"),
    DemoUser("aline.uwase@dicel.rw", "Aline Uwase", "hr", "Human Resources"),
]


def test_demo_mode_waits_for_the_database_then_logs_in(qtbot, make_window, person: Person):
    window = make_window(demo=True)
    window.show_demo_starting(first_run=False)
    window.show()
    assert window.status() == "Starting the demo database…"
    assert not window.ui.busyBar.isHidden()
    assert window.ui.profileCombo.isHidden() and window.ui.rememberCheck.isHidden()

    # Log in pressed before the server is up: it waits, then goes ahead by itself.
    fill(window, person.email, PASSWORD)
    qtbot.mouseClick(window.ui.loginButton, Qt.MouseButton.LeftButton)
    assert window.status().startswith("Starting the demo database… you will be logged in")
    with qtbot.waitSignal(window.logged_in, timeout=SIGNAL_TIMEOUT_MS) as logged_in:
        window.set_demo_ready(DemoReady(person.profile, DEMO_USERS, "demo-pass"))
    logged_in.args[0].close()
    assert logged_in.args[0].email == person.email


def test_the_demo_users_are_listed_by_role_and_a_double_click_fills_the_form(qtbot, make_window):
    window = make_window(demo=True)
    window.show()
    window.set_demo_ready(
        DemoReady(ConnectionProfile("Demo", "127.0.0.1", free_port()), DEMO_USERS, "demo-pass")
    )
    tree = window.ui.demoUsersTree
    listed = {
        tree.topLevelItem(i).text(0): [
            tree.topLevelItem(i).child(j).text(1) for j in range(tree.topLevelItem(i).childCount())
        ]
        for i in range(tree.topLevelItemCount())
    }
    # Roles in the application's order, under their names; people as the demo lists them.
    assert list(listed) == ["Administration", "Human Resources"]
    assert listed["Human Resources"] == ["eric.habimana@dicel.rw", "aline.uwase@dicel.rw"]
    assert "demo-pass" in window.ui.demoHintLabel.text()

    double_click(qtbot, tree, tree.topLevelItem(1).child(1))
    assert window.ui.emailEdit.text() == "aline.uwase@dicel.rw"
    assert window.ui.passwordEdit.text() == "demo-pass"

    # A role heading is not a person: double-clicking it changes nothing.
    double_click(qtbot, tree, tree.topLevelItem(0))
    assert window.ui.emailEdit.text() == "aline.uwase@dicel.rw"


def test_a_demo_database_that_cannot_start_says_why(qtbot, make_window):
    window = make_window(demo=True)
    window.show_demo_starting(first_run=True)
    assert window.status().startswith("Creating the demo company (first run only")
    window.set_demo_failed("No PostgreSQL server binaries found: install PostgreSQL")
    assert window.message() == (
        "The demo database could not be started.\n"
        "No PostgreSQL server binaries found: install PostgreSQL"
    )
    assert window.ui.busyBar.isHidden()
    assert not window.ui.loginButton.isEnabled()


def test_the_window_announces_its_first_paint(qtbot, make_window):
    window = make_window([])
    with qtbot.waitSignal(window.first_painted, timeout=SIGNAL_TIMEOUT_MS):
        window.show()


def test_a_window_closed_right_after_its_first_paint_announces_nothing(qtbot) -> None:
    """Its first paint asks for ``first_painted`` on the next turn of the event loop; a
    window deleted before that turn (a test's end on a busy machine, a login that
    closed it) raised "Signal source has been deleted" in whatever ran next (two
    tests of the suite failed so, on a busy machine)."""
    import shiboken6

    window = LoginWindow(demo=True)
    window.grab()  # its first paint, in this turn: first_painted is due on the next
    assert window._painted
    shiboken6.delete(window)
    qtbot.wait(50)  # pytest-qt fails the test on an exception raised in the loop


def test_typing_starts_in_the_email_or_in_the_password_once_it_is_remembered(
    qtbot, make_window, server, settings, store
):
    """One server and nothing remembered: the focus was on the Server box, where typing
    the e-mail went nowhere. "Add…" has a letter of its own (Alt+D)."""
    window = started(qtbot, make_window([server]))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=SIGNAL_TIMEOUT_MS)
    assert QApplication.focusWidget() is window.ui.emailEdit
    taken = {
        text.lower()[text.index("&") + 1]
        for text in (
            window.ui.profileLabel.text(),
            window.ui.emailLabel.text(),
            window.ui.passwordLabel.text(),
            window.ui.rememberCheck.text(),
            window.ui.loginButton.text(),
        )
    }
    add = window.ui.addProfileButton.text()
    assert "&" in add and add.lower()[add.index("&") + 1] not in taken
    window.close()

    settings.setValue("login/email", "jean.mugabo@dicel.rw")
    again = started(qtbot, make_window([server]))
    again.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again, timeout=SIGNAL_TIMEOUT_MS)
    assert QApplication.focusWidget() is again.ui.passwordEdit
