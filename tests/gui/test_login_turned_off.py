"""A login turned off while its window is open (migration 0055 ends its sessions): the
window says so in words and offers to log out, instead of "could not be reached"."""

from __future__ import annotations

from urllib.parse import urlsplit

from helpers import WAIT_MS
from logins import Logins
from pgbouncer import PgBouncer
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.main_window import MainWindow
from dicel_desktop.services import users
from dicel_desktop.services.auth import login


def _message_box(window: MainWindow) -> QMessageBox | None:
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    return boxes[0] if boxes else None


def test_a_window_whose_login_is_turned_off_says_so_and_logs_out(
    qtbot, tmp_path, db_dsn: str, logins: Logins
):
    parts = urlsplit(db_dsn)
    clerk = logins.person(Role.FINANCE)
    admin = logins.person(Role.ADMIN)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        login(parts.hostname, parts.port, parts.path.lstrip("/"), clerk.email, clerk.password),
        settings=settings,
    )
    qtbot.addWidget(window)
    window.show()
    window.connection.ping()
    qtbot.waitUntil(lambda: window.connection_label.text() == "Connected", timeout=WAIT_MS)
    # Its first reads done: a connection being opened while the sessions are ended is
    # not yet anyone's in pg_stat_activity (the race migration 0055 leaves).
    qtbot.waitUntil(lambda: not window.worker.is_busy, timeout=WAIT_MS)

    with admin.engine.begin() as conn:
        users.deactivate_user(conn, email=clerk.email)
    # The next ping finds its connection ended, asks again at once on a new one, and
    # the server refuses that login.
    window.connection.ping()
    qtbot.waitUntil(lambda: _message_box(window) is not None, timeout=WAIT_MS)
    box = _message_box(window)
    assert box is not None
    assert box.windowTitle() == "Your login no longer works"
    assert box.text() == (
        "The database no longer accepts your login: IT may have turned it off or changed its "
        "password. Log out and sign in again; if you cannot, ask IT."
    )
    assert window.connection_label.text() == "Signed out by the database"
    assert not window.connection.timer.isActive()

    box.defaultButton().click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert window._log_out_requested


def _looking(window: MainWindow) -> bool:
    """The watch's look at the worker, made by the test (no clock decides): False, for
    ``qtbot.waitUntil`` to look again until what it waits for has come."""
    window.connection.check_waiting()
    return False


def test_a_window_through_pgbouncer_whose_login_is_turned_off_says_so(
    qtbot, tmp_path, db_dsn: str, logins: Logins
):
    """Behind PgBouncer (transaction mode, ``auth_query``) the turned-off login's next
    connection is refused in PgBouncer's words ("no such user", "SASL authentication
    failed", SQLSTATE 08P01): the window said "Connection lost — retrying" forever.

    Its open connections are not refused: PgBouncer holds their next query while it fails
    to log in to the server as that login, until its ``query_wait_timeout`` (here none, as
    IT may set it: held for ever). The window learns it on a new connection of its own,
    asked while the ping waits (pool40); before, it waited with the ping (120 s with
    PgBouncer's default, for ever here)."""
    clerk = logins.person(Role.FINANCE)
    admin = logins.person(Role.ADMIN)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with PgBouncer(db_dsn, query_wait_timeout=0) as bouncer:
        logged_in = login("127.0.0.1", bouncer.port, bouncer.dbname, clerk.email, clerk.password)
        window = MainWindow(logged_in, settings=settings)
        qtbot.addWidget(window)
        said: list[str] = []
        window.connection.changed.connect(said.append)
        window.show()
        window.connection.stop()  # the test pings and looks itself
        # The work listener takes its connection out of the pool (maybe the worker's
        # idle one): once it polls, a ping leaves the worker's connection in the pool.
        listener = window.live_inbox.listener
        qtbot.waitUntil(lambda: listener.mode == "poll", timeout=WAIT_MS)
        window.connection.ping()
        qtbot.waitUntil(lambda: window.connection_label.text() == "Connected", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not window.worker.is_busy, timeout=WAIT_MS)
        assert logged_in.engine.pool.checkedin() >= 1

        with admin.engine.begin() as conn:
            users.deactivate_user(conn, email=clerk.email)
        # The window's connections stay open, as they are: the product finds the refusal.
        window.connection.ping()
        qtbot.waitUntil(
            lambda: _looking(window) or _message_box(window) is not None, timeout=WAIT_MS
        )
        box = _message_box(window)
        assert box is not None
        assert box.windowTitle() == "Your login no longer works"
        assert window.connection_label.text() == "Signed out by the database"
        assert said[-1] == "Signed out by the database"
        assert window.connection.signed_out
        assert not window.connection.timer.isActive()
        box.defaultButton().click()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
