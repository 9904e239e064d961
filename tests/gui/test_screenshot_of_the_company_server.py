"""A support screenshot of the company's server (deploy39 #11, admin40): ``dicel-desktop
--user EMAIL --password-stdin --screenshot F.png --tab NAME`` without ``--demo`` logs in
through the connection profile IT deployed, here the test server's, as a login made for
the test. A wrong password is one line on stderr and exit status 2."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from logins import Logins, open_logins
from PySide6.QtGui import QImage


@pytest.fixture
def logins(db_dsn: str) -> Iterator[Logins]:
    yield from open_logins(db_dsn)


def _profile_home(tmp_path: Path, db_dsn: str) -> Path:
    """A config folder whose ``dicel.toml`` names the test server (over TCP: a login
    needs a password), as IT deploys it."""
    parts = urlsplit(db_dsn)
    home = tmp_path / "config"
    folder = home / "dicel-desktop"
    folder.mkdir(parents=True)
    (folder / "dicel.toml").write_text(
        "[[profile]]\n"
        'name = "Head office"\n'
        'host = "127.0.0.1"\n'
        f"port = {parts.port or 5432}\n"
        f'database = "{parts.path.lstrip("/")}"\n'
        'live_updates = "poll"\n',
        encoding="utf-8",
    )
    return home


def _program(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CONFIG_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    # No demo folder may be touched: one that does not exist stays so.
    env["DICEL_DEMO_DIR"] = str(home / "no-demo-here")
    return subprocess.run(
        [sys.executable, "-m", "dicel_desktop", *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=240,
    )  # fmt: skip


def test_a_screenshot_of_the_company_server_as_a_real_login(
    logins: Logins, db_dsn: str, tmp_path: Path
):
    person = logins.person("finance")
    home = _profile_home(tmp_path, db_dsn)
    target = tmp_path / "finance.png"
    args = ("--user", person.email, "--password-stdin", "--screenshot", str(target))

    shot = _program(home, *args, "--tab", "Finance", stdin=person.password + "\n")
    assert shot.returncode == 0, shot.stderr
    assert QImage(str(target)).width() == 1400
    assert not (home / "no-demo-here").exists()

    target.unlink()
    wrong = _program(home, *args, "--tab", "Finance", stdin="not-their-password\n")
    assert wrong.returncode == 2
    assert wrong.stderr.strip().splitlines() == [
        f"dicel-desktop: {person.email}: The e-mail or password is incorrect."
    ]
    assert not target.exists()


def test_without_the_password_or_with_an_unknown_profile_it_says_so(db_dsn: str, tmp_path: Path):
    home = _profile_home(tmp_path, db_dsn)
    target = tmp_path / "x.png"
    no_password = _program(home, "--user", "a@dicel.rw", "--screenshot", str(target))
    assert no_password.returncode == 2
    assert "needs --password-stdin" in no_password.stderr

    unknown = _program(
        home, "--user", "a@dicel.rw", "--password-stdin", "--profile", "Branch",
        "--screenshot", str(target), stdin="x\n",
    )  # fmt: skip
    assert unknown.returncode == 2
    assert unknown.stderr.strip() == "dicel-desktop: no profile 'Branch'; profiles: Head office"
