"""How the suite's files are shared among pytest-xdist workers (tests/conftest.py)."""

from __future__ import annotations

import pytest
from xdist.scheduler import LoadFileScheduling

#: The files whose tests run the program on the session's demo folder (``demo_dir``).
DEMO_FOLDER_FILES = (
    "tests/gui/test_screenshot.py",
    "tests/gui/test_charts_screenshot.py",
    "tests/gui/test_demo_server_lifecycle.py",
    "tests/gui/test_screenshot_options.py",
)


@pytest.fixture
def scheduler(pytestconfig, monkeypatch):
    monkeypatch.setattr(pytestconfig.option, "dist", "loadfile")
    monkeypatch.setattr(pytestconfig.option, "numprocesses", 3)
    monkeypatch.setattr(pytestconfig.option, "tx", ["popen"] * 3)
    # As xdist asks for it (tests/conftest.py's hook: another conftest module may hold
    # the name "conftest" in a process that collected tests/gui too).
    made = pytestconfig.hook.pytest_xdist_make_scheduler(config=pytestconfig, log=None)
    assert isinstance(made, LoadFileScheduling)
    return made


def test_the_files_that_run_the_program_on_the_demo_folder_share_one_worker(scheduler):
    scopes = {scheduler._split_scope(f"{name}::test_x") for name in DEMO_FOLDER_FILES}
    assert scopes == {"demo folder"}


def test_any_other_file_is_a_worker_s_unit_whole(scheduler):
    first = scheduler._split_scope("tests/db/test_export.py::test_a[x]")
    assert first == scheduler._split_scope("tests/db/test_export.py::test_b")
    assert first == "tests/db/test_export.py"
    assert scheduler._split_scope("tests/unit/test_logs.py::test_c") == "tests/unit/test_logs.py"


def test_a_run_in_one_process_or_by_test_keeps_xdist_s_own_scheduling(pytestconfig, monkeypatch):
    monkeypatch.setattr(pytestconfig.option, "dist", "load")
    assert pytestconfig.hook.pytest_xdist_make_scheduler(config=pytestconfig, log=None) is None
