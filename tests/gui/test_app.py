"""Starting the program: a light first paint, demo mode end to end, then the main window."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import types
from pathlib import Path

import pytest
from helpers import new_cluster_folder
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from dicel_desktop.gui.app import DemoStarter, _Session
from dicel_desktop.gui.login_window import LoginWindow

#: What must load only after the login window has painted (the cold-start budget).
HEAVY = ("sqlalchemy", "psycopg", "alembic", "pyqtgraph", "keyring")

#: Run the real entry point; at the login window's first paint, say what is loaded and stop.
_AT_FIRST_PAINT = textwrap.dedent(
    """
    import os, sys
    from dicel_desktop.gui import login_window

    painted = login_window.LoginWindow.paintEvent

    def paint(self, event):
        painted(self, event)
        loaded = sorted({name.split(".")[0] for name in sys.modules} & set(sys.argv[1].split(",")))
        print("TITLE", self.ui.titleLabel.text(), "|", self.status(), flush=True)
        print("LOADED", ",".join(loaded), flush=True)
        os._exit(0)  # before anything the first paint released can start

    login_window.LoginWindow.paintEvent = paint
    from dicel_desktop.__main__ import main
    main(sys.argv[2:])
    """
)


@pytest.mark.parametrize("args", [[], ["--demo"]], ids=["profiles", "demo"])
def test_the_login_window_paints_before_the_database_libraries_load(args, tmp_path: Path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-c", _AT_FIRST_PAINT, ",".join(HEAVY), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    lines = dict(line.split(" ", 1) for line in run.stdout.splitlines() if " " in line)
    title, status = lines["TITLE"].split(" | ")
    assert title == "DICEL ERP"
    assert status == ("Starting the demo database…" if args else "")
    assert lines.get("LOADED", "").strip() == ""


def test_after_login_the_main_window_opens_and_the_login_window_closes(qtbot, monkeypatch):
    opened = []

    def open_main_window(logged_in):
        window = QWidget()
        qtbot.addWidget(window)
        window.show()
        opened.append((logged_in, window))
        return window

    fake = types.ModuleType("dicel_desktop.gui.main_window")
    fake.open_main_window = open_main_window
    monkeypatch.setitem(sys.modules, "dicel_desktop.gui.main_window", fake)
    login = LoginWindow(demo=True)
    qtbot.addWidget(login)
    login.show()
    session = _Session(login)
    login.logged_in.connect(session._on_logged_in)

    person = types.SimpleNamespace(email="a@dicel.rw")
    login.logged_in.emit(person)
    assert [who for who, _ in opened] == [person]
    assert session.main_window is opened[0][1]
    assert session.main_window.isVisible()
    assert not login.isVisible()


def test_log_out_brings_the_login_window_back(qtbot, monkeypatch):
    class FakeMainWindow(QWidget):
        logged_out = Signal()

    def open_main_window(logged_in):
        window = FakeMainWindow()
        qtbot.addWidget(window)
        window.show()
        return window

    fake = types.ModuleType("dicel_desktop.gui.main_window")
    fake.open_main_window = open_main_window
    monkeypatch.setitem(sys.modules, "dicel_desktop.gui.main_window", fake)
    login = LoginWindow(demo=True)
    qtbot.addWidget(login)
    login.show()
    session = _Session(login)
    login.logged_in.connect(session._on_logged_in)
    login.logged_in.emit(types.SimpleNamespace(email="a@dicel.rw"))
    window = session.main_window
    assert not login.isVisible()

    window.logged_out.emit()
    window.close()
    assert login.isVisible()
    assert session.main_window is None


@pytest.fixture
def demo_folder() -> Path:
    folder = new_cluster_folder("dicel-demo-")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_demo_mode_creates_the_company_once_lists_its_users_and_lets_them_in(
    qtbot, demo_folder: Path
):
    """The real thing: initdb, migrations, the small demo company, a demo login."""
    from dicel_desktop.demo import DEMO_PASSWORD
    from dicel_desktop.localdb import LocalCluster

    starts: list[bool] = []
    starter = DemoStarter(demo_folder)
    starter.starting.connect(starts.append)
    with qtbot.waitSignal(starter.ready, timeout=600_000) as ready:
        starter.start()
    demo = ready.args[0]
    try:
        assert starts == [True]  # a first run: the status line says it takes a while
        assert demo.password == DEMO_PASSWORD
        roles = [user.role for user in demo.users]
        assert roles[0] == "admin" and "employee" in roles and "finance" in roles
        assert (demo.profile.host, demo.profile.database) == ("127.0.0.1", "dicel_erp_db")

        window = LoginWindow(demo=True)
        qtbot.addWidget(window)
        window.show()
        window.set_demo_ready(demo)
        finance = next(user for user in demo.users if user.role == "finance")
        tree = window.ui.demoUsersTree
        item = tree.findItems(
            finance.email, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 1
        )[0]
        window._on_demo_user_activated(item, 0)
        with qtbot.waitSignal(window.logged_in, timeout=60_000) as logged_in:
            qtbot.mouseClick(window.ui.loginButton, Qt.MouseButton.LeftButton)
        who = logged_in.args[0]
        assert (who.email, who.role.value) == (finance.email, "finance")
        who.close()
        qtbot.waitUntil(window.is_idle)
    finally:
        starter.shut_down()
    # It started the server, so it stopped it.
    assert not LocalCluster(demo_folder).is_running()

    # The second start reuses the cluster and its data.
    again = DemoStarter(demo_folder)
    starts.clear()
    again.starting.connect(starts.append)
    with qtbot.waitSignal(again.ready, timeout=120_000) as ready:
        again.start()
    try:
        assert starts == [False]
        assert ready.args[0].users == demo.users
    finally:
        again.shut_down()


def test_a_demo_that_cannot_start_reports_why_and_leaves_no_server_running(
    qtbot, demo_folder: Path, monkeypatch
):
    from dicel_desktop import demo_mode
    from dicel_desktop.localdb import LocalCluster, LocalDbError

    def broken(folder, **_kwargs):
        LocalCluster(folder).start()  # the server came up, then the next step failed
        raise LocalDbError("The database folder is full: free some disk space")

    monkeypatch.setattr(demo_mode, "start_demo_database", broken)
    starter = DemoStarter(demo_folder)
    with qtbot.waitSignal(starter.failed, timeout=120_000) as failed:
        starter.start()
    assert failed.args == ["The database folder is full: free some disk space"]
    assert not LocalCluster(demo_folder).is_running()
