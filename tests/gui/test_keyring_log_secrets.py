"""Keyring secrets never reach the log: not through a backend whose error repeats the
password, nor in a later line that happens to hold a password read from the keyring."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring_fakes import MemoryKeyring, _NeverChosen, use_keyring

from dicel_desktop import logs
from dicel_desktop.config import ConnectionProfile
from dicel_desktop.gui import credentials

PROFILE = ConnectionProfile("Head office", "db.dicel.rw")
SAVED = "Kept-In-Keyring-71"
REFUSED = "Refused-By-Keyring-52"


class LeakyKeyring(_NeverChosen):
    """A backend whose error message repeats the secret (some D-Bus errors do)."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError(f"could not store {password!r} for {username}")

    def delete_password(self, service: str, username: str) -> None:
        pass


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("DICEL_LOG_DIR", str(tmp_path / "logs"))
    path = logs.setup_logging("dicel-desktop", debug=True)
    assert path is not None
    yield path
    logs.close_log()


def test_keyring_secrets_never_reach_the_log(log_file: Path):
    with use_keyring(LeakyKeyring()), pytest.raises(credentials.CredentialStoreError):
        credentials.save_password(PROFILE, "grace@dicel.rw", REFUSED)

    with use_keyring(MemoryKeyring()) as store:
        store.set_password(
            credentials.SERVICE, credentials._username(PROFILE, "eric@dicel.rw"), SAVED
        )
        assert credentials.load_password(PROFILE, "eric@dicel.rw") == SAVED
    logging.getLogger("dicel_desktop.test").warning("a line that happens to hold %s", SAVED)

    text = log_file.read_text(encoding="utf-8")
    assert "Could not store a password in the OS keyring" in text  # the failure is there
    assert "a line that happens to hold ***" in text
    assert REFUSED not in text and SAVED not in text
