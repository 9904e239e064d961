"""Start the GUI: the application object, the login window, then the main window.

Cold start matters (a benchmark measures it): the login window paints before anything
slow happens. SQLAlchemy, psycopg, Alembic, keyring and pyqtgraph are imported only
after the first paint, on DB worker threads without sessions (the demo server's start,
the keyring check, the login). Keep this module's imports, and the login window's, to Qt and the
standard library.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from dicel_desktop import __version__
from dicel_desktop.config import ConnectionProfile
from dicel_desktop.gui.app_icon import app_icon
from dicel_desktop.gui.login_window import DemoReady, LoginWindow
from dicel_desktop.gui.theme import install_theme
from dicel_desktop.gui.translations import install_translators
from dicel_desktop.gui.worker import DbWorker

_log = logging.getLogger(__name__)

ORGANIZATION = "DICEL"
APPLICATION = "DICEL Desktop"
#: How long a closing program waits for the login window's work (keyring, login) to end.
_EXIT_WAIT_S = 5.0
#: The name of the demo's one server in the login window.
DEMO_PROFILE_NAME = QT_TRANSLATE_NOOP("LoginWindow", "Demo company (this computer)")


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (the existing one if there is one, as under pytest-qt).

    The organisation and application names decide where QSettings keeps the last server
    and e-mail; changing them loses what people's logins remembered.
    """
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    # Qt 6 scales for high DPI by itself; pass fractional factors (150 %) through rather
    # than rounding them, which makes text too big or too small on laptops.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication([sys.argv[0] if sys.argv else "dicel-desktop", *(argv or ())])
    app.setOrganizationName(ORGANIZATION)
    app.setOrganizationDomain("dicel.rw")
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    # Ties windows to dicel-desktop.desktop on Linux (taskbar icon, Wayland).
    app.setDesktopFileName("dicel-desktop")
    app.setWindowIcon(app_icon())
    # The interface's language, and with it the locale of dates and amounts.
    install_translators()
    install_theme(app)  # after the names: the choice is read from the user's settings
    return app


# --------------------------------------------------------------------------- demo mode


@dataclass
class _DemoStarted:
    ready: DemoReady
    cluster: Any  # localdb.LocalCluster


class DemoStarter(QObject):
    """Starts the demo database on a DB worker of its own and says how it went."""

    #: The start began; True on a first run, which creates the cluster and the company.
    starting = Signal(bool)
    #: A step of filling the demo company (first run), for the status line.
    progress = Signal(str)
    #: The demo database runs: a login_window.DemoReady.
    ready = Signal(object)
    #: It could not start; the sentence to show.
    failed = Signal(str)

    def __init__(self, folder: Path | None = None) -> None:
        """``folder``: where the demo cluster lives (None: demo_mode.demo_folder())."""
        super().__init__()
        self._folder = folder
        # Its own worker: the login window's keyring calls must not wait a minute behind
        # the first run's loading.
        self._worker = DbWorker(parent=self)
        self._begun = False
        self._started: _DemoStarted | None = None
        #: This program's place on the demo server's client list (demo_mode.ClientLease).
        self._lease: Any = None

    def start(self) -> None:
        if self._begun:
            return
        self._begun = True
        self._worker.submit(self._start_database, self._on_call_succeeded, self._on_call_failed)

    def _start_database(self) -> _DemoStarted:  # on the worker thread
        from dicel_desktop import demo_mode
        from dicel_desktop.db.engine import make_engine
        from dicel_desktop.demo import DEMO_PASSWORD, demo_users
        from dicel_desktop.localdb import LocalCluster

        folder = self._folder or demo_mode.demo_folder()
        probe = LocalCluster(folder)
        first_run = not probe.exists()
        # No Qt call on this thread: the worker emits them on the GUI thread.
        self._worker.call_in_gui(self.starting.emit, first_run)
        self._lease = demo_mode.register_client(folder)
        if not first_run and probe.is_running():
            others = self._lease.others()
            if others:
                _log.info("Using the demo server of the DICEL program(s) %s", others)
            else:
                _log.info("Adopting the demo server a program that ended left running")
        try:
            demo = demo_mode.start_demo_database(
                folder, progress=partial(self._worker.call_in_gui, self.progress.emit)
            )
            engine = make_engine(demo.dsn, pool_pre_ping=False)
            try:
                with engine.connect() as connection:
                    users = demo_users(connection)
            finally:
                engine.dispose()
        except BaseException:
            if self._lease.release():  # no server left running behind a failure
                with contextlib.suppress(Exception):
                    probe.stop()
            self._lease = None
            raise
        profile = ConnectionProfile(
            name=QCoreApplication.translate("LoginWindow", DEMO_PROFILE_NAME),
            host="127.0.0.1",
            port=demo.cluster.port,
            database=demo_mode.DEMO_DATABASE,
        )
        return _DemoStarted(DemoReady(profile, users, DEMO_PASSWORD), demo.cluster)

    def _on_call_succeeded(self, started: _DemoStarted) -> None:
        self._started = started
        _log.info("The demo database is ready on 127.0.0.1:%s", started.cluster.port)
        self.ready.emit(started.ready)

    def _on_call_failed(self, exc: BaseException) -> None:
        from dicel_desktop.localdb import LocalDbError

        if isinstance(exc, LocalDbError):
            self.failed.emit(str(exc))  # written for people: what failed and what to do
        else:  # the worker logged it with its traceback
            self.failed.emit(f"{type(exc).__name__}: {exc}")

    def shut_down(self) -> None:
        """At exit: wait for a start in progress, then stop the server unless another
        live DICEL program still uses it (demo_mode's client list).

        A first run is not interrupted (a half-made cluster would not start again).
        """
        self._worker.wait()
        self._worker.shutdown()
        lease, self._lease = self._lease, None
        if lease is None or self._started is None:
            return
        if not lease.release():
            _log.info("Leaving the demo server on for the DICEL program(s) %s", lease.others())
            return
        from dicel_desktop.localdb import LocalDbError

        try:
            self._started.cluster.stop()
            _log.info("Stopped the demo database server")
        except LocalDbError:
            _log.warning("The demo database server did not stop", exc_info=True)


# --------------------------------------------------------------------------- after login


class _Session(QObject):
    """Holds what outlives the login window: the main window."""

    def __init__(self, login_window: LoginWindow) -> None:
        super().__init__()
        self.login_window = login_window
        self.main_window: Any = None

    def _on_logged_in(self, logged_in: Any) -> None:
        self.main_window = open_main_window(logged_in)
        freeze_long_lived_objects()
        logged_out = getattr(self.main_window, "logged_out", None)
        if logged_out is not None:
            logged_out.connect(self._on_logged_out)
        # After the main window shows: closing the last window would quit the program.
        self.login_window.close()

    def _on_logged_out(self) -> None:
        # Emitted while the main window is still closing: the login window is shown
        # before the last window goes, so the program does not quit.
        self.main_window = None
        gc.unfreeze()  # the closed window's objects may be collected again
        self.login_window.show()

    def end(self, starter: DemoStarter | None) -> None:
        """The program ends now (``aboutToQuit``). When Windows ends the session it emits
        that signal and then ends the process: ``exec()`` never returns, nothing after it
        runs. So what must be done is done here, once: a main window still open closes
        without asking (its unsaved records named in the log, its settings written) and
        the demo server is left to the other programs using it, or stopped. On a normal
        exit the windows are closed already, and the same steps after ``exec()`` find
        nothing left to do."""
        window = self.main_window
        if window is not None and window.isVisible():
            window.close_without_asking()
        if starter is not None:
            starter.shut_down()


def freeze_long_lived_objects() -> None:
    """Leave what exists now (modules, the main window's widgets) out of every later
    garbage collection.

    A full collection walks every tracked object while every thread waits: with the
    main window built that is about 190,000 objects and 100-200 ms (measured with the
    Finance tab open), 30 to 70 full repaints of the window, and Python starts one
    whenever a quarter as many new objects have survived (a dashboard or two). After
    ``gc.freeze()`` a full collection walks only what came later. No collection first
    (it would be that stall, at login): the little garbage there is now stays.
    """
    gc.freeze()


def open_main_window(logged_in: Any) -> Any:
    """Open the main window for the person logged in; returns it (keep a reference).

    Imported here, not at the top: the main window pulls in SQLAlchemy, which must not
    load before the login window's first paint.
    """
    from dicel_desktop.gui.main_window import open_main_window as open_window

    return open_window(logged_in)


def run(argv: Sequence[str] | None = None, *, demo: bool = False) -> int:
    """Show the login window and run until the last window closes; the exit status.

    ``argv``: command-line arguments left for Qt (``-style``, ``-platform`` ...).
    ``demo``: start the private demo database and list its users.
    """
    if sys.stderr is not None:  # None under pythonw (the Windows GUI launcher)
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app = make_application(argv)
    from dicel_desktop.gui import crash

    crash.install()  # from here on a defect shows a dialog and the program goes on
    starter: DemoStarter | None = None
    if demo:
        window = LoginWindow(demo=True)
        window.show_demo_starting(first_run=False)  # corrected by the starter if it is
        starter = DemoStarter()
        starter.starting.connect(window.show_demo_starting)
        starter.progress.connect(window.show_demo_progress)
        starter.ready.connect(window.set_demo_ready)
        starter.failed.connect(window.set_demo_failed)
        window.first_painted.connect(starter.start)
    else:
        window = LoginWindow()  # reads the profile files once it has painted
    window.first_painted.connect(window.start_deferred_work)
    session = _Session(window)
    window.logged_in.connect(session._on_logged_in)
    window.show()
    from dicel_desktop.gui.stop_signals import StopSignals

    stop_signals = StopSignals(app)  # Ctrl+C and SIGTERM close the windows, then below
    app.aboutToQuit.connect(lambda: session.end(starter))  # Windows logging off, too
    try:
        return app.exec()
    finally:
        stop_signals.uninstall()
        crash.uninstall()  # what ends the program now goes to the log and stderr only
        if starter is not None:
            starter.shut_down()
        window.finish_work(_EXIT_WAIT_S)
        exports = sys.modules.get("dicel_desktop.services.export_process")
        if exports is not None:  # an export still running: stopped, its file removed
            exports.end_running_exports()
        _log.info("DICEL Desktop ended")
        # Left to Python's exit, PySide destroys the application while the interpreter
        # is taken down, visiting every wrapper still alive: one half gone by then
        # crashed the program (SIGSEGV in destroyQCoreApplication, 2-4 exits in 15
        # under load, tests/gui/test_demo_server_lifecycle.py). Done here, everything
        # is still whole.
        app.shutdown()
