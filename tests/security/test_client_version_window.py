"""The main window of an out-of-date client: a notice of the newer version with the
installer's location, "Read-only" in the status bar, and a refused save in words."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "security"))
from _provisioning_fixtures import PASSWORD, Accounts, open_accounts, tcp_address

from dicel_desktop import __version__
from dicel_desktop.cli.admin import main as admin_main
from dicel_desktop.gui.main_window import MainWindow
from dicel_desktop.gui.worker import describe_error
from dicel_desktop.services import users
from dicel_desktop.services.auth import login

SHARE = r"\\server\share\dicel"


@pytest.fixture
def accounts(db_dsn: str) -> Iterator[Accounts]:
    yield from open_accounts(db_dsn)


@pytest.fixture
def open_window(qtbot, db_dsn: str, accounts: Accounts, tmp_path) -> Iterator:
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        host, port, dbname = tcp_address(db_dsn)
        email = accounts.create("finance")
        logged_in = login(host, port, dbname, email, PASSWORD)
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(logged_in, settings=settings)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        return window

    yield make
    for window in windows:
        window.close_without_asking()


def test_an_older_client_is_told_and_goes_on(qtbot, open_window, db_dsn: str):
    newer = f"{int(__version__.split('.')[0]) + 1}.0.0"
    assert admin_main(["--dsn", db_dsn, "set-client-version", newer, "--installer", SHARE]) == 0
    window = open_window()
    notice = window.update_notice
    qtbot.waitUntil(notice.isVisible)
    assert newer in notice.text() and __version__ in notice.text() and SHARE in notice.text()
    assert not notice.isModal()  # the person works on
    assert not hasattr(window, "read_only_label")


def test_a_client_older_than_the_schema_says_read_only_and_why_a_save_fails(
    qtbot, open_window, accounts: Accounts, db_dsn: str
):
    assert (
        admin_main(["--dsn", db_dsn, "set-client-version", __version__, "--installer", SHARE]) == 0
    )
    accounts.superuser.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    window = open_window()
    label = window.read_only_label
    assert label.isVisible() and label.text().startswith("Read-only")
    assert not hasattr(window, "update_notice")

    failures: list[BaseException] = []

    def save(session) -> None:
        users.change_own_password(session.connection(), new_password="Another-Secret-9")
        session.commit()

    window.worker.submit(save, None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=20_000)
    said = describe_error(failures[0])
    assert "older than the company database" in said and SHARE in said
