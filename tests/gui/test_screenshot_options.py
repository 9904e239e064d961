"""The screenshot mode's rough edges: a folder it cannot write to is said in one line
before anything starts, and a user whose password is not the demo's logs in with one
read from standard input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from dicel_desktop.localdb import LocalCluster


def _program(demo_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DICEL_DEMO_DIR": str(demo_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "dicel_desktop", "--demo", *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=240,
    )  # fmt: skip


@pytest.mark.parametrize("where", ["through_a_file", "in_proc", "a_folder"])
def test_a_screenshot_that_cannot_be_written_says_so_before_starting(tmp_path: Path, where: str):
    blocker = tmp_path / "a-file.txt"
    blocker.write_text("not a folder")
    target = {
        "through_a_file": blocker / "shot.png",
        "in_proc": Path("/proc/shot.png"),  # not writable even for root
        "a_folder": tmp_path,
    }[where]
    never_made = tmp_path / "demo-never-made"
    result = _program(never_made, "--user", "x@dicel.rw", "--screenshot", str(target))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("dicel-desktop: cannot save the screenshot:")
    assert not never_made.exists(), "the demo database was started for nothing"


def test_a_user_with_their_own_password_logs_in_from_stdin(demo_dir: Path, tmp_path: Path, qapp):
    """The program's own run with the right password; the wrong one (the demo's) is
    refused in the tests' process (in_process_shot.shoot, ``main``'s reading of stdin),
    on the same server while this test has it started: a second run was ~5 s."""
    from in_process_shot import shoot

    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.demo_mode import start_demo_database
    from dicel_desktop.services import users

    demo = start_demo_database(demo_dir)
    email = "own.password@dicel.rw"
    engine = make_engine(demo.dsn, pool_pre_ping=False)
    try:
        with engine.begin() as connection:
            if not any(u.email == email for u in users.list_users(connection)):
                users.create_user(
                    connection, email=email, first_name="Own", last_name="Password",
                    role="finance", password="Not-the-demo-1",
                )  # fmt: skip
    finally:
        engine.dispose()
    try:
        target = tmp_path / "own.png"
        args = ("--user", email, "--screenshot", str(target), "--password-stdin")
        wrong = shoot(demo.dsn, *args, stdin="dicel-demo\n")
        assert wrong.returncode == 2
        assert "incorrect" in wrong.stderr
        assert not target.exists()

        # The program finds the server this test started and stops it at its end.
        result = _program(demo_dir, *args, stdin="Not-the-demo-1\n")
        assert result.returncode == 0, result.stderr
        assert QImage(str(target)).width() == 1400
    finally:
        LocalCluster(demo_dir).stop()
