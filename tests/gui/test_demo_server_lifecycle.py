"""The demo server's life with real processes: `dicel-desktop --demo` offscreen in its own
process, ended by SIGTERM or Ctrl+C (SIGINT), stops the server it used; one killed with
SIGKILL leaves it running, and the next start adopts that orphan (uses it, and stops it
at exit); a server another live window uses is left on for it. On the demo folder the
session's tests that run the program share (gui/conftest.py's ``demo_dir``): its company
is made once for all of them, and each of these leaves its server stopped, as a
screenshot run does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dicel_desktop.demo_mode import live_clients
from dicel_desktop.localdb import LocalCluster

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX signals")

READY = "The demo database is ready"
START_TIMEOUT_S = 240


class Program:
    """One `dicel-desktop --demo` process with a log folder of its own."""

    def __init__(self, demo_dir: Path, logs: Path) -> None:
        self.log = logs / "dicel-desktop.log"
        env = {
            **os.environ,
            "DICEL_DEMO_DIR": str(demo_dir),
            "DICEL_LOG_DIR": str(logs),
            "QT_QPA_PLATFORM": "offscreen",
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "dicel_desktop", "--demo"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip

    def log_text(self) -> str:
        try:
            return self.log.read_text(encoding="utf-8")
        except FileNotFoundError:
            return ""

    def wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while READY not in self.log_text():
            assert self.process.poll() is None, self.process.stderr.read()
            assert time.monotonic() < deadline, "the demo did not start"
            time.sleep(0.2)

    def end(self, number: int) -> int:
        self.process.send_signal(number)
        try:
            return self.process.wait(timeout=60)
        finally:
            self.process.stderr.close()


@pytest.fixture
def start(demo_dir: Path, tmp_path: Path) -> Iterator:
    started: list[Program] = []

    def make(name: str = "a") -> Program:
        program = Program(demo_dir, tmp_path / name)
        started.append(program)
        return program

    yield make
    for program in started:
        if program.process.poll() is None:
            program.process.kill()
            program.process.wait()


def _stopped_by(program: Program, number: int, demo_dir: Path) -> None:
    """``number`` (SIGTERM or Ctrl+C's SIGINT) closes the program, which stops the server
    it used: exit status 0, no server and no client left, the log says so."""
    assert program.end(number) == 0
    assert not LocalCluster(demo_dir).is_running(), "the demo server was left running"
    assert live_clients(demo_dir) == []
    assert "Stopped the demo database server" in program.log_text()


# Each start of the program is a few seconds: SIGTERM and SIGINT each end the last program
# of one of the tests below (they were a test of their own, two more starts).


def test_an_orphan_left_by_a_killed_program_is_adopted_and_stopped(start, demo_dir: Path):
    """... and Ctrl+C (SIGINT) closes the adopter, which stops it."""
    killed = start("killed")
    killed.wait_ready()
    killed.end(signal.SIGKILL)
    assert LocalCluster(demo_dir).is_running(), "SIGKILL leaves the server: the orphan"

    adopter = start("adopter")
    adopter.wait_ready()
    assert LocalCluster(demo_dir).is_running()
    assert "Adopting the demo server" in adopter.log_text()
    _stopped_by(adopter, signal.SIGINT, demo_dir)


def test_a_server_another_window_uses_is_left_on_for_it(start, demo_dir: Path):
    """... and SIGTERM closes the last window, which stops it."""
    first = start("first")
    first.wait_ready()
    assert LocalCluster(demo_dir).is_running()
    second = start("second")
    second.wait_ready()
    assert "Using the demo server of the DICEL program(s)" in second.log_text()

    assert second.end(signal.SIGTERM) == 0
    assert LocalCluster(demo_dir).is_running(), "stopped under the first window's feet"
    _stopped_by(first, signal.SIGTERM, demo_dir)
