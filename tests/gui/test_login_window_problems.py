"""The login window with a long list of profile problems: it grows to show them whole,
its fields keep a usable height, and the list stays through a login attempt."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring_fakes import MemoryKeyring, use_keyring
from PySide6.QtCore import QSettings, Qt

from dicel_desktop.config import ConnectionProfile, LoadedProfiles, ProfileProblem
from dicel_desktop.gui.login_window import LoginWindow


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[LoginWindow]:
    with socket.socket() as probe:  # a port nothing listens on: the attempt fails at once
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    problems = [
        ProfileProblem(
            Path(f"/etc/xdg/dicel-desktop/site-{n}.toml"),
            3 + n,
            "port must be a whole number between 1 and 65535; this one says “five four three”",
        )
        for n in range(6)
    ]
    loaded = LoadedProfiles(
        [ConnectionProfile("Head office", "127.0.0.1", closed_port)], problems, None
    )
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with use_keyring(MemoryKeyring()):
        made = LoginWindow(loaded, settings=settings, user_profiles_file=tmp_path / "p.toml")
        qtbot.addWidget(made)
        made.show()
        qtbot.waitExposed(made)
        yield made
        qtbot.waitUntil(made.is_idle, timeout=30_000)


def _fields_usable(window: LoginWindow) -> None:
    for edit in (window.ui.emailEdit, window.ui.passwordEdit):
        assert edit.height() >= edit.sizeHint().height(), edit.objectName()


def _problems_shown_whole(window: LoginWindow) -> None:
    label, area = window.problemsLabel, window.problemsArea
    assert area.isVisible()
    assert not area.verticalScrollBar().isVisible()
    assert area.viewport().height() >= label.heightForWidth(area.viewport().width())
    # The last problem's line is inside the window, not cut off below it.
    bottom = area.mapTo(window, area.rect().bottomLeft()).y()
    assert bottom <= window.height()


def test_the_window_grows_to_show_every_problem(qtbot, window: LoginWindow):
    qtbot.waitUntil(lambda: window.problemsArea.isVisible())
    _fields_usable(window)
    _problems_shown_whole(window)
    assert "site-5.toml, line 8" in window.message()


def test_the_problems_stay_after_a_login_attempt(qtbot, window: LoginWindow):
    window.ui.emailEdit.setText("grace@dicel.rw")
    window.ui.passwordEdit.setText("Some-password-1")
    failed: list[str] = []
    window.login_failed.connect(failed.append)
    qtbot.mouseClick(window.ui.loginButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(failed), timeout=30_000)

    assert "Cannot reach the database server" in failed[0]
    shown = window.message()
    assert shown.startswith(failed[0])  # the attempt's sentence first
    assert "Some server settings could not be used" in shown
    assert "site-0.toml, line 3" in shown and "site-5.toml, line 8" in shown
    qtbot.waitUntil(lambda: window.problemsArea.isVisible())
    _fields_usable(window)
    _problems_shown_whole(window)
    assert window.ui.messageLabel.isVisible()
    assert window.ui.messageLabel.geometry().bottom() <= window.problemsArea.geometry().top()
