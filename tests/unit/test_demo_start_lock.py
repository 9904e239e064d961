"""One program at a time starts a demo folder's database (a user-eye review started four
at the same second: the server's lock file was raced for, and a migration ran twice)."""

from __future__ import annotations

import pytest

from dicel_desktop.demo_mode import _only_one_starting

fcntl = pytest.importorskip("fcntl", reason="the lock is tried as POSIX has it")


def _free(folder) -> bool:
    """Whether another opener could take the folder's start lock right now (without
    waiting for it)."""
    with open(folder / "start.lock", "a+b") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return True


def test_a_start_holds_the_folder_until_it_is_done(tmp_path):
    with _only_one_starting(tmp_path):
        # A second start would wait here: the lock is not to be had.
        assert not _free(tmp_path)
    assert _free(tmp_path)
